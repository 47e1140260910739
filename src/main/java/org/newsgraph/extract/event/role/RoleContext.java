package org.newsgraph.extract.event.role;

import org.newsgraph.extract.event.EventInput;
import org.newsgraph.extract.event.trigger.TriggerLexicon;
import org.newsgraph.nlp.Sentence;

/**
 * What the readers of an event's parties share: the stage's input, the sentence, the trigger match
 * and the role tokens read for it. The source and target found so far travel beside it.
 */
record RoleContext(
    EventInput input, Sentence sentence, TriggerLexicon.Match match, RoleReader.Roles roles) {}
