package io.github.peacetalks.source;

import io.github.peacetalks.model.Problem;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The files under a directory, depth first, each directory's entries in name order. Only one directory's
 * listing is held per level, so a corpus of any size is walked in little memory. Links to directories are
 * not followed (no loops); unlistable directories are reported and skipped.
 */
final class DirectoryWalk implements Iterator<Path> {

    private final Predicate<Path> filter;
    private final Consumer<Problem> onProblem;
    private final Deque<Iterator<Path>> stack = new ArrayDeque<>();
    private final Path root;
    private final long maxFiles;
    private long given;
    private Path next;

    DirectoryWalk(Path root, Predicate<Path> filter, Consumer<Problem> onProblem, long maxFiles) {
        this.filter = filter;
        this.onProblem = onProblem;
        this.root = root;
        this.maxFiles = maxFiles;
        push(root);
    }

    private void push(Path dir) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
            for (Path p : ds) {
                entries.add(p);
            }
        } catch (IOException | SecurityException e) {
            onProblem.accept(new Problem(dir.toString(), 0, 0, "cannot list directory: " + SourceParser.describe(e)));
            return;
        }
        entries.sort(Comparator.comparing(p -> String.valueOf(p.getFileName())));
        stack.push(entries.iterator());
    }

    @Override
    public boolean hasNext() {
        while (next == null && !stack.isEmpty()) {
            Iterator<Path> top = stack.peek();
            if (!top.hasNext()) {
                stack.pop();
                continue;
            }
            Path p = top.next();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                push(p);
            } else if (filter.test(p)) {
                if (Files.isRegularFile(p)) {
                    if (given == maxFiles) {
                        stack.clear();
                        onProblem.accept(new Problem(root.toString(), 0, 0,
                                "more than " + maxFiles + " files; the limit is reached and the rest are skipped"));
                        break;
                    }
                    given++;
                    next = p;
                } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                    onProblem.accept(new Problem(p.toString(), 0, 0, "broken symbolic link"));
                } else if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                    onProblem.accept(new Problem(p.toString(), 0, 0, "cannot read: the file vanished during the walk"));
                } else if (!Files.isDirectory(p)) {
                    onProblem.accept(new Problem(p.toString(), 0, 0, "not a regular file; skipped"));
                }
            }
        }
        return next != null;
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path p = next;
        next = null;
        return p;
    }
}
