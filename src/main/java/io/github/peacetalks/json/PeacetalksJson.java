package io.github.peacetalks.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.DatePrecision;
import io.github.peacetalks.model.Dating;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.Problem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Writes and reads articles as JSON. {@link #write} gives the full form: the ontology's fields ({@code id, date,
 * datePrecision, title, text, actors, positions}) followed by the library's own ({@code origin, originOffset,
 * parts, problems}), so a record reads back equal to the one written. {@link #writeOntology} gives the ontology's
 * fields only. Reading takes either; unknown fields are ignored, so files written by a later version still
 * load. Thread-safe.
 */
public final class PeacetalksJson {

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectMapper ONTOLOGY = createMapper(false);

    private PeacetalksJson() {
    }

    /** A new mapper that knows the library's records; configure it further as you like. */
    public static ObjectMapper createMapper() {
        return createMapper(true);
    }

    private static ObjectMapper createMapper(boolean full) {
        SimpleModule module = new SimpleModule("peacetalks");
        module.addSerializer(PartialDate.class, new DateSerializer());
        module.addDeserializer(PartialDate.class, new DateDeserializer());
        module.addSerializer(Article.class, new ArticleSerializer(full));
        module.addDeserializer(Article.class, new ArticleDeserializer());
        return JsonMapper.builder()
                .addModule(module)
                .disable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    /** One article as one line of JSON (no line breaks inside). */
    public static String write(Article article) {
        try {
            return MAPPER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + article.id() + " as JSON", e);
        }
    }

    /** One article as one line of JSON with the ontology's fields only (no parts, origin or problems). */
    public static String writeOntology(Article article) {
        try {
            return ONTOLOGY.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + article.id() + " as JSON", e);
        }
    }

    /** Writes the article as one line of JSON followed by a line feed. */
    public static void writeLine(Article article, Writer out) throws IOException {
        out.write(write(article));
        out.write('\n');
    }

    /** Reads one article from its JSON. */
    public static Article read(String json) throws IOException {
        return MAPPER.readValue(json, Article.class);
    }

    /** Reads a JSON array of articles. */
    public static List<Article> readArray(Reader in) throws IOException {
        CollectionType type = MAPPER.getTypeFactory().constructCollectionType(List.class, Article.class);
        return MAPPER.readValue(in, type);
    }

    /**
     * Reads JSON Lines lazily, one article per non-blank line; a line that is not an article fails with its line
     * number.
     */
    public static Stream<Article> readLines(Reader in, String source) {
        BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in);
        Spliterator<Article> s = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL) {
            private int line;

            @Override
            public boolean tryAdvance(Consumer<? super Article> action) {
                try {
                    String l;
                    do {
                        l = r.readLine();
                        line++;
                        if (l == null) {
                            return false;
                        }
                    } while (l.isBlank());
                    try {
                        action.accept(read(l));
                    } catch (IOException | IllegalArgumentException | NullPointerException e) {
                        throw new IllegalArgumentException(source + ":" + line + ": not an article: " + e.getMessage(), e);
                    }
                    return true;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + source, e);
                }
            }
        };
        return StreamSupport.stream(s, false);
    }

    private static final class DateSerializer extends StdSerializer<PartialDate> {
        private static final long serialVersionUID = 1L;

        DateSerializer() {
            super(PartialDate.class);
        }

        @Override
        public void serialize(PartialDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }

    private static final class DateDeserializer extends StdDeserializer<PartialDate> {
        private static final long serialVersionUID = 1L;

        DateDeserializer() {
            super(PartialDate.class);
        }

        @Override
        public PartialDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = p.getValueAsString();
            if (s == null) {
                return (PartialDate) ctxt.handleUnexpectedToken(PartialDate.class, p);
            }
            try {
                return PartialDate.parse(s);
            } catch (IllegalArgumentException e) {
                return (PartialDate) ctxt.handleWeirdStringValue(PartialDate.class, s, e.getMessage());
            }
        }
    }

    private static final class ArticleSerializer extends StdSerializer<Article> {
        private static final long serialVersionUID = 1L;

        private final boolean full;

        ArticleSerializer(boolean full) {
            super(Article.class);
            this.full = full;
        }

        @Override
        public void serialize(Article a, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            if (a.date() == null) {
                g.writeNullField("date");
            } else {
                g.writeStringField("date", a.date().toString());
            }
            g.writeStringField("datePrecision", a.datePrecision().name());
            g.writeStringField("title", a.title());
            g.writeStringField("text", a.text());
            provider.defaultSerializeField("actors", a.actors(), g);
            provider.defaultSerializeField("positions", a.positions(), g);
            if (a.dating() != null) {
                provider.defaultSerializeField("dating", a.dating(), g);
            }
            if (!full) {
                g.writeEndObject();
                return;
            }
            g.writeStringField("origin", a.origin());
            g.writeNumberField("originOffset", a.originOffset());
            provider.defaultSerializeField("parts", a.parts(), g);
            provider.defaultSerializeField("problems", a.problems(), g);
            g.writeEndObject();
        }
    }

    private static final class ArticleDeserializer extends StdDeserializer<Article> {
        private static final long serialVersionUID = 1L;

        ArticleDeserializer() {
            super(Article.class);
        }

        @Override
        public Article deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode n = p.readValueAsTree();
            if (n == null || !n.isObject()) {
                return (Article) ctxt.handleUnexpectedToken(Article.class, p);
            }
            ObjectMapper m = (ObjectMapper) p.getCodec();
            JsonNode id = n.get("id");
            if (id == null || !id.isTextual()) {
                throw ctxt.weirdStringException(String.valueOf(id), Article.class, "an article needs a string \"id\"");
            }
            PartialDate date = null;
            JsonNode d = n.get("date");
            if (d != null && !d.isNull()) {
                try {
                    date = PartialDate.parse(d.asText());
                } catch (IllegalArgumentException e) {
                    throw ctxt.weirdStringException(d.asText(), PartialDate.class, e.getMessage());
                }
                JsonNode prec = n.get("datePrecision");
                if (prec != null && !prec.isNull() && !prec.asText().equals(date.precision().name())) {
                    throw ctxt.weirdStringException(prec.asText(), DatePrecision.class,
                            "datePrecision does not agree with date " + date);
                }
            }
            String origin = n.hasNonNull("origin") ? n.get("origin").asText() : id.asText();
            int offset = n.path("originOffset").asInt(0);
            List<Part> parts = n.hasNonNull("parts") ? list(m, n.get("parts"), Part.class) : synthesize(n);
            List<Problem> problems = list(m, n.get("problems"), Problem.class);
            List<Actor> actors = list(m, n.get("actors"), Actor.class);
            List<Position> positions = list(m, n.get("positions"), Position.class);
            try {
                Dating dating = n.hasNonNull("dating") ? m.treeToValue(n.get("dating"), Dating.class) : null;
                return new Article(id.asText(), origin, offset, date, parts, problems, actors, positions, dating);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ctxt.instantiationException(Article.class, e);
            }
        }

        /**
         * Parts rebuilt from {@code title} and {@code text} when the JSON has no parts (the ontology's form): the
         * title, then one paragraph per blank-line-separated block. Offsets then point into this rebuilt text.
         */
        private static List<Part> synthesize(JsonNode n) {
            List<Part> parts = new java.util.ArrayList<>();
            int at = 0;
            String title = n.hasNonNull("title") ? n.get("title").asText() : null;
            if (title != null && !title.isEmpty()) {
                parts.add(new Part(io.github.peacetalks.model.PartKind.TITLE, 0, title.length(), title, null));
                at = title.length();
            }
            String text = n.hasNonNull("text") ? n.get("text").asText() : "";
            for (String block : text.split("\n\n")) {
                if (block.isEmpty()) {
                    continue;
                }
                if (at > 0) {
                    parts.add(new Part(io.github.peacetalks.model.PartKind.SPACE, at, at + 2, "\n\n", null));
                    at += 2;
                }
                parts.add(new Part(io.github.peacetalks.model.PartKind.PARAGRAPH, at, at + block.length(), block, null));
                at += block.length();
            }
            return parts;
        }

        private static <T> List<T> list(ObjectMapper m, JsonNode node, Class<T> type) throws IOException {
            if (node == null || node.isNull()) {
                return List.of();
            }
            CollectionType t = m.getTypeFactory().constructCollectionType(List.class, type);
            return m.readerFor(t).readValue(m.treeAsTokens(node));
        }
    }
}
