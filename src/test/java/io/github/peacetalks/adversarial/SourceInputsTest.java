package io.github.peacetalks.adversarial;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.model.Problem;
import io.github.peacetalks.source.SourceException;
import io.github.peacetalks.source.SourceParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or degenerate inputs to the source parser; each outcome is listed in docs/quality.md. */
class SourceInputsTest {

    private static final SourceParser LENIENT = SourceParser.lenient();

    /** The parts tile the article's source without gap or overlap; returns the covered length. */
    private static long covered(Article a) {
        long at = 0;
        for (Part p : a.parts()) {
            assertEquals(at, p.begin(), "no gap, no overlap");
            at = p.end();
        }
        return at;
    }

    private static List<PartKind> kinds(Article a) {
        return a.parts().stream().map(Part::kind).toList();
    }

    @Test
    void anEmptyFileIsOneEmptyArticleWithoutProblems(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        for (List<Article> all : List.of(LENIENT.parse(empty), LENIENT.parse(new byte[0], "empty.txt"),
                LENIENT.stream(new StringReader(""), "empty.txt").toList(), SourceParser.strict().parse(empty))) {
            assertEquals(1, all.size());
            Article a = all.get(0);
            assertEquals("empty", a.id());
            assertEquals("", a.source());
            assertTrue(a.parts().isEmpty());
            assertNull(a.date());
            assertNull(a.title());
            assertTrue(a.problems().isEmpty());
        }
    }

    @Test
    void onlyWhiteSpaceIsOneArticleOfSpace() {
        String text = " \t\n\r\n\u00A0\u202F\u200B\r  \n";
        List<Article> all = LENIENT.parse(text, "ws.txt");
        assertEquals(1, all.size());
        Article a = all.get(0);
        assertEquals(text, a.source());
        assertTrue(kinds(a).stream().allMatch(k -> k == PartKind.SPACE), kinds(a).toString());
        assertNull(a.date());
        assertTrue(a.problems().isEmpty());
        assertEquals(all, LENIENT.stream(new StringReader(text), "ws.txt").toList());
    }

    @Test
    void fiftyMegabytesWithoutANewlineIsOneArticleOfOneLine() {
        byte[] unit = "Het woord vrede staat hier zonder einde ".getBytes(StandardCharsets.US_ASCII);
        int n = 50_000_000 / unit.length;
        byte[] bytes = new byte[n * unit.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(unit, 0, bytes, i * unit.length, unit.length);
        }
        List<Article> all = LENIENT.parse(bytes, "big.txt");
        assertEquals(1, all.size(), "no header line, so one article");
        Article a = all.get(0);
        assertEquals(bytes.length, covered(a), "every character is in a part");
        assertTrue(a.problems().isEmpty(), a.problems().toString());
        assertNull(a.date());
        assertEquals(1, a.parts().stream().filter(p -> p.kind() != PartKind.SPACE).count(),
                "the one line is one part: " + kinds(a));
    }

    @Test
    void aMillionBlankLinesAreSpace() {
        String blank = "\n".repeat(1_000_000);
        Article only = LENIENT.parse(blank, "blank.txt").get(0);
        assertEquals(List.of(PartKind.SPACE), kinds(only));
        assertEquals(1_000_000, covered(only));
        List<Article> framed = LENIENT.parse("date 2022-03-01 Kop\n" + blank + "Tekst na de leegte.\n", "blank.txt");
        assertEquals(1, framed.size(), "blank lines never start an article");
        Article a = framed.get(0);
        assertEquals("Kop", a.title());
        assertEquals("Tekst na de leegte.", a.text().strip().lines().reduce((x, y) -> y).orElseThrow());
        assertTrue(a.problems().isEmpty());
    }

    @Test
    void aTenMegabyteWordIsOneParagraph() {
        String word = "a".repeat(10_000_000);
        Article a = LENIENT.parse(word, "word.txt").get(0);
        assertEquals(List.of(PartKind.PARAGRAPH), kinds(a));
        assertEquals(word.length(), covered(a));
        assertTrue(a.problems().isEmpty());
    }

