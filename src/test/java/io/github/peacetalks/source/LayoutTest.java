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
}
