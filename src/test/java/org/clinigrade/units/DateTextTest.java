package org.clinigrade.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"05/04/2021, 2021-05-04", "5/4/2021, 2021-05-04", "12/31/1999, 1999-12-31", "2/29/2024, 2024-02-29",
        "2021-05-04, 2021-05-04", "0001-01-01, 0001-01-01"})
    void reads_us_and_iso_dates(String text, String expected) {
        assertEquals(LocalDate.of(Integer.parseInt(expected.substring(0, 4)), Integer.parseInt(expected.substring(5, 7)),
                Integer.parseInt(expected.substring(8))), DateText.read(text));
    }

    @ParameterizedTest(name = "''{0}'' is not a date")
    @ValueSource(strings = {"02/30/2020", "2/29/2023", "13/01/2020", "0/10/2020", "10/0/2020", "1/1/0000", "001/05/2020",
        "1/123/2020", "1/1/20201", "1/1/202", "05/04/2021 ", " 05/04/2021", "05/04/2021.", "5/4/21", "2021-5-4",
        "2021-02-30", "+2021-05-04", "2021/05/04", "05-04-2021", "٣/4/2021", "", "May 4, 2021"})
    void reads_nothing_else(String text) {
        assertNull(DateText.read(text));
    }

    @ParameterizedTest(name = "''{0}'' is not read as MM/DD/YYYY")
    @ValueSource(strings = {"2021-05-04", "02/30/2020"})
    void reads_only_us_dates_when_asked_for_them(String text) {
        assertNull(DateText.readUs(text));
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({"2021-05-04, 05/04/2021", "1999-12-31, 12/31/1999"})
    void writes_mm_dd_yyyy(String iso, String expected) {
        assertEquals(expected, DateText.write(LocalDate.parse(iso)));
    }
}
