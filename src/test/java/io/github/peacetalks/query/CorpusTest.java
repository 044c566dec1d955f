package io.github.peacetalks.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.source.SourceParser;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

    private static final String KREMLIN = " date 2023-02 Kremlin staat open voor gesprekken\n\n"
            + "Het Kremlin is bereid om met Kiev te onderhandelen, zei woordvoerder Peskov vrijdag.\n\n"
            + "President Zelensky wijst een bevriezing van het front af.\n";
    private static final String POETIN = " date 2023-04 Poetin sluit onderhandelingen uit\n\n"
            + "President Poetin weigert te onderhandelen met Kiev.\n\n"
            + "De NAVO roept op tot meer wapenleveranties aan Oekraïne.\n";

    private final Corpus main = Fixtures.main();

    /** Writes two good articles, one undecodable file and a broken link into {@code dir}. */
    private static void writeSources(Path dir) throws IOException {
        Files.writeString(dir.resolve("a-kremlin.txt"), KREMLIN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-poetin.txt"), POETIN, StandardCharsets.UTF_8);
        byte[] head = " date 2023-05 Kapot bestand\n\nKie".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[head.length + 4];
        System.arraycopy(head, 0, bad, 0, head.length);
        bad[head.length] = (byte) 0xC3;
        bad[head.length + 1] = (byte) 0x28;
        bad[head.length + 2] = 'v';
        bad[head.length + 3] = '.';
        Files.write(dir.resolve("c-kapot.txt"), bad);
        Files.createSymbolicLink(dir.resolve("d-weg.txt"), dir.resolve("does-not-exist.txt"));
        Files.writeString(dir.resolve("notities.md"), "geen artikel");
    }

    @Test
    void anEmptyCorpusAnswersEverythingEmpty() {
        for (Corpus c : List.of(Corpus.of(), Corpus.of(List.of()))) {
            assertEquals(0, c.size());
            assertTrue(c.articles().isEmpty());
            assertTrue(c.problems().isEmpty());
            assertTrue(c.actors().isEmpty());
            assertTrue(c.actorUses().isEmpty());
            assertEquals(0, c.positions().count());
            assertEquals(0, c.conditions().count());
            Timeline t = c.timeline("RUS", Issue.NEGOTIATIONS);
            assertTrue(t.isEmpty());
            assertTrue(t.toString().contains("(0 positions)"), t.toString());
            assertTrue(c.shifts().isEmpty());
            Matrix m = c.matrix();
            assertTrue(m.rows().isEmpty());
            assertTrue(m.columns().isEmpty());
            assertTrue(c.positions().groupByParty().isEmpty());
            assertTrue(c.positions().groupByMonth().isEmpty());
            assertTrue(c.positions().groupByIssue().isEmpty());
            assertTrue(c.conditions().groupBySetter().isEmpty());
            assertThrows(UnknownActorException.class, () -> c.positions().holder("RUSS"));
        }
    }

    @Test
    void unknownIdsNameTheIdAndTheNearestKnownOnes() {
        UnknownActorException e = assertThrows(UnknownActorException.class, () -> main.positions().holder("RUSS"));
        assertEquals("RUSS", e.id());
        assertTrue(e.getMessage().contains("\"RUSS\""), e.getMessage());
        assertTrue(e.nearest().contains("RUS"), e.nearest().toString());
        assertEquals("RUS", e.nearest().get(0));
        assertTrue(e.getMessage().contains("RUS"), e.getMessage());

        UnknownActorException p = assertThrows(UnknownActorException.class, () -> main.positions().holderExactly("putin"));
        assertTrue(p.getMessage().contains("putin"), p.getMessage());
        assertTrue(p.nearest().contains("vladimir-putin"), p.nearest().toString());
        assertTrue(p.nearest().size() <= 3, p.nearest().toString());

        UnknownActorException z = assertThrows(UnknownActorException.class, () -> main.timeline("zelensky", Issue.NEGOTIATIONS));
        assertTrue(z.nearest().contains("volodymyr-zelensky"), z.nearest().toString());

        List<Executable> unknown = List.of(
                () -> main.positions().counterpart("Rusland"),
                () -> main.conditions().setBy("kremlin-xyz"),
                () -> main.conditions().requiredOf("qqqqqqqq"));
        for (Executable x : unknown) {
            assertThrows(UnknownActorException.class, x);
        }
        UnknownActorException far = assertThrows(UnknownActorException.class, () -> main.positions().holder("qqqqqqqqqqqqqq"));
        assertTrue(far.nearest().isEmpty(), far.nearest().toString());
        assertThrows(UnsupportedOperationException.class, () -> e.nearest().clear());
    }

    @Test
    void dutchNamesSuggestTheActorTheyReferTo() {
        UnknownActorException r = assertThrows(UnknownActorException.class, () -> main.positions().holder("Rusland"));
        assertEquals("RUS", r.nearest().get(0));
        UnknownActorException z = assertThrows(UnknownActorException.class, () -> main.positions().holder("Zelenski"));
        assertEquals("volodymyr-zelensky", z.nearest().get(0));
    }

    @Test
    void unnamedOfficialsOfAKnownPartyAreKnown() {
        assertEquals(0, Corpus.of().positions().holder("unnamed-CHN").count());
        assertThrows(UnknownActorException.class, () -> Corpus.of().positions().holder("unnamed-XYZ"));
    }

    @Test
    void idsKnownToTheLexiconOnlyGiveEmptyResults() {
        assertTrue(main.actors().stream().noneMatch(a -> a.id().equals("CHN")));
        assertTrue(main.actor("CHN").isPresent());
        assertEquals(0, main.positions().holder("CHN").count());
        assertEquals(0, main.positions().holderExactly("CHN").count());
        assertEquals(0, main.positions().counterpart("CHN").count());
        assertTrue(main.timeline("CHN", Issue.PEACE_PLAN).isEmpty());
        assertEquals(0, main.conditions().setBy("CHN").count());
        assertEquals(0, main.conditions().requiredOf("CHN").count());
        assertTrue(main.positions().holder("CHN").shifts().isEmpty());
        assertTrue(main.positions().holder("CHN").matrix().rows().isEmpty());
    }

    @Test
    void actorsAndTheirUse() {
        assertEquals("Vladimir Putin", main.actor("vladimir-putin").orElseThrow().name());
        assertTrue(main.actor("no-such-actor").isEmpty());
        List<String> ids = main.actors().stream().map(a -> a.id()).toList();
        assertTrue(ids.contains("USA"), ids.toString()); // named only as the one a condition is required of
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(null);
        assertEquals(sorted, ids);
        List<ActorUse> uses = main.actorUses();
        assertEquals(ids.size(), uses.size());
        assertEquals("UKR", uses.get(0).actor().id());
        assertEquals(3, uses.get(0).articles());
        assertEquals(1, uses.get(0).positions());
        assertEquals("RUS", uses.get(1).actor().id());
        assertEquals(2, uses.get(1).articles());
        ActorUse last = uses.get(uses.size() - 1);
        assertEquals("USA", last.actor().id());
        assertEquals(0, last.positions());
        assertThrows(IllegalArgumentException.class, () -> new ActorUse(Fixtures.RUS, -1, 0));
    }

    @Test
    void jsonLinesRoundTripToEqualArticles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("corpus.jsonl");
        main.writeJsonLines(file);
        assertEquals(main.size(), Files.readAllLines(file, StandardCharsets.UTF_8).size());
        Corpus back = Corpus.readJsonLines(file);
        assertEquals(main.articles(), back.articles());
        assertEquals(main.positions().list(), back.positions().list());
        assertEquals(main.shifts(), back.shifts());
        assertEquals(main.matrix(), back.matrix());
        StringWriter w = new StringWriter();
        main.writeJsonLines(w);
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), w.toString());

        Path empty = dir.resolve("empty.jsonl");
        Corpus.of().writeJsonLines(empty);
        assertEquals(0, Corpus.readJsonLines(empty).size());
    }

    @Test
    void loadReadsTheGoodArticlesAndNamesTheBadFiles(@TempDir Path dir) throws IOException {
        writeSources(dir);
        List<Problem> reported = new ArrayList<>();
        Corpus c = Corpus.loader().onProblem(reported::add).load(dir);
        assertEquals(List.of("a-kremlin", "b-poetin", "c-kapot"), c.articles().stream().map(Article::id).toList());
        assertEquals(1, c.problems().size(), c.problems().toString());
        assertTrue(c.problems().get(0).source().endsWith("d-weg.txt"), c.problems().toString());
        assertEquals(c.problems(), reported);
        assertTrue(c.toString().contains("1 problems"), c.toString());

        Article kremlin = c.articles().get(0);
        assertEquals("Kremlin staat open voor gesprekken", kremlin.title());
        assertEquals(Fixtures.d("2023-02"), kremlin.date());
        assertFalse(kremlin.positions().isEmpty(), kremlin.toString());
        assertFalse(c.articles().get(1).positions().isEmpty(), c.articles().get(1).toString());
        Article bad = c.articles().get(2);
        assertFalse(bad.problems().isEmpty());
        assertTrue(bad.problems().get(0).source().endsWith("c-kapot.txt"), bad.problems().toString());
        assertTrue(bad.problems().get(0).message().contains("byte"), bad.problems().toString());
        assertTrue(c.positions().count() >= 2);
        assertThrows(UnsupportedOperationException.class, () -> c.problems().clear());
        assertThrows(UnsupportedOperationException.class, () -> c.articles().clear());
    }

    @Test
    void aFileOverTheParsersLimitIsAProblemAndTheRestIsRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-kremlin.txt"), KREMLIN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-groot.txt"), " date 2023-03 Groot\n\n" + "Tekst. ".repeat(200), StandardCharsets.UTF_8);
        Corpus c = Corpus.loader().parser(SourceParser.builder().maxFileBytes(1000).build()).load(dir);
        assertEquals(List.of("a-kremlin"), c.articles().stream().map(Article::id).toList());
        assertEquals(1, c.problems().size(), c.problems().toString());
        assertTrue(c.problems().get(0).source().endsWith("b-groot.txt"), c.problems().toString());
    }

    @Test
    void parallelLoadingGivesTheSameCorpus(@TempDir Path dir) throws IOException {
        writeSources(dir);
        for (int i = 0; i < 12; i++) {
            Files.writeString(dir.resolve("e" + i + ".txt"), (i % 2 == 0 ? KREMLIN : POETIN).replace("2023-0", "2024-0"),
                    StandardCharsets.UTF_8);
        }
        Corpus sequential = Corpus.load(dir);
        Corpus parallel = Corpus.loader().parallel(true).load(dir);
        assertEquals(15, sequential.size());
        assertEquals(sequential.articles(), parallel.articles());
        assertEquals(sequential.problems(), parallel.problems());
        assertEquals(sequential.positions().list(), parallel.positions().list());
    }

    @Test
    void bodiesAreDroppedUnlessKept(@TempDir Path dir) throws IOException {
        writeSources(dir);
        Corpus lean = Corpus.loader().keepText(false).load(dir);
        Corpus full = Corpus.loader().keepText(true).load(dir);
        assertEquals(lean.size(), full.size());
        for (int i = 0; i < lean.size(); i++) {
            Article l = lean.articles().get(i);
            Article f = full.articles().get(i);
            assertEquals("", l.text(), l.toString());
            assertFalse(f.text().isEmpty(), f.toString());
            assertEquals(f.title(), l.title());
            assertEquals(f.id(), l.id());
            assertEquals(f.date(), l.date());
            assertEquals(f.positions(), l.positions());
            assertEquals(f.actors(), l.actors());
            assertEquals(f.problems(), l.problems());
        }
        assertTrue(full.articles().get(0).text().contains("Het Kremlin is bereid"), full.articles().get(0).text());
        assertEquals(Corpus.load(dir).articles(), lean.articles());
        assertNotEquals(lean.articles(), full.articles());
    }

    @Test
    void aJsonLinesPathIsReadAsASavedCorpus(@TempDir Path dir) throws IOException {
        Path saved = dir.resolve("bewaard.jsonl");
        main.writeJsonLines(saved);
        Corpus c = Corpus.load(saved);
        assertEquals(main.articles(), c.articles());
        assertTrue(c.problems().isEmpty());

        Path src = dir.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("a-kremlin.txt"), KREMLIN, StandardCharsets.UTF_8);
        Corpus both = Corpus.loader().load(saved, src);
        assertEquals(main.size() + 1, both.size());
        assertEquals(main.articles(), both.articles().subList(0, main.size()));
        assertEquals("a-kremlin", both.articles().get(main.size()).id());
        // the saved articles keep their bodies: nothing is re-extracted or dropped
        assertEquals(main.articles().get(0).text(), both.articles().get(0).text());
    }

    @Test
    void aMissingPathFailsAtOnce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), KREMLIN, StandardCharsets.UTF_8);
        assertThrows(NoSuchFileException.class, () -> Corpus.load(dir, dir.resolve("nergens")));
        assertThrows(NoSuchFileException.class, () -> Corpus.readJsonLines(dir.resolve("nergens.jsonl")));
    }

    @Test
    void loadedCorpusAnswersQueries(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-kremlin.txt"), KREMLIN, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b-poetin.txt"), POETIN, StandardCharsets.UTF_8);
        Corpus c = Corpus.load(dir);
        assertFalse(c.actors().isEmpty());
        assertEquals(c.positions().count(), c.positions().between("2023-02", "2023-04").count());
        assertEquals(c.positions().count(), c.positions().groupByParty().values().stream().mapToInt(List::size).sum());
    }
}
