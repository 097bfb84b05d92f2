package org.triangulate.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Counts the characters of an element's text, and those inside links, without building the text:
 * each run of white space counts as one character, as in {@link Element#text()} (give or take the
 * spaces at block edges). Stateless.
 */
final class TextLength {
  private TextLength() {}

  /** About {@code e.text().length()}. */
  static int of(Element e) {
    return count(e)[0];
  }

  /** The share of an element's text that is inside links, from 0 to 1. */
  static double linkDensity(Element e) {
    int[] counts = count(e);
    return counts[0] == 0 ? 0 : Math.min(1, (double) counts[1] / counts[0]);
  }

  /** {all characters, characters inside links}. */
  static int[] count(Element root) {
    int[] counts = new int[2];
    int[] linkDepth = {0};
    root.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              int length = squeezedLength(text.getWholeText());
              counts[0] += length;
              if (linkDepth[0] > 0) {
                counts[1] += length;
              }
            } else if (node instanceof Element e && e.normalName().equals("a")) {
              linkDepth[0]++;
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.normalName().equals("a")) {
              linkDepth[0]--;
            }
          }
        });
    return counts;
  }

  private static int squeezedLength(String text) {
    int length = 0;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0') {
        space = true;
      } else {
        length += space ? 2 : 1;
        space = false;
      }
    }
    return length + (space ? 1 : 0);
  }
}
