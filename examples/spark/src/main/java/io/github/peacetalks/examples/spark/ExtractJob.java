package io.github.peacetalks.examples.spark;

import io.github.peacetalks.extract.Extractor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.source.SourceParser;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracts a news archive on Spark: every {@code .txt} file under the input (recursively) is one source file, parsed
 * and extracted exactly as {@code Corpus.load} does on one machine, one extractor per partition. Writes the positions
 * as Parquet and as JSON Lines, both partitioned by year and party, and the latest stance per holder (and per party)
 * and issue.
 *
 * <pre>{@code spark-submit --class io.github.peacetalks.examples.spark.ExtractJob peacetalks-spark-job.jar IN OUT}</pre>
 */
public final class ExtractJob {

    /** The bean encoder of the output rows. */
    public static final Encoder<PositionRow> ROW = Encoders.bean(PositionRow.class);

    private static final String OPEN_COST = "spark.sql.files.openCostInBytes";

    private static final Logger LOG = LoggerFactory.getLogger(ExtractJob.class);

    private ExtractJob() {
    }

    /** Runs the job: {@code ExtractJob INPUT OUTPUT}; OUTPUT must not exist yet. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ExtractJob INPUT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("peacetalks-extract").getOrCreate();
        tune(spark);
        try {
            long n = run(spark, args[0], args[1]);
            System.out.println(n + " positions written to " + args[1]);
        } finally {
            spark.stop();
        }
    }

    /**
     * Packs small files into fewer partitions, unless {@code spark.sql.files.openCostInBytes} was set (by
     * {@code --conf}): Spark counts every file as at least 4 MB by default, which puts only about 32 news articles in
     * a 128 MB partition, so a million articles would make 30,000 short tasks. Counted as 64 kB, a partition holds
     * about 2,000 articles of a few kilobytes: a task of a second or two. See docs/scaling.md.
     */
    public static void tune(SparkSession spark) {
        if (!spark.conf().contains(OPEN_COST)) {
            spark.conf().set(OPEN_COST, "64k");
        }
    }

    /**
     * Extracts {@code input} into {@code output}: {@code positions} (Parquet), {@code positions-jsonl} (JSON Lines),
     * {@code matrix-holder} and {@code matrix-party} (JSON Lines, one file each). Returns the number of positions.
     * Extraction runs once: the later steps read the Parquet it wrote.
     */
    public static long run(SparkSession spark, String input, String output) {
        String parquet = output + "/positions";
        // One shuffle groups each year and party into one task, so each directory gets one file, not one per task.
        positions(spark, input)
                .repartition(functions.col("year"), functions.col("party"))
                .write().partitionBy("year", "party").parquet(parquet);
        Dataset<PositionRow> saved = readParquet(spark, parquet);
        saved.write().partitionBy("year", "party").json(output + "/positions-jsonl");
        matrix(saved, "holder").coalesce(1).write().json(output + "/matrix-holder");
        matrix(saved, "party").coalesce(1).write().json(output + "/matrix-party");
        return saved.count();
    }

    /**
     * The source files under {@code input} as rows of {@code path} and {@code content}: the {@code .txt} files of a
     * directory, recursively, as {@code Corpus.load} reads them (a file name is the article id).
     */
    public static Dataset<Row> files(SparkSession spark, String input) {
        return spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", "*.txt")
                .load(input)
                .select("path", "content");
    }

    /** Every position of every article under {@code input}, one row each. */
    public static Dataset<PositionRow> positions(SparkSession spark, String input) {
        return files(spark, input).mapPartitions(new ExtractPartition(), ROW);
    }

    /** Positions written by {@link #run}, read back with their own schema (partition columns included). */
    public static Dataset<PositionRow> readParquet(SparkSession spark, String dir) {
        return spark.read().schema(ROW.schema()).parquet(dir).as(ROW);
    }

    /** Positions written by {@link #run} as JSON Lines, read back. */
    public static Dataset<PositionRow> readJsonLines(SparkSession spark, String dir) {
        return spark.read().schema(ROW.schema()).json(dir).as(ROW);
    }

    /**
     * The latest stance per {@code key} ({@code holder} or {@code party}) and issue, as {@code Corpus.positions()
     * .matrixByHolder()} (or {@code .matrix()}) has it: the last position in the library's chronological order
     * (date by first day then precision, undated last; then article id; then place in the article). Columns:
     * {@code row, issue, stance, date, articleId, evidence, positions} (how many positions the cell holds).
     */
    public static Dataset<Row> matrix(Dataset<PositionRow> positions, String key) {
        if (!key.equals("holder") && !key.equals("party")) {
            throw new IllegalArgumentException("key must be holder or party: " + key);
        }
        String view = "peacetalks_positions_" + key;
        positions.createOrReplaceTempView(view);
        return positions.sparkSession().sql(
                "SELECT " + key + " AS row, issue, stance, date, articleId, evidence, positions FROM ("
                + " SELECT *, row_number() OVER (PARTITION BY " + key + ", issue ORDER BY"
                + "   CASE WHEN dateStart IS NULL THEN 1 ELSE 0 END DESC, dateStart DESC,"
                + "   CASE precision WHEN 'YEAR' THEN 0 WHEN 'MONTH' THEN 1 ELSE 2 END DESC,"
                + "   articleId DESC, evidenceBegin DESC, positionIndex DESC) AS rank,"
                + " count(*) OVER (PARTITION BY " + key + ", issue) AS positions"
                + " FROM " + view + ") WHERE rank = 1 ORDER BY row, issue");
    }

    /**
     * Parses and extracts the files of one partition. It has no fields: Spark serialises only this empty object, and
     * the extractor (the immutable per-JVM default, with its lexicons) is fetched inside the task, not shipped.
     */
    static final class ExtractPartition implements MapPartitionsFunction<Row, PositionRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public Iterator<PositionRow> call(Iterator<Row> files) {
            Extractor extractor = Extractor.defaults();
            SourceParser parser = SourceParser.lenient();
            // Lazy: one file's positions at a time, so a partition of any size is streamed, not held.
            Stream<Row> in = StreamSupport.stream(Spliterators.spliteratorUnknownSize(files, 0), false);
            return in.flatMap(f -> extract(parser, extractor, f.getString(0), (byte[]) f.get(1)).stream()).iterator();
        }

        private static List<PositionRow> extract(SourceParser parser, Extractor extractor, String path, byte[] bytes) {
            if (bytes.length > SourceParser.DEFAULT_MAX_FILE_BYTES) {
                // the single-machine walk skips such a file with a problem; so does the job
                LOG.warn("{}: file has {} bytes, more than the limit of {}", path, bytes.length,
                        SourceParser.DEFAULT_MAX_FILE_BYTES);
                return List.of();
            }
            // the path is a URI (file:/..., hdfs://...); the id is its last element without extension, as on one machine
            return parser.parse(bytes, path).stream()
                    .map(extractor::extract)
                    .flatMap((Article a) -> PositionRows.of(a).stream())
                    .toList();
        }
    }
}
