package io.github.peacetalks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Issue;
import io.github.peacetalks.model.Stance;
import io.github.peacetalks.query.Corpus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Whatever a title or an evidence sentence holds, the page shows it as text. */
class ReportProperties {

    @Property(tries = 300)
    void anyTitleAndSentenceReadBackAsText(@ForAll("text") String title, @ForAll("text") String sentence) {
        Corpus c = Corpus.of(Corpora.article("p1", "2023-04-01", "Kop",
                Corpora.say(Corpora.UKR, Stance.SUPPORTS, Issue.CEASEFIRE, "2023-04-01", sentence)));
        Document d = Jsoup.parse(Report.builder(c).title(title).build().html());
        assertEquals(representable(title), d.selectFirst("h1").wholeText());
        assertEquals(representable(title), d.head().selectFirst("title").wholeText());
        Element mark = d.selectFirst("svg a.m");
        assertTrue(mark.selectFirst("title").wholeText().contains("\n" + representable(sentence) + "\nReported; article p1"));
        Element ev = d.getElementById(mark.attr("href").substring(1));
        assertEquals(representable(sentence), ev.selectFirst("blockquote.s").wholeText());
        assertEquals(1, d.select("svg a.m").size());
        assertTrue(d.select("script").isEmpty());
    }

    /** Markup, quotes, CDATA, white space and control characters mixed with any other characters. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("<script>alert(1)</script>", "</title>", "<![CDATA[", "]]>", "&amp;", "&", "\"", "'", "<", ">",
                        "<!--", "-->", "\r\n", "\r", "\n", "\t", "\u0000", "\u00A0", "&#0;", "</svg>", "<svg><title>x</title>",
                        "\uD800", "\uDC00", "\uD83D\uDE00", "\uFFFF", "\uFFFE", "\u0085", "\u000C"),
                Arbitraries.strings().all().ofMaxLength(6));
        return pieces.list().ofMaxSize(8).map(l -> String.join("", l));
    }

    /**
     * What HTML can carry of a Java string: NUL and unpaired surrogates have no form in an HTML document and come
     * back as U+FFFD, everything else verbatim.
     */
    private static String representable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
