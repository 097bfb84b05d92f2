package org.triangulate.corroborate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.triangulate.model.testing.ArticleFixture.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Conflict;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;
import org.triangulate.model.Sentence;
import org.triangulate.model.Stance;
import org.triangulate.model.StanceKind;
import org.triangulate.model.Story;
import org.triangulate.model.StoryEntity;
import org.triangulate.model.SummarySentence;
import org.triangulate.stories.StoryClusterer;

class StandardCorroboratorTest {
  private final Corroborator corroborator = Corroborator.standard();

  private static Story story(String id, List<AnalyzedArticle> articles) {
    return new Story(
        id,
        "Corran council approves Harlow dam",
        articles.stream().map(AnalyzedArticle::id).toList(),
        Optional.empty(),
        Optional.empty());
  }

  private Brief dam() {
    return corroborator.corroborate(story("s1", DamStory.DAM), DamStory.DAM);
  }

  private static Fact factWith(Brief brief, String words) {
    return brief.facts().stream()
        .filter(f -> f.claims().stream().anyMatch(c -> c.text().contains(words)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no fact with: " + words));
  }

  @Test
  void theUnrelatedArticleEndsInADifferentStory() {
    List<AnalyzedArticle> all =
        List.of(DamStory.COURIER, DamStory.BAKERY, DamStory.POST, DamStory.GAZETTE, DamStory.TIMES);

    List<Story> stories = StoryClusterer.standard().cluster(all);

    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).articles()).containsExactly("courier", "post", "gazette", "times");
    assertThat(stories.get(1).articles()).containsExactly("bakery");
  }

  @Test
  void aSurnameAndAnUnaccentedFormMergeIntoTheFullName() {
    Map<String, StoryEntity> byName =
        dam().entities().stream().collect(Collectors.toMap(StoryEntity::name, Function.identity()));

    StoryEntity voss = byName.get("Edda Voss");
    assertThat(voss.aliases()).containsExactly("Voss");
    assertThat(voss.articles()).containsExactly("courier", "post", "gazette");
    assertThat(voss.mentions()).hasSize(3);
    assertThat(byName.get("Tomas Brekke").aliases()).containsExactly("Tomás Brekke");
    assertThat(byName).doesNotContainKey("Voss");
  }

