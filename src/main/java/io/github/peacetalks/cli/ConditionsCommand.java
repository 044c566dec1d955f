package io.github.peacetalks.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.query.ConditionEntry;
import io.github.peacetalks.query.ConditionQuery;
import io.github.peacetalks.query.Corpus;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code conditions}: the conditions set on positions, with who sets them and of whom they are required. */
@Command(name = "conditions", mixinStandardHelpOptions = true,
        description = "Prints the conditions set on positions, in date order: a table, or JSON Lines with --json.")
final class ConditionsCommand extends QueryCommand {

    @Option(names = "--holder", paramLabel = "ID",
            description = "Only conditions set by this actor or by those who speak for it.")
    String holder;

    @Option(names = "--required-of", paramLabel = "ID",
            description = "Only conditions required of this actor or of those who speak for it.")
    String requiredOf;

    @Option(names = "--issue", paramLabel = "ISSUE",
            description = "Only conditions set on positions about ISSUE (the conditions for a ceasefire). One of: ${COMPLETION-CANDIDATES}.")
    Issue issue;

    @Option(names = "--json", description = "Write one JSON object per condition per line: article, date, holder, issue, stance, condition.")
    boolean json;

    @Override
    void print(Corpus c, PrintWriter out) throws IOException {
        ConditionQuery q = c.conditions();
        if (holder != null) {
            q = q.setBy(holder);
        }
        if (requiredOf != null) {
            q = q.requiredOf(requiredOf);
        }
        if (issue != null) {
            q = q.forIssue(issue);
        }
        if (!json) {
            out.print(q.toTable());
            return;
        }
        for (ConditionEntry e : q.list()) {
            Position p = e.statement().position();
            ObjectNode o = JSON.createObjectNode();
            o.put("article", e.statement().article());
            o.set("date", JSON.valueToTree(p.date()));
            o.put("holder", p.holder().id());
            o.put("issue", p.issue().name());
            o.put("stance", p.stance().name());
            o.set("condition", JSON.valueToTree(e.condition()));
            line(out, o);
        }
    }
}
