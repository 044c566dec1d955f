package io.github.peacetalks.cli;

import static io.github.peacetalks.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query commands (positions, conditions, timeline, shifts, matrix, actors) run in-process on a small corpus. */
class QueryCommandsTest {

    /** Three short articles: Russia open to talks then Putin against them, Ukraine for a ceasefire on a condition. */
    private static String corpus(Path dir) throws IOException {
        Files.writeString(dir.resolve("001_moskou.txt"), " date 2022-03-10 Moskou staat open voor gesprekken\n\n"
                + "MOSKOU - Rusland is bereid tot onderhandelingen met Oekraïne, zei Kremlinwoordvoerder Peskov donderdag. "
                + "Rusland verwerpt een staakt-het-vuren.\n");
        Files.writeString(dir.resolve("002_poetin.txt"), " date 2022-09-20 Poetin wijst gesprekken af\n\n"
                + "President Poetin wil niet onderhandelen met Kiev. Zelensky eist dat Rusland zich eerst terugtrekt uit de "
                + "bezette gebieden voordat er gesprekken komen.\n");
        Files.writeString(dir.resolve("003_kiev.txt"), " date 2023-02-24 Kiev wil wapenstilstand\n\n"
                + "Oekraïne steunt een wapenstilstand als Rusland zijn troepen terugtrekt. Turkije roept op tot vredesonderhandelingen.\n");
        return dir.toString();
    }

    private static List<String> column(CliRun r, int index) {
        return r.lines().stream().skip(1).map(l -> l.split("\\s{2,}")[index]).toList();
    }

    @Test
    void positionsFiltersAndPrintsAnAlignedTable(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        CliRun all = run("positions", c);
        assertEquals(0, all.code(), all.err());
        assertTrue(all.lines().get(0).startsWith("date "), all.out());
        assertTrue(all.lines().get(0).contains("holder") && all.lines().get(0).contains("evidence"), all.out());
        assertTrue(column(all, 1).containsAll(List.of("RUS", "vladimir-putin", "UKR", "TUR")), all.out());
        int stance = all.lines().get(0).indexOf("stance");
        assertTrue(all.lines().stream().skip(1).allMatch(l -> l.length() > stance && l.charAt(stance - 1) == ' '
                && Character.isUpperCase(l.charAt(stance))), "stances line up: " + all.out());

        CliRun rus = run("positions", "--holder", "RUS", c);
        assertEquals(0, rus.code(), rus.err());
        assertTrue(column(rus, 1).contains("vladimir-putin"), "Putin speaks for RUS: " + rus.out());
        assertTrue(column(rus, 1).stream().allMatch(h -> h.equals("RUS") || h.equals("vladimir-putin")), rus.out());
        CliRun exact = run("positions", "--holder", "RUS", "--exact", c);
        assertEquals(List.of("RUS"), column(exact, 1).stream().distinct().toList(), exact.out());

        CliRun ceasefire = run("positions", "--issue", "ceasefire", "--stance", "SUPPORTS", c);
        assertEquals(0, ceasefire.code(), ceasefire.err());
        assertFalse(column(ceasefire, 1).isEmpty(), ceasefire.out());
        assertTrue(column(ceasefire, 1).stream().allMatch(h -> h.equals("UKR")), ceasefire.out());
        assertTrue(column(ceasefire, 3).stream().allMatch(i -> i.equals("CEASEFIRE")), ceasefire.out());
        CliRun two = run("positions", "--issue", "CEASEFIRE,WITHDRAWAL", "--stance", "opposes", "--stance", "demands", c);
        assertEquals(List.of("OPPOSES", "DEMANDS"), column(two, 2).stream().distinct().toList(), two.out());

        CliRun dated = run("positions", "--from", "2022-09", "--to", "2022", c);
        assertEquals(List.of("2022-09-20"), column(dated, 0).stream().distinct().toList(), dated.out());
        CliRun text = run("positions", "--text", "TURKIJE", c);
        assertEquals(List.of("TUR"), column(text, 1), text.out());
    }

