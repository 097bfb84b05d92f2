package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuotedTailsTest {
  private final QuotedTails tails = new QuotedTails();

  private String trimmed(String text, boolean direct) {
    Draft d =
        tails.trim(text, new Draft(0, text.length(), direct, Optional.empty(), Optional.empty()));
    return text.substring(d.start(), d.end());
  }

  @Test
  void aDashedAsideAfterTheLastQuotationIsCutOff() {
    assertThat(trimmed("he was “encouraged” by the vote — a boost for the mayor", true))
        .isEqualTo("he was “encouraged” by the vote");
  }

  @Test
  void aParticipleClauseAfterAQuotationClosedByACommaIsCutOff() {
    assertThat(trimmed("she called the levy “a toll on the poor,” referring to the bridge", true))
        .isEqualTo("she called the levy “a toll on the poor,”");
  }

  @Test
  void otherWordsAfterAQuotationClosedByACommaStay() {
    String text = "the levy is “a toll,” compared to the old fee, during the winter";
    assertThat(trimmed(text, true)).isEqualTo(text);
    String during = "the levy is “a toll,” during the winter";
    assertThat(trimmed(during, true)).isEqualTo(during);
  }

  @Test
  void aDashInsideOrBeforeTheQuotationStays() {
    String text = "the weir — old as it is — will “hold for a century”";
    assertThat(trimmed(text, true)).isEqualTo(text);
  }

  @Test
  void aContentWithoutQuotationIsLeftAlone() {
    String text = "the weir will hold — a boost for the mayor";
    assertThat(trimmed(text, false)).isEqualTo(text);
  }

  @Test
  void aTrailingClauseOfTheReporterAfterTheLastQuotationIsCutOff() {
    assertThat(trimmed("the plan “a dead end” and then accused the mayor of waste", true))
        .isEqualTo("the plan “a dead end”");
    assertThat(trimmed("it was “premature,” but added that talks would go on", true))
        .isEqualTo("it was “premature,”");
  }

  @Test
  void aNounJoinedByAConjunctionStays() {
    String text = "the weir “will hold” against floods and storms";
    assertThat(trimmed(text, true)).isEqualTo(text);
  }
}
