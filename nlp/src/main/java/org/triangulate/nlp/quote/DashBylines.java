package org.triangulate.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.Speaker;

/**
 * Finds quotes signed by a dash and a name, as in collected readers' or voters' voices: {@code “We
 * deserve better.” ― Dana Okafor}, one after another. Each such signed quote is one direct quote
 * whose speaker is the name after the dash.
 *
 * <p>Stateless and thread-safe.
 */
final class DashBylines {
  private static final Pattern LINE =
      Pattern.compile(
          "(?<=^|\\n|[ \\t])(?<quote>[“”\"][^―—\\n]+?[“”\"])[ \\t]*[―—][ \\t]*"
              + "(?<name>\\p{Lu}[\\p{L}.’'-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}.’'-]*|de|la|van|von)){0,4})"
              + "\\.?(?=[ \\t]*(?:[“”\"]|\\n|$))");

  private static final Pattern SIGNATURE = Pattern.compile("[”\"][ \\t]*[―—][ \\t]*\\p{Lu}");

  private DashBylines() {}

  /** The signed quotes of {@code text}, in text order. */
  static List<Draft> find(String text) {
    List<Draft> out = new ArrayList<>();
    if (!SIGNATURE.matcher(text).find()) {
      return out;
    }
    Matcher m = LINE.matcher(text);
    while (m.find()) {
      String name = m.group("name");
      int ns = m.start("name");
      int ne = name.endsWith(".") ? m.end("name") - 1 : m.end("name");
      String shown = text.substring(ns, ne);
      Speaker speaker = new Speaker(shown, ns, ne, Optional.of(shown));
      out.add(
          new Draft(
              m.start("quote"), m.end("quote"), true, Optional.of("―"), Optional.of(speaker)));
    }
    return out;
  }
}
