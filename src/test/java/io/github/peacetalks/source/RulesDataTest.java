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
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
}
