package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedParagraphsTest {
  private static boolean carriesOn(String text, String previousEndsAfter, String starts) {
    int previousEnd = text.indexOf(previousEndsAfter) + previousEndsAfter.length();
    return QuotedParagraphs.carriesOn(
        text, QuoteMarks.find(text), previousEnd, text.indexOf(starts));
  }

  @Test
  void aWhollyQuotedParagraphCarriesOnTheQuoteBeforeIt() {
    String text = "“We will rebuild,” Mara Velk said.\n\n“The weir comes first.”";
    assertThat(carriesOn(text, "rebuild,”", "“The weir")).isTrue();
  }

  @Test
  void aParagraphWithItsOwnFrameDoesNot() {
    String text = "“We will rebuild,” Mara Velk said.\n\n“The weir comes first,” she added.";
    assertThat(carriesOn(text, "rebuild,”", "“The weir")).isFalse();
  }

  @Test
  void aQuoteTwoParagraphsOnDoesNot() {
    String text = "“We will rebuild,” Mara Velk said.\n\nThe mill shut.\n\n“The weir comes first.”";
    assertThat(carriesOn(text, "rebuild,”", "“The weir")).isFalse();
  }
}
