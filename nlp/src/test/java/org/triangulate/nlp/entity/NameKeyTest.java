package org.triangulate.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  private final NameKey key = new NameKey();

  @Test
  void transliterationsOfOneSurnameShareAKey() {
    assertThat(key.of("Qaddafi"))
        .isEqualTo(key.of("Gaddafi"))
        .isEqualTo(key.of("Kadhafi"))
        .isEqualTo(key.of("Gadhafi"))
        .isEqualTo(key.of("Khadafy"));
  }

  @Test
  void variantsOfWholeNamesShareAKeyWordByWord() {
    assertThat(key.of("Muammar Gaddafi")).isEqualTo(key.of("Moammar Kadhafi"));
    assertThat(key.of("Volodymyr Zelensky")).isEqualTo(key.of("Wolodymyr Zelenskyy"));
    assertThat(key.of("Mohammed Qasim")).isEqualTo(key.of("Muhammad Kassem"));
    assertThat(key.of("al-Qaeda")).isEqualTo(key.of("Al Qaida"));
  }

  @Test
  void diacriticsAndCaseDoNotMatter() {
    assertThat(key.of("Erdoğan")).isEqualTo(key.of("ERDOGAN"));
    assertThat(key.of("José Müller")).isEqualTo(key.of("Jose Muller"));
  }

  @Test
  void differentNamesKeepDifferentKeys() {
    assertThat(key.of("Merkel")).isNotEqualTo(key.of("Markov"));
    assertThat(key.of("Castellane")).isNotEqualTo(key.of("Castellan"));
    assertThat(key.of("Vollmar")).isNotEqualTo(key.of("Volker"));
  }

  @Test
  void shortWordsAreNotFolded() {
    assertThat(key.of("Lee")).isNotEqualTo(key.of("Li"));
    assertThat(key.of("Kim")).isNotEqualTo(key.of("Kam"));
  }
}
