package org.triangulate.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An experiment: adds to a Triangulate report's quote groups the pairs of quotes of different
 * articles whose BGE-small sentence embeddings have a cosine similarity at or above a threshold,
 * and reports what the model costs (load time, milliseconds per quote, heap).
 *
 * <p>Usage: {@code EmbeddingQuoteGroups REPORT.json OUT_PREFIX THRESHOLD...}; writes {@code
 * OUT_PREFIX-THRESHOLD.json} for each threshold. Not thread-safe; one use.
 */
public final class EmbeddingQuoteGroups {
  private record Carried(String id, String article, String text, String speaker) {}

  private EmbeddingQuoteGroups() {}

  public static void main(String[] args) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heapBefore = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    EmbeddingModel model = new BgeSmallEnV15QuantizedEmbeddingModel();
    model.embed("warm up");
    long loadMs = (System.nanoTime() - t0) / 1_000_000;
    System.gc();
    long heapLoaded = rt.totalMemory() - rt.freeMemory();

    JsonNode report = mapper.readTree(new File(args[0]));
    Map<String, Carried> quotes = new LinkedHashMap<>();
    for (JsonNode article : report.path("articles")) {
      for (JsonNode q : article.path("quotes")) {
        String speaker = q.path("speaker").path("name").asText("");
        quotes.put(
            q.path("id").asText(),
            new Carried(
                q.path("id").asText(), article.path("id").asText(), q.path("text").asText(), speaker));
      }
    }
    List<Carried> all = new ArrayList<>(quotes.values());
    long t1 = System.nanoTime();
    Map<String, float[]> vectors = new HashMap<>();
    int batch = 32;
    for (int i = 0; i < all.size(); i += batch) {
      List<Carried> part = all.subList(i, Math.min(all.size(), i + batch));
      List<Embedding> found =
          model.embedAll(part.stream().map(c -> TextSegment.from(c.text())).toList()).content();
      for (int k = 0; k < part.size(); k++) {
        vectors.put(part.get(k).id(), found.get(k).vector());
      }
    }
    long embedNs = System.nanoTime() - t1;
    long heapPeak = rt.totalMemory() - rt.freeMemory();
    System.err.printf(
        Locale.ROOT,
        "model load %d ms; %d quotes embedded in %d ms (%.2f ms per quote, batches of %d);"
            + " heap %d MB before, %d MB after load, %d MB after embedding%n",
        loadMs,
        all.size(),
        embedNs / 1_000_000,
        all.isEmpty() ? 0.0 : embedNs / 1e6 / all.size(),
        batch,
        heapBefore >> 20,
        heapLoaded >> 20,
        heapPeak >> 20);

    for (int a = 2; a < args.length; a++) {
      double threshold = Double.parseDouble(args[a]);
      ObjectNode out = report.deepCopy();
      int added = 0;
      for (JsonNode story : out.path("stories")) {
        List<String> storyArticles = new ArrayList<>();
        story.path("articles").forEach(x -> storyArticles.add(x.asText()));
        List<Carried> members =
            all.stream().filter(c -> storyArticles.contains(c.article())).toList();
        int[] parent = new int[members.size()];
        for (int i = 0; i < parent.length; i++) {
          parent[i] = i;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
          index.put(members.get(i).id(), i);
        }
        for (JsonNode group : story.path("quoteGroups")) {
          Integer first = null;
          for (JsonNode id : group.path("quotes")) {
            Integer at = index.get(id.asText());
            if (at != null && first != null) {
              union(parent, first, at);
            }
            first = first == null ? at : first;
          }
        }
        for (int i = 0; i < members.size(); i++) {
          for (int j = i + 1; j < members.size(); j++) {
            if (!members.get(i).article().equals(members.get(j).article())
                && cosine(vectors.get(members.get(i).id()), vectors.get(members.get(j).id()))
                    >= threshold
                && find(parent, i) != find(parent, j)) {
              union(parent, i, j);
              added++;
            }
          }
        }
        Map<Integer, List<Carried>> components = new LinkedHashMap<>();
        for (int i = 0; i < members.size(); i++) {
          components.computeIfAbsent(find(parent, i), r -> new ArrayList<>()).add(members.get(i));
        }
        ArrayNode groups = mapper.createArrayNode();
        for (List<Carried> component : components.values()) {
          List<String> articles = component.stream().map(Carried::article).distinct().toList();
          if (articles.size() < 2) {
            continue;
          }
          ObjectNode group = groups.addObject();
          group.put("id", story.path("id").asText() + "/g" + groups.size());
          component.stream()
              .map(Carried::speaker)
              .filter(s -> !s.isEmpty())
              .findFirst()
              .ifPresent(s -> group.put("speaker", s));
          ArrayNode ids = group.putArray("quotes");
          component.forEach(c -> ids.add(c.id()));
          ArrayNode arts = group.putArray("articles");
          articles.forEach(arts::add);
        }
        ((ObjectNode) story).set("quoteGroups", groups);
      }
      String name = args[1] + "-" + args[a] + ".json";
      mapper.writerWithDefaultPrettyPrinter().writeValue(new File(name), out);
      System.err.printf(Locale.ROOT, "threshold %s: %d merges added -> %s%n", args[a], added, name);
    }
  }

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
