package io.github.peacetalks.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceParserTest {

    private static final String STREAM = " date 2014-09 Bestand in Donbas\n\nEerste stuk.\n\n"
            + " date 2018-11 Incident bij Kertsj\n\nTweede stuk.\n"
            + "date 2026-01 Toezicht op het bestand\n\nDerde stuk.\n";

    @Test
    void aStreamSplitsAtEveryDateHeader() {
        List<Article> all = SourceParser.lenient().parse(STREAM, "dump.txt");
        assertEquals(List.of("dump#1", "dump#2", "dump#3"), all.stream().map(Article::id).toList());
        assertEquals(List.of("2014-09", "2018-11", "2026-01"), all.stream().map(a -> a.date().toString()).toList());
        Article second = all.get(1);
        assertEquals("Incident bij Kertsj", second.title());
        assertEquals(STREAM.indexOf(" date 2018-11"), second.originOffset());
        assertEquals(STREAM, all.stream().map(Article::source).reduce("", String::concat), "nothing is lost between members");
    }

    @Test
    void aSingleArticleKeepsTheNameAsId() {
        List<Article> one = SourceParser.lenient().parse(" date 2014-09 Kop\n\nTekst.", "dir/003_abc.txt");
        assertEquals("003_abc", one.get(0).id());
    }

    @Test
    void theLazyStreamGivesTheSameArticles() {
        List<Article> eager = SourceParser.lenient().parse(STREAM, "dump.txt");
        List<Article> lazy = SourceParser.lenient().stream(new StringReader(STREAM), "dump.txt").toList();
        assertEquals(eager, lazy);
        List<Article> single = SourceParser.lenient().stream(new StringReader("\uFEFFdate 2020 Kop\r\n\r\nTekst."), "a.txt").toList();
        assertEquals(1, single.size());
        assertEquals("a", single.get(0).id());
        assertEquals("date 2020 Kop\r\n\r\nTekst.", single.get(0).source());
    }

    @Test
    void problemsInLaterMembersNameTheirLine() {
        String s = " date 2014-09 Kop\n\nTekst.\n date 2023-13 Tweede\n\nTekst.";
        List<Article> all = SourceParser.lenient().parse(s, "dump.txt");
        assertEquals(2, all.size());
        Problem p = all.get(1).problems().get(0);
        assertEquals(4, p.line());
        assertEquals("dump.txt", p.source());
    }

    @Test
    void invalidUtf8IsReportedWithItsByteOffset() {
        byte[] head = " date 2022-02 Kop\n\nKie".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = 'v';
        bytes[head.length + 2] = '.';
        Article a = SourceParser.lenient().parse(bytes, "bad.txt").get(0);
        assertEquals(1, a.problems().size());
        Problem p = a.problems().get(0);
        assertTrue(p.message().contains("byte " + head.length), p.message());
        assertEquals(3, p.line());
        assertEquals(4, p.column());
        assertTrue(a.text().contains("Kie\uFFFDv."), a.text());
        SourceException e = assertThrows(SourceException.class, () -> SourceParser.strict().parse(bytes, "bad.txt"));
        assertTrue(e.getMessage().contains("byte " + head.length), e.getMessage());
    }

    @Test
    void byteOrderMarksChooseTheEncoding() {
        String text = " date 2022-02 Oekraïne wil praten\n\nTekst.";
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE);
        assertEquals(text, SourceParser.lenient().parse(utf16, "a.txt").get(0).source());
        byte[] utf16le = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertEquals("Oekraïne wil praten", SourceParser.lenient().parse(utf16le, "a.txt").get(0).title());
        byte[] utf8bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        assertEquals(text, SourceParser.lenient().parse(utf8bom, "a.txt").get(0).source());
    }

    @Test
    void directoriesAreWalkedInNameOrderAndFiltered(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b-sub"));
        Files.writeString(dir.resolve("c.txt"), " date 2022-03 Derde\n\nTekst.");
        Files.writeString(dir.resolve("a.txt"), " date 2022-01 Eerste\n\nTekst.");
        Files.writeString(dir.resolve("b-sub/b.txt"), " date 2022-02 Tweede\n\nTekst.");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        List<Problem> problems = new ArrayList<>();
        List<String> ids = SourceParser.lenient().walk(dir, problems::add).map(Article::id).toList();
        assertEquals(List.of("a", "b", "c"), ids);
        assertTrue(problems.isEmpty());
        List<String> md = SourceParser.builder().fileGlob("*.md").build().walk(dir, problems::add).map(Article::id).toList();
        assertEquals(List.of("notes"), md);
    }

    @Test
    void anUnreadableFileIsReportedAndTheWalkGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), " date 2022-01 Eerste\n\nTekst.");
        Path locked = dir.resolve("b.txt");
        Files.writeString(locked, " date 2022-02 Tweede\n\nTekst.");
        Files.writeString(dir.resolve("c.txt"), " date 2022-03 Derde\n\nTekst.");
        Path big = dir.resolve("d.txt");
        Files.write(big, new byte[2048]);
        boolean canLock = locked.getFileSystem().supportedFileAttributeViews().contains("posix");
        if (canLock) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        }
        List<Problem> problems = new ArrayList<>();
        SourceParser small = SourceParser.builder().maxFileBytes(1024).build();
        List<String> ids = small.walk(dir, problems::add).map(Article::id).toList();
        boolean root = canLock && Files.isReadable(locked);
        assertTrue(ids.containsAll(List.of("a", "c")), ids.toString());
        assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("d.txt") && p.message().contains("limit")), problems.toString());
        if (canLock && !root) {
            assertTrue(problems.stream().anyMatch(p -> p.source().endsWith("b.txt")), problems.toString());
        }
    }

    @Test
    void aSymbolicLinkLoopIsNotFollowed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), " date 2022-01 Eerste\n\nTekst.");
        try {
            Files.createSymbolicLink(dir.resolve("loop"), dir);
        } catch (UnsupportedOperationException | IOException e) {
            return;
        }
        List<String> ids = SourceParser.lenient().walk(dir, p -> { }).map(Article::id).toList();
        assertEquals(List.of("a"), ids);
    }

    @Test
    void readsInputStreams() throws IOException {
        byte[] bytes = " date 2022-02 Kop\n\nTekst.".getBytes(StandardCharsets.UTF_8);
        List<Article> a = SourceParser.lenient().parse(new java.io.ByteArrayInputStream(bytes), "in.txt");
        assertEquals("Kop", a.get(0).title());
        SourceException e = assertThrows(SourceException.class,
                () -> SourceParser.builder().maxFileBytes(4).build().parse(new java.io.ByteArrayInputStream(bytes), "in.txt"));
        assertTrue(e.getMessage().contains("in.txt"), e.getMessage());
        assertArrayEquals(bytes, a.get(0).source().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anInvalidFileGlobIsRefusedSayingWhy() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SourceParser.builder().fileGlob("nieuws[.txt"));
        assertTrue(e.getMessage().startsWith("not a valid file glob: 'nieuws[.txt'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SourceParser.builder().fileGlob("{a,b"));
    }
}
