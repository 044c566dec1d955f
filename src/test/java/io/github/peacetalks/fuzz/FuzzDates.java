package io.github.peacetalks.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import io.github.peacetalks.model.PartialDate;
import java.time.YearMonth;

/** A reference date drawn from fuzzer input: none, or a year, month or day anywhere in 1..9999. */
final class FuzzDates {

    private FuzzDates() {
    }

    static PartialDate reference(FuzzedDataProvider data) {
        int kind = data.consumeInt(0, 3);
        int year = data.consumeInt(1, 9999);
        int month = data.consumeInt(1, 12);
        int day = data.consumeInt(1, YearMonth.of(year, month).lengthOfMonth());
        return switch (kind) {
            case 0 -> null;
            case 1 -> PartialDate.ofYear(year);
            case 2 -> PartialDate.ofMonth(year, month);
            default -> PartialDate.ofDay(year, month, day);
        };
    }
}
