package org.triangulate.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses the elements that hold a page's main text by text density, in the manner of Readability:
 * each paragraph scores by its length and commas, the score flows to its parent (fully),
 * grandparent (half) and great-grandparent (a third); a container's score is reduced by its link
 * density; the best container wins, with those siblings that score well or are plain paragraphs. A
 * div holding only inline text scores for its parent, like a paragraph; an article-like class name
 * counts in full only for a container of {@value #NAMED_BOX} characters or more, so that a small
 * "article-meta" box does not beat the prose. Stateless.
 */
final class MainContent {
  private static final int MIN_PARAGRAPH = 25;

  private static final double JUNK_WEIGHT = 2;
  private static final int PROSE_BLOCK = 80;
  private static final int NAMED_BOX = 500;
  private static final double NAME_BONUS = 25;
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> TEXT_CONTAINERS =
      Set.of("div", "section", "article", "main", "span", "font", "center");
  private static final Pattern POSITIVE =
      Pattern.compile("(?i)article|body|content|entry|main|post|text|blog|story|prose|rich-?text");
  private static final Pattern NEGATIVE =
      Pattern.compile("(?i)comment|disqus|reply|sidebar|related|footer|widget|promo|popular");
  private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

  private MainContent() {}

  /** The elements of the main content, in document order; {@code body} itself when unsure. */
  static List<Element> choose(Element body) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      String tag = e.normalName();
      String text;
      if (PARAGRAPH_TAGS.contains(tag)) {
        text = e.text();
      } else if (TEXT_CONTAINERS.contains(tag)) {
        text = e.ownText();
      } else {
        continue;
      }
      if (text.length() < MIN_PARAGRAPH) {
        continue;
      }
      double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
      Element holder = PARAGRAPH_TAGS.contains(tag) || !hasBlockChild(e) ? e.parent() : e;
      double share = 1;
      for (int level = 0; level < 3 && holder != null; level++) {
        if (!scores.containsKey(holder)) {
          scores.put(holder, initialScore(holder));
        }
        scores.merge(holder, score / share, Double::sum);
        share++;
        if (holder == body) {
          break;
        }
        holder = holder.parent();
      }
    }
    Element top = null;
    double best = 0;
    for (Element e : body.getAllElements()) {
      Double score = scores.get(e);
      if (score == null) {
        continue;
      }
      int[] counts = TextLength.count(e);
      if (named(e)) {
        score -= NAME_BONUS * Math.max(0, 1 - counts[0] / (double) NAMED_BOX);
      }
      double density = counts[0] == 0 ? 0 : Math.min(1, (double) counts[1] / counts[0]);
      double adjusted = score * (1 - density);
      scores.put(e, adjusted);
      if (adjusted > best) {
        best = adjusted;
        top = e;
      }
    }
    if (top == null || top == body || top.parent() == null) {
      return List.of(body);
    }
    Element widened = widen(top, body);
    return widened == top ? withSiblings(top, best, scores) : List.of(widened);
  }

  /**
   * The ancestor of {@code top} (or {@code top} itself) that holds the most prose for the least
   * other text: an article split over several sibling containers (a page builder's blocks, a lead
   * and a body) is found whole. Prose is a block of {@value #PROSE_BLOCK} characters or more with
   * few links; other text counts against an ancestor {@value #JUNK_WEIGHT} times.
   */
  private static Element widen(Element top, Element body) {
    Map<Element, int[]> sums = new IdentityHashMap<>(); // {prose characters, all characters}
    Map<Element, Boolean> negative = new IdentityHashMap<>();
    for (Blocks.Block block : Blocks.of(body, Set.of())) {
      int length = block.text().length();
      boolean prose = length >= PROSE_BLOCK && block.linkDensity() < 0.3;
      for (Element e = block.owner(); e != null; e = e.parent()) {
        if (prose && e != top && negative.computeIfAbsent(e, MainContent::isNegative)) {
          prose = false; // prose in a comment or sidebar box counts against what holds the box
        }
        int[] sum = sums.computeIfAbsent(e, k -> new int[2]);
        sum[0] += prose ? length : 0;
        sum[1] += length;
        if (e == body) {
          break;
        }
      }
    }
    Element chosen = top;
    double best = value(sums.get(top));
    for (Element e = top.parent(); e != null; e = e.parent()) {
      double value = value(sums.get(e));
      if (value > best) {
        best = value;
        chosen = e;
      }
      if (e == body) {
        break;
      }
    }
    return chosen;
  }

  private static boolean isNegative(Element e) {
    return NEGATIVE.matcher(e.className()).find() || NEGATIVE.matcher(e.id()).find();
  }

  private static double value(int[] sum) {
    return sum == null ? 0 : sum[0] - JUNK_WEIGHT * (sum[1] - sum[0]);
  }

  private static List<Element> withSiblings(Element top, double best, Map<Element, Double> scores) {
    double threshold = Math.max(10, best * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : top.parent().children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      Double score = scores.get(sibling);
      if (score != null && score >= threshold) {
        parts.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        String text = sibling.text();
        double links = TextLength.linkDensity(sibling);
        if (text.length() > 80 && links < 0.25
            || text.length() > 0 && links == 0 && SENTENCE_END.matcher(text).find()) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  private static double initialScore(Element e) {
    double score =
        switch (e.normalName()) {
          case "article" -> 10;
          case "div", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String names = e.className() + " " + e.id();
    if (named(e)) {
      score += NAME_BONUS;
    }
    if (NEGATIVE.matcher(names).find()) {
      score -= 25;
    }
    if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
      score += 25;
    }
    return score;
  }

  /** Whether a container holds block elements: else it is a paragraph written as a div. */
  private static boolean hasBlockChild(Element e) {
    for (Element child : e.children()) {
      if (Blocks.BLOCK_TAGS.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the class or id reads as an article's container ("post-body", "entry-content"). */
  private static boolean named(Element e) {
    return POSITIVE.matcher(e.className() + " " + e.id()).find();
  }

  private static int commas(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '\uff0c' || c == '\u060c' || c == '\u3001') {
        count++;
      }
    }
    return count;
  }
}
