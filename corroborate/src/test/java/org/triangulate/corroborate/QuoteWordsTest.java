package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteWordsTest {
  @Test
  void endingsAreDroppedSoThatFormsOfOneWordMeet() {
    assertThat(QuoteWords.of("We warned them, we are warning them")).contains("warn");
    assertThat(QuoteWords.of("They acted swiftly")).contains("swift");
  }

  @Test
  void shortWordsKeepTheirEndings() {
    assertThat(QuoteWords.of("a red king")).containsExactly("red", "king");
  }

  @Test
  void synonymsAreComparedAsTheFirstWordOfTheirSet() {
    assertThat(QuoteWords.of("We will not permit Orrin to be flooded for cheap electricity"))
        .contains("allow", "power");
    assertThat(QuoteWords.of("We won't allow Orrin to flood for power")).contains("allow", "power");
  }

  @Test
  void aDoubledConsonantLeftByADroppedEndingIsUndone() {
    assertThat(QuoteWords.stem("stopped")).isEqualTo("stop");
    assertThat(QuoteWords.stem("called")).isEqualTo("call");
  }
}
