package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.peacetalks.internal.DataFiles;
import io.github.peacetalks.model.Article;
import io.github.peacetalks.model.Dating;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.TimeExpression;
import io.github.peacetalks.source.SourceParser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TemporalTaggerTest {

    private static final TemporalTagger T = TemporalTagger.defaults();

    private static List<String> values(String text, String ref) {
        return T.tag(text, ref == null ? null : PartialDate.parse(ref)).stream().map(x -> String.valueOf(x.value())).toList();
    }

    @TestFactory
    Stream<DynamicTest> theDataFilesOwnExamples() {
        JsonNode root = DataFiles.resource(TemporalTagger.class, "timex.json");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode ex : root.get("examples")) {
            List<String> want = new ArrayList<>();
            ex.get("values").forEach(v -> want.add(v.asText()));
            tests.add(DynamicTest.dynamicTest(ex.get("ref").asText() + " " + ex.get("text").asText(),
                    () -> assertEquals(want, values(ex.get("text").asText(), ex.get("ref").asText()))));
        }
        return tests.stream();
    }

    @Test
    void valuesAreNeverFinerThanTheReference() {
        assertEquals(List.of("2023-02-10"), values("Vrijdag sprak Macron met Scholz.", "2023-02-15"));
        assertEquals(List.of("2023-02"), values("Vrijdag sprak Macron met Scholz.", "2023-02"));
        assertEquals(List.of("2023"), values("Vrijdag sprak Macron met Scholz.", "2023"));
        assertEquals(List.of("2023-01"), values("Vorige maand sprak Macron met Scholz.", "2023-02"));
        assertEquals(List.of("2023"), values("Vorige maand sprak Macron met Scholz.", "2023"));
    }

    @Test
    void boundariesAndLeapDays() {
        assertEquals(List.of("2024-02-29"), values("Gisteren belde Erdogan met Poetin.", "2024-03-01"));
        assertEquals(List.of("2023-02-28"), values("Gisteren belde Erdogan met Poetin.", "2023-03-01"));
        assertEquals(List.of("2023-01-01"), values("Morgen begint het overleg.", "2022-12-31"));
        assertEquals(List.of("2023-12"), values("Vorige maand mislukten de gesprekken.", "2024-01-01"));
        assertEquals(List.of("2022-12"), values("Vorige week werd in Genève gepraat.", "2023-01-02"));
    }

    @Test
    void aRelativeDateOutsideTheYears1To9999HasNoValue() {
        assertEquals(List.of("null"), values("Gisteren belde Erdogan met Poetin.", "0001-01-01"));
        assertEquals(List.of("null"), values("Morgen begint het overleg.", "9999-12-31"));
        assertEquals(List.of("null"), values("Vorig jaar mislukten de gesprekken.", "0001"));
        assertEquals(List.of("null"), values("Zondag sprak de minister in Kiev.", "0001-01-01"));
        assertEquals(List.of("null"), values("Vorige maand mislukten de gesprekken.", "0001-01"));
    }

    @Test
    void aSeasonTakesAYearOnlyFromTheYearRange() {
        assertEquals(List.of("1991"), values("In de zomer van 1991 viel de Sovjet-Unie uiteen.", "2023-02-15"));
        assertEquals(List.of("2022"), values("Sinds herfst 2022 staan de gesprekken stil.", "2023-02-15"));
        // the fuzzer's "herfst 0000": no year 0, and no year from four zeros; the season alone names no date
        assertEquals(List.of(), values("Aanstaande herfst 0000 open.", null).stream().filter(v -> !v.equals("null")).toList());
        assertEquals(List.of("2023"), values("Aanstaande herfst 0000 open.", "2023-02-15"));
    }

    @Test
    void weekdaysLookBackUnlessAWordSaysOtherwise() {
        assertEquals(List.of("2023-02-13"), values("Maandag sprak de minister in Kiev.", "2023-02-15"));
        assertEquals(List.of("2023-02-20"), values("Volgende maandag spreekt de minister in Kiev.", "2023-02-15"));
        assertEquals(List.of("2023-02-20"), values("De minister zal maandag in Kiev spreken.", "2023-02-15"));
        assertEquals(List.of("2023-02-15"), values("Woensdag sprak de minister in Kiev.", "2023-02-15"), "the day itself");
    }

    @Test
    void withoutAReferenceOnlyAbsoluteDatesHaveValues() {
        List<TimeExpression> x = T.tag("Gisteren, op 24 februari 2022, begon de invasie.", null);
        assertEquals(2, x.size());
        assertNull(x.get(0).value());
        assertTrue(x.get(0).relative());
        assertEquals(PartialDate.ofDay(2022, 2, 24), x.get(1).value());
        assertFalse(x.get(1).relative());
    }

    @Test
    void numbersThatAreNoYears() {
        assertEquals(List.of(), values("Het 28-puntenplan noemt 2000 soldaten en een 98-jarige.", "2025-11"));
        assertEquals(List.of(), values("Resolutie 2202 van de VN-Veiligheidsraad.", "2022-02"));
    }

    @Provide
    Arbitrary<String> pastForms() {
        return Arbitraries.of("gisteren", "gisteravond", "eergisteren", "vorige week", "afgelopen week", "vorige maand",
                "vorig jaar", "drie jaar geleden", "twee weken geleden", "tien dagen geleden", "maandag", "vrijdagavond",
                "zondag", "vorige maand", "eerder deze maand");
    }

    @Property
    void pastFormsNeverLieAfterTheReference(@ForAll("pastForms") String form, @ForAll @IntRange(min = 2015, max = 2026) int year,
                                            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 28) int day,
                                            @ForAll @IntRange(min = 0, max = 2) int precision) {
        PartialDate ref = switch (precision) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> PartialDate.ofMonth(year, month);
            default -> PartialDate.ofDay(year, month, day);
        };
        String text = "Poetin sprak " + form + " met Erdogan over een bestand.";
        List<TimeExpression> x = T.tag(text, ref);
        assertEquals(1, x.size(), text);
        TimeExpression e = x.get(0);
        assertEquals(e.text(), text.substring(e.begin(), e.end()));
        assertFalse(e.value().start().isAfter(ref.end()), form + " at " + ref + " gave " + e.value());
        assertTrue(e.value().precision().compareTo(ref.precision()) <= 0, "never finer than the reference");
    }

    @Test
    void undatedArticlesGetAnInterval() {
        Extractor x = Extractor.defaults();
        Article a = x.extract(SourceParser.lenient().parseArticle(
                "De gesprekken begonnen op 3 maart 2022. Sinds 24 februari 2022 woedt de oorlog.", "t"));
        assertNull(a.date());
        Dating d = a.dating();
        assertEquals(PartialDate.ofDay(2022, 3, 3), d.earliest());
        assertNull(d.latest());
        assertTrue(d.basis().contains("3 maart 2022"), d.basis());
        Article b = x.extract(SourceParser.lenient().parseArticle(
                "De invasie van 2022, drie jaar geleden, veranderde Europa.", "t"));
        assertEquals(PartialDate.ofYear(2025), b.dating().earliest());
        assertEquals(PartialDate.ofYear(2025), b.dating().latest());
    }

    @Test
    void aHeaderFarAfterEveryDateInTheTextIsACaptureDate() {
        Article a = Extractor.defaults().extract(SourceParser.lenient().parseArticle(
                "november 23, 2024\n\nOp 28 februari 2022 spraken de delegaties aan de grens.", "t"));
        assertTrue(a.dating().captureDate(), a.dating().toString());
        assertEquals(PartialDate.ofDay(2024, 11, 23), a.date(), "the header date is kept as given");
        Article b = Extractor.defaults().extract(SourceParser.lenient().parseArticle(
                " date 2022-03 Kop\n\nOp 28 februari 2022 spraken de delegaties aan de grens.", "t"));
        assertNull(b.dating());
    }
}
