package org.triangulate.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Conflict;
import org.triangulate.model.Coverage;
import org.triangulate.model.DateMention;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Evidence;
import org.triangulate.model.Fact;
import org.triangulate.model.FactStatus;
import org.triangulate.model.Measure;
import org.triangulate.model.MentionRef;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Quantity;
import org.triangulate.model.Quote;
import org.triangulate.model.QuoteGroup;
import org.triangulate.model.Report;
import org.triangulate.model.Skipped;
import org.triangulate.model.Speaker;
import org.triangulate.model.Stance;
import org.triangulate.model.StanceKind;
import org.triangulate.model.Story;
import org.triangulate.model.StoryEntity;
import org.triangulate.model.SummarySentence;
import org.triangulate.model.TimelineEvent;

/** Builds small fictional reports for the writers' tests. */
final class Fixtures {
  static final String GAZETTE_TEXT =
      "Mayor Ilse Brandt said the Orlow dam would open in June.\n\n"
          + "\"We are ready,\" Ilse Brandt told reporters on 3 March 2031.\n\n"
          + "The dam lies 40 miles from Harlow.";
  static final String POST_TEXT =
      "The Orlow dam is 90 km from Harlow, engineers said.\n\n"
          + "\"We are ready,\" she said. Critics called it \"a waste\".";
  static final String LEDGER_TEXT = "A short note with nothing to analyse.";

  private Fixtures() {}

  /** A span of {@code text}: where {@code part} first occurs. */
  static int[] span(String text, String part) {
    int start = text.indexOf(part);
    if (start < 0) {
      throw new IllegalArgumentException("not in text: " + part);
    }
    return new int[] {start, start + part.length()};
  }

  static Claim claim(String article, String text, String part, Optional<Quantity> quantity) {
    int[] s = span(text, part);
    return new Claim(article, part, s[0], s[1], quantity);
  }

  static Quantity quantity(String text, String part, double amount, String unit, Measure m) {
    int[] s = span(text, part);
    return new Quantity(part, s[0], s[1], amount, unit, Optional.ofNullable(m));
  }

  static Article article(
      String id, String outlet, String title, String url, PublicationDate published, String text) {
    return new Article(
        id,
        "in/" + id + ".html",
        Optional.ofNullable(url),
        Optional.ofNullable(outlet),
        Optional.ofNullable(title),
        outlet == null ? List.of() : List.of("Ada Fenn"),
        Optional.ofNullable(published),
        "en",
        text,
        outlet == null ? List.of() : List.of("Subscribe to our newsletter"));
  }

  /** Three articles (one outside any story, with no metadata), one story with a conflict. */
  static Report report() {
    return report(
        article(
            "gazette-1",
            "Harlow Gazette",
            "Orlow dam to open in June",
            "https://gazette.example/orlow-dam",
            PublicationDate.ofInstant(Instant.parse("2031-03-03T09:04:00Z")),
            GAZETTE_TEXT));
  }

