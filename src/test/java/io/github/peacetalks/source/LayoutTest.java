package io.github.peacetalks.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Part;
import io.github.peacetalks.model.PartKind;
import io.github.peacetalks.model.PartialDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutTest {

    private static final SourceParser PARSER = SourceParser.lenient();

    private static Article one(String text) {
        return PARSER.parseArticle(text, "t");
    }

    private static List<String> rules(Article a) {
        return a.removed().stream().map(Part::rule).toList();
    }

    @Test
    void headerWithHeadlineAndBlankLineParagraphs() {
        Article a = one(" date 2023-02 Berlijn wil nieuwe gesprekken met Moskou\n\nEerste alinea over de top.\n\n\n\nTweede alinea.");
        assertEquals(PartialDate.ofMonth(2023, 2), a.date());
        assertEquals("Berlijn wil nieuwe gesprekken met Moskou", a.title());
        assertEquals("Eerste alinea over de top.\n\nTweede alinea.", a.text());
        assertEquals(PartKind.SPACE, a.parts().get(0).kind());
        assertEquals("date 2023-02", a.parts().get(1).text());
    }

    @Test
    void headerDateForms() {
        assertEquals("2024-11-23", one("date 2024-11-23 Kop van het stuk\n\nTekst.").date().toString());
        assertEquals("2019", one("date 2019 Kop van het stuk\n\nTekst.").date().toString());
        assertEquals("2024-11-23", one("date 23 november 2024 Kop van het stuk\n\nTekst.").date().toString());
        assertEquals("Kop van het stuk", one("date 23 november 2024 Kop van het stuk\n\nTekst.").title());
        assertNull(one("dates matter a lot\n\nTekst.").date(), "a word starting with date is no header");
    }

    @Test
    void chromeAfterTheHeadlineIsRemoved() {
        Article a = one(" date 2023-04 Moskou verwerpt bestand Nieuws • Vandaag • leestijd 3 minuten • 12 keer bekeken • bewaren\n\nHet Kremlin zegt nee.");
        assertEquals("Moskou verwerpt bestand", a.title());
        assertEquals(List.of("chrome-chain"), rules(a));
        Article b = one(" date 2024-06 Kiev wil eerst wapens Buitenland | Politiek | 4 min leestijd | 9 reacties | Deel dit artikel\n\nTekst.");
        assertEquals("Kiev wil eerst wapens", b.title());
    }

    @Test
    void headerThatRunsOnSplitsAfterTheFirstSentence() {
        Article a = one(" date 2022-02 Minsk biedt aan de gesprekken te houden. Loekasjenko belde gisteren met Kiev. Dat zei zijn woordvoerder.\n\nTweede.");
        assertEquals("Minsk biedt aan de gesprekken te houden.", a.title());
        assertEquals("Loekasjenko belde gisteren met Kiev. Dat zei zijn woordvoerder.\n\nTweede.", a.text());
    }

    @Test
    void abbreviationsAndInitialsDoNotEndTheTitle() {
        Article a = one(" date 2022-03 Volgens o.a. J. Borrell moet de EU meer doen. Tweede zin.\n");
        assertEquals("Volgens o.a. J. Borrell moet de EU meer doen.", a.title());
    }

    @Test
    void headlineOnTheLineAfterAChromeOnlyHeader() {
        Article a = one(" date 2024-03 Deel dit artikel: Share App Mail Tweet Pin\nParijs sluit grondtroepen niet uit\n\nDe Franse president zei dat.");
        assertEquals("Parijs sluit grondtroepen niet uit", a.title());
        assertEquals("De Franse president zei dat.", a.text());
        assertEquals(List.of("share-buttons"), rules(a));
        Article b = one(" date 2021-12 - logo-icon\n\nRutte spreekt met Biden over Oekraïne\n\nTekst van het stuk.");
        assertEquals("Rutte spreekt met Biden over Oekraïne", b.title());
    }

    @Test
    void dateOnlyHeaderWithBodyProseHasNoTitle() {
        Article a = one(" date 2022\n\nDe ministers spraken urenlang in Genève. Er kwam geen akkoord.");
        assertNull(a.title());
        assertEquals(PartialDate.ofYear(2022), a.date());
    }

    @Test
    void pageWithDateLineChromeAndRepeatedHeadline() {
        String src = "maart 14, 2023\n\nBuitenland\n\nElke dag het nieuws, kort en helder.\n\nGraandeal op losse schroeven\n\n"
                + "Graandeal op losse schroeven\n\nRusland wil de deal niet verlengen.\n\nREAD\u00A0 Duurdere energie op komst\n\n"
                + "Turkije bemiddelt opnieuw.\n\nLees hier de volledige analyse:\n";
        Article a = one(src);
        assertEquals(PartialDate.ofDay(2023, 3, 14), a.date());
        assertEquals("Graandeal op losse schroeven", a.title());
        assertEquals("Rusland wil de deal niet verlengen.\n\nTurkije bemiddelt opnieuw.", a.text());
        assertTrue(rules(a).containsAll(List.of("repeated-headline", "read-link", "call-to-action")), rules(a).toString());
    }

    @Test
    void headerlessPages() {
        Article prose = one("De gesprekken in Riyad duurden twaalf uur.\nBeide partijen noemden ze nuttig.\n\n\n");
        assertNull(prose.title());
        assertNull(prose.date());
        assertEquals(2, prose.paragraphs().size());
        Article stamped = one("Washington kondigt nieuwe sancties aan\nGepubliceerd op 05/06/2024 14:20 in Buitenland\nDe regering maakte bekend dat.");
        assertEquals("Washington kondigt nieuwe sancties aan", stamped.title());
        assertEquals(PartialDate.ofDay(2024, 6, 5), stamped.date());
        assertEquals("De regering maakte bekend dat.", stamped.text());
        Article relative = one("Kremlin reageert op voorstel\nNOS Nieuws • vandaag, 13:04\nPeskov zei dat.");
        assertNull(relative.date(), "a relative stamp gives no date");
        assertEquals("Peskov zei dat.", relative.text());
    }

    @Test
    void headerDateWinsOverStamps() {
        Article a = one(" date 2015-02 Akkoord in Minsk\nDoor ANP - 12-03-2016, 09:41\n\nDe leiders tekenden.");
        assertEquals(PartialDate.ofMonth(2015, 2), a.date());
        assertEquals(List.of("byline"), rules(a));
        Article b = one("Akkoord in Minsk\nDoor ANP - 12-02-2015, 09:41 (Update 12-02-2015, 11:03)\n\nDe leiders tekenden.");
        assertEquals(PartialDate.ofDay(2015, 2, 12), b.date());
    }

    @Test
    void wireDatelineOpensTheBody() {
        Article a = one(" date 2023-06 Kiev wil niet praten\n\nKIEV (ANP/AFP) - De regering zegt nee.\n\nMOSKOU (ANP) - blijft staan.");
        assertEquals("De regering zegt nee.\n\nMOSKOU (ANP) - blijft staan.", a.text(), "only the first paragraph loses its dateline");
        Article b = one(" date 2025-11-25 WASHINGTON (ANP) - De president stuurt een gezant. Hij wil een akkoord.");
        assertEquals("De president stuurt een gezant.", b.title());
        assertEquals("Hij wil een akkoord.", b.text());
    }

    @Test
    void intermediateHeadingsStayInTheBody() {
        Article a = one(" date 2022-02 Kop\n\nEerste alinea.\n\nEerder bestand\n\nTweede alinea.");
        assertEquals("Eerste alinea.\n\nEerder bestand\n\nTweede alinea.", a.text());
    }

    @Test
    void lineEndsAreKeptAsTheyAre() {
        String src = "date 2022-02 Kop van het stuk\r\n\r\nEerste alinea.\rTweede alinea.\nDerde alinea.";
        Article a = one(src);
        assertEquals(src, a.source());
        assertEquals(3, a.paragraphs().size());
        Part second = a.paragraphs().get(1);
        assertEquals("Tweede alinea.", src.substring(second.begin(), second.end()));
    }

    @Test
    void aLineBrokenInsideASentenceJoinsTheNext() {
        Article a = one(" date 2022-02 Kop\n\nDe minister zei dat de\ngesprekken doorgaan.\nNieuwe alinea.");
        assertEquals(2, a.paragraphs().size());
        assertEquals("De minister zei dat de gesprekken doorgaan.\n\nNieuwe alinea.", a.text());
    }

    @Test
    void noBreakSpacesBecomePlainSpacesInTheText() {
        Article a = one(" date 2022-02 Kop\n\nSinds 24\u00A0februari 2022.");
        assertEquals("Sinds 24 februari 2022.", a.text());
        assertTrue(a.source().contains("24\u00A0februari"), "the source keeps them");
    }

    @Test
    void menuAtTheEndRemovesEverythingAfterIt() {
        Article a = one(" date 2022-02 Kop\n\nInhoud.\n\nSnelkoppelingen\nHome\nBuitenland\nContact\n");
        assertEquals("Inhoud.", a.text());
        assertEquals(List.of("menu"), rules(a));
    }

    @Test
    void impossibleDatesAreRecordedOrThrown() {
        Article a = one(" date 2023-13 Kop van het stuk\n\nTekst.");
        assertNull(a.date());
        assertEquals("Kop van het stuk", a.title());
        assertEquals(1, a.problems().size());
        assertEquals(1, a.problems().get(0).line());
        assertEquals(2, a.problems().get(0).column());
        SourceException e = assertThrows(SourceException.class,
                () -> SourceParser.strict().parseArticle("\n31 februari 2024\n\nTekst.", "x.txt"));
        assertEquals(2, e.problem().line());
        assertEquals(1, e.problem().column());
        assertTrue(e.getMessage().startsWith("x.txt:2:1:"), e.getMessage());
    }

    @Test
    void emptyAndBlankInputGiveAnEmptyArticle() {
        Article empty = one("");
        assertNull(empty.title());
        assertEquals("", empty.text());
        assertTrue(empty.parts().isEmpty());
        Article blank = one(" \n\n\t\n");
        assertEquals(" \n\n\t\n", blank.source());
        assertFalse(blank.parts().stream().anyMatch(p -> p.kind() != PartKind.SPACE));
    }

    @Test
    void aLeadingByteOrderMarkIsNotText() {
        Article a = one("\uFEFF date 2022-02 Kop\n\nTekst.");
        assertEquals(" date 2022-02 Kop\n\nTekst.", a.source());
        assertEquals(PartialDate.ofMonth(2022, 2), a.date());
    }

    /** A line of Dutch words cut to exactly {@code length} characters (no full stop, no trailing space). */
    private static String lineOf(String first, int length) {
        StringBuilder b = new StringBuilder(first);
        while (b.length() < length) {
            b.append(" onderhandelingen");
        }
        b.setLength(length);
        assertTrue(b.charAt(length - 1) != ' ');
        return b.toString();
    }

    private static List<String> paragraphs(Article a) {
        return a.paragraphs().stream().map(Part::text).toList();
    }

    @Test
    void dateMustBeAWordOfItsOwnBeforeTheDate() {
        assertNull(one("date2024 Kop van het stuk\n\nTekst.").date(), "no space after date");
        assertNull(one("Kyiv 2024 in cijfers\n\nTekst.").date(), "another four-letter word is no header");
        assertEquals(PartialDate.ofYear(2024), one("DATE: 2024 Kop van het stuk\n\nTekst.").date());
    }

    @Test
    void aYearOfZerosIsADateHeaderWithAProblemAndNinesAreAYear() {
        Article a = one(" date 0000 Kop van het stuk\n\nTekst.");
        assertNull(a.date());
        assertEquals("Kop van het stuk", a.title());
        assertEquals(1, a.problems().size());
        assertTrue(a.problems().get(0).message().contains("\"0000\" is not a real date"), a.problems().get(0).message());
        assertEquals(PartialDate.ofYear(9999), one(" date 9999 Kop van het stuk\n\nTekst.").date());
    }

    @Test
    void aMenuBeforeTheFirstParagraphRemovesTheRest() {
        Article a = one(" date 2022-02 Kop\n\nSnelkoppelingen\nHome\nContact\n");
        assertEquals("", a.text());
        assertEquals(List.of("menu"), rules(a));
    }

    @Test
    void aDateLineAfterTheHeaderOrBetweenParagraphsIsAnEntryDate() {
        Article top = one(" date 2022-02 Kop\n\n14 februari 2022\n\nTekst van het stuk.");
        assertEquals("Tekst van het stuk.", top.text());
        assertEquals(List.of("entry-date"), rules(top));
        String lead = "Dit is een lange eerste alinea die ruim voorbij de zestig tekens van de tekst loopt.";
        Article body = one(" date 2022-02 Kop\n\n" + lead + "\n\n14 februari 2022\n\nTweede alinea.");
        assertEquals(lead + "\n\nTweede alinea.", body.text());
        assertEquals(List.of("entry-date"), rules(body));
    }

    @Test
    void anEntryDateLineIsAtMostSixtyCharacters() {
        String sixty = "14" + " ".repeat(45) + "februari 2022";
        assertEquals(60, sixty.length());
        String sixtyOne = "14" + " ".repeat(46) + "februari 2022";
        assertEquals(List.of("entry-date"), rules(one(" date 2022-02 Kop\n\n" + sixty + "\n\nTekst van het stuk.")));
        assertEquals(List.of(), rules(one(" date 2022-02 Kop\n\n" + sixtyOne + "\n\nTekst van het stuk.")));
        assertEquals(List.of("entry-date"), rules(one(" date 2022-02 Kop\n\nTekst.\n\n" + sixty + "\n\nMeer tekst.")));
        assertEquals(List.of(), rules(one(" date 2022-02 Kop\n\nTekst.\n\n" + sixtyOne + "\n\nMeer tekst.")));
    }

    @Test
    void aChromeChainOnALineOfItsOwnIsRemovedAboveAndInTheBody() {
        String chain = "Analyse • Opinie • 4 reacties";
        Article top = one(" date 2022-02 Kop\n\n" + chain + "\n\nTekst van het stuk.");
        assertEquals("Tekst van het stuk.", top.text());
        assertEquals(List.of("chrome-chain"), rules(top));
        String lead = lineOf("Een eerste alinea", 320) + ".";
        Article body = one(" date 2022-02 Kop\n\n" + lead + "\n\n" + chain + "\n\nTweede alinea.");
        assertEquals(lead + "\n\nTweede alinea.", body.text());
        assertEquals(List.of("chrome-chain"), rules(body));
    }

    /** A chrome chain of exactly {@code length} characters: section labels, then padding, then a chrome word. */
    private static String chainOf(int length) {
        StringBuilder b = new StringBuilder("Analyse");
        while (b.length() + " • Opinie".length() + " • 4 reacties".length() <= length) {
            b.append(" • Opinie");
        }
        while (b.length() + " • 4 reacties".length() < length) {
            b.append(' ');
        }
        return b.append(" • 4 reacties").toString();
    }

    @Test
    void aChromeChainLineIsAtMostThreeHundredCharacters() {
        assertEquals(300, chainOf(300).length());
        assertEquals(301, chainOf(301).length());
        assertEquals(List.of("chrome-chain"), rules(one(" date 2022-02 Kop\n\n" + chainOf(300) + "\n\nMeer tekst.")));
        assertEquals(List.of("chrome-chain"), rules(one(" date 2022-02 Kop\n\nTekst.\n\n" + chainOf(300) + "\n\nMeer tekst.")));
        assertEquals(List.of(), rules(one(" date 2022-02 Kop\n\n" + chainOf(301) + "\n\nMeer tekst.")));
        assertEquals(List.of(), rules(one(" date 2022-02 Kop\n\nTekst.\n\n" + chainOf(301) + "\n\nMeer tekst.")));
    }

    @Test
    void theHeadlineRepeatedInTheBodyIsRemovedButALineThatGoesOnIsNot() {
        Article a = one(" date 2022-02 Graan blijft liggen\n\nEerste alinea.\n\nGraan  blijft liggen\n\nGraan blijft liggen in de havens.");
        assertEquals("Eerste alinea.\n\nGraan blijft liggen in de havens.", a.text());
        assertEquals(List.of("repeated-headline"), rules(a));
    }

    @Test
    void aPrefixRemovedFromALaterParagraphLeavesItsTextJoined() {
        Article a = one(" date 2022-02 Kop\n\nEerste alinea.\n\nPremium De minister zei dat de\ngesprekken doorgaan.");
        assertEquals("Eerste alinea.\n\nDe minister zei dat de gesprekken doorgaan.", a.text());
        assertEquals(List.of("subscriber-notice"), rules(a));
    }

    @Test
    void onlyALowerCaseLineAfterAnOpenSentenceJoinsIt() {
        Article a = one(" date 2022-02 Kop\n\nDe minister zei dat de\n\ngesprekken doorgaan.\nDe eerste zin is af.\nen deze regel begint klein."
                + "\nDeze regel heeft geen punt\nNieuwe regel met een hoofdletter.");
        assertEquals(List.of("De minister zei dat de", "gesprekken doorgaan.", "De eerste zin is af.", "en deze regel begint klein.",
                "Deze regel heeft geen punt", "Nieuwe regel met een hoofdletter."), paragraphs(a));
    }

    @Test
    void anInvalidStampDateIsLocatedOnItsLine() {
        Article a = one("Kop van het stuk\n\nGepubliceerd op 31/02/2024 14:20 in Buitenland\nDe regering maakte bekend dat.");
        assertNull(a.date());
        assertEquals(1, a.problems().size());
        assertEquals(3, a.problems().get(0).line());
        assertEquals(17, a.problems().get(0).column());
    }

    @Test
    void chromeInTheHeaderLineIsRemovedWhateverItsKind() {
        Article photo = one(" date 2022-02 Foto: ANP\nMoskou weigert gesprek\n\nTekst.");
        assertEquals("Moskou weigert gesprek", photo.title());
        assertEquals(List.of("photo-credit"), rules(photo));
        Article byline = one(" date 2022-02 Door onze correspondent\nMoskou weigert gesprek\n\nTekst.");
        assertEquals("Moskou weigert gesprek", byline.title());
        assertEquals(List.of("byline"), rules(byline));
        Article chain = one(" date 2022-02 Analyse • Opinie • 4 reacties\nMoskou weigert gesprek\n\nTekst.");
        assertEquals("Moskou weigert gesprek", chain.title());
        assertEquals(List.of("chrome-chain"), rules(chain));
    }

    @Test
    void aHeadlineRepeatedWithinTheFirstNineLinesIsFound() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            b.append("Regel ").append(i).append(" van het menu,\n");
        }
        Article found = one(b + "Graan blijft liggen\nGraan blijft liggen\nRusland wil de deal niet verlengen.");
        assertEquals("Graan blijft liggen", found.title());
        Article late = one(b + "Regel 8 van het menu,\nGraan blijft liggen\nGraan blijft liggen\nRusland wil de deal niet verlengen.");
        assertNull(late.title(), "the repeat is on the tenth line: outside the window");
    }

    @Test
    void aHeadlineThatIsNoTitleByItsShapeIsFoundByItsRepeat() {
        Article a = one("Poetin zegt nee.\nPoetin zegt nee.\nHet Kremlin wijst het plan af.");
        assertEquals("Poetin zegt nee.", a.title());
        assertEquals("Het Kremlin wijst het plan af.", a.text());
        String long220 = lineOf("Vredesoverleg", 219) + ".";
        assertEquals(long220, one(long220 + "\n" + long220 + "\nTekst van het stuk.").title());
        String long221 = lineOf("Vredesoverleg", 220) + ".";
        assertNull(one(long221 + "\n" + long221 + "\nTekst van het stuk.").title());
    }

    @Test
    void aStandaloneHeadlineHasTheShapeOfATitle() {
        assertEquals("Vrede nu", one("Vrede nu\nDe tekst van het stuk.").title(), "eight characters, two words");
        assertNull(one("Rust nu\nDe tekst van het stuk.").title(), "seven characters");
        assertNull(one("Oekraïne\nDe tekst van het stuk.").title(), "one word");
        String t220 = lineOf("Vredesoverleg", 220);
        assertEquals(t220, one(t220 + "\nDe tekst van het stuk.").title());
        assertNull(one(lineOf("Vredesoverleg", 221) + "\nDe tekst van het stuk.").title());
        String thirty = "Kiev" + " en Moskou".repeat(14) + " praten";
        assertEquals(30, thirty.split(" ").length);
        assertEquals(thirty, one(thirty + "\nDe tekst van het stuk.").title());
        assertNull(one(thirty + " verder\nDe tekst van het stuk.").title(), "31 words");
        assertNull(one("Wat Kiev wil,\nDe tekst van het stuk.").title());
        assertNull(one("Wat Kiev wil;\nDe tekst van het stuk.").title());
        assertNull(one("Wat Kiev wil:\nDe tekst van het stuk.").title());
        assertNull(one("Wat Kiev wil.\nDe tekst van het stuk.").title());
        assertEquals("Vrede in zicht...", one("Vrede in zicht...\nDe tekst van het stuk.").title());
        assertEquals("3 doden bij aanval op Charkiv", one("3 doden bij aanval op Charkiv\nDe tekst van het stuk.").title());
        assertEquals("\u2018Wij willen vrede\u2019 zegt Zelensky", one("\u2018Wij willen vrede\u2019 zegt Zelensky\nDe tekst van het stuk.").title());
        assertNull(one("kiev wil niet praten\nDe tekst van het stuk.").title(), "lower case");
        assertNull(one("Kiev zegt nee. Moskou ook\nDe tekst van het stuk.").title(), "two sentences");
        assertEquals("Vrede nu", one("\n".repeat(230) + "Vrede nu\nDe tekst van het stuk.").title(), "far into the text");
    }

    @Test
    void headerlessProseKeepsOneParagraphPerLine() {
        Article a = one("Eerste zin van het stuk.\nTweede zin van het stuk.\nDerde zin van het stuk.");
        assertEquals(3, a.paragraphs().size());
    }

    @Test
    void aPrefixThatIsTheWholeLineLeavesTheNextLineItsOwnParagraph() {
        Article a = one(" date 2022-02 Kop\n\nEerste alinea.\n\nPremium\nen verder gaat het.");
        assertEquals(List.of("Eerste alinea.", "en verder gaat het."), paragraphs(a));
        assertEquals(List.of("subscriber-notice"), rules(a));
    }

    @Test
    void aPageThatOpensWithABulletChainLosesIt() {
        Article a = one("\u2022 Analyse \u2022 Opinie \u2022 4 reacties\nKop van het stuk\n\nTekst van het stuk.");
        assertEquals(List.of("chrome-chain"), rules(a));
        assertEquals("Kop van het stuk", a.title());
        assertEquals("Tekst van het stuk.", a.text());
    }

    @Test
    void entryDatesAndChainsAboveTheTitleKeepTheTitleSearchGoing() {
        String sixty = "14" + " ".repeat(45) + "februari 2022";
        Article a = one(" date 2022-02\n\n" + sixty + "\n\nKop van het stuk\n\nTekst van het stuk.");
        assertEquals("Kop van het stuk", a.title());
        assertEquals(List.of("entry-date"), rules(a));
        Article b = one(" date 2022-02\n\n" + chainOf(300) + "\n\nKop van het stuk\n\nTekst van het stuk.");
        assertEquals("Kop van het stuk", b.title());
        assertEquals(List.of("chrome-chain"), rules(b));
    }

    @Test
    void anInvalidStampDateOnTheLastLineIsLocatedThere() {
        Article a = one("Kop van het stuk\nGepubliceerd op 31/02/2024 14:20 in Buitenland");
        assertEquals(1, a.problems().size());
        assertEquals(2, a.problems().get(0).line());
        assertEquals(17, a.problems().get(0).column());
    }

    @Test
    void theTitlesFirstWordsPaddedWithSpacesAreNoRepeatedHeadline() {
        Article a = one(" date 2022-02 Graan blijft liggen\n\nEerste alinea.\n\nGraan            blijft");
        assertEquals(List.of("Eerste alinea.", "Graan            blijft"), paragraphs(a));
    }
}
