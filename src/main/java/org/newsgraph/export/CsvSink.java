package org.newsgraph.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.newsgraph.store.query.EventItem;

/**
 * CSV with a header row, quoted as RFC 4180 says (Jackson's CSV module), or tab-separated without
 * quotes for GDELT's layout; one line an event.
 */
final class CsvSink implements EventSink {
  private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\t\\r\\n]+");

  private final List<Column> columns;
  private final SequenceWriter out;
  private final UnaryOperator<String> clean;

  private CsvSink(
      List<Column> columns, CsvSchema schema, Writer writer, UnaryOperator<String> clean)
      throws IOException {
    this.columns = columns;
    this.clean = clean;
    this.out =
        new CsvMapper()
            .writerFor(List.class)
            .with(schema)
            .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .writeValues(writer);
  }

  /** The flat columns as CSV with a header. */
  static CsvSink csv(Writer writer) throws IOException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
    FlatColumns.ALL.forEach(c -> schema.addColumn(c.name()));
    return new CsvSink(FlatColumns.ALL, schema.build(), writer, UnaryOperator.identity());
  }

  /**
   * Tab-separated without a header or quotes, as GDELT's files are; tabs and line breaks inside
   * values become spaces.
   */
  static CsvSink tsv(List<Column> columns, Writer writer) throws IOException {
    CsvSchema.Builder schema =
        CsvSchema.builder()
            .setUseHeader(false)
            .setColumnSeparator('\t')
            .disableQuoteChar()
            .setLineSeparator("\n");
    columns.forEach(c -> schema.addColumn(c.name()));
    return new CsvSink(
        columns, schema.build(), writer, v -> LINE_BREAKS_AND_TABS.matcher(v).replaceAll(" "));
  }

  @Override
  public void write(EventItem event) throws IOException {
    List<Object> row = new ArrayList<>(columns.size());
    for (Column c : columns) {
      Object v = c.value().apply(event);
      row.add(clean.apply(v == null ? "" : String.valueOf(v)));
    }
    out.write(row);
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
