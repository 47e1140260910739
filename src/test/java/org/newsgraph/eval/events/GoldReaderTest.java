package org.newsgraph.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
  @TempDir Path dir;

  private List<GoldEvent> read(String json) throws Exception {
    Path f = dir.resolve("gold.json");
    Files.writeString(f, json);
    return GoldReader.read(f);
  }

  @Test
  void anIgoWithASecondRoleIsComparedAsAnIgo() throws Exception {
    List<GoldEvent> gold =
        read(
            """
            [{"id": "g1", "event": "DEMAND",
              "text": "Lisbon asked the Security Council for a meeting.",
              "source": [{"actorText": "Lisbon", "code": "PRT", "sector": "GOV"}],
              "target": [{"actorText": "Security Council", "code": "IGO", "sector": "GOV"}]}]
            """);
    GoldEvent.GoldActor council = gold.get(0).targets().get(0);
    assertThat(council.country()).isNull();
    assertThat(council.sector()).isEqualTo("IGO");
    assertThat(gold.get(0).type()).isEqualTo("REQUEST");
    assertThat(gold.get(0).sources().get(0).sector()).isEqualTo("GOV");
  }

  @Test
  void ploverSectorsAreReadInTheProjectsCameoCodesHealthAsHlhMediaAsMed() throws Exception {
    List<GoldEvent> gold =
        read(
            """
            [{"id": "g2", "event": "AID",
              "text": "Kenyan doctors treated the wounded reporters.",
              "source": [{"actorText": "Kenyan doctors", "code": "KEN", "sector": "MED"}],
              "target": [{"actorText": "reporters", "code": "KEN", "sector": "JRN"}]}]
            """);
    assertThat(gold.get(0).sources().get(0).sector()).isEqualTo("HLH");
    assertThat(gold.get(0).targets().get(0).sector()).isEqualTo("MED");
  }

  @Test
  void theMarkedEventWordsAreRead() {
    assertThat(
            GoldReader.eventWords(
                "(SRC: Lima) has (EVT: offered to hand over) two men (EVT: suspected) of theft."))
        .containsExactly("offered to hand over", "suspected");
  }
}
