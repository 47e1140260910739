package org.newsgraph.extract.event;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.extract.event.trigger.Trigger;
import org.newsgraph.model.EventActor;
import org.newsgraph.model.Location;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.Sentence;

/** An event while the extractor builds it: mutable, never leaves this package. */
final class EventDraft {
  Trigger trigger;
  Sentence sentence;
  int head;

  /** The clause head the roles were read from: the verb a noun trigger is the object of. */
  int clauseHead;

  String type;
  String mode;
  String cameo;
  EventActor source;
  EventActor target;
  EventActor reportedBy;

  /** Parties coordinated with the source or target: each is one more event of the same act. */
  List<EventActor> moreSources = List.of();

  List<EventActor> moreTargets = List.of();
  boolean negated;
  boolean hypothetical;

  /** "the call": a noun that may point back at an event already reported. */
  boolean definite;

  Mention triggerMention;
  Mention evidence;
  Location location;

  /** A date from the text, or null. */
  String date;

  /** The event this draft is a further mention of, or null. */
  EventDraft mergedInto;

  /** Further mentions merged into this one. */
  final List<EventDraft> others = new ArrayList<>();

  /** Codes the act as another category, without the trigger's mode ("vowed to attack": 130). */
  void recode(String type, String cameo) {
    this.type = type;
    this.mode = null;
    this.cameo = cameo;
  }
}
