package org.triangulate.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.nlp.entity.RuleEntityRecognizer.Candidate;

/**
 * Resolves the mentions of one text to names: a later short form of a person's name ("Merkel", "von
 * der Leyen") takes the full name seen earlier ("Angela Merkel"), and a name typed {@link
 * EntityType#OTHER} takes the type it had earlier.
 *
 * <p>Stateless and thread-safe. Only earlier mentions are looked at, so the first mention of a
 * person by surname alone stays unresolved.
 */
final class NameResolver {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private NameResolver() {}

  static List<EntityMention> resolve(String text, List<Candidate> candidates) {
    Map<String, String> fullNames = new HashMap<>();
    Map<String, EntityType> types = new HashMap<>();
    List<EntityMention> out = new ArrayList<>();
    for (Candidate c : candidates) {
      String mention = text.substring(c.start(), c.end());
      String name = SPACE.matcher(mention).replaceAll(" ");
      EntityType type = c.type();
      String full = fullNames.get(name);
      if (full != null && (type == EntityType.PERSON || type == EntityType.OTHER)) {
        name = full;
        type = types.get(full) == EntityType.PERSON ? EntityType.PERSON : type;
      }
      if (type == EntityType.OTHER) {
        type = types.getOrDefault(name, EntityType.OTHER);
      }
      types.putIfAbsent(name, type);
      boolean maybePerson = type == EntityType.PERSON || type == EntityType.OTHER;
      if (maybePerson && full == null && c.tokens().size() > 1) {
        for (int k = 1; k < c.tokens().size(); k++) {
          String key =
              SPACE.matcher(text.substring(c.tokens().get(k).start(), c.end())).replaceAll(" ");
          if (Character.isLetter(key.charAt(0)) && key.length() > 1) {
            fullNames.putIfAbsent(key, name);
          }
        }
      }
      out.add(new EntityMention(mention, c.start(), c.end(), type, name));
    }
    return List.copyOf(out);
  }
}
