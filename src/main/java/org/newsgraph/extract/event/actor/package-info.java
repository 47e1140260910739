/**
 * Where a phrase gets its actor code: {@link org.newsgraph.extract.event.actor.ActorReader} reads
 * the actor a role word stands for (its entity, its words through {@code PhraseCoder}, a town's
 * people, a citizen's country, a pronoun's referent) and gives a national sector with no country
 * the one its context names.
 */
package org.newsgraph.extract.event.actor;
