package io.github.peacetalks.cli;

import io.github.peacetalks.model.Issue;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.query.Statement;
import io.github.peacetalks.query.Timeline;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code timeline}: how one holder's stance on one issue developed, in date order with the evidence. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Prints the positions of one holder (and those who speak for it) on one issue in date order, with their evidence.")
final class TimelineCommand extends QueryCommand {

    @Option(names = "--holder", required = true, paramLabel = "ID",
            description = "The actor; positions of those who speak for it count too (RUS includes Putin and the Kremlin).")
    String holder;

    @Option(names = "--issue", required = true, paramLabel = "ISSUE", description = "The issue. One of: ${COMPLETION-CANDIDATES}.")
    Issue issue;

    @Mixin
    CorpusOptions.Dates dates;

    @Option(names = "--json", description = "Write one JSON object per position per line: article, position.")
    boolean json;

    @Override
    void check() {
        dates.check(spec.commandLine());
    }

    @Override
    void print(Corpus c, PrintWriter out) throws IOException {
        Timeline t = dates.apply(c.positions().holder(holder).issue(issue)).timeline();
        if (!json) {
            out.print(t);
            return;
        }
        for (Statement s : t.entries()) {
            line(out, statement(s));
        }
    }
}