    @Test
    void positionsAsJsonLines(@TempDir Path dir) throws IOException {
        CliRun r = run("positions", "--json", "--holder", "vladimir-putin", corpus(dir));
        assertEquals(0, r.code(), r.err());
        List<JsonNode> rows = r.json();
        assertFalse(rows.isEmpty());
        for (JsonNode n : rows) {
            assertEquals("002_poetin", n.get("article").asText(), n.toString());
            JsonNode p = n.get("position");
            assertEquals("vladimir-putin", p.get("holder").get("id").asText());
            assertEquals("RUS", p.get("holder").get("affiliation").asText());
            assertEquals("OPPOSES", p.get("stance").asText());
            assertEquals("NEGOTIATIONS", p.get("issue").asText());
            assertEquals("2022-09-20", p.get("date").asText());
            assertTrue(p.get("evidence").get("sentence").asText().contains("Poetin"), n.toString());
        }
    }

    @Test
    void conditionsWithSetterAndRequiredOf(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        CliRun table = run("conditions", c);
        assertEquals(0, table.code(), table.err());
        assertTrue(table.lines().get(0).contains("required of"), table.out());
        assertEquals(2, table.lines().size(), table.out());
        String row = table.lines().get(1);
        assertTrue(row.contains("UKR") && row.contains("SUPPORTS CEASEFIRE") && row.contains("WITHDRAWAL") && row.contains("RUS")
                && row.contains("003_kiev"), row);

        CliRun json = run("conditions", "--json", "--required-of", "RUS", "--issue", "CEASEFIRE", c);
        assertEquals(0, json.code(), json.err());
        List<JsonNode> rows = json.json();
        assertEquals(1, rows.size(), json.out());
        JsonNode n = rows.get(0);
        assertEquals("003_kiev", n.get("article").asText());
        assertEquals("UKR", n.get("holder").asText());
        assertEquals("CEASEFIRE", n.get("issue").asText());
        assertEquals("SUPPORTS", n.get("stance").asText());
        assertEquals("WITHDRAWAL", n.get("condition").get("issue").asText());
        assertEquals("RUS", n.get("condition").get("requiredOf").get("id").asText());
        assertTrue(n.get("condition").get("text").asText().contains("terugtrekt"), n.toString());

        assertEquals(0, run("conditions", "--json", "--issue", "negotiations", c).lines().size(), "the condition is on a ceasefire");
        assertEquals(0, run("conditions", "--json", "--holder", "RUS", c).lines().size());
        assertEquals(1, run("conditions", "--json", "--holder", "UKR", c).lines().size());
    }

