package io.github.peacetalks.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the library's language-data files (JSON) as trees and gives errors that name the file and the
 * JSON path of what is wrong.
 */
public final class DataFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private DataFiles() {
    }

    /** Reads a resource that sits beside {@code anchor}'s class file. */
    public static JsonNode resource(Class<?> anchor, String name) {
        String where = anchor.getPackageName().replace('.', '/') + "/" + name;
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new DataFileException(where, "$", "resource is missing from the class path");
            }
            return read(in, where);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + where, e);
        }
    }

    /** Reads a user's data file. */
    public static JsonNode file(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        }
    }

    /** Reads JSON from a stream, naming {@code source} in errors. */
    public static JsonNode read(InputStream in, String source) throws IOException {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new DataFileException(source, "$", "the file is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String at = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new DataFileException(source, "$", "not valid JSON" + at + ": " + e.getOriginalMessage());
        } catch (CharConversionException e) {
            // bytes that are not text in the encoding Jackson detected (e.g. invalid UTF-32): bad content, not bad I/O
            throw new DataFileException(source, "$", "not valid JSON: " + e.getMessage());
        }
    }

    /** The object member {@code name}, which must be present. */
    public static JsonNode required(JsonNode node, String name, String source, String path) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw new DataFileException(source, path + "." + name, "is required");
        }
        return v;
    }

    /** A required text member. */
    public static String text(JsonNode node, String name, String source, String path) {
        JsonNode v = required(node, name, source, path);
        if (!v.isTextual()) {
            throw new DataFileException(source, path + "." + name, "must be a string, not " + v.getNodeType());
        }
        return v.asText();
    }

    /** An optional text member, or {@code fallback}. */
    public static String text(JsonNode node, String name, String fallback, String source, String path) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual()) {
            throw new DataFileException(source, path + "." + name, "must be a string, not " + v.getNodeType());
        }
        return v.asText();
    }

    /** An optional list of strings (empty when absent). */
    public static List<String> strings(JsonNode node, String name, String source, String path) {
        JsonNode v = node.get(name);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new DataFileException(source, path + "." + name, "must be an array of strings, not " + v.getNodeType());
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            if (!e.isTextual()) {
                throw new DataFileException(source, path + "." + name + "[" + i + "]", "must be a string, not " + e.getNodeType());
            }
            out.add(e.asText());
        }
        return out;
    }

    /** An optional array member (an empty array node when absent). */
    public static JsonNode array(JsonNode node, String name, String source, String path) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return MAPPER.createArrayNode();
        }
        if (!v.isArray()) {
            throw new DataFileException(source, path + "." + name, "must be an array, not " + v.getNodeType());
        }
        return v;
    }
}
