package org.triangulate.corroborate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.triangulate.model.DateMention;
import org.triangulate.model.TimelineEvent;

/**
 * Builds a story's timeline from the resolved dates in its claims: one event per date and sentence,
 * merged across articles when the date is the same and the sentences' content words overlap (Dice)
 * at or above a threshold. Events are in date order, then in order of first report; an event's text
 * is the first sentence that reported it, verbatim.
 *
 * <p>Immutable and safe to share across threads.
 */
final class TimelineBuilder {
  private final double threshold;

  TimelineBuilder(double threshold) {
    this.threshold = threshold;
  }

  private static final class Event {
    LocalDate date;
    Statement first;
    final List<Statement> sentences = new ArrayList<>();
    final Set<Integer> articles = new TreeSet<>();
  }

  List<TimelineEvent> build(List<Statement> claims, StoryArticles story) {
    List<Event> events = new ArrayList<>();
    for (Statement claim : claims) {
      Set<LocalDate> days = new TreeSet<>();
      for (DateMention date : claim.dates()) {
        date.value().ifPresent(days::add);
      }
      for (LocalDate day : days) {
        Event event = match(events, day, claim);
        if (event == null) {
          event = new Event();
          event.date = day;
          event.first = claim;
          events.add(event);
        }
        event.sentences.add(claim);
        event.articles.add(claim.article());
      }
    }
    List<Event> ordered = new ArrayList<>(events);
    ordered.sort(Comparator.comparing((Event e) -> e.date));
    return ordered.stream()
        .map(e -> new TimelineEvent(e.date, e.first.text(), story.ids(e.articles)))
        .toList();
  }

  private Event match(List<Event> events, LocalDate day, Statement claim) {
    Event best = null;
    double bestScore = -1;
    for (Event event : events) {
      if (!event.date.equals(day)) {
        continue;
      }
      double score =
          event.sentences.stream()
              .mapToDouble(s -> Words.dice(s.words(), claim.words()))
              .max()
              .orElse(0);
      if (score >= threshold && score > bestScore) {
        best = event;
        bestScore = score;
      }
    }
    return best;
  }
}
