package org.triangulate.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Speaker;
import org.triangulate.nlp.internal.Lexicon;

/**
 * Finds the turns of an interview transcript: paragraphs that open with a speaker's name in
 * capitals and a colon ({@code HOLLOWAY: We never agreed to that.}). Each turn is one quote of the
 * rest of its paragraph; the label resolves to the person (or untyped name) of the article whose
 * last name it is.
 *
 * <p>Immutable and thread-safe.
 */
final class TranscriptLabels {
  private static final Pattern TURN =
      Pattern.compile(
          "(?:^|\\n\\n)[“\"]?(?<label>\\p{Lu}[\\p{Lu}.’'-]+(?:[ ]\\p{Lu}[\\p{Lu}.’'-]+){0,2}):[ \\t]+"
              + "(?<content>[^\\n]+)");

  private final Set<String> notLabels = Lexicon.lowerSet("quote/not-speaker-labels.txt");

  /** The turns of {@code text}, in text order. */
  List<Draft> find(String text, List<EntityMention> entities) {
    List<Draft> out = new ArrayList<>();
    Matcher m = TURN.matcher(text);
    while (m.find()) {
      String label = m.group("label");
      if (notLabels.contains(label.toLowerCase(Locale.ROOT))) {
        continue;
      }
      Speaker speaker =
          new Speaker(
              label, m.start("label"), m.end("label"), Optional.of(resolve(label, entities)));
      String content = m.group("content");
      boolean direct = content.indexOf('“') >= 0 || content.indexOf('"') >= 0;
      out.add(
          new Draft(
              m.start("content"),
              m.end("content"),
              direct,
              Optional.of(":"),
              Optional.of(speaker)));
    }
    return out;
  }

  private static String resolve(String label, List<EntityMention> entities) {
    String last = label.substring(label.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    for (EntityMention e : entities) {
      String name = e.name().toLowerCase(Locale.ROOT);
      boolean person = e.type() == EntityType.PERSON || e.type() == EntityType.OTHER;
      if (person && name.contains(" ") && (name.endsWith(" " + last) || name.equals(last))) {
        return e.name();
      }
    }
    return label;
  }
}
