package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Mention;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.source.SourceParser;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Recognition on generated text: offsets point at the words, mentions lie in title or body, results repeat. */
class ActorProperties {

    private static final List<String> WORDS = List.of("Poetin", "Zelensky's", "Moskou", "het Kremlin", "Het Kremlin", "de",
            "Russische", "regering", "Oekraïense", "president", "een", "hoge", "Franse", "ambtenaar", "NAVO-top", "EU-diplomaat",
            "Kremlinwoordvoerder", "in", "Boedapest", "akkoorden", "van", "Minsk", "Wit-Russische", "pro-Russische", "VS", "vs.",
            "zei", "dat", "Kiev", "wil", "praten.", "„", "”", "-", ",", "Wall Street Journal", "Europese", "Unie", "Westen",
            "Johnson", "May", "voormalige", "Amerikaanse", "minister van Buitenlandse Zaken", "\n", "Rusland", "Oekraïne", "\u00A0", "READ", "Lees ook:");

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.of(WORDS).list().ofMaxSize(40).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> header() {
        return Arbitraries.of(" date 2014-06 ", " date 2022-02 ", " date 2025 ", "", "november 3, 2024\n\n");
    }

    @Property
    void mentionsPointAtTheirWordsInTitleOrBody(@ForAll("header") String header, @ForAll("text") String body) {
        Article a = SourceParser.lenient().parseArticle(header + body, "p");
        String src = a.source();
        List<Mention> mentions = ActorRecognizer.defaults().recognize(a).mentions();
        for (int k = 1; k < mentions.size(); k++) {
            assertTrue(mentions.get(k - 1).begin() <= mentions.get(k).begin(), "mentions in source order: " + mentions);
        }
        for (Mention m : mentions) {
            assertEquals(m.text(), src.substring(m.begin(), m.end()));
            boolean inside = false;
            for (Part p : a.parts()) {
                if ((p.kind() == PartKind.TITLE || p.kind() == PartKind.PARAGRAPH) && p.begin() <= m.begin() && m.end() <= p.end()) {
                    inside = true;
                }
            }
            assertTrue(inside, "mention outside title and body: " + m);
        }
    }

    @Property(tries = 200)
    void recognitionIsDeterministicAndThreadSafe(@ForAll("text") String body) {
        Article a = SourceParser.lenient().parseArticle(" date 2022-02 Kop\n\n" + body, "p");
        Article once = Extractor.defaults().extract(a);
        List<Article> parallel = java.util.stream.IntStream.range(0, 8).parallel()
                .mapToObj(i -> Extractor.defaults().extract(a)).toList();
        for (Article p : parallel) {
            assertEquals(once, p);
        }
    }
}
