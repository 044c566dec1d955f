package io.github.peacetalks.bench;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Writes a directory of generated articles (once) and parses it with the lazy directory walk, to show that a
 * corpus of any size is read in a small heap: run it with {@code -Xmx256m}. With {@code corpus}, then loads it into
 * a {@link Corpus}, which keeps the extracted records but not the texts.
 */
public final class LargeDirectoryRun {

    private LargeDirectoryRun() {
    }

    /**
     * Arguments: the directory and the number of articles (default {@code target/bench-corpus 100000}), and
     * {@code corpus} to also load the directory into a {@link Corpus} and report the heap its records take.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-corpus");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long bytes = 0;
        if (!Files.isDirectory(dir) || countFiles(dir) < count) {
            CorpusGenerator g = new CorpusGenerator(7);
            for (int i = 0; i < count; i++) {
                Path sub = dir.resolve(String.format("%03d", i / 1000));
                Files.createDirectories(sub);
                Files.writeString(sub.resolve(String.format("%06d.txt", i)), g.article(), StandardCharsets.UTF_8);
            }
        }
        try (Stream<Path> s = Files.walk(dir)) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        AtomicLong articles = new AtomicLong();
        AtomicLong paragraphs = new AtomicLong();
        long start = System.nanoTime();
        try (Stream<Article> s = SourceParser.lenient().walk(dir, p -> System.err.println(p))) {
            s.forEach(a -> {
                articles.incrementAndGet();
                paragraphs.addAndGet(a.paragraphs().size());
            });
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("parsed %,d articles (%,d paragraphs, %.1f MB) from %s in %.1f s: %.1f MB/s, max heap %d MB%n",
                articles.get(), paragraphs.get(), bytes / 1e6, dir, seconds, bytes / 1e6 / seconds, rt.maxMemory() >> 20);

        if (args.length < 3 || !args[2].equals("corpus")) {
            return;
        }
        // the whole pipeline into a queryable corpus: records are kept, texts are not
        start = System.nanoTime();
        Corpus corpus = Corpus.loader().parallel(true).load(dir);
        seconds = (System.nanoTime() - start) / 1e9;
        long positions = corpus.positions().count();
        long shifts = corpus.shifts().size();
        System.gc();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf("loaded a corpus of %,d articles and %,d positions (%,d shifts) in %.1f s on %d cores: %.1f MB/s;"
                        + " %d MB of heap in use after loading, max heap %d MB%n",
                corpus.size(), positions, shifts, seconds, rt.availableProcessors(), bytes / 1e6 / seconds, used >> 20,
                rt.maxMemory() >> 20);
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }
}
