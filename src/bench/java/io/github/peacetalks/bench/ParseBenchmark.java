package io.github.peacetalks.bench;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.source.SourceParser;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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

    /** Generates about 8 MB of articles. */
    @Setup
    public void setUp() {
        corpus = new CorpusGenerator(42).articles(8L << 20);
        megabytes = CorpusGenerator.megabytes(corpus);
    }

    /** Parses the whole corpus once. */
    @Benchmark
    public void parse(MegabytesCounter t, Blackhole bh) {
        int i = 0;
        for (String a : corpus) {
            bh.consume(parser.parseArticle(a, "a" + i++));
        }
        t.mb += megabytes;
    }
}
