package io.github.peacetalks.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Problem;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
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

    private static byte[] concat(byte[]... pieces) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : pieces) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aUtf8ByteOrderMarkTakesNoColumnAndTheMessageCountsTheBytes() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] bytes = concat(bom, utf8("date 2022-02 Kie"), new byte[] {(byte) 0xC3}, utf8("v."));
        Problem p = SourceParser.lenient().parse(bytes, "bom.txt").get(0).problems().get(0);
        assertEquals(1, p.line());
        assertEquals(17, p.column(), "\"date 2022-02 Kie\" is 16 characters; the BOM is not one of them");
        assertTrue(p.message().contains("at byte 19 (1 byte replaced by U+FFFD)"), p.message());
        // a three-byte sequence cut after its second byte: two bytes are replaced
        byte[] cut = concat(utf8("date 2022-02 Kop\n\nprijs 5 "), new byte[] {(byte) 0xE2, (byte) 0x82}, utf8("x"));
        Problem q = SourceParser.lenient().parse(cut, "cut.txt").get(0).problems().get(0);
        assertTrue(q.message().contains("(2 bytes replaced by U+FFFD)"), q.message());
    }

    @Test
    void aFileThatIsOnlyAByteOrderMarkIsAnEmptyArticle() {
        for (byte[] bytes : List.of(new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
            List<Article> all = SourceParser.lenient().parse(bytes, "leeg.txt");
            assertEquals(1, all.size());
            assertEquals("", all.get(0).source());
            assertTrue(all.get(0).problems().isEmpty(), all.get(0).problems().toString());
        }
    }

    @Test
    void invalidBytesAreLocatedAcrossEveryKindOfLineEnd() {
        byte[] bytes = concat(utf8("date 2022-02 Kop\r\n\r\nEerste\rTwee"), new byte[] {(byte) 0xC3}, utf8("v."));
        Problem p = SourceParser.lenient().parse(bytes, "eol.txt").get(0).problems().get(0);
        assertEquals(4, p.line(), "\\r\\n and a lone \\r each end one line");
        assertEquals(5, p.column());
        byte[] afterCr = concat(utf8("date 2022-02 Kop\r"), new byte[] {(byte) 0xC3}, utf8("v."));
        Problem q = SourceParser.lenient().parse(afterCr, "cr.txt").get(0).problems().get(0);
        assertEquals(2, q.line());
        assertEquals(1, q.column());
    }

    @Test
    void twentyInvalidSequencesAreListedAndTheRestSummedUp() {
        byte[] bad = new byte[25];
        java.util.Arrays.fill(bad, (byte) 0xFF);
        byte[] bytes = concat(utf8("date 2022-02 Kop\n\nTekst "), bad, utf8("."));
        List<Problem> problems = SourceParser.lenient().parse(bytes, "veel.txt").get(0).problems();
        assertEquals(21, problems.size());
        assertTrue(problems.subList(0, 20).stream().allMatch(p -> p.message().startsWith("invalid UTF-8 at byte")), problems.toString());
        assertTrue(problems.get(20).message().startsWith("more invalid UTF-8 sequences follow"), problems.get(20).message());
    }

    @Test
    void decodingProblemsGoToTheMemberThatHoldsThem() {
        // truncated two-byte-long sequences: lone high bytes between ASCII would read as windows-1252
        byte[] bad = {(byte) 0xE2, (byte) 0x82};
        byte[] bytes = concat(utf8(" date 2014-09 Kop\n\nEen"), bad, utf8(".\n date 2018-11 K"), bad, utf8("p\n\nTw"),
                bad, utf8("e.\nDrie"), bad, utf8(".\n"));
        List<Article> all = SourceParser.lenient().parse(bytes, "dump.txt");
        assertEquals(2, all.size());
        assertEquals(List.of(3), all.get(0).problems().stream().map(Problem::line).toList());
        assertEquals(List.of(4, 6, 7), all.get(1).problems().stream().map(Problem::line).toList(), "a header line belongs to its member");
        byte[] many = new byte[22];
        java.util.Arrays.fill(many, (byte) 0xFF);
        List<Article> two = SourceParser.lenient().parse(concat(utf8(" date 2014-09 Kop\n\nTekst."), utf8("\n date 2018-11 Kop\n\n"), many), "d.txt");
        assertEquals(0, two.get(0).problems().stream().filter(p -> p.line() > 0).count());
        assertEquals(1, two.get(0).problems().size(), "the summary has no line: it goes to the first member");
        assertEquals(20, two.get(1).problems().size());
    }

    @Test
    void idsAreTheLastNameWithoutAShortExtension() {
        assertEquals("x", SourceParser.baseId("/x.txt"));
        assertEquals("b", SourceParser.baseId("C:\\nieuws\\b.txt"));
        assertEquals("dump", SourceParser.baseId("map/dump.jsonl"), "an extension of five characters goes");
        assertEquals("dump.archief", SourceParser.baseId("dump.archief"), "a longer one is part of the name");
        assertEquals(".txt", SourceParser.baseId(".txt"), "a leading dot is no extension");
        assertEquals("map/", SourceParser.baseId("map/"), "a trailing slash names no file: the name stays whole");
        assertEquals("article", SourceParser.baseId(" "));
    }

    @Test
    void theFileLimitIsInclusive(@TempDir Path dir) throws IOException {
        byte[] bytes = utf8(" date 2022-02 Kop\n\nTekst.");
        Path f = dir.resolve("a.txt");
        Files.write(f, bytes);
        assertEquals("Kop", SourceParser.builder().maxFileBytes(bytes.length).build().parse(f).get(0).title());
        assertThrows(SourceException.class, () -> SourceParser.builder().maxFileBytes(bytes.length - 1).build().parse(f));
        assertEquals("Kop", SourceParser.builder().maxFileBytes(bytes.length).build()
                .parse(new java.io.ByteArrayInputStream(bytes), "in.txt").get(0).title());
        assertThrows(SourceException.class, () -> SourceParser.builder().maxFileBytes(bytes.length - 1).build()
                .parse(new java.io.ByteArrayInputStream(bytes), "in.txt"));
        SourceParser.builder().maxFileBytes(1).maxFilesPerWalk(1).build();
        assertThrows(IllegalArgumentException.class, () -> SourceParser.builder().maxFileBytes(0));
        assertThrows(IllegalArgumentException.class, () -> SourceParser.builder().maxFilesPerWalk(0));
    }

    @Test
    void aMissingFileIsReportedOrThrown(@TempDir Path dir) {
        Path gone = dir.resolve("weg.txt");
        List<Problem> problems = new ArrayList<>();
        assertEquals(0, SourceParser.lenient().walk(gone, problems::add).count());
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().startsWith("cannot read: NoSuchFileException " + gone), problems.get(0).message());
        SourceException e = assertThrows(SourceException.class, () -> SourceParser.strict().walk(gone, p -> { }).count());
        assertTrue(e.getMessage().contains("NoSuchFileException"), e.getMessage());
    }

    @Test
    void aSocketInTheTreeIsSkippedAndNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), " date 2022-01 Eerste\n\nTekst.");
        Path socket = dir.resolve("b.txt");
        try (ServerSocketChannel ch = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            ch.bind(UnixDomainSocketAddress.of(socket));
            List<Problem> problems = new ArrayList<>();
            assertEquals(List.of("a"), SourceParser.lenient().walk(dir, problems::add).map(Article::id).toList());
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(socket.toString(), problems.get(0).source());
            assertTrue(problems.get(0).message().contains("not a regular file"), problems.get(0).message());
        } catch (UnsupportedOperationException e) {
            // no Unix domain sockets on this system
        }
    }

    @Test
    void theBuilderSettingsAreTheOnesUsed() throws IOException {
        assertTrue(SourceParser.strict().isStrict());
        assertFalse(SourceParser.lenient().isStrict());
        BoilerplateRules none = BoilerplateRules.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"rules\": []}"), "none.json");
        DateForms november = DateForms.fromJson(new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree("{\"months\": {\"11\": [\"november\"]}, \"weekdays\": {}}"), "nov.json");
        SourceParser mine = SourceParser.builder().rules(none).dates(november).abbreviations(List.of("afk.")).build();
        assertSame(none, mine.rules());
        assertSame(november, mine.dates());
        assertEquals("2024-11-23", mine.parseArticle("date 23 november 2024 Kop", "t").date().toString());
        assertEquals(null, mine.parseArticle("date 23 mei 2024 Kop", "t").date(), "mei is not one of its month words");
        assertEquals("2024-05-23", SourceParser.lenient().parseArticle("date 23 mei 2024 Kop", "t").date().toString());
        String head = "date 2024-11 Kop met de afk. Van het stuk. Tweede zin.";
        assertEquals("Kop met de afk. Van het stuk.", mine.parseArticle(head, "t").title());
        assertEquals("Kop met de afk.", SourceParser.lenient().parseArticle(head, "t").title());
        assertEquals("SourceParser[strict, " + BoilerplateRules.defaults() + "]", SourceParser.strict().toString());
        assertTrue(SourceParser.lenient().toString().startsWith("SourceParser[lenient, BoilerplateRules["), SourceParser.lenient().toString());
    }

    @Test
    void theLazyStreamsIteratorGivesTheLastArticleToo() {
        Iterator<Article> it = SourceParser.lenient().stream(new StringReader(STREAM), "dump.txt").iterator();
        List<String> ids = new ArrayList<>();
        it.forEachRemaining(a -> ids.add(a.id()));
        assertEquals(List.of("dump#1", "dump#2", "dump#3"), ids);
        Iterator<Article> one = SourceParser.lenient().stream(new StringReader(" date 2014-09 Kop\n\nTekst."), "a.txt").iterator();
        assertTrue(one.hasNext());
        assertEquals("a", one.next().id());
        assertFalse(one.hasNext());
    }

    @Test
    void aLineEndSplitByTheReadBufferIsOneLineEnd() {
        // the lazy reader takes 8192 characters at a time: put \r last in the first read and \n first in the next
        String first = " date 2014-09 Kop\r\n\r\n" + "x".repeat(8191 - 21) + "\r\n";
        assertEquals('\r', first.charAt(8191));
        String text = first + " date 2023-13 Onmogelijk\r\n\r\nTekst.";
        List<Article> eager = SourceParser.lenient().parse(text, "dump.txt");
        List<Article> lazy = SourceParser.lenient().stream(new StringReader(text), "dump.txt").toList();
        assertEquals(4, eager.get(1).problems().get(0).line());
        assertEquals(eager, lazy);
        String lastCr = "\n date 2014-09 Kop\r";
        assertEquals(lastCr, SourceParser.lenient().stream(new StringReader(lastCr), "a.txt").toList().get(0).source(),
                "a \\r that ends the stream is the whole line end");
    }

    @Test
    void textsOfExactlyAsManyLinesAsTheLineTableHoldsAreWhole() {
        StringBuilder b = new StringBuilder(" date 2014-09 Kop\n\n");
        for (int i = 3; i <= 63; i++) {
            b.append("Regel ").append(i).append(".\n");
        }
        b.append("de laatste regel loopt door");
        String text = b.toString();
        assertEquals(64, text.split("\n", -1).length);
        Article a = SourceParser.lenient().parse(text, "lang.txt").get(0);
        assertEquals(62, a.paragraphs().size());
        assertTrue(a.text().endsWith("Regel 63.\n\nde laatste regel loopt door"), a.text());
        Article blank = SourceParser.lenient().parse("\n".repeat(64), "leeg.txt").get(0);
        assertTrue(blank.paragraphs().isEmpty());
        assertEquals("\n".repeat(64), blank.source());
    }

    @Test
    void anUnlistableDirectoryIsReportedAndTheWalkGoesOn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), " date 2022-01 Eerste\n\nTekst.");
        Path locked = Files.createDirectories(dir.resolve("b"));
        Files.writeString(locked.resolve("c.txt"), " date 2022-02 Tweede\n\nTekst.");
        assumeTrue(locked.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "this user (root) reads every directory");
            List<Problem> problems = new ArrayList<>();
            assertEquals(List.of("a"), SourceParser.lenient().walk(dir, problems::add).map(Article::id).toList());
            assertEquals(1, problems.size(), problems.toString());
            assertEquals(locked.toString(), problems.get(0).source());
            assertTrue(problems.get(0).message().startsWith("cannot list directory"), problems.get(0).message());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
