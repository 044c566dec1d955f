package io.github.peacetalks.extract;

import static io.github.peacetalks.extract.ExtractFixtures.*;
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
        Position p = positionList("„Wij wijzen dit vredesplan af. Het is dood”, zei Lavrov.").get(0);
        assertEquals(Attribution.DIRECT_QUOTE, p.attribution());
        Position middle = positionList("„Het is voorbij. Wij wijzen dit vredesplan af. Het is dood”, zei Lavrov.").get(0);
        assertEquals("sergey-lavrov", middle.holder().id());
        assertEquals(Attribution.DIRECT_QUOTE, middle.attribution(), "a sentence inside the quotation is quoted");
        Position after = positionList("„Het is voorbij”, zei Lavrov. Moskou wijst dit vredesplan af.").get(0);
        assertEquals(Attribution.REPORTED, after.attribution(), "the quotation closed before it");
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
        Position talks = positionList(body).stream().filter(p -> p.issue().name().equals("NEGOTIATIONS")).findFirst().orElseThrow();
        return talks.conditions().stream().map(ExtractFixtures::condition).toList();
    }

    @Test
    void eachSentenceIsDatedByItsOwnExpressions() {
        List<Position> ps = positionList("Op 3 februari wees Moskou het vredesplan af. Op 7 februari steunde Kiev het vredesplan.");
        assertEquals(2, ps.size(), ps.toString());
        assertEquals("2023-02-03", ps.get(0).date().toString());
        assertEquals("2023-02-07", ps.get(1).date().toString());
    }

    @Test
    void theSameTripleTwiceInOneSentenceIsOnePosition() {
        List<Position> ps = positionList("Moskou wijst het vredesplan af en verwerpt het vredesplan opnieuw.");
        assertEquals(1, ps.size(), ps.toString());
        assertTrue(ps.get(0).toString().contains("RUS OPPOSES PEACE_PLAN"), ps.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Poetin sprak in Sotsji. Hij wijst elk vredesplan af.                                 | vladimir-putin OPPOSES PEACE_PLAN
            Poetin ontving Erdogan en Lavrov. Daarna wees hij elk vredesplan af.                  | sergey-lavrov OPPOSES PEACE_PLAN
            Rusland verloor terrein, maar het wijst elk vredesplan af.                            | RUS OPPOSES PEACE_PLAN
            Macron reisde naar Kiev. De president steunt veiligheidsgaranties.                    | emmanuel-macron SUPPORTS SECURITY_GUARANTEES
            Macron ontving Zelensky en Scholz. De twee leiders steunen veiligheidsgaranties.      | olaf-scholz SUPPORTS SECURITY_GUARANTEES; volodymyr-zelensky SUPPORTS SECURITY_GUARANTEES
            Peskov gaf een persconferentie. Het Kremlin wijst elk vredesplan af.                   | RUS OPPOSES PEACE_PLAN
            Frankrijk ontving Duitsland. De regering steunt nieuwe sancties.                       | DEU SUPPORTS SANCTIONS
            Frankrijk en Duitsland steunen sancties. Londen ontving hen. Beide landen steunen ook veiligheidsgaranties. | DEU SUPPORTS SANCTIONS; DEU SUPPORTS SECURITY_GUARANTEES; FRA SUPPORTS SANCTIONS; FRA SUPPORTS SECURITY_GUARANTEES
            Parijs ontving gisteren Berlijn. Het weer was goed. Beide landen steunen sancties.     | DEU SUPPORTS SANCTIONS; FRA SUPPORTS SANCTIONS
            Zelensky zei in Parijs dat hij veiligheidsgaranties wil.                                | volodymyr-zelensky SUPPORTS SECURITY_GUARANTEES
            Duitsland en Frankrijk publiceerden een verklaring, en ze steunen nieuwe sancties.| DEU SUPPORTS SANCTIONS; FRA SUPPORTS SANCTIONS
            Hongarije wijst de sancties af. Toch steunt ze een staakt-het-vuren.                    | HUN OPPOSES SANCTIONS; HUN SUPPORTS CEASEFIRE
            „Wij wijzen het vredesplan af”, zei Lavrov. „Wij willen ook geen staakt-het-vuren.”     | sergey-lavrov OPPOSES CEASEFIRE; sergey-lavrov OPPOSES PEACE_PLAN
            """)
    void pronounsAndReferringNouns(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lavrov zei dat Moskou elk vredesplan afwijst.                                | RUS OPPOSES PEACE_PLAN
            Moskou wijst elk vredesplan af, aldus Lavrov.                                | RUS OPPOSES PEACE_PLAN
            „Het vredesplan wijzen we af”, liet Lavrov weten.                            | sergey-lavrov OPPOSES PEACE_PLAN
            Moskou wijst het vredesplan af, liet de Russische minister Lavrov weten.      | RUS OPPOSES PEACE_PLAN
            „Het vredesplan wijzen we af”, laat het Kremlin weten.                       | RUS OPPOSES PEACE_PLAN
            Volgens Lavrov moet Kiev elk vredesplan afwijzen.                             | sergey-lavrov OPPOSES PEACE_PLAN
            Noch Kiev noch Moskou steunt het vredesplan.                                 | RUS OPPOSES PEACE_PLAN; UKR OPPOSES PEACE_PLAN
            Kiev steunt geen sancties noch wapenleveringen.                               | UKR OPPOSES SANCTIONS; UKR OPPOSES WEAPONS_SUPPLY
            Frankrijk, Duitsland en Italië steunen nieuwe sancties.                      | DEU SUPPORTS SANCTIONS; FRA SUPPORTS SANCTIONS; ITA SUPPORTS SANCTIONS
            Ook Polen steunt nieuwe sancties.                                            | POL SUPPORTS SANCTIONS
            Het voorstel van de Turkse president voor een staakt-het-vuren ligt er nog.  | recep-tayyip-erdogan PROPOSES CEASEFIRE
            Poetins eis van neutraliteit blijft staan.                                   | vladimir-putin DEMANDS NEUTRALITY
            De Russische eisen over neutraliteit zijn bekend.                            | RUS DEMANDS NEUTRALITY
            Gesprekken met Moskou zijn voor Kiev onaanvaardbaar.                         | UKR OPPOSES NEGOTIATIONS
            """)
    void speakersOwnersAndCoordination(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moskou wil niet praten over het vredesplan.                                   | RUS OPPOSES NEGOTIATIONS; RUS OPPOSES PEACE_PLAN
            Niet Moskou maar Kiev steunt het vredesplan.                                  | UKR SUPPORTS PEACE_PLAN
            Kiev steunt niet alleen sancties.                                             | UKR SUPPORTS SANCTIONS
            Geen enkel land in de hele regio van de Zwarte Zee steunt nu nog sancties.    | -
            Kiev steunt het vredesplan nooit.                                             | UKR OPPOSES PEACE_PLAN
            Hongarije steunt de nieuwe sancties niet, zei de minister.                    | HUN OPPOSES SANCTIONS
            Hongarije steunt de nieuwe sancties niet maar wil wel gesprekken.             | HUN OPPOSES SANCTIONS; HUN SUPPORTS NEGOTIATIONS
            Kiev steunt het vredesplan, niet de sancties.                                 | UKR OPPOSES SANCTIONS; UKR SUPPORTS PEACE_PLAN
            Moskou betwist dat het elk vredesplan afwijst.                                | RUS SUPPORTS PEACE_PLAN
            """)
    void negationWindows(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kiev wil onderhandelen als Moskou zich terugtrekt en als Moskou een staakt-het-vuren afkondigt. | CEASEFIRE of RUS; WITHDRAWAL of RUS
            Kiev wil onderhandelen als Rusland zich terugtrekt, en als Rusland zich terugtrekt.             | WITHDRAWAL of RUS
            Kiev wil onderhandelen tenzij er met Rusland geen staakt-het-vuren komt.                        | CEASEFIRE of -
            Kiev wil onderhandelen, zolang Moskou het staakt-het-vuren respecteert.                         | CEASEFIRE of RUS
            Kiev steunt gesprekken als Moskou een staakt-het-vuren afkondigt.                               | CEASEFIRE of RUS
            Kiev steunt gesprekken als onderdeel van een vredesplan.                                        | -
            Kiev steunt gesprekken als gevolg van de sancties.                                              | -
            Kiev steunt gesprekken als een manier om een staakt-het-vuren te bereiken.                      | -
            Kiev steunt gesprekken als de facto erkenning van de annexaties.                                 | -
            Kiev beschouwt gesprekken als een opstap naar een staakt-het-vuren.                              | -
            Moskou beschouwt gesprekken als een provocatie.                                                 | -
            Moskou ziet het staakt-het-vuren als onderdeel van een vredesplan.                              | -
            """)
    void conditionsAndComparisons(String body, String expected) {
        List<Position> ps = positionList(body);
        String got = ps.isEmpty() ? "(no position)" : ps.get(0).conditions().stream()
                .map(ExtractFixtures::condition).sorted()
                .collect(Collectors.joining("; "));
        assertEquals(expected.equals("-") ? "" : expected, ps.isEmpty() ? "" : got, ps.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lavrov reageerde op het voorstel van Kiev voor een staakt-het-vuren.        | UKR PROPOSES CEASEFIRE
            Hongarije blokkeert nieuwe EU-sancties.                                      | HUN OPPOSES SANCTIONS
            Op de NAVO-top steunde Duitsland nieuwe sancties.                            | DEU SUPPORTS SANCTIONS
            Moskou wees het vredesplan gisteren in Genève resoluut af.                   | RUS OPPOSES PEACE_PLAN
            Moskou wijst naar Kiev.                                                      | -
            """)
    void ownersCompoundsAndParticles(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @Test
    void aHedgeOfSeveralWordsIsFoundWhole() {
        assertTrue(positionList("Kiev steunt het vredesplan, meldt de krant.").get(0).hedged());
        assertEquals(false, positionList("Kiev steunt het vredesplan, meldt Zelensky.").get(0).hedged());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Zelensky's regering wijst het vredesplan af.                                 | volodymyr-zelensky OPPOSES PEACE_PLAN
            «Wij wijzen het vredesplan af», zei Lavrov.                                  | sergey-lavrov OPPOSES PEACE_PLAN
            "Wij wijzen het vredesplan af", zei Lavrov.                                  | sergey-lavrov OPPOSES PEACE_PLAN
            Gevraagd naar het nieuwe voorstel zweeg Lavrov.                              | -
            Gevraagd naar het voorstel van Kiev voor een staakt-het-vuren zweeg Lavrov.  | UKR PROPOSES CEASEFIRE
            """)
    void wordsQuotesAndTopics(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @Test
    void aMarkerInsideALongerOneIsOneCondition() {
        List<Position> ps = positionList("Kiev wil onderhandelen, maar pas als Rusland zich terugtrekt.");
        assertEquals(1, ps.size(), ps.toString());
        assertEquals(1, ps.get(0).conditions().size(), ps.toString());
        assertTrue(ps.get(0).conditions().get(0).text().startsWith("pas als"), ps.toString());
    }

    @Test
    void quotedWordsAreDirectQuotesAndTheRestIsReported() {
        List<Position> ps = positionList("«Wij wijzen het vredesplan af», zei Lavrov, terwijl Kiev het vredesplan steunt.");
        assertEquals(List.of(Attribution.DIRECT_QUOTE, Attribution.REPORTED), ps.stream().map(Position::attribution).toList(), ps.toString());
    }

    @Test
    void theSpeakerStandsAtMostFourWordsAfterTheVerbOrSixBeforeIt() {
        assertEquals(Set.of("sergey-lavrov OPPOSES PEACE_PLAN"),
                positions("„We wijzen het vredesplan af”, zei gisteren in Genève Lavrov."), "four words after");
        assertEquals(Set.of(),
                positions("„We wijzen het vredesplan af”, zei gisteren laat in Genève Lavrov."), "five words after");
        assertEquals(Set.of("sergey-lavrov OPPOSES PEACE_PLAN"),
                positions("Lavrov in Genève tegen de pers zei: „We wijzen het vredesplan af.”"), "six words before");
    }

    @Test
    void aNegationCountsFromSixWordsBeforeTheCue() {
        assertEquals(Set.of("UKR OPPOSES SANCTIONS"), positions("Kiev heeft nooit zo heel erg veel sancties gesteund."));
        assertEquals(Set.of("UKR SUPPORTS SANCTIONS"), positions("Kiev zei er nooit veel over, maar steunt wel sancties."),
                "a negation in another clause does not count");
    }
}
