package io.github.peacetalks.extract;

import static io.github.peacetalks.extract.ExtractFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.source.SourceParser;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One case per rule of docs/extraction.md, "Positions": each body is written for the rule and the
 * expected positions are the whole set a reader of that rule expects ("-" for none).
 */
class PositionRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moskou wijst een nieuwe ronde vredesgesprekken af.                       | RUS OPPOSES NEGOTIATIONS
            Het Kremlin heeft het vredesplan afgewezen.                              | RUS OPPOSES PEACE_PLAN
            Moskou weigert het Chinese twaalfpuntenvredesplan.                        | RUS OPPOSES PEACE_PLAN
            Washington sluit een staakt-het-vuren niet uit.                          | USA SUPPORTS CEASEFIRE
            """)
    void cuesAndTerms(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moskou eist dat Oekraïne instemt met neutraliteit.                         | RUS DEMANDS NEUTRALITY
            Elke gebiedsafstand is voor Kiev onaanvaardbaar.                            | UKR OPPOSES TERRITORY
            Het voorstel van Turkije voor een staakt-het-vuren kreeg weinig bijval.    | TUR PROPOSES CEASEFIRE
            Moskou weigert het door Washington gesteunde vredesplan.                   | RUS OPPOSES PEACE_PLAN; USA SUPPORTS PEACE_PLAN
            Oekraïne wil lid worden van de NAVO, een stap die Rusland afwijst.          | RUS OPPOSES NATO_MEMBERSHIP; UKR SUPPORTS NATO_MEMBERSHIP
            """)
    void whichCueGovernsWhichIssue(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Een staakt-het-vuren is volgens Kiev niet aan de orde.                              | UKR OPPOSES CEASEFIRE
            Zowel Kiev als Moskou wijzen het vredesplan af.                                      | RUS OPPOSES PEACE_PLAN; UKR OPPOSES PEACE_PLAN
            De Franse president Emmanuel Macron steunt veiligheidsgaranties voor Oekraïne.       | emmanuel-macron SUPPORTS SECURITY_GUARANTEES
            Hongarije sprak in Brussel. Het land verzet zich tegen nieuwe sancties.              | HUN OPPOSES SANCTIONS
            Rusland en Oekraïne spraken in Istanbul. Beide landen steunen een staakt-het-vuren.  | RUS SUPPORTS CEASEFIRE; UKR SUPPORTS CEASEFIRE
            Lavrov zei dat Rusland openstaat voor gesprekken.                                    | RUS SUPPORTS NEGOTIATIONS
            „Wij willen geen staakt-het-vuren”, zei Lavrov.                                      | sergey-lavrov OPPOSES CEASEFIRE
            Het vredesplan werd afgewezen door Moskou.                                           | RUS OPPOSES PEACE_PLAN
            Door Moskou werd het vredesplan afgewezen.                                           | RUS OPPOSES PEACE_PLAN
            Kiev wil het NAVO-lidmaatschap, een stap die door Trump werd uitgesloten.            | UKR SUPPORTS NATO_MEMBERSHIP; donald-trump OPPOSES NATO_MEMBERSHIP
            """)
    void theHolder(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Hongarije steunt de nieuwe sancties niet.                   | HUN OPPOSES SANCTIONS
            Moskou ontkende dat het de gesprekken weigert.               | RUS SUPPORTS NEGOTIATIONS
            Het is niet zo dat Kiev gesprekken weigert.                  | UKR SUPPORTS NEGOTIATIONS
            Kiev eist dat Rusland de aanvallen staakt.                   | UKR DEMANDS CEASEFIRE
            Hongarije wil de sancties tegen Rusland opheffen.            | HUN SUPPORTS SANCTIONS_RELIEF
            """)
    void theStance(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Steunt Parijs een staakt-het-vuren?                                  | -
            Na het afbreken van de gesprekken vertrok de delegatie.              | -
            Gevraagd naar het voorstel zweeg Lavrov.                             | -
            Moskou eist de terugtrekking van alle NAVO-troepen uit Oost-Europa.  | RUS DEMANDS WITHDRAWAL
            """)
    void filters(String body, String expected) {
        assertEquals(expected(expected), positions(body));
    }
}
