package org.triangulate.model.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.triangulate.model.ValueBound;

/**
 * Builds {@link AnalyzedArticle} test inputs by hand: every span is placed by finding a substring
 * of the text, and sentences end at {@code .}, {@code !} or {@code ?} before white space.
 */
public final class ArticleFixture {
  private static final Pattern SENTENCE =
      Pattern.compile("[^\\s].*?(?:[.!?][\"”’]?(?=\\s|$)|$)", Pattern.DOTALL);

  private final String id;
  private final String text;
  private Optional<String> outlet = Optional.empty();
  private Optional<String> title = Optional.empty();
  private Optional<PublicationDate> published = Optional.empty();
  private final List<EntityMention> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();
  private final List<Quantity> quantities = new ArrayList<>();
  private final List<DateMention> dates = new ArrayList<>();

  private ArticleFixture(String id, String text) {
    this.id = id;
    this.text = text;
  }

  public static ArticleFixture article(String id, String text) {
    return new ArticleFixture(id, text);
  }

  public ArticleFixture outlet(String value) {
    outlet = Optional.of(value);
    return this;
  }

  public ArticleFixture title(String value) {
    title = Optional.of(value);
    return this;
  }

  public ArticleFixture published(String isoDate) {
    published = Optional.of(PublicationDate.ofDate(LocalDate.parse(isoDate)));
    return this;
  }

  /** Marks every whole-word occurrence of {@code surface} as a mention of {@code name}. */
  public ArticleFixture entity(String surface, EntityType type, String name) {
    List<Integer> starts = occurrences(surface);
    if (starts.isEmpty()) {
      throw new IllegalArgumentException("not in text: " + surface);
    }
    for (int start : starts) {
      entities.add(new EntityMention(surface, start, start + surface.length(), type, name));
    }
    return this;
  }

  /** Marks {@code words} as a direct quote; the speaker is the first {@code speaker} after it. */
  public ArticleFixture quote(String words, String speaker, Optional<String> name, String cue) {
    int start = at(words, 0);
    int end = start + words.length();
    int speakerAt = text.indexOf(speaker, end);
    if (speakerAt < 0) {
      speakerAt = at(speaker, 0);
    }
    Speaker who = new Speaker(speaker, speakerAt, speakerAt + speaker.length(), name);
    quotes.add(
        new Quote(
            id + "#q" + (quotes.size() + 1),
            words,
            start,
            end,
            true,
            Optional.of(cue),
            Optional.of(who)));
    return this;
  }

  /** Marks {@code written} as a quantity without a canonical unit. */
  public ArticleFixture quantity(String written, double amount, String unit) {
    int start = at(written, 0);
    quantities.add(
        new Quantity(written, start, start + written.length(), amount, unit, Optional.empty()));
    return this;
  }

  /** Marks {@code written} as a quantity with its value in a canonical unit. */
  public ArticleFixture quantity(
      String written, double amount, String unit, double canonical, String canonicalUnit) {
    int start = at(written, 0);
    quantities.add(
        new Quantity(
            written,
            start,
            start + written.length(),
            amount,
            unit,
            Optional.of(new Measure(canonical, canonicalUnit))));
    return this;
  }

  /**
   * Marks {@code written} as a quantity with its value in a canonical unit and a bound other than a
   * range ("more than 30 people").
   */
  public ArticleFixture quantity(
      String written,
      double amount,
      String unit,
      double canonical,
      String canonicalUnit,
      ValueBound bound) {
    int start = at(written, 0);
    quantities.add(
        new Quantity(
            written,
            start,
            start + written.length(),
            amount,
            unit,
            Optional.of(new Measure(canonical, canonicalUnit)),
            bound,
            Optional.empty(),
            Optional.empty()));
    return this;
  }

  /** Marks the first occurrence of {@code written} as a date naming {@code isoDate}. */
  public ArticleFixture date(String written, String isoDate) {
    int start = at(written, 0);
    dates.add(
        new DateMention(
            written, start, start + written.length(), Optional.of(LocalDate.parse(isoDate))));
    return this;
  }

  public AnalyzedArticle build() {
    Article article =
        new Article(
            id,
            id + ".txt",
            Optional.empty(),
            outlet,
            title,
            List.of(),
            published,
            "en",
            text,
            List.of());
    return new AnalyzedArticle(
        article,
        sentences(),
        sorted(entities, EntityMention::start),
        sorted(quotes, Quote::start),
        sorted(quantities, Quantity::start),
        sorted(dates, DateMention::start));
  }

  private List<Sentence> sentences() {
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      if (m.end() > m.start()) {
        sentences.add(new Sentence(m.start(), m.end()));
      }
    }
    return sentences;
  }

  private static <T> List<T> sorted(List<T> items, java.util.function.ToIntFunction<T> start) {
    List<T> copy = new ArrayList<>(items);
    copy.sort(Comparator.comparingInt(start));
    return copy;
  }

  private int at(String part, int from) {
    int start = text.indexOf(part, from);
    if (start < 0) {
      throw new IllegalArgumentException("not in text: " + part);
    }
    return start;
  }

  private List<Integer> occurrences(String surface) {
    List<Integer> starts = new ArrayList<>();
    int from = 0;
    int start;
    while ((start = text.indexOf(surface, from)) >= 0) {
      int end = start + surface.length();
      boolean wordStart = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
      boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (wordStart && wordEnd) {
        starts.add(start);
      }
      from = end;
    }
    return starts;
  }
}
