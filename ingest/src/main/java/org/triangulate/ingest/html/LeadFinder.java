package org.triangulate.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.triangulate.ingest.internal.ResourceLines;

/**
 * Finds an article's lead that sits before the chosen main content, outside it: a block named as a
 * lead ({@code lead-attributes.txt}) among the preceding siblings of the content and of its nearest
 * ancestors, or a prose paragraph right before it. Thread-safe; it remembers its verdicts on class
 * and id tokens between pages (a bounded cache), which changes no result.
 */
final class LeadFinder {
  private static final int MAX_LEVELS = 4;
  private static final int MAX_SIBLINGS = 8;
  private static final int MIN_LEAD = 120;
  private static final int MAX_LEAD = 1500;
  private static final int MIN_PARAGRAPH = 80;
  private static final double MAX_LINKS = 0.3;
  private static final int MAX_DEPTH = 3;

  private final Pattern names = ResourceLines.union(LeadFinder.class, "lead-attributes.txt", 0);
  // Verdicts on class and id tokens, as in HtmlExtractor: they recur on every page of a site.
  private final Map<String, Boolean> seen = new ConcurrentHashMap<>();

  /** The lead blocks before {@code first}, in document order; empty when there is none. */
  List<Element> before(Element first, Element body) {
    HtmlExtractor.forgetIfFull(seen);
    List<Element> found = new ArrayList<>();
    int total = 0;
    Element child = first;
    for (int level = 0; level < MAX_LEVELS; level++) {
      Element parent = child.parent();
      if (parent == null || parent == body) {
        break;
      }
      int looked = 0;
      for (Element s = child.previousElementSibling();
          s != null && looked < MAX_SIBLINGS;
          s = s.previousElementSibling(), looked++) {
        Element lead = lead(s, level == 0);
        int length = lead == null ? 0 : TextLength.of(lead);
        if (lead != null && total + length <= MAX_LEAD) {
          found.add(0, lead);
          total += length;
        }
      }
      child = parent;
    }
    return found;
  }

  /** {@code e} or its first descendant named as a lead and reading as prose, else null. */
  private Element lead(Element e, boolean nextToContent) {
    if (nextToContent && e.normalName().equals("p") && prose(e, MIN_PARAGRAPH)) {
      return e;
    }
    return named(e, 0);
  }

  /** The first element at most {@value #MAX_DEPTH} levels down named as a lead, else null. */
  private Element named(Element e, int depth) {
    if (HtmlExtractor.matches(names, e, seen) && prose(e, MIN_LEAD)) {
      return e;
    }
    if (depth < MAX_DEPTH) {
      for (Element child : e.children()) {
        Element found = named(child, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean prose(Element e, int minLength) {
    int length = TextLength.of(e);
    return length >= minLength && length <= MAX_LEAD && TextLength.linkDensity(e) < MAX_LINKS;
  }
}
