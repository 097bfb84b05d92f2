package org.triangulate.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;

/**
 * Resolves the mentions of one text to names: a later short form of a person's name ("Merkel", "von
 * der Leyen") takes the full name seen earlier ("Angela Merkel"), a transliteration variant
 * ("Kadhafi" after "Muammar Gaddafi") takes the spelling seen first (see {@link NameKey}), and a
 * name typed {@link EntityType#OTHER} takes the type it had earlier.
 *
 * <p>A short form resolves to a person's full name when it is typed a person, an organisation or
 * {@link EntityType#OTHER} (a lone surname is often mistyped), never when it is typed a place
 * ("Washington"). Only earlier mentions are looked at, so a mention of a person by surname alone
 * before the full name stays unresolved; later ones take the full name.
 *
 * <p>Immutable and thread-safe; build once (it reads its resources) and share.
 */
final class NameResolver {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final NameKey keys = new NameKey();

  List<EntityMention> resolve(String text, List<Candidate> candidates) {
    Map<String, String> names = new HashMap<>();
    Map<String, EntityType> types = new HashMap<>();
    List<EntityMention> out = new ArrayList<>();
    for (Candidate c : candidates) {
      String mention = text.substring(c.start(), c.end());
      String name = SPACE.matcher(mention).replaceAll(" ");
      String key = keys.of(name);
      EntityType type = c.type();
      String known = names.get(key);
      boolean resolved = known != null && compatible(type, types.get(known));
      if (resolved) {
        name = known;
        EntityType knownType = types.get(known);
        type = type == EntityType.OTHER || knownType == EntityType.PERSON ? knownType : type;
      }
      types.putIfAbsent(name, type);
      names.putIfAbsent(key, name);
      boolean maybePerson = type == EntityType.PERSON || type == EntityType.OTHER;
      if (maybePerson && !resolved && c.tokens().size() > 1) {
        for (int k = 1; k < c.tokens().size(); k++) {
          String part = text.substring(c.tokens().get(k).start(), c.end());
          String partKey = keys.of(part);
          String before = names.get(partKey);
          // a bare surname seen before the full name ("Holm" in a headline) now names the person
          boolean bare = before != null && keys.of(before).equals(partKey);
          if (Character.isLetter(part.charAt(0)) && part.length() > 1 && (before == null || bare)) {
            names.put(partKey, name);
          }
        }
      }
      out.add(new EntityMention(mention, c.start(), c.end(), type, name));
    }
    return List.copyOf(out);
  }

  private static boolean compatible(EntityType mention, EntityType known) {
    return mention == known
        || mention == EntityType.OTHER
        || known == EntityType.OTHER
        || (known == EntityType.PERSON && mention == EntityType.ORGANIZATION);
  }
}
