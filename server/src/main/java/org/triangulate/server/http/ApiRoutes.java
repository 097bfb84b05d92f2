package org.triangulate.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Brief;
import org.triangulate.model.Document;
import org.triangulate.model.StoryEntity;
import org.triangulate.report.ContractJson;
import org.triangulate.server.corpus.AddOutcome;
import org.triangulate.server.corpus.Corpus;
import org.triangulate.server.corpus.CorpusSnapshot;
import org.triangulate.server.corpus.EntityView;
import org.triangulate.server.corpus.StorySummary;

/**
 * The JSON API under {@code /api}: list and search stories, a story's brief (the contract Story),
 * an article (the contract Article), an entity across stories, and adding an article. Described by
 * {@code /openapi.json}. Thread-safe.
 */
final class ApiRoutes {
  private static final int MAX_LIMIT = 500;

  private final Corpus corpus;

  ApiRoutes(Corpus corpus) {
    this.corpus = corpus;
  }

  List<Route> routes() {
    return List.of(
        new Route("GET", "/api/stories", this::stories),
        new Route("GET", "/api/stories/{id}", this::story),
        new Route("POST", "/api/articles", this::add),
        new Route("GET", "/api/articles/{id}", this::article),
        new Route("GET", "/api/entities/{name}", this::entity));
  }

  private Response stories(Request request) throws HttpError {
    CorpusSnapshot now = corpus.snapshot();
    int offset = request.intParam("offset", 0, 0, Integer.MAX_VALUE);
    int limit = request.intParam("limit", 50, 1, MAX_LIMIT);
    var query = request.param("q");
    List<StorySummary> found =
        query.isPresent()
            ? now.search(query.get(), offset + limit).stream().skip(offset).toList()
            : now.newestStories(offset, limit);
    return Response.json(
        200,
        Json.of(
            gen -> {
              gen.writeStartObject();
              gen.writeNumberField("total", query.isPresent() ? -1 : now.storyCount());
              gen.writeNumberField("articles", now.articleCount());
              gen.writeNumberField("offset", offset);
              gen.writeArrayFieldStart("stories");
              for (StorySummary story : found) {
                Json.summary(gen, story);
              }
              gen.writeEndArray();
              gen.writeEndObject();
            }));
  }

  private Response story(Request request) throws HttpError {
    String id = request.path().get("id");
    Brief brief =
        corpus.snapshot().story(id).orElseThrow(() -> new HttpError(404, "no story " + id));
    return Response.json(200, Json.of(gen -> ContractJson.writeStory(gen, brief)));
  }

  private Response article(Request request) throws HttpError {
    String id = request.path().get("id");
    CorpusSnapshot now = corpus.snapshot();
    AnalyzedArticle article =
        now.article(id).orElseThrow(() -> new HttpError(404, "no article " + id));
    List<Brief> story = now.storyOf(id).flatMap(now::story).stream().toList();
    return Response.json(200, Json.of(gen -> ContractJson.writeArticle(gen, article, story)));
  }

  private Response entity(Request request) throws HttpError {
    String name = request.path().get("name");
    EntityView view =
        corpus.snapshot().entity(name).orElseThrow(() -> new HttpError(404, "no entity " + name));
    return Response.json(200, Json.of(gen -> writeEntity(gen, view)));
  }

  private static void writeEntity(JsonGenerator gen, EntityView view) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("name", view.name());
    gen.writeArrayFieldStart("stories");
    for (EntityView.Appearance appearance : view.appearances()) {
      StoryEntity entity = appearance.entity();
      gen.writeStartObject();
      gen.writeStringField("story", appearance.story().story().id());
      gen.writeStringField("title", appearance.story().story().title());
      gen.writeStringField("entity", entity.id());
      gen.writeStringField("type", entity.type().name());
      gen.writeArrayFieldStart("aliases");
      for (String alias : entity.aliases()) {
        gen.writeString(alias);
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("quotes");
      for (EntityView.QuoteSource source : appearance.quotes()) {
        gen.writeStartObject();
        gen.writeStringField("article", source.article().id());
        Json.stringOrNull(gen, "outlet", source.article().article().outlet());
        gen.writeStringField("id", source.quote().id());
        gen.writeStringField("text", source.quote().text());
        gen.writeNumberField("start", source.quote().start());
        gen.writeNumberField("end", source.quote().end());
        gen.writeBooleanField("direct", source.quote().direct());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private Response add(Request request) throws HttpError {
    String type = request.contentType().orElse("application/json").toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      throw new HttpError(415, "send the article as application/json, not " + type);
    }
    Document document = ArticleRequest.parse(request.body());
    AddOutcome outcome;
    try {
      outcome = corpus.add(List.of(document), ids -> {}).get(0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the store", e);
    }
    int status =
        switch (outcome.status()) {
          case ADDED -> 201;
          case DUPLICATE -> 200;
          case SKIPPED -> 422;
        };
    return Response.json(
        status,
        Json.of(
            gen -> {
              gen.writeStartObject();
              gen.writeStringField("status", outcome.status().name().toLowerCase(Locale.ROOT));
              gen.writeStringField("id", document.id());
              Json.stringOrNull(gen, "story", outcome.story());
              if (!outcome.detail().isEmpty()) {
                gen.writeStringField(status == 422 ? "error" : "detail", outcome.detail());
              }
              gen.writeEndObject();
            }));
  }
}
