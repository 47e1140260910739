package org.newsgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.CliRun;
import org.newsgraph.testing.NewsFixture;

/** newsgraph export: each format opens in its reader and carries the events' facts. */
class ExportCommandTest {
  @TempDir static Path data;
  @TempDir Path out;

  @BeforeAll
  static void fill() {
    NewsFixture.fill(data);
  }

  private static CliRun export(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "export";
    all[1] = "--data";
    all[2] = data.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  @Test
  void gdeltTsvHasTheSixtyOneColumnsOnEveryLine() {
    CliRun run = export("--format", "gdelt-tsv");
    assertThat(run.exit()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(4);
    for (String line : lines) {
      assertThat(line.split("\t", -1)).hasSize(61);
    }
    String[] seizure =
        lines.stream()
            .filter(l -> l.contains("\tVENMIL\t"))
            .findFirst()
            .orElseThrow()
            .split("\t", -1);
    assertThat(seizure[1]).isEqualTo("20251210"); // Day
    assertThat(seizure[2]).isEqualTo("202512"); // MonthYear
    assertThat(seizure[5]).isEqualTo("VENMIL"); // Actor1Code
    assertThat(seizure[7]).isEqualTo("VEN"); // Actor1CountryCode
    assertThat(seizure[12]).isEqualTo("MIL"); // Actor1Type1Code
    assertThat(seizure[15]).isEmpty(); // Actor2Code: no target
    assertThat(seizure[26]).isEqualTo("171"); // EventCode
    assertThat(seizure[28]).isEqualTo("17"); // EventRootCode
    assertThat(seizure[29]).isEqualTo("4"); // QuadClass: material conflict
    assertThat(seizure[31]).isEqualTo("2"); // NumMentions
    assertThat(seizure[52]).isEqualTo("La Guaira"); // ActionGeo_Fullname
    assertThat(seizure[56]).isEqualTo("10.6"); // ActionGeo_Lat
    assertThat(seizure[59]).matches("\\d{14}"); // DATEADDED
    assertThat(seizure[60]).startsWith("https://news.example/"); // SOURCEURL
  }

  @Test
  void ploverJsonLinesCarryTheEventTypeDateActorsAndPlace() throws Exception {
    CliRun run = export("--format", "plover-jsonl", "--actor", "RUS");
    assertThat(run.exit()).as(run.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(3);
    JsonNode accuse = json.readTree(lines.get(0));
    assertThat(accuse.get("event_type").asText()).isEqualTo("ACCUSE");
    assertThat(accuse.get("event").get(0).asText()).isEqualTo("ACCUSE");
    assertThat(accuse.get("date").asText()).isEqualTo("2025-12-09");
    assertThat(accuse.at("/actor/0/code").asText()).isEqualTo("RUS");
    assertThat(accuse.at("/actor/0/sector").asText()).isEqualTo("GOV");
    assertThat(accuse.at("/recipient/0/entity_text").asText()).isEqualTo("Venezuela's opposition");
    assertThat(accuse.at("/event_loc/lat").asDouble()).isEqualTo(55.75);
    assertThat(accuse.get("quad_code").asInt()).isEqualTo(3);
    assertThat(accuse.get("id").asText()).endsWith(":V1");
  }

  @Test
  void csvHasAHeaderAndReadsBackAsWritten() throws Exception {
    Path file = out.resolve("events.csv");
    CliRun run = export("--format", "csv", "--out", file.toString(), "--from", "2026");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.err()).contains("2 events exported as csv");
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper()
            .readerFor(Map.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(file.toFile())) {
      List<Map<String, String>> all = rows.readAll();
      assertThat(all).hasSize(2);
      assertThat(all.get(0)).containsEntry("type", "AGREE").containsEntry("place", "Caracas");
      assertThat(all.get(0).get("evidence"))
          .isEqualTo("Sergei Lavrov and Nicolas Maduro signed an energy agreement in Caracas");
      assertThat(all.get(1)).containsEntry("target_code", "VEN").containsEntry("place", "");
    }
  }

  @Test
  void parquetIsReadBackByDuckDb() throws Exception {
    Path file = out.resolve("events.parquet");
    CliRun run = export("--format", "parquet", "--out", file.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT count(*), sum(num_mentions), max(place_lat), count(goldstein)"
                    + " FROM read_parquet('"
                    + file.toString().replace("'", "''")
                    + "')")) {
      r.next();
      assertThat(r.getLong(1)).isEqualTo(4);
      assertThat(r.getLong(2)).isEqualTo(5);
      assertThat(r.getDouble(3)).isEqualTo(55.75);
      assertThat(r.getLong(4)).isEqualTo(4);
    }
  }

  @Test
  void badOptionsAreUsageErrorsNamingThem() {
    CliRun parquet = export("--format", "parquet");
    assertThat(parquet.exit()).isEqualTo(2);
    assertThat(parquet.err()).contains("--format parquet needs --out FILE");
    CliRun format = export("--format", "xml");
    assertThat(format.exit()).isEqualTo(2);
    assertThat(format.err()).contains("--format must be plover-jsonl, gdelt-tsv, csv or parquet");
    assertThat(export("--format", "csv", "--from", "May").err())
        .contains("from must be an ISO date");
  }
}
