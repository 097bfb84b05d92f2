package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcelessCuesTest {
  private static List<String> found(String text) {
    SourcelessCues cues = new SourcelessCues(text, QuoteMarks.find(text));
    Segment whole = new Segment(0, text.length(), false, false);
    return cues.find(whole).stream()
        .peek(d -> assertThat(d.speaker()).isEmpty())
        .map(d -> text.substring(d.start(), d.end()))
        .toList();
  }

  @Test
  void aVerbOfSeemingAttributesTheWholeClauseToNobody() {
    assertThat(found("The old weir seems to hold the spring floods."))
        .containsExactly("The old weir seems to hold the spring floods");
  }

  @Test
  void anExpectationStartsAfterTheLastCommaBeforeIt() {
    assertThat(
            found(
                "After the storm, the council is expected to vote on the repairs, officials hope."))
        .containsExactly(" the council is expected to vote on the repairs");
  }

  @Test
  void aLeadingQuestionIsItsOwnAttribution() {
    assertThat(
            found("Asked whether the weir would hold, Mayor Lorna Castellane said she hoped so."))
        .containsExactly("whether the weir would hold");
  }

  @Test
  void aPassiveQuestionRunsToTheClauseEnd() {
    assertThat(found("Tomas Reyk was asked about the cost of the new wall, and he left."))
        .containsExactly("about the cost of the new wall");
  }

  @Test
  void aPlainSentenceHasNone() {
    assertThat(found("The weir appeared on the map in 1820.")).isEmpty();
  }

  @Test
  void aConjunctionOpeningTheClauseIsNotContent() {
    assertThat(found("Work starts in June, and the weir is expected to open in 2031."))
        .containsExactly("the weir is expected to open in 2031");
  }
}
