package org.triangulate.server.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.triangulate.model.AnalyzedArticle;
import org.triangulate.model.Article;
import org.triangulate.model.Brief;
import org.triangulate.model.Report;
import org.triangulate.model.StoryEntity;
import org.triangulate.report.HtmlParts;
import org.triangulate.server.corpus.Corpus;
import org.triangulate.server.corpus.CorpusSnapshot;
import org.triangulate.server.corpus.EntityView;
import org.triangulate.server.corpus.StorySummary;

/**
 * The web UI: story list (newest first), story page, article page, entity page and search, all
 * rendered on the server with no script. Story pages are the report's story section over the
 * story's own articles, so every claim links to its highlight in the source text.
 *
 * <p>Rendered story pages and list pages are cached until the story or the corpus changes.
 * Thread-safe.
 */
final class PageRoutes {
  private static final int SEARCH_LIMIT = 100;

  private final Corpus corpus;
  private final ServerConfig config;
  private final Map<String, Cached> storyPages = new ConcurrentHashMap<>();
  private final Map<Integer, Cached> listPages = new ConcurrentHashMap<>();

  /** A page rendered from {@code source}, valid while the source is the current one. */
  private record Cached(Object source, Response response) {}

  PageRoutes(Corpus corpus, ServerConfig config) {
    this.corpus = corpus;
    this.config = config;
  }

  List<Route> routes() {
    return List.of(
        new Route("GET", "/", this::list),
        new Route("GET", "/stories/{id}", this::story),
        new Route("GET", "/articles/{id}", this::article),
        new Route("GET", "/entities/{name}", this::entity),
        new Route("GET", "/search", this::search));
  }

  private Response list(Request request) throws HttpError {
    CorpusSnapshot now = corpus.snapshot();
    int page = request.intParam("page", 1, 1, Integer.MAX_VALUE);
    Cached cached = listPages.get(page);
    if (cached != null && cached.source() == now) {
      return cached.response();
    }
    int size = config.pageSize();
    StringBuilder main = new StringBuilder(16384);
    main.append("<h1>Stories</h1>\n<p class=\"meta\">").append(now.storyCount());
    main.append(" stories from ")
        .append(now.articleCount())
        .append(" articles, newest first</p>\n");
    List<StorySummary> lines = now.newestStories((page - 1) * size, size);
    main.append("<ol class=\"stories\">\n");
    lines.forEach(line -> PageShell.storyLine(main, line));
    main.append("</ol>\n<nav class=\"pages\">");
    if (page > 1) {
      main.append("<a rel=\"prev\" href=\"/?page=").append(page - 1).append("\">Newer</a> ");
    }
    if ((long) page * size < now.storyCount()) {
      main.append("<a rel=\"next\" href=\"/?page=").append(page + 1).append("\">Older</a>");
    }
    main.append("</nav>\n");
    Response response = Response.html(200, PageShell.page("Stories", "", main.toString()));
    listPages.put(page, new Cached(now, response));
    return response;
  }

  private Response story(Request request) throws HttpError {
    String id = request.path().get("id");
    CorpusSnapshot now = corpus.snapshot();
    Brief brief = now.story(id).orElseThrow(() -> new HttpError(404, "no story " + id));
    Cached cached = storyPages.get(id);
    if (cached != null && cached.source() == brief) {
      return cached.response();
    }
    List<AnalyzedArticle> articles =
        brief.story().articles().stream().flatMap(a -> now.article(a).stream()).toList();
    StringBuilder main = new StringBuilder(32768);
    main.append("<nav class=\"story-nav\"><a href=\"/\">&larr; All stories</a>");
    if (!brief.entities().isEmpty()) {
      main.append("<p class=\"entities\"><b>Who and what:</b> ");
      int n = 0;
      for (StoryEntity entity : brief.entities()) {
        main.append(n++ == 0 ? "" : ", ").append("<a class=\"entity\" href=\"/entities/");
        main.append(PageShell.escape(PageShell.segment(entity.name()))).append("\">");
        main.append(PageShell.escape(entity.name())).append("</a>");
      }
      main.append("</p>");
    }
    main.append("</nav>\n");
    Report report = new Report("triangulate", articles, List.of(brief), List.of());
    main.append(HtmlParts.storiesAndSources(report));
    Response response =
        Response.html(200, PageShell.page(brief.story().title(), "", main.toString()));
    storyPages.put(id, new Cached(brief, response));
    return response;
  }

