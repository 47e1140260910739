package org.newsgraph.testing;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Location;
import org.newsgraph.store.SqliteArticleStore;

/**
 * Three short wire stories, written for these tests, analyzed by hand: Russia accuses Venezuela's
 * opposition, Venezuelan troops seize a tanker, Russia and Venezuela sign an energy deal.
 */
public final class NewsFixture {
  private NewsFixture() {}

  /** The accusation, 2025-12-10. */
  public static final AnalysisRecord ACCUSATION =
      TestRecords.article(
              "Moscow accuses Venezuelan opposition",
              "Example Wire",
              "2025-12-10",
              "MOSCOW (Example Wire) - Foreign Minister Sergei Lavrov accused Venezuela's"
                  + " opposition of plotting unrest on Tuesday. \"We will not allow"
                  + " interference,\" Lavrov said.")
          .entity("Sergei Lavrov", "PERSON", "Foreign Minister", "RUSGOV")
          .entity("Venezuela's opposition", "GROUP", null, "VENOPP")
          .quote("direct", "We will not allow interference,", "Sergei Lavrov")
          .event(
              "ACCUSE",
              "112",
              "Sergei Lavrov",
              "Venezuela's opposition",
              "2025-12-09",
              new Location("Moscow", "RUS", 55.75, 37.62),
              "Sergei Lavrov accused Venezuela's opposition of plotting unrest on Tuesday",
              1)
          .build();

  /** The seizure, 2025-12-11; the text has an ampersand and angle brackets to escape. */
  public static final AnalysisRecord SEIZURE =
      TestRecords.article(
              "Troops seize tanker off La Guaira",
              "Harbor Times",
              "2025-12-11",
              "CARACAS (Harbor Times) - Venezuelan troops seized a tanker chartered by Oriel"
                  + " Shipping & Trade off La Guaira on Wednesday, officials said. The tanker,"
                  + " flagged <Panama>, was escorted to port. President Nicolas Maduro said the"
                  + " seizure was lawful.")
          .entity("Venezuelan troops", "GROUP", null, "VENMIL")
          .entity("Nicolas Maduro", "PERSON", "President", "VENGOV")
          .quote("indirect", "the seizure was lawful", "Nicolas Maduro")
          .event(
              "COERCE",
              "171",
              "Venezuelan troops",
              null,
              "2025-12-10",
              new Location("La Guaira", "VEN", 10.6, -66.93),
              "Venezuelan troops seized a tanker",
              2)
          .build();

  /** The agreement, 2026-01-05. */
  public static final AnalysisRecord AGREEMENT =
      TestRecords.article(
              "Russia and Venezuela sign energy deal",
              "Example Wire",
              "2026-01-05",
              "CARACAS (Example Wire) - Sergei Lavrov and Nicolas Maduro signed an energy"
                  + " agreement in Caracas on Monday. Lavrov said Moscow would support Venezuela"
                  + " through the winter.")
          .entity("Sergei Lavrov", "PERSON", "foreign minister", "RUSGOV")
          .entity("Nicolas Maduro", "PERSON", null, "VENGOV")
          .entity("Venezuela", "LOCATION", null, "VEN")
          .quote("indirect", "Moscow would support Venezuela through the winter", "Sergei Lavrov")
          .event(
              "AGREE",
              "057",
              "Sergei Lavrov",
              "Nicolas Maduro",
              "2026-01-05",
              new Location("Caracas", "VEN", 10.49, -66.88),
              "Sergei Lavrov and Nicolas Maduro signed an energy agreement in Caracas",
              1)
          .event(
              "SUPPORT",
              "051",
              "Sergei Lavrov",
              "Venezuela",
              "2026-01-05",
              null,
              "Moscow would support Venezuela",
              1)
          .build();

  /** The three stories. */
  public static final List<AnalysisRecord> ALL = List.of(ACCUSATION, SEIZURE, AGREEMENT);

  /** Stores the three stories in the data directory. */
  public static void fill(Path dataDir) {
    try (SqliteArticleStore store = SqliteArticleStore.open(dataDir)) {
      for (AnalysisRecord r : ALL) {
        store.put(r, "fixture:" + r.article().title());
      }
    }
  }
}
