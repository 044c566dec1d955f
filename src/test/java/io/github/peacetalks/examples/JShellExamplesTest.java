package io.github.peacetalks.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacetalks.Peacetalks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;

/**
 * Runs every JShell script in {@code examples/} against the library, so the examples users copy never rot.
 * A script states what its output must show in {@code // EXPECT: text} lines.
 */
class JShellExamplesTest {

    @TestFactory
    Stream<DynamicTest> everyScriptRunsAndShowsWhatItPromises() throws IOException {
        List<Path> scripts;
        try (Stream<Path> s = Files.list(Path.of("examples"))) {
            scripts = s.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
        }
        assertFalse(scripts.isEmpty(), "examples/ holds JShell scripts");
        return scripts.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> run(p)));
    }

    private static void run(Path script) throws IOException, URISyntaxException {
        String text = Files.readString(script);
        StringBuilder code = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("// EXPECT:")) {
                expected.add(t.substring("// EXPECT:".length()).strip());
            } else if (!t.startsWith("/") || t.startsWith("//")) {
                code.append(line).append('\n');
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        // the local engine runs snippets in this JVM, so their System.out is ours: capture it while they run
        PrintStream saved = System.out;
        System.setOut(ps);
        try (JShell shell = JShell.builder().out(ps).err(ps).executionEngine("local").build()) {
            for (Class<?> c : List.of(Peacetalks.class, ObjectMapper.class, JsonParser.class, JsonProperty.class, Logger.class)) {
                shell.addToClasspath(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            String remaining = code.toString();
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
                if (info.source() == null || info.source().isBlank()) {
                    break;
                }
                for (SnippetEvent e : shell.eval(info.source())) {
                    if (e.status() == Snippet.Status.REJECTED) {
                        fail(script + ": rejected: " + info.source().strip() + "\n"
                                + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
                    }
                    if (e.exception() != null) {
                        fail(script + ": threw " + e.exception() + " in: " + info.source().strip());
                    }
                }
                remaining = info.remaining();
            }
        } finally {
            System.setOut(saved);
        }
        String output = out.toString(StandardCharsets.UTF_8);
        for (String e : expected) {
            assertTrue(output.contains(e), script + " shows \"" + e + "\" in:\n" + output);
        }
    }
}
