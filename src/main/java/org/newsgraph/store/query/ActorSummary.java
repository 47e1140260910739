package org.newsgraph.store.query;

/**
 * An actor code in the store and how often it appears.
 *
 * @param name the name it is most often given
 * @param quotes quotations its people and bodies are the speakers of
 */
public record ActorSummary(
    String code,
    String country,
    String sector,
    String name,
    long quotes,
    long eventsAsSource,
    long eventsAsTarget) {}
