package io.github.peacetalks.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The command line run in-process with captured streams, as the CLI tests use it. */
record CliRun(int code, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Runs {@code peacetalks args...} and captures its exit code, stdout and stderr. */
    static CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of stdout. */
    List<String> lines() {
        return out.lines().toList();
    }

    /** Each line of stdout read as JSON. */
    List<JsonNode> json() {
        return lines().stream().map(l -> {
            try {
                JsonNode n = JSON.readTree(l);
                if (!n.isObject()) {
                    throw new AssertionError("not a JSON object: " + l);
                }
                return n;
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON line: " + l, e);
            }
        }).toList();
    }
}
