package io.github.peacetalks.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.Evidence;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Stance;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.query.Matrix;
import io.github.peacetalks.query.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark job in local mode gives the same records, row for row, as the single-machine {@link Corpus} run. */
class ExtractJobTest {

    /** The repository's example corpus (set by the pom; {@code ../corpus} when run from examples/spark). */
    private static final Path CORPUS = Path.of(System.getProperty("peacetalks.corpus", "../corpus"));

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = Sessions.local("local[*]");
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void exampleCorpusGivesTheSamePositionsAsTheLocalRun() throws IOException {
        Corpus local = Corpus.load(CORPUS);
        List<PositionRow> expected = rows(local);
        assertFalse(expected.isEmpty());
        assertEquals(local.positions().list().size(), expected.size());
        assertEquals(expected, sorted(ExtractJob.positions(spark, CORPUS.toString()).collectAsList()));
    }

    @Test
    void writtenParquetJsonLinesAndMatricesReadBackToTheLocalRecords(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("out");
        long n = ExtractJob.run(spark, CORPUS.toString(), out.toString());

        Corpus local = Corpus.load(CORPUS);
        List<PositionRow> expected = rows(local);
        assertEquals(expected.size(), n);
        assertEquals(expected, sorted(ExtractJob.readParquet(spark, out.resolve("positions").toString()).collectAsList()));
        assertEquals(expected, sorted(ExtractJob.readJsonLines(spark, out.resolve("positions-jsonl").toString()).collectAsList()));
        // partitioned by year and by the party a holder speaks for (Putin's positions count for RUS)
        assertTrue(Files.isDirectory(out.resolve("positions/year=2022/party=RUS")));
        assertTrue(Files.isDirectory(out.resolve("positions-jsonl/year=2022/party=RUS")));

        assertEquals(cells(local.positions().matrixByHolder()),
                cells(spark.read().json(out.resolve("matrix-holder").toString())));
        assertEquals(cells(local.positions().matrix()),
                cells(spark.read().json(out.resolve("matrix-party").toString())));
    }

    @Test
    void generatedArchiveOf20000ArticlesGivesTheSameRecordsAsTheLocalRun(@TempDir Path tmp) throws IOException {
        Path archive = tmp.resolve("archive");
        new ArticleGenerator(20_000).write(archive, 20_000);

        Corpus local = Corpus.load(archive);
        assertEquals(20_000, local.size());
        List<PositionRow> expected = rows(local);
        assertTrue(expected.size() > 20_000, "the generated articles state positions: " + expected.size());

        Dataset<PositionRow> positions = ExtractJob.positions(spark, archive.toString()).cache();
        try {
            assertEquals(expected, sorted(positions.collectAsList()));
            // positions of one holder on one issue often share a date here, in one article and across articles
            assertEquals(cells(local.positions().matrixByHolder()), cells(ExtractJob.matrix(positions, "holder")));
            assertEquals(cells(local.positions().matrix()), cells(ExtractJob.matrix(positions, "party")));
        } finally {
            positions.unpersist();
        }
    }

    @Test
    void theMatrixTakesTheLatestPositionInTheLibrarysOrder() {
        Actor rus = Actor.state("RUS", "Rusland");
        Actor putin = Actor.person("vladimir-putin", "Vladimir Poetin", "RUS");
        // ties the extracted corpora rarely hold: one first day at three precisions, undated positions (last in
        // the library's order), two positions of one sentence, equal dates in different articles
        List<Article> articles = List.of(
                article("a", PartialDate.ofYear(2023),
                        position(rus, Stance.SUPPORTS, Issue.CEASEFIRE, PartialDate.ofYear(2023), 0),
                        position(rus, Stance.OPPOSES, Issue.CEASEFIRE, PartialDate.ofMonth(2023, 1), 10),
                        position(rus, Stance.OPPOSES, Issue.NEGOTIATIONS, null, 20),
                        position(rus, Stance.URGES, Issue.NEGOTIATIONS, null, 20),
                        position(rus, Stance.SUPPORTS, Issue.SANCTIONS_RELIEF, PartialDate.ofDay(2022, 5, 1), 30),
                        position(rus, Stance.DEMANDS, Issue.SANCTIONS_RELIEF, PartialDate.ofDay(2022, 5, 1), 0)),
                article("b", null,
                        position(rus, Stance.DEMANDS, Issue.CEASEFIRE, PartialDate.ofDay(2023, 1, 1), 0),
                        position(rus, Stance.PROPOSES, Issue.NEGOTIATIONS, PartialDate.ofDay(2024, 5, 1), 0)),
                article("c", null,
                        position(putin, Stance.OPPOSES, Issue.CEASEFIRE, PartialDate.ofDay(2023, 1, 1), 5),
                        position(putin, Stance.SUPPORTS, Issue.SANCTIONS_RELIEF, PartialDate.ofMonth(2022, 5), 0)));
        Corpus local = Corpus.of(articles);
        List<PositionRow> rows = new ArrayList<>();
        articles.forEach(a -> rows.addAll(PositionRows.of(a)));
        Dataset<PositionRow> positions = spark.createDataset(rows, ExtractJob.ROW);

        assertEquals(List.of(
                "RUS|NEGOTIATIONS|URGES|null|a|sentence 20|3",
                "RUS|CEASEFIRE|DEMANDS|2023-01-01|b|sentence 0|3",
                "RUS|SANCTIONS_RELIEF|SUPPORTS|2022-05-01|a|sentence 30|2",
                "vladimir-putin|CEASEFIRE|OPPOSES|2023-01-01|c|sentence 5|1",
                "vladimir-putin|SANCTIONS_RELIEF|SUPPORTS|2022-05|c|sentence 0|1").stream().sorted().toList(),
                cells(local.positions().matrixByHolder()));
        assertEquals(cells(local.positions().matrixByHolder()), cells(ExtractJob.matrix(positions, "holder")));
        assertEquals(cells(local.positions().matrix()), cells(ExtractJob.matrix(positions, "party")));
    }

