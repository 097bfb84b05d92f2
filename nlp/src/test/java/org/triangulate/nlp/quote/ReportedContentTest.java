package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.nlp.entity.RuleEntityRecognizer;
import org.triangulate.nlp.sentence.RuleSentenceSplitter;

class ReportedContentTest {
  private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();
  private final RuleEntityRecognizer recognizer = new RuleEntityRecognizer();
  private final QuoteAttributor attributor = new RuleQuoteAttributor();

  private List<Quote> quotes(String text) {
    List<Sentence> sentences = splitter.split(text);
    return attributor.attribute("a1", text, sentences, recognizer.recognize(text, sentences));
  }

  @Test
  void aLeadingAccordingToStartsItsContentAfterTheWholeSourcePhrase() {
    List<Quote> found =
        quotes(
            "According to harbour-era letters from Ivo Markand released by the mayor's office"
                + " in 2001, the quay will close in June.");
    assertThat(found).extracting(Quote::text).containsExactly("the quay will close in June");
  }

  @Test
  void aTrailingAccordingToDoesNotTakeTheRestOfItsSourceAsContent() {
    List<Quote> found =
        quotes(
            "The ferry to Kelmor will stop running in winter, according to three recent polls,"
                + " including one from Dunmore College released Thursday.");
    assertThat(found).hasSize(1);
    assertThat(found.get(0).text()).isEqualTo("The ferry to Kelmor will stop running in winter");
  }

  @Test
  void aBaseFormOfAViewVerbIsACueLikeItsThirdPerson() {
    List<Quote> found = quotes("The Dunholm farmers know that the weir will fail.");
    assertThat(found).extracting(Quote::text).containsExactly("the weir will fail");
    assertThat(found.get(0).speaker().orElseThrow().text()).contains("farmers");
  }

  @Test
  void peopleThatAPlaceOnlyLocatesAreTheSourceNotThePlace() {
    List<Quote> found =
        quotes(
            "Farmers in the Dunholm valley say the weir will fail.\n\nMany in Kelmor fear"
                + " that the ferry will stop.");
    assertThat(found)
        .extracting(q -> q.speaker().orElseThrow().text())
        .containsExactly("Farmers in the Dunholm valley", "Many in Kelmor");
  }
}
