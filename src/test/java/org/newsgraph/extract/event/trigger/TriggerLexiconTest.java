package org.newsgraph.extract.event.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.event.EventScales;
import org.newsgraph.rules.RuleFile;

class TriggerLexiconTest {
  @Test
  void builtInLexiconCoversEveryPloverCategoryWithHundredsOfEntries() {
    TriggerLexicon lexicon = TriggerLexicon.builtIn();
    assertThat(lexicon.size()).isGreaterThan(400);
    Set<String> types = new HashSet<>();
    for (RuleFile.Line l : RuleFile.read("/event/triggers.tsv")) {
      types.add(l.fields()[2]);
    }
    assertThat(types).containsExactlyInAnyOrderElementsOf(TriggerLexicon.PLOVER_TYPES);
  }

  @Test
  void badLineFailsWithFileAndLine() {
    assertThatThrownBy(() -> TriggerLexicon.load("/fixtures/events/bad-triggers.tsv"))
        .hasMessageContaining("/fixtures/events/bad-triggers.tsv:2");
  }

  @Test
  void quadClassAndGoldsteinComeFromTheDataFiles() {
    EventScales scales = EventScales.builtIn();
    assertThat(scales.quadClass("CONSULT")).isEqualTo("VERBAL_COOPERATION");
    assertThat(scales.quadClass("COERCE")).isEqualTo("MATERIAL_CONFLICT");
    assertThat(scales.goldstein("057")).isEqualTo(8.0);
    assertThat(scales.goldstein("1711")).isEqualTo(-9.2); // from its parent 171
    assertThat(scales.goldstein("149")).isEqualTo(-6.5); // from its root 14
  }

  @Test
  void conditionsOnASecondObjectTheNextWordAndTheGoverningNounParse() {
    assertThat(TriggerCondition.parse("!obj2"))
        .isEqualTo(new TriggerCondition("obj2", null, false));
    assertThat(TriggerCondition.parse("!next=on|upon"))
        .isEqualTo(new TriggerCondition("next", "on|upon", false));
    assertThat(TriggerCondition.parse("!gov=crime"))
        .isEqualTo(new TriggerCondition("gov", "crime", false));
    assertThatThrownBy(() -> TriggerCondition.parse("next"))
        .hasMessageContaining("next needs a word");
  }
}
