package org.newsgraph.export;

import java.io.IOException;
import org.newsgraph.store.query.EventItem;

/** Where exported events go, one at a time; {@link #finish()} once after the last. */
public interface EventSink {
  void write(EventItem event) throws IOException;

  /** Writes whatever the format keeps to the end; does not close the output it was given. */
  void finish() throws IOException;
}
