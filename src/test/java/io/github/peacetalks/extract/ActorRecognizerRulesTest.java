package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.Mention;
import io.github.peacetalks.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The recognizer's rules one by one (docs/extraction.md, Actors), on the mentions a user reads: "id KIND 'words'".
 * February 2023 is the usual date.
 */
class ActorRecognizerRulesTest {

    private static final PartialDate FEB_2023 = PartialDate.ofMonth(2023, 2);

    private static List<String> ids(String text, PartialDate date) {
        return ActorRecognizer.defaults().recognize(text, date).actors().stream().map(Actor::id).toList();
    }

    private static List<String> ids(String text) {
        return ids(text, FEB_2023);
    }

    private static List<String> mentions(String text, PartialDate date) {
        return ActorRecognizer.defaults().recognize(text, date).mentions().stream()
                .map(m -> m.actor().id() + " " + m.kind() + " '" + m.text() + "'" + (m.locative() ? " locative" : "")).toList();
    }

    private static List<String> mentions(String text) {
        return mentions(text, FEB_2023);
    }

    @Test
    void mentionsComeInSourceOrderAndActorsInOrderOfFirstMention() {
        // the role comes before its owner in the text, though the owner is found first
        assertEquals(List.of("vladimir-putin ROLE 'president van Rusland'", "RUS NAME 'Rusland'", "emmanuel-macron NAME 'Macron'"),
                mentions("De president van Rusland sprak met Macron."));
        assertEquals(List.of("vladimir-putin", "RUS", "emmanuel-macron"), ids("De president van Rusland sprak met Macron."));
        assertEquals(List.of("jens-stoltenberg ROLE 'secretaris-generaal van de NAVO'", "NATO NAME 'NAVO'"),
                mentions("Dat zei de secretaris-generaal van de NAVO."), "de before the owner is skipped");
        List<Mention> m = ActorRecognizer.defaults().recognize(
                "Volgens een woordvoerder van het Witte Huis en de president van Oekraïne is er contact.", FEB_2023).mentions();
        for (int k = 1; k < m.size(); k++) {
            assertTrue(m.get(k - 1).begin() <= m.get(k).begin(), m.toString());
        }
    }

    @Test
    void anOfPhraseNeedsAStateOrOrganisationAsOwner() {
        assertEquals(List.of("vladimir-putin NAME 'Poetin'"), mentions("De woordvoerder van Poetin zweeg."), "a person owns no office");
        assertEquals(List.of(), ids("De president van de voetbalclub sprak."));
        assertEquals(List.of("RUS"), ids("De oud-president van Rusland sprak."), "oud- keeps the date from choosing");
    }

    @Test
    void anOfficialOfANamedParty() {
        assertEquals(List.of("unnamed-EU UNNAMED 'diplomaat van de Europese Unie'", "EU NAME 'Europese Unie'"),
                mentions("Dat zei een diplomaat van de Europese Unie."));
        assertEquals(List.of("EU NAME 'Europese Unie'", "josep-borrell NAME 'Josep Borrell'"),
                mentions("Een diplomaat van de Europese Unie Josep Borrell sprak."), "a name after the official makes him that person");
        assertEquals(List.of("rishi-sunak ROLE 'premier van het VK'", "GBR NAME 'VK'"), mentions("De premier van het VK sprak."),
                "het before the owner is skipped");
        assertEquals(List.of("RUS"), ids("Ex-president van Rusland dreigde opnieuw."), "ex- at the start of the text");
    }

    @Test
    void aPartyBeforeAHyphenAndARoleOrOfficial() {
        assertEquals(List.of("NATO NAME 'NAVO'", "NATO ROLE 'NAVO-woordvoerder'"), mentions("De NAVO-woordvoerder zweeg."));
        assertEquals(List.of("EU NAME 'EU'", "unnamed-EU UNNAMED 'EU-diplomaat'"), mentions("Dat zei een EU-diplomaat"),
                "the compound runs to the end of the text");
        assertEquals(List.of("NATO NAME 'NAVO'"), mentions("De top van de NAVO"), "a party at the end of the text");
        assertEquals(List.of("NATO NAME 'NAVO'"), mentions("Dat zei de NAVO-"));
    }

