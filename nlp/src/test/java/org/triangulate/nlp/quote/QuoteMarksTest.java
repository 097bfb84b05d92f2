package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(q -> text.substring(q.start(), q.end())).toList();
  }

  @Test
  void anOpeningMarkTypedAfterAWordClosesTheQuote() {
    String text = "The council called the weir “a dead end“ and moved on to the “harbour levy.”";
    assertThat(quoted(text)).containsExactly("a dead end", "harbour levy.");
    assertThat(QuoteMarks.find(text).get(0).closed()).isTrue();
  }

  @Test
  void anOpeningMarkBeforeAWordInsideAnOpenQuoteOpensTheNext() {
    String text = "“We will rebuild the weir “The gate holds,” she said.";
    assertThat(quoted(text)).containsExactly("We will rebuild the weir", "The gate holds");
  }

  @Test
  void aStraightMarkBeforeATypographicPairIsAStray() {
    String text = "“We won,” she said.\n\n\"Ivo Markand walked on, chanting “Harlow! Harlow!”";
    assertThat(quoted(text)).containsExactly("We won", "Harlow! Harlow!");
  }

  @Test
  void straightMarksStillPairWithEachOther() {
    String text = "He said \"the gate holds\" and “the weir too.”";
    assertThat(quoted(text)).containsExactly("the gate holds", "the weir too.");
  }
}
