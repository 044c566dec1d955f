package io.github.peacetalks.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.peacetalks.model.PartialDate;
import io.github.peacetalks.model.TimeExpression;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentences annotated by hand, HeidelTime-style, with the expressions a reader finds and their values. Dates
 * carry years, months and days only, so an ISO week is compared as the month of its Thursday and a season as
 * its year.
 */
class TimexCasesTest {

    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = TimexCasesTest.class.getResourceAsStream("timex-cases.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<Arguments> out = new ArrayList<>();
            for (JsonNode c : root) {
                out.add(Arguments.of(c.get("ref").asText() + " | " + c.get("sentence").asText(), c));
            }
            return out.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsAndNormalises(String name, JsonNode c) {
        PartialDate ref = PartialDate.parse(c.get("ref").asText());
        List<String> want = new ArrayList<>();
        for (JsonNode x : c.get("expressions")) {
            want.add(x.get("text").asText() + " = " + comparable(x.get("value").asText()));
        }
        List<String> got = new ArrayList<>();
        for (TimeExpression x : TemporalTagger.defaults().tag(c.get("sentence").asText(), ref)) {
            got.add(x.text() + " = " + x.value());
        }
        assertEquals(want, got);
    }

    static String comparable(String value) {
        if (value.matches("\\d{4}-W\\d{2}")) {
            int year = Integer.parseInt(value.substring(0, 4));
            int week = Integer.parseInt(value.substring(6));
            LocalDate thursday = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(IsoFields.WEEK_BASED_YEAR, year).with(DayOfWeek.THURSDAY);
            return PartialDate.ofMonth(thursday.getYear(), thursday.getMonthValue()).toString();
        }
        if (value.length() == 7 && Character.isLetter(value.charAt(5))) {
            return value.substring(0, 4);
        }
        return value;
    }
}
