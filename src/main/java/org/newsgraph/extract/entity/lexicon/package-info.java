/**
 * The actor lexicon: data files naming countries, institutions, titles, sector nouns and dated
 * persons, and {@link org.newsgraph.extract.entity.lexicon.ActorLexicon}, which loads, validates
 * and queries them. The file format is described in docs/lexicon.md.
 */
package org.newsgraph.extract.entity.lexicon;
