package org.newsgraph.output;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsgraph.model.AnalysisRecord;

/** Writes and reads analysis records as JSON; the field names are the record components'. */
public final class RecordJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          // The contract shows nulls ("via": null): keep them, so every field is always there.
          .setSerializationInclusion(JsonInclude.Include.ALWAYS)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private RecordJson() {}

  /** The shared mapper, configured for records. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The record as indented JSON. */
  public static String pretty(AnalysisRecord record) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The record as one line of JSON, for JSON Lines. */
  public static String line(AnalysisRecord record) {
    try {
      return MAPPER.writeValueAsString(record);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a record back. */
  public static AnalysisRecord read(String json) {
    try {
      return MAPPER.readValue(json, AnalysisRecord.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
