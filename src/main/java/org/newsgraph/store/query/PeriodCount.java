package org.newsgraph.store.query;

/** How many events of a type fall in a period ({@code 2025-12}, {@code 2025-W50}, a day). */
public record PeriodCount(String period, String type, long count) {}