  /** The standard report with its first article replaced by {@code gazette}. */
  static Report report(Article gazette) {
    String g = gazette.text();
    int[] brandt = span(g, "Ilse Brandt");
    int[] brandt2 = span(g.substring(brandt[1]), "Ilse Brandt");
    int brandt2Start = brandt[1] + brandt2[0];
    int[] harlow = span(g, "Harlow");
    Quantity miles = quantity(g, "40 miles", 40, "mile", new Measure(64.37376, "km"));
    int[] ready = span(g, "We are ready,");
    Quote gazetteQuote =
        new Quote(
            "gazette-1#q1",
            "We are ready,",
            ready[0],
            ready[1],
            true,
            Optional.of("told"),
            Optional.of(
                new Speaker(
                    "Ilse Brandt", brandt2Start, brandt2Start + 11, Optional.of("Ilse Brandt"))));
    int[] date = span(g, "3 March 2031");
    AnalyzedArticle a1 =
        new AnalyzedArticle(
            gazette,
            List.of(),
            List.of(
                new EntityMention(
                    "Ilse Brandt", brandt[0], brandt[1], EntityType.PERSON, "Ilse Brandt"),
                new EntityMention(
                    "Ilse Brandt",
                    brandt2Start,
                    brandt2Start + 11,
                    EntityType.PERSON,
                    "Ilse Brandt"),
                new EntityMention("Harlow", harlow[0], harlow[1], EntityType.LOCATION, "Harlow")),
            List.of(gazetteQuote),
            List.of(miles),
            List.of(
                new DateMention(
                    "3 March 2031", date[0], date[1], Optional.of(LocalDate.of(2031, 3, 3)))));

    String p = POST_TEXT;
    int[] she = span(p, "she");
    int[] postReady = span(p, "We are ready,");
    int[] waste = span(p, "a waste");
    int[] postHarlow = span(p, "Harlow");
    Quantity km = quantity(p, "90 km", 90, "km", new Measure(90, "km"));
    AnalyzedArticle a2 =
        new AnalyzedArticle(
            article(
                "post-2",
                "River Post",
                "Engineers measure Orlow dam",
                null,
                PublicationDate.ofDate(LocalDate.of(2031, 3, 4)),
                p),
            List.of(),
            List.of(
                new EntityMention(
                    "Harlow", postHarlow[0], postHarlow[1], EntityType.LOCATION, "Harlow")),
            List.of(
                new Quote(
                    "post-2#q1",
                    "We are ready,",
                    postReady[0],
                    postReady[1],
                    true,
                    Optional.of("said"),
                    Optional.of(new Speaker("she", she[0], she[1], Optional.of("Mayor Brandt")))),
                new Quote(
                    "post-2#q2",
                    "a waste",
                    waste[0],
                    waste[1],
                    true,
                    Optional.empty(),
                    Optional.empty())),
            List.of(km),
            List.of());

    AnalyzedArticle a3 =
        new AnalyzedArticle(
            article("ledger-3", null, null, null, null, LEDGER_TEXT),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of());

    Story story =
        new Story(
            "s1",
            "Orlow dam opening",
            List.of("gazette-1", "post-2"),
            Optional.of(LocalDate.of(2031, 3, 3)),
            Optional.of(LocalDate.of(2031, 3, 4)));
    StoryEntity brandtEntity =
        new StoryEntity(
            "e1",
            "Ilse Brandt",
            EntityType.PERSON,
            List.of("Brandt", "Mayor Brandt"),
            List.of("gazette-1"),
            List.of(
                new MentionRef("gazette-1", brandt[0], brandt[1]),
                new MentionRef("gazette-1", brandt2Start, brandt2Start + 11)));
    StoryEntity harlowEntity =
        new StoryEntity(
            "e2",
            "Harlow",
            EntityType.LOCATION,
            List.of(),
            List.of("gazette-1", "post-2"),
            List.of(
                new MentionRef("gazette-1", harlow[0], harlow[1]),
                new MentionRef("post-2", postHarlow[0], postHarlow[1])));
    Claim gazetteDistance =
        claim("gazette-1", g, "The dam lies 40 miles from Harlow.", Optional.of(miles));
    Claim postDistance =
        claim("post-2", p, "The Orlow dam is 90 km from Harlow, engineers said.", Optional.of(km));
    Fact opens =
        new Fact(
            "s1#f1",
            "The Orlow dam is ready to open",
            FactStatus.CORROBORATED,
            List.of(
                claim("gazette-1", g, "We are ready,", Optional.empty()),
                claim("post-2", p, "We are ready,", Optional.empty())));
    Fact june =
        new Fact(
            "s1#f2",
            "The dam opens in June",
            FactStatus.SINGLE_SOURCE,
            List.of(claim("gazette-1", g, "would open in June", Optional.empty())));
    Conflict distance =
        new Conflict(
            "s1#c1",
            "distance from the Orlow dam to Harlow",
            List.of(gazetteDistance, postDistance));
    int[] brandtSaid = span(g, "Mayor Ilse Brandt said the Orlow dam would open in June.");
    Brief brief =
        new Brief(
            story,
            List.of(brandtEntity, harlowEntity),
            List.of(
                new QuoteGroup(
                    "s1#g1",
                    Optional.of("Ilse Brandt"),
                    List.of("gazette-1#q1", "post-2#q1"),
                    List.of("gazette-1", "post-2"))),
            List.of(opens, june),
            List.of(distance),
            List.of(
                new Stance(
                    "Ilse Brandt",
                    Optional.of("e1"),
                    StanceKind.SUPPORT,
                    "the Orlow dam should open",
                    List.of(
                        new Evidence(
                            "gazette-1",
                            "Mayor Ilse Brandt said the Orlow dam would open in June.",
                            brandtSaid[0],
                            brandtSaid[1])))),
            List.of(
                new TimelineEvent(
                    LocalDate.of(2031, 3, 3),
                    "Ilse Brandt says the dam is ready",
                    List.of("gazette-1"))),
            List.of(
                new SummarySentence(
                    "The Orlow dam is ready to open.", List.of("gazette-1", "post-2"))),
            List.of(
                new Coverage(
                    "gazette-1", Optional.of("Harlow Gazette"), List.of("s1#f2"), List.of()),
                new Coverage("post-2", Optional.of("River Post"), List.of(), List.of())));
    List<AnalyzedArticle> articles = new ArrayList<>(List.of(a1, a2, a3));
    return new Report(
        "triangulate 0.1.0-test",
        articles,
        List.of(brief),
        List.of(new Skipped("in/broken.html", "not valid UTF-8 at byte 12")));
  }
}
