package org.triangulate.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a subtree into text blocks: each block-level element (paragraph, heading, list item,
 * quote...) and each run of text between {@code <br>}s gives one block. Stateless.
 */
final class Blocks {
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "dl",
          "dd",
          "dt",
          "blockquote",
          "pre",
          "table",
          "thead",
          "tbody",
          "tr",
          "td",
          "th",
          "figure",
          "header",
          "footer",
          "aside",
          "nav",
          "address",
          "center",
          "br",
          "hr",
          "body",
          "form",
          "fieldset",
          "details",
          "summary",
          "caption",
          "figcaption");

  /**
   * One block of text, the element it came from and how many of its characters sit inside links.
   */
  record Block(String text, Element owner, int linkChars) {
    /** The share of the text inside links, from 0 to 1. */
    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1, (double) linkChars / text.length());
    }
  }

  private Blocks() {}

  /** The blocks of {@code root}, in document order, leaving out the subtrees in {@code skip}. */
  static List<Block> of(Element root, Set<Element> skip) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Element[] owner = {root};
    int[] links = {0, 0}; // open <a> depth, link characters in the current block
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && node != root && skip.contains(e)) {
              flush(current, owner[0], blocks, links);
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode text) {
              String t = text.text();
              current.append(t);
              if (links[0] > 0) {
                links[1] += t.strip().length();
              }
            } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
              flush(current, owner[0], blocks, links);
              owner[0] = e;
            } else if (node instanceof Element e && e.normalName().equals("a")) {
              links[0]++;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
              flush(current, owner[0], blocks, links);
              owner[0] = e;
            } else if (node instanceof Element e && e.normalName().equals("a")) {
              links[0]--;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush(current, owner[0], blocks, links);
    return blocks;
  }

  private static void flush(StringBuilder current, Element owner, List<Block> blocks, int[] links) {
    String text = squeezeSpaces(current);
    current.setLength(0);
    if (!text.isEmpty()) {
      blocks.add(new Block(text, owner, links[1]));
    }
    links[1] = 0;
  }

  /** The text with each run of white space (and no-break spaces) made one space, trimmed. */
  static String squeezeSpaces(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int n = raw.length();
    int i = 0;
    while (i < n) {
      while (i < n && isSpace(raw.charAt(i))) {
        i++;
      }
      int word = i;
      while (i < n && !isSpace(raw.charAt(i))) {
        i++;
      }
      if (i > word) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(raw, word, i);
      }
    }
    return out.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f';
  }
}
