package io.github.peacetalks.bench;

import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.report.Report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the HTML report of a generated corpus, for timing the page in a browser:
 * {@code java -cp target/peacetalks-cli.jar:target/test-classes io.github.peacetalks.bench.ReportRun OUT.html ARTICLES}.
 * The articles are generated next to the page once (seed 7) and reused.
 */
public final class ReportRun {

    private ReportRun() {
    }

    /** Arguments: the page to write and how many generated articles to read (about eleven positions each). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path dir = out.toAbsolutePath().resolveSibling("generated-" + n);
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            CorpusGenerator g = new CorpusGenerator(7);
            for (int i = 0; i < n; i++) {
                Files.writeString(dir.resolve(String.format("%06d.txt", i)), g.article(), StandardCharsets.UTF_8);
            }
        }
        Corpus c = Corpus.loader().parallel(true).load(dir);
        long t0 = System.nanoTime();
        Report r = Report.of(c);
        r.writeHtml(out);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("%s: %d articles, %d positions, %,d bytes, written in %d ms%n", out, c.size(), r.positions().count(),
                Files.size(out), ms);
    }
}
