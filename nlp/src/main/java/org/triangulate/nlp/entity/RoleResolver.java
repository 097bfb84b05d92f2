package org.triangulate.nlp.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.triangulate.model.EntityMention;
import org.triangulate.model.EntityType;
import org.triangulate.model.Sentence;
import org.triangulate.nlp.internal.Lexicon;

/**
 * Adds the mentions of a person by role within one text: after "Commission President Ursula von der
 * Leyen" or "Ursula von der Leyen, the Commission president,", a later "the Commission president"
 * (or "the president") is a mention of Ursula von der Leyen.
 *
 * <p>A person is introduced with a role by up to four words ending in a listed role noun ({@code
 * entity/role-nouns.txt}) just before the name, or by an appositive after it. Each tail of those
 * words that ends in the role noun ("european commission president", "commission president",
 * "president") then names the person most recently introduced with it. A later "the" + words + role
 * noun takes the longest such tail that is known; the mention is that tail, without "the", and lies
 * within one sentence. A role followed by "of" ("the president of Velden") names someone else and
 * is left alone, as is a role that overlaps a mention partly; mentions lying inside the role phrase
 * are replaced by it.
 *
 * <p>Immutable and thread-safe; build once (it reads its resources) and share.
 */
final class RoleResolver {
  private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}][\\p{L}'’.-]*)\\s+$");
  private static final int MAX_WORDS = 4;
  private static final int LOOK_BACK = 80;

  private final List<String> roleNouns;
  private final Pattern appositive;
  private final Pattern reference;

  private record Introduction(int at, String name) {}

  RoleResolver() {
    roleNouns = Lexicon.lowerSet("entity/role-nouns.txt").stream().sorted().toList();
    String roles =
        roleNouns.stream()
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    String words = "(?:(?!the\\b)[\\p{L}][\\p{L}'’-]*\\s+){0," + (MAX_WORDS - 1) + "}";
    appositive =
        Pattern.compile(
            "^,\\s+(?:the\\s+)?(" + words + "(?:" + roles + "))(?=\\s*[,.;:)]|\\s+(?:who|and)\\b)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    reference =
        Pattern.compile(
            "\\bthe\\s+(" + words + "(?:" + roles + "))\\b(?!\\s+of\\b)(?![-'’])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  List<EntityMention> resolve(String text, List<Sentence> sentences, List<EntityMention> mentions) {
    Map<String, List<Introduction>> introduced = introductions(text, mentions);
    if (introduced.isEmpty()) {
      return mentions;
    }
    Set<Integer> starts = new HashSet<>();
    for (EntityMention e : mentions) {
      starts.add(e.start());
    }
    List<EntityMention> out = new ArrayList<>(mentions);
    Matcher m = reference.matcher(text);
    while (m.find()) {
      if (starts.contains(skipSpace(text, m.end(1)))) {
        continue; // "the President Ana Ruiz": a title, not a reference
      }
      String[] words = m.group(1).split("\\s+");
      int start = m.start(1);
      for (int k = 0; k < words.length; k++) {
        String tail = String.join(" ", List.of(words).subList(k, words.length));
        String name = latest(introduced.get(tail.toLowerCase(Locale.ROOT)), start);
        int from = text.indexOf(words[k], start);
        if (name != null && within(sentences, from, m.end(1))) {
          add(
              out,
              new EntityMention(
                  text.substring(from, m.end(1)), from, m.end(1), EntityType.PERSON, name));
          break;
        }
        start = from + words[k].length();
      }
    }
    return List.copyOf(out);
  }

  private static boolean within(List<Sentence> sentences, int from, int to) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (s.end() <= from) {
        lo = mid + 1;
      } else if (s.start() > from) {
        hi = mid - 1;
      } else {
        return s.contains(from, to);
      }
    }
    return false;
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private Map<String, List<Introduction>> introductions(String text, List<EntityMention> mentions) {
    Map<String, List<Introduction>> out = new HashMap<>();
    for (EntityMention e : mentions) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      List<String> before = wordsBefore(text, e.start());
      int role = before.size() - 1;
      if (role >= 0 && roleNouns.contains(before.get(role).toLowerCase(Locale.ROOT))) {
        register(out, before, e);
      }
      Matcher a = appositive.matcher(text).region(e.end(), Math.min(text.length(), e.end() + 80));
      if (a.find()) {
        register(out, List.of(a.group(1).split("\\s+")), e);
      }
    }
    return out;
  }

  /** Up to {@value #MAX_WORDS} words just before {@code at}, in text order, stopping at "the". */
  private static List<String> wordsBefore(String text, int at) {
    List<String> words = new ArrayList<>();
    int end = at;
    while (words.size() < MAX_WORDS) {
      Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, end - LOOK_BACK), end));
      if (!w.find() || w.group(1).equalsIgnoreCase("the") || w.group(1).equalsIgnoreCase("a")) {
        break;
      }
      words.add(0, w.group(1));
      end = end - (w.end() - w.start());
    }
    return words;
  }

  private static void register(
      Map<String, List<Introduction>> out, List<String> words, EntityMention e) {
    for (int k = 0; k < words.size(); k++) {
      String tail = String.join(" ", words.subList(k, words.size())).toLowerCase(Locale.ROOT);
      out.computeIfAbsent(tail, t -> new ArrayList<>()).add(new Introduction(e.end(), e.name()));
    }
  }

  private static String latest(List<Introduction> list, int before) {
    String name = null;
    if (list != null) {
      for (Introduction i : list) {
        if (i.at() <= before) {
          name = i.name();
        }
      }
    }
    return name;
  }

  /**
   * Adds {@code role} in order, replacing the mentions inside it; skips it on a partial overlap.
   */
  private static void add(List<EntityMention> out, EntityMention role) {
    List<EntityMention> inside = new ArrayList<>();
    int at = 0;
    for (EntityMention e : out) {
      boolean overlaps = e.start() < role.end() && role.start() < e.end();
      if (overlaps && (e.start() < role.start() || e.end() > role.end())) {
        return;
      }
      if (overlaps) {
        inside.add(e);
      }
      if (e.end() <= role.start()) {
        at++;
      }
    }
    out.removeAll(inside);
    out.add(at, role);
  }
}
