package org.newsgraph.model;

/** The source or target of an event: the entity, its name as read, and its actor code. */
public record EventActor(String entity, String name, Actor actor) {}
