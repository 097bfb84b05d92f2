package org.triangulate.corroborate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * @param published the day its article was published, when known
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
    List<DateMention> dates,
    Optional<LocalDate> published) {

  /** Words around a quantity within this many tokens on each side are its context. */
  static final int CONTEXT_WINDOW = 6;

  /** Only a content word at most this many tokens after a quantity can be its {@code next}. */
  static final int NEXT_REACH = 2;

  private static final Lexicon PAST = Lexicon.load("past-markers.txt");
  private static final Lexicon CONTINUING = Lexicon.load("continuing-subjects.txt");
  private static final java.util.regex.Pattern CONVERSION =
      java.util.regex.Pattern.compile(
          "\\s*[(\\[]\\s*(?:about|around|roughly|some|approximately|c\\.)?\\s*"
              + "(?:US|A|C|NZ|HK)?[$€£¥]?\\s*");
  private static final java.util.regex.Pattern AFTER_NUMBER =
      java.util.regex.Pattern.compile("\\d[^()\\n\\d]{0,16}" + CONVERSION.pattern() + "$");
  private static final java.util.regex.Pattern YEAR =
      java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

  /**
   * A quantity, the dimension it is compared in, the content words around it, and the content word
   * right after it ("40 miles <b>upstream</b>", "three workers were <b>injured</b>"), which usually
   * says what is measured; the classes of what is counted and its scope ({@link CountedThing}), the
   * years its sentence names (written, or of its resolved dates), the days and days of the week its
   * sentence names, the entity names in its context window, and whether its sentence tells of an
   * earlier event ({@code past-markers.txt}, or a year before its article's, or it goes on about
   * the sentence before and that one does: {@code continuing-subjects.txt}).
   */
  record Measured(
      Quantity quantity,
      String dimension,
      double value,
      List<Words.Token> context,
      Optional<String> next,
      Set<String> things,
      Optional<String> scope,
      Set<String> years,
      Set<LocalDate> days,
      Set<DayOfWeek> weekdays,
      Set<String> names,
      boolean past) {
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
    boolean previousPast = false;
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
        List<Words.Token> tokens = Words.tokens(text, start, end);
        boolean past =
            !PAST.matches(tokens).isEmpty()
                || earlierYear(tokens, article, start, end)
                || (previousPast && CONTINUING.matches(tokens).contains(0));
        statements.add(build(article, position, index, start, end, tokens, past));
        previousPast = past;
      }
      index++;
    }
    return statements;
  }

  /**
   * Whether {@code tokens}, or the dates resolved in {@code [start, end)}, name a year before that
   * of the article's publication.
   */
  private static boolean earlierYear(
      List<Words.Token> tokens, AnalyzedArticle article, int start, int end) {
    Optional<LocalDate> published = article.article().published().map(p -> p.date());
    if (published.isEmpty()) {
      return false;
    }
    int year = published.get().getYear();
    return tokens.stream()
            .anyMatch(t -> YEAR.matcher(t.form()).matches() && Integer.parseInt(t.form()) < year)
        || article.dates().stream()
            .anyMatch(
                d ->
                    start <= d.start()
                        && d.end() <= end
                        && d.value().map(day -> day.getYear() < year).orElse(false));
  }

  private static Statement build(
      AnalyzedArticle article,
      int position,
      int index,
      int start,
      int end,
      List<Words.Token> tokens,
      boolean pastMarked) {
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
    Optional<LocalDate> published = article.article().published().map(p -> p.date());
    List<Measured> measured = new ArrayList<>();
    for (Quantity q : quantities) {
      if (!isConversion(text, q, quantities)) {
        Measured read = measure(article, q, tokens, quantities, dates);
        Measured m = HalfAmounts.withWholePart(text, q).map(v -> withValue(read, v)).orElse(read);
        measured.add(past(m, pastMarked));
      }
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
        dates,
        published);
  }

  /**
   * Whether {@code q} is written in brackets right after another quantity or a number ("£4m
   * ($5.1m)", "seven km (4 miles)"): a conversion, not a value of its own.
   */
  private static boolean isConversion(String text, Quantity q, List<Quantity> all) {
    if (AFTER_NUMBER.matcher(text.substring(Math.max(0, q.start() - 40), q.start())).find()) {
      return true;
    }
    for (Quantity other : all) {
      if (other.end() <= q.start()
          && q.start() - other.end() <= 16
          && CONVERSION.matcher(text.substring(other.end(), q.start())).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The folded names of the entities mentioned in or across a quantity's context window. */
  private static Set<String> inContext(
      AnalyzedArticle article, Quantity q, List<Words.Token> tokens) {
    int before = 0;
    int after = 0;
    int from = q.start();
    int to = q.end();
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).end() <= q.start() && before++ < CONTEXT_WINDOW) {
        from = tokens.get(i).start();
      }
    }
    for (Words.Token t : tokens) {
      if (t.start() >= q.end() && after++ < CONTEXT_WINDOW) {
        to = t.end();
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention mention : article.entities()) {
      if (from < mention.end() && mention.start() < to) {
        names.add(EntityResolver.key(mention.name()));
      }
    }
    return names;
  }

  private static Measured withValue(Measured m, double value) {
    return new Measured(
        m.quantity(),
        m.dimension(),
        value,
        m.context(),
        m.next(),
        m.things(),
        m.scope(),
        m.years(),
        m.days(),
        m.weekdays(),
        m.names(),
        m.past());
  }

  private static Measured past(Measured m, boolean past) {
    return new Measured(
        m.quantity(),
        m.dimension(),
        m.value(),
        m.context(),
        m.next(),
        m.things(),
        m.scope(),
        m.years(),
        m.days(),
        m.weekdays(),
        m.names(),
        past);
  }

  private static Measured measure(
      AnalyzedArticle article,
      Quantity q,
      List<Words.Token> tokens,
      List<Quantity> all,
      List<DateMention> dates) {
    Set<String> names = inContext(article, q, tokens);
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
        if (next.isEmpty() && i > last && i <= last + NEXT_REACH) {
          next = Optional.of(t.form());
        }
      }
    }
    Set<LocalDate> days = new LinkedHashSet<>();
    dates.forEach(d -> d.value().ifPresent(days::add));
    return new Measured(
        q,
        dimension,
        value,
        List.copyOf(context),
        next,
        CountedThing.things(tokens, first, last, all, dates),
        CountedThing.scope(article, q, tokens, last),
        Set.copyOf(years),
        Set.copyOf(days),
        weekdays(dates),
        Set.copyOf(names),
        false);
  }

  /**
   * The days of the week of {@code dates}: of the resolved day, else of a weekday named in the text
   * ("On Saturday" in an article without a publication date).
   */
  private static Set<DayOfWeek> weekdays(List<DateMention> dates) {
    Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
    for (DateMention d : dates) {
      if (d.value().isPresent()) {
        weekdays.add(d.value().get().getDayOfWeek());
        continue;
      }
      for (Words.Token t : Words.tokens(d.text(), 0, d.text().length())) {
        for (DayOfWeek day : DayOfWeek.values()) {
          if (day.name().toLowerCase(Locale.ROOT).equals(t.form())) {
            weekdays.add(day);
          }
        }
      }
    }
    return Collections.unmodifiableSet(weekdays);
  }

  /** Whether {@code t} lies inside one of the quantities or dates. */
  static boolean inside(Words.Token t, List<Quantity> quantities, List<DateMention> dates) {
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
