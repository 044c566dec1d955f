package io.github.peacetalks.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.Evidence;
import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Stance;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeacetalksJsonTest {

    private static final String SOURCE = " date 2022-02 Moskou wil praten in Minsk\n\nHet Kremlin eist dat Oekraïne neutraal wordt.";

    private static Article extracted() {
        Article a = SourceParser.lenient().parseArticle(SOURCE, "003_x");
        Actor rus = Actor.state("RUS", "Russia");
        Actor ukr = Actor.state("UKR", "Ukraine");
        String sentence = "Het Kremlin eist dat Oekraïne neutraal wordt.";
        int b = SOURCE.indexOf(sentence);
        Position p = new Position(rus, Stance.DEMANDS, Issue.NEUTRALITY, ukr,
                List.of(new Condition(Issue.NEUTRALITY, ukr, "dat Oekraïne neutraal wordt")), Attribution.REPORTED, false,
                PartialDate.ofMonth(2022, 2), new Evidence(sentence, b, b + sentence.length()));
        return a.withExtraction(List.of(rus, ukr), List.of(p));
    }

    @Test
    void writesTheOntologyFieldsFirstAndByTheirNames() throws IOException {
        String json = PeacetalksJson.write(extracted());
        assertTrue(!json.contains("\n"), "one line");
        JsonNode n = new ObjectMapper().readTree(json);
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        assertEquals(List.of("id", "date", "datePrecision", "title", "text", "actors", "positions"), names.subList(0, 7));
        assertEquals("2022-02", n.get("date").asText());
        assertEquals("MONTH", n.get("datePrecision").asText());
        assertEquals("Moskou wil praten in Minsk", n.get("title").asText());
        JsonNode actor = n.get("actors").get(0);
        assertEquals("RUS", actor.get("id").asText());
        assertEquals("STATE", actor.get("kind").asText());
        assertEquals("Russia", actor.get("name").asText());
        assertTrue(actor.has("affiliation") && actor.get("affiliation").isNull());
        JsonNode pos = n.get("positions").get(0);
        for (String f : List.of("holder", "stance", "issue", "counterpart", "conditions", "attribution", "hedged", "date", "evidence")) {
            assertTrue(pos.has(f), "position field " + f);
        }
        assertEquals(9, pos.size(), "no other position fields: " + pos);
        assertEquals("DEMANDS", pos.get("stance").asText());
        assertEquals("2022-02", pos.get("date").asText());
        JsonNode ev = pos.get("evidence");
        assertEquals(SOURCE.indexOf("Het Kremlin"), ev.get("begin").asInt());
        JsonNode cond = pos.get("conditions").get(0);
        assertEquals(List.of("issue", "requiredOf", "text"), iterate(cond.fieldNames()));
    }

    private static List<String> iterate(Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void theOntologyFormHasExactlyItsFieldsAndReadsBack() throws IOException {
        Article a = extracted();
        JsonNode n = new ObjectMapper().readTree(PeacetalksJson.writeOntology(a));
        assertEquals(List.of("id", "date", "datePrecision", "title", "text", "actors", "positions"), iterate(n.fieldNames()));
        Article back = PeacetalksJson.read(PeacetalksJson.writeOntology(a));
        assertEquals(a.title(), back.title());
        assertEquals(a.text(), back.text());
        assertEquals(a.date(), back.date());
        assertEquals(a.positions(), back.positions());
        assertEquals(a.actors(), back.actors());
    }

    @Test
    void roundTripsToAnEqualRecord() throws IOException {
        Article a = extracted();
        assertEquals(a, PeacetalksJson.read(PeacetalksJson.write(a)));
    }

    @Test
    void anUndatedArticleHasNullDateAndPrecisionNone() throws IOException {
        Article a = SourceParser.lenient().parseArticle("De gesprekken duurden lang.", "x");
        JsonNode n = new ObjectMapper().readTree(PeacetalksJson.write(a));
        assertTrue(n.get("date").isNull());
        assertEquals("NONE", n.get("datePrecision").asText());
        assertTrue(n.get("title").isNull());
    }

    @Test
    void unknownFieldsAreIgnoredAndBadValuesRejected() throws IOException {
        Article a = PeacetalksJson.read("{\"id\": \"x\", \"date\": \"2023\", \"somethingNew\": [1, 2]}");
        assertEquals(PartialDate.ofYear(2023), a.date());
        assertThrows(IOException.class, () -> PeacetalksJson.read("{\"id\": \"x\", \"date\": \"2023-13\"}"));
        assertThrows(IOException.class, () -> PeacetalksJson.read("{\"date\": \"2023\"}"));
        assertThrows(IOException.class, () -> PeacetalksJson.read("{\"id\": \"x\", \"date\": \"2023\", \"datePrecision\": \"DAY\"}"));
        assertThrows(IOException.class, () -> PeacetalksJson.read(
                "{\"id\": \"x\", \"actors\": [{\"id\": \"java.lang.Runtime\", \"kind\": \"STATE\", \"name\": \"x\"}]}"));
    }

    @Test
    void readsJsonLinesLazilyAndNamesABadLine() {
        String lines = PeacetalksJson.write(extracted()) + "\n\n" + PeacetalksJson.write(extracted()) + "\n";
        assertEquals(2, PeacetalksJson.readLines(new StringReader(lines), "c.jsonl").count());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeacetalksJson.readLines(new StringReader(lines + "{oops\n"), "c.jsonl").toList());
        assertTrue(e.getMessage().startsWith("c.jsonl:4:"), e.getMessage());
    }
}
