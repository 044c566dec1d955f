package io.github.peacetalks.cli;

import io.github.peacetalks.internal.TextTable;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Stance;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.query.PositionQuery;
import io.github.peacetalks.query.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code positions}: the positions of a corpus that pass the filters, in date order. */
@Command(name = "positions", mixinStandardHelpOptions = true,
        description = "Prints the positions that pass the filters, in date order: a table, or JSON Lines with --json.")
final class PositionsCommand extends QueryCommand {

    @Option(names = "--holder", paramLabel = "ID",
            description = "Only positions of this actor and of those who speak for it (RUS includes Putin and the Kremlin).")
    String holder;

    @Option(names = "--exact", description = "With --holder, only the actor itself, not those who speak for it.")
    boolean exact;

    @Option(names = "--issue", paramLabel = "ISSUE", split = ",",
            description = "Only positions on this issue; repeat or separate with commas for several. One of: ${COMPLETION-CANDIDATES}.")
    List<Issue> issues;

    @Option(names = "--stance", paramLabel = "STANCE", split = ",",
            description = "Only positions with this stance; repeat or separate with commas for several. One of: ${COMPLETION-CANDIDATES}.")
    List<Stance> stances;

    @Mixin
    CorpusOptions.Dates dates;

    @Option(names = "--text", paramLabel = "TEXT", description = "Only positions whose evidence sentence contains TEXT, ignoring case.")
    String text;

    @Option(names = "--json", description = "Write one JSON object per position per line: article, position.")
    boolean json;

    @Override
    void check() {
        if (exact && holder == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--exact needs --holder");
        }
        dates.check(spec.commandLine());
    }

    @Override
    void print(Corpus c, PrintWriter out) throws IOException {
        PositionQuery q = c.positions();
        if (holder != null) {
            q = exact ? q.holderExactly(holder) : q.holder(holder);
        }
        if (issues != null) {
            q = q.issue(issues.toArray(Issue[]::new));
        }
        if (stances != null) {
            q = q.stance(stances.toArray(Stance[]::new));
        }
        q = dates.apply(q);
        if (text != null) {
            q = q.text(text);
        }
        List<Statement> found = q.list();
        if (json) {
            for (Statement s : found) {
                line(out, statement(s));
            }
            return;
        }
        TextTable t = new TextTable("date", "holder", "stance", "issue", "counterpart", "conditions", "article", "evidence");
        for (Statement s : found) {
            Position p = s.position();
            t.row(date(s.date()), p.holder().id(), p.stance().name(), p.issue().name(),
                    p.counterpart() == null ? "-" : p.counterpart().id(),
                    p.conditions().isEmpty() ? "-" : p.conditions().stream().map(PositionsCommand::condition).collect(Collectors.joining("; ")),
                    s.article(), p.evidence().sentence());
        }
        out.print(t);
    }

    static String condition(Condition c) {
        return c.issue() + (c.requiredOf() == null ? "" : " of " + c.requiredOf().id());
    }
}
