package io.github.peacetalks.cli;

import io.github.peacetalks.internal.TextTable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.query.PositionQuery;
import io.github.peacetalks.query.Shift;
import io.github.peacetalks.query.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code shifts}: where a party went from for an issue to against it, or the reverse. */
@Command(name = "shifts", mixinStandardHelpOptions = true,
        description = "Prints every change of polarity of a party on an issue between consecutive dated positions: "
                + "a table, or JSON Lines with --json.")
final class ShiftsCommand extends QueryCommand {

    @Option(names = "--holder", paramLabel = "ID",
            description = "Only positions of this actor and of those who speak for it.")
    String holder;

    @Option(names = "--issue", paramLabel = "ISSUE", description = "Only shifts on ISSUE. One of: ${COMPLETION-CANDIDATES}.")
    Issue issue;

    @Option(names = "--json", description = "Write one JSON object per shift per line: party, issue, from, to, before, after.")
    boolean json;

    @Override
    void print(Corpus c, PrintWriter out) throws IOException {
        PositionQuery q = c.positions();
        if (holder != null) {
            q = q.holder(holder);
        }
        if (issue != null) {
            q = q.issue(issue);
        }
        List<Shift> shifts = q.shifts();
        if (json) {
            for (Shift s : shifts) {
                ObjectNode o = JSON.createObjectNode();
                o.put("party", s.party());
                o.put("issue", s.issue().name());
                o.put("from", s.from().name());
                o.put("to", s.to().name());
                o.set("before", statement(s.before()));
                o.set("after", statement(s.after()));
                line(out, o);
            }
            return;
        }
        TextTable t = new TextTable("party", "issue", "change", "before", "after", "evidence after");
        for (Shift s : shifts) {
            t.row(s.party(), s.issue().name(), s.from() + " > " + s.to(), brief(s.before()), brief(s.after()),
                    s.after().position().evidence().sentence());
        }
        out.print(t);
    }

    private static String brief(Statement s) {
        return date(s.date()) + " " + s.holder().id() + " " + s.position().stance() + " (" + s.article() + ")";
    }
}
