package io.github.peacetalks.cli;

import io.github.peacetalks.model.Article;
import java.io.PrintWriter;

/** A one-line progress count on stderr, redrawn at most a few times a second; silent when off. */
final class Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean on;
    private long articles;
    private long chars;
    private long last = System.nanoTime();
    private boolean shown;

    Progress(PrintWriter err, boolean on) {
        this.err = err;
        this.on = on;
    }

    void tick(Article a) {
        articles++;
        chars += a.length();
        if (!on) {
            return;
        }
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS) {
            last = now;
            err.printf("\r%,d articles, %,d characters", articles, chars);
            err.flush();
            shown = true;
        }
    }

    /** Removes the progress line before other output on stderr. */
    void clear() {
        if (shown) {
            err.print("\r\033[K");
            err.flush();
            shown = false;
        }
    }

    void done() {
        if (on && articles > 0) {
            clear();
            err.printf("%,d articles, %,d characters%n", articles, chars);
            err.flush();
        }
    }
}
