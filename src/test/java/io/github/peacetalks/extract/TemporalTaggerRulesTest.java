package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.peacetalks.internal.DataFileException;
import io.github.peacetalks.internal.DataFiles;
import io.github.peacetalks.model.PartialDate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tagger's rules one by one, as "words=value" pairs: which words make an expression, and the value they get
 * against a reference. Values follow docs/extraction.md (Dates). A Wednesday, 15 February 2023, is the usual reference.
 */
class TemporalTaggerRulesTest {

    private static final TemporalTagger T = TemporalTagger.defaults();
    private static final String WED = "2023-02-15";

    @TempDir
    Path dir;

    private static List<String> tags(TemporalTagger tagger, String text, String ref) {
        return tagger.tag(text, PartialDate.parse(ref)).stream().map(x -> x.text() + "=" + x.value()).toList();
    }

    private static List<String> tags(String text, String ref) {
        return tags(T, text, ref);
    }

    // ---- the data file ----

    private Path timex(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) DataFiles.resource(TemporalTagger.class, "timex.json").deepCopy();
        change.accept(root);
        Path file = dir.resolve("timex.json");
        Files.writeString(file, new ObjectMapper().writeValueAsString(root));
        return file;
    }

    @Test
    void aCopyOfTheShippedFileReadsEveryKindOfExpression() throws IOException {
        TemporalTagger mine = TemporalTagger.load(timex(root -> { }));
        for (TemporalTagger t : List.of(T, mine)) {
            assertEquals(List.of("Vrijdag=2023-02-10"), tags(t, "Vrijdag sprak Macron met Scholz.", WED));
            assertEquals(List.of("zondag=2023-02-12"), tags(t, "Het bericht kwam zondag uit Kiev.", WED));
            assertEquals(List.of("zaterdagochtend=2023-02-11"), tags(t, "Het bericht kwam zaterdagochtend uit Kiev.", WED));
            assertEquals(List.of("maandag=2023-02-20"), tags(t, "De minister zal maandag in Kiev spreken.", WED), "zal looks ahead");
            assertEquals(List.of("gisteren=2023-02-14"), tags(t, "De minister sprak gisteren in Kiev.", WED));
            assertEquals(List.of("Vorige week=2023-02"), tags(t, "Vorige week werd in Genève gepraat.", WED));
            assertEquals(List.of("Vorige week=2022-12"), tags(t, "Vorige week werd in Genève gepraat.", "2023-01-02"));
            assertEquals(List.of("Drie jaar geleden=2022"), tags(t, "Drie jaar geleden begon de invasie.", "2025-03"));
            assertEquals(List.of("over twee weken=2023-03"), tags(t, "Het overleg volgt over twee weken.", WED));
            assertEquals(List.of("Afgelopen zomer=2022"), tags(t, "Afgelopen zomer mislukte het graanakkoord.", WED));
            assertEquals(List.of("juli=2023-07"), tags(t, "In juli komt de NAVO-top bijeen.", WED));
            assertEquals(List.of("2014=2014"), tags(t, "In 2014 vielen 2000 soldaten.", WED), "soldaten are counted, not dated");
            assertEquals(List.of("maandag=2023-02-13"), tags(t, "Lavrov zal bevestigen dat maandag het overleg mislukte.", WED),
                    "dat ends the clause of zal");
            assertEquals(List.of(), tags(t, "Thurs sprak de minister in Kiev.", WED), "weekday names must be written out");
            assertTrue(t.toString().matches("TemporalTagger\\[\\d+ month words, \\d+ day words, \\d+ period phrases]"), t.toString());
        }
    }

    @Test
    void aMalformedFileNamesTheFileAndThePath() throws IOException {
        Path pair = timex(root -> ((ObjectNode) root.get("periodOffsets")).putArray("vorige week").add("WEEK"));
        DataFileException e = assertThrows(DataFileException.class, () -> TemporalTagger.load(pair));
        assertTrue(e.getMessage().contains("$.periodOffsets.vorige week"), e.getMessage());
        assertTrue(e.getMessage().contains(pair.toString()), e.getMessage());
        Path unit = timex(root -> ((ArrayNode) root.get("periodOffsets").get("vorige week")).set(0, "WEKEN"));
        e = assertThrows(DataFileException.class, () -> TemporalTagger.load(unit));
        assertTrue(e.getMessage().contains("WEKEN"), e.getMessage());
        Path number = timex(root -> ((ObjectNode) root.get("dayOffsets")).put("gisteren", "min een"));
        e = assertThrows(DataFileException.class, () -> TemporalTagger.load(number));
        assertTrue(e.getMessage().contains("$.dayOffsets.gisteren"), e.getMessage());
    }

    // ---- words and where they end ----

    @Test
    void aYearIsOneWordOfFourDigits() {
        assertEquals(List.of("2014=2014"), tags("De OVSE-missie telde in 2014 700 waarnemers.", WED));
        assertEquals(List.of("2014=2014"), tags("De oorlog in de Donbas begon in 2014.", WED));
        assertEquals(List.of("2014=2014"), tags("Dat gebeurde in 2014.Daarna kwam Minsk.", WED), "a full stop without a space");
        assertEquals(List.of("2014=2014"), tags("2014 was het jaar van de annexatie.", WED));
        assertEquals(List.of("2015=2015"), tags("Het akkoord dateert uit 2015", WED));
        assertEquals(List.of(), tags("Kiev eist een terugkeer naar de grenzen van pre-2014.", WED), "joined by a hyphen");
        assertEquals(List.of("1900=1900", "2100=2100"), tags("Het archief loopt van 1900 tot 2100.", WED));
        assertEquals(List.of(), tags("Het archief loopt van 1899 tot 2101.", WED));
        assertEquals(List.of(), tags("Het seizoen 2014/2015 was zwaar.", WED), "joined like 2014-2015");
    }

    @Test
    void textsThatEndOrBeginMidRule() {
        assertEquals(List.of(), tags("Het overleg duurde tot het eind", WED));
        assertEquals(List.of(), tags("De stemming eindigde met 5 tegen 12", WED));
        assertEquals(List.of(), tags("De gesprekken duurden twee weken", WED));
        assertEquals(List.of(), tags("Twee weken lang werd er gepraat.", WED), "a duration is no date");
        assertEquals(List.of(), tags("Juli bracht geen doorbraak.", WED), "a month alone needs a word before it");
        assertEquals(List.of(), tags("Winter bracht het front tot stilstand.", WED));
        assertEquals(List.of(), tags("Het offensief begon in de zomer", WED), "a season needs a year or a past or future word");
        assertEquals(List.of(), tags("Het offensief begon in de zomer van", WED));
        assertEquals(List.of(), tags("In de zomer werd nauwelijks onderhandeld.", WED));
        assertEquals(List.of("zaterdag=2023-02-11"), tags("In de nacht van zaterdag op", WED));
        assertEquals(List.of("maart=2023-03"), tags("De top is gepland in maart", WED));
        assertEquals(List.of("vrijdag=2023-02-10"), tags("Zelensky sprak vrijdag met Macron", WED));
        assertEquals(List.of("maandag=2023-02-20"), tags("De minister zal maandag in Kiev spreken", WED));
    }

    // ---- full dates, days and months ----

    @Test
    void aFullDateTakesItsWeekdayAndAMonthItsYear() {
        assertEquals(List.of("vrijdag 24 februari 2023=2023-02-24"), tags("Op vrijdag 24 februari 2023 spraken zij opnieuw.", WED));
        assertEquals(List.of("februari 2022=2022-02"), tags("De invasie van februari 2022 veranderde alles.", WED));
        assertEquals(List.of(), tags("Op 31 februari 2024 zou het akkoord getekend zijn.", WED), "no such day: nothing");
    }

    @Test
    void dayAndMonthWithoutAYear() {
        assertEquals(List.of("3 maart=2023-03-03"), tags("Raketaanval op Charkiv op 3 maart: 12 doden", "2023-03-10"));
        assertEquals(List.of("1 maart=2023-03-01", "31 maart=2023-03-31"),
                tags("Op 1 maart sprak Lavrov, op 31 maart zweeg hij.", "2023-04-05"));
        assertEquals(List.of("12 febr.=2023-02-12"), tags("Op 12 febr. sprak Lavrov met Blinken.", "2023-03"));
        assertEquals(List.of("29 februari=2023-02"), tags("Op 29 februari sprak Zelensky in Kiev.", "2023-03-05"),
                "a leap day in a year without one keeps its month");
        assertEquals(List.of("maart=2023-03"), tags("In maart 45 doden door raketaanvallen.", "2023-04"), "45 is no day");
    }

    @Test
    void monthThenDay() {
        assertEquals(List.of("March 14=2023-03-14"), tags("Het overleg volgt op March 14.", WED));
        assertEquals(List.of("March 14=2023-03-14"), tags("Op March 14 werd het akkoord gesloten.", "2023-05-10"));
        assertEquals(List.of("May 14=2023-05-14"), tags("Op May 14 werd het akkoord gesloten.", "2023-06-01"));
        assertEquals(List.of("March 14=2023-03-14"), tags("Op March 14 300 doden.", WED), "three digits are no year");
    }

    @Test
    void aMonthAloneAndItsYear() {
        assertEquals(List.of("mei=2023-05"), tags("De top volgt in mei.", "2023-02"));
        assertEquals(List.of("sept.=2023-09"), tags("De top volgt in sept. in Genève.", "2023-02"));
        assertEquals(List.of("februari=2023-02"), tags("De top zal in februari plaatsvinden.", "2023-02-10"),
                "the reference's own month is not moved to the next year");
    }

    // ---- weekdays and tense ----

    @Test
    void weekdays() {
        assertEquals(List.of("De nacht van zaterdag op zondag=2023-02-12"), tags("De nacht van zaterdag op zondag verliep onrustig.", WED));
        assertEquals(List.of("zaterdag=2023-02-11"), tags("Het gebeurde in de nacht van zaterdag.", WED));
        assertEquals(List.of("Afgelopen vrijdag=2023-02-10"), tags("Afgelopen vrijdag sprak Macron met Scholz.", WED));
        assertEquals(List.of("vrijdag=2023-02-10"), tags("Zij spraken vrijdag morgen met elkaar.", WED), "morgen after a weekday is its morning");
        assertEquals(List.of("morgen=2023-02-16"), tags("Het overleg begint morgen.", WED));
    }

    @Test
    void theNearestTenseWordInTheClauseDecides() {
        assertEquals(List.of("vrijdag=2023-02-17"), tags("Macron reisde naar Kiev en zal vrijdag met Zelensky praten.", WED));
        assertEquals(List.of("zondag=2023-02-12"), tags("De gesprekken werden zondag gepland.", WED),
                "at the same distance the earlier word wins");
        assertEquals(List.of("maandag=2023-02-13"), tags("Lavrov vertrok uit Genève op maandag maar zal snel terugkeren.", WED),
                "maar ends the clause");
        assertEquals(List.of("Vrijdag=2023-02-17"), tags("Lavrov sprak. Vrijdag reist hij terug.", WED),
                "a full stop ends the clause, though sprak is nearer than reist");
        assertEquals(List.of("maandag=2023-02-20"), tags("Lavrov zal maandag terugkeren maar Blinken niet.", WED));
    }

    // ---- counts ----

    @Test
    void countsAgoAndAhead() {
        assertEquals(List.of("Een paar dagen geleden=2023-02-13"), tags("Een paar dagen geleden belde Erdogan.", WED));
        assertEquals(List.of("100 dagen geleden=2022-11-07"), tags("Precies 100 dagen geleden begon het offensief.", WED));
        assertEquals(List.of("Bijna twee weken geleden=2023-02"), tags("Bijna twee weken geleden sprak Lavrov in Genève.", WED),
                "one expression, not a second one from twee");
    }

    // ---- seasons ----

    @Test
    void seasons() {
        assertEquals(List.of("Zomer 2024=2024"), tags("Zomer 2024 bracht geen doorbraak.", "2025"));
        assertEquals(List.of("winter 2022=2022"), tags("In winter 2022 lag het front stil.", "2025"));
        assertEquals(List.of("afgelopen zomer=2022"), tags("Wat afgelopen zomer gebeurde, telt nog.", "2023-06"),
                "June is not after the summer's first month");
        assertEquals(List.of("komende winter=2024"), tags("Het front zal komende winter stilliggen.", "2023-12"),
                "December is not before the winter's first month");
    }

    // ---- the ends of the calendar ----

    @Test
    void theFirstAndLastRepresentableDays() {
        assertEquals(List.of("Gisteren=0001-01-01"), tags("Gisteren belde Erdogan met Poetin.", "0001-01-02"));
        assertEquals(List.of("Morgen=9999-12-31"), tags("Morgen begint het overleg.", "9999-12-30"));
    }
}
