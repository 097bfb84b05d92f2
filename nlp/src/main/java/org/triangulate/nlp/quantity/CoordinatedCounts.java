package org.triangulate.nlp.quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Measure;
import org.triangulate.model.Quantity;
import org.triangulate.model.ValueBound;
import org.triangulate.nlp.internal.Lexicon;

/**
 * Sums a group that a count splits into kinds of people: "two women and a man" are three people, "a
 * man and two women" too, "three men and two children" five. Without the sum, "two women" would
 * stand for the whole group and disagree with another outlet's "three people".
 *
 * <p>Only the kinds in {@code quantity/person-kinds.tsv} (men, women, children, ...) are summed, so
 * "three killed and two injured" stay two counts. Stateless apart from its tables; thread-safe.
 */
final class CoordinatedCounts {
  private final Map<String, String> singularOf = new HashMap<>();
  private final Pattern singularAfter;
  private final Pattern singularBefore;
  private final Pattern and = Pattern.compile("\\s+and\\s+");

  CoordinatedCounts() {
    for (String[] row : Lexicon.table("quantity/person-kinds.tsv")) {
      singularOf.put(row[0], row[1]);
    }
    String singular = String.join("|", singularOf.values());
    String one = "(?:an?|one)\\s+(?:\\p{L}+\\s+)?(?:" + singular + ")\\b";
    singularAfter = Pattern.compile("\\s+and\\s+" + one, Pattern.CASE_INSENSITIVE);
    singularBefore = Pattern.compile("\\b" + one + "\\s+and\\s+$", Pattern.CASE_INSENSITIVE);
  }

  /** {@code counts} with each split group summed into one count; other quantities unchanged. */
  List<Quantity> sum(String text, List<Quantity> counts) {
    List<Quantity> out = new ArrayList<>();
    int covered = 0;
    for (int i = 0; i < counts.size(); i++) {
      Quantity q = counts.get(i);
      if (!isKind(q)) {
        out.add(q);
        covered = q.end();
        continue;
      }
      int start = q.start();
      int end = q.end();
      double amount = q.amount();
      Matcher before = singularBefore.matcher(text).region(Math.max(covered, start - 40), start);
      if (before.find()) {
        start = before.start();
        amount += 1;
      }
      while (true) {
        Matcher after = singularAfter.matcher(text).region(end, text.length());
        if (i + 1 < counts.size()
            && isKind(counts.get(i + 1))
            && and.matcher(text).region(end, counts.get(i + 1).start()).matches()) {
          i++;
          amount += counts.get(i).amount();
          end = counts.get(i).end();
        } else if (after.lookingAt()) {
          end = after.end();
          amount += 1;
        } else {
          break;
        }
      }
      out.add(start == q.start() && end == q.end() ? q : summed(text, q, start, end, amount));
      covered = end;
    }
    return out;
  }

  private boolean isKind(Quantity q) {
    if (!q.unit().equals("person")) {
      return false;
    }
    String text = q.text().toLowerCase(Locale.ROOT);
    int space = text.lastIndexOf(' ');
    return singularOf.containsKey(text.substring(space + 1));
  }

  private static Quantity summed(String text, Quantity first, int start, int end, double amount) {
    ValueBound bound = first.bound() == ValueBound.RANGE ? ValueBound.EXACT : first.bound();
    return new Quantity(
        text.substring(start, end),
        start,
        end,
        amount,
        "person",
        Optional.of(new Measure(amount, "people")),
        bound,
        Optional.empty(),
        Optional.empty());
  }
}
