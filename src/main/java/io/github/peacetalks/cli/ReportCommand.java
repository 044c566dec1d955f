package io.github.peacetalks.cli;

import io.github.peacetalks.model.Issue;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: the positions as one self-contained HTML page, a timeline with its evidence. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes the positions as one self-contained HTML page: a swimlane timeline per issue, the turns, "
                + "the latest stances, the conditions and every evidence sentence. The page needs no network and no script.")
final class ReportCommand extends QueryCommand {

    @Option(names = "--html", required = true, paramLabel = "FILE", description = "The HTML file to write (replaced if it exists).")
    Path html;

    @Mixin
    CorpusOptions.Dates dates;

    @Option(names = "--holder", paramLabel = "ID",
            description = "Only positions of this actor and of those who speak for it; repeat for several.")
    List<String> holders = new ArrayList<>();

    @Option(names = "--issue", split = ",", paramLabel = "ISSUE",
            description = "Only positions on ISSUE; repeat or separate by commas. One of: ${COMPLETION-CANDIDATES}.")
    List<Issue> issues = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TEXT", description = "The page's title.")
    String title;

    @Option(names = "--by-person", description = "A lane per person or official, not folded into the state or organisation it speaks for.")
    boolean byPerson;

    @Override
    void check() {
        dates.check(spec.commandLine());
    }

    @Override
    void print(Corpus c, PrintWriter out) throws IOException {
        Report.Builder b = Report.builder(c).from(dates.from).to(dates.to).holders(holders).issues(issues).byPerson(byPerson);
        if (title != null) {
            b.title(title);
        }
        Report r = b.build();
        r.writeHtml(html);
        long n = r.positions().count();
        out.println("wrote " + html + ": " + n + (n == 1 ? " position" : " positions"));
    }
}