    @Test
    void timelineOfAHolderOnAnIssue(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        CliRun r = run("timeline", "--holder", "RUS", "--issue", "NEGOTIATIONS", c);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).startsWith("holder RUS, issue [NEGOTIATIONS] ("), r.out());
        assertTrue(r.lines().get(1).startsWith("date "), r.out());
        List<String> dates = column(new CliRun(0, r.out().substring(r.out().indexOf('\n') + 1), ""), 0);
        assertEquals(dates.stream().sorted().toList(), dates, "date order: " + r.out());
        assertTrue(r.out().contains("vladimir-putin") && r.out().contains("OPPOSES") && r.out().contains("SUPPORTS"), r.out());
        assertFalse(r.out().contains("CEASEFIRE"), r.out());

        CliRun json = run("timeline", "--holder", "RUS", "--issue", "negotiations", "--from", "2022-06", "--json", c);
        List<JsonNode> rows = json.json();
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(n -> n.get("position").get("date").asText().equals("2022-09-20")), json.out());
        assertTrue(rows.stream().allMatch(n -> n.get("position").get("issue").asText().equals("NEGOTIATIONS")), json.out());

        CliRun missing = run("timeline", "--holder", "RUS", c);
        assertEquals(Main.USAGE, missing.code());
        assertTrue(missing.err().contains("--issue"), missing.err());
    }

    @Test
    void shiftsFindRussiaTurningAgainstTalks(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        CliRun r = run("shifts", c);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).startsWith("party "), r.out());
        assertEquals(2, r.lines().size(), r.out());
        assertTrue(r.lines().get(1).matches("RUS\\s+NEGOTIATIONS\\s+FOR > AGAINST\\s+2022-03-10 RUS SUPPORTS \\(001_moskou\\)\\s+"
                + "2022-09-20 vladimir-putin OPPOSES \\(002_poetin\\).*"), r.out());

        List<JsonNode> rows = run("shifts", "--json", "--holder", "RUS", "--issue", "NEGOTIATIONS", c).json();
        assertEquals(1, rows.size());
        JsonNode s = rows.get(0);
        assertEquals("RUS", s.get("party").asText());
        assertEquals("NEGOTIATIONS", s.get("issue").asText());
        assertEquals("FOR", s.get("from").asText());
        assertEquals("AGAINST", s.get("to").asText());
        assertEquals("001_moskou", s.get("before").get("article").asText());
        assertEquals("SUPPORTS", s.get("before").get("position").get("stance").asText());
        assertEquals("002_poetin", s.get("after").get("article").asText());
        assertEquals("vladimir-putin", s.get("after").get("position").get("holder").get("id").asText());
        assertEquals(0, run("shifts", "--json", "--issue", "CEASEFIRE", c).lines().size());
        assertEquals(0, run("shifts", "--json", "--holder", "UKR", c).lines().size());
    }

    @Test
    void matrixOfPartiesAndIssues(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        CliRun r = run("matrix", c);
        assertEquals(0, r.code(), r.err());
        List<String> header = List.of(r.lines().get(0).strip().split("\\s+"));
        assertEquals(List.of("NEGOTIATIONS", "CEASEFIRE", "TERRITORY", "WITHDRAWAL"), header, r.out());
        assertEquals(List.of("RUS", "TUR", "UKR"), r.lines().stream().skip(1).map(l -> l.split(" ")[0]).toList(), r.out());
        assertFalse(r.out().contains("vladimir-putin"), "Putin is rolled up into RUS: " + r.out());
        assertTrue(r.lines().get(1).matches("RUS\\s+OPPOSES\\s+OPPOSES\\s+\\.\\s+\\."), r.lines().get(1));

        CliRun all = run("matrix", "--all", c);
        assertTrue(all.lines().get(1).matches("RUS\\s+SUPPORTS>OPPOSES\\s+OPPOSES\\s+\\.\\s+\\."), all.out());
        CliRun byHolder = run("matrix", "--by-holder", c);
        assertTrue(byHolder.lines().stream().anyMatch(l -> l.startsWith("vladimir-putin ")), byHolder.out());
        CliRun from = run("matrix", "--from", "2023", c);
        assertEquals(List.of("TUR", "UKR"), from.lines().stream().skip(1).map(l -> l.split(" ")[0]).toList(), from.out());

        List<JsonNode> rows = run("matrix", "--json", c).json();
        assertEquals(List.of("RUS", "TUR", "UKR"), rows.stream().map(n -> n.get("row").asText()).toList());
        assertEquals("OPPOSES", rows.get(0).get("cells").get("NEGOTIATIONS").asText());
        assertEquals("URGES", rows.get(1).get("cells").get("NEGOTIATIONS").asText());
        assertFalse(rows.get(1).get("cells").has("CEASEFIRE"), "empty cells are left out");
        JsonNode seq = run("matrix", "--json", "--all", c).json().get(0).get("cells").get("NEGOTIATIONS");
        assertEquals("[\"SUPPORTS\",\"OPPOSES\"]", seq.toString());
    }

    @Test
    void actorsWithTheirCounts(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        CliRun r = run("actors", c);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).matches("actor\\s+kind\\s+name\\s+affiliation\\s+articles\\s+positions"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("vladimir-putin\\s+PERSON\\s+Vladimir Putin\\s+RUS\\s+1\\s+2")), r.out());
        List<JsonNode> rows = run("actors", "--json", c).json();
        JsonNode rus = rows.stream().filter(n -> n.get("actor").get("id").asText().equals("RUS")).findFirst().orElseThrow();
        assertEquals("STATE", rus.get("actor").get("kind").asText());
        assertEquals(3, rus.get("articles").asInt());
        assertTrue(rus.get("positions").asInt() >= 2, rus.toString());
        List<Integer> positions = rows.stream().map(n -> n.get("positions").asInt()).toList();
        assertEquals(positions.stream().sorted(java.util.Comparator.reverseOrder()).toList(), positions, "most positions first");
    }

    @Test
    void unknownActorIdIsAUsageErrorNamingTheNearest(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        for (String[] args : List.of(
                new String[] {"positions", "--holder", "RUSS", c},
                new String[] {"conditions", "--required-of", "RUSS", c},
                new String[] {"timeline", "--holder", "RUSS", "--issue", "NEGOTIATIONS", c},
                new String[] {"shifts", "--holder", "RUSS", c})) {
            CliRun r = run(args);
            assertEquals(Main.USAGE, r.code(), String.join(" ", args));
            assertTrue(r.err().startsWith("peacetalks " + args[0] + ": unknown actor id \"RUSS\""), r.err());
            assertTrue(r.err().contains("nearest known: RUS"), r.err());
            assertEquals("", r.out());
        }
        CliRun putin = run("positions", "--holder", "vladimir-poetin", c);
        assertEquals(Main.USAGE, putin.code());
        assertTrue(putin.err().contains("vladimir-putin"), putin.err());
    }

    @Test
    void usageErrors(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        String nope = dir.resolve("nope").toString();
        for (String cmd : List.of("positions", "conditions", "shifts", "matrix", "actors")) {
            CliRun r = run(cmd, c, nope);
            assertEquals(Main.USAGE, r.code(), cmd);
            assertEquals("peacetalks " + cmd + ": no such file or directory: " + nope, r.err().strip());
            assertEquals("", r.out());
        }
        assertEquals(Main.USAGE, run("timeline", "--holder", "RUS", "--issue", "CEASEFIRE", nope).code());
        CliRun stance = run("positions", "--stance", "maybe", c);
        assertEquals(Main.USAGE, stance.code());
        assertTrue(stance.err().contains("--stance") && stance.err().contains("SUPPORTS"), stance.err());
        CliRun issue = run("matrix", "--from", "2023-13", c);
        assertEquals(Main.USAGE, issue.code());
        assertTrue(issue.err().contains("--from"), issue.err());
        assertEquals(Main.USAGE, run("matrix", "--from", "2024", "--to", "2023", c).code());
        assertEquals(Main.USAGE, run("positions", "--exact", c).code());
        assertEquals(Main.USAGE, run("actors").code());
    }

    @Test
    void problemsAreWarningsAndTheResultsArePrinted(@TempDir Path dir) throws IOException {
        String c = corpus(dir);
        Files.writeString(dir.resolve("004_fout.txt"), " date 2023-13 Kop\n\nTekst.");
        CliRun r = run("actors", c);
        assertEquals(0, r.code(), "a recorded problem is a warning");
        assertTrue(r.err().startsWith("warning: ") && r.err().contains("004_fout.txt:1:2:"), r.err());
        assertTrue(r.out().contains("vladimir-putin"), r.out());
    }

    @Test
    void savedJsonLinesCorpusGivesTheSameAnswers(@TempDir Path dir) throws IOException {
        Path src = Files.createDirectory(dir.resolve("src"));
        String c = corpus(src);
        Path saved = dir.resolve("corpus.jsonl");
        CliRun extract = run("extract", "--json", "--parts", c);
        assertEquals(0, extract.code(), extract.err());
        Files.writeString(saved, extract.out());
        for (String cmd : List.of("positions", "conditions", "shifts", "matrix", "actors")) {
            assertEquals(run(cmd, c).out(), run(cmd, saved.toString()).out(), cmd);
        }
        Files.writeString(saved, "{not json\n");
        CliRun broken = run("matrix", saved.toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().startsWith("peacetalks matrix: "), broken.err());
    }

    @Test
    void helpListsTheQueryCommands() {
        CliRun top = run("--help");
        for (String cmd : List.of("positions", "conditions", "timeline", "shifts", "matrix", "actors")) {
            assertTrue(top.out().contains(cmd), top.out());
            CliRun help = run(cmd, "--help");
            assertEquals(0, help.code(), cmd);
            assertTrue(help.out().contains("--glob") && help.out().contains("PATH"), help.out());
        }
        assertTrue(run("matrix", "--help").out().contains("--by-holder"));
    }
}
