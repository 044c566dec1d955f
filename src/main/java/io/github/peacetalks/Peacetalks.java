package io.github.peacetalks;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's front door: parse a file, a directory or a string of dated Dutch news into {@link Article}s.
 * Every method delegates to a lenient {@link SourceParser}; use {@link #parser()} for other settings.
 */
public final class Peacetalks {

    private static final Logger LOG = LoggerFactory.getLogger(Peacetalks.class);

    private Peacetalks() {
    }

    /**
     * Parses a file, or every {@code .txt} file under a directory (recursively, in name order). Files that
     * cannot be read are logged and skipped; use {@link SourceParser#walk} to handle them yourself.
     *
     * @throws NoSuchFileException when {@code path} does not exist
     */
    public static List<Article> parse(Path path) throws IOException {
        try (Stream<Article> s = stream(path)) {
            return s.toList();
        }
    }

    /** Parses a text as one article (id {@code "text"}). */
    public static Article parse(String text) {
        return SourceParser.lenient().parseArticle(text, "text");
    }

    /**
     * The articles under {@code path}, read lazily: a directory of any size is never held in memory at once.
     *
     * @throws NoSuchFileException when {@code path} does not exist
     */
    public static Stream<Article> stream(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        return SourceParser.lenient().walk(path, Peacetalks::log);
    }

    /** A builder for a parser with other settings (strict mode, own boilerplate rules, another file glob). */
    public static SourceParser.Builder parser() {
        return SourceParser.builder();
    }

    private static void log(Problem p) {
        LOG.warn("{}", p);
    }
}
