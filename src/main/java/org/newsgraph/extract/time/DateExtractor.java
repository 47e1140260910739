package org.newsgraph.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.extract.time.Calendar.Direction;
import org.newsgraph.extract.time.PartialDate.Unit;
import org.newsgraph.model.DateMention;
import org.newsgraph.nlp.ParsedArticle;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TimeExpression;
import org.newsgraph.nlp.Token;
import org.newsgraph.pipeline.Stage;

/**
 * Finds an article's time expressions and gives each an ISO 8601 value: SUTime's expressions,
 * corrected where SUTime reads news dates wrongly, plus the phrases of {@code time/rules.txt}
 * ("that day", "one day after the call") that SUTime misses. Relative expressions are resolved
 * against the publication date, never against today's; without a publication date they stay null.
 * Thread-safe.
 *
 * <p>Decisions: a time of day keeps only its date ("3 p.m. on Wednesday" → 2025-12-10); "now" and
 * "currently" are the publication date with relation "approx"; "recently" and "in the past" have no
 * value, relation "before", anchor "published"; seasons and quarters become their year; a bare
 * weekday or month is the latest one on or before the publication date unless its sentence has no
 * past-tense verb and either a future cue (future-cues.txt) or an "until"/"by" before it. A counted
 * offset ("one day after Tuesday") gives the day it lands on with relation "on"; an uncounted one
 * ("days before the vote") gives the anchor's date with relation "before"/"after".
 */
public final class DateExtractor implements Stage<ParsedArticle, DateLayer> {

  /** Default for {@code maxAnchorWords}: 8 words. */
  public static final int DEFAULT_MAX_ANCHOR_WORDS = 8;

  /** Default for {@code maxMentions}: 1,000 mentions an article; the rest are dropped. */
  public static final int DEFAULT_MAX_MENTIONS = 1_000;

  private static final Pattern ALL_DIGITS = Pattern.compile("\\d+");
  private static final Pattern MONTH_VALUE =
      Pattern.compile("(?:\\d{4}|XXXX)-(\\d{2})(?:-(\\d{2}))?");
  private static final Pattern WEEKDAY_VALUE = Pattern.compile("XXXX-WXX-([1-7])");
  private static final Pattern PART_OF_YEAR =
      Pattern.compile("(\\d{4}|XXXX)-(?:SP|SU|FA|WI|Q[1-4]|H[12])");
  private static final Pattern DECADE = Pattern.compile("(\\d{2,3})X{1,2}");

  private final TimeRules rules;
  private final int maxAnchorWords;
  private final int maxMentions;

  public DateExtractor(TimeRules rules) {
    this(rules, DEFAULT_MAX_ANCHOR_WORDS, DEFAULT_MAX_MENTIONS);
  }

  /**
   * @param maxAnchorWords at most this many words of an event anchor ("after the call ...") are
   *     kept in {@code anchorText}
   * @param maxMentions at most this many mentions an article
   */
  public DateExtractor(TimeRules rules, int maxAnchorWords, int maxMentions) {
    if (maxAnchorWords < 1 || maxMentions < 1) {
      throw new IllegalArgumentException(
          "limits must be positive: maxAnchorWords="
              + maxAnchorWords
              + " maxMentions="
              + maxMentions);
    }
    this.rules = rules;
    this.maxAnchorWords = maxAnchorWords;
    this.maxMentions = maxMentions;
  }

  /** A span to resolve: a rule's match or one of SUTime's expressions. */
  private record Candidate(int start, int end, TimeRules.Rule rule, TimeExpression timex) {}

  /** A value with how the text relates to it and what it was resolved against. */
  private record Resolved(String value, String relation, String anchor) {}

  @Override
  public DateLayer apply(ParsedArticle article) {
    String text = article.text();
    LocalDate published = article.article().publishedDay();
    List<TimeExpression> timexes = merged(article.times(), text);
    List<Candidate> candidates = ruleMatches(text, timexes);
    List<Candidate> fromRules = List.copyOf(candidates);
    for (TimeExpression t : timexes) {
      if (datable(t) && fromRules.stream().noneMatch(c -> c.start < t.end() && t.start() < c.end)) {
        candidates.add(new Candidate(t.start(), t.end(), null, t));
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::start));

    List<DateMention> out = new ArrayList<>();
    for (Candidate c : candidates) {
      if (out.size() >= maxMentions) {
        break;
      }
      PartialDate previous = latestValue(out);
      DateMention m =
          c.timex != null
              ? fromTimex(c.timex, article, published, out.isEmpty() ? 0 : last(out).end())
              : fromRule(c, article, published, timexes, previous);
      out.add(m);
    }
    return new DateLayer(out, published);
  }

