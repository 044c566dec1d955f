package io.github.peacetalks.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.peacetalks.extract.ActorLexicon;
import io.github.peacetalks.extract.PositionLexicon;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.internal.DataFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lexicon loaders on arbitrary JSON: a document either loads or fails with the documented {@link
 * DataFileException}, which names the source and the JSON path; nothing else escapes.
 */
class LexiconFuzzTest {

    private static final JsonNode STANCES = DataFiles.resource(PositionLexicon.class, "stances.json");
    private static final JsonNode ISSUES = DataFiles.resource(PositionLexicon.class, "issues.json");
    private static final JsonNode SYNTAX = DataFiles.resource(PositionLexicon.class, "syntax.json");

    /** The bytes as an {@code actors.json}. */
    @FuzzTest
    void actorLexicon(byte[] input) {
        JsonNode root = json(input);
        if (root == null) {
            return;
        }
        try {
            ActorLexicon.fromJson(root, "fuzz.json");
        } catch (DataFileException expected) {
            // documented
        }
    }

    /**
     * The bytes as a JSON object whose members {@code stances}, {@code issues} and {@code syntax} stand in for
     * those files; a missing member is the library's own file.
     */
    @FuzzTest
    void positionLexicon(byte[] input) {
        JsonNode root = json(input);
        if (root == null) {
            return;
        }
        try {
            PositionLexicon.fromJson(member(root, "stances", STANCES), "stances.json", member(root, "issues", ISSUES),
                    "issues.json", member(root, "syntax", SYNTAX), "syntax.json");
        } catch (DataFileException expected) {
            // documented
        }
    }

    private static JsonNode member(JsonNode root, String name, JsonNode fallback) {
        return root.isObject() && root.has(name) ? root.get(name) : fallback;
    }

    /** The parsed document, or null when the bytes are not JSON (a DataFileException of the reader). */
    private static JsonNode json(byte[] input) {
        try {
            return DataFiles.read(new ByteArrayInputStream(input), "fuzz.json");
        } catch (DataFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
