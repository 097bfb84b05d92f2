package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.model.testing.ArticleFixture.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Stance;
import org.triangulate.model.StanceKind;
import org.triangulate.model.Story;

class StanceFinderTest {
  private final Corroborator corroborator = Corroborator.standard();

  /** A fictional paper mill whose reopening is disputed after a spill. */
  private static final AnalyzedArticle MILL =
      article(
              "mill",
              "The Pellow mill has been shut since the spill. \"A closure would be a disaster for"
                  + " this town,\" said Hanna Veck. \"It must never reopen,\" said Joss Arden."
                  + " \"I am neither for nor against the mill,\" said Ruth Calloway. The Pellow"
                  + " Anglers Club opposed the reopening on Monday. Owners hope to reopen the mill"
                  + " in May.")
          .title("Pellow mill owners hope to reopen the mill")
          .entity("Hanna Veck", EntityType.PERSON, "Hanna Veck")
          .entity("Joss Arden", EntityType.PERSON, "Joss Arden")
          .entity("Ruth Calloway", EntityType.PERSON, "Ruth Calloway")
          .entity("Pellow Anglers Club", EntityType.ORGANIZATION, "Pellow Anglers Club")
          .quote(
              "A closure would be a disaster for this town",
              "Hanna Veck",
              Optional.of("Hanna Veck"),
              "said")
          .quote("It must never reopen", "Joss Arden", Optional.of("Joss Arden"), "said")
          .quote(
              "I am neither for nor against the mill",
              "Ruth Calloway",
              Optional.of("Ruth Calloway"),
              "said")
          .build();

  private Map<String, Stance> stances() {
    List<AnalyzedArticle> one = List.of(MILL);
    Story story =
        new Story(
            "s1",
            MILL.article().title().orElseThrow(),
            List.of("mill"),
            Optional.empty(),
            Optional.empty());
    return corroborator.corroborate(story, one).stances().stream()
        .collect(Collectors.toMap(Stance::actor, Function.identity()));
  }

  @Test
  void theCentralQuestionIsTheMostMentionedActionOnItsGoingAheadSide() {
    assertThat(stances().values())
        .extracting(Stance::proposition)
        .containsOnly("the mill should reopen");
  }

  @Test
  void callingTheStoppingOfTheThingADisasterSupportsIt() {
    assertThat(stances().get("Hanna Veck").stance()).isEqualTo(StanceKind.SUPPORT);
  }

  @Test
  void aNegatedWishForTheThingOpposesIt() {
    assertThat(stances().get("Joss Arden").stance()).isEqualTo(StanceKind.OPPOSE);
  }

  @Test
  void takingNeitherSideIsMixed() {
    assertThat(stances().get("Ruth Calloway").stance()).isEqualTo(StanceKind.MIXED);
  }

  @Test
  void anOrganisationThatIsTheSubjectOfAStanceWordGetsItsSentenceAsEvidence() {
    Stance anglers = stances().get("Pellow Anglers Club");

    assertThat(anglers.stance()).isEqualTo(StanceKind.OPPOSE);
    assertThat(anglers.evidence())
        .extracting(Evidence::text)
        .containsExactly("The Pellow Anglers Club opposed the reopening on Monday.");
  }
}