  // ---- SUTime's expressions ----

  private DateMention fromTimex(
      TimeExpression t, ParsedArticle article, LocalDate published, int notBefore) {
    String text = article.text();
    int start = t.start();
    String relation = "on";
    if (!followedByPossessive(text, t.end())) {
      for (Map.Entry<String, String> w : rules.relationWords().entrySet()) {
        int wordStart = precedingWord(text, start, w.getKey());
        if (wordStart >= notBefore) {
          start = wordStart;
          relation = w.getValue();
          break;
        }
      }
    }
    Resolved r = resolve(t, relation, article, published);
    return new DateMention(
        text.substring(start, t.end()), r.value, start, t.end(), r.relation, r.anchor);
  }

  private Resolved resolve(
      TimeExpression t, String relation, ParsedArticle article, LocalDate published) {
    String raw = t.value() == null ? "" : t.value().strip();
    String pub = published == null ? null : published.toString();
    switch (raw) {
      case "PRESENT_REF":
        return new Resolved(pub, "approx", "published");
      case "PAST_REF":
        return new Resolved(null, "before", "published");
      case "FUTURE_REF":
        return new Resolved(null, "after", "published");
      default:
        break;
    }
    String v = raw;
    int slash = v.indexOf('/');
    if (slash > 0) {
      // A range ("2025-11-11/2025-12-11"): keep its start.
      v = v.substring(0, slash);
      relation = "on".equals(relation) ? "since" : relation;
    }
    int time = v.indexOf('T');
    if (time >= 0) {
      v = time == 0 ? (pub == null ? "" : pub) : v.substring(0, time);
    }
    Matcher part = PART_OF_YEAR.matcher(v);
    if (part.matches()) {
      v = part.group(1);
    }
    Direction direction = direction(article, t.start(), relation);

    DayOfWeek weekday = Calendar.bareWeekday(t.text());
    Matcher weekdayValue = WEEKDAY_VALUE.matcher(v);
    if (weekday == null && weekdayValue.matches() && Calendar.bareWeekday(t.text()) != null) {
      weekday = DayOfWeek.of(Integer.parseInt(weekdayValue.group(1)));
    }
    if (weekday != null) {
      String value =
          published == null ? null : Calendar.weekday(weekday, published, direction).toString();
      return new Resolved(value, relation, "published");
    }

    Matcher month = MONTH_VALUE.matcher(v);
    if (month.matches() && Calendar.namesMonth(t.text()) && !Calendar.statesYear(t.text())) {
      Integer day = month.group(2) == null ? null : Integer.valueOf(month.group(2));
      PartialDate d =
          published == null
              ? null
              : Calendar.monthDay(Integer.parseInt(month.group(1)), day, published, direction);
      return new Resolved(d == null ? null : d.iso(), relation, "published");
    }

    Matcher decade = DECADE.matcher(v);
    if (decade.matches()) {
      boolean stated = t.text().contains(decade.group(1));
      return new Resolved(stated ? v : null, relation, stated ? null : "published");
    }
    PartialDate d = PartialDate.parse(v);
    if (d == null) {
      return new Resolved(null, relation, Calendar.statesYear(t.text()) ? null : "published");
    }
    if (t.text().contains(v.substring(0, 4))) {
      return new Resolved(d.iso(), relation, null);
    }
    // Relative ("last year", "yesterday"): SUTime resolved it against the document date, which is
    // the publication date; without one there is nothing to resolve against.
    return new Resolved(published == null ? null : d.iso(), relation, "published");
  }

  /** PAST unless the sentence has no past-tense verb and looks ahead. */
  private Direction direction(ParsedArticle article, int offset, String relation) {
    if (relation.equals("since")) {
      return Direction.PAST;
    }
    Sentence s = article.sentenceAt(offset);
    if (s == null) {
      return Direction.PAST;
    }
    boolean past = false;
    boolean future = false;
    for (Token k : s.tokens()) {
      past |= k.pos().equals("VBD");
      future |= rules.isFutureCue(k.word());
    }
    if (!past && (future || relation.equals("until"))) {
      return Direction.FUTURE;
    }
    return Direction.PAST;
  }

