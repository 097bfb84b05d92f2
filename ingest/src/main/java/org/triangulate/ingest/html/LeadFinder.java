package org.triangulate.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.triangulate.ingest.internal.ResourceLines;

/**
 * Finds an article's lead that sits before the chosen main content, outside it: a block named as a
 * lead ({@code lead-attributes.txt}) among the preceding siblings of the content and of its nearest
 * ancestors, or a prose paragraph right before it. Immutable and thread-safe.
 */
final class LeadFinder {
  private static final int MAX_LEVELS = 4;
  private static final int MAX_SIBLINGS = 8;
  private static final int MIN_LEAD = 120;
  private static final int MAX_LEAD = 1500;
  private static final int MIN_PARAGRAPH = 80;
  private static final double MAX_LINKS = 0.3;

  private final Pattern names = ResourceLines.union(LeadFinder.class, "lead-attributes.txt", 0);

  /** The lead blocks before {@code first}, in document order; empty when there is none. */
  List<Element> before(Element first, Element body) {
    List<Element> found = new ArrayList<>();
    int total = 0;
    Element child = first;
    for (int level = 0; level < MAX_LEVELS; level++) {
      Element parent = child.parent();
      if (parent == null || parent == body) {
        break;
      }
      int seen = 0;
      for (Element s = child.previousElementSibling();
          s != null && seen < MAX_SIBLINGS;
          s = s.previousElementSibling(), seen++) {
        Element lead = lead(s, level == 0);
        if (lead != null && total + TextLength.of(lead) <= MAX_LEAD) {
          found.add(0, lead);
          total += TextLength.of(lead);
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
    for (Element d : e.getAllElements()) {
      if (named(d) && prose(d, MIN_LEAD)) {
        return d;
      }
    }
    return null;
  }

  private boolean named(Element e) {
    for (String token : e.classNames()) {
      if (names.matcher(token.toLowerCase(Locale.ROOT)).find()) {
        return true;
      }
    }
    return !e.id().isEmpty() && names.matcher(e.id().toLowerCase(Locale.ROOT)).find();
  }

  private static boolean prose(Element e, int minLength) {
    int length = TextLength.of(e);
    return length >= minLength && length <= MAX_LEAD && TextLength.linkDensity(e) < MAX_LINKS;
  }
}
