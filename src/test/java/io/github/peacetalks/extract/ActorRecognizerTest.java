package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Actor;
import io.github.peacetalks.model.ActorKind;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Mention;
import io.github.peacetalks.model.MentionKind;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.source.SourceParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorRecognizerTest {

    private static final ActorRecognizer R = ActorRecognizer.defaults();
    private static final PartialDate FEB_2023 = PartialDate.ofMonth(2023, 2);

    private static List<String> ids(String text, PartialDate date) {
        return R.recognize(text, date).actors().stream().map(Actor::id).toList();
    }

    private static List<String> ids(String text) {
        return ids(text, FEB_2023);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Poetin zei niets.                              | vladimir-putin
            Volgens Putin is dat onzin.                    | vladimir-putin
            Zelenski reageerde boos.                       | volodymyr-zelensky
            Zelensky's kantoor reageerde.                  | volodymyr-zelensky
            Loekasjenko bood aan te bemiddelen.            | alexander-lukashenko
            Erdoğan belde met beide leiders.               | recep-tayyip-erdogan
            Erdogan belde met beide leiders.               | recep-tayyip-erdogan
            Moskou wijst het plan af.                      | RUS
            Het Kremlin wijst het plan af.                 | RUS
            Volgens het Kremlin is dat onzin.              | RUS
            Kiev houdt vast aan de formule.                | UKR
            Kyiv houdt vast aan de formule.                | UKR
            Washington twijfelt.                           | USA
            Het Witte Huis twijfelt.                       | USA
            Londen stelt voor wapens te leveren.           | GBR
            Parijs en Berlijn steunen dat.                 | FRA
            Het Elysée liet weten dat het akkoord is.      | FRA
            Peking zegt neutraal te zijn.                  | CHN
            Brussel wil de sancties verlengen.             | EU
            De VS steunen Kiev.                            | USA
            Het VK is tegen.                               | GBR
            De NAVO vergadert.                             | NATO
            De VN roepen op tot een bestand.               | UN
            Het Westen aarzelt.                            | west
            Europese leiders spreken in Parijs.            | europe
            De Afrikaanse leiders kwamen naar Kiev.        | africa
            """)
    void resolvesEveryWayANameIsWritten(String text, String id) {
        assertEquals(id, ids(text).get(0), text);
    }

    @Test
    void demonymsCountOnAPoliticalHeadOnly() {
        assertEquals(List.of("RUS"), ids("De Russische regering maakte het bekend."));
        assertEquals(List.of("UKR"), ids("Het Oekraïense leger rukt op."));
        assertEquals(List.of("RUS"), ids("Russische troepen trokken zich terug."));
        assertEquals(List.of(), ids("Dat meldde de Britse krant."), "a newspaper is no party");
        assertEquals(List.of(), ids("Er was Russische kaviaar op het diner."));
        assertEquals(List.of(), ids("Pro-Russische separatisten hielden stand."), "pro-Russian is not Russia");
        assertEquals(List.of("RUS", "UKR"), ids("De Russisch-Oekraïense grens is lang. Rusland en Oekraïne praten."));
    }

    @Test
    void compoundsNameTheirParty() {
        assertEquals(List.of("NATO"), ids("Op de NAVO-top werd niets besloten."));
        assertEquals(List.of("EU"), ids("De EU-leiders kwamen bijeen."));
        assertTrue(ids("Het NAVO-lidmaatschap van Oekraïne blijft omstreden.").contains("NATO"));
    }

    @Test
    void rolesResolveToWhoeverHeldThemOnTheArticlesDate() {
        String s = "De Duitse bondskanselier sprak urenlang.";
        assertTrue(ids(s, PartialDate.ofMonth(2019, 5)).contains("angela-merkel"));
        assertTrue(ids(s, PartialDate.ofMonth(2023, 5)).contains("olaf-scholz"));
        assertTrue(ids(s, PartialDate.ofMonth(2025, 8)).contains("friedrich-merz"));
        String navo = "De NAVO-secretaris-generaal waarschuwde Moskou.";
        assertTrue(ids(navo, PartialDate.ofDay(2020, 3, 1)).contains("jens-stoltenberg"));
        assertTrue(ids(navo, PartialDate.ofDay(2025, 3, 1)).contains("mark-rutte"));
        String kremlin = "Kremlinwoordvoerder zei dat er geen gesprekken zijn.";
        assertTrue(ids(kremlin, FEB_2023).contains("dmitry-peskov"));
        String us = "De Amerikaanse president wil een akkoord.";
        assertTrue(ids(us, PartialDate.ofMonth(2022, 6)).contains("joe-biden"));
        assertTrue(ids(us, PartialDate.ofMonth(2025, 6)).contains("donald-trump"));
        assertEquals(List.of("USA"), ids(us, null), "without a date a bare role is its state");
    }

    @Test
    void aRoleIsNotResolvedAcrossAChangeOfHolderWithinACoarseDate() {
        // the office changed hands in 2021: a year-precision article cannot say who
        assertEquals(List.of("USA"), ids("De Amerikaanse president sprak.", PartialDate.ofYear(2021)));
    }

    @Test
    void aNamedHolderAfterTheRoleWinsOverTheDate() {
        List<String> a = ids("De voormalige Amerikaanse minister van Buitenlandse Zaken Henry Kissinger sprak in Davos.");
        assertTrue(a.contains("henry-kissinger"), a.toString());
        assertFalse(a.contains("antony-blinken"), a.toString());
        List<String> b = ids("De Franse president Emmanuel Macron belde met Poetin.", PartialDate.ofYear(2023));
        assertEquals(List.of("FRA", "emmanuel-macron", "vladimir-putin"), b);
    }

    @Test
    void unnamedOfficials() {
        assertTrue(ids("Dat zei een hoge Franse ambtenaar tegen de krant.").contains("unnamed-FRA"));
        assertTrue(ids("Amerikaanse functionarissen bevestigden het gesprek.").contains("unnamed-USA"));
        assertTrue(ids("Een hoge EU-diplomaat sprak van een doorbraak.").contains("unnamed-EU"));
        assertTrue(ids("Volgens een woordvoerder van het Witte Huis is er contact.").contains("unnamed-USA"));
        assertTrue(ids("Een naamloze Britse functionaris vertelde dat.").contains("unnamed-GBR"));
        List<String> named = ids("De Oekraïense onderhandelaar Mychajlo Podoljak zei nee.");
        assertFalse(named.contains("unnamed-UKR"), "a negotiator with a name is that person: " + named);
        Actor u = R.recognize("Een Turkse regeringsbron bevestigde het.", FEB_2023).actors().stream()
                .filter(x -> x.kind() == ActorKind.UNNAMED).findFirst().orElseThrow();
        assertEquals("TUR", u.affiliation());
    }

    @Test
    void mediaOutletsAreSourcesNotActors() {
        assertEquals(List.of(), ids("Dat meldt The Washington Post op basis van bronnen."));
        assertEquals(List.of(), ids("Volgens de Wall Street Journal is dat zo."));
        assertEquals(List.of(), ids("De Financial Times schreef erover."));
    }

    @Test
    void placesVisitedAreNotParties() {
        List<Mention> m = R.recognize("De president sprak tijdens een bezoek aan Ierland.", FEB_2023).mentions();
        assertTrue(m.stream().anyMatch(x -> x.actor().id().equals("IRL") && x.locative()), m.toString());
        assertEquals(List.of(), ids("De president sprak tijdens een bezoek aan Ierland."));
        assertEquals(List.of(), ids("De akkoorden van Minsk zijn dood."));
        assertEquals(List.of("HUN"), ids("De top in Boedapest gaat niet door. Hongarije zegt het te betreuren."));
        assertEquals(List.of(), ids("De top in Boedapest gaat niet door."));
    }

    @Test
    void shortFormsAreCaseSensitive() {
        assertEquals(List.of(), ids("Ajax vs. PSV eindigde gelijk."));
        assertEquals(List.of("USA"), ids("De VS leveren meer wapens."));
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("BLR", "alexander-lukashenko"), ids("De Wit-Russische president Loekasjenko sprak. Wit-Rusland zweeg."),
                "Wit-Russische is Belarus, not Russia");
        assertEquals(List.of("EU"), ids("De Europese Unie zwijgt."));
    }

    @Test
    void actorsComeOnceInOrderOfFirstMention() {
        assertEquals(List.of("UKR", "RUS", "FRA"), ids("Kiev en Moskou praten. Parijs kijkt toe. Kiev wil meer. Moskou niet."));
    }

    @Test
    void boilerplateIsNeverSearched() {
        Article a = SourceParser.lenient().parseArticle(
                "november 3, 2024\n\nKop over Kiev\n\nKop over Kiev\n\nOekraïne wil praten.\n\nREAD\u00A0 Starmer presenteert zijn begroting\n", "t");
        Article x = Extractor.defaults().extract(a);
        List<String> ids = x.actors().stream().map(Actor::id).toList();
        assertEquals(List.of("UKR"), ids);
    }

    @Test
    void mentionsPointAtTheirWords() {
        Article a = Extractor.defaults().extract(SourceParser.lenient().parseArticle(
                " date 2022-02 Poetin wil praten\n\nDe Oekraïense president Zelensky is bereid. Het Kremlin zwijgt.", "t"));
        String src = a.source();
        List<Mention> m = ActorRecognizer.defaults().recognize(a).mentions();
        assertFalse(m.isEmpty());
        for (Mention x : m) {
            assertEquals(x.text(), src.substring(x.begin(), x.end()));
        }
        assertTrue(m.stream().anyMatch(x -> x.kind() == MentionKind.METONYM && x.text().equals("Het Kremlin")));
        assertEquals(List.of("vladimir-putin", "UKR", "volodymyr-zelensky", "RUS"), a.actors().stream().map(Actor::id).toList());
    }
}
