package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Stance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three files of position extraction: what a loaded lexicon holds, and how a malformed file fails. */
class PositionLexiconTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static final String STANCES = """
            {"cues": [
              {"stance": "OPPOSES", "kind": "PARTICLE_VERB", "forms": ["Wijst", "wijzen"], "particle": "AF",
               "joined": ["Afwijzen", " afgewezen "]},
              {"stance": "SUPPORTS", "kind": "PHRASE", "forms": ["sluit niet uit"], "negated": true},
              {"stance": "PROPOSES", "kind": "VERB", "forms": ["annexeert"], "issue": "TERRITORY"}],
             "negations": ["Niet", "geen"], "negatingVerbs": ["Ontkent"], "hedges": ["Naar verluidt"]}
            """;
    private static final String ISSUES = """
            {"issues": [{"issue": "CEASEFIRE", "terms": ["Staakt-het-vuren", "*bestand"]},
                        {"issue": "CEASEFIRE", "terms": ["wapenstilstand"]}]}
            """;
    private static final String SYNTAX = """
            {"clauseBoundaries": ["Dat", "omdat"], "hedges": ["zou"], "quotes": "not a list",
             "personalPronouns": {"Hij": "PERSON", "we": "SPEAKER"},
             "referringNouns": {"Het land": "STATE"},
             "issueShifts": {"SANCTIONS": {"to": "SANCTIONS_RELIEF", "words": ["Opgeheven"]}}}
            """;

    private static PositionLexicon lexicon(String stances, String issues, String syntax) throws IOException {
        return PositionLexicon.fromJson(M.readTree(stances), "stances.json", M.readTree(issues), "issues.json",
                M.readTree(syntax), "syntax.json");
    }

    @Test
    void aLoadedLexiconHoldsEveryPartInLowerCase() throws IOException {
        PositionLexicon l = lexicon(STANCES, ISSUES, SYNTAX);
        assertEquals(3, l.cues().size());
        PositionLexicon.Cue reject = l.cues().get(0);
        assertEquals(Stance.OPPOSES, reject.stance());
        assertEquals(PositionLexicon.CueKind.PARTICLE_VERB, reject.kind());
        assertEquals(List.of("wijst", "wijzen"), reject.forms());
        assertEquals("af", reject.particle());
        assertEquals(List.of("afwijzen", "afgewezen"), reject.joined());
        assertNull(reject.issue());
        assertTrue(l.cues().get(1).negated());
        assertNull(l.cues().get(1).particle());
        assertEquals(Issue.TERRITORY, l.cues().get(2).issue());
        assertEquals(List.of(Issue.CEASEFIRE, Issue.CEASEFIRE), l.issues().stream().map(PositionLexicon.Terms::issue).toList());
        assertEquals(List.of("staakt-het-vuren", "*bestand"), l.issues().get(0).terms());
        assertEquals(Set.of("niet", "geen"), l.negations());
        assertEquals(Set.of("ontkent"), l.negatingVerbs());
        assertEquals(Set.of("dat", "omdat"), l.words("clauseBoundaries"));
        assertEquals(Set.of("zou", "naar verluidt"), l.words("hedges"), "hedges come from both files");
        assertEquals(Set.of(), l.words("quotes"), "a member that is no list is no word list");
        assertEquals(Set.of(), l.words("speechVerbs"), "an absent list is empty");
        assertEquals(Map.of("hij", "PERSON", "we", "SPEAKER"), l.pronouns());
        assertEquals(Map.of("het land", "STATE"), l.referringNouns());
        Object[] shift = (Object[]) l.shifts().get("SANCTIONS");
        assertEquals(Issue.SANCTIONS_RELIEF, shift[0]);
        assertEquals(Set.of("opgeheven"), shift[1]);
        assertEquals("PositionLexicon[3 cues, 3 issue terms]", l.toString());
    }

    @Test
    void aSyntaxFileWithoutObjectsHasNoPronounsNounsOrShifts() throws IOException {
        PositionLexicon l = lexicon(STANCES, ISSUES, "{}");
        assertEquals(Map.of(), l.pronouns());
        assertEquals(Map.of(), l.referringNouns());
        assertEquals(Map.of(), l.shifts());
        assertEquals(Set.of("naar verluidt"), l.words("hedges"));
    }

    @Test
    void theShippedLexiconHoldsTheDocumentedWords() {
        PositionLexicon l = PositionLexicon.defaults();
        assertTrue(l.cues().stream().anyMatch(c -> c.kind() == PositionLexicon.CueKind.PARTICLE_VERB && "af".equals(c.particle())
                && c.forms().contains("wijst") && c.joined().contains("afgewezen")));
        assertTrue(l.issues().stream().anyMatch(t -> t.issue() == Issue.CEASEFIRE && t.terms().contains("staakt-het-vuren")));
        assertTrue(l.negations().contains("niet"));
        assertTrue(l.words("clauseBoundaries").contains("omdat"));
        assertEquals("PERSON", l.pronouns().get("hij"));
        assertEquals("STATE", l.referringNouns().get("het land"));
        assertTrue(l.shifts().containsKey("SANCTIONS"));
        assertTrue(l.toString().matches("PositionLexicon\\[\\d+ cues, \\d+ issue terms]"), l.toString());
    }

    @Test
    void copiesOfTheShippedFilesLoadFromDisk(@TempDir Path dir) throws IOException {
        Path[] files = ExtractFixtures.shippedPositionFiles(dir);
        PositionLexicon mine = PositionLexicon.load(files[0], files[1], files[2]);
        PositionLexicon shipped = PositionLexicon.defaults();
        assertEquals(shipped.cues(), mine.cues());
        assertEquals(shipped.issues(), mine.issues());
        assertEquals(shipped.words("hedges"), mine.words("hedges"));
        assertEquals(shipped.pronouns(), mine.pronouns());
    }

    private static void fails(String stances, String issues, String syntax, String where) {
        DataFileException e = assertThrows(DataFileException.class, () -> lexicon(stances, issues, syntax));
        assertTrue(e.getMessage().contains(where), e.getMessage());
    }

    @Test
    void aMalformedFileNamesTheFileAndThePath() {
        fails(STANCES.replace("\"OPPOSES\"", "\"AGAINST\""), ISSUES, SYNTAX, "stances.json: $.cues[0].stance: \"AGAINST\" is not one of");
        fails(STANCES.replace("\"PHRASE\"", "\"PHRASES\""), ISSUES, SYNTAX, "stances.json: $.cues[1].kind");
        fails(STANCES.replace("[\"annexeert\"]", "[]"), ISSUES, SYNTAX, "$.cues[2].forms: a cue needs at least one form");
        fails(STANCES.replace("\"particle\": \"AF\",", ""), ISSUES, SYNTAX, "$.cues[0].particle: a PARTICLE_VERB needs its particle");
        fails(STANCES.replace("\"particle\": \"AF\"", "\"particle\": \" \""), ISSUES, SYNTAX, "$.cues[0].particle");
        fails(STANCES.replace("\"TERRITORY\"", "\"LAND\""), ISSUES, SYNTAX, "$.cues[2].issue");
        fails(STANCES, ISSUES.replace("\"wapenstilstand\"", "\"*\""), SYNTAX, "issues.json: $.issues[1].terms: a term must hold letters");
        fails(STANCES, ISSUES.replace("\"wapenstilstand\"", "\"**\""), SYNTAX, "$.issues[1].terms");
        fails(STANCES, ISSUES.replace("\"wapenstilstand\"", "\" \""), SYNTAX, "$.issues[1].terms");
        fails(STANCES, ISSUES.replace("\"CEASEFIRE\", \"terms\": [\"Staakt", "\"TRUCE\", \"terms\": [\"Staakt"), SYNTAX,
                "$.issues[0].issue");
        fails(STANCES, ISSUES, SYNTAX.replace("{\"Hij\": \"PERSON\", \"we\": \"SPEAKER\"}", "[\"hij\"]"),
                "syntax.json: $.personalPronouns: must be an object of words");
        fails(STANCES, ISSUES, SYNTAX.replace("\"SANCTIONS\": {", "\"BOYCOTT\": {"), "$.issueShifts.BOYCOTT");
        fails(STANCES, ISSUES, SYNTAX.replace("\"SANCTIONS_RELIEF\"", "\"RELIEF\""), "$.issueShifts.SANCTIONS.to");
    }

    @Test
    void anEmptyTermListAndAnEmptyCueListAreAllowed() throws IOException {
        JsonNode none = M.readTree("{\"cues\": [], \"negations\": [], \"negatingVerbs\": [], \"hedges\": []}");
        PositionLexicon l = PositionLexicon.fromJson(none, "s", M.readTree("{\"issues\": []}"), "i", M.readTree("{}"), "y");
        assertEquals(List.of(), l.cues());
        assertEquals(List.of(), l.issues());
        assertEquals("PositionLexicon[0 cues, 0 issue terms]", l.toString());
    }
}
