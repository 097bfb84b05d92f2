package org.triangulate.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.ingest.Extraction;

class TextCleanerTest {
  private static final List<String> SENTENCES =
      List.of(
          "The Harlow council approved the Velmora dam on Thursday, ending three years of debate.",
          "Councillors voted nine to four in favour after a long session.",
          "\"We have waited long enough,\" said Anna Lindqvist, a farmer from Velmora.",
          "Opponents said they would appeal the decision in court.",
          "Construction is expected to start in the spring.");

  private static final String PASTED =
      """
      Council approves Velmora dam

      By Mira Okonkwo
      Published 31 May 2024

      We use cookies to personalise content. By continuing you accept our cookie policy.

      %s
      %s

      Photo: A view of the Velmora valley from the north ridge (Photo by Jonas Berg)

      %s

      Council approves Velmora dam

      If you value our reporting, please donate today to support independent journalism.

      %s

      Advertisement

      %s

      Related posts
      Dam protest draws hundreds
      River fish numbers fall again
      Share this article
      Copyright 2024 The Harlow Gazette. All rights reserved.
      """
          .formatted(SENTENCES.toArray());

  private final TextCleaner cleaner = new TextCleaner();

  @Test
  void pastedArticleLosesEveryBoilerplateBlockAndKeepsEverySentence() {
    Extraction found = cleaner.clean(PASTED, Optional.empty());
    for (String sentence : SENTENCES) {
      assertThat(found.text()).contains(sentence);
    }
    assertThat(found.text())
        .doesNotContain(
            "cookie",
            "donate",
            "Photo",
            "Advertisement",
            "Related",
            "Dam protest",
            "Share",
            "Copyright",
            "Council approves",
            "Mira");
  }

  @Test
  void paragraphsAreSeparatedByOneBlankLineAndLinesJoinedWithASpace() {
    Extraction found = cleaner.clean(PASTED, Optional.empty());
    assertThat(found.text())
        .isEqualTo(
            SENTENCES.get(0)
                + " "
                + SENTENCES.get(1)
                + "\n\n"
                + SENTENCES.get(2)
                + "\n\n"
                + SENTENCES.get(3)
                + "\n\n"
                + SENTENCES.get(4));
  }

  @Test
  void firstHeadlineLikeLineIsTheTitleAndBylineAndDateAreFound() {
    Extraction found = cleaner.clean(PASTED, Optional.empty());
    assertThat(found.title()).contains("Council approves Velmora dam");
    assertThat(found.byline()).containsExactly("Mira Okonkwo");
    assertThat(found.published().map(p -> p.date())).contains(LocalDate.of(2024, 5, 31));
  }

  @Test
  void droppedBlocksAreListedInOrder() {
    Extraction found = cleaner.clean(PASTED, Optional.empty());
    assertThat(found.removed())
        .containsExactly(
            "By Mira Okonkwo",
            "Published 31 May 2024",
            "We use cookies to personalise content. By continuing you accept our cookie policy.",
            "Photo: A view of the Velmora valley from the north ridge (Photo by Jonas Berg)",
            "Council approves Velmora dam",
            "If you value our reporting, please donate today to support independent journalism.",
            "Advertisement",
            "Related posts\nDam protest draws hundreds\nRiver fish numbers fall again",
            "Share this article",
            "Copyright 2024 The Harlow Gazette. All rights reserved.");
  }

  @Test
  void givenTitleWinsAndItsRepeatsAreDropped() {
    Extraction found =
        cleaner.clean(
            "Dam vote passes\nThe vote passed on Thursday by a wide margin.\nDam vote passes",
            Optional.of("Dam vote passes"));
    assertThat(found.title()).contains("Dam vote passes");
    assertThat(found.text()).isEqualTo("The vote passed on Thursday by a wide margin.");
  }

  @Test
  void textWithoutBlankLinesHasOneParagraphPerLine() {
    Extraction found =
        cleaner.clean(
            "The ferry left at dawn with forty passengers aboard.\n"
                + "It reached the island two hours later, the captain said.",
            Optional.empty());
    assertThat(found.title()).isEmpty();
    assertThat(found.text())
        .isEqualTo(
            "The ferry left at dawn with forty passengers aboard.\n\n"
                + "It reached the island two hours later, the captain said.");
  }

