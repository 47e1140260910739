package org.newsgraph.model;

/** A place resolved to a country and, where known, coordinates. */
public record Location(String name, String country, Double lat, Double lon) {}
