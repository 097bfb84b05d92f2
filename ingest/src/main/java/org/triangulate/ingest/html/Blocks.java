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

  /** One block of text and the element it came from. */
  record Block(String text, Element owner) {}

  private Blocks() {}

  /** The blocks of {@code root}, in document order, leaving out the subtrees in {@code skip}. */
  static List<Block> of(Element root, Set<Element> skip) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Element[] owner = {root};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && node != root && skip.contains(e)) {
              flush(current, owner[0], blocks);
              return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode text) {
              current.append(text.text());
            } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
              flush(current, owner[0], blocks);
              owner[0] = e;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
              flush(current, owner[0], blocks);
              owner[0] = e;
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    flush(current, owner[0], blocks);
    return blocks;
  }

  private static void flush(StringBuilder current, Element owner, List<Block> blocks) {
    String text = current.toString().replaceAll("[\\s\u00a0]+", " ").strip();
    current.setLength(0);
    if (!text.isEmpty()) {
      blocks.add(new Block(text, owner));
    }
  }
}
