/**
 * Writes Triangulate's output: a whole {@link org.triangulate.model.Report} as the contract's JSON,
 * as a Markdown brief or as one self-contained HTML page ({@link
 * org.triangulate.report.ReportWriter}, chosen by {@link org.triangulate.report.ReportFormat}), and
 * the articles of {@code triangulate extract} as JSON Lines or JSON ({@link
 * org.triangulate.report.ArticleWriter}).
 *
 * <p>The JSON keys and their order are written in one place per contract object ({@code
 * ArticleJson}, {@code QuoteJson}, {@code QuantityJson}, {@code StoryJson}), never by reflection,
 * so that {@code spec/cli-and-report.md} can be checked against them. Every writer is stateless,
 * thread-safe and deterministic: the same report gives the same characters. Writers produce
 * characters; the caller encodes them as UTF-8 and closes the stream.
 */
package org.triangulate.report;
