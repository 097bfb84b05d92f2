package org.triangulate.report;

import java.util.Locale;

/** The forms a report can be written in: JSON for programs, Markdown and HTML for people. */
public enum ReportFormat {
  /** The contract's JSON (see {@code spec/cli-and-report.md}). */
  JSON("json"),
  /** A Markdown brief per story. */
  MARKDOWN("md"),
  /** One self-contained HTML file. */
  HTML("html");

  private final String flag;

  ReportFormat(String flag) {
    this.flag = flag;
  }

  /** The name used on the command line: {@code json}, {@code md} or {@code html}. */
  public String flag() {
    return flag;
  }

  /**
   * Reads a format name as given on the command line.
   *
   * @param name {@code json}, {@code md} or {@code html}, in any case
   * @return the format
   * @throws IllegalArgumentException when {@code name} is none of those; the message names the
   *     value and the choices
   */
  public static ReportFormat parse(String name) {
    if (name != null) {
      String wanted = name.toLowerCase(Locale.ROOT);
      for (ReportFormat format : values()) {
        if (format.flag.equals(wanted)) {
          return format;
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown report format '" + name + "': choose one of json, md, html");
  }
}
