package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.source.SourceParser;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Positions that depend on the sentences around them, on the edges of the word windows of docs/extraction.md and on
 * the filters; the expected sets are what those rules say a reader gets ("-" for none).
 */
class PositionContextTest {

    private static List<Position> extract(String body) {
        Article a = Extractor.defaults().extract(SourceParser.lenient().parseArticle(" date 2023-02-15 Kop\n\n" + body, "t"));
        return a.positions();
    }

    private static Set<String> positions(String body) {
        return extract(body).stream().map(p -> p.holder().id() + " " + p.stance() + " " + p.issue())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> expected(String list) {
        return list.equals("-") ? Set.of()
                : Arrays.stream(list.split(";")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kiev weigert te onderhandelen.                                         | UKR OPPOSES NEGOTIATIONS
            Duitsland levert Kiev extra luchtafweer.                               | DEU SUPPORTS WEAPONS_SUPPLY
            Iran levert drones aan Rusland.                                        | -
            Washington stuurt wapens naar Oekraïne en veroordeelt wapens aan Rusland. | USA SUPPORTS WEAPONS_SUPPLY
            Sinds het begin van het staakt-het-vuren zwijgt Moskou.                | -
            Moskou steunt sinds 2022 de levering van wapens aan Kiev.              | RUS SUPPORTS WEAPONS_SUPPLY
            Kiev eist de terugtrekking van de Russische troepen.                   | UKR DEMANDS WITHDRAWAL
            Moskou eist dat Kiev afziet van het NAVO-lidmaatschap.                 | RUS OPPOSES NATO_MEMBERSHIP
            Londen stelt voor af te zien van aanvallen op energiecentrales.        | GBR OPPOSES MILITARY_ACTION
            """)
    void impliedIssuesAndFilters(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rusland wijst het vredesplan af. Dit houdt in dat er geen staakt-het-vuren komt.       | RUS OPPOSES PEACE_PLAN
            Rusland wijst het vredesplan af. Dat betekent dat Moskou geen staakt-het-vuren steunt.  | RUS OPPOSES PEACE_PLAN; RUS OPPOSES CEASEFIRE
            Zelensky sprak in Brussel. De president wil veiligheidsgaranties.                     | volodymyr-zelensky SUPPORTS SECURITY_GUARANTEES
            Duitsland ontving Frankrijk. Ze steunen nieuwe sancties.                               | DEU SUPPORTS SANCTIONS
            Frankrijk en Duitsland publiceerden een verklaring. Beide landen steunen nieuwe sancties.            | DEU SUPPORTS SANCTIONS; FRA SUPPORTS SANCTIONS
            Biden steunde Kiev, maar riep Rusland op tot onderhandelingen.                       | joe-biden URGES NEGOTIATIONS
            """)
    void earlierSentencesResolveWhoHolds(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @Test
    void aQuotedSentenceBorrowsTheSpeakerOfTheQuoteUpToThreeSentencesOn() {
        assertEquals(Set.of("sergey-lavrov OPPOSES PEACE_PLAN"),
                positions("„Wij wijzen dit vredesplan af. Het is dood”, zei Lavrov."));
        assertEquals(Set.of("sergey-lavrov OPPOSES PEACE_PLAN"),
                positions("„Wij wijzen dit vredesplan af. Het is dood. Het is voorbij. Echt voorbij”, zei Lavrov."), "three sentences on");
        assertEquals(Set.of(),
                positions("„Wij wijzen dit vredesplan af. Het is dood. Het is voorbij. Echt voorbij. Klaar”, zei Lavrov."),
                "four sentences on is too far");
        assertEquals(Set.of(), positions("Wij wijzen dit vredesplan af. Dat zei Lavrov."),
                "a sentence outside quotation marks borrows no speaker");
        Position p = extract("„Wij wijzen dit vredesplan af. Het is dood”, zei Lavrov.").get(0);
        assertEquals(Attribution.DIRECT_QUOTE, p.attribution());
    }

    @Test
    void conditionsAnnouncedAreSpelledOutInTheNextTwoSentencesOnly() {
        String announce = "Moskou verbindt strikte voorwaarden aan besprekingen. ";
        String demand = "Zo eist het Kremlin dat Oekraïne neutraal wordt.";
        assertEquals(List.of("NEUTRALITY of UKR"), talksConditions(announce + demand));
        assertEquals(List.of("NEUTRALITY of UKR"), talksConditions(announce + "Het regende. " + demand));
        assertEquals(List.of(), talksConditions(announce + "Het regende. Het waaide. " + demand));
        assertEquals(List.of(), talksConditions(announce + "Zo eist Kiev dat Rusland neutraal blijft."),
                "a demand of another party is no condition of Moscow's");
    }

    private static List<String> talksConditions(String body) {
        Position talks = extract(body).stream().filter(p -> p.issue().name().equals("NEGOTIATIONS")).findFirst().orElseThrow();
        return talks.conditions().stream().map(c -> c.issue() + " of " + (c.requiredOf() == null ? "-" : c.requiredOf().id())).toList();
    }

    @Test
    void eachSentenceIsDatedByItsOwnExpressions() {
        List<Position> ps = extract("Op 3 februari wees Moskou het vredesplan af. Op 7 februari steunde Kiev het vredesplan.");
        assertEquals(2, ps.size(), ps.toString());
        assertEquals("2023-02-03", ps.get(0).date().toString());
        assertEquals("2023-02-07", ps.get(1).date().toString());
    }

    @Test
    void theSameTripleTwiceInOneSentenceIsOnePosition() {
        List<Position> ps = extract("Moskou wijst het vredesplan af en verwerpt het vredesplan opnieuw.");
        assertEquals(1, ps.size(), ps.toString());
        assertTrue(ps.get(0).toString().contains("RUS OPPOSES PEACE_PLAN"), ps.toString());
    }
}