  private Response article(Request request) throws HttpError {
    String id = request.path().get("id");
    CorpusSnapshot now = corpus.snapshot();
    Article article =
        now.article(id).orElseThrow(() -> new HttpError(404, "no article " + id)).article();
    StringBuilder main = new StringBuilder(article.text().length() + 2048);
    main.append("<article class=\"source\">\n<h1>");
    main.append(PageShell.escape(article.title().orElse("(untitled)"))).append("</h1>\n");
    main.append("<p class=\"meta\">")
        .append(PageShell.escape(article.outlet().orElse("unknown outlet")));
    article.published().ifPresent(p -> main.append(" &middot; ").append(p.date()));
    main.append("<br>id: ").append(PageShell.escape(article.id()));
    article.url().ifPresent(url -> main.append("<br>").append(link(url)));
    Optional<String> story = now.storyOf(id);
    story.ifPresent(
        s ->
            main.append("<br>in story <a href=\"/stories/")
                .append(PageShell.escape(PageShell.segment(s)))
                .append("\">")
                .append(PageShell.escape(now.story(s).map(b -> b.story().title()).orElse(s)))
                .append("</a>"));
    main.append("</p>\n<div class=\"text\">").append(PageShell.escape(article.text()));
    main.append("</div>\n</article>\n");
    return Response.html(
        200, PageShell.page(article.title().orElse(article.id()), "", main.toString()));
  }

  private Response entity(Request request) throws HttpError {
    String name = request.path().get("name");
    EntityView view =
        corpus.snapshot().entity(name).orElseThrow(() -> new HttpError(404, "no entity " + name));
    StringBuilder main = new StringBuilder(8192);
    main.append("<h1>").append(PageShell.escape(view.name())).append("</h1>\n");
    main.append("<p class=\"meta\">In ").append(view.appearances().size());
    main.append(view.appearances().size() == 1 ? " story" : " stories").append("</p>\n");
    for (EntityView.Appearance appearance : view.appearances()) {
      Brief brief = appearance.story();
      main.append("<section class=\"appearance\">\n<h2><a href=\"/stories/");
      main.append(PageShell.escape(PageShell.segment(brief.story().id()))).append("\">");
      main.append(PageShell.escape(brief.story().title())).append("</a></h2>\n");
      if (appearance.quotes().isEmpty()) {
        main.append("<p class=\"meta\">No quotes in this story.</p>\n");
      } else {
        main.append("<ul class=\"quotes\">\n");
        for (EntityView.QuoteSource source : appearance.quotes()) {
          Article article = source.article().article();
          main.append("<li>&ldquo;").append(PageShell.escape(source.quote().text()));
          main.append("&rdquo; &mdash; <a href=\"/articles/");
          main.append(PageShell.escape(PageShell.segment(article.id()))).append("\">");
          main.append(PageShell.escape(article.outlet().orElse(article.id())))
              .append("</a></li>\n");
        }
        main.append("</ul>\n");
      }
      main.append("</section>\n");
    }
    return Response.html(200, PageShell.page(view.name(), "", main.toString()));
  }

  private Response search(Request request) {
    String query = request.param("q").orElse("");
    CorpusSnapshot now = corpus.snapshot();
    List<StorySummary> found = now.search(query, SEARCH_LIMIT);
    StringBuilder main = new StringBuilder(8192);
    main.append("<h1>Search</h1>\n<p class=\"meta\" id=\"result-count\">");
    if (query.isBlank()) {
      main.append("Type words to find the stories whose articles hold them all.");
    } else {
      main.append(found.size()).append(found.size() == 1 ? " story" : " stories");
      main.append(" with &ldquo;").append(PageShell.escape(query)).append("&rdquo;");
    }
    main.append("</p>\n<ol class=\"stories\">\n");
    found.forEach(line -> PageShell.storyLine(main, line));
    main.append("</ol>\n");
    return Response.html(200, PageShell.page("Search", query, main.toString()));
  }

  private static String link(String url) {
    Optional<String> href = HtmlParts.safeHref(url);
    String shown = PageShell.escape(url);
    return href.isPresent()
        ? "<a href=\""
            + PageShell.escape(href.get())
            + "\" rel=\"noreferrer noopener\">"
            + shown
            + "</a>"
        : "<span class=\"url\">" + shown + "</span>";
  }
}
