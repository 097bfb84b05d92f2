package org.triangulate.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Quote;
import org.triangulate.model.Report;

class StoryQuotesTest {

  @Test
  void aGroupedStatementKeepsEveryCarrierAndFoldsWordingsThatDifferOnlyInPunctuation() {
    Report report = Fixtures.report();
    StoryQuotes quotes = StoryQuotes.of(report.stories().get(0), new ReportLookup(report));
    StoryQuotes.SpeakerQuotes brandt = quotes.speakers().get(0);
    assertThat(brandt.speaker()).isEqualTo("Ilse Brandt");
    StoryQuotes.Statement ready = brandt.statements().get(0);
    assertThat(ready.carriers())
        .extracting(StoryQuotes.Carrier::article)
        .containsExactly("gazette-1", "post-2");
    List<StoryQuotes.Wording> wordings = ready.wordings();
    assertThat(wordings).hasSize(1);
    assertThat(wordings.get(0).carriers()).hasSize(2);
    assertThat(quotes.speakers().get(1).speaker()).isEqualTo(StoryQuotes.UNATTRIBUTED);
  }

  @Test
  void wordingsDifferingOnlyInCaseSpacingOrPunctuationAreOneWording() {
    Quote a = quote("a-1#q1", "We are ready, and we will open.");
    Quote b = quote("b-2#q1", "we are  ready -- and we will open");
    Quote c = quote("c-3#q1", "We are prepared and will open.");
    StoryQuotes.Statement statement =
        new StoryQuotes.Statement(
            a,
            List.of("a-1", "b-2", "c-3"),
            List.of(
                new StoryQuotes.Carrier(a, "a-1"),
                new StoryQuotes.Carrier(b, "b-2"),
                new StoryQuotes.Carrier(c, "c-3")));
    List<StoryQuotes.Wording> wordings = statement.wordings();
    assertThat(wordings).extracting(StoryQuotes.Wording::quote).containsExactly(a, c);
    assertThat(wordings.get(0).carriers())
        .extracting(StoryQuotes.Carrier::article)
        .containsExactly("a-1", "b-2");
  }

  private static Quote quote(String id, String text) {
    return new Quote(id, text, 0, text.length(), true, Optional.empty(), Optional.empty());
  }
}
