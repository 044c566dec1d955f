package io.github.peacetalks.extract;

import static io.github.peacetalks.extract.ExtractFixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Attribution;
import io.github.peacetalks.model.Condition;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.Position;
import io.github.peacetalks.source.SourceParser;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Positions read from sentences written for each phenomenon; each case states the whole expected set. */
class PositionExtractorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Moskou wijst de nieuwe vredesbesprekingen af.                          | RUS OPPOSES NEGOTIATIONS
            Zo eist Poetin dat Oekraïne een neutrale status aanvaardt.              | vladimir-putin DEMANDS NEUTRALITY
            Het Kremlin ziet niets in een staakt-het-vuren.                         | RUS OPPOSES CEASEFIRE
            Kiev staat open voor gesprekken met Moskou.                             | UKR SUPPORTS NEGOTIATIONS
            Londen stelt voor om Kiev meer wapens te leveren.                       | GBR PROPOSES WEAPONS_SUPPLY
            China roept beide landen op tot onderhandelingen.                       | CHN URGES NEGOTIATIONS
            Washington sluit sancties tegen Moskou niet uit.                         | USA SUPPORTS SANCTIONS
            De Oekraïense regering is niet bereid te onderhandelen.                 | UKR OPPOSES NEGOTIATIONS
            Een NAVO-lidmaatschap van Oekraïne is voor Moskou onaanvaardbaar.       | RUS OPPOSES NATO_MEMBERSHIP
            Het Kremlin verzet zich tegen buitenlandse vredestroepen in Oekraïne.   | RUS OPPOSES FOREIGN_TROOPS
            """)
    void oneCueOneIssue(String sentence, String expected) {
        assertEquals(Set.of(expected), positions(sentence));
    }

    @Test
    void coordinatedSubjectsHoldTogether() {
        assertEquals(Set.of("DEU SUPPORTS SECURITY_GUARANTEES", "FRA SUPPORTS SECURITY_GUARANTEES"),
                positions("Frankrijk en Duitsland steunen veiligheidsgaranties voor Kiev."));
    }

    @Test
    void oneSentenceCanHoldSeveralIssues() {
        assertEquals(Set.of("GBR PROPOSES WEAPONS_SUPPLY", "GBR PROPOSES SECURITY_GUARANTEES"),
                positions("Londen stelt voor om Kiev wapens en veiligheidsgaranties te geven."));
    }

    @Test
    void reportedSpeechAndQuotesBelongToTheSpeaker() {
        assertEquals(Set.of("sergey-lavrov OPPOSES PEACE_PLAN"),
                positions("„Wij verwerpen dit vredesplan volledig”, zei Lavrov."));
        Position p = article("„Wij verwerpen dit vredesplan volledig”, zei Lavrov.").positions().get(0);
        assertEquals(Attribution.DIRECT_QUOTE, p.attribution());
    }

    @Test
    void pronounsReferBack() {
        assertEquals(Set.of("volodymyr-zelensky OPPOSES TERRITORY"),
                positions("Zelensky sprak in Brussel. Hij weigert elke gebiedsafstand aan Rusland."));
    }

    @Test
    void passivesNameTheirAgent() {
        assertEquals(Set.of("donald-trump OPPOSES NATO_MEMBERSHIP"),
                positions("Het NAVO-lidmaatschap van Oekraïne werd door Trump uitgesloten."));
    }

    @Test
    void demandingThatAnotherPartyRenouncesIsAgainst() {
        assertEquals(Set.of("RUS OPPOSES NATO_MEMBERSHIP"),
                positions("Moskou eist dat Kiev afziet van het lidmaatschap van de NAVO."));
        assertEquals(Set.of("GBR DEMANDS NATO_MEMBERSHIP"),
                positions("Londen eist dat Kiev het NAVO-lidmaatschap krijgt."));
    }

    @Test
    void aPartyOfTheNextClauseIsNotTheSubject() {
        assertEquals(Set.of("volodymyr-zelensky OPPOSES NEGOTIATIONS"),
                positions("Zelensky sprak in Kiev. Hij zei dat er met Moskou niet te praten valt zolang Poetin aan de macht is."));
    }

    @Test
    void aDateThatNamesAThingDoesNotDateThePosition() {
        assertEquals("2023-02-15", article("Kiev eist de terugtrekking van Rusland tot de grenzen van 1991.").positions().get(0).date().toString());
        assertEquals("2023-02-15", article("Moskou weigert sinds 2014 elke terugtrekking.").positions().get(0).date().toString());
        assertEquals("2022-05", article("In mei 2022 wees Moskou elke terugtrekking af.").positions().get(0).date().toString());
    }

    @Test
    void doubleNegationAffirms() {
        assertEquals(Set.of("UKR SUPPORTS NEGOTIATIONS"),
                positions("Kiev ontkende dat het weigert te onderhandelen."));
    }

    @Test
    void callsToAvoidAreAgainst() {
        assertEquals(Set.of("TUR OPPOSES MILITARY_ACTION"),
                positions("Turkije roept beide partijen op om een escalatie te voorkomen."));
    }

    @Test
    void conditionsAreAttachedWithWhoMustMeetThem() {
        Article a = article("Kiev is bereid te onderhandelen als Rusland zijn troepen terugtrekt.");
        assertEquals(1, a.positions().size());
        Position p = a.positions().get(0);
        assertEquals("UKR SUPPORTS NEGOTIATIONS", p.holder().id() + " " + p.stance() + " " + p.issue());
        assertEquals(1, p.conditions().size());
        Condition c = p.conditions().get(0);
        assertEquals("WITHDRAWAL", c.issue().name());
        assertEquals("RUS", c.requiredOf().id());
        assertTrue(c.text().startsWith("als Rusland"), c.text());
    }

    @Test
    void conditionsAnnouncedThenSpelledOut() {
        Article a = article("Moskou verbindt strikte voorwaarden aan besprekingen. Zo eist het Kremlin dat Oekraïne neutraal wordt.");
        Position talks = a.positions().stream().filter(p -> p.issue().name().equals("NEGOTIATIONS")).findFirst().orElseThrow();
        assertTrue(talks.conditions().stream().anyMatch(c -> c.issue().name().equals("NEUTRALITY")), talks.toString());
    }

    @Test
    void hedgingAndUnnamedSources() {
        Position p = article("Naar verluidt zou Parijs bereid zijn troepen naar Oekraïne te sturen.").positions().get(0);
        assertTrue(p.hedged());
        Position q = article("Een hoge Franse ambtenaar zei dat Parijs gesprekken met Moskou steunt.").positions().get(0);
        assertEquals(Attribution.UNNAMED_SOURCE, q.attribution());
    }

    @Test
    void theEventDateOfTheSentenceDatesThePosition() {
        Position p = article("Vrijdag wees het Kremlin het vredesplan af.").positions().get(0);
        assertEquals(PartialDate.ofDay(2023, 2, 10), p.date());
        Position q = article("Het Kremlin wees het vredesplan af.").positions().get(0);
        assertEquals(PartialDate.ofDay(2023, 2, 15), q.date(), "the article's date otherwise");
    }

    @Test
    void evidenceIsTheSentenceWithItsOffsets() {
        Article a = article("Er viel veel regen. Moskou wijst de vredesbesprekingen af.");
        Position p = a.positions().get(0);
        assertEquals("Moskou wijst de vredesbesprekingen af.", p.evidence().sentence());
        assertEquals(p.evidence().sentence(), a.source().substring(p.evidence().begin(), p.evidence().end()));
    }

    @ParameterizedTest(name = "nothing in: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Bij een aanval op Charkiv vielen vrijdag twaalf doden.
            Maar kan Oekraïne garanties van Loekasjenko accepteren?
            Het Kremlin bevestigde de ontmoeting in Ankara.
            Sinds het begin van de invasie zijn miljoenen mensen gevlucht.
            De minister sprak van een goede ontmoeting.
            """)
    void sentencesWithoutAPositionYieldNothing(String sentence) {
        assertEquals(Set.of(), positions(sentence));
    }

    @Test
    void boilerplateIsNeverRead() {
        Article a = Extractor.defaults().extract(SourceParser.lenient().parseArticle(
                " date 2023-02 Kop\n\nKiev wil praten.\n\nLees ook: Moskou wijst elk vredesplan af\n", "t"));
        assertFalse(a.positions().stream().anyMatch(p -> p.holder().id().equals("RUS")), a.positions().toString());
    }

    @Test
    void aRunOnSentenceIsNotReadForPositions() {
        String clause = "Poetin wijst vredesbesprekingen af en ";
        String body = clause.repeat(PositionExtractor.MAX_SENTENCE_WORDS / 5 + 1) + "dat is alles.";
        Article a = article(body);
        assertTrue(a.positions().isEmpty(), "a sentence of more than " + PositionExtractor.MAX_SENTENCE_WORDS + " words is skipped");
        assertFalse(a.actors().isEmpty(), "its actors are still found");
        assertEquals(Set.of("vladimir-putin OPPOSES NEGOTIATIONS"), positions(clause.trim() + "."));
    }

    @Test
    void explainShowsCuesAndIssues() {
        String e = PositionExtractor.defaults().explain("Het Kremlin wijst het vredesplan af.");
        assertTrue(e.contains("cue OPPOSES") && e.contains("issue PEACE_PLAN"), e);
    }

    @Test
    void extractionIsDeterministicAcrossThreads() {
        String body = "Moskou wijst de vredesbesprekingen af. Kiev is bereid te onderhandelen als Rusland zijn troepen terugtrekt.";
        Article one = article(body);
        List<Article> many = java.util.stream.IntStream.range(0, 16).parallel().mapToObj(i -> article(body)).toList();
        for (Article a : many) {
            assertEquals(one, a);
        }
    }

    @Test
    void theSentenceLimitIsInclusiveAndMustBePositive() {
        PositionExtractor five = PositionExtractor.defaults().withMaxSentenceWords(5);
        assertEquals(5, five.maxSentenceWords());
        assertTrue(five.withMaxSentenceWords(5) == five, "the same limit gives the same extractor");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> five.withMaxSentenceWords(0));
        Extractor ex = Extractor.builder().maxSentenceWords(5).build();
        Article fiveWords = ex.extract(SourceParser.lenient().parseArticle(" date 2023-02-15 Kop\n\nMoskou wijst alle vredesbesprekingen af.", "t"));
        assertEquals(1, fiveWords.positions().size(), "five words are read");
        Article sixWords = ex.extract(SourceParser.lenient().parseArticle(" date 2023-02-15 Kop\n\nMoskou wijst alle nieuwe vredesbesprekingen af.", "t"));
        assertEquals(List.of(), sixWords.positions(), "six words are not");
    }

    @Test
    void theStagesCanBeRunOneByOneAndReportTheSentencesTheySkip() {
        Article a = SourceParser.lenient().parseArticle(" date 2023-02-15 Kop\n\nMoskou wijst alle nieuwe vredesbesprekingen af. Kiev wil praten.", "t");
        List<Sentence> sentences = Sentences.defaults().split(a);
        ActorRecognizer.Recognition r = ActorRecognizer.defaults().recognize(a);
        List<io.github.peacetalks.model.TimeExpression> times = TemporalTagger.defaults().tag(a, a.date());
        PositionExtractor five = PositionExtractor.of(PositionLexicon.defaults()).withMaxSentenceWords(5);
        List<Sentence> skipped = new java.util.ArrayList<>();
        List<Position> ps = five.extract(a, sentences, r.mentions(), times, skipped::add);
        assertEquals(List.of("Moskou wijst alle nieuwe vredesbesprekingen af."), skipped.stream().map(Sentence::text).toList());
        assertEquals(Set.of("UKR SUPPORTS NEGOTIATIONS"), ps.stream().map(p -> p.holder().id() + " " + p.stance() + " " + p.issue())
                .collect(java.util.stream.Collectors.toSet()));
        assertEquals(ps, five.extract(a, sentences, r.mentions(), times), "the same without a listener");
        assertTrue(five.lexicon() == PositionLexicon.defaults());
    }

    @Test
    void explainMarksTermsInsideAConditionAndTheExtractorNamesItsLexicon() {
        String e = PositionExtractor.defaults().explain("Kiev wil onderhandelen als Rusland een staakt-het-vuren afkondigt.");
        assertTrue(e.contains("issue CEASEFIRE \"staakt-het-vuren\" (in a condition)"), e);
        assertTrue(PositionExtractor.defaults().toString().startsWith("PositionExtractor["), PositionExtractor.defaults().toString());
    }
}
