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
 * Ingesting PolNeAR train (840 articles) twice stores each article once. Slow: the first pass
 * analyzes all 840 (minutes on two cores); run it with {@code mvn test -Dgroups=slow
 * -Dtest=PolnearTrainTwiceTest}. IngesterTest checks the same property on fixtures.
 */
@Tag("slow")
class PolnearTrainTwiceTest {
  @TempDir Path dir;

  @Test
  void ingestingTrainTwiceStores840ArticlesOnce() {
    Path texts = SharedData.require("data/polnear/train/text");

    try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
      Ingester ingester =
          new Ingester(Pipelines.shared(), store, Runtime.getRuntime().availableProcessors());
      IngestReport first = ingester.ingest(List.of(texts), step -> {});
      IngestReport second = ingester.ingest(List.of(texts), step -> {});

      assertThat(first.failed()).isZero();
      assertThat(first.stored()).isEqualTo(840);
      assertThat(second.summary()).isEqualTo("0 new, 840 already stored, 0 failed");
      assertThat(store.count()).isEqualTo(840);
    }
  }
}
