package org.triangulate.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.EntityMention;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Sentence;
import org.triangulate.nlp.date.DateResolver;
import org.triangulate.nlp.date.Datelines;
import org.triangulate.nlp.date.RuleDateResolver;
import org.triangulate.nlp.entity.CoreNlpEntityRecognizer;
import org.triangulate.nlp.entity.EntityRecognizer;
import org.triangulate.nlp.quantity.QuantityExtractor;
import org.triangulate.nlp.quantity.RuleQuantityExtractor;
import org.triangulate.nlp.quote.QuoteAttributor;
import org.triangulate.nlp.quote.RuleQuoteAttributor;
import org.triangulate.nlp.sentence.RuleSentenceSplitter;
import org.triangulate.nlp.sentence.SentenceSplitter;

/**
 * Language analysis of one article: sentences, entity mentions, quotes with speakers, quantities
 * and dates.
 *
 * <p>The stages run in this order, each on the article text: {@link SentenceSplitter}, {@link
 * EntityRecognizer} (on the sentences), {@link QuoteAttributor} (on the sentences and entities),
 * {@link QuantityExtractor}, {@link DateResolver} (anchored on the publication day, or on the day
 * of the article's own dateline when it has no publication date: {@link Datelines}). Only the first
 * {@value #MAX_CHARS} characters of a longer text are analysed (cut at a paragraph break), which
 * keeps the time per article bounded; spans still index the whole text.
 *
 * <p>Thread-safe; build once (the constructor loads every resource) and share.
 */
public final class ArticleAnalyzer implements Analyzer {
  /** The longest text analysed in full; longer texts are analysed up to here. */
  public static final int MAX_CHARS = 200_000;

  private final SentenceSplitter sentences = new RuleSentenceSplitter();
  private final EntityRecognizer entities;
  private final QuoteAttributor quotes = new RuleQuoteAttributor();
  private final QuantityExtractor quantities = new RuleQuantityExtractor();
  private final DateResolver dates = new RuleDateResolver();
  private final Datelines datelines = new Datelines(dates);

  /**
   * An analyzer with the standard stages and their bundled resources: CoreNLP's CRF for entities
   * (loaded once per JVM, a few seconds on first use), rules for the rest.
   */
  public ArticleAnalyzer() {
    this(new CoreNlpEntityRecognizer());
  }

  /**
   * An analyzer with {@code entities} as its entity stage (such as the model-free {@link
   * org.triangulate.nlp.entity.RuleEntityRecognizer}) and the standard other stages.
   */
  public ArticleAnalyzer(EntityRecognizer entities) {
    this.entities = Objects.requireNonNull(entities, "entities");
  }

  /** The analysis of {@code article}; never fails on odd text. */
  public AnalyzedArticle analyze(Article article) {
    String text = analysedPart(article.text());
    Optional<LocalDate> anchor =
        article.published().map(PublicationDate::date).or(() -> datelines.day(text));
    List<Sentence> found = sentences.split(text);
    List<EntityMention> mentions = entities.recognize(text, found);
    return new AnalyzedArticle(
        article,
        found,
        mentions,
        quotes.attribute(article.id(), text, found, mentions),
        quantities.extract(text),
        dates.resolve(text, anchor));
  }

  private static String analysedPart(String text) {
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf("\n\n", MAX_CHARS);
    return text.substring(0, cut > MAX_CHARS / 2 ? cut : MAX_CHARS);
  }
}
