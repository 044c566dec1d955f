package io.github.peacetalks.cli;

import static io.github.peacetalks.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static Path corpus(Path dir) throws IOException {
        Files.writeString(dir.resolve("001_a.txt"), " date 2022-02 Oekraïne wil praten in Minsk\n\nDe regering in Kiev is bereid.");
        Files.writeString(dir.resolve("002_b.txt"), "april 3, 2023\n\nBuitenland\n\nKop die herhaald wordt\n\nKop die herhaald wordt\n\nTekst.");
        return dir;
    }

    @Test
    void extractJsonWritesOneObjectPerArticlePerLine(@TempDir Path dir) throws IOException {
        CliRun r = run("extract", "--json", corpus(dir).toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(2, r.lines().size());
        JsonNode first = new ObjectMapper().readTree(r.lines().get(0));
        assertEquals("001_a", first.get("id").asText());
        assertEquals("Oekraïne wil praten in Minsk", first.get("title").asText(), "UTF-8 survives");
        assertTrue(first.get("actors").isArray() && first.get("positions").isArray());
        JsonNode second = new ObjectMapper().readTree(r.lines().get(1));
        assertEquals("2023-04-03", second.get("date").asText());
        assertEquals("DAY", second.get("datePrecision").asText());
        assertEquals("Tekst.", second.get("text").asText());
        assertEquals(7, first.size(), "exactly the ontology's fields: " + first);
        CliRun full = run("extract", "--json", "--parts", dir.toString());
        JsonNode lossless = new ObjectMapper().readTree(full.lines().get(0));
        assertTrue(lossless.has("parts") && lossless.has("origin") && lossless.has("problems"), lossless.toString());
    }

    @Test
    void extractWithoutJsonSummarises(@TempDir Path dir) throws IOException {
        CliRun r = run("extract", corpus(dir).toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("001_a  2022-02  \"Oekraïne wil praten in Minsk\""), r.out());
        assertTrue(r.out().contains("removed repeated-headline"), r.out());
    }

    @Test
    void datesPrintsOneObjectPerExpression(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, " date 2023-02-15 Overleg in Genève\n\nVrijdag sprak Lavrov met Fidan. Sinds 24 februari 2022 is er oorlog.");
        CliRun own = run("dates", f.toString());
        assertEquals(0, own.code(), own.err());
        List<JsonNode> rows = new java.util.ArrayList<>();
        for (String l : own.lines()) {
            rows.add(new ObjectMapper().readTree(l));
        }
        assertEquals(2, rows.size());
        assertEquals("Vrijdag", rows.get(0).get("text").asText());
        assertEquals("2023-02-10", rows.get(0).get("value").asText());
        assertEquals("DAY", rows.get(0).get("precision").asText());
        String src = Files.readString(f);
        assertEquals("Vrijdag", src.substring(rows.get(0).get("begin").asInt(), rows.get(0).get("end").asInt()));
        CliRun month = run("dates", "--ref", "2023-02", f.toString());
        assertTrue(month.out().contains("\"value\":\"2023-02\",\"precision\":\"MONTH\""), month.out());
        assertEquals(2, run("dates", "--ref", "2023-13", f.toString()).code());
        assertEquals(2, run("dates", dir.resolve("nope.txt").toString()).code());
    }

    @Test
    void helpForEveryCommand() {
        CliRun top = run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("extract"), top.out());
        assertEquals(0, run("dates", "--help").code());
        CliRun ex = run("extract", "--help");
        assertEquals(0, ex.code());
        assertTrue(ex.out().contains("--json"), ex.out());
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo(@TempDir Path dir) {
        CliRun unknown = run("extract", "--frobnicate", dir.toString());
        assertEquals(2, unknown.code());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("--frobnicate"), unknown.err());
        CliRun missing = run("extract", dir.resolve("nope").toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("nope"), missing.err());
        CliRun none = run("extract");
        assertEquals(2, none.code());
        CliRun noCommand = run();
        assertEquals(2, noCommand.code());
    }

    @Test
    void badInputIsReportedAndTheRestIsWritten(@TempDir Path dir) throws IOException {
        corpus(dir);
        Files.writeString(dir.resolve("003_c.txt"), " date 2023-13 Kop\n\nTekst.");
        CliRun r = run("extract", "--json", dir.toString());
        assertEquals(0, r.code(), "a recorded problem is a warning");
        assertEquals(3, r.lines().size());
        assertTrue(r.err().contains("003_c.txt:1:2:"), r.err());
        CliRun strict = run("extract", "--json", "--strict", dir.toString());
        assertEquals(1, strict.code());
        assertTrue(strict.err().contains("003_c.txt:1:2:"), strict.err());
        assertTrue(strict.err().startsWith("peacetalks: " + dir), "the problem itself, not the exception's class: " + strict.err());
    }

    @Test
    void aBadGlobIsAUsageErrorNamingTheOption(@TempDir Path dir) throws IOException {
        corpus(dir);
        for (String command : new String[] {"extract", "positions"}) {
            CliRun r = run(command, "--glob=[", dir.toString());
            assertEquals(2, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("--glob"), r.err());
            assertTrue(r.err().contains("not a valid file glob"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        assertEquals(0, run("extract", "--glob=*.{txt,md}", dir.toString()).code(), "a valid glob with braces is accepted");
    }
}
