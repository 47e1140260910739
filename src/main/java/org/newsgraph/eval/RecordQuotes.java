package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.AnalysisRecord;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.output.RecordJson;
import org.newsgraph.pipeline.AnalysisPipeline;
import org.newsgraph.read.DocumentMetadata;
import org.newsgraph.read.TextFileReader;

/** Newsgraph's own quotes, from the pipeline run on the gold text or from written records. */
public final class RecordQuotes {
  private RecordQuotes() {}

  /** The quotes of a record; a speaker's aliases are its entity's name and mentions. */
  public static List<PredictedQuote> of(AnalysisRecord record) {
    Map<String, Entity> entities = new HashMap<>();
    for (Entity e : record.entities()) {
      entities.put(e.id(), e);
    }
    // Pieces of one statement (partOf) are scored as the statement: the record says they are
    // one attribution, as PolNeAR annotates them.
    Map<String, StringBuilder> statements = new HashMap<>();
    for (Quote q : record.quotes()) {
      if (q.partOf() == null) {
        statements.put(q.id(), new StringBuilder(q.text()));
      }
    }
    for (Quote q : record.quotes()) {
      StringBuilder root = q.partOf() == null ? null : statements.get(q.partOf());
      if (root != null && !root.toString().contains(q.text())) {
        root.append(' ').append(q.text());
      }
    }
    List<PredictedQuote> out = new ArrayList<>();
    for (Quote q : record.quotes()) {
      if (q.partOf() != null && statements.containsKey(q.partOf())) {
        continue;
      }
      String speaker = q.speaker() == null ? null : q.speaker().name();
      Set<String> aliases = new LinkedHashSet<>();
      Entity e = q.speaker() == null ? null : entities.get(q.speaker().entity());
      if (e != null) {
        aliases.add(e.name());
        for (Mention m : e.mentions()) {
          aliases.add(m.text());
        }
      }
      String text = statements.getOrDefault(q.id(), new StringBuilder(q.text())).toString();
      out.add(new PredictedQuote(q.kind(), text, speaker, aliases, q.cue()));
    }
    return out;
  }

  /** Runs the pipeline on each gold text, dated with the gold publication date. */
  public static QuoteSource pipeline(AnalysisPipeline pipeline) {
    return new QuoteSource() {
      @Override
      public String name() {
        return "newsgraph";
      }

      @Override
      public List<PredictedQuote> predict(GoldArticle a) {
        // The text as `analyze` reads a file: a first line before a blank line is the title.
        AnalysisRecord r =
            pipeline.analyze(
                TextFileReader.split(a.name(), a.text()),
                new DocumentMetadata(null, null, null, a.published()));
        return of(r);
      }
    };
  }

  /** Reads {@code DIR/NAME.json}, as {@code analyze --out-dir DIR} wrote it, for each article. */
  public static QuoteSource records(Path dir) {
    return new QuoteSource() {
      @Override
      public String name() {
        return "newsgraph records in " + dir;
      }

      @Override
      public List<PredictedQuote> predict(GoldArticle a) throws IOException {
        Path f = dir.resolve(a.name() + ".json");
        if (!Files.exists(f)) {
          throw new IOException(f + ": no record for gold article " + a.name());
        }
        return of(RecordJson.read(Files.readString(f, StandardCharsets.UTF_8)));
      }
    };
  }
}
