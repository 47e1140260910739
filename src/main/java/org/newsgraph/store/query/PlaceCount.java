package org.newsgraph.store.query;

/** A place events took place at, and how many. */
public record PlaceCount(String name, String country, Double lat, Double lon, long events) {}
