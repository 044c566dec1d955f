package io.github.peacetalks.examples.spark;

import java.io.IOException;
import java.nio.file.Path;

/** Writes a synthetic archive to try the job on: {@code Generate DIR COUNT [PARAGRAPHS]} (see docs/scaling.md). */
public final class Generate {

    private Generate() {
    }

    /** Writes {@code COUNT} articles of {@code PARAGRAPHS} paragraphs (default 1) under {@code DIR}, seeded by COUNT. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Generate DIR COUNT [PARAGRAPHS]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[1]);
        int paragraphs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        new ArticleGenerator(count, paragraphs).write(Path.of(args[0]), count);
    }
}
