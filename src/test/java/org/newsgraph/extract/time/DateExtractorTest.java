package org.newsgraph.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.DateMention;
import org.newsgraph.nlp.ParsedArticle;

/**
 * Published Thursday 2025-12-11 unless a test says otherwise; SUTime values as 4.5.10 gave them.
 */
class DateExtractorTest {
  private static final DateExtractor EXTRACTOR = new DateExtractor(TimeRules.load());

  private static List<DateMention> dates(Fixture f) {
    return EXTRACTOR.apply(f.parse()).dates();
  }

  private static DateMention only(Fixture f) {
    List<DateMention> d = dates(f);
    assertThat(d).hasSize(1);
    return d.get(0);
  }

  @Test
  void thursdayIsTheLatestThursdayOnOrBeforePublication() {
    DateMention d =
        only(
            Fixture.article("The minister spoke on Thursday.")
                .past("spoke")
                .time("Thursday", "DATE", "2025-12-11"));
    assertThat(d.value()).isEqualTo("2025-12-11");
    assertThat(d.relation()).isEqualTo("on");
    assertThat(d.anchor()).isEqualTo("published");
  }

  @Test
  void fridayInAPastSentenceIsLastFridayEvenWhenSuTimePicksTheNext() {
    DateMention d =
        only(
            Fixture.article("The army withdrew on Friday.")
                .past("withdrew")
                .time("Friday", "DATE", "2025-12-12"));
    assertThat(d.value()).isEqualTo("2025-12-05");
  }

  @Test
  void weekdayInAFutureSentenceIsTheNextOne() {
    DateMention d =
        only(
            Fixture.article("The minister will travel on Friday.")
                .time("Friday", "DATE", "2025-12-05"));
    assertThat(d.value()).isEqualTo("2025-12-12");
  }

  @Test
  void possessiveWeekdayIsDatedAndKeepsItsText() {
    DateMention d =
        only(
            Fixture.article("Thursday's call lasted an hour.")
                .time("Thursday", "DATE", "2025-12-11")
                .time("an hour", "DURATION", "PT1H"));
    assertThat(d.text()).isEqualTo("Thursday");
    assertThat(d.value()).isEqualTo("2025-12-11");
  }

  @Test
  void monthDayWithYearIsExact() {
    DateMention d =
        only(
            Fixture.article("The talks ended on December 11, 2025.")
                .time("December 11, 2025", "DATE", "2025-12-11"));
    assertThat(d.value()).isEqualTo("2025-12-11");
    assertThat(d.anchor()).isNull();
  }

  @Test
  void monthDayWithoutYearTakesTheLatestOneNotAfterPublication() {
    DateMention d =
        only(
            Fixture.article("The talks began on Dec. 20 in Geneva.")
                .past("began")
                .time("Dec. 20", "DATE", "2025-12-20"));
    assertThat(d.value()).isEqualTo("2024-12-20");
    assertThat(d.anchor()).isEqualTo("published");
  }

  @Test
  void sinceSeptemberIsAStartInThePastYear() {
    DateMention d =
        only(
            Fixture.article("Prices have risen since September.")
                .time("September", "DATE", "XXXX-09"));
    assertThat(d.text()).isEqualTo("since September");
    assertThat(d.value()).isEqualTo("2025-09");
    assertThat(d.relation()).isEqualTo("since");
  }

  @Test
  void untilMarkInAPresentSentenceLooksAhead() {
    DateMention d =
        only(Fixture.article("The ban stays until March.").time("March", "DATE", "2026-03"));
    assertThat(d.text()).isEqualTo("until March");
    assertThat(d.value()).isEqualTo("2026-03");
    assertThat(d.relation()).isEqualTo("until");
  }

  @Test
  void byFridayIsAnUpperBound() {
    DateMention d =
        only(Fixture.article("He must reply by Friday.").time("Friday", "DATE", "2025-12-12"));
    assertThat(d.relation()).isEqualTo("until");
    assertThat(d.value()).isEqualTo("2025-12-12");
  }

  @Test
  void thatDayTakesThePreviousDate() {
    List<DateMention> d =
        dates(
            Fixture.article("The meeting on Tuesday went badly. That day the minister resigned.")
                .past("went", "resigned")
                .time("Tuesday", "DATE", "2025-12-09")
                .time("day", "DURATION", "P1D"));
    assertThat(d).hasSize(2);
    assertThat(d.get(1).text()).isEqualTo("That day");
    assertThat(d.get(1).value()).isEqualTo("2025-12-09");
    assertThat(d.get(1).anchor()).isEqualTo("text");
  }

