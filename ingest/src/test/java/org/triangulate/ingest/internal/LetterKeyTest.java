package org.triangulate.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LetterKeyTest {
  @Test
  void keepsOnlyLettersAndDigitsLowerCased() {
    assertThat(LetterKey.of("Dam vote: 40 Miles — “Für” Ödland!"))
        .isEqualTo("damvote40milesfürödland");
  }

  @Test
  void twoSpellingsOfOneHeadlineShareTheirKey() {
    assertThat(LetterKey.of("Orlow dam  to open\u00a0in June"))
        .isEqualTo(LetterKey.of("ORLOW DAM TO OPEN IN JUNE."));
  }
}
