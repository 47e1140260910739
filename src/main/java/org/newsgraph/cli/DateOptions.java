package org.newsgraph.cli;

import org.newsgraph.store.query.DateRange;
import picocli.CommandLine.Option;

/** The --from and --to options of the commands that read the store. */
final class DateOptions {
  @Option(names = "--from", paramLabel = "DATE", description = "On or after (ISO, 2025-12 too).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "On or before (ISO, 2025-12 too).")
  String to;

  /** The range; throws IllegalArgumentException naming the option when a date is not ISO. */
  DateRange range() {
    return new DateRange(from, to);
  }
}
