package io.github.peacetalks.adversarial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.query.Corpus;
import io.github.peacetalks.source.SourceException;
import io.github.peacetalks.source.SourceParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile directories for {@link SourceParser#walk} and {@link Corpus#load}: each bad entry is reported once, under
 * its own name, and every good file is still read. Outcomes are listed in docs/quality.md.
 */
class DirectoryInputsTest {

    private static void article(Path file, String title) throws IOException {
        Files.writeString(file, "date 2022-03-01 " + title + "\n\nTekst.\n");
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
    }

    private static List<String> titles(SourceParser parser, Path dir, List<Problem> problems) {
        return parser.walk(dir, problems::add).map(Article::title).toList();
    }

    @Test
    void symbolicLinkLoopsAreReportedAndNotFollowed(@TempDir Path dir) throws IOException {
        article(dir.resolve("a.txt"), "Eerste");
        link(dir.resolve("self.txt"), dir.resolve("self.txt"));
        link(dir.resolve("ping.txt"), dir.resolve("pong.txt"));
        link(dir.resolve("pong.txt"), dir.resolve("ping.txt"));
        Files.createDirectories(dir.resolve("sub"));
        link(dir.resolve("sub/up.txt"), dir);
        link(dir.resolve("sub/loop"), dir.resolve("sub"));
        article(dir.resolve("z.txt"), "Laatste");
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of("Eerste", "Laatste"), titles(SourceParser.lenient(), dir, problems));
        assertEquals(List.of("ping.txt", "pong.txt", "self.txt"),
                problems.stream().map(p -> Path.of(p.source()).getFileName().toString()).toList(), problems.toString());
        assertTrue(problems.stream().allMatch(p -> p.message().contains("symbolic link")), problems.toString());
    }

    @Test
    void unreadableEntriesAreReportedOneByOne(@TempDir Path dir) throws IOException {
        article(dir.resolve("a.txt"), "Eerste");
        link(dir.resolve("b.txt"), dir.resolve("missing.txt"));
        Files.createDirectories(dir.resolve("c.txt"));
        article(dir.resolve("c.txt/inner.txt"), "Binnen");
        article(dir.resolve("d.txt"), "Laatste");
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of("Eerste", "Binnen", "Laatste"), titles(SourceParser.lenient(), dir, problems),
                "a directory named c.txt is walked as a directory");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).source().endsWith("b.txt"));
        assertEquals(0, problems.get(0).line());
        SourceException e = assertThrows(SourceException.class, () -> titles(SourceParser.strict(), dir, new ArrayList<>()));
        assertTrue(e.problem().source().endsWith("b.txt"), e.getMessage());
        List<Problem> seen = new ArrayList<>();
        Corpus c = Corpus.loader().onProblem(seen::add).load(dir);
        assertEquals(3, c.size());
        assertEquals(problems, c.problems());
        assertEquals(problems, seen);
    }

    @Test
    void aFileThatVanishesDuringTheWalkIsReported(@TempDir Path dir) throws IOException {
        article(dir.resolve("a.txt"), "Eerste");
        link(dir.resolve("b.txt"), dir.resolve("missing.txt"));
        article(dir.resolve("c.txt"), "Verdwijnt na de lijst");
        article(dir.resolve("d.txt"), "Verdwijnt voor het lezen");
        article(dir.resolve("e.txt"), "Laatste");
        List<Problem> problems = new ArrayList<>();
        // c.txt is deleted from the callback, after the directory was listed
        SourceParser parser = SourceParser.builder().fileFilter(p -> {
            if (p.getFileName().toString().equals("d.txt")) {
                try {
                    Files.delete(p); // between the filter's yes and the read
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return true;
            }
            return p.getFileName().toString().endsWith(".txt");
        }).build();
        List<String> titles = parser.walk(dir, p -> {
            problems.add(p);
            try {
                Files.deleteIfExists(dir.resolve("c.txt"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).map(Article::title).toList();
        assertEquals(List.of("Eerste", "Laatste"), titles);
        assertEquals(List.of("b.txt", "c.txt", "d.txt"),
                problems.stream().map(p -> Path.of(p.source()).getFileName().toString()).toList(), problems.toString());
        assertTrue(problems.get(1).message().contains("vanished"), problems.get(1).toString());
        assertTrue(problems.get(2).message().contains("vanished"), problems.get(2).toString());
    }

    @Test
    void aFileThatVanishesBetweenListingAndReadingIsReported(@TempDir Path dir) throws IOException {
        article(dir.resolve("a.txt"), "Eerste");
        article(dir.resolve("b.txt"), "Verdwijnt");
        article(dir.resolve("c.txt"), "Laatste");
        List<Problem> problems = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        SourceParser.lenient().walk(dir, problems::add).forEach(a -> {
            titles.add(a.title());
            if (a.title().equals("Eerste")) {
                try {
                    Files.delete(dir.resolve("b.txt")); // listed already; the walk has not reached it yet
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        assertEquals(List.of("Eerste", "Laatste"), titles);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).source().endsWith("b.txt"));
    }

    @Test
    void binaryFilesAreReadWithTheirBadBytesReported(@TempDir Path dir) throws IOException {
        article(dir.resolve("a.txt"), "Eerste");
        byte[] noise = new byte[1 << 20];
        new Random(42).nextBytes(noise);
        Files.write(dir.resolve("b.txt"), noise);
        Files.write(dir.resolve("c.png"), noise);
        article(dir.resolve("d.txt"), "Laatste");
        List<Problem> walkProblems = new ArrayList<>();
        List<Article> all = SourceParser.lenient().walk(dir, walkProblems::add).toList();
        assertTrue(walkProblems.isEmpty(), "a binary file is still a readable file: " + walkProblems);
        assertEquals("Eerste", all.get(0).title());
        assertEquals("Laatste", all.get(all.size() - 1).title());
        List<Article> binary = all.subList(1, all.size() - 1);
        assertFalse(binary.isEmpty());
        assertTrue(binary.stream().allMatch(a -> a.origin().endsWith("b.txt")), "the .png is not read");
        long reported = binary.stream().mapToLong(a -> a.problems().size()).sum();
        assertEquals(21, reported, "20 bad sequences listed and one line saying more follow");
        Corpus c = Corpus.load(dir);
        assertTrue(c.articles().stream().anyMatch(a -> "Laatste".equals(a.title())));
    }

    @Test
    void oddFileNamesAreReadAndNamed(@TempDir Path dir) throws IOException {
        List<String> names = new ArrayList<>(List.of("spatie naam.txt", "Oekraïne–Rusland.txt", "Oekrai\u0308ne.txt",
                "新闻.txt", "emoji-\uD83D\uDD4A.txt", "new\nline.txt", "tab\tand\u0001ctl.txt", "-dash.txt", ".hidden.txt",
                "..dots.txt", "'quote\".txt", "back\\slash.txt"));
        List<String> made = new ArrayList<>();
        for (String n : names) {
            try {
                article(dir.resolve(n), "Titel " + made.size());
                made.add(n);
            } catch (InvalidPathException | IOException e) {
                // the file system refuses this name: nothing to walk
            }
        }
        boolean rawBytes = false;
        try {
            Process p = new ProcessBuilder("sh", "-c", "printf 'date 2022-03-01 Latijn\\n\\nTekst.\\n' > \"$(printf 'caf\\351.txt')\"")
                    .directory(dir.toFile()).start();
            rawBytes = p.waitFor() == 0;
        } catch (IOException e) {
            // no shell: the name that is not UTF-8 is left out
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Problem> problems = new ArrayList<>();
        List<Article> all = SourceParser.lenient().walk(dir, problems::add).toList();
        assertTrue(all.size() + problems.size() >= made.size() + (rawBytes ? 1 : 0),
                "every file is read or reported: " + all.size() + " read, " + problems);
        assertEquals(made.size(), all.stream().filter(a -> a.title() != null && a.title().startsWith("Titel ")).count(),
                "every UTF-8 name is read");
        for (Article a : all) {
            assertTrue(a.problems().isEmpty(), a.origin() + " " + a.problems());
        }
        if (rawBytes) {
            boolean latin = all.stream().anyMatch(a -> "Latijn".equals(a.title()))
                    || problems.stream().anyMatch(p -> p.source().contains("caf"));
            assertTrue(latin, "a name that is not UTF-8 is read or reported: " + problems);
        }
    }

    @Test
    void theFilesOfAWalkAreLimited(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 5; i++) {
            article(dir.resolve("f" + i + ".txt"), "Titel " + i);
        }
        List<Problem> problems = new ArrayList<>();
        SourceParser three = SourceParser.builder().maxFilesPerWalk(3).build();
        assertEquals(List.of("Titel 0", "Titel 1", "Titel 2"), titles(three, dir, problems));
        assertEquals(1, problems.size(), "reported once: " + problems);
        assertEquals(dir.toString(), problems.get(0).source());
        assertTrue(problems.get(0).message().contains("limit"), problems.get(0).message());
        problems.clear();
        assertEquals(5, titles(SourceParser.builder().maxFilesPerWalk(5).build(), dir, problems).size());
        assertTrue(problems.isEmpty(), "exactly the limit is not over it: " + problems);
        assertThrows(SourceException.class, () -> titles(SourceParser.builder().maxFilesPerWalk(3).strict(true).build(), dir,
                new ArrayList<>()));
        assertThrows(IllegalArgumentException.class, () -> SourceParser.builder().maxFilesPerWalk(0));
        Corpus c = Corpus.loader().parser(three).load(dir);
        assertEquals(3, c.size());
        assertEquals(1, c.problems().size());
    }

    private static boolean mkfifo(Path p) {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aDeviceGivenDirectlyIsReadOnlyUpToTheByteLimit() {
        Path zero = Path.of("/dev/zero");
        Assumptions.assumeTrue(Files.isReadable(zero), "needs /dev/zero");
        SourceParser small = SourceParser.builder().maxFileBytes(4096).build();
        SourceException e = assertThrows(SourceException.class, () -> small.parse(zero));
        assertEquals("/dev/zero", e.problem().source());
        assertTrue(e.problem().message().contains("limit of 4096"), e.problem().toString());
    }

    @Test
    void aPipeGivenDirectlyIsReadAsAStreamAndAPipeInADirectoryIsSkipped(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pijp.txt");
        Assumptions.assumeTrue(mkfifo(fifo), "needs mkfifo");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, "date 2023-04-01 Uit de pijp\n\nKiev wil praten.\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.start();
        List<Article> read = SourceParser.lenient().parse(fifo);
        writer.join();
        assertEquals(1, read.size());
        assertEquals("Uit de pijp", read.get(0).title());

        Files.writeString(dir.resolve("gewoon.txt"), "date 2023-04-02 Gewoon\n\nMoskou wil praten.\n");
        List<Problem> problems = new ArrayList<>();
        List<Article> walked = SourceParser.lenient().walk(dir, problems::add).toList();
        assertEquals(List.of("Gewoon"), walked.stream().map(Article::title).toList(), "a pipe in a directory is not opened");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).source().endsWith("pijp.txt"), problems.toString());
    }
}
