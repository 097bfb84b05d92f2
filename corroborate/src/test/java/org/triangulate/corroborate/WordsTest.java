package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
  @Test
  void theUnitedStatesIsOneWordHoweverItIsWritten() {
    assertThat(Words.content("U.S. troops")).containsExactly("usa", "troop");
    assertThat(Words.content("US troops")).containsExactly("usa", "troop");
    assertThat(Words.content("let us go")).containsExactly("go");
  }

  @Test
  void hyphensPunctuationCaseAndDiacriticsDoNotMatter() {
    assertThat(Words.content("The long-awaited Zoë Ruiz decision!"))
        .isEqualTo(Words.content("the long awaited zoe ruiz decision"));
  }

  @Test
  void numbersAreContentWordsAndStopWordsAreNot() {
    assertThat(Words.content("It was 40 of the 120")).containsExactly("40", "120");
  }

  @Test
  void containmentCountsAQuoteTrimmedFromALongerOne() {
    var longer = Words.content("This dam will protect thousands of homes from the spring floods");
    var trimmed = Words.content("protect thousands of homes");

    assertThat(Words.containment(longer, trimmed)).isEqualTo(1.0);
    assertThat(Words.jaccard(longer, trimmed)).isLessThan(0.6);
  }
}
