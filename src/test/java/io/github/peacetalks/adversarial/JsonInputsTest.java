package io.github.peacetalks.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacetalks.extract.Extractor;
import io.github.peacetalks.json.PeacetalksJson;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved corpora from elsewhere: unknown fields and polymorphic-type payloads. Outcomes in docs/quality.md. */
class JsonInputsTest {

    /** Would record its construction if Jackson ever instantiated it from a type id in the input. */
    public static final class Canary {
        static volatile boolean built;

        public Canary() {
            built = true;
        }
    }

    private static Article sample() {
        return Extractor.defaults().extract(SourceParser.lenient().parseArticle(
                "date 2023-02-15 Kop\n\nPoetin wijst vredesbesprekingen af.\n", "s"));
    }

    @Test
    void theMapperHasNoDefaultTyping() {
        for (ObjectMapper m : List.of(PeacetalksJson.createMapper())) {
            assertNull(m.getDeserializationConfig().getDefaultTyper(m.constructType(Object.class)));
            assertNull(m.getSerializationConfig().getDefaultTyper(m.constructType(Object.class)));
        }
    }

    @Test
    void aSavedLineWithUnknownFieldsLoads(@TempDir Path dir) throws IOException {
        Article a = sample();
        assertFalse(a.positions().isEmpty());
        String line = PeacetalksJson.write(a);
        String extended = "{\"futureField\":{\"deep\":[1,2,{\"x\":null}]},\"schema\":99," + line.substring(1, line.length() - 1)
                + ",\"trailing\":\"unknown\"}";
        String inner = extended.replaceFirst("\"positions\":\\[\\{", "\"positions\":[{\"confidence\":0.5,");
        Path file = dir.resolve("saved.jsonl");
        Files.writeString(file, line + "\n" + inner + "\n", StandardCharsets.UTF_8);
        Corpus c = Corpus.readJsonLines(file);
        assertEquals(2, c.size());
        assertEquals(a, c.articles().get(0));
        assertEquals(a, c.articles().get(1), "unknown fields, at the top and inside a position, are ignored");
    }

    @Test
    void aPolymorphicTypePayloadIsNotInstantiated() throws IOException {
        Canary.built = false;
        String canary = Canary.class.getName();
        String line = PeacetalksJson.write(sample());
        String body = line.substring(1, line.length() - 1);
        String[] payloads = {
            "{\"@class\":\"" + canary + "\"," + body + "}",
            "{\"@type\":\"" + canary + "\"," + body + ",\"extra\":{\"@class\":\"" + canary + "\"}}",
            "{" + body + ",\"gadget\":[\"" + canary + "\",{}]}",
            "[\"" + canary + "\",{" + body + "}]",
        };
        for (String p : payloads) {
            try {
                Article a = PeacetalksJson.read(p);
                assertEquals(sample().id(), a.id());
            } catch (IOException | IllegalArgumentException e) {
                // refusing the payload is fine too; instantiating its type is not
            }
            assertFalse(Canary.built, "no type from the input is instantiated: " + p);
        }
    }
}
