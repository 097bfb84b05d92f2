package org.triangulate.nlp.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSentenceSplitterTest {
  private final SentenceSplitter splitter = new RuleSentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text).stream().map(s -> s.text(text)).toList();
  }

  @Test
  void fullStopsEndSentences() {
    assertThat(split("The dam broke. Water rose fast! Was anyone hurt?"))
        .containsExactly("The dam broke.", "Water rose fast!", "Was anyone hurt?");
  }

  @Test
  void abbreviationsInitialsAndDecimalsDoNotEndSentences() {
    assertThat(split("Mr. Talbot met Dr. J. R. Okonkwo on Jan. 4 at No. 10. Costs rose 2.5 times."))
        .containsExactly(
            "Mr. Talbot met Dr. J. R. Okonkwo on Jan. 4 at No. 10.", "Costs rose 2.5 times.");
  }

  @Test
  void anAbbreviationBeforeACommonSentenceStarterEndsTheSentence() {
    assertThat(split("She moved to the U.S. The firm followed."))
        .containsExactly("She moved to the U.S.", "The firm followed.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(split("“We will rebuild.” The mayor left. He said: \"Never again.\" Then rain."))
        .containsExactly(
            "“We will rebuild.”", "The mayor left.", "He said: \"Never again.\"", "Then rain.");
  }

  @Test
  void paragraphBreaksAlwaysEndASentence() {
    assertThat(split("Flood warning for Harlow\n\nresidents were told to leave"))
        .containsExactly("Flood warning for Harlow", "residents were told to leave");
  }

  @Test
  void ellipsesEndASentenceOnlyBeforeACapital() {
    assertThat(split("We waited... and waited... Nobody came."))
        .containsExactly("We waited... and waited...", "Nobody came.");
  }

  @Test
  void blankTextHasNoSentences() {
    assertThat(splitter.split("  \n\n ")).isEmpty();
  }
}
