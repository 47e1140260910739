package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.SqliteArticleStore;
import org.newsgraph.testing.Pipelines;
import org.newsgraph.testing.SharedData;

/**
 * Ingesting PolNeAR train (840 files) twice stores each article once: 839, since two of the files
 * (a Washington Post story dated the 22nd and the 23rd) hold the same text. Slow: the first pass
 * analyzes all 840 (minutes on two cores); run it with {@code mvn test -Dexcluded.groups=none
 * -Dgroups=slow -Dtest=PolnearTrainTwiceTest}. IngesterTest checks the same property on fixtures.
 */
@Tag("slow")
class PolnearTrainTwiceTest {
  @TempDir Path dir;

  @Test
  void ingestingTrainTwiceStoresEachArticleOnce() {
    Path texts = SharedData.require("data/polnear/train/text");

    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      Ingester ingester =
          new Ingester(Pipelines.shared(), store, Runtime.getRuntime().availableProcessors());
      IngestReport first = ingester.ingest(List.of(texts), step -> {});
      IngestReport second = ingester.ingest(List.of(texts), step -> {});

      assertThat(first.summary()).isEqualTo("839 new, 1 already stored, 0 failed");
      assertThat(second.summary()).isEqualTo("0 new, 840 already stored, 0 failed");
      assertThat(store.count()).isEqualTo(839);
    }
  }
}
