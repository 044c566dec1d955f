package io.github.peacetalks.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.extract.Extractor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default limits keep a 256 MB heap safe: a directory holding the densest inputs just under each limit, and a
 * file over it, loads in a child JVM started with {@code -Xmx256m}, the over-limit inputs reported as problems.
 */
class HeapBoundTest {

    /** Run in the child JVM: loads the directory with the defaults and prints what it got, one fact per line. */
    public static void main(String[] args) throws IOException {
        Corpus c = Corpus.load(Path.of(args[0]));
        for (Article a : c.articles()) {
            System.out.println("article " + Path.of(a.origin()).getFileName() + " positions " + a.positions().size());
            for (Problem p : a.problems()) {
                System.out.println("problem " + p);
            }
        }
        for (Problem p : c.problems()) {
            System.out.println("problem " + p);
        }
    }

    private static void fill(Path file, String header, String unit, long bytes) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            long unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
            for (long n = header.length(); n + unitBytes <= bytes; n += unitBytes) {
                w.write(unit);
            }
        }
    }

    @Test
    void theDefaultsLoadTheDensestInputsInA256MegabyteHeap(@TempDir Path dir) throws Exception {
        String header = " date 2023-02-15 Kop\n\n";
        // a million short paragraphs: the text that needs the most heap per byte to parse
        fill(dir.resolve("alinea.txt"), header, "Kiev wil praten met Moskou.\n\n", SourceParser.DEFAULT_MAX_FILE_BYTES - 1);
        // a position in every short sentence, just under the article limit: the most heap per character to extract
        fill(dir.resolve("standpunten.txt"), header, "Kiev\u0000wil\u0007praten met\u000bMoskou.\r",
                Extractor.DEFAULT_MAX_ARTICLE_CHARS - 64);
        fill(dir.resolve("te-groot.txt"), header, "Rusland wil niet praten. ", SourceParser.DEFAULT_MAX_FILE_BYTES + 1024);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                HeapBoundTest.class.getName(), dir.toString()).redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(10, TimeUnit.MINUTES));
        assertFalse(out.contains("OutOfMemoryError"), out);
        assertEquals(0, child.exitValue(), out);

        List<String> lines = out.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("problem .*te-groot\\.txt.*more than the limit.*")),
                "the file over the byte limit is reported: " + out);
        assertTrue(lines.stream().anyMatch(l -> l.matches("problem .*alinea\\.txt.*extraction limit.*")),
                "the four-megabyte article is over the character limit and kept as parsed: " + out);
        String dense = lines.stream().filter(l -> l.startsWith("article standpunten.txt")).findFirst().orElseThrow();
        assertTrue(Integer.parseInt(dense.substring(dense.lastIndexOf(' ') + 1)) > 10_000,
                "the article just under the limit is extracted: " + dense);
    }
}
