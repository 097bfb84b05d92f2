package org.triangulate.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.triangulate.model.Brief;
import org.triangulate.model.Claim;
import org.triangulate.model.Conflict;
import org.triangulate.model.Coverage;
import org.triangulate.model.Evidence;
import org.triangulate.model.Fact;
import org.triangulate.model.NearDuplicate;
import org.triangulate.model.QuoteGroup;
import org.triangulate.model.Stance;
import org.triangulate.model.Story;
import org.triangulate.model.StoryEntity;
import org.triangulate.model.SummarySentence;
import org.triangulate.model.TimelineEvent;

/**
 * Writes a contract Story from a {@link Brief}: {@code id, title, articles, entities, quoteGroups,
 * facts, conflicts, stances, timeline, summary, coverage}, every key always present.
 *
 * <p>Beyond the contract it writes a story's {@code first} and {@code last} publication day and its
 * {@code duplicates} (each copy with the article it copies and their similarity), after {@code
 * articles}, and each claim's and piece of evidence's {@code start} and {@code end} in its
 * article's text (after the contract's keys). Stateless and thread-safe.
 */
final class StoryJson {
  private StoryJson() {}

  /** Writes the story of {@code brief} with everything the brief compares. */
  static void write(JsonGenerator gen, Brief brief) throws IOException {
    Story story = brief.story();
    gen.writeStartObject();
    gen.writeStringField("id", story.id());
    gen.writeStringField("title", story.title());
    JsonOutput.strings(gen, "articles", story.articles());
    JsonOutput.stringOrNull(gen, "first", story.first().map(LocalDate::toString));
    JsonOutput.stringOrNull(gen, "last", story.last().map(LocalDate::toString));
    gen.writeArrayFieldStart("duplicates");
    for (NearDuplicate copy : story.duplicates()) {
      gen.writeStartObject();
      gen.writeStringField("article", copy.article());
      gen.writeStringField("copyOf", copy.copyOf());
      gen.writeNumberField("similarity", Math.round(copy.similarity() * 1000) / 1000.0);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("entities");
    for (StoryEntity entity : brief.entities()) {
      writeEntity(gen, entity);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("quoteGroups");
    for (QuoteGroup group : brief.quoteGroups()) {
      writeQuoteGroup(gen, group);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("facts");
    for (Fact fact : brief.facts()) {
      writeFact(gen, fact);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("conflicts");
    for (Conflict conflict : brief.conflicts()) {
      writeConflict(gen, conflict);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("stances");
    for (Stance stance : brief.stances()) {
      writeStance(gen, stance);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("timeline");
    for (TimelineEvent event : brief.timeline()) {
      gen.writeStartObject();
      gen.writeStringField("date", event.date().toString());
      gen.writeStringField("text", event.text());
      JsonOutput.strings(gen, "articles", event.articles());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("summary");
    for (SummarySentence sentence : brief.summary()) {
      gen.writeStartObject();
      gen.writeStringField("text", sentence.text());
      JsonOutput.strings(gen, "articles", sentence.articles());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("coverage");
    for (Coverage coverage : brief.coverage()) {
      writeCoverage(gen, coverage);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeEntity(JsonGenerator gen, StoryEntity entity) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", entity.id());
    gen.writeStringField("name", entity.name());
    gen.writeStringField("type", entity.type().name());
    JsonOutput.strings(gen, "aliases", entity.aliases());
    JsonOutput.strings(gen, "articles", entity.articles());
    gen.writeEndObject();
  }

  private static void writeQuoteGroup(JsonGenerator gen, QuoteGroup group) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", group.id());
    JsonOutput.stringOrNull(gen, "speaker", group.speaker());
    JsonOutput.strings(gen, "quotes", group.quotes());
    JsonOutput.strings(gen, "articles", group.articles());
    gen.writeEndObject();
  }

  private static void writeFact(JsonGenerator gen, Fact fact) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", fact.id());
    gen.writeStringField("statement", fact.statement());
    gen.writeStringField("status", fact.status().label());
    writeClaims(gen, fact.claims());
    gen.writeEndObject();
  }

  private static void writeConflict(JsonGenerator gen, Conflict conflict) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", conflict.id());
    gen.writeStringField("about", conflict.about());
    writeClaims(gen, conflict.claims());
    gen.writeEndObject();
  }

  private static void writeClaims(JsonGenerator gen, List<Claim> claims) throws IOException {
    gen.writeArrayFieldStart("claims");
    for (Claim claim : claims) {
      gen.writeStartObject();
      gen.writeStringField("article", claim.article());
      gen.writeStringField("text", claim.text());
      gen.writeFieldName("quantity");
      QuantityJson.write(gen, claim.quantity());
      gen.writeNumberField("start", claim.start());
      gen.writeNumberField("end", claim.end());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  private static void writeStance(JsonGenerator gen, Stance stance) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("actor", stance.actor());
    JsonOutput.stringOrNull(gen, "entity", stance.entity());
    gen.writeStringField("stance", stance.stance().label());
    gen.writeStringField("proposition", stance.proposition());
    gen.writeArrayFieldStart("evidence");
    for (Evidence evidence : stance.evidence()) {
      gen.writeStartObject();
      gen.writeStringField("article", evidence.article());
      gen.writeStringField("text", evidence.text());
      gen.writeNumberField("start", evidence.start());
      gen.writeNumberField("end", evidence.end());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void writeCoverage(JsonGenerator gen, Coverage coverage) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("article", coverage.article());
    JsonOutput.stringOrNull(gen, "outlet", coverage.outlet());
    JsonOutput.strings(gen, "unique", coverage.unique());
    JsonOutput.strings(gen, "omitted", coverage.omitted());
    gen.writeEndObject();
  }
}