  @Test
  void theSameDayWithoutEarlierDateIsThePublicationDate() {
    DateMention d =
        only(
            Fixture.article("On the same day the army moved.")
                .time("the same day", "DATE", "2025-12-11"));
    assertThat(d.value()).isEqualTo("2025-12-11");
    assertThat(d.anchor()).isEqualTo("published");
  }

  @Test
  void oneDayAfterTheCallKeepsOffsetAndAnchorText() {
    DateMention d =
        only(
            Fixture.article("One day after the call, U.S. forces seized a tanker.")
                .time("One day", "DURATION", "P1D"));
    assertThat(d.text()).isEqualTo("One day after the call");
    assertThat(d.value()).isNull();
    assertThat(d.offset()).isEqualTo("P1D");
    assertThat(d.anchorText()).isEqualTo("the call");
    assertThat(d.anchor()).isEqualTo("event");
  }

  @Test
  void anActionAnchorStopsBeforeADateInsideItAndThatDateIsItsOwnMention() {
    List<DateMention> d =
        dates(
            Fixture.article("Talks resumed two days after rebels seized the airport on Tuesday.")
                .past("resumed", "seized")
                .time("two days", "DURATION", "P2D")
                .time("Tuesday", "DATE", "2025-12-09"));
    assertThat(d)
        .extracting(DateMention::text)
        .containsExactly("two days after rebels seized the airport", "Tuesday");
    assertThat(d.get(0).anchorText()).isEqualTo("rebels seized the airport");
    assertThat(d.get(0).anchor()).as("resolved against the seizure's own date").isEqualTo("text");
    assertThat(d.get(0).value()).isEqualTo("2025-12-11");
    assertThat(d.get(1).value()).isEqualTo("2025-12-09");
  }

  @Test
  void twoDaysBeforeADateIsResolved() {
    DateMention d =
        only(
            Fixture.article("Two days before December 9, the president spoke.")
                .time("Two days", "DURATION", "P2D")
                .time("December 9", "DATE", "2025-12-09"));
    assertThat(d.value()).isEqualTo("2025-12-07");
    assertThat(d.offset()).isEqualTo("-P2D");
    assertThat(d.anchorText()).isEqualTo("December 9");
    assertThat(d.anchor()).isEqualTo("text");
  }

  @Test
  void aWeekLaterCountsFromThePreviousDate() {
    List<DateMention> d =
        dates(
            Fixture.article("Talks began on Tuesday. A week later the army withdrew.")
                .past("began", "withdrew")
                .time("Tuesday", "DATE", "2025-12-09")
                .time("A week later", "DATE", "2025-12-18"));
    assertThat(d.get(1).value()).isEqualTo("2025-12-16");
    assertThat(d.get(1).offset()).isEqualTo("P7D");
  }

  @Test
  void theNextDayAndTheDayBeforeCountFromThePreviousDate() {
    List<DateMention> d =
        dates(
            Fixture.article(
                    "Talks began on Tuesday. The next day they broke down. "
                        + "The day before, the army had advanced.")
                .past("began", "broke")
                .time("Tuesday", "DATE", "2025-12-09")
                .time("The next day", "DATE", "2025-12-12")
                .time("The day before", "DATE", "2025-12-11"));
    assertThat(d)
        .extracting(DateMention::value)
        .containsExactly("2025-12-09", "2025-12-10", "2025-12-09");
    assertThat(d.get(2).offset()).isEqualTo("-P1D");
  }

  @Test
  void daysBeforeTheCallWasReportedIsBeforeAnUndatedEvent() {
    DateMention d =
        only(
            Fixture.article("Days before the call was reported, the army moved.")
                .time("Days", "DURATION", "PXD"));
    assertThat(d.relation()).isEqualTo("before");
    assertThat(d.value()).isNull();
    assertThat(d.offset()).isEqualTo("-PXD");
    assertThat(d.anchorText()).isEqualTo("the call was reported");
  }

