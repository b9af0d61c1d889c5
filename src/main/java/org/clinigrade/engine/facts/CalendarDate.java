package org.clinigrade.engine.facts;

import java.time.LocalDate;

/** A date input: a last menstrual period, the date of a visit. */
public record CalendarDate(String name, LocalDate date) {
}