  // ---- the rules' phrases ----

  private List<Candidate> ruleMatches(String text, List<TimeExpression> timexes) {
    List<Candidate> found = new ArrayList<>();
    for (TimeRules.Rule rule : rules.rules()) {
      Matcher m = rule.pattern().matcher(text);
      while (m.find() && found.size() < maxMentions) {
        int s = m.start();
        int e = anchorEnd(text, m, timexes);
        if (found.stream().noneMatch(c -> c.start < e && s < c.end)) {
          found.add(new Candidate(s, e, rule, null));
        }
      }
    }
    return found;
  }

  /**
   * Where a match ends: an action anchor stops before a date inside it, so that in "two days after
   * rebels seized the airport on Tuesday" the anchor is the seizure and Tuesday dates the seizure
   * (its own mention), instead of both being swallowed into one undatable anchor.
   */
  private static int anchorEnd(String text, Matcher m, List<TimeExpression> timexes) {
    int anchorStart = group(m, "anchor") == null ? -1 : m.start("anchor");
    if (anchorStart < 0) {
      return m.end();
    }
    TimeExpression t = firstDatableFrom(timexes, anchorStart + 1, m.end());
    if (t == null) {
      return m.end();
    }
    int end = t.start();
    while (end > anchorStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // "on Tuesday", "in March": the preposition belongs to the date, not the action.
    Matcher prep = TRAILING_PREPOSITION.matcher(text.substring(anchorStart, end));
    if (prep.find() && prep.start() > 0) {
      end = anchorStart + prep.start();
    }
    return end;
  }

  private static final java.util.regex.Pattern TRAILING_PREPOSITION =
      java.util.regex.Pattern.compile("\\s+(?:on|in|at|during|by|late|early|last)$");

  private DateMention fromRule(
      Candidate c,
      ParsedArticle article,
      LocalDate published,
      List<TimeExpression> timexes,
      PartialDate previous) {
    String text = article.text();
    Matcher m = c.rule.pattern().matcher(text);
    if (!m.find(c.start)) {
      throw new IllegalStateException(
          "rule " + c.rule.source() + " no longer matches at " + c.start);
    }
    Unit unit = unit(m.group("unit"));
    if (c.rule.action() == TimeRules.Action.SAME) {
      if (previous != null) {
        PartialDate d = previous.truncatedTo(unit);
        String relation = d.unit().ordinal() < unit.ordinal() ? "approx" : "on";
        return mention(text, c.start, c.end, d.iso(), relation, "text", null, null);
      }
      String value = published == null ? null : PartialDate.day(published).truncatedTo(unit).iso();
      return mention(text, c.start, c.end, value, "on", "published", null, null);
    }

    int sign = rules.direction(m.group("dir"));
    // No count word: "the next day" is one day, "days before" an unknown number of them.
    String countWord = group(m, "n");
    boolean plural = m.group("unit").toLowerCase(Locale.ROOT).endsWith("s");
    Integer count = countWord != null ? rules.number(countWord) : plural ? null : 1;
    String offset = offset(sign, count, unit);
    String relation = count != null ? "on" : sign < 0 ? "before" : "after";
    int end = c.end;
    PartialDate base = previous;
    String anchor = previous != null ? "text" : "event";
    String anchorText = null;
    int anchorStart = group(m, "anchor") == null ? -1 : m.start("anchor");
    if (anchorStart >= 0) {
      TimeExpression date = timexAt(timexes, anchorStart);
      if (date != null) {
        Resolved r = resolve(date, "on", article, published);
        base = PartialDate.parse(r.value);
        anchor = "text";
        end = date.end();
      } else {
        end = Math.min(c.end, anchorStart + firstWords(m.group("anchor"), maxAnchorWords).length());
        // "two days after rebels seized the airport on Tuesday": the action's own date is known.
        TimeExpression own = c.end < m.end() ? firstDatableFrom(timexes, c.end, m.end()) : null;
        base = own == null ? null : PartialDate.parse(resolve(own, "on", article, published).value);
        anchor = base == null ? "event" : "text";
      }
      anchorText = text.substring(anchorStart, end);
    }
    PartialDate value = base == null || count == null ? base : base.plus((long) sign * count, unit);
    return mention(
        text,
        c.start,
        end,
        value == null ? null : value.iso(),
        relation,
        anchor,
        offset,
        anchorText);
  }

  private static String offset(int sign, Integer count, Unit unit) {
    String amount;
    if (count == null) {
      amount = "X" + unitLetter(unit);
    } else if (unit == Unit.WEEK) {
      amount = (count * 7) + "D";
    } else {
      amount = count + unitLetter(unit);
    }
    return (sign < 0 ? "-P" : "P") + amount;
  }

  private static String unitLetter(Unit unit) {
    return switch (unit) {
      case DAY -> "D";
      case WEEK -> "W";
      case MONTH -> "M";
      case YEAR -> "Y";
    };
  }

  private static Unit unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("s")) {
      w = w.substring(0, w.length() - 1);
    }
    return Unit.valueOf(w.toUpperCase(Locale.ROOT));
  }

  // ---- helpers ----

  private static DateMention mention(
      String text,
      int start,
      int end,
      String value,
      String relation,
      String anchor,
      String offset,
      String anchorText) {
    return new DateMention(
        text.substring(start, end), value, start, end, relation, anchor, offset, anchorText);
  }

  /** SUTime sometimes splits one expression ("3 p.m. on" + "Wednesday"); join such pieces. */
  private static List<TimeExpression> merged(List<TimeExpression> times, String text) {
    List<TimeExpression> sorted = new ArrayList<>(times);
    sorted.removeIf(t -> t.start() < 0 || t.end() > text.length() || t.end() <= t.start());
    sorted.sort(Comparator.comparingInt(TimeExpression::start));
    List<TimeExpression> out = new ArrayList<>();
    for (TimeExpression t : sorted) {
      TimeExpression prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && t.start() < prev.end()) {
        continue;
      }
      if (prev != null
          && prev.type().equals(t.type())
          && prev.value() != null
          && prev.value().equals(t.value())
          && text.substring(prev.end(), t.start()).isBlank()) {
        out.set(
            out.size() - 1,
            new TimeExpression(
                text.substring(prev.start(), t.end()),
                t.type(),
                t.value(),
                prev.start(),
                t.end(),
                prev.sentence()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static TimeExpression firstDatableFrom(List<TimeExpression> timexes, int from, int to) {
    TimeExpression first = null;
    for (TimeExpression t : timexes) {
      if (datable(t)
          && t.start() >= from
          && t.start() < to
          && (first == null || t.start() < first.start())) {
        first = t;
      }
    }
    return first;
  }

  /** A date or a time of day: what can date an action (not a duration or a set). */
  private static boolean datable(TimeExpression t) {
    return t.type().equals("DATE") || t.type().equals("TIME");
  }

  private static TimeExpression timexAt(List<TimeExpression> timexes, int offset) {
    for (TimeExpression t : timexes) {
      if (t.start() == offset && datable(t)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The start of {@code word} when it ends just before {@code offset} (spaces between), else -1.
   */
  private static int precedingWord(String text, int offset, String word) {
    int i = offset;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == offset) {
      return -1;
    }
    int s = i - word.length();
    if (s < 0 || !text.regionMatches(true, s, word, 0, word.length())) {
      return -1;
    }
    if (s > 0 && Character.isLetterOrDigit(text.charAt(s - 1))) {
      return -1;
    }
    return s;
  }

  private static boolean followedByPossessive(String text, int end) {
    return text.startsWith("'s", end) || text.startsWith("’s", end);
  }

  private static String firstWords(String phrase, int max) {
    String p = phrase.stripTrailing();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < p.length(); i++) {
      boolean space = Character.isWhitespace(p.charAt(i));
      if (!space && !inWord && ++words > max) {
        return p.substring(0, i).stripTrailing();
      }
      inWord = !space;
    }
    return p;
  }

  private static String group(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static PartialDate latestValue(List<DateMention> mentions) {
    for (int i = mentions.size() - 1; i >= 0; i--) {
      PartialDate d = PartialDate.parse(mentions.get(i).value());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static DateMention last(List<DateMention> mentions) {
    return mentions.get(mentions.size() - 1);
  }
}
