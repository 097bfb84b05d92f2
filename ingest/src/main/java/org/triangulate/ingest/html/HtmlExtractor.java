package org.triangulate.ingest.html;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.triangulate.ingest.Extraction;
import org.triangulate.ingest.internal.LetterKey;
import org.triangulate.ingest.internal.ResourceLines;
import org.triangulate.ingest.text.BoilerplateLines;
import org.triangulate.ingest.text.SectionHeadings;

/**
 * Extracts an article from a saved HTML page: metadata ({@link HtmlMetadata}) and the main text.
 *
 * <p>Steps, in order: drop invisible elements (scripts, styles, frames), {@code noscript} ones
 * unless they hold an article's worth of text outside links, and hidden ones ({@code hidden},
 * {@code aria-hidden}, {@code display: none}) unless a hidden element holds most of the page's text
 * (an article shown by script); drop comment threads and author biographies ({@code
 * comment-attributes.txt}) and other page furniture by tag and role ({@code drop-tags.txt}) and by
 * class or id ({@code boilerplate-attributes.txt}: widgets, captions, credits, dates, ratings),
 * unless an element holds most of the page's text, embeds a quoted post or is marked as the article
 * itself ({@code content-attributes.txt}); the lead paragraphs of an article's header are kept;
 * choose the main content by text density ({@link MainContent}) and add the lead set apart before
 * it ({@link LeadFinder}); drop link-dense blocks inside it (a box whose own prose paragraph sits
 * above a list of links loses only the list); emit its paragraphs, headings, list items and quotes,
 * dropping boilerplate lines, link sections under headings such as "Related posts", a repeat of the
 * title, and a heading or colon label left at the very end. Every dropped block of at least {@value
 * #MIN_REMOVED} characters is listed in {@link Extraction#removed()}.
 *
 * <p>Thread-safe. It remembers its verdicts on class and id tokens between pages (a bounded cache),
 * which changes no result.
 */
public final class HtmlExtractor {
  static final int MIN_REMOVED = 20;
  // Ruby annotations (<rt>, <rp>) give the reading of the characters before them: not more text.
  private static final String INVISIBLE =
      "script, style, noscript, template, svg, iframe, object, embed, canvas, button, input,"
          + " select, textarea, link, meta, video, audio, source, picture, img, rt, rp";
  private static final String HIDDEN =
      "[hidden], [aria-hidden=true], [style~=(?i)display:\\s*none], [style~=(?i)visibility:\\s*hidden]";
  private static final Evaluator HIDDEN_ELEMENTS = QueryParser.parse(HIDDEN);

  /** A {@code noscript} element holding this many characters outside links is kept. */
  private static final int MIN_NOSCRIPT_TEXT = 1000;

  /** A hidden element holding more of the page's text than this is the article shown by script. */
  private static final double MAX_HIDDEN_SHARE = 0.6;

