package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteTextTest {
  private static String of(String text, int start, int end, boolean direct) {
    return QuoteText.of(text, QuoteMarks.find(text), start, end, direct);
  }

  @Test
  void theFrameBetweenTwoQuotedSentencesIsCutOut() {
    String text = "“The weir will hold,” Mara Velk said on Monday at the mill. “It always has.”";
    int start = 1;
    int end = text.length() - 1;
    assertThat(of(text, start, end, true)).isEqualTo("The weir will hold, It always has.");
  }

  @Test
  void aFrameAfterAQuestionIsCutOutToo() {
    String text = "“Who pays?” asked Ivo Brandt, the miller. “Not us.”";
    assertThat(of(text, 1, text.length() - 1, true)).isEqualTo("Who pays? Not us.");
  }

  @Test
  void wordsBetweenQuotedFragmentsOfAParaphraseStay() {
    String text = "She called the plan “a dead end” and “a waste of money.”";
    assertThat(of(text, 4, text.length(), true))
        .isEqualTo("called the plan “a dead end” and “a waste of money.”");
  }

  @Test
  void aQuoteWithOneQuotationIsItsSpan() {
    String text = "“The weir will hold,” Mara Velk said.";
    assertThat(of(text, 1, 19, true)).isEqualTo("The weir will hold");
  }

  @Test
  void reportedSpeechIsItsSpanAsItStands() {
    String text = "“Yes,” she said, “no.”";
    assertThat(of(text, 0, text.length(), false)).isEqualTo(text);
  }

  @Test
  void aQuoteCarriedOnInTheNextParagraphLosesTheMarksBetween() {
    String text = "“The weir will hold.”\n\n“It always has.”";
    assertThat(of(text, 1, text.length() - 1, true))
        .isEqualTo("The weir will hold. It always has.");
  }

  @Test
  void aQuoteLeftOpenAtItsParagraphEndRunsOnWithoutTheNextOpeningMark() {
    String text = "“The weir will hold.\n\n“It always has.”";
    assertThat(of(text, 1, text.length() - 1, true))
        .isEqualTo("The weir will hold. It always has.");
  }
}
