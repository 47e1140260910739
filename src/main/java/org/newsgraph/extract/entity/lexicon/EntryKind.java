package org.newsgraph.extract.entity.lexicon;

import java.util.Locale;
import java.util.Optional;

/** What a lexicon line names; the first column of a lexicon file, in lower case. */
public enum EntryKind {
  /** A country's names, e.g. "Russia", "Russian Federation". */
  COUNTRY,
  /** A word for a country's people or things, e.g. "Russian", "Russians". */
  DEMONYM,
  /** A capital city standing for the government, e.g. "Moscow" for RUS GOV. */
  CAPITAL,
  /** A named body: a seat of government, a ministry, an IGO, a news outlet. */
  INSTITUTION,
  /** An office or role held by a person, e.g. "prime minister"; matched case-insensitively. */
  TITLE,
  /** A collective noun naming a sector, e.g. "troops"; matched case-insensitively. */
  SECTOR,
  /** A named person; dated lines say when the person held the office. */
  PERSON;

  /** The label used in the files: the constant's name in lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for kinds whose names are common nouns, matched regardless of case. */
  public boolean ignoresCase() {
    return this == TITLE || this == SECTOR;
  }

  /** The kind with this file label, if any; the label must be in lower case. */
  public static Optional<EntryKind> fromLabel(String label) {
    for (EntryKind kind : values()) {
      if (kind.label().equals(label)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
