package io.github.peacetalks.bench;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.source.SourceParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing throughput on one core: reading a corpus of generated articles from memory into {@link Article}s
 * (header, title, paragraphs, boilerplate). The {@code mb} counter reports megabytes (UTF-8) per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
@State(Scope.Benchmark)
public class ParseBenchmark {

    private List<String> corpus;
    private double megabytes;
    private final SourceParser parser = SourceParser.lenient();

    /** Counts the megabytes parsed, so JMH reports MB/s beside operations per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Throughput {
        /** Megabytes parsed. */
        public double mb;

        /** Resets the counter for each iteration. */
        @Setup(Level.Iteration)
        public void reset() {
            mb = 0;
        }
    }

    /** Generates about 8 MB of articles. */
    @Setup
    public void setUp() {
        corpus = new CorpusGenerator(42).articles(8L << 20);
        long bytes = 0;
        for (String a : corpus) {
            bytes += a.getBytes(StandardCharsets.UTF_8).length;
        }
        megabytes = bytes / 1e6;
    }

    /** Parses the whole corpus once. */
    @Benchmark
    public void parse(Throughput t, Blackhole bh) {
        int i = 0;
        for (String a : corpus) {
            bh.consume(parser.parseArticle(a, "a" + i++));
        }
        t.mb += megabytes;
    }
}
