package org.newsgraph.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.extract.Clauses;
import org.newsgraph.extract.QuotedSpans;
import org.newsgraph.extract.entity.EntityLayer;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.rules.RuleFile;

/**
 * Reported speech without quotation marks: "X said (that) ...", "..., X said", "according to X,
 * ...". The quote's text is the reported clause.
 */
final class ReportedSpeechFinder {
  /** Cues that name or describe something rather than report a clause. */
  private static final Set<String> NAMING_CUES =
      Set.of("call", "describe", "label", "dub", "brand");

  /**
   * Cues by which an outlet relays another's statement whole: "..., the Ledger reported." (from
   * {@code quote/relaying-cues.tsv}).
   */
  private static final Set<String> RELAYING_CUES = RuleFile.words("/quote/relaying-cues.tsv");

  /** Whether a cue word is a relaying cue's form: "reported", "reports". */
  static boolean relays(String cueWord) {
    String w = cueWord == null ? "" : cueWord.toLowerCase(java.util.Locale.ROOT);
    return RELAYING_CUES.stream().anyMatch(w::startsWith);
  }

  /** The preposition of an agent: "a court document filed by the state attorney". */
  private static final Set<String> BY = Set.of("by");

  /** The prepositions of a document's maker: "a tally by the AP", "a report from the agency". */
  private static final Set<String> BY_OR_FROM = Set.of("by", "from");

  private final SpeechCues cues;
  private final CueObjects objects;

  ReportedSpeechFinder(SpeechCues cues, CueObjects objects) {
    this.cues = cues;
    this.objects = objects;
  }

