package org.triangulate.ingest.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {
  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void englishGermanFrenchSpanishAreTold() {
    assertThat(guesser.guess("The council said that it was not ready for the vote on the dam."))
        .isEqualTo("en");
    assertThat(
            guesser.guess(
                "Der Rat hat die Abstimmung über den Damm auf nächste Woche verschoben, und die Bauern sind nicht froh."))
        .isEqualTo("de");
    assertThat(
            guesser.guess(
                "Le conseil a reporté le vote sur le barrage, et les agriculteurs ne sont pas contents de cette décision."))
        .isEqualTo("fr");
    assertThat(
            guesser.guess(
                "El consejo aplazó la votación sobre la presa y los agricultores no están contentos con la decisión."))
        .isEqualTo("es");
  }

  @Test
  void italianDutchPolishPortugueseAreTold() {
    assertThat(
            guesser.guess(
                "Il consiglio ha rinviato il voto sulla diga e gli agricoltori non sono contenti della decisione."))
        .isEqualTo("it");
    assertThat(
            guesser.guess(
                "De raad heeft de stemming over de dam uitgesteld en de boeren zijn niet blij met dat besluit."))
        .isEqualTo("nl");
    assertThat(
            guesser.guess(
                "Rada przełożyła głosowanie w sprawie tamy i rolnicy nie są z tego zadowoleni, ale to jest decyzja."))
        .isEqualTo("pl");
    assertThat(
            guesser.guess(
                "O conselho adiou a votação sobre a barragem e os agricultores não estão contentes com a decisão."))
        .isEqualTo("pt");
  }

  @Test
  void textWithoutEvidenceIsEnglish() {
    assertThat(guesser.guess("")).isEqualTo("en");
    assertThat(guesser.guess("12 345 678")).isEqualTo("en");
  }
}
