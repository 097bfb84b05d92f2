package org.triangulate.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.triangulate.model.Brief;

class HttpAppTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ServedCorpus served = ServedCorpus.get();

  private String conflictStory() {
    return served.corpus.snapshot().stories().stream()
        .filter(b -> !b.conflicts().isEmpty())
        .map(b -> b.story().id())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theServerListensOnLoopbackUnlessToldOtherwise() {
    assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
    assertThat(served.app.address()).startsWith("http://127.0.0.1:");
  }

  @Test
  void theStoryListGivesNewestFirstWithOutletsAndConflicts() throws Exception {
    JsonNode list = JSON.readTree(served.get("/api/stories").body());
    assertThat(list.get("total").asInt()).isEqualTo(served.corpus.snapshot().storyCount());
    JsonNode first = list.get("stories").get(0);
    assertThat(first.has("outlets")).isTrue();
    String last = null;
    for (JsonNode story : list.get("stories")) {
      String day = story.get("last").asText("");
      if (last != null) {
        assertThat(day).isLessThanOrEqualTo(last);
      }
      last = day;
    }
    String page = served.get("/").body();
    assertThat(page).contains("conflict-marker").contains("outlets");
  }

  @Test
  void aStoryIsServedAsTheContractStoryWithEveryKey() throws Exception {
    String id = conflictStory();
    JsonNode story = JSON.readTree(served.get("/api/stories/" + id).body());
    for (String key :
        new String[] {
          "id",
          "title",
          "articles",
          "entities",
          "quoteGroups",
          "facts",
          "conflicts",
          "stances",
          "timeline",
          "summary",
          "coverage"
        }) {
      assertThat(story.has(key)).as(key).isTrue();
    }
    assertThat(story.get("conflicts").size()).isPositive();
    String articleId = story.get("articles").get(0).asText();
    JsonNode article = JSON.readTree(served.get("/api/articles/" + articleId).body());
    assertThat(article.get("id").asText()).isEqualTo(articleId);
    assertThat(article.has("quotes")).isTrue();
  }

  @Test
  void anEntityIsShownAcrossStoriesWithItsQuotes() throws Exception {
    Brief brief = served.corpus.snapshot().story(conflictStory()).orElseThrow();
    String name = brief.entities().get(0).name();
    HttpResponse<String> api = served.get("/api/entities/" + PageShell.segment(name));
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(api.body()).get("stories").size()).isPositive();
    assertThat(served.get("/entities/" + PageShell.segment(name)).statusCode()).isEqualTo(200);
    assertThat(served.get("/api/entities/Nobody%20Atall").statusCode()).isEqualTo(404);
  }

  @Test
  void postingAnArticleAddsItOnceAndJoinsAStory() throws Exception {
    String body =
        "{\"id\":\"posted-1\",\"outlet\":\"Heron Gazette\",\"title\":\"Tillbury ferry returns\","
            + "\"published\":\"2026-06-01\",\"text\":\"The Tillbury ferry sailed again on Sunday"
            + " after a winter refit, the harbour master said.\"}";
    HttpResponse<String> first =
        served.post("/api/articles", "application/json", body.getBytes(StandardCharsets.UTF_8));
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(first.body()).get("story").asText()).isNotBlank();
    HttpResponse<String> again =
        served.post("/api/articles", "application/json", body.getBytes(StandardCharsets.UTF_8));
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(again.body()).get("status").asText()).isEqualTo("duplicate");
  }

  @Test
  void malformedOrOversizedBodiesGetAClear4xx() throws Exception {
    HttpResponse<String> malformed =
        served.post(
            "/api/articles", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8));
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(malformed.body()).get("error").asText()).contains("malformed JSON");
    HttpResponse<String> noText =
        served.post(
            "/api/articles",
            "application/json",
            "{\"path\": \"/etc/hostname\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(noText.statusCode()).isEqualTo(400);
    assertThat(noText.body()).contains("\\\"text\\\" or \\\"html\\\"");
    byte[] huge = new byte[(1 << 20) + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    assertThat(served.post("/api/articles", "application/json", huge).statusCode()).isEqualTo(413);
    assertThat(
            served
                .post("/api/articles", "text/plain", "x".getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(415);
    assertThat(served.get("/api/nothing-here").statusCode()).isEqualTo(404);
    assertThat(served.get("/api/stories?limit=zero").statusCode()).isEqualTo(400);
    assertThat(served.post("/api/stories", "application/json", new byte[] {'{', '}'}).statusCode())
        .isEqualTo(405);
  }

  @Test
  void everyPageForbidsOutsideAndInlineScriptAndHostileTextStaysText() throws Exception {
    HttpResponse<String> article = served.get("/articles/hostile-1");
    assertThat(article.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'"));
    String story = served.corpus.snapshot().storyOf("hostile-1").orElseThrow();
    for (String path :
        new String[] {"/articles/hostile-1", "/stories/" + story, "/", "/search?q=wexley"}) {
      String page = served.get(path).body();
      assertThat(page).as(path).doesNotContain("<script").doesNotContain("javascript:");
      assertThat(page).as(path).doesNotContain("<img").doesNotContain("<b onmouseover");
    }
    assertThat(served.get("/articles/hostile-1").body()).contains("&lt;script&gt;");
  }

  @Test
  void theOpenApiDocumentDescribesEveryRouteTheServerHas() throws Exception {
    JsonNode paths = JSON.readTree(served.get("/openapi.json").body()).get("paths");
    Set<String> described = new HashSet<>();
    paths
        .fields()
        .forEachRemaining(
            path ->
                path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                        m ->
                            described.add(
                                m.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey())));
    assertThat(described).containsExactlyInAnyOrderElementsOf(served.app.routes());
  }
}
