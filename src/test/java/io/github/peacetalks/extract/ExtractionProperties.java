package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.model.TimeExpression;
import io.github.peacetalks.source.SourceParser;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Extraction on any input: it never throws, its offsets point into the source, and it repeats itself. */
class ExtractionProperties {

    private static final List<String> WORDS = List.of("Poetin", "Zelensky", "Moskou", "Kiev", "het Kremlin", "de", "Russische", "regering",
            "wijst", "af", "is", "niet", "bereid", "te", "onderhandelen", "eist", "dat", "Oekraïne", "neutraal", "wordt", "als", "mits",
            "zolang", "pas", "roept", "op", "tot", "een", "staakt-het-vuren", "sancties", "opgeheven", "wapens", "aan", "Rusland", "NAVO",
            "lidmaatschap", "vrijdag", "gisteren", "24 februari 2022", "vorig jaar", "drie jaar geleden", "zei", "aldus", "volgens", "hij",
            "ze", "we", "„", "”", "\"", ",", ".", "?", ":", "–", "(", ")", "voorwaarden", "waaronder", "ontkende", "weigert", "door", "werd",
            "uitgesloten", "het", "voorstel", "van", "2014", "31 februari 2024", "\n", "\n\n", "\u00A0", "Dat houdt in dat", "die", "over");

    @Provide
    Arbitrary<String> newsLike() {
        return Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.strings().ofMaxLength(12)).list().ofMaxSize(80)
                .map(l -> " date 2023-02-15 Kop\n\n" + String.join(" ", l));
    }

    @Property(tries = 300)
    void neverThrowsAndPointsIntoTheSource(@ForAll("newsLike") String text) {
        Article a = Extractor.defaults().extract(SourceParser.lenient().parseArticle(text, "p"));
        String src = a.source();
        for (Position p : a.positions()) {
            assertEquals(p.evidence().sentence(), src.substring(p.evidence().begin(), p.evidence().end()));
        }
        for (TimeExpression x : TemporalTagger.defaults().tag(a, a.date())) {
            assertEquals(x.text(), src.substring(x.begin(), x.end()));
        }
        assertEquals(a, Extractor.defaults().extract(SourceParser.lenient().parseArticle(text, "p")), "deterministic");
    }

    @Property(tries = 200)
    void anyStringAtAllAndHoldersAreNamedActors(@ForAll String text) {
        check(Extractor.defaults().extract(SourceParser.lenient().parseArticle(text, "p")));
    }

    @Property(tries = 200)
    void holdersAreActorsTheArticleNames(@ForAll("newsLike") String text) {
        check(Extractor.defaults().extract(SourceParser.lenient().parseArticle(text, "p")));
    }

    private static void check(Article a) {
        for (Position p : a.positions()) {
            assertTrue(a.actors().contains(p.holder()), p.holder() + " is among " + a.actors());
        }
    }
}