    @Test
    void demonyms() {
        assertEquals(List.of(), ids("De pro-Russische regering viel."), "after a hyphen a demonym is no mention");
        assertEquals(List.of(), ids("Het leger is Russisch"));
        assertEquals(List.of(), ids("Het leger is Russisch "));
        assertEquals(List.of("RUS DEMONYM 'Russische hoge militaire leiding'"), mentions("De Russische hoge militaire leiding zweeg."),
                "two adjectives between demonym and head");
        assertEquals(List.of(), ids("De Russische hoge militaire politieke leiding zweeg."), "three are too many");
        assertEquals(List.of("FRA DEMONYM 'Franse'", "unnamed-FRA UNNAMED 'Franse ambtenaar'"), mentions("Dat zei een hoge Franse ambtenaar."));
        assertEquals(List.of("GBR", "unnamed-GBR"), ids("Dat zei een Britse senior functionaris."), "senior is a listed modifier");
        assertEquals(List.of("RUS DEMONYM 'Russische onderminister'"), mentions("De Russische onderminister sprak."),
                "a compound ending in a head");
        assertEquals(List.of("RUS DEMONYM 'Russische beroepsleger'"), mentions("Het Russische beroepsleger rukte op."));
        assertEquals(List.of(), ids("De Russische opleider van het team vertrok."), "op plus leider is too short a compound");
        assertEquals(List.of("RUS", "vladimir-putin"), ids("Dat zei de Russische president"), "a role at the end of the text");
        assertTrue(ids("De Russische woordvoerder van het ministerie van Buitenlandse Zaken zei dat.").contains("maria-zakharova"),
                "the longest role wins");
    }

    @Test
    void formerWordsKeepTheDateFromChoosing() {
        assertEquals(List.of("USA"), ids("De voormalige Amerikaanse president sprak in Kiev."));
        assertEquals(List.of("USA", "joe-biden"), ids("De voormalige premier ontmoette de Amerikaanse president.", PartialDate.ofMonth(2022, 6)),
                "a verb between the former word and the role");
        assertFalse(ids("De voormalige Duitse NAVO-chef waarschuwde Moskou.").contains("jens-stoltenberg"));
        assertEquals(List.of("dmitry-peskov"), ids("Dat zei de Kremlinwoordvoerder "), "white space after the role ends the text");
    }

    @Test
    void aPlaceAfterAnAgreementNounIsNoParty() {
        assertEquals(List.of("ITA METONYM 'Rome' locative"), mentions("Het verdrag van Rome blijft gelden."));
        assertEquals(List.of(), ids("Het verdrag van Rome blijft gelden."));
        assertEquals(List.of("UKR"), ids("Een delegatie van Oekraïne reisde af."), "a delegation is no agreement");
    }

    @Test
    void formsThatNameTwoActors() {
        assertEquals(List.of("volodymyr-zelensky"), ids("Johnson sprak met Zelensky."), "a shared surname alone counts for nobody");
        assertEquals(List.of("boris-johnson NAME 'Boris Johnson'", "UKR METONYM 'Kiev' locative", "boris-johnson NAME 'Johnson'",
                "volodymyr-zelensky NAME 'Zelensky'"), mentions("Boris Johnson reisde naar Kiev. Johnson sprak met Zelensky."));
        assertEquals(List.of("anthony-albanese NAME 'Anthony Albanese'", "volodymyr-zelensky NAME 'Zelensky'",
                "anthony-albanese NAME 'Albanese'"), mentions("Anthony Albanese belde met Zelensky. Albanese beloofde steun."),
                "a name wins over a demonym of the same form");
    }

    @Test
    void aNameWinsOverAnOfficialsNounOfTheSameWords() throws Exception {
        ActorLexicon mine = ActorLexicon.defaults().with(ActorLexicon.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                "{\"actors\": [{\"id\": \"piet-bron\", \"kind\": \"PERSON\", \"name\": \"Piet Bron\", \"names\": [\"Bron\"]}]}"),
                "mine.json"));
        assertEquals(List.of("piet-bron"), ActorRecognizer.of(mine).recognize("Bron zei dat het overleg doorgaat.", FEB_2023).actors()
                .stream().map(Actor::id).toList(), "bron is also a noun for an unnamed source");
    }

    @Test
    void caseAndApostrophes() {
        assertEquals(List.of("volodymyr-zelensky NAME 'Zelensky’s'"), mentions("Zelensky’s kantoor reageerde."));
        assertEquals(List.of(), ids("POETIN WIL PRATEN"), "names keep their case");
        assertEquals(List.of("USA METONYM 'Het\u00A0Witte Huis'"), mentions("Het\u00A0Witte Huis twijfelt."), "a no-break space is a space");
    }
}
