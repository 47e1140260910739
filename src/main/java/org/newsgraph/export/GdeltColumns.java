package org.newsgraph.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.newsgraph.store.query.EventItem;

/**
 * The 61 columns of GDELT 2.0's event table, in its order, filled where Newsgraph has the value and
 * empty where it has not (the mapping: docs/export.md).
 */
final class GdeltColumns {
  private GdeltColumns() {}

  private static final DateTimeFormatter DATE_ADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  static final List<Column> ALL = build();

  private static List<Column> build() {
    List<Column> c = new ArrayList<>();
    c.add(Column.integer("GlobalEventID", GdeltColumns::eventId));
    c.add(Column.text("Day", e -> day(e) == null ? null : day(e).replace("-", "")));
    c.add(Column.text("MonthYear", e -> prefix(e.date(), 7)));
    c.add(Column.text("Year", e -> prefix(e.date(), 4)));
    c.add(Column.text("FractionDate", GdeltColumns::fractionDate));
    actor(c, "Actor1", EventItem::source);
    actor(c, "Actor2", EventItem::target);
    c.add(Column.text("IsRootEvent", e -> null));
    c.add(Column.text("EventCode", EventItem::cameo));
    c.add(Column.text("EventBaseCode", e -> cut(e.cameo(), 3)));
    c.add(Column.text("EventRootCode", e -> cut(e.cameo(), 2)));
    c.add(Column.integer("QuadClass", e -> quadClass(e.quadClass())));
    c.add(Column.real("GoldsteinScale", EventItem::goldstein));
    c.add(Column.integer("NumMentions", EventItem::numMentions));
    c.add(Column.integer("NumSources", EventItem::numSources));
    c.add(Column.integer("NumArticles", EventItem::numArticles));
    c.add(Column.real("AvgTone", e -> null));
    geo(c, "Actor1Geo", e -> null);
    geo(c, "Actor2Geo", e -> null);
    geo(c, "ActionGeo", EventItem::place);
    c.add(Column.text("DATEADDED", GdeltColumns::dateAdded));
    c.add(Column.text("SOURCEURL", EventItem::articleUrl));
    return List.copyOf(c);
  }

  /** Actor code, name, country, then the group, ethnic and religion codes it has not, and types. */
  private static void actor(
      List<Column> c, String prefix, Function<EventItem, EventItem.Side> side) {
    c.add(Column.text(prefix + "Code", FlatColumns.field(side, EventItem.Side::code)));
    c.add(Column.text(prefix + "Name", FlatColumns.field(side, EventItem.Side::name)));
    c.add(Column.text(prefix + "CountryCode", FlatColumns.field(side, EventItem.Side::country)));
    for (String empty : List.of("KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code")) {
      c.add(Column.text(prefix + empty, e -> null));
    }
    c.add(Column.text(prefix + "Type1Code", FlatColumns.field(side, EventItem.Side::sector)));
    c.add(Column.text(prefix + "Type2Code", e -> null));
    c.add(Column.text(prefix + "Type3Code", e -> null));
  }

  /**
   * Type, full name, country, ADM1, ADM2, latitude, longitude, feature id. Newsgraph knows a
   * place's name, ISO alpha-3 country and coordinates; GDELT's type and FIPS codes are left empty.
   */
  private static void geo(
      List<Column> c, String prefix, Function<EventItem, EventItem.PlaceRef> place) {
    c.add(Column.integer(prefix + "_Type", e -> null));
    c.add(Column.text(prefix + "_Fullname", FlatColumns.field(place, EventItem.PlaceRef::name)));
    c.add(
        Column.text(
            prefix + "_CountryCode", FlatColumns.field(place, EventItem.PlaceRef::country)));
    c.add(Column.text(prefix + "_ADM1Code", e -> null));
    c.add(Column.text(prefix + "_ADM2Code", e -> null));
    c.add(Column.real(prefix + "_Lat", FlatColumns.field(place, EventItem.PlaceRef::lat)));
    c.add(Column.real(prefix + "_Long", FlatColumns.field(place, EventItem.PlaceRef::lon)));
    c.add(Column.text(prefix + "_FeatureID", e -> null));
  }

  /** A positive 63-bit number from the event's key (article and id), the same in every export. */
  static long eventId(EventItem e) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest((e.article() + ":" + e.id()).getBytes(StandardCharsets.UTF_8));
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (h[i] & 0xff);
      }
      return v & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException x) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", x);
    }
  }

  private static String day(EventItem e) {
    return e.date() != null && e.date().length() >= 10 ? e.date().substring(0, 10) : null;
  }

  private static String prefix(String date, int length) {
    return date != null && date.length() >= length
        ? date.substring(0, length).replace("-", "")
        : null;
  }

  private static String cut(String code, int length) {
    return code == null ? null : code.substring(0, Math.min(length, code.length()));
  }

  /** GDELT's year plus the fraction of it gone: day of year / 365, four decimals. */
  private static String fractionDate(EventItem e) {
    String day = day(e);
    if (day == null) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(day);
      return String.format(Locale.ROOT, "%.4f", d.getYear() + d.getDayOfYear() / 365.0);
    } catch (DateTimeParseException x) {
      return null;
    }
  }

  /** PLOVER's quad class names as GDELT's numbers 1 to 4. */
  static Integer quadClass(String name) {
    if (name == null) {
      return null;
    }
    return switch (name) {
      case "VERBAL_COOPERATION" -> 1;
      case "MATERIAL_COOPERATION" -> 2;
      case "VERBAL_CONFLICT" -> 3;
      case "MATERIAL_CONFLICT" -> 4;
      default -> null;
    };
  }

  private static String dateAdded(EventItem e) {
    try {
      return e.ingested() == null ? null : DATE_ADDED.format(Instant.parse(e.ingested()));
    } catch (DateTimeParseException x) {
      return null;
    }
  }
}