  @Test
  void entitiesAreNumberedInTheStoryAndTheMostWidelyNamedComesFirst() {
    List<StoryEntity> entities = dam().entities();

    assertThat(entities).extracting(StoryEntity::id).startsWith("s1/e1", "s1/e2");
    assertThat(entities.get(0).name()).isEqualTo("Harlow");
    assertThat(entities.get(0).type()).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aQuoteCarriedByTwoOutletsInSlightlyDifferentWordsIsOneGroup() {
    Brief brief = dam();

    assertThat(brief.quoteGroups())
        .anySatisfy(
            g -> {
              assertThat(g.quotes()).containsExactly("courier#q1", "post#q1");
              assertThat(g.articles()).containsExactly("courier", "post");
              assertThat(g.speaker()).contains("Edda Voss");
              assertThat(g.id()).startsWith("s1/g");
            });
    assertThat(brief.quoteGroups()).allSatisfy(g -> assertThat(g.articles()).hasSizeGreaterThan(1));
    assertThat(brief.quoteGroups()).noneSatisfy(g -> assertThat(g.quotes()).contains("gazette#q2"));
  }

  @Test
  void aDistanceGivenAsFortyMilesSixtyFourKmAndThirtyKmIsAConflict() {
    Brief brief = dam();

    Fact distance = factWith(brief, "40 miles");
    assertThat(distance.status()).isEqualTo(FactStatus.CONFLICTING);
    Conflict conflict =
        brief.conflicts().stream()
            .filter(c -> c.claims().stream().anyMatch(cl -> cl.text().contains("40 miles")))
            .findFirst()
            .orElseThrow();
    assertThat(conflict.claims())
        .extracting(Claim::article)
        .containsExactly("courier", "post", "gazette");
    assertThat(conflict.claims())
        .extracting(c -> c.quantity().orElseThrow().text())
        .containsExactly("40 miles", "64 km", "30 km");
    assertThat(conflict.about()).startsWith("km:").contains("upstream").contains("Harlow");
  }

  @Test
  void threeInjuredAgainstSevenInjuredIsAConflict() {
    Brief brief = dam();

    assertThat(factWith(brief, "Three workers").status()).isEqualTo(FactStatus.CONFLICTING);
    assertThat(brief.conflicts())
        .anySatisfy(
            c -> {
              assertThat(c.about()).startsWith("people injured:");
              assertThat(c.claims()).extracting(Claim::article).containsExactly("courier", "post");
            });
    assertThat(brief.conflicts()).hasSize(2);
  }

  @Test
  void valuesWithinTheToleranceCorroborateEachOther() {
    List<AnalyzedArticle> two = List.of(DamStory.COURIER, DamStory.POST);

    Brief brief = corroborator.corroborate(story("s1", two), two);

    Fact distance = factWith(brief, "40 miles");
    assertThat(distance.status()).isEqualTo(FactStatus.CORROBORATED);
    assertThat(distance.claims()).extracting(Claim::article).containsExactly("courier", "post");
    assertThat(brief.conflicts()).noneSatisfy(c -> assertThat(c.about()).startsWith("km"));
  }

  @Test
  void differentNumbersAboutDifferentThingsAreNoConflict() {
    AnalyzedArticle height =
        article("height", "The Harlow dam will be 90 metres tall, the engineers said.")
            .entity("Harlow", EntityType.LOCATION, "Harlow")
            .quantity("90 metres", 90, "metre", 90, "m")
            .build();
    AnalyzedArticle depth =
        article("depth", "The reservoir behind the Harlow dam will be 12 metres deep in winter.")
            .entity("Harlow", EntityType.LOCATION, "Harlow")
            .quantity("12 metres", 12, "metre", 12, "m")
            .build();
    List<AnalyzedArticle> both = List.of(height, depth);

    Brief brief = corroborator.corroborate(story("s9", both), both);

    assertThat(brief.conflicts()).isEmpty();
    assertThat(brief.facts()).noneMatch(f -> f.status() == FactStatus.CONFLICTING);
  }

  @Test
  void aFactOnlyOneOutletReportsIsSingleSourceAndUniqueToIt() {
    Brief brief = dam();

    Fact cost = factWith(brief, "120 million euros");
    assertThat(cost.status()).isEqualTo(FactStatus.SINGLE_SOURCE);
    assertThat(brief.coverage())
        .filteredOn(c -> c.article().equals("post"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.unique()).contains(cost.id());
              assertThat(c.outlet()).contains("Harlow Post");
            });
  }

  @Test
  void coverageNamesTheCorroboratedFactsAnArticleLeavesOut() {
    Brief brief = dam();

    Fact approval = factWith(brief, "approved the Harlow dam on Tuesday.");
    assertThat(approval.status()).isEqualTo(FactStatus.CORROBORATED);
    assertThat(approval.claims()).extracting(Claim::article).contains("courier", "post", "times");
    assertThat(brief.coverage())
        .extracting(c -> c.article())
        .containsExactly("courier", "post", "gazette", "times");
    assertThat(brief.coverage())
        .filteredOn(c -> c.article().equals("gazette"))
        .singleElement()
        .satisfies(c -> assertThat(c.omitted()).containsExactly(approval.id()));
  }

  @Test
  void quotedActorsGetTheirStanceWithEvidence() {
    Map<String, Stance> byActor =
        dam().stances().stream().collect(Collectors.toMap(Stance::actor, Function.identity()));

    Stance voss = byActor.get("Edda Voss");
    assertThat(voss.stance()).isEqualTo(StanceKind.SUPPORT);
    assertThat(voss.entity()).isPresent();
    assertThat(voss.evidence())
        .extracting(Evidence::text)
        .containsExactly("We welcome the council's decision");
    assertThat(voss.proposition()).endsWith("should be approved");
    Stance brekke = byActor.get("Tomas Brekke");
    assertThat(brekke.stance()).isEqualTo(StanceKind.OPPOSE);
    assertThat(brekke.evidence())
        .extracting(Evidence::article)
        .containsExactly("courier", "gazette");
  }

