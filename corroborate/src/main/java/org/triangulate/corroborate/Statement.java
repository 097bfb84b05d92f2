package org.triangulate.corroborate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Claim;
import org.triangulate.model.DateMention;
import org.triangulate.model.EntityMention;
import org.triangulate.model.Quantity;
import org.triangulate.model.Sentence;

/**
 * One sentence of one article, trimmed, with what it holds: content words, entity names, quantities
 * (each with the words around it) and dates.
 *
 * @param article the article's position in story order
 * @param articleId the article's id
 * @param index the sentence's position in its article
 * @param start offset of the trimmed sentence in the article text
 * @param end offset after it
 * @param text the trimmed sentence, verbatim
 * @param words its content words
 * @param entityNames the folded names of the entities it mentions
 * @param entityMentions how many entity mentions it holds
 * @param quantities its quantities with their context
 * @param dates its dates
 */
record Statement(
    int article,
    String articleId,
    int index,
    int start,
    int end,
    String text,
    Set<String> words,
    Set<String> entityNames,
    int entityMentions,
    List<Measured> quantities,
    List<DateMention> dates) {

  /** Words around a quantity within this many tokens on each side are its context. */
  static final int CONTEXT_WINDOW = 6;

  /** Only a content word at most this many tokens after a quantity can be its {@code next}. */
  static final int NEXT_REACH = 2;

  private static final MeasuredThings THINGS = MeasuredThings.load("measured-things.txt");
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

  /**
   * A quantity, the dimension it is compared in, the content words around it, and the content word
   * right after it ("40 miles <b>upstream</b>", "three workers were <b>injured</b>"), which usually
   * says what is measured; the classes of what is counted named after it ({@code
   * measured-things.txt}), and the years its sentence names (written, or of its resolved dates).
   */
  record Measured(
      Quantity quantity,
      String dimension,
      double value,
      List<Words.Token> context,
      Optional<String> next,
      Set<String> things,
      Set<String> years) {
    Set<String> contextWords() {
      Set<String> forms = new LinkedHashSet<>();
      context.forEach(t -> forms.add(t.form()));
      return forms;
    }
  }

  /** Whether the sentence is a claim: it holds a quantity, a date, or two entity mentions. */
  boolean isClaim() {
    return !quantities.isEmpty() || !dates.isEmpty() || entityMentions >= 2;
  }

  /** This sentence as a claim about {@code quantity}, or about its first quantity when empty. */
  Claim claim(Optional<Quantity> quantity) {
    Optional<Quantity> about =
        quantity.isPresent() ? quantity : quantities.stream().findFirst().map(Measured::quantity);
    return new Claim(articleId, text, start, end, about);
  }

  /** The statements of every sentence of {@code article}; blank sentences are skipped. */
  static List<Statement> of(AnalyzedArticle article, int position) {
    String text = article.text();
    List<Statement> statements = new ArrayList<>();
    int index = 0;
    for (Sentence sentence : article.sentences()) {
      int start = Math.min(sentence.start(), text.length());
      int end = Math.min(sentence.end(), text.length());
      while (start < end && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (start < end) {
        statements.add(build(article, position, index, start, end));
      }
      index++;
    }
    return statements;
  }

  private static Statement build(
      AnalyzedArticle article, int position, int index, int start, int end) {
    String text = article.text();
    Set<String> names = new LinkedHashSet<>();
    int mentions = 0;
    for (EntityMention mention : article.entities()) {
      if (start <= mention.start() && mention.end() <= end) {
        names.add(EntityResolver.key(mention.name()));
        mentions++;
      }
    }
    List<DateMention> dates =
        article.dates().stream().filter(d -> start <= d.start() && d.end() <= end).toList();
    List<Quantity> quantities =
        article.quantities().stream().filter(q -> start <= q.start() && q.end() <= end).toList();
    List<Words.Token> tokens = Words.tokens(text, start, end);
    List<Measured> measured = new ArrayList<>();
    for (Quantity q : quantities) {
      measured.add(measure(q, tokens, quantities, dates));
    }
    Set<String> words = new LinkedHashSet<>();
    tokens.stream().filter(Words.Token::content).forEach(t -> words.add(t.form()));
    return new Statement(
        position,
        article.id(),
        index,
        start,
        end,
        text.substring(start, end),
        Collections.unmodifiableSet(words),
        Collections.unmodifiableSet(names),
        mentions,
        List.copyOf(measured),
        dates);
  }

  private static Measured measure(
      Quantity q, List<Words.Token> tokens, List<Quantity> all, List<DateMention> dates) {
    String dimension =
        q.normalized().map(m -> m.unit()).orElse(q.unit().isBlank() ? "count" : q.unit());
    double value = q.normalized().map(m -> m.amount()).orElse(q.amount());
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Words.Token t = tokens.get(i);
      if (t.start() < q.end() && t.end() > q.start()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (first < 0) {
      first = (int) tokens.stream().filter(t -> t.end() <= q.start()).count();
      last = first - 1;
    }
    List<Words.Token> context = new ArrayList<>();
    Set<String> things = new LinkedHashSet<>();
    Set<String> years = new LinkedHashSet<>();
    for (Words.Token t : tokens) {
      if (YEAR.matcher(t.form()).matches() && !(t.start() < q.end() && t.end() > q.start())) {
        years.add(t.form());
      }
    }
    dates.forEach(d -> d.value().ifPresent(day -> years.add(Integer.toString(day.getYear()))));
    Optional<String> next = Optional.empty();
    int from = Math.max(0, first - CONTEXT_WINDOW);
    int to = Math.min(tokens.size(), last + 1 + CONTEXT_WINDOW);
    for (int i = from; i < to; i++) {
      Words.Token t = tokens.get(i);
      if ((i < first || i > last)
          && t.content()
          && !Character.isDigit(t.form().charAt(0))
          && !inside(t, all, dates)) {
        context.add(t);
        if (i > last) {
          things.addAll(THINGS.classes(t.form()));
        }
        if (next.isEmpty() && i > last && i <= last + NEXT_REACH) {
          next = Optional.of(t.form());
        }
      }
    }
    return new Measured(
        q, dimension, value, List.copyOf(context), next, Set.copyOf(things), Set.copyOf(years));
  }

  private static boolean inside(Words.Token t, List<Quantity> quantities, List<DateMention> dates) {
    for (Quantity q : quantities) {
      if (t.start() < q.end() && t.end() > q.start()) {
        return true;
      }
    }
    for (DateMention d : dates) {
      if (t.start() < d.end() && t.end() > d.start()) {
        return true;
      }
    }
    return false;
  }
}
