package org.triangulate.corroborate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.DateMention;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Quantity;

/**
 * Reads what a quantity counts and over what it counts from the words of its sentence: the class of
 * the nearest word that names what is counted ({@code measured-things.txt}: "<b>killed</b> 612
 * people", "12 <b>arrested</b>"), and its scope, the first place name or country-wide phrase
 * ({@code scope-markers.txt}) after it in its clause ("20,000 marched in <b>Athens</b>", "100,000
 * took part in <b>nationwide</b> strikes").
 *
 * <p>Stateless and safe to share across threads.
 */
final class CountedThing {
  /** The scope of a quantity followed by a country-wide phrase. */
  static final String WIDE = "*wide*";

  /** A scope word or place must come within this many tokens after its quantity. */
  static final int SCOPE_REACH = 10;

  /** A class word after a quantity must come within this many tokens of it. */
  static final int THING_REACH = Statement.CONTEXT_WINDOW;

  private static final MeasuredThings THINGS = MeasuredThings.load("measured-things.txt");
  private static final Lexicon SCOPES = Lexicon.load("scope-markers.txt");

  /**
   * Words between a counting word and its number ("killed <b>at least</b> six", "home <b>to</b>
   * 120,000", "a town <b>of</b> 15,000").
   */
  private static final Set<String> BOUND_WORDS =
      Set.of(
          "at", "least", "more", "than", "about", "around", "some", "almost", "nearly", "over",
          "to", "of");

  /** Punctuation that ends the clause a scope is looked for in. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:—–]");

  private CountedThing() {}

  /**
   * The classes of what the quantity spanning tokens {@code first..last} counts: those of the word
   * right before it when it has any ("injuring 12"), else those of the first classed content word
   * after it, up to the next quantity or date; empty when no word names a class.
   */
  static Set<String> things(
      List<Words.Token> tokens,
      int first,
      int last,
      List<Quantity> quantities,
      List<DateMention> dates) {
    int before = first - 1;
    while (before >= 0
        && BOUND_WORDS.contains(tokens.get(before).form())
        && !Statement.inside(tokens.get(before), quantities, dates)) {
      before--;
    }
    if (before >= 0 && !THINGS.classes(tokens.get(before).form()).isEmpty()) {
      return THINGS.classes(tokens.get(before).form());
    }
    int to = Math.min(tokens.size(), last + 1 + THING_REACH);
    for (int i = last + 1; i < to; i++) {
      Words.Token t = tokens.get(i);
      if (Statement.inside(t, quantities, dates)) {
        break;
      }
      Set<String> classes = t.content() ? THINGS.classes(t.form()) : Set.of();
      if (!classes.isEmpty()) {
        return classes;
      }
    }
    return Set.of();
  }

  /**
   * The scope of the quantity that ends at token {@code last}: {@link #WIDE} or the folded name of
   * a place, whichever comes first after it within its clause; empty when neither does.
   */
  static Optional<String> scope(
      AnalyzedArticle article, Quantity q, List<Words.Token> tokens, int last) {
    String text = article.text();
    int to = Math.min(tokens.size(), last + 1 + SCOPE_REACH);
    List<Words.Token> after = tokens.subList(Math.min(last + 1, to), to);
    List<Integer> wide = SCOPES.matches(after);
    for (int k = 0; k < after.size(); k++) {
      Words.Token t = after.get(k);
      if (CLAUSE_END.matcher(text.substring(q.end(), t.start())).find()) {
        break;
      }
      if (wide.contains(k)) {
        return Optional.of(WIDE);
      }
      for (EntityMention mention : article.entities()) {
        if (mention.type() == EntityType.LOCATION && mention.start() == t.start()) {
          return Optional.of(EntityResolver.key(mention.name()));
        }
      }
    }
    return Optional.empty();
  }
}
