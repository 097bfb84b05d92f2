package org.triangulate.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PatternTableTest {
  @Test
  void anAlternationOutsideGroupsIsNotAnchoredByItsFirstCaret() {
    assertThat(PatternTable.alternatesAtTop("^share|tweet")).isTrue();
    assertThat(PatternTable.alternatesAtTop("^(share|tweet)$")).isFalse();
    assertThat(PatternTable.alternatesAtTop("^[|/]\\|x")).isFalse();
  }

  @Test
  void groupsBecomeNonCapturingButClassesAndEscapesStay() {
    assertThat(PatternTable.nonCapturing("^(a|b)[(]\\((?:c)")).isEqualTo("^(?:a|b)[(]\\((?:c)");
  }
}
