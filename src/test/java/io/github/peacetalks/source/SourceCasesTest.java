package io.github.peacetalks.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacetalks.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives the parser with hand-written articles in every header and boilerplate variant, against the expectations
 * a careful reader wrote down in {@code cases.json} beside them.
 */
class SourceCasesTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = SourceCasesTest.class.getResourceAsStream("cases/cases.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : root) {
                String name = c.get("file").asText() + (c.path("member").isNull() || c.path("member").isMissingNode()
                        ? "" : " #" + c.get("member").asInt());
                out.add(Arguments.of(name, c));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parsesAsACarefulReaderWould(String name, JsonNode c) throws IOException, URISyntaxException {
        Path file = Path.of(SourceCasesTest.class.getResource("cases/" + c.get("file").asText()).toURI());
        List<Article> articles = SourceParser.lenient().parse(file);
        Article a;
        if (c.path("member").isInt()) {
            int member = c.get("member").asInt();
            assertTrue(articles.size() >= member, "the stream holds member " + member);
            a = articles.get(member - 1);
            assertTrue(a.id().endsWith("#" + member), a.id());
        } else {
            assertEquals(1, articles.size(), "one article per file");
            a = articles.get(0);
        }
        assertEquals(text(c, "date"), a.date() == null ? null : a.date().toString(), "date");
        assertEquals(c.get("datePrecision").asText(), a.datePrecision().name(), "date precision");
        assertEquals(norm(text(c, "title")), norm(a.title()), "title");
        String body = norm(a.text());
        for (JsonNode s : c.get("mustContain")) {
            assertTrue(body.contains(norm(s.asText())), "body keeps: " + s.asText());
        }
        for (JsonNode s : c.get("mustNotContain")) {
            assertFalse(body.contains(norm(s.asText())), "body drops: " + s.asText());
        }
        assertEquals(c.path("problems").asInt(0), a.problems().size(), "problems: " + a.problems());
        for (var p : a.problems()) {
            assertNotNull(p.source());
            assertTrue(p.line() >= 1 && p.column() >= 1, "problems are located: " + p);
        }
        assertEquals(a.source(), a.parts().stream().map(x -> x.text()).reduce("", String::concat));
    }

    private static String text(JsonNode c, String field) {
        JsonNode v = c.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static String norm(String s) {
        return s == null ? null : String.join(" ", s.trim().split("[\\s\\u00A0]+"));
    }
}