  List<Quote> find(SpeakerResolver resolver) {
    ParsedArticle doc = resolver.doc();
    EntityLayer entities = resolver.entities();
    QuotedSpans quoted = resolver.quoted();
    List<Quote> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (Token t : s.tokens()) {
        if (quoted.inside(t.start())) {
          continue;
        }
        if (cues.isCue(s, t)) {
          said(doc, s, t, quoted, resolver, out);
        } else if (t.word().equalsIgnoreCase("according")) {
          accordingTo(doc, s, t, resolver, out);
        }
      }
    }
    return out;
  }

  /**
   * "X said (that) CLAUSE", "CLAUSE, X said", and ", noting CLAUSE" where the parser lost the
   * clause.
   */
  private void said(
      ParsedArticle doc,
      Sentence s,
      Token cue,
      QuotedSpans quoted,
      SpeakerResolver resolver,
      List<Quote> out) {
    int[] clause = null;
    List<Dependency> clauses = reportedClauses(s, cue);
    if (!clauses.isEmpty()) {
      Dependency d = clauses.get(0);
      if (quoted.inside(s.tokens().get(d.dependent()).start())) {
        return; // what was said is a quotation, found with its marks
      }
      // "... that X and predicted that Y": a conjoined cue reports its own clause.
      clause =
          s.extent(
              d.dependent(),
              x -> !(x.relation().equals("conj") && cues.isCue(s, s.tokens().get(x.dependent()))));
    }
    int subject = SpeakerResolver.subjectOf(s, cue.index());
    if (clause == null) {
      clause = complement(s, cue);
    }
    boolean verbless = false; // "denied the charges", "called for an audit"
    if (clause == null) {
      clause = objects.content(s, cue);
      verbless = clause != null;
    }
    boolean naming = NAMING_CUES.contains(cue.lemma().toLowerCase(java.util.Locale.ROOT));
    if (clause == null && subject >= 0 && subject < cue.index() && !naming) {
      clause =
          before(s, cue, subject, quoted); // not "..., X calls Y a Z": a name given, not a clause
    }
    if (clause == null && subject >= 0 && subject < cue.index()) {
      clause = after(s, cue);
    }
    if (clause == null && Clauses.isTrailingParticiple(s, cue.index())) {
      clause = new int[] {cue.index() + 1, s.tokens().size() - 1};
    }
    if (clause == null) {
      return;
    }
    clause[1] = beforeNextCue(s, cue.index(), clause, quoted);
    if (!verbless && !hasVerb(s, clause) || allQuoted(s, clause, quoted)) {
      return;
    }
    Attribution a = Questions.attribution(s, cue, resolver);
    if (a != null) {
      add(doc, s, clause[0], clause[1], a, out);
    }
  }

  /**
   * "he would release the figures, calling them ...": the clause ends before a trailing participle
   * of saying, which reports a statement of its own.
   */
  private int beforeNextCue(Sentence s, int cue, int[] clause, QuotedSpans quoted) {
    for (int i = Math.max(clause[0], cue) + 1; i <= clause[1]; i++) {
      Token t = s.tokens().get(i);
      if (!cues.isCue(s, t) || quoted.inside(t.start())) {
        continue;
      }
      if (Clauses.isTrailingParticiple(s, i)) {
        return Math.max(clause[0], i - 2);
      }
      int opens = trailingAttribution(s, i, clause, quoted);
      if (opens >= 0) {
        return opens - 1;
      }
    }
    return clause[1];
  }

  /** Most words after a trailing attribution's cue that still end the clause: "reported Monday". */
  private static final int AFTER_TRAILING_CUE = 3;

  /**
   * "..., CNN reported" closing the clause: another speaker's attribution, which is not part of
   * what this cue reports. Where it opens (its comma, or the clause's start when the clause is
   * nothing but the attribution), or -1 when the cue at {@code i} is no such attribution.
   */
  private static int trailingAttribution(Sentence s, int i, int[] clause, QuotedSpans quoted) {
    if (clause[1] - i > AFTER_TRAILING_CUE) {
      return -1;
    }
    int subject = SpeakerResolver.subjectOf(s, i, quoted);
    if (subject < clause[0] || subject > i) {
      return -1;
    }
    int first = s.extent(subject, d -> !d.relation().equals("punct"))[0];
    if (first <= clause[0]) {
      // '..., "Show," Right Wing Watch first reported': the clause is the attribution itself, set
      // off by its comma; not "said Sharpton asked for the meeting", a clause of its own.
      return commaBefore(s, clause[0], 0) >= 0 ? clause[0] : -1;
    }
    return commaBefore(s, first, clause[0] + 1);
  }

  /** The comma right before {@code token}, past closing quotation marks; -1 if none. */
  private static int commaBefore(Sentence s, int token, int from) {
    int comma = token - 1;
    while (comma > from && s.tokens().get(comma).pos().equals("''")) {
      comma--;
    }
    return comma >= from && s.tokens().get(comma).word().equals(",") ? comma : -1;
  }

  /**
   * The cue's clausal complements, those after it first: "Like owners who foresee an upside, Mr.
   * Schmidt said he was building ...", where the parser also hangs the opening clause on "said".
   */
  private static List<Dependency> reportedClauses(Sentence s, Token cue) {
    List<Dependency> after = new ArrayList<>();
    List<Dependency> before = new ArrayList<>();
    for (Dependency d : s.childrenOf(cue.index())) {
      if (d.relation().equals("ccomp")) {
        (d.dependent() > cue.index() ? after : before).add(d);
      }
    }
    after.addAll(before);
    if (after.isEmpty()) {
      Dependency lost = clauseInSetting(s, cue);
      if (lost != null) {
        after.add(lost);
      }
    }
    return after;
  }

  /**
   * "said in a statement released by the campaign that ...": the parser hung the reported clause on
   * a noun of the phrase that tells where it was said (a noun takes no such clause); that clause,
   * or null.
   */
  private static Dependency clauseInSetting(Sentence s, Token cue) {
    for (Dependency d : s.childrenOf(cue.index())) {
      if (!d.relation().equals("obl") || d.dependent() < cue.index()) {
        continue;
      }
      int[] setting = s.extent(d.dependent(), x -> !x.relation().equals("ccomp"));
      for (Dependency c : s.dependencies()) {
        if (c.relation().equals("ccomp")
            && s.tokens().get(c.governor()).isNoun()
            && c.governor() >= setting[0]
            && c.governor() <= setting[1]
            && c.dependent() > setting[1]) {
          return c;
        }
      }
    }
    return null;
  }

  /**
   * "urged voters to stay home", "vowed to appeal": what a cue of demanding or promising reports is
   * its infinitive, with the person urged.
   */
  private static int[] complement(Sentence s, Token cue) {
    int obj = -1;
    int xcomp = -1;
    for (Dependency d : s.childrenOf(cue.index())) {
      if (d.dependent() < cue.index()) {
        continue;
      }
      if (d.relation().equals("obj") && obj < 0) {
        obj = d.dependent();
      } else if (d.relation().equals("xcomp") && xcomp < 0) {
        xcomp = d.dependent();
      }
    }
    if (xcomp >= 0 && s.tokens().get(xcomp).isVerb()) {
      int[] x = s.extent(xcomp, d -> true);
      return new int[] {obj >= 0 ? Math.min(obj, x[0]) : x[0], x[1]};
    }
    return null;
  }

  /**
   * "The campaign says the average donation was $27" parsed as an object with a clause hanging on
   * it: the words after the cue (after the hearer of "told"), when they hold a clause.
   */
  private static int[] after(Sentence s, Token cue) {
    if (NAMING_CUES.contains(cue.lemma().toLowerCase(java.util.Locale.ROOT))) {
      return null; // "called the operation a crime": a name given, not a clause reported
    }
    int from = cue.index() + 1;
    if (cue.lemma().equalsIgnoreCase("tell")) {
      for (Dependency d : s.childrenOf(cue.index())) {
        if (d.relation().equals("obj") || d.relation().equals("iobj")) {
          from = Math.max(from, s.extent(d.dependent(), x -> true)[1] + 1);
        }
      }
    }
    if (from >= s.tokens().size()
        || !s.tokens().get(from).pos().matches("DT|NN.*|PRP.*|JJ.*|CD|\\$|IN")) {
      return null;
    }
    if (s.tokens().get(from).pos().equals("IN")
        && !s.tokens()
            .get(from)
            .word()
            .toLowerCase(java.util.Locale.ROOT)
            .matches("that|if|whether")) {
      return null; // "said in a statement": no clause follows directly
    }
    int to = s.tokens().size() - 1;
    for (int i = from + 1; i + 2 <= to; i++) {
      // "said the plan would fail, and he railed against ...": the writer's next clause.
      if (s.tokens().get(i).word().equals(",")
          && s.tokens().get(i + 1).pos().equals("CC")
          && s.tokens().get(i + 2).pos().equals("PRP")) {
        to = i - 1;
        break;
      }
    }
    // A clause, even where the parse lost it: a verb after a word or two of its subject.
    for (int i = from + 1; i <= to; i++) {
      Token t = s.tokens().get(i);
      if (t.isVerb() && !t.pos().equals("VBG") || t.pos().equals("MD")) {
        return new int[] {from, to};
      }
    }
    return null;
  }

  /**
   * "CLAUSE, the minister said": the words before the comma that opens the speaker's phrase. An
   * outlet that relays a statement whole ("X said, "No comment," the Ledger reported") reports the
   * sentence up to the quotation's closing mark, past an opening participle ("When asked ..."),
   * when the sentence holds the statement's own cue.
   */
  private int[] before(Sentence s, Token cue, int subject, QuotedSpans quoted) {
    int first = s.extent(subject, d -> !d.relation().equals("punct"))[0];
    int comma = commaBefore(s, first, 1);
    if (comma < 0) {
      return null;
    }
    boolean closingMark = comma < first - 1;
    boolean participle = opensWithParticiple(s);
    if (!closingMark && !participle) {
      return new int[] {0, comma - 1};
    }
    boolean relays = RELAYING_CUES.contains(cue.lemma().toLowerCase(java.util.Locale.ROOT));
    // The relayed statement's cue stands past a setting that opens the sentence: not "When
    // someone shouted, "No," the Ledger reported".
    int from = participle || opensWithSubordinate(s) ? firstComma(s) + 1 : 0;
    return relays && holdsCue(s, from, comma - 1, quoted) ? new int[] {0, comma - 1} : null;
  }

  /** "When someone shouted ...", "As the vote closed ...": a subordinate clause opens it. */
  private static boolean opensWithSubordinate(Sentence s) {
    String pos = s.tokens().get(0).pos();
    return pos.equals("WRB") || pos.equals("IN");
  }

  private static int firstComma(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.word().equals(",")) {
        return t.index();
      }
    }
    return -1;
  }

  /** Whether a verb of saying outside quotation marks stands in [from, to]. */
  private boolean holdsCue(Sentence s, int from, int to, QuotedSpans quoted) {
    for (int i = Math.max(0, from); i <= to; i++) {
      Token t = s.tokens().get(i);
      if (cues.isCue(s, t) && !quoted.inside(t.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Asked whether ..., 61 percent said no", "Speaking on Tuesday, the mayor said": a sentence that
   * opens with a participle ("When asked") sets the scene; it is not what the speaker said.
   */
  private static boolean opensWithParticiple(Sentence s) {
    int i = s.tokens().get(0).pos().equals("WRB") && s.tokens().size() > 1 ? 1 : 0;
    String pos = s.tokens().get(i).pos();
    return pos.equals("VBN") || pos.equals("VBG");
  }

  private static boolean hasVerb(Sentence s, int[] clause) {
    for (int i = clause[0]; i <= clause[1]; i++) {
      if (s.tokens().get(i).isVerb() || s.tokens().get(i).pos().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  private static boolean allQuoted(Sentence s, int[] clause, QuotedSpans quoted) {
    for (int i = clause[0]; i <= clause[1]; i++) {
      Token t = s.tokens().get(i);
      if (!quoted.inside(t.start()) && t.word().matches(".*\\p{L}.*")) {
        return false;
      }
    }
    return true;
  }

  /**
   * "According to X, CLAUSE" and "CLAUSE, according to X": X is the speaker, the words on the other
   * side of it what was said (read by position: parsers often hang the clause on X).
   */
  private static void accordingTo(
      ParsedArticle doc, Sentence s, Token according, SpeakerResolver resolver, List<Quote> out) {
    Dependency source = s.headOf(according.index());
    if (source == null || source.governor() < 0 || source.governor() < according.index()) {
      return;
    }
    int[] src = s.extent(source.governor(), d -> !d.relation().startsWith("acl"));
    src[0] = Math.min(src[0], according.index());
    int last = s.tokens().size() - 1;
    int from;
    int to;
    if (src[0] == 0 || src[0] <= 1 && !s.tokens().get(0).isVerb() || opensClause(s, src[0])) {
      from = src[1] + 1; // "According to X, clause"
      to = last;
    } else {
      from = 0; // "clause, according to X"
      to = src[0] - 1;
    }
    EntityRef speaker = resolver.speaker(s, author(s, source.governor()));
    add(doc, s, from, to, new Attribution(speaker, "according to", null), out);
  }

  /**
   * "The paper reported that, according to X, CLAUSE": the phrase opens a reported clause, right
   * after its "that", so what X says follows it.
   */
  private static boolean opensClause(Sentence s, int phrase) {
    int i = phrase - 1;
    if (i >= 0 && s.tokens().get(i).word().equals(",")) {
      i--;
    }
    return i > 0 && s.tokens().get(i).word().equalsIgnoreCase("that");
  }

  /**
   * "according to a court document filed by the state attorney", "to audio provided by the radio":
   * whoever the document or recording is by speaks; else the source itself.
   */
  private static int author(Sentence s, int source) {
    for (Dependency acl : s.childrenOf(source)) {
      if (!acl.relation().equals("acl") || !s.tokens().get(acl.dependent()).pos().equals("VBN")) {
        continue;
      }
      for (Dependency agent : s.childrenOf(acl.dependent())) {
        if (agent.relation().startsWith("obl") && s.hasChildWord(agent.dependent(), "case", BY)) {
          return agent.dependent();
        }
      }
    }
    return Animacy.isThing(s.tokens().get(source)) ? maker(s, source) : source;
  }

  /**
   * "according to a tally by the Associated Press", "to a report from Harbor Energy", "to an
   * interview his brother gave": whoever made the document speaks; else the document itself.
   */
  private static int maker(Sentence s, int document) {
    for (Dependency d : s.childrenOf(document)) {
      int maker = -1;
      if (d.relation().startsWith("nmod") && s.hasChildWord(d.dependent(), "case", BY_OR_FROM)) {
        maker = d.dependent();
      } else if (d.relation().equals("acl:relcl")) {
        maker = s.child(d.dependent(), "nsubj");
      }
      if (maker >= 0
          && (s.tokens().get(maker).isProperNoun() || Animacy.mayBeBeing(s.tokens().get(maker)))) {
        return maker;
      }
    }
    return document;
  }

  private static void add(
      ParsedArticle doc, Sentence s, int from, int to, Attribution a, List<Quote> out) {
    while (from < to
        && s.tokens().get(from).pos().matches("[,.:]|IN|``|''")
        && !s.tokens().get(from).word().equalsIgnoreCase("if")) {
      from++; // a leading comma or "that"
    }
    while (to > from && s.tokens().get(to).pos().matches("[,.:]|``|''|HYPH")) {
      to--;
    }
    if (to <= from) {
      return;
    }
    int start = s.tokens().get(from).start();
    int end = s.tokens().get(to).end();
    out.add(
        new Quote(
            null,
            "indirect",
            doc.text().substring(start, end),
            start,
            end,
            a.speaker(),
            a.cue(),
            a.via()));
  }
}