  private static final String LINK_BLOCKS = "ul, ol, div, section, table, p, nav";
  private static final double MAX_SHARE_OF_PAGE = 0.4;
  private static final int MIN_PROSE = 400;
  private static final int MIN_PROSE_PARAGRAPH = 200;
  private static final int MAX_TRAILING_LABEL = 60;
  private static final int TITLE_SLACK = 20;
  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。][\"'”»)]?$");

  // Lower-case patterns matched against lower-cased names: no case folding in the regex engine.
  private final Pattern attributes =
      ResourceLines.union(HtmlExtractor.class, "boilerplate-attributes.txt", 0);
  private final Pattern comments =
      ResourceLines.union(HtmlExtractor.class, "comment-attributes.txt", 0);
  private final Pattern articleAttributes =
      ResourceLines.union(HtmlExtractor.class, "content-attributes.txt", 0);
  private final Evaluator dropTags =
      QueryParser.parse(
          String.join(", ", ResourceLines.read(HtmlExtractor.class, "drop-tags.txt")));
  private static final Evaluator INVISIBLE_ELEMENTS = QueryParser.parse(INVISIBLE);
  private static final Evaluator LINK_BLOCK_ELEMENTS = QueryParser.parse(LINK_BLOCKS);
  private static final Evaluator MAIN_MARKERS =
      QueryParser.parse("article, main, [itemprop=articleBody]");
  private static final Evaluator QUOTE = QueryParser.parse("blockquote");
  private static final Evaluator PARAGRAPH = QueryParser.parse("p");
  private static final int LEAD = 80;
  private static final int LONG_LEAD = 120;
  private static final Evaluator LEAD_BLOCKS = QueryParser.parse("p, div, h2, h3");

  /** Class and id tokens remembered between pages; emptied when it grows past this size. */
  private static final int MAX_REMEMBERED_NAMES = 50_000;

  // Verdicts on class and id tokens: the same tokens recur on every page of a site and theme.
  private final Map<String, Boolean> commentNames = new ConcurrentHashMap<>();
  private final Map<String, Boolean> boilerplateNames = new ConcurrentHashMap<>();
  private final Map<String, Boolean> articleNames = new ConcurrentHashMap<>();
  private final BoilerplateLines lines = new BoilerplateLines();
  private final SectionHeadings headings = new SectionHeadings();
  private final LeadFinder leads = new LeadFinder();

  /** Loads the built-in pattern tables. */
  public HtmlExtractor() {}

  /**
   * Extracts the article of a page.
   *
   * @param html the page
   * @param url the page's address, when known: resolves links and names the outlet
   * @param knownTitle a headline the container gave, also dropped from the body's start
   */
  public Extraction extract(String html, Optional<String> url, Optional<String> knownTitle) {
    Document page = Jsoup.parse(html, url.orElse(""));
    HtmlMetadata meta = HtmlMetadata.read(page, url);
    Element body = page.body();
    List<Element> noscripts = new ArrayList<>();
    for (Element e : body.select(INVISIBLE_ELEMENTS)) {
      if (e.normalName().equals("noscript")) {
        noscripts.add(e);
      } else {
        e.remove();
      }
    }
    Map<Element, Integer> order = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      order.put(e, order.size());
    }
    List<Removal> removed = new ArrayList<>();
    int pageText = TextLength.of(body);
    // A fallback for pages without script: dropped, unless it holds an article's worth of text
    // outside links (the plain copy of an article that script renders).
    for (Element e : noscripts) {
      int[] counts = attached(e) ? TextLength.count(e) : new int[2];
      if (attached(e) && counts[0] - counts[1] < MIN_NOSCRIPT_TEXT) {
        e.remove();
        pageText -= counts[0];
      }
    }
    int hiddenText = 0;
    for (Element e : body.select(HIDDEN_ELEMENTS)) {
      int length = attached(e) ? TextLength.of(e) : Integer.MAX_VALUE;
      if (length <= pageText * MAX_HIDDEN_SHARE) {
        drop(e, order, removed);
        hiddenText += length;
      }
    }
    pageText -= hiddenText;
    for (Element e : body.select(dropTags)) {
      if (e.normalName().equals("header")
          && e.parent() != null
          && e.parent().closest(MAIN_MARKERS) != null) {
        keepLead(e);
      }
      dropUnlessMain(e, pageText, order, removed);
    }
    forgetIfFull(commentNames);
    forgetIfFull(boilerplateNames);
    forgetIfFull(articleNames);
    for (Element e : body.getAllElements()) {
      if (e == body) {
        continue;
      }
      if (matches(comments, e, commentNames)) {
        dropUnlessMain(e, Integer.MAX_VALUE, order, removed);
      } else if (matches(attributes, e, boilerplateNames)
          && !matches(articleAttributes, e, articleNames)
          && !proseBlock(e)
          && !embedsPost(e)) {
        dropUnlessMain(e, pageText, order, removed);
      }
    }
    List<Element> parts = new ArrayList<>(MainContent.choose(body));
    if (!parts.contains(body)) {
      parts.addAll(0, leads.before(parts.get(0), body));
    }
    for (Element part : parts) {
      for (Element e : part.select(LINK_BLOCK_ELEMENTS)) {
        if (e != part && attached(e) && linkBlock(e)) {
          drop(e, order, removed);
        }
      }
    }
    Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
    inside.addAll(parts);
    if (!parts.contains(body)) {
      for (Blocks.Block block : Blocks.of(body, inside)) {
        record(block.text(), order.getOrDefault(block.owner(), 0), removed);
      }
    }
    List<String> paragraphs = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    Set<Integer> headingBlocks = new HashSet<>();
    List<String> titles = new ArrayList<>();
    knownTitle.map(LetterKey::of).ifPresent(titles::add);
    meta.statedTitle().map(LetterKey::of).ifPresent(titles::add);
    boolean linkSection = false; // after a "Related posts" heading, until the next prose
    for (Element part : parts) {
      for (Blocks.Block block : Blocks.of(part, Set.of())) {
        String text = block.text();
        if (paragraphs.isEmpty() && isTitle(text, titles)) {
          continue;
        }
        if (linkSection && (block.linkDensity() > 0.5 || !sentence(text))) {
          record(text, order.getOrDefault(block.owner(), 0), removed);
          continue;
        }
        linkSection = false;
        if (headings.matches(text)) {
          linkSection = true;
          record(text, order.getOrDefault(block.owner(), 0), removed);
        } else if (lines.matches(text)) {
          record(text, order.getOrDefault(block.owner(), 0), removed);
        } else {
          paragraphs.add(text);
          positions.add(order.getOrDefault(block.owner(), 0));
          if (HEADINGS.contains(block.owner().normalName())) {
            headingBlocks.add(paragraphs.size() - 1);
          }
        }
      }
    }
    dropTrailingLabels(paragraphs, positions, headingBlocks, removed);
    removed.sort(Comparator.comparingInt(Removal::order));
    return new Extraction(
        meta.title(),
        meta.byline(),
        meta.published(),
        meta.outlet(),
        meta.url(),
        // Composed forms (NFC), as the web recommends, whatever the page used.
        Normalizer.normalize(String.join("\n\n", paragraphs), Normalizer.Form.NFC),
        removed.stream().map(Removal::text).toList());
  }

  static void forgetIfFull(Map<String, Boolean> seen) {
    if (seen.size() > MAX_REMEMBERED_NAMES) {
      seen.clear();
    }
  }

  /** Whether a class token or the id matches; {@code seen} remembers earlier verdicts. */
  static boolean matches(Pattern patterns, Element e, Map<String, Boolean> seen) {
    String classes = e.attr("class");
    int start = -1;
    for (int i = 0; i <= classes.length(); i++) {
      boolean space = i == classes.length() || Character.isWhitespace(classes.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (matches(patterns, classes.substring(start, i), seen)) {
          return true;
        }
        start = -1;
      }
    }
    String id = e.id();
    return !id.isEmpty() && matches(patterns, id, seen);
  }

  private static boolean matches(Pattern patterns, String name, Map<String, Boolean> seen) {
    return seen.computeIfAbsent(name, n -> patterns.matcher(n.toLowerCase(Locale.ROOT)).find());
  }

  /**
   * Long text with few links: article prose inside a wrapper whose class happens to match a widget
   * pattern ("post-body share-enabled"). Widgets are short or mostly links.
   */
  private static boolean proseBlock(Element e) {
    return TextLength.of(e) >= MIN_PROSE && TextLength.linkDensity(e) < 0.25;
  }

  /**
   * Moves the lead of an article's header (a standfirst paragraph of {@value #LEAD} characters or
   * more, or another text block of {@value #LONG_LEAD} or more, with few links) out of it, before
   * it, so that dropping the header's title, date and byline keeps the lead.
   */
  private static void keepLead(Element header) {
    for (Element e : header.select(LEAD_BLOCKS)) {
      int min = e.normalName().equals("p") ? LEAD : LONG_LEAD;
      if (attached(e)
          && !hasBlockInside(e)
          && TextLength.of(e) >= min
          && TextLength.linkDensity(e) < 0.3) {
        header.before(e);
      }
    }
  }

  private static boolean hasBlockInside(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && Blocks.BLOCK_TAGS.contains(d.normalName()) && !d.normalName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  /** An embedded post (a quoted social-media post) in a "social" box: the article quotes it. */
  private static boolean embedsPost(Element e) {
    return e.selectFirst(QUOTE) != null;
  }

  private static void dropUnlessMain(
      Element e, int pageText, Map<Element, Integer> order, List<Removal> removed) {
    if (!attached(e)
        || e.normalName().equals("body")
        || e.normalName().equals("main")
        || e.normalName().equals("article")
        || e.selectFirst(MAIN_MARKERS) != null
        || TextLength.of(e) > (long) pageText * MAX_SHARE_OF_PAGE) {
      return;
    }
    drop(e, order, removed);
  }

  private static void drop(Element e, Map<Element, Integer> order, List<Removal> removed) {
    record(e.text(), order.getOrDefault(e, 0), removed);
    e.remove();
  }

  private static void record(String text, int position, List<Removal> removed) {
    String block = text.replaceAll("[\\s\u00a0]+", " ").strip();
    if (block.length() >= MIN_REMOVED) {
      removed.add(new Removal(position, block));
    }
  }

  /** A block that is mostly links: a list of related stories, a tag cloud, a "read more" line. */
  private static boolean linkBlock(Element e) {
    int[] counts = TextLength.count(e);
    int length = counts[0];
    double density = length == 0 ? 0 : Math.min(1, (double) counts[1] / length);
    if (e.normalName().equals("p")) {
      return density > 0.8 && length < 200;
    }
    return density > 0.5 && length > 0 && (length < MIN_PROSE_PARAGRAPH || !holdsProse(e));
  }

  /**
   * Whether a link-dense box holds a paragraph of prose (an article's only paragraph above its list
   * of links): then only its link-dense parts go, not the box.
   */
  private static boolean holdsProse(Element e) {
    for (Element p : e.select(PARAGRAPH)) {
      int[] counts = TextLength.count(p);
      if (counts[0] >= MIN_PROSE_PARAGRAPH && counts[1] < counts[0] * 0.1) {
        return true;
      }
    }
    return false;
  }

  /**
   * Drops the headings and the short lines ending in a colon that close the text: the title or
   * label of a box whose content is gone ("Related topics", "Contact:").
   */
  private static void dropTrailingLabels(
      List<String> paragraphs,
      List<Integer> positions,
      Set<Integer> headings,
      List<Removal> removed) {
    for (int last = paragraphs.size() - 1; last > 0; last--) {
      String text = paragraphs.get(last);
      boolean label = headings.contains(last) || text.endsWith(":");
      if (text.length() >= MAX_TRAILING_LABEL || !label) {
        return;
      }
      record(text, positions.get(last), removed);
      paragraphs.remove(last);
    }
  }

  /** Whether a block repeats one of the (squeezed) titles; a block much longer than all is not. */
  private static boolean isTitle(String text, List<String> titles) {
    for (String title : titles) {
      if (text.length() <= 2 * title.length() + TITLE_SLACK
          && titles.contains(LetterKey.of(text))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a block reads as a sentence: long enough and ending like one. */
  private static boolean sentence(String text) {
    return text.length() >= 100 || SENTENCE_END.matcher(text).find();
  }

  private static boolean attached(Element e) {
    return e.ownerDocument() != null;
  }

  private record Removal(int order, String text) {}
}
