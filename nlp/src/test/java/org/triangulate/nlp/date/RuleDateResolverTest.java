package org.triangulate.nlp.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.triangulate.model.DateMention;

class RuleDateResolverTest {
  /** A Thursday. */
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2024, 3, 7));

  private final DateResolver resolver = new RuleDateResolver();

  private DateMention only(String text, Optional<LocalDate> anchor) {
    List<DateMention> found = resolver.resolve(text, anchor);
    assertThat(found).hasSize(1);
    DateMention d = found.get(0);
    assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
    return d;
  }

  @Test
  void absoluteDatesInThreeFormsResolve() {
    assertThat(only("It opened on 3 March 2023.", PUBLISHED).value())
        .contains(LocalDate.of(2023, 3, 3));
    assertThat(only("It opened on March 3, 2023.", PUBLISHED).value())
        .contains(LocalDate.of(2023, 3, 3));
    assertThat(only("It opened on 2023-03-03.", Optional.empty()).value())
        .contains(LocalDate.of(2023, 3, 3));
  }

  @Test
  void aDateWithoutYearTakesThePublicationYear() {
    assertThat(only("It opened on March 1.", PUBLISHED).value()).contains(LocalDate.of(2024, 3, 1));
    assertThat(only("It opened on March 1.", Optional.empty()).value()).isEmpty();
  }

  @Test
  void aBareWeekdayIsTheLatestOnOrBeforePublication() {
    assertThat(only("The vote was on Tuesday.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 5));
    assertThat(only("The vote was on Thursday.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 7));
    assertThat(only("The vote was last Thursday.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void aBareWeekdayInTheFutureTenseIsTheFirstOnOrAfterPublication() {
    assertThat(only("The council will meet on Tuesday.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 12));
    assertThat(only("The board is expected to vote Saturday.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 9));
    assertThat(only("Ms. Varga said she'll decide on Friday.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 8));
    assertThat(only("It will rain. The vote was on Tuesday.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 5));
  }

  @Test
  void relativeDaysResolveAgainstPublication() {
    assertThat(only("It rained yesterday.", PUBLISHED).value()).contains(LocalDate.of(2024, 3, 6));
    assertThat(only("It rained earlier today.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 7));
    assertThat(only("It rained two days ago.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 5));
  }

  @Test
  void relativeDatesWithoutAnchorAndVaguePeriodsHaveNoValue() {
    assertThat(only("It rained yesterday.", Optional.empty()).value()).isEmpty();
    assertThat(only("It rained last week.", PUBLISHED).value()).isEmpty();
  }

  @Test
  void mayAsAVerbAndBareNumbersAreNotDates() {
    assertThat(resolver.resolve("Officials may resign; 2024 people came.", PUBLISHED)).isEmpty();
  }

  @Test
  void anImpossibleDayIsKeptWithoutValue() {
    assertThat(only("Dated 31 February 2024.", PUBLISHED).value()).isEmpty();
  }

  private ResolvedDate detailed(String text, Optional<LocalDate> anchor) {
    List<ResolvedDate> found = new RuleDateResolver().resolveDetailed(text, anchor);
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  @Test
  void weeksAreMondayToSundayAroundThePublicationDay() {
    ResolvedDate last = detailed("The dam was inspected last week.", PUBLISHED);
    assertThat(last.granularity()).isEqualTo(ResolvedDate.Granularity.WEEK);
    assertThat(last.first()).contains(LocalDate.of(2024, 2, 26));
    assertThat(last.last()).contains(LocalDate.of(2024, 3, 3));
    assertThat(last.mention().value()).isEmpty();
    assertThat(detailed("It reopens this week.", PUBLISHED).first())
        .contains(LocalDate.of(2024, 3, 4));
    assertThat(detailed("It rained over the past week.", PUBLISHED).first())
        .contains(LocalDate.of(2024, 2, 29));
  }

  @Test
  void monthsAndYearsArePeriods() {
    ResolvedDate lastMonth = detailed("Prices rose last month.", PUBLISHED);
    assertThat(lastMonth.granularity()).isEqualTo(ResolvedDate.Granularity.MONTH);
    assertThat(lastMonth.first()).contains(LocalDate.of(2024, 2, 1));
    assertThat(lastMonth.last()).contains(LocalDate.of(2024, 2, 29));
    ResolvedDate monthYear = detailed("The levee broke in October 2021.", PUBLISHED);
    assertThat(monthYear.mention().text()).isEqualTo("October 2021");
    assertThat(monthYear.first()).contains(LocalDate.of(2021, 10, 1));
    assertThat(detailed("Work starts in June.", PUBLISHED).last())
        .contains(LocalDate.of(2024, 6, 30));
    ResolvedDate year = detailed("The town has grown since 2015.", PUBLISHED);
    assertThat(year.granularity()).isEqualTo(ResolvedDate.Granularity.YEAR);
    assertThat(year.mention().text()).isEqualTo("2015");
    assertThat(detailed("It was built three years ago.", PUBLISHED).first())
        .contains(LocalDate.of(2021, 1, 1));
  }

  @Test
  void partsOfTheDayResolveToTheirDay() {
    assertThat(only("Sirens sounded last night.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 6));
    assertThat(only("Sirens sounded this morning.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 7));
    assertThat(only("The gates shut on Monday.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 4));
  }

  @Test
  void periodsWithoutAnchorHaveNoDays() {
    ResolvedDate d = detailed("Prices rose last month.", Optional.empty());
    assertThat(d.first()).isEmpty();
    assertThat(d.last()).isEmpty();
  }

  @Test
  void datesInFiguresResolveOnlyWhenOneFigureCanOnlyBeTheDay() {
    assertThat(only("Updated 04/28/09 07:35 PM", Optional.empty()).value())
        .contains(LocalDate.of(2009, 4, 28));
    assertThat(only("Filed 28/04/2009.", Optional.empty()).value())
        .contains(LocalDate.of(2009, 4, 28));
    assertThat(only("Updated 11/09/2010", PUBLISHED).value()).isEmpty();
    assertThat(resolver.resolve("The score was 24/7 and 3/4 of it.", PUBLISHED)).isEmpty();
  }

  @Test
  void aYearBeforeTheThingItDatesIsAYear() {
    assertThat(only("It opened in the 2009 season.", PUBLISHED).text()).isEqualTo("2009");
    assertThat(only("after his 2006 accident", PUBLISHED).text()).isEqualTo("2006");
    assertThat(resolver.resolve("the 2000 people who came", PUBLISHED)).isEmpty();
  }

  @Test
  void aDatelineAnchorsAnArticleWithoutPublicationDate() {
    Datelines datelines = new Datelines(resolver);
    assertThat(datelines.day("Posted on May 3rd, 2013 2:00pm\n\nThe ferry left on Thursday."))
        .contains(LocalDate.of(2013, 5, 3));
    assertThat(datelines.day("PUBLISHED: 22:07 GMT, 7 July 2012\nUPDATED: 8 July 2012\nText."))
        .contains(LocalDate.of(2012, 7, 7));
    String lead =
        "The ferry operator said on Saturday, 13 December 2008, that the crossing would reopen"
            + " after the storm, and that every passenger had been refunded in full.";
    assertThat(datelines.day(lead)).isEmpty();
    assertThat(datelines.day("Jul. 7 5:59 PM EDT\n\nThe ferry left on Thursday.")).isEmpty();
  }

  @Test
  void aWeekdayWrittenWithItsDateIsThatDate() {
    List<DateMention> found = resolver.resolve("It airs on Sunday, March 2, 2025.", PUBLISHED);
    assertThat(found)
        .extracting(DateMention::value)
        .containsOnly(Optional.of(LocalDate.of(2025, 3, 2)));
    assertThat(only("The vote is due on Friday.", PUBLISHED).value())
        .contains(LocalDate.of(2024, 3, 8));
  }
}
