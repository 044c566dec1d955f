package io.github.peacetalks.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.query.Matrix;
import io.github.peacetalks.query.PositionQuery;
import io.github.peacetalks.query.Statement;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code matrix}: who stands where, a row per party (or holder) and a column per issue. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Prints the latest stance of every party on every issue: rows of parties, columns of issues, "
                + ". where there is none.")
final class MatrixCommand extends QueryCommand {

    @Mixin
    CorpusOptions.Dates dates;

    @Option(names = "--all", description = "Every stance of a cell in date order (repeats shown once), not only the latest.")
    boolean all;

    @Option(names = "--by-holder", description = "A row per holder, not rolled up to the state or organisation it speaks for.")
    boolean byHolder;

    @Option(names = "--json", description = "Write one JSON object per row per line: row, cells (issue to stance, "
            + "or to the list of stances with --all); empty cells are left out.")
    boolean json;

    @Override
    void check() {
        dates.check(spec.commandLine());
    }

    @Override
    void print(Corpus c, PrintWriter out) throws IOException {
        PositionQuery q = dates.apply(c.positions());
        Matrix m = byHolder ? q.matrixByHolder() : q.matrix();
        if (!json) {
            out.print(m.toTable(all));
            return;
        }
        for (String row : m.rows()) {
            ObjectNode o = JSON.createObjectNode();
            o.put("row", row);
            ObjectNode cells = o.putObject("cells");
            for (Issue issue : m.columns()) {
                List<Statement> l = m.all(row, issue);
                if (l.isEmpty()) {
                    continue;
                }
                if (!all) {
                    cells.put(issue.name(), l.get(l.size() - 1).position().stance().name());
                    continue;
                }
                ArrayNode seq = cells.putArray(issue.name());
                String last = null;
                for (Statement s : l) {
                    String st = s.position().stance().name();
                    if (!st.equals(last)) {
                        seq.add(st);
                    }
                    last = st;
                }
            }
            line(out, o);
        }
    }
}
