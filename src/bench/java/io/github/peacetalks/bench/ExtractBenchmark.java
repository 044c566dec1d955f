package io.github.peacetalks.bench;

import io.github.peacetalks.extract.Extractor;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole pipeline on generated articles: parse, actors, dates, positions and conditions. {@code sequential}
 * runs on one core; {@code parallel} runs the same corpus as a parallel stream (two cores here). The {@code mb}
 * counter reports megabytes (UTF-8) per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 4)
@Fork(1)
@State(Scope.Benchmark)
public class ExtractBenchmark {

    private List<String> corpus;
    private double megabytes;

    /** Generates about 4 MB of articles. */
    @Setup
    public void setUp() {
        corpus = new CorpusGenerator(11).articles(4L << 20);
        megabytes = CorpusGenerator.megabytes(corpus);
    }

    /** Parses and extracts every article on one thread. */
    @Benchmark
    public void sequential(MegabytesCounter t, Blackhole bh) {
        for (String a : corpus) {
            bh.consume(Extractor.defaults().extract(SourceParser.lenient().parseArticle(a, "a")));
        }
        t.mb += megabytes;
    }

    /** The same in a parallel stream. */
    @Benchmark
    public void parallel(MegabytesCounter t, Blackhole bh) {
        bh.consume(corpus.parallelStream().map(a -> Extractor.defaults().extract(SourceParser.lenient().parseArticle(a, "a"))).mapToInt(x -> x.positions().size()).sum());
        t.mb += megabytes;
    }
}