  @Test
  void anActorWhoBothBacksAndCondemnsIsMixedAndANegatedCueTurns() {
    AnalyzedArticle a =
        article(
                "a",
                "\"We support the new bridge,\" said Ilse Marr. Later \"We cannot support the toll,\""
                    + " said Marr. \"I do not oppose it,\" said Ravi Odum.")
            .entity("Ilse Marr", EntityType.PERSON, "Ilse Marr")
            .entity("Marr", EntityType.PERSON, "Ilse Marr")
            .entity("Ravi Odum", EntityType.PERSON, "Ravi Odum")
            .quote("We support the new bridge", "Ilse Marr", Optional.of("Ilse Marr"), "said")
            .quote("We cannot support the toll", "Marr", Optional.of("Marr"), "said")
            .quote("I do not oppose it", "Ravi Odum", Optional.of("Ravi Odum"), "said")
            .build();
    List<AnalyzedArticle> one = List.of(a);

    List<Stance> stances = corroborator.corroborate(story("s2", one), one).stances();

    assertThat(stances).extracting(Stance::actor).containsExactly("Ilse Marr", "Ravi Odum");
    assertThat(stances)
        .extracting(Stance::stance)
        .containsExactly(StanceKind.MIXED, StanceKind.SUPPORT);
  }

  @Test
  void aQuoteWithoutACueGivesNoStance() {
    AnalyzedArticle a =
        article("a", "\"The river is high today,\" said Ilse Marr.")
            .entity("Ilse Marr", EntityType.PERSON, "Ilse Marr")
            .quote("The river is high today", "Ilse Marr", Optional.of("Ilse Marr"), "said")
            .build();
    List<AnalyzedArticle> one = List.of(a);

    assertThat(corroborator.corroborate(story("s2", one), one).stances()).isEmpty();
  }

