package io.github.peacetalks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report builds on the model and the query packages; they never reach back into it. */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/peacetalks");
    private static final Pattern PROJECT_NAME = Pattern.compile("io\\.github\\.peacetalks\\.(\\w+)");

    private static List<Path> javaFiles(String pkg) throws IOException {
        try (Stream<Path> s = Files.list(SOURCES.resolve(pkg))) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void reportUsesOnlyModelAndQuery() throws IOException {
        List<Path> files = javaFiles("report");
        assertFalse(files.isEmpty(), "run from the project directory");
        for (Path f : files) {
            Matcher m = PROJECT_NAME.matcher(Files.readString(f));
            while (m.find()) {
                assertTrue(List.of("model", "query", "report").contains(m.group(1)), f + " uses " + m.group());
            }
        }
    }

    @Test
    void modelAndQueryDoNotKnowTheReport() throws IOException {
        for (String pkg : List.of("model", "query")) {
            List<Path> files = javaFiles(pkg);
            assertFalse(files.isEmpty(), pkg);
            for (Path f : files) {
                assertEquals(-1, Files.readString(f).indexOf("peacetalks.report"), f.toString());
            }
        }
    }
}