  @Test
  void lastYearIsThePreviousYear() {
    DateMention d =
        only(Fixture.article("Sales fell last year.").time("last year", "DATE", "2024"));
    assertThat(d.value()).isEqualTo("2024");
    assertThat(d.anchor()).isEqualTo("published");
  }

  @Test
  void inYearIsAbsolute() {
    DateMention d =
        only(Fixture.article("The firm was founded in 2016.").time("2016", "DATE", "2016"));
    assertThat(d.value()).isEqualTo("2016");
    assertThat(d.anchor()).isNull();
  }

  @Test
  void timeOfDayKeepsTheDateAndJoinsSuTimesPieces() {
    DateMention d =
        only(
            Fixture.article("The meeting took place at 3 p.m. on Wednesday.")
                .time("3 p.m. on", "TIME", "2025-12-10T15:00")
                .time("Wednesday", "TIME", "2025-12-10T15:00"));
    assertThat(d.text()).isEqualTo("3 p.m. on Wednesday");
    assertThat(d.value()).isEqualTo("2025-12-10");
  }

  @Test
  void nowIsAboutThePublicationDateAndRecentlyIsBeforeIt() {
    List<DateMention> d =
        dates(
            Fixture.article("The army now holds the town. Recently it withdrew.")
                .time("now", "DATE", "PRESENT_REF")
                .time("Recently", "DATE", "PAST_REF"));
    assertThat(d.get(0).value()).isEqualTo("2025-12-11");
    assertThat(d.get(0).relation()).isEqualTo("approx");
    assertThat(d.get(1).value()).isNull();
    assertThat(d.get(1).relation()).isEqualTo("before");
  }

  @Test
  void durationsAndSetsAreLeftOut() {
    assertThat(
            dates(
                Fixture.article("The ceasefire has held for three weeks.")
                    .time("three weeks", "DURATION", "P3W")))
        .isEmpty();
  }

  @Test
  void relativeDatesStayNullWithoutPublicationDate() {
    List<DateMention> d =
        dates(
            Fixture.article(
                    "Sales fell last year. The talks ended on December 11, 2025. "
                        + "The minister spoke on Thursday. Today the army withdrew.")
                .published(null)
                .time("last year", "DATE", null)
                .time("December 11, 2025", "DATE", "2025-12-11")
                .time("Thursday", "DATE", "XXXX-WXX-4")
                .time("Today", "DATE", "2025-12-14"));
    assertThat(d).extracting(DateMention::value).containsExactly(null, "2025-12-11", null, null);
  }

  @Test
  void offsetsPointAtTheExpression() {
    ParsedArticle p =
        Fixture.article(
                "Prices have risen since September. The meeting on Tuesday went badly. "
                    + "That day the minister resigned. One day after the call, forces seized a "
                    + "tanker. A week later the army withdrew.")
            .time("September", "DATE", "2025-09")
            .time("Tuesday", "DATE", "2025-12-09")
            .time("day", "DURATION", "P1D")
            .time("One day", "DURATION", "P1D")
            .time("A week later", "DATE", "2025-12-18")
            .parse();
    List<DateMention> d = EXTRACTOR.apply(p).dates();
    assertThat(d).hasSize(5);
    for (DateMention m : d) {
      assertThat(p.text().substring(m.start(), m.end())).isEqualTo(m.text());
      if (m.anchorText() != null) {
        assertThat(m.text()).endsWith(m.anchorText());
      }
    }
  }

  @Test
  void layerFindsTheMentionAtAnOffsetAndTheLatestBefore() {
    ParsedArticle p =
        Fixture.article("Talks began on Tuesday. The army withdrew on Wednesday.")
            .past("began", "withdrew")
            .time("Tuesday", "DATE", "2025-12-09")
            .time("Wednesday", "DATE", "2025-12-10")
            .parse();
    DateLayer layer = EXTRACTOR.apply(p);
    int wednesday = p.text().indexOf("Wednesday");
    assertThat(layer.at(wednesday + 2).value()).isEqualTo("2025-12-10");
    assertThat(layer.latestBefore(wednesday).value()).isEqualTo("2025-12-09");
    assertThat(layer.within(0, p.text().indexOf('.') + 1)).hasSize(1);
    assertThat(layer.anchor()).hasToString("2025-12-11");
  }

  @Test
  void badLimitsAreRejected() {
    assertThatThrownBy(() -> new DateExtractor(TimeRules.load(), 0, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
