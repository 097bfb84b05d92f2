package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Speaker;

class SettingSourcesTest {
  private final SettingSources settings = new SettingSources();

  private Optional<Draft> find(String text) {
    return settings.find(text, 0, text.length());
  }

  @Test
  void aPollThatOpensTheSentenceIsTheSourceOfTheClauseAfterIt() {
    String text = "In a Harlow Ledger poll released Monday, 52 percent of voters backed the weir.";
    Draft d = find(text).orElseThrow();
    assertThat(text.substring(d.start(), d.end()))
        .isEqualTo("52 percent of voters backed the weir");
    assertThat(d.speaker().map(Speaker::text)).contains("a Harlow Ledger poll released Monday");
    assertThat(d.cue()).contains("in");
    assertThat(d.direct()).isFalse();
  }

  @Test
  void otherSettingsAreNoSource() {
    assertThat(find("In a speech on Monday, the mayor backed the weir.")).isEmpty();
    assertThat(find("Half the voters backed the weir in a poll released Monday.")).isEmpty();
  }
}
