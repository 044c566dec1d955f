package io.github.peacetalks.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.internal.DataFiles;
import io.github.peacetalks.source.BoilerplateRules.Rule;
import io.github.peacetalks.source.BoilerplateRules.RuleMatch;
import io.github.peacetalks.source.BoilerplateRules.Where;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Every rule and word list carries its examples; this test holds the data files to them. */
class RulesDataTest {

    private static final BoilerplateRules RULES = BoilerplateRules.defaults();

    @TestFactory
    Stream<DynamicTest> everyRuleMatchesItsExamplesAndNotItsCounterExamples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule r : RULES.rules()) {
            assertFalse(r.examples().isEmpty(), "rule " + r.id() + " has examples");
            for (String ex : r.examples()) {
                tests.add(DynamicTest.dynamicTest(r.id() + " matches \"" + ex + "\"", () -> {
                    var m = r.pattern().matcher(ex);
                    assertTrue(m.lookingAt(), r.id() + " should match: " + ex);
                    assertTrue(r.mayStartWith(ex), r.id() + ": its 'starts' filter lets the example through: " + ex);
                    assertTrue(r.contains() == null || ex.contains(r.contains()), r.id() + ": its 'contains' filter lets it through");
                    assertTrue(ex.length() <= r.maxLength(), r.id() + ": the example fits maxLength");
                }));
            }
            for (String ex : r.counterExamples()) {
                tests.add(DynamicTest.dynamicTest(r.id() + " leaves \"" + ex + "\"", () -> {
                    var m = r.pattern().matcher(ex);
                    boolean removes = m.lookingAt() && (r.action() != BoilerplateRules.Action.PREFIX || m.end() > 0);
                    assertFalse(removes, r.id() + " should not match: " + ex);
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> chainExamples() {
        JsonNode root = DataFiles.resource(BoilerplateRules.class, "boilerplate.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode ex : root.get("chain").get("examples")) {
            String text = ex.get("text").asText();
            JsonNode chrome = ex.get("chrome");
            tests.add(DynamicTest.dynamicTest("chain in \"" + text + "\"", () -> {
                int at = RULES.chainStart(text, 0, text.length());
                if (chrome.isNull()) {
                    assertEquals(-1, at);
                } else {
                    assertTrue(at >= 0, "a chain is found");
                    assertEquals(chrome.asText(), text.substring(at));
                }
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> dateExamples() {
        JsonNode root = DataFiles.resource(DateForms.class, "dates.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode ex : root.get("examples")) {
            String text = ex.get("text").asText();
            tests.add(DynamicTest.dynamicTest("date \"" + text + "\"", () -> {
                DateMatch m = DateForms.defaults().whole(text);
                if (ex.path("none").asBoolean()) {
                    assertNull(m);
                } else if (ex.path("invalid").asBoolean()) {
                    assertNotNull(m);
                    assertFalse(m.valid());
                    assertTrue(m.error().contains(text.trim()), m.error());
                } else {
                    assertNotNull(m, "recognised");
                    assertEquals(ex.get("value").asText(), m.date().toString());
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void matchReportsWhereAStampsDateBegins() {
        String line = "Gepubliceerd op 23/10/2025 01:00 in Buitenland";
        RuleMatch m = RULES.match(BoilerplateRules.Where.TOP, line, 0, line.length(), false);
        assertNotNull(m);
        assertEquals("publication-stamp", m.rule().id());
        assertEquals(line.indexOf("23/10"), m.dateBegin());
    }

    @Test
    void usersAddAndReplaceRules() throws Exception {
        String json = "{\"rules\": [{\"id\": \"read-link\", \"where\": [\"BODY\"], \"pattern\": \"ZIE OOK\\\\b.*\"},"
                + "{\"id\": \"podcast\", \"where\": [\"BODY\"], \"pattern\": \"Luister ook\\\\b.*\"}],"
                + "\"chain\": {\"sections\": [\"Diplomatie\"]}}";
        BoilerplateRules mine = BoilerplateRules.fromJson(new ObjectMapper().readTree(json), "mine.json");
        BoilerplateRules all = RULES.with(mine);
        assertEquals(RULES.rules().size() + 1, all.rules().size());
        assertTrue(all.chain().sections().contains("Diplomatie"));
        SourceParser p = SourceParser.builder().rules(all).build();
        var a = p.parseArticle(" date 2022-02 Kop\n\nTekst.\n\nZIE OOK iets anders\n\nLuister ook naar de podcast\n\nREAD Dit blijft nu staan", "t");
        assertEquals("Tekst.\n\nREAD Dit blijft nu staan", a.text());
    }

    @Test
    void aMalformedRuleFileNamesTheFileAndThePath() throws Exception {
        ObjectMapper m = new ObjectMapper();
        DataFileException e = assertThrows(DataFileException.class, () -> BoilerplateRules.fromJson(
                m.readTree("{\"rules\": [{\"id\": \"a\", \"where\": [\"TOP\"], \"pattern\": \"x\"}, {\"id\": \"b\", \"where\": [\"TOP\"], \"pattern\": \"(\"}]}"),
                "mine.json"));
        assertTrue(e.getMessage().startsWith("mine.json: $.rules[1].pattern"), e.getMessage());
        e = assertThrows(DataFileException.class, () -> BoilerplateRules.fromJson(
                m.readTree("{\"rules\": [{\"id\": \"a\", \"where\": [\"SOMEWHERE\"], \"pattern\": \"x\"}]}"), "mine.json"));
        assertTrue(e.getMessage().contains("$.rules[0].where[0]"), e.getMessage());
        e = assertThrows(DataFileException.class, () -> BoilerplateRules.fromJson(
                m.readTree("{\"rules\": [{\"id\": \"a\", \"where\": [\"TOP\"], \"pattern\": \"x\"}, {\"id\": \"a\", \"where\": [\"TOP\"], \"pattern\": \"y\"}]}"),
                "mine.json"));
        assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
        e = assertThrows(DataFileException.class, () -> BoilerplateRules.fromJson(
                m.readTree("{\"rules\": [{\"id\": \"a\", \"where\": [\"TOP\"], \"pattern\": \"x\", \"contains\": \"\"}]}"), "mine.json"));
        assertTrue(e.getMessage().contains("$.rules[0].contains"), e.getMessage());
        e = assertThrows(DataFileException.class, () -> BoilerplateRules.fromJson(
                m.readTree("{\"rules\": [{\"where\": [\"TOP\"], \"pattern\": \"x\"}]}"), "mine.json"));
        assertTrue(e.getMessage().contains("$.rules[0].id"), e.getMessage());
    }

    @Test
    void invalidJsonNamesLineAndColumn() {
        DataFileException e = assertThrows(DataFileException.class, () -> DataFiles.read(
                new java.io.ByteArrayInputStream("{\"rules\": [\n  {\"id\": }\n]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "broken.json"));
        assertTrue(e.getMessage().startsWith("broken.json") && e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void bytesThatAreNoTextInTheDetectedEncodingAreInvalidJson() {
        // Four zero bytes make Jackson read UTF-32; what follows is no valid UTF-32 character.
        byte[] bytes = "\0\0\0\0{\"rules\": []}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        DataFileException e = assertThrows(DataFileException.class,
                () -> DataFiles.read(new java.io.ByteArrayInputStream(bytes), "utf32.json"));
        assertTrue(e.getMessage().startsWith("utf32.json: $: not valid JSON"), e.getMessage());
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static BoilerplateRules rulesOf(String json) throws Exception {
        return BoilerplateRules.fromJson(JSON.readTree(json.replace('\'', '"')), "mine.json");
    }

    private static DateForms datesOf(String json) throws Exception {
        return DateForms.fromJson(JSON.readTree(json.replace('\'', '"')), "mine.json");
    }

    private static RuleMatch match(BoilerplateRules rules, Where where, CharSequence line) {
        return rules.match(where, line, 0, line.length(), false);
    }

    private static int chain(String line) {
        return RULES.chainStart(line, 0, line.length());
    }

    @Test
    void usersDateWordsAreTheOnlyMonthsAndWeekdaysRead() throws Exception {
        DateForms mine = datesOf("{'months': {'1': ['januari'], '11': ['november', 'nov'], '12': ['december']},"
                + " 'weekdays': {'1': ['maandag'], '7': ['zondag']}}");
        assertEquals("2024-11-23", mine.whole("23 november 2024").date().toString());
        assertEquals("2024-11-23", mine.whole("maandag 23 nov. 2024").date().toString());
        assertEquals("2025-01", mine.whole("januari 2025").date().toString());
        assertEquals("2024-12-01", mine.whole("zondag 1 december 2024").date().toString());
        assertNull(mine.whole("23 mei 2024"), "a month word the file does not list");
        assertNull(mine.whole(", 2024"), "there is no empty month word");
        assertNull(DateForms.defaults().whole(", 2024"));
    }

    @Test
    void dateFileKeysAreMonthAndWeekdayNumbers() throws Exception {
        String weekdays = ", 'weekdays': {'1': ['maandag']}}";
        for (String bad : List.of("0", "13", "x")) {
            DataFileException e = assertThrows(DataFileException.class, () -> datesOf("{'months': {'" + bad + "': ['maand']}" + weekdays));
            assertTrue(e.getMessage().contains("$.months." + bad) && e.getMessage().contains("from 1 to 12"), e.getMessage());
        }
        DataFileException e = assertThrows(DataFileException.class,
                () -> datesOf("{'months': {'1': ['januari']}, 'weekdays': {'8': ['dag']}}"));
        assertTrue(e.getMessage().contains("$.weekdays.8") && e.getMessage().contains("from 1 to 7"), e.getMessage());
        e = assertThrows(DataFileException.class, () -> datesOf("{'months': {}" + weekdays));
        assertTrue(e.getMessage().contains("lists no month words"), e.getMessage());
        DateForms edges = datesOf("{'months': {'1': ['jan'], '12': ['dec']}, 'weekdays': {'1': ['ma'], '7': ['zo']}}");
        assertEquals("2024-01-05", edges.whole("ma 5 jan 2024").date().toString());
        assertEquals("2024-12-29", edges.whole("zo 29 dec 2024").date().toString());
    }

    @Test
    void aRuleAppliesOnlyWhereItSaysAndWithinItsFilters(@TempDir Path dir) throws Exception {
        String json = "{'rules': ["
                + "{'id': 'tip', 'where': ['BODY'], 'pattern': '\\\\p{L}+ ook:.*', 'starts': ['Lees', 'Zie']},"
                + "{'id': 'kort', 'where': ['TOP'], 'pattern': 'Kort:.*', 'maxLength': 12},"
                + "{'id': 'bron', 'where': ['BODY'], 'pattern': '.*\\\\((?:ANP|AFP)\\\\)', 'contains': '(ANP)'},"
                + "{'id': 'plus', 'where': ['BODY'], 'action': 'PREFIX', 'pattern': '(?:Plus\\\\s*)?'},"
                + "{'id': 'stempel', 'where': ['TOP'], 'pattern': '(?<date>\\\\d{1,2}-\\\\d{1,2}-\\\\d{4}) \\\\| .*'}]}";
        Path file = dir.resolve("mine.json");
        Files.writeString(file, json.replace('\'', '"'));
        BoilerplateRules mine = BoilerplateRules.load(file);
        assertEquals(5, mine.rules().size());
        // where
        assertEquals("tip", match(mine, Where.BODY, "Lees ook: het verslag").rule().id());
        assertNull(match(mine, Where.TOP, "Lees ook: het verslag"));
        assertNull(match(mine, Where.HEADER_LEAD, "Lees ook: het verslag"));
        // starts narrows the pattern, case aside
        assertNotNull(match(mine, Where.BODY, "lees ook: het verslag"));
        assertNotNull(match(mine, Where.BODY, "Zie ook: de kaart"));
        assertNull(match(mine, Where.BODY, "Kijk ook: de video"));
        assertNull(match(mine, Where.BODY, "Lezen ook: de video"));
        assertNull(match(mine, Where.BODY, "Le"), "a line shorter than every starts word");
        Rule tip = mine.rules().get(0);
        assertTrue(tip.mayStartWith("zie ook"));
        assertFalse(tip.mayStartWith("Kijk ook"));
        // maxLength
        assertNotNull(match(mine, Where.TOP, "Kort: twaalf"));
        assertNull(match(mine, Where.TOP, "Kort: dertien"));
        // contains, also in a CharSequence that is no String
        assertEquals("bron", match(mine, Where.BODY, "Het Kremlin zegt (nee) (ANP)").rule().id());
        assertEquals("bron", match(mine, Where.BODY, new StringBuilder("Het Kremlin zegt (nee) (ANP)")).rule().id());
        assertNull(match(mine, Where.BODY, "Het Kremlin zegt (nee) (AFP)"));
        assertNull(match(mine, Where.BODY, new StringBuilder("Het Kremlin zegt (nee) (AFP)")));
        assertNull(match(mine, Where.BODY, new StringBuilder("Het Kremlin zegt nee (AFP)")));
        // a prefix that removes nothing is no match; an empty stretch matches nothing
        assertNull(match(mine, Where.BODY, "Tekst van het stuk"));
        assertEquals(5, match(mine, Where.BODY, "Plus Tekst van het stuk").end());
        assertNull(mine.match(Where.BODY, "Kort", 4, 4, false));
        // a date group at the very start of the line
        assertEquals(0, match(mine, Where.TOP, "14-03-2023 | Buitenland").dateBegin());
        SourceParser p = SourceParser.builder().rules(RULES.with(mine)).build();
        assertEquals("2023-03-14", p.parseArticle("14-03-2023 | Buitenland\nKop van het stuk\n\nTekst.", "t").date().toString());
        var a = p.parseArticle("Kop van het stuk\n31-02-2023 | Buitenland\n\nTekst.", "t");
        assertEquals(1, a.problems().size());
        assertEquals(2, a.problems().get(0).line());
        assertEquals(1, a.problems().get(0).column());
    }

    @Test
    void ruleFileLimitsArePositiveWholeNumbers() throws Exception {
        String rule = "{'rules': [{'id': 'a', 'where': ['TOP'], 'pattern': 'x', 'maxLength': %s}]}";
        assertEquals(1, rulesOf(String.format(rule, "1")).rules().get(0).maxLength());
        for (String bad : List.of("0", "'veel'", "1.5")) {
            DataFileException e = assertThrows(DataFileException.class, () -> rulesOf(String.format(rule, bad)));
            assertTrue(e.getMessage().contains("$.rules[0].maxLength"), e.getMessage());
        }
        assertEquals(1, rulesOf("{'rules': [], 'chain': {'maxWordsPerItem': 1}}").chain().maxWordsPerItem());
        DataFileException e = assertThrows(DataFileException.class, () -> rulesOf("{'rules': [], 'chain': {'maxWordsPerItem': 0}}"));
        assertTrue(e.getMessage().contains("$.chain.maxWordsPerItem"), e.getMessage());
    }

    @Test
    void usersSeparatorsJoinTheLibrarys() throws Exception {
        BoilerplateRules mine = rulesOf("{'rules': [], 'chain': {'separators': ['\u00BB', '\u203A', '~', '+']}}");
        SourceParser p = SourceParser.builder().rules(RULES.with(mine)).build();
        assertEquals(10, RULES.with(mine).chain().separators().size());
        for (String sep : List.of("+", "\u203A", "\u2022", "|")) {
            var a = p.parseArticle(" date 2022-02 Kop\n\nAnalyse " + sep + " Opinie " + sep + " 4 reacties\n\nTekst.", "t");
            assertEquals("Tekst.", a.text(), sep);
            assertEquals(List.of("chrome-chain"), a.removed().stream().map(x -> x.rule()).toList(), sep);
        }
    }

    @Test
    void multiCharacterSeparatorsMatchWhole() throws Exception {
        BoilerplateRules slash = rulesOf("{'rules': [], 'chain': {'separators': ['//'], 'words': ['reacties']}}");
        String line = "Kiev wil praten // Opinie // 4 reacties";
        assertEquals(line.indexOf("//"), slash.chainStart(line, 0, line.length()));
        String single = "Kiev wil praten /  Opinie /  4 reacties";
        assertEquals(-1, slash.chainStart(single, 0, single.length()));
        String end = "Kiev wil praten // Opinie /";
        assertEquals(-1, slash.chainStart(end, 0, end.length()));
    }

    @Test
    void chainSeparatorsStandBetweenSpaces() {
        String gluedLeft = "Analyse\u2022 Opinie \u2022 4 reacties";
        assertEquals(gluedLeft.indexOf("Opinie"), chain(gluedLeft));
        String gluedRight = "Kiev wil praten \u2022Opinie \u2022 4 reacties";
        assertEquals(gluedRight.lastIndexOf('\u2022'), chain(gluedRight));
        assertEquals(0, chain("\u2022 Analyse \u2022 Opinie \u2022 4 reacties"), "a line that starts with a bullet");
        String atEnd = "Kiev wil praten | Opinie |";
        assertEquals(atEnd.indexOf('|'), chain(atEnd), "a bar at the very end still separates");
        String empty = "Kiev wil praten \u2022 \u2022 Opinie";
        assertEquals(empty.indexOf('\u2022'), chain(empty), "an empty item still counts its separator");
        assertEquals(-1, chain("Kiev wil praten"));
    }

    @Test
    void chainItemsAreShortAndChromeOrSectionLabels() {
        String five = "Kiev wil praten | Opinie | de vijf woorden van hier";
        assertEquals(five.indexOf('|'), chain(five));
        assertEquals(-1, chain("Kiev wil praten | Opinie | de zes woorden van hier ook"));
        assertEquals(0, chain("Wereld |"), "a section label and a trailing bar");
        assertEquals(0, chain("Wereld | Defensie"));
        assertEquals(-1, chain("Wereld | Kiev en Moskou praten"), "a section label before a headline");
        assertEquals(-1, chain("Kiev | Moskou"));
        assertEquals("Kiev wil praten | 4 reacties".indexOf('|'), chain("Kiev wil praten | 4 reacties"));
        assertEquals("Kiev wil praten | bewaren".indexOf('|'), chain("Kiev wil praten | bewaren"), "a chrome word at the start of an item");
        assertEquals(-1, chain("Kiev wil praten | ministers"), "min inside a word is no chrome word");
        assertEquals(-1, chain("Kiev wil praten | Stadsupdate"), "update inside a word is no chrome word");
        assertEquals(0, chain("NOS Nieuws \u2022 4 reacties"), "the longest section label before the chain");
    }

    @Test
    void aShortLeadBeforeAChainIsPartOfIt() {
        assertEquals(0, chain("Den Haag | Politiek | Defensie"), "two words before the first bar");
        String thirty = "Ruimtevaartorganisaties Europa | Politiek | Defensie";
        assertEquals(thirty.indexOf('|'), chain(thirty), "thirty characters before the first bar are a headline");
        assertEquals(0, chain("Ruimtevaartorganisatie Europa | Politiek | Defensie"));
        String sentence = "Kiev, Moskou | Politiek | Defensie";
        assertEquals(sentence.indexOf('|'), chain(sentence), "punctuation makes the lead a headline");
        String text = "Eerste regel van de tekst.\nDen Haag | Politiek | Defensie";
        int from = text.indexOf("Den");
        assertEquals(from, RULES.chainStart(text, from, text.length()));
        String bullets = "Eerste regel van de tekst.\n\u2022 Analyse \u2022 Opinie \u2022 4 reacties";
        int at = bullets.indexOf('\u2022');
        assertEquals(at, RULES.chainStart(bullets, at, bullets.length()));
        assertEquals(0, chain("Den Haag | 4 reacties"), "one bar and a chrome word after two words");
    }

    @Test
    void rulesAreDescribedByTheirCounts() throws Exception {
        BoilerplateRules mine = rulesOf("{'rules': [{'id': 'a', 'where': ['TOP'], 'pattern': 'x'}], 'chain': {'sections': ['Wereld', 'Sport']}}");
        assertEquals("BoilerplateRules[1 rules, 2 section labels]", mine.toString());
        assertTrue(mine.rules().get(0).toString().startsWith("Rule[a LINE in [TOP]: x"), mine.rules().get(0).toString());
    }
}