    private static Article article(String id, PartialDate date, Position... positions) {
        return new Article(id, id, 0, date, List.of(), List.of(), List.of(), List.of(positions), null);
    }

    private static Position position(Actor holder, Stance stance, Issue issue, PartialDate date, int begin) {
        String sentence = "sentence " + begin;
        return new Position(holder, stance, issue, null, List.of(), Attribution.REPORTED, false, date,
                new Evidence(sentence, begin, begin + sentence.length()));
    }

    @Test
    void thePartitionFunctionShipsNoExtractor() throws IOException {
        for (Field f : ExtractJob.ExtractPartition.class.getDeclaredFields()) {
            assertTrue(Modifier.isStatic(f.getModifiers()), "instance field " + f);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new ExtractJob.ExtractPartition());
        }
        // the class name and a serialVersionUID, nothing else: the lexicons would be megabytes
        assertTrue(bytes.size() < 200, bytes.size() + " bytes");
    }

    @Test
    void theLibraryAndSparkShareOneJacksonVersion() throws IOException {
        // the Jackson the library was built with, from the pom inside its jar
        String built;
        try (InputStream in = Corpus.class.getResourceAsStream("/META-INF/maven/io.github.peacetalks/peacetalks/pom.xml")) {
            assertNotNull(in, "the library's jar holds its pom");
            Matcher m = Pattern.compile("<jackson.version>([^<]+)</jackson.version>")
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(m.find(), "the library's pom names its Jackson version");
            built = m.group(1);
        }
        assertEquals(built, System.getProperty("peacetalks.jackson", built), "the example's pom pins the library's Jackson");
        assertEquals(built, com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString());
        assertEquals(built, com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
        // Spark's Scala module, which refuses a databind of another minor version at its first use
        assertEquals(built, com.fasterxml.jackson.module.scala.JacksonModule$.MODULE$.version().toString());
    }

    private static List<PositionRow> rows(Corpus corpus) {
        List<PositionRow> out = new ArrayList<>();
        corpus.articles().forEach(a -> out.addAll(PositionRows.of(a)));
        return sorted(out);
    }

    private static List<PositionRow> sorted(List<PositionRow> rows) {
        List<PositionRow> out = new ArrayList<>(rows);
        out.sort(PositionRow.ORDER);
        return out;
    }

    /** Every cell of a local matrix: row, issue, latest stance, its date, article and evidence, number of positions. */
    private static List<String> cells(Matrix m) {
        List<String> out = new ArrayList<>();
        for (String row : m.rows()) {
            for (Issue issue : m.columns()) {
                Optional<Statement> s = m.latest(row, issue);
                s.ifPresent(x -> out.add(String.join("|", row, issue.name(), x.position().stance().name(),
                        String.valueOf(x.date()), x.article(), x.position().evidence().sentence(),
                        Integer.toString(m.all(row, issue).size()))));
            }
        }
        out.sort(null);
        return out;
    }

    /** The same cells from a matrix Spark computed. */
    private static List<String> cells(Dataset<Row> m) {
        List<String> out = new ArrayList<>();
        for (Row r : m.collectAsList()) {
            out.add(String.join("|", r.<String>getAs("row"), r.<String>getAs("issue"), r.<String>getAs("stance"),
                    String.valueOf(r.<String>getAs("date")), r.<String>getAs("articleId"), r.<String>getAs("evidence"),
                    Long.toString(r.<Long>getAs("positions"))));
        }
        out.sort(null);
        return out;
    }
}
