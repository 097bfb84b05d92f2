package org.triangulate.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Speaker;

class EvaluativeFramesTest {
  private final EvaluativeFrames frames = new EvaluativeFrames();

  private List<String> split(String text, String cue) {
    Draft d = new Draft(0, text.length(), true, Optional.of(cue), Optional.empty());
    return frames.split(text, QuoteMarks.find(text), List.of(d)).stream()
        .map(x -> text.substring(x.start(), x.end()))
        .toList();
  }

  @Test
  void theReportersPhraseAfterTheQuotedFragmentIsCutOff() {
    assertThat(
            split(
                "the Harlow bypass “a costly folly” during a radio interview on Monday", "called"))
        .containsExactly("the Harlow bypass “a costly folly”");
  }

  @Test
  void aSecondVerbOfTheSameSourceBecomesItsOwnAttribution() {
    List<String> parts =
        split(
            "the council for its “quiet courage” and accused the mayor of “stalling the vote”",
            "praised");
    assertThat(parts)
        .containsExactly("the council for its “quiet courage”", "the mayor of “stalling the vote”");
  }

  @Test
  void quotationsJoinedByAndStayTogether() {
    String text = "the weir “late” and “far too costly” and left the hall before the vote";
    assertThat(split(text, "called")).containsExactly("the weir “late” and “far too costly”");
  }

  @Test
  void wordsThatCarryTheJudgementOnStay() {
    String text = "the plan a “dead end” for the town and its ferry";
    assertThat(split(text, "called")).containsExactly(text);
    String shortRest = "the weir “a relic” and an eyesore";
    assertThat(split(shortRest, "called")).containsExactly(shortRest);
  }

  @Test
  void otherCuesAndOtherVerbsOfCallingAreLeftAlone() {
    String said = "the weir was “a costly folly” in a radio interview on Monday";
    assertThat(split(said, "said")).containsExactly(said);
    String callOn = "on the council to “act now” and to hold a vote in the spring";
    assertThat(split(callOn, "called")).containsExactly(callOn);
  }

  @Test
  void aNamingCueAfterAnIndefiniteNounAttributesNothing() {
    String text = "“Harbour Lights” before the vote";
    Speaker film = new Speaker("a short film", 0, 12, Optional.empty());
    Speaker mayor = new Speaker("the mayor", 0, 9, Optional.empty());
    Draft named = new Draft(0, text.length(), true, Optional.of("called"), Optional.of(film));
    Draft quoted = new Draft(0, text.length(), true, Optional.of("called"), Optional.of(mayor));
    assertThat(frames.split(text, QuoteMarks.find(text), List.of(named))).isEmpty();
    assertThat(frames.split(text, QuoteMarks.find(text), List.of(quoted))).containsExactly(quoted);
  }
}
