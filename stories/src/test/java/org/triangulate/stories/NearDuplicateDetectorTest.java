package org.triangulate.stories;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NearDuplicateDetectorTest {
  private static final String WIRE =
      "Harbour workers in Port Selwyn walked out on Monday after talks over night-shift pay broke"
          + " down, the dockers' union said. The strike halted loading at the container terminal,"
          + " and ships queued outside the breakwater by evening. Union leader Mara Holt said the"
          + " port authority had offered a rise of two percent, far short of the six percent the"
          + " workers want. The authority said it would meet the union again on Thursday.";

  @Test
  void aLightlyEditedRepostOfWireCopyIsACopyOfTheWireStory() {
    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    String repost =
        "PORT SELWYN (Wire) - "
            + WIRE.replace("on Monday", "early on Monday").replace("by evening", "by nightfall")
            + " Additional reporting by Jon Ferry.";

    assertThat(detector.add("wire", WIRE)).isEmpty();
    assertThat(detector.add("repost", repost))
        .hasValueSatisfying(
            d -> {
              assertThat(d.copyOf()).isEqualTo("wire");
              assertThat(d.similarity()).isGreaterThanOrEqualTo(0.6);
            });
  }

  @Test
  void aThirdCopyPointsToTheFirstArticleOfItsGroup() {
    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    detector.add("wire", WIRE);
    detector.add("same-at-another-url", WIRE);

    assertThat(detector.add("third", WIRE + " Updated at noon."))
        .hasValueSatisfying(d -> assertThat(d.copyOf()).isEqualTo("wire"));
  }

  @Test
  void anotherReportOfTheSameEventIsNotACopy() {
    NearDuplicateDetector detector = NearDuplicateDetector.standard();
    detector.add("wire", WIRE);
    String own =
        "Ships waited outside Port Selwyn's breakwater on Monday night as dockers stopped work."
            + " Mara Holt, who leads the union, called the authority's two percent offer an insult"
            + " and said her members would hold out for six. Talks resume on Thursday.";

    assertThat(detector.add("own-report", own)).isEmpty();
  }

  @Test
  void identicalTextsHaveSimilarityOneAndDifferentTextsLittle() {
    int[] a = NearDuplicateDetector.signature(WIRE);

    assertThat(NearDuplicateDetector.similarity(a, NearDuplicateDetector.signature(WIRE)))
        .isEqualTo(1.0);
    assertThat(
            NearDuplicateDetector.similarity(
                a, NearDuplicateDetector.signature("A bakery won the sourdough prize.")))
        .isLessThan(0.2);
  }
}
