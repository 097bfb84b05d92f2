package org.triangulate.ingest.text;

import java.util.ArrayList;
import java.util.List;

/** One non-blank line of pasted text, with the paragraph it belongs to. Mutable; confined. */
final class Line {
  /** The line stripped, inner whitespace runs made one space. */
  final String text;

  /** The line stripped only: runs of spaces still separate a menu's items. */
  final String spaced;

  final int paragraph;
  boolean kept = true;

  private Line(String text, String spaced, int paragraph) {
    this.text = text;
    this.spaced = spaced;
    this.paragraph = paragraph;
  }

  /**
   * Splits text into stripped non-blank lines. Blank lines separate paragraphs; when the text has
   * no blank line between two non-blank ones, every line is its own paragraph.
   */
  static List<Line> split(String content) {
    String[] raw =
        content.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ').split("\n");
    boolean blankSeparated = false;
    boolean seenText = false;
    boolean blankAfterText = false;
    for (String line : raw) {
      if (line.isBlank()) {
        blankAfterText = seenText;
      } else {
        blankSeparated |= blankAfterText;
        seenText = true;
      }
    }
    List<Line> lines = new ArrayList<>();
    int paragraph = 0;
    boolean pendingBreak = false;
    for (String line : raw) {
      String spaced = line.strip();
      String text = spaced.replaceAll("\\s+", " ");
      if (text.isEmpty()) {
        pendingBreak = true;
        continue;
      }
      if (!lines.isEmpty() && (pendingBreak || !blankSeparated)) {
        paragraph++;
      }
      pendingBreak = false;
      lines.add(new Line(text, spaced, paragraph));
    }
    return lines;
  }

  /** The kept lines as paragraphs, lines joined with a space, paragraphs with a blank line. */
  static String join(List<Line> lines) {
    StringBuilder out = new StringBuilder();
    int paragraph = -1;
    for (Line line : lines) {
      if (!line.kept) {
        continue;
      }
      if (out.length() > 0) {
        out.append(line.paragraph == paragraph ? " " : "\n\n");
      }
      out.append(line.text);
      paragraph = line.paragraph;
    }
    return out.toString();
  }
}