    @Test
    void nulAndControlCharactersAreKeptAsText() {
        StringBuilder controls = new StringBuilder();
        for (char c = 0; c < 0x20; c++) {
            if (c != '\n' && c != '\r') {
                controls.append(c);
            }
        }
        controls.append('\u007F').append('\u0085').append('\u009B').append('\u2028').append('\u2029');
        String text = "date 2022-03-01 Kop\u0000\n\nTekst " + controls + " en verder.\n";
        for (SourceParser p : List.of(LENIENT, SourceParser.strict())) {
            List<Article> all = assertDoesNotThrow(() -> p.parse(text, "ctl.txt"));
            assertEquals(1, all.size());
            Article a = all.get(0);
            assertEquals(text, a.source(), "nothing is dropped");
            assertTrue(a.problems().isEmpty(), "control characters are not reported");
            assertTrue(a.text().contains(controls.substring(1)), "they stay in the paragraph");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(text, LENIENT.parse(bytes, "ctl.txt").get(0).source(), "NUL bytes decode as U+0000");
    }

    @Test
    void invalidUtf8IsReplacedAndReportedPerSequence() {
        byte[][] bad = {
            {(byte) 0xE2, (byte) 0x82},                  // truncated three-byte sequence
            {(byte) 0xC0, (byte) 0xAF},                  // overlong '/'
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},     // overlong '/' in three bytes
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},     // encoded lone high surrogate
            {(byte) 0xED, (byte) 0xBF, (byte) 0xBF},     // encoded lone low surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
            {(byte) 0xFF},
        };
        for (byte[] seq : bad) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes("date 2022-03-01 Kop\n\nVoor ".getBytes(StandardCharsets.UTF_8));
            int at = out.size();
            out.writeBytes(seq);
            out.writeBytes(" na.\n".getBytes(StandardCharsets.UTF_8));
            byte[] bytes = out.toByteArray();
            Article a = LENIENT.parse(bytes, "bad.txt").get(0);
            String hex = Arrays.toString(seq);
            assertFalse(a.problems().isEmpty(), hex);
            assertTrue(a.problems().get(0).message().contains("byte " + at), a.problems().toString());
            assertEquals(3, a.problems().get(0).line(), hex);
            assertTrue(a.text().contains("Voor \uFFFD"), hex + " " + a.text());
            assertTrue(a.text().contains(" na."), "the text after the bad bytes is kept: " + hex);
            assertEquals("Kop", a.title());
            assertThrows(SourceException.class, () -> SourceParser.strict().parse(bytes, "bad.txt"), hex);
        }
        byte[] truncatedAtEnd = {'a', 'b', (byte) 0xF0, (byte) 0x9F, (byte) 0x98};
        Article end = LENIENT.parse(truncatedAtEnd, "end.txt").get(0);
        assertEquals("ab\uFFFD", end.source());
        assertEquals(1, end.problems().size());
        byte[] many = new byte[1000];
        Arrays.fill(many, (byte) 0xFF);
        Article flood = LENIENT.parse(many, "flood.txt").get(0);
        assertEquals(21, flood.problems().size(), "20 listed, then one saying more follow");
        assertEquals(1000, flood.source().length());
    }

    @Test
    void windows1252WithoutAnyUtf8SequenceIsReadAsWindows1252() {
        String text = "date 2022-03-01 Oekraïne en België\n\nZelensky wil praten over vrede in Oekraïne, zegt hij ‘vandaag’.\n";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        Article a = LENIENT.parse(bytes, "ansi.txt").get(0);
        assertEquals("Oekraïne en België", a.title());
        assertEquals(text, a.source());
        assertEquals(1, a.problems().size());
        assertTrue(a.problems().get(0).message().contains("read as windows-1252"), a.problems().toString());
        assertThrows(SourceException.class, () -> SourceParser.strict().parse(bytes, "ansi.txt"));
        byte[] mixed = (text + "Één ").getBytes(StandardCharsets.UTF_8);
        mixed[text.indexOf('ï')] = (byte) 0xEF;
        Article m = LENIENT.parse(mixed, "gemengd.txt").get(0);
        assertTrue(m.source().endsWith("Één "), "one valid UTF-8 sequence keeps the file UTF-8: " + m.source());
        assertTrue(m.problems().get(0).message().startsWith("invalid UTF-8"), m.problems().toString());
    }

    @Test
    void aByteOrderMarkInTheMiddleIsKeptAndStillStartsAnArticle() {
        String text = "date 2022-03-01 Kop\n\nTekst\uFEFF met merk.\n\uFEFFdate 2022-03-02 Tweede\n\nMeer.\n";
        byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        List<Article> all = LENIENT.parse(bytes, "bom.txt");
        assertEquals(2, all.size(), "a BOM before a header line is white space");
        assertTrue(all.get(0).text().contains("Tekst\uFEFF met merk."), "a BOM inside a line is kept");
        assertEquals("Tweede", all.get(1).title());
        assertEquals(PartKind.SPACE, all.get(1).parts().get(0).kind());
        assertEquals(text, all.stream().map(Article::source).reduce("", String::concat), "only the leading BOM is dropped");
        assertTrue(all.stream().allMatch(a -> a.problems().isEmpty()));
        assertEquals(all, LENIENT.stream(new StringReader(text), "bom.txt").toList());
    }

    @Test
    void utf16WithABomIsDecodedAndWithoutOneIsRecognisedByItsZeroBytes() {
        String text = "date 2022-03-01 Oekraïne wil praten\r\n\r\nTekst.\r\ndate 2022-03-02 Tweede\n\nMeer.";
        for (var cs : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            List<Article> all = LENIENT.parse(("\uFEFF" + text).getBytes(cs), "u16.txt");
            assertEquals(List.of("Oekraïne wil praten", "Tweede"), all.stream().map(Article::title).toList(), cs.name());
            assertTrue(all.stream().allMatch(a -> a.problems().isEmpty()));
            List<Article> noBom = LENIENT.parse(text.getBytes(cs), "u16.txt");
            assertEquals(List.of("Oekraïne wil praten", "Tweede"), noBom.stream().map(Article::title).toList(), cs.name());
            assertEquals(text, noBom.stream().map(Article::source).reduce("", String::concat));
            assertEquals(1, noBom.get(0).problems().size(), "the guess is recorded: " + noBom.get(0).problems());
            assertTrue(noBom.get(0).problems().get(0).message().contains("read as " + cs.name()), noBom.get(0).problems().toString());
            assertThrows(SourceException.class, () -> SourceParser.strict().parse(text.getBytes(cs), "u16.txt"),
                    "strict mode does not guess");
        }
        byte[] nulsInUtf8 = "Kiev\u0000wil\u0000praten\u0000met\u0000Moskou.\u0000\u0000".getBytes(StandardCharsets.UTF_8);
        Article nuls = LENIENT.parse(nulsInUtf8, "nul.txt").get(0);
        assertTrue(nuls.problems().isEmpty(), "NUL bytes here and there do not make UTF-16: " + nuls.problems());
        assertEquals(new String(nulsInUtf8, StandardCharsets.UTF_8), nuls.source());
        Article zeros = LENIENT.parse(new byte[64], "nul.txt").get(0);
        assertTrue(zeros.problems().isEmpty(), "nor do zero bytes on both sides");
        assertEquals(64, zeros.source().length());
        byte[] odd = Arrays.copyOf(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE), 2 * text.length() + 3);
        List<Article> truncated = LENIENT.parse(odd, "odd.txt");
        assertEquals(1, truncated.stream().mapToInt(a -> a.problems().size()).sum(), "an odd trailing byte is reported");
    }

    @Test
    void mixedLineEndingsCountAsOneLineEndEach() {
        String text = "date 2022-01-05 Eerste\r\n\rTekst een.\n\r\n date 2023-13 Tweede\r\rTekst twee.\r\n";
        List<Article> all = LENIENT.parse(text, "mixed.txt");
        assertEquals(2, all.size());
        assertEquals("Eerste", all.get(0).title());
        assertEquals("Tweede", all.get(1).title());
        Problem p = all.get(1).problems().get(0);
        assertEquals(5, p.line(), "\\r\\n, \\r and \\n each end one line: " + p);
        assertEquals(text, all.stream().map(Article::source).reduce("", String::concat));
        assertEquals(all, LENIENT.stream(new StringReader(text), "mixed.txt").toList());
    }

    @Test
    void aLineThatStartsLikeAHeaderWithoutAReadableDateIsReported() {
        for (String bad : List.of("99999-01-01", "2025/03/07", "-2025-03", "１２-０３-２０２５", "2025-03-07T25:61:61",
                "1".repeat(5_000))) {
            String text = " date " + bad + " Kiev wil praten\n\nTekst van het bericht.\n";
            Article a = LENIENT.parse(text, "kop.txt").get(0);
            assertEquals(1, a.problems().size(), bad + ": " + a.problems());
            Problem p = a.problems().get(0);
            assertEquals(1, p.line());
            assertEquals(7, p.column(), "at the token after 'date'");
            assertTrue(p.message().contains("not a date this parser reads"), p.message());
            assertTrue(p.message().length() < 200, "a long token is shortened: " + p.message());
            assertEquals(text, a.source(), "the line is kept as text");
            assertThrows(SourceException.class, () -> SourceParser.strict().parse(text, "kop.txt"), bad);
        }
        Article escaped = LENIENT.parse("date 2022\u001b[31m-03 Kop\n", "esc.txt").get(0);
        assertTrue(escaped.problems().get(0).message().contains("'2022\\u001B[31m-03'"), escaped.problems().toString());
        Article alone = LENIENT.parse("Eerst iets.\ndate\nDaarna meer.\n", "los.txt").get(0);
        assertEquals(1, alone.problems().size(), alone.problems().toString());
        assertEquals(2, alone.problems().get(0).line());
        assertTrue(alone.problems().get(0).message().contains("without a date"));
        for (String fine : List.of("Datelijn: Kiev.\n", "date date date\n", "dates 2022-03-01\n", "update 2022-03-01 Kop\n",
                "date 2022-03-01 Kop\n\nTekst.\n")) {
            assertTrue(LENIENT.parse(fine, "goed.txt").stream().allMatch(x -> x.problems().isEmpty()), fine);
        }
    }

    @Test
    void aHeaderLineWithOnlyADateIsADatedArticleWithoutTitle() {
        for (String text : List.of("date 2022-03-01", "date 2022-03-01\n", "DATE: 1 maart 2022 \r\n\r\n")) {
            List<Article> all = LENIENT.parse(text, "d.txt");
            assertEquals(1, all.size());
            Article a = all.get(0);
            assertEquals("2022-03-01", a.date().toString());
            assertNull(a.title());
            assertEquals(PartKind.DATE, a.parts().get(0).kind());
            assertTrue(a.problems().isEmpty(), a.problems().toString());
            assertDoesNotThrow(() -> SourceParser.strict().parse(text, "d.txt"));
            assertEquals(all, LENIENT.stream(new StringReader(text), "d.txt").toList());
        }
    }

    @Test
    void thousandsOfDateLinesAreThousandsOfArticles() {
        int n = 20_000;
        String text = "date 2022-03-01\n".repeat(n);
        List<Article> all = LENIENT.parse(text, "dates.txt");
        assertEquals(n, all.size(), "every header line after a non-blank line starts an article");
        assertEquals("dates#1", all.get(0).id());
        assertEquals("dates#" + n, all.get(n - 1).id());
        assertTrue(all.stream().allMatch(a -> a.date() != null && a.problems().isEmpty()));
        assertEquals(n, LENIENT.stream(new StringReader(text), "dates.txt").count());
        String spaced = "date 2022-03-01\n\n".repeat(n);
        assertEquals(n, LENIENT.parse(spaced, "dates.txt").size());
    }
}
