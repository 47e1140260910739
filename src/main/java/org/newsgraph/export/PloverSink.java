package org.newsgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.newsgraph.store.query.EventItem;

/**
 * PLOVER JSON Lines, the fields of the PLOVER manual's "Data Fields" chapter (tables 6.1 to 6.6)
 * that Newsgraph has, one event a line; field names with underscores where the manual writes a
 * space. Extra fields: {@code event_type} (the one category), {@code cameo}, {@code negated},
 * {@code hypothetical} and the GDELT-style counts.
 */
final class PloverSink implements EventSink {
  /** The codebook the categories follow, for {@code cite_info.codebook}. */
  static final String CODEBOOK = "plover-base";

  private final ObjectMapper json = new ObjectMapper();
  private final Writer out;

  PloverSink(Writer out) {
    this.out = out;
  }

  @Override
  public void write(EventItem e) throws IOException {
    ObjectNode r = json.createObjectNode();
    r.put("id", e.article() + ":" + e.id());
    r.put("date", e.date());
    r.set("actor", entities(e.source()));
    r.set("recipient", entities(e.target()));
    r.set("event", json.createArrayNode().add(e.type()));
    r.put("event_type", e.type());
    if (e.mode() != null) {
      r.set("mode", json.createArrayNode().add(e.mode()));
    }
    if (e.place() != null) {
      ObjectNode loc = r.putObject("event_loc");
      loc.put("extracted_place", e.place().name());
      loc.put("resolved_place", e.place().name());
      loc.put("country_code", e.place().country());
      putNumber(loc, "lat", e.place().lat());
      putNumber(loc, "lon", e.place().lon());
    }
    if (e.evidence().text() != null) {
      r.set("event_text", json.createArrayNode().add(e.evidence().text()));
      ObjectNode info = r.putObject("text_info");
      if (e.evidence().start() != null) {
        info.put("start", e.evidence().start());
        info.put("end", e.evidence().end());
      }
    }
    Integer quad = GdeltColumns.quadClass(e.quadClass());
    if (quad != null) {
      r.put("quad_code", quad);
    }
    putNumber(r, "event_scale", e.goldstein());
    ObjectNode cite = r.putObject("cite_info");
    cite.put("citation", e.article());
    cite.put("url", e.articleUrl());
    cite.put("title", e.articleTitle());
    cite.put("publication", e.publisher());
    cite.put("coder", "newsgraph");
    cite.put("codebook", CODEBOOK);
    r.put("coded_date", e.ingested() == null ? null : e.ingested().substring(0, 10));
    r.put("cameo", e.cameo());
    r.put("negated", e.negated());
    r.put("hypothetical", e.hypothetical());
    r.put("num_mentions", e.numMentions());
    r.put("num_articles", e.numArticles());
    r.put("num_sources", e.numSources());
    json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, r);
    out.write('\n');
  }

  /** An actor as PLOVER's entity list: country code, sector, the words and the office. */
  private ArrayNode entities(EventItem.Side side) {
    ArrayNode list = json.createArrayNode();
    if (side != null && (side.code() != null || side.name() != null)) {
      ObjectNode o = list.addObject();
      o.put("code", side.country());
      o.put("sector", side.sector());
      o.put("entity_text", side.name());
      o.put("actor_code", side.code());
    }
    return list;
  }

  private static void putNumber(ObjectNode o, String name, Double v) {
    if (v != null) {
      o.put(name, v);
    }
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
