package io.github.peacetalks.examples.spark;

import io.github.peacetalks.extract.Extractor;
import io.github.peacetalks.query.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Measures, by hand and never in the tests: the heap of one extractor with its lexicons, and the throughput of the
 * single-machine run and of the Spark job on {@code local[1]} and {@code local[2]} over generated articles.
 *
 * <pre>{@code
 * mvn -f examples/spark/pom.xml test-compile exec:exec@throughput -Dthroughput.args="20000 3 10"
 * }</pre>
 *
 * Arguments: number of articles (default 20,000), runs per setting (default 3), paragraphs per article (default 1,
 * about 260 bytes an article; 10 gives about 1.9 kB), and the value of {@code spark.sql.files.openCostInBytes}
 * (default the job's 64k; Spark's own default is 4m), which sets how many small files go in a partition.
 */
public final class Throughput {

    private Throughput() {
    }

    /** Runs the measurements and prints one line per run. */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int paragraphs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String openCost = args.length > 3 ? args[3] : null;

        long before = usedHeap();
        Extractor x = Extractor.defaults();
        x.extract(io.github.peacetalks.Peacetalks.parse("date 2023-03-10 Kop\n\nHet Kremlin wijst een staakt-het-vuren af.\n"));
        long after = usedHeap();
        System.out.printf("heap of one extractor with its lexicons: %.1f MB%n", (after - before) / 1e6);

        Path dir = Files.createTempDirectory("peacetalks-throughput");
        new ArticleGenerator(count, paragraphs).write(dir, count);
        long bytes;
        try (Stream<Path> s = Files.walk(dir)) {
            bytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("%d articles, %.1f MB, %d bytes per article%n", count, bytes / 1e6, bytes / count);

        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            Corpus c = Corpus.load(dir);
            report("Corpus.load, one thread", count, bytes, System.nanoTime() - t0, c.positions().list().size());
        }
        try {
            spark(dir, count, bytes, runs, openCost);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void spark(Path dir, int count, long bytes, int runs, String openCost) {
        for (String master : List.of("local[1]", "local[2]")) {
            SparkSession spark = sessionWith(master, openCost);
            try {
                int partitions = ExtractJob.files(spark, dir.toString()).rdd().getNumPartitions();
                List<Long> times = new ArrayList<>();
                for (int r = 0; r <= runs; r++) {
                    long t0 = System.nanoTime();
                    // the noop sink runs every task to the end and writes nothing: extraction alone is timed
                    ExtractJob.positions(spark, dir.toString()).write().format("noop").mode("overwrite").save();
                    long t = System.nanoTime() - t0;
                    if (r == 0) {
                        System.out.printf("%s: %d partitions, first run (JIT warm-up) %.1f s%n", master, partitions, t / 1e9);
                    } else {
                        times.add(t);
                        report("Spark " + master, count, bytes, t, -1);
                    }
                }
                long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("Spark %s median %.1f s of %s ns%n", master, sorted[sorted.length / 2] / 1e9, Arrays.toString(sorted));
            } finally {
                spark.stop();
            }
        }
    }

    private static SparkSession sessionWith(String master, String openCost) {
        SparkSession.Builder b = SparkSession.builder().master(master).appName("peacetalks-throughput")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1");
        if (openCost != null) {
            b.config("spark.sql.files.openCostInBytes", openCost);
        }
        SparkSession spark = b.getOrCreate();
        ExtractJob.tune(spark);
        return spark;
    }

    private static void report(String what, int count, long bytes, long nanos, int positions) {
        double s = nanos / 1e9;
        System.out.printf("%-26s %6.1f s  %7.0f articles/s  %5.2f MB/s%s%n", what, s, count / s, bytes / 1e6 / s,
                positions < 0 ? "" : "  (" + positions + " positions)");
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
