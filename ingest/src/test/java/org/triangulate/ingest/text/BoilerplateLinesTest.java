package org.triangulate.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {
  private final BoilerplateLines lines = new BoilerplateLines();

  @Test
  void seeAlsoMarkersInSeveralLanguagesAreBoilerplate() {
    assertThat(lines.matches("Lesen Sie auch: Der Hafen von Velmora wächst")).isTrue();
    assertThat(lines.matches("LE PUEDE INTERESAR: El muelle de Velmora crece")).isTrue();
    assertThat(lines.matches("Mira: Los pescadores de Velmora celebran")).isTrue();
  }

  @Test
  void appChannelAndFollowPromptsAreBoilerplate() {
    assertThat(lines.matches("Follow the Velmora Post on Twitter and Instagram @velmorapost"))
        .isTrue();
    assertThat(lines.matches("For breaking news download the Velmora Post apps for iOS.")).isTrue();
    assertThat(lines.matches("¡Únete a nuestro canal de Telegram!")).isTrue();
  }

  @Test
  void subscriptionPromptsAreBoilerplateButStoriesAboutSubscribersAreNot() {
    assertThat(lines.matches("To view the full story, please subscribe to the Velmora Post."))
        .isTrue();
    assertThat(lines.matches("Already a subscriber? You can log in for access.")).isTrue();
    assertThat(
            lines.matches(
                "The ferry operator said it would follow the board's advice on fares and would"
                    + " download timetables to every pier."))
        .isFalse();
  }

  @Test
  void interfaceLabelsOfCommentsSharingAndPicturesAreBoilerplateButProseIsNot() {
    assertThat(lines.matches("Kommentieren")).isTrue();
    assertThat(lines.matches("Sie müssen sich einloggen, um mitreden zu können.")).isTrue();
    assertThat(lines.matches("Möchten Sie den Artikel teilen?")).isTrue();
    assertThat(lines.matches("Titelbild: Hafen von Velmora, Ilse Marrow")).isTrue();
    assertThat(lines.matches("Rezept drucken")).isTrue();
    assertThat(lines.matches("If you enjoyed reading this post, tell a friend.")).isTrue();
    assertThat(
            lines.matches(
                "Die Kommission will den Bericht kommentieren, sagte Ilse Marrow in Velmora."))
        .isFalse();
  }

  @Test
  void agencySignaturesPictureCreditsAndSponsorNotesAreBoilerplate() {
    assertThat(lines.matches("mar/dpa")).isTrue();
    assertThat(lines.matches("Hafen von Velmora/Getty Images")).isTrue();
    assertThat(lines.matches("Abbildung 3: Der Pier von Velmora im Winter")).isTrue();
    assertThat(lines.matches("Anzeige, enthält Affiliate-Links")).isTrue();
    assertThat(lines.matches("Aktualisiert am 12.03.2024")).isTrue();
    assertThat(
            lines.matches(
                "Die Agentur dpa meldete am Dienstag, der Pier von Velmora werde verlängert."))
        .isFalse();
  }

  @Test
  void aLineHoldingOnlyADateTimeCounterOrBylineLabelIsBoilerplate() {
    assertThat(lines.matches("14.03.2024")).isTrue();
    assertThat(lines.matches("7:45 PM")).isTrue();
    assertThat(lines.matches("Aufrufe: 312")).isTrue();
    assertThat(lines.matches("Von:")).isTrue();
    assertThat(lines.matches("Am 14.03.2024 um 7:45 Uhr legte die Fähre in Velmora an.")).isFalse();
  }
}
