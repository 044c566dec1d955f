package io.github.peacetalks.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.json.PeacetalksJson;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the parser on any input, and on inputs built from the format's own pieces. */
class ParserProperties {

    private static final List<String> PIECES = List.of(
            " date 2023-02 Kiev wil praten", "date 2024-11-23", "date 2019 Kop. Lead loopt door. En verder.",
            "date 2023-13 Onmogelijke maand", "november 23, 2024", "31 februari 2024", "23-11-2024",
            "Nieuws • Vandaag • leestijd 2 minuten • 157 keer bekeken • bewaren", "Buitenland | Politiek",
            "Deel dit artikel: Share App Mail Tweet Pin", "- logo-icon", "Exclusief voor abonnees",
            "READ\u00A0 Een ander verhaal", "Lees ook: nog een verhaal", "Lees hier de volledige analyse:",
            "Gepubliceerd op 23/10/2025 01:00 in Buitenland", "Door ANP - 18-10-2016, 12:29", "MOSKOU (ANP/RTR) - Het Kremlin zegt nee.",
            "Snelkoppelingen", "Bron: Belga", "Het Kremlin ziet niets in gesprekken.", "De Oekraïense president Zelensky zei dat \u201Cniemand\u201D wil praten.",
            "„Wij willen vrede”, zei hij…", "kort", "", "   ", "\u00A0", "\uFEFF", "date", "Date 2022-02-02 Kop", "\t", "é ë ï ‘quote’ – …");

    @Provide
    Arbitrary<String> articleLike() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\n\n\n\n", " ");
        return Combinators.combine(piece, end).as(String::concat).list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Property
    void lenientParsingNeverThrowsAndLosesNothing(@ForAll("articleLike") String text) {
        checkCover(text, SourceParser.lenient().parse(text, "p.txt"));
    }

    @Property
    void anyStringAtAll(@ForAll String text) {
        checkCover(text, SourceParser.lenient().parse(text, "p.txt"));
    }

    @Property
    void strictParsingThrowsOnlyTheDocumentedException(@ForAll("articleLike") String text) {
        try {
            checkCover(text, SourceParser.strict().parse(text, "p.txt"));
        } catch (SourceException e) {
            assertTrue(e.problem().line() >= 1, "strict problems are located: " + e.problem());
        }
    }

    @Property
    void parsingIsDeterministicAndTheLazyStreamAgrees(@ForAll("articleLike") String text) {
        List<Article> a = SourceParser.lenient().parse(text, "p.txt");
        assertEquals(a, SourceParser.lenient().parse(text, "p.txt"));
        assertEquals(a, SourceParser.lenient().stream(new StringReader(text), "p.txt").toList());
    }

    @Property
    void jsonRoundTripsToAnEqualRecord(@ForAll("articleLike") String text) throws IOException {
        for (Article a : SourceParser.lenient().parse(text, "p.txt")) {
            assertEquals(a, PeacetalksJson.read(PeacetalksJson.write(a)));
        }
    }

    private static void checkCover(String text, List<Article> articles) {
        String source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        StringBuilder all = new StringBuilder();
        int offset = 0;
        for (Article a : articles) {
            assertEquals(offset, a.originOffset(), "members follow each other");
            String own = a.source();
            int at = 0;
            for (Part p : a.parts()) {
                assertEquals(at, p.begin(), "no gap, no overlap");
                assertEquals(own.substring(p.begin(), p.end()), p.text(), "offsets point at the text");
                if (p.kind() == PartKind.SPACE) {
                    assertTrue(p.text().isBlank() || p.text().chars().allMatch(c -> Character.isWhitespace(c)
                            || c == '\u00A0' || c == '\u202F' || c == '\uFEFF' || c == '\u200B' || c == '\u2007'), "space is only space");
                }
                at = p.end();
            }
            all.append(own);
            offset += own.length();
        }
        assertEquals(source, all.toString(), "the articles cover the source");
    }
}
