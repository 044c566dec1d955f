package io.github.peacetalks.extract;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the extraction tests share: a body run through the default extractor as an article dated Wednesday
 * 15 February 2023, positions and conditions written as short strings, and copies of the shipped lexicon files.
 */
final class ExtractFixtures {

    private ExtractFixtures() {
    }

    /** The body as an extracted article dated 2023-02-15, titled "Kop". */
    static Article article(String body) {
        return Extractor.defaults().extract(SourceParser.lenient().parseArticle(" date 2023-02-15 Kop\n\n" + body, "t"));
    }

    /** The positions of {@link #article}. */
    static List<Position> positionList(String body) {
        return article(body).positions();
    }

    /** The positions as "holder STANCE ISSUE", sorted. */
    static Set<String> positions(String body) {
        return positionList(body).stream().map(p -> p.holder().id() + " " + p.stance() + " " + p.issue())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** An expected set written as "A; B" ("-" for none), in the form of {@link #positions}. */
    static Set<String> expected(String list) {
        return list.equals("-") ? Set.of()
                : Arrays.stream(list.split(";")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A condition as "ISSUE of actor-id", or "ISSUE of -" when it is required of nobody. */
    static String condition(Condition c) {
        return c.issue() + " of " + (c.requiredOf() == null ? "-" : c.requiredOf().id());
    }

    /** Copies of the shipped stances.json, issues.json and syntax.json in {@code dir}, in that order. */
    static Path[] shippedPositionFiles(Path dir) throws IOException {
        String[] names = {"stances.json", "issues.json", "syntax.json"};
        Path[] files = new Path[names.length];
        for (int i = 0; i < names.length; i++) {
            files[i] = dir.resolve(names[i]);
            try (InputStream in = PositionLexicon.class.getResourceAsStream(names[i])) {
                Files.write(files[i], in.readAllBytes());
            }
        }
        return files;
    }
}