  @Test
  void theTimelineHoldsTheApprovalDayReportedByEveryOutlet() {
    assertThat(dam().timeline())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.date()).hasToString("2031-04-01");
              assertThat(e.articles()).containsExactly("courier", "post", "gazette", "times");
              assertThat(e.text()).contains("approved the Harlow dam");
            });
  }

  @Test
  void theSummaryPutsTheCorroboratedCoreFirst() {
    List<SummarySentence> summary = dam().summary();

    assertThat(summary).hasSizeBetween(1, 5);
    assertThat(summary.get(0).text()).contains("approved the Harlow dam on Tuesday");
    assertThat(summary.get(0).articles()).containsExactly("courier", "post", "gazette", "times");
    for (int i = 1; i < summary.size(); i++) {
      assertThat(summary.get(i).articles().size())
          .isLessThanOrEqualTo(summary.get(i - 1).articles().size());
    }
  }

  @Test
  void everyClaimAndEvidenceIsVerbatimAndEverySummarySentenceOccursInACitedArticle() {
    Brief brief = dam();
    Map<String, String> texts =
        DamStory.DAM.stream().collect(Collectors.toMap(AnalyzedArticle::id, AnalyzedArticle::text));
    List<Claim> claims = new ArrayList<>();
    brief.facts().forEach(f -> claims.addAll(f.claims()));
    brief.conflicts().forEach(c -> claims.addAll(c.claims()));

    assertThat(claims).isNotEmpty();
    for (Claim claim : claims) {
      assertThat(texts.get(claim.article()).substring(claim.start(), claim.end()))
          .isEqualTo(claim.text());
      claim
          .quantity()
          .ifPresent(
              q -> assertThat(claim.start() <= q.start() && q.end() <= claim.end()).isTrue());
    }
    for (Fact fact : brief.facts()) {
      assertThat(fact.claims()).extracting(Claim::text).contains(fact.statement());
    }
    List<Evidence> evidence = brief.stances().stream().flatMap(s -> s.evidence().stream()).toList();
    assertThat(evidence).isNotEmpty();
    for (Evidence e : evidence) {
      assertThat(texts.get(e.article()).substring(e.start(), e.end())).isEqualTo(e.text());
    }
    for (SummarySentence s : brief.summary()) {
      assertThat(s.articles()).anySatisfy(id -> assertThat(texts.get(id)).contains(s.text()));
    }
  }

  @Test
  void idsArePrefixedWithTheStoryIdAndUnique() {
    Brief brief = dam();
    List<String> ids = new ArrayList<>();
    brief.entities().forEach(e -> ids.add(e.id()));
    brief.quoteGroups().forEach(g -> ids.add(g.id()));
    brief.facts().forEach(f -> ids.add(f.id()));
    brief.conflicts().forEach(c -> ids.add(c.id()));

    assertThat(ids).allMatch(id -> id.startsWith("s1/")).doesNotHaveDuplicates();
    assertThat(brief.facts()).extracting(Fact::id).startsWith("s1/f1", "s1/f2");
  }

  @Test
  void theSameStoryGivesAnEqualBriefWhateverTheOrderOfTheArticleList() {
    List<AnalyzedArticle> shuffled = new ArrayList<>(DamStory.DAM);
    Collections.reverse(shuffled);
    Story story = story("s1", DamStory.DAM);

    Brief first = corroborator.corroborate(story, DamStory.DAM);

    assertThat(corroborator.corroborate(story, DamStory.DAM)).isEqualTo(first);
    assertThat(corroborator.corroborate(story, shuffled)).isEqualTo(first);
  }

  @Test
  void articlesTheStoryDoesNotListAreIgnored() {
    List<AnalyzedArticle> withStranger = new ArrayList<>(DamStory.DAM);
    withStranger.add(DamStory.BAKERY);

    Brief brief = corroborator.corroborate(story("s1", DamStory.DAM), withStranger);

    assertThat(brief).isEqualTo(dam());
  }

  @Test
  void claimsAreTrimmedOfTheWhiteSpaceAroundTheirSentenceAndStayVerbatim() {
    AnalyzedArticle built =
        article("padded", "  Floods closed 12 roads in Harlow.  \n\n  Nothing else.  ")
            .entity("Harlow", EntityType.LOCATION, "Harlow")
            .quantity("12 roads", 12, "road")
            .build();
    int length = built.text().length();
    AnalyzedArticle padded =
        new AnalyzedArticle(
            built.article(),
            List.of(new Sentence(0, 38), new Sentence(38, length)),
            built.entities(),
            built.quotes(),
            built.quantities(),
            built.dates());
    List<AnalyzedArticle> one = List.of(padded);

    Claim claim = corroborator.corroborate(story("s5", one), one).facts().get(0).claims().get(0);

    assertThat(claim.text()).isEqualTo("Floods closed 12 roads in Harlow.");
    assertThat(padded.text().substring(claim.start(), claim.end())).isEqualTo(claim.text());
  }

  @Test
  void aStoryWithNothingToCompareGivesAnEmptyButValidBrief() {
    AnalyzedArticle blank = article("blank", "Nothing.").build();
    List<AnalyzedArticle> one = List.of(blank);

    Brief brief = corroborator.corroborate(story("s3", one), one);

    assertThat(brief.facts()).isEmpty();
    assertThat(brief.conflicts()).isEmpty();
    assertThat(brief.coverage()).singleElement().satisfies(c -> assertThat(c.unique()).isEmpty());
  }

  @Test
  void aWireCopyAndItsRepostCorroborateNothingOnTheirOwn() {
    String text =
        "The Lenn valley council approved the Brask bridge on Monday. It will cost 40 million"
            + " euros, officials said.";
    AnalyzedArticle wire = article("wire", text).quantity("40 million euros", 40e6, "euro").build();
    AnalyzedArticle repost =
        article("repost", text).quantity("40 million euros", 40e6, "euro").build();
    List<AnalyzedArticle> both = List.of(wire, repost);
    Story independent = story("s1", both);
    Story copies =
        new Story(
            "s1",
            independent.title(),
            independent.articles(),
            independent.first(),
            independent.last(),
            List.of(new org.triangulate.model.NearDuplicate("repost", "wire", 1.0)));

    Fact asIndependent = factWith(corroborator.corroborate(independent, both), "40 million euros");
    Fact asCopies = factWith(corroborator.corroborate(copies, both), "40 million euros");

    assertThat(asIndependent.status()).isEqualTo(FactStatus.CORROBORATED);
    assertThat(asCopies.status()).isEqualTo(FactStatus.SINGLE_SOURCE);
    assertThat(asCopies.claims()).extracting(Claim::article).containsExactly("wire", "repost");
  }
}
