package org.triangulate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.DateMention;
import org.triangulate.model.EntityMention;
import org.triangulate.model.PublicationDate;
import org.triangulate.model.Quantity;
import org.triangulate.model.Quote;

/**
 * Writes a contract Article: {@code id, source, url, outlet, title, byline, published, language,
 * text, removed, entities, quotes, quantities, dates}, every key always present.
 *
 * <p>An entity mention is {@code {text, start, end, type, entity}} plus {@code name}, the name it
 * resolves to within its article; a date is {@code {text, start, end, value}}. Stateless and
 * thread-safe.
 */
final class ArticleJson {
  private ArticleJson() {}

  /** Writes an article that went through no language analysis: its analysis lists are empty. */
  static void write(JsonGenerator gen, Article article) throws IOException {
    write(
        gen,
        new AnalyzedArticle(article, List.of(), List.of(), List.of(), List.of(), List.of()),
        EntityIndex.empty());
  }

  /** Writes {@code analyzed}, resolving mentions and speakers to story entities. */
  static void write(JsonGenerator gen, AnalyzedArticle analyzed, EntityIndex entities)
      throws IOException {
    Article article = analyzed.article();
    gen.writeStartObject();
    gen.writeStringField("id", article.id());
    gen.writeStringField("source", article.source());
    JsonOutput.stringOrNull(gen, "url", article.url());
    JsonOutput.stringOrNull(gen, "outlet", article.outlet());
    JsonOutput.stringOrNull(gen, "title", article.title());
    JsonOutput.strings(gen, "byline", article.byline());
    JsonOutput.stringOrNull(gen, "published", article.published().map(PublicationDate::toString));
    gen.writeStringField("language", article.language());
    gen.writeStringField("text", article.text());
    JsonOutput.strings(gen, "removed", article.removed());

    gen.writeArrayFieldStart("entities");
    for (EntityMention mention : analyzed.entities()) {
      writeMention(gen, article.id(), mention, entities);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("quotes");
    for (Quote quote : analyzed.quotes()) {
      QuoteJson.write(gen, article.id(), quote, entities);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("quantities");
    for (Quantity quantity : analyzed.quantities()) {
      QuantityJson.write(gen, quantity);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("dates");
    for (DateMention date : analyzed.dates()) {
      writeDate(gen, date);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeMention(
      JsonGenerator gen, String article, EntityMention mention, EntityIndex entities)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("text", mention.text());
    gen.writeNumberField("start", mention.start());
    gen.writeNumberField("end", mention.end());
    gen.writeStringField("type", mention.type().name());
    JsonOutput.stringOrNull(
        gen, "entity", entities.mention(article, mention.start(), mention.end()));
    gen.writeStringField("name", mention.name());
    gen.writeEndObject();
  }

  private static void writeDate(JsonGenerator gen, DateMention date) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("text", date.text());
    gen.writeNumberField("start", date.start());
    gen.writeNumberField("end", date.end());
    JsonOutput.stringOrNull(gen, "value", date.value().map(LocalDate::toString));
    gen.writeEndObject();
  }
}
