package io.github.peacetalks.model;

/** How much of a date is known: a year, a month, a day, or nothing at all. */
public enum DatePrecision {
    /** Only the year is known ({@code 2023}). */
    YEAR,
    /** The year and the month are known ({@code 2023-02}). */
    MONTH,
    /** The full day is known ({@code 2023-02-24}). */
    DAY,
    /** No date is known. */
    NONE
}