  @Test
  void creditsAfterASlashAreCaptions() {
    Extraction found =
        cleaner.clean(
            "Storm hits the coast\n\nFishermen pull boats ashore in Velmora / Reuters\n\n"
                + "The storm reached the coast overnight, cutting power to thousands of homes.",
            Optional.empty());
    assertThat(found.text())
        .isEqualTo("The storm reached the coast overnight, cutting power to thousands of homes.");
  }

  @Test
  void longParagraphMentioningCookiesIsKept() {
    String paragraph =
        "The bakery on Mill Street, which has sold cookies and bread for forty years, will close in"
            + " June, its owner said, because the rent has doubled and the landlord would not accept"
            + " a smaller increase; customers have started a petition and the council has offered"
            + " to help the family find new premises nearby before the summer season begins.";
    assertThat(cleaner.clean(paragraph, Optional.empty()).text()).isEqualTo(paragraph);
  }

  private static final String WITH_MENU_AND_KICKER =
      """
      Home | World | Business | Sport | Culture

      ECONOMY

      Brennick mill to close after ninety years

      By Ola Sandvik, Business Correspondent | Friday 13 March 2026, 7:30am | 4 min read

      Workers at the Brennick paper mill were told on Thursday that the plant will shut in June.

      The owners blamed rising energy costs. "We fought for this mill," said the works manager.

      The mill gates at dawn. Picture: Lene Moss for the Courier
      """;

  @Test
  void navigationRowIsDroppedAndNeverTakenForTheHeadline() {
    Extraction found = cleaner.clean(WITH_MENU_AND_KICKER, Optional.empty());
    assertThat(found.title()).contains("Brennick mill to close after ninety years");
    assertThat(found.removed()).contains("Home | World | Business | Sport | Culture", "ECONOMY");
    assertThat(found.text()).doesNotContain("Sport").doesNotContain("ECONOMY");
  }

  @Test
  void bylineRowGivesTheAuthorWithoutJobTitleAndTheDate() {
    Extraction found = cleaner.clean(WITH_MENU_AND_KICKER, Optional.empty());
    assertThat(found.byline()).containsExactly("Ola Sandvik");
    assertThat(found.published().map(p -> p.date())).contains(LocalDate.of(2026, 3, 13));
    assertThat(found.text()).doesNotContain("min read");
  }

  @Test
  void captionEndingInACreditIsDroppedButTheStoryStays() {
    Extraction found = cleaner.clean(WITH_MENU_AND_KICKER, Optional.empty());
    assertThat(found.removed())
        .contains("The mill gates at dawn. Picture: Lene Moss for the Courier");
    assertThat(found.text())
        .contains("Workers at the Brennick paper mill were told on Thursday")
        .contains("\"We fought for this mill,\" said the works manager.");
  }

  @Test
  void aRowOfFullSentencesIsNotAMenu() {
    assertThat(TextCleaner.menu("He came. | She left. | They stayed. | We went.")).isFalse();
    assertThat(TextCleaner.menu("News | Sport | Weather | Travel")).isTrue();
    assertThat(TextCleaner.menu("News   Sport   Weather   Travel")).isTrue();
  }

  @Test
  void embeddedSocialPostKeepsItsTextAndIsMarkedAsAnEmbed() {
    String pasted =
        String.join(
            "\n\n",
            "The mayor of Velmora, Ilse Marrow, announced the new ferry timetable on Tuesday.",
            "The northern pier opens in June. Ferries will run twice a day, all summer long.",
            "\u2014 Ilse Marrow (@ilsemarrow) May 14, 2024",
            "Residents of the outer islands welcomed the change at a meeting that evening.");
    Extraction cleaned = cleaner.clean(pasted, Optional.of("Ferry timetable"));
    assertThat(cleaned.text())
        .contains("Ferries will run twice a day, all summer long.")
        .doesNotContain("@ilsemarrow");
    assertThat(cleaned.removed())
        .containsExactly(
            TextCleaner.EMBED_PREFIX
                + "The northern pier opens in June. Ferries will run twice a day, all summer long."
                + " \u2014 Ilse Marrow (@ilsemarrow) May 14, 2024");
  }
}
