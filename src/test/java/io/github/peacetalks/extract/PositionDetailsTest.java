package io.github.peacetalks.extract;

import static io.github.peacetalks.extract.ExtractFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.source.SourceParser;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a position carries besides holder, stance and issue: conditions, counterpart, attribution, hedging, date. */
class PositionDetailsTest {

    private static Position only(String body) {
        List<Position> ps = positionList(body);
        assertEquals(1, ps.size(), ps.toString());
        return ps.get(0);
    }

    private static String conditions(Position p) {
        return p.conditions().stream()
                .map(ExtractFixtures::condition)
                .sorted().collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kiev wil alleen onderhandelen op voorwaarde dat Rusland zijn troepen terugtrekt.  | WITHDRAWAL of RUS
            Kiev wil onderhandelen mits Moskou een staakt-het-vuren aanvaardt.                | CEASEFIRE of RUS
            Als Rusland zijn troepen terugtrekt, is Kiev bereid te onderhandelen.             | WITHDRAWAL of RUS
            Kiev is pas bereid te onderhandelen als Rusland een staakt-het-vuren afkondigt.   | CEASEFIRE of RUS
            Kiev wil onderhandelen in ruil voor veiligheidsgaranties.                          | SECURITY_GUARANTEES of -
            Kiev is bereid te onderhandelen als er eerst een wapenstilstand komt.              | CEASEFIRE of -
            """)
    void aConditionHasTheIssueItNamesAndItsSubject(String body, String expected) {
        assertEquals(expected, conditions(only(body)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moskou ziet het vredesplan als een provocatie.
            Zowel Kiev als Moskou steunen een staakt-het-vuren.
            Kiev is bereid te onderhandelen als er een goed moment komt.
            """)
    void aComparativeAlsOrAConditionWithoutAnIssueAddsNothing(String body) {
        for (Position p : positionList(body)) {
            assertEquals(List.of(), p.conditions(), p.toString());
        }
    }

    @Test
    void aConditionNounWithAListGivesOneConditionPerIssue() {
        Position p = only("Het Kremlin noemde voorwaarden voor vredesgesprekken, waaronder neutraliteit van Oekraïne en erkenning van de annexaties.");
        assertEquals("RUS DEMANDS NEGOTIATIONS", p.holder().id() + " " + p.stance() + " " + p.issue());
        // required of the nearest party between the list marker and the term
        assertEquals("NEUTRALITY of -; TERRITORY of UKR", conditions(p));
        assertEquals(List.of("neutraliteit", "annexaties"), p.conditions().stream().map(Condition::text).toList());
    }

    @Test
    void theCounterpartIsThePartyAfterMetThatIsNotOneself() {
        assertEquals("RUS", only("Kiev is bereid tot gesprekken met Moskou.").counterpart().id());
        assertNull(only("Kiev is bereid tot gesprekken met de Oekraïense regering.").counterpart());
        assertNull(only("Kiev steunt vredesgesprekken.").counterpart());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            „Wij verwerpen dit vredesplan”, zei Lavrov.                                  | DIRECT_QUOTE | false
            Lavrov zei dat Moskou het vredesplan verwerpt.                                | REPORTED     | false
            Volgens ingewijden verwerpt Moskou het vredesplan.                            | UNNAMED_SOURCE | true
            Een Russische diplomaat zei dat Moskou het vredesplan verwerpt.               | UNNAMED_SOURCE | false
            Moskou zou het vredesplan verwerpen.                                          | REPORTED     | true
            Moskou verwerpt naar verluidt het vredesplan.                                 | REPORTED     | true
            Moskou verwerpt mogelijk het vredesplan.                                      | REPORTED     | true
            """)
    void attributionAndHedging(String body, Attribution attribution, boolean hedged) {
        Position p = only(body);
        assertEquals(attribution, p.attribution(), p.toString());
        assertEquals(hedged, p.hedged(), p.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Op 3 januari 2023 wees Moskou het vredesplan af.          | 2023-01-03
            Gisteren wees Moskou het vredesplan af.                   | 2023-02-14
            In 2022 wees Moskou het vredesplan af.                    | 2022
            Moskou wijst sinds 2022 elk vredesplan af.                | 2023-02-15
            Moskou wijst vanaf maart elk vredesplan af.               | 2023-02-15
            """)
    void theDateIsTheSentencesFirstEventDate(String body, String date) {
        assertEquals(date, only(body).date().toString());
    }
}
