package org.triangulate.corroborate.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.DateMention;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Measure;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Quantity;
import org.triangulate.model.Quote;
import org.triangulate.model.Sentence;
import org.triangulate.model.Speaker;

/**
 * Generates one fictional story told by many outlets (a flood in the made-up town of Dunmere), with
 * sentences, entities, quantities, dates and quotes marked, for the corroboration benchmark.
 *
 * <p>Seeded: the same seed gives the same articles. Not thread-safe.
 */
final class StoryGenerator {
  private static final String[] PLACES = {"Dunmere", "Orlow", "Kestry", "Vantham", "Bellis Ford"};
  private static final String[] BODIES = {
    "Dunmere Council", "Orlow Fire Service", "Kestry Water Board", "Vantham Police"
  };
  private static final String[] PEOPLE = {"Ada Merrow", "Tobin Clare", "Ines Vardy", "Rolf Ashe"};
  private static final String[] VERBS = {"said", "told reporters", "warned", "added"};
  private static final String[] THINGS = {
    "homes were flooded", "people were evacuated", "people were injured", "roads were closed"
  };

  private final Random random;

  StoryGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** {@code count} articles of the story, each of {@code sentences} sentences. */
  List<AnalyzedArticle> articles(int count, int sentences) {
    List<AnalyzedArticle> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      articles.add(article("gen-" + i, sentences));
    }
    return articles;
  }

  private AnalyzedArticle article(String id, int count) {
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<Quantity> quantities = new ArrayList<>();
    List<DateMention> dates = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    LocalDate day = LocalDate.of(2031, 3, 2 + random.nextInt(3));
    for (int s = 0; s < count; s++) {
      int start = text.length();
      switch (random.nextInt(3)) {
        case 0 -> {
          String body = pick(BODIES);
          entities.add(mention(text, body, EntityType.ORGANIZATION));
          text.append(" said ");
          int n = 10 + random.nextInt(400);
          String written = n + " " + pick(THINGS).split(" ")[0];
          int at = text.length();
          text.append(written);
          quantities.add(
              new Quantity(
                  written,
                  at,
                  at + written.length(),
                  n,
                  "count",
                  Optional.of(new Measure(n, "people"))));
          text.append(" in ");
          entities.add(mention(text, pick(PLACES), EntityType.LOCATION));
          text.append(" after the river rose.");
        }
        case 1 -> {
          text.append("The water reached ");
          int km = 2 + random.nextInt(30);
          String written = km + " km";
          int at = text.length();
          text.append(written);
          quantities.add(
              new Quantity(
                  written,
                  at,
                  at + written.length(),
                  km,
                  "km",
                  Optional.of(new Measure(km, "km"))));
          text.append(" inland from ");
          entities.add(mention(text, pick(PLACES), EntityType.LOCATION));
          text.append(" on ");
          String date = day.getDayOfMonth() + " March";
          int dateAt = text.length();
          text.append(date);
          dates.add(new DateMention(date, dateAt, dateAt + date.length(), Optional.of(day)));
          text.append(".");
        }
        default -> {
          text.append('"');
          int at = text.length();
          String words =
              "We will rebuild "
                  + pick(PLACES)
                  + " and we will not leave anyone behind "
                  + random.nextInt(50);
          text.append(words).append(",\" ").append(pick(VERBS)).append(' ');
          String person = pick(PEOPLE);
          int speakerAt = text.length();
          entities.add(mention(text, person, EntityType.PERSON));
          text.append('.');
          quotes.add(
              new Quote(
                  id + "#q" + (quotes.size() + 1),
                  words,
                  at,
                  at + words.length(),
                  true,
                  Optional.of("said"),
                  Optional.of(
                      new Speaker(
                          person, speakerAt, speakerAt + person.length(), Optional.of(person)))));
        }
      }
      sentences.add(new Sentence(start, text.length()));
      text.append(' ');
    }
    Article article =
        new Article(
            id,
            id + ".txt",
            Optional.empty(),
            Optional.of("Outlet " + id),
            Optional.of("Flood in Dunmere"),
            List.of(),
            Optional.of(PublicationDate.ofDate(day)),
            "en",
            text.toString(),
            List.of());
    return new AnalyzedArticle(article, sentences, entities, quotes, quantities, dates);
  }

  private static EntityMention mention(StringBuilder text, String name, EntityType type) {
    int at = text.length();
    text.append(name);
    return new EntityMention(name, at, at + name.length(), type, name);
  }

  private String pick(String[] options) {
    return options[random.nextInt(options.length)];
  }
}
