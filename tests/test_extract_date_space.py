"""Conformance suite for event dates on whole articles (issue 11, kind 9).

Every article here is written for these tests (none is dev text). Each case states the date that
the annotation rule of ``../shared/dev/README.md`` gives: a triple's date is the event's date
(``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) where a careful reader can work it out from the text and
the publication date, else null. The expected values come from that rule and the calendar, never
from what the code outputs:

- a weekday in the past tense is the latest such day on or before the publication date (wire
  style, AP/Reuters: "on Monday" in a Monday story is that day; "last Monday" the week before);
- a month without a year is the latest such month not after the publication date;
- a week ("last week", "over the weekend", "in the past week") is no day: its month when the
  whole week lies in one month, else no more than its year (never a month it may not lie in);
- a chained expression ("the following day", "two days later") counts from the date before it;
- a date in another event's clause or sentence is never copied; a span of time ("since 2015",
  "for three days") is no date;
- without a publication date (and no dated dateline), relative expressions give nothing, while
  absolute ones ("on Dec 31, 2019") are kept; a dated dateline is the anchor.

An event the text does not date is accepted undated or with the month the article reports it
in (:data:`UNDATED`): the gold then has ``null`` and the scorer does not judge a prediction.
"""

from __future__ import annotations

import pytest
from extract_helpers import mentions

from graph.extract import SYMMETRIC


def undated(published: str | None) -> tuple[str | None, ...]:
    """What an undated event may carry: nothing, or the month the article reports it in."""
    return (None,) if not published else (None, published[:7])


def _date_of(text: str, published: str | None, key: tuple[str, str, str]) -> str | None:
    """The date of the first mention (in output order, as the scorer assigns it) of the triple
    ``key`` = (predicate, subject word, object word); fails when the triple is not found."""
    predicate, subject, obj = key
    for m in mentions(text, date=published):
        if m.predicate != predicate:
            continue
        pairs = [(m.subject.text, m.object.text)]
        if predicate in SYMMETRIC:
            pairs.append((m.object.text, m.subject.text))
        if any(subject in s and obj in o for s, o in pairs):
            return m.date
    found = [(m.predicate, m.subject.text, m.object.text) for m in mentions(text, date=published)]
    pytest.fail(f"{key} not extracted; found {found}")


# (id, publication date, text, (predicate, subject, object), expected date or accepted dates)
# Weekdays: 2024-03-04 Mon, 03-06 Wed, 03-07 Thu, 03-18 Mon, 03-20 Wed; 2024-01-01 Mon.
CASES = [
    # --- days named relative to the publication date, past tense ---
    ("weekday", "2024-03-06", ("Finnish President Alexander Stubb met Polish President Andrzej Duda "
     "on Tuesday in Warsaw."), ("met", "Stubb", "Duda"), "2024-03-05"),
    ("weekday-bare", "2024-03-06", ("Finnish President Alexander Stubb met Polish President Andrzej "
     "Duda Tuesday in Warsaw."), ("met", "Stubb", "Duda"), "2024-03-05"),
    ("weekday-night", "2024-03-06", ("Finnish President Alexander Stubb met Polish President Andrzej "
     "Duda on Tuesday night in Warsaw."), ("met", "Stubb", "Duda"), "2024-03-05"),
    ("yesterday", "2024-03-06", ("Finnish President Alexander Stubb met Polish President Andrzej "
     "Duda yesterday in Warsaw."), ("met", "Stubb", "Duda"), "2024-03-05"),
    ("today", "2024-03-06", ("Finnish President Alexander Stubb met Polish President Andrzej Duda "
     "in Warsaw today."), ("met", "Stubb", "Duda"), "2024-03-06"),
    ("this-morning", "2024-03-06", ("Finnish President Alexander Stubb met Polish President Andrzej "
     "Duda in Warsaw this morning."), ("met", "Stubb", "Duda"), "2024-03-06"),
    ("last-night", "2024-03-06", ("Finnish President Alexander Stubb met Polish President Andrzej "
     "Duda in Warsaw last night."), ("met", "Stubb", "Duda"), "2024-03-05"),
    ("same-weekday", "2024-03-06", ("Finnish President Alexander Stubb met Polish President Andrzej "
     "Duda in Warsaw on Wednesday, officials said."), ("met", "Stubb", "Duda"), "2024-03-06"),
    ("last-weekday", "2024-03-06", ("Finnish President Alexander Stubb met Polish President Andrzej "
     "Duda in Warsaw last Wednesday."), ("met", "Stubb", "Duda"), "2024-02-28"),
    ("sunday-in-monday", "2024-03-04", ("Kenyan President William Ruto visited Addis Ababa on Sunday "
     "for talks on regional security."), ("visited", "Ruto", "Addis Ababa"), "2024-03-03"),
    ("friday-month-boundary", "2024-03-04", ("Kenyan President William Ruto visited Addis Ababa on "
     "Friday."), ("visited", "Ruto", "Addis Ababa"), "2024-03-01"),
    ("saturday-year-boundary", "2024-01-01", ("Kenyan President William Ruto visited Addis Ababa on "
     "Saturday."), ("visited", "Ruto", "Addis Ababa"), "2023-12-30"),
    ("days-ago", "2024-03-06", "Kenyan President William Ruto visited Addis Ababa two days ago.",
     ("visited", "Ruto", "Addis Ababa"), "2024-03-04"),
    ("present-perfect-today", "2024-03-06", ("Kenyan President William Ruto has arrived in Addis "
     "Ababa today for a two-day visit."), ("visited", "Ruto", "Addis Ababa"), "2024-03-06"),
    # --- weeks, months and years relative to the publication date ---
    ("last-week", "2024-03-20", ("Canada and Mexico signed a fisheries agreement last week, the two "
     "governments said."), ("agreed", "Canada", "Mexico"), "2024-03"),
    ("last-week-two-months", "2024-03-06", ("Canada and Mexico signed a fisheries agreement last "
     "week, the two governments said."), ("agreed", "Canada", "Mexico"), (None, "2024")),
    ("this-week", "2024-03-20", "Canada and Mexico signed a fisheries agreement this week.",
     ("agreed", "Canada", "Mexico"), "2024-03"),
    ("past-week", "2024-03-20", "Canada and Mexico signed a fisheries agreement in the past week.",
     ("agreed", "Canada", "Mexico"), "2024-03"),
    ("weekend", "2024-03-18", "Canada and Mexico signed a fisheries agreement over the weekend.",
     ("agreed", "Canada", "Mexico"), "2024-03"),
    ("earlier-this-month", "2024-03-20", ("Canada and Mexico signed a fisheries agreement earlier "
     "this month."), ("agreed", "Canada", "Mexico"), "2024-03"),
    ("this-month", "2024-03-20", "Canada and Mexico signed a fisheries agreement this month.",
     ("agreed", "Canada", "Mexico"), "2024-03"),
    ("last-month", "2024-03-20", "Canada and Mexico signed a fisheries agreement last month.",
     ("agreed", "Canada", "Mexico"), "2024-02"),
    ("last-month-january", "2024-01-10", ("Canada and Mexico signed a fisheries agreement last "
     "month."), ("agreed", "Canada", "Mexico"), "2023-12"),
    ("weeks-ago", "2024-03-20", "Canada and Mexico signed a fisheries agreement three weeks ago.",
     ("agreed", "Canada", "Mexico"), "2024-02"),
    ("this-year", "2024-03-20", "Canada and Mexico signed a fisheries agreement earlier this year.",
     ("agreed", "Canada", "Mexico"), "2024"),
    ("last-year", "2024-03-20", "Canada and Mexico signed a fisheries agreement last year.",
     ("agreed", "Canada", "Mexico"), "2023"),
    ("a-year-ago", "2024-03-20", "Canada and Mexico signed a fisheries agreement a year ago.",
     ("agreed", "Canada", "Mexico"), "2023"),
    ("in-year", "2024-03-20", "Canada and Mexico signed a fisheries agreement in 2019.",
     ("agreed", "Canada", "Mexico"), "2019"),
    # --- months and days written without a year ---
    ("month-before", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in "
     "November."), ("visited", "Kamikawa", "Canberra"), "2023-11"),
    ("month-this-year", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in "
     "February."), ("visited", "Kamikawa", "Canberra"), "2024-02"),
    ("month-same", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in "
     "March."), ("visited", "Kamikawa", "Canberra"), "2024-03"),
    ("december-in-january", "2024-01-10", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra "
     "in December."), ("visited", "Kamikawa", "Canberra"), "2023-12"),
    ("last-november", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra last "
     "November."), ("visited", "Kamikawa", "Canberra"), "2023-11"),
    ("month-last-year", "2024-12-10", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in "
     "November last year."), ("visited", "Kamikawa", "Canberra"), "2023-11"),
    ("early-month", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in early "
     "February."), ("visited", "Kamikawa", "Canberra"), "2024-02"),
    ("mid-month", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in "
     "mid-November."), ("visited", "Kamikawa", "Canberra"), "2023-11"),
    ("end-of-month", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra at the "
     "end of January."), ("visited", "Kamikawa", "Canberra"), "2024-01"),
    ("abbrev-day", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on Nov. "
     "5."), ("visited", "Kamikawa", "Canberra"), "2023-11-05"),
    ("day-month", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on 5 "
     "November."), ("visited", "Kamikawa", "Canberra"), "2023-11-05"),
    ("ordinal-day", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on "
     "November 5th."), ("visited", "Kamikawa", "Canberra"), "2023-11-05"),
    ("the-5th", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on the "
     "5th."), ("visited", "Kamikawa", "Canberra"), "2024-03-05"),
    ("the-10th", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on the "
     "10th."), ("visited", "Kamikawa", "Canberra"), "2024-02-10"),
    ("this-month-day", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on "
     "March 4."), ("visited", "Kamikawa", "Canberra"), "2024-03-04"),
    ("dec-in-january", "2024-01-10", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on "
     "December 28."), ("visited", "Kamikawa", "Canberra"), "2023-12-28"),
    ("full-date", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on Dec "
     "31, 2019."), ("visited", "Kamikawa", "Canberra"), "2019-12-31"),
    ("month-year", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in May "
     "2022."), ("visited", "Kamikawa", "Canberra"), "2022-05"),
    ("range-day-month", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra from "
     "3 to 5 March."), ("visited", "Kamikawa", "Canberra"), "2024-03-03"),
    ("range-month-day", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra from "
     "Feb. 26 to 28."), ("visited", "Kamikawa", "Canberra"), "2024-02-26"),
    ("season-year", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in the "
     "spring of 2021."), ("visited", "Kamikawa", "Canberra"), "2021"),
    ("iso-date", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on "
     "2024-02-05."), ("visited", "Kamikawa", "Canberra"), "2024-02-05"),
    ("holiday", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on "
     "Christmas Eve."), ("visited", "Kamikawa", "Canberra"), "2023-12-24"),
    ("holiday-event-label", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra "
     "on New Year's Day."), ("visited", "Kamikawa", "Canberra"), "2024-01-01"),
    ("weekday-of-last-week", "2024-03-07", ("Japanese Foreign Minister Yoko Kamikawa visited "
     "Canberra on Tuesday last week."), ("visited", "Kamikawa", "Canberra"), "2024-02-27"),
    ("possessive-weekday", "2024-03-06", ("Finnish President Alexander Stubb met Polish President "
     "Andrzej Duda at Tuesday's summit in Warsaw."), ("met", "Stubb", "Duda"), "2024-03-05"),
    # --- a time no date gives: not the month of publication either ---
    ("decade", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in the "
     "1990s."), ("visited", "Kamikawa", "Canberra"), None),
    ("end-of-year", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra at the "
     "end of the year."), ("visited", "Kamikawa", "Canberra"), None),
    ("years-ago", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa first visited Canberra "
     "years ago."), ("visited", "Kamikawa", "Canberra"), None),
    ("decade-ago", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra a "
     "decade ago."), ("visited", "Kamikawa", "Canberra"), None),
    ("ramadan", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra during "
     "Ramadan."), ("visited", "Kamikawa", "Canberra"), None),
    # a place the model labels DATE ("in Montevideo") is no time: the day still dates the signing;
    # "days before" gives no day for the accusation
    ("model-date-error", "2026-03-09", ("Lula and Milei signed a trade deal in Montevideo on Feb. "
     "23, days before Milei accused Lula of meddling."), ("agreed", "Lula", "Milei"), "2026-02-23"),
    ("days-before", "2026-03-09", ("Lula and Milei signed a trade deal in Montevideo on Feb. 23, "
     "days before Milei accused Lula of meddling."), ("accused", "Milei", "Lula"),
     undated("2026-03-09")),
    ("two-days-before", "2026-03-09", ("Lula and Milei signed a trade deal in Montevideo on Feb. "
     "23, two days before Milei accused Lula of meddling."), ("accused", "Milei", "Lula"),
     "2026-02-25"),
    # --- spans of time are no dates ---
    ("since-year", "2024-03-06", ("The opposition has accused President Tomas Varga of rigging "
     "elections since 2015."), ("accused", "opposition", "Varga"), undated("2024-03-06")),
    ("for-days", "2024-03-06", ("Japanese Foreign Minister Yoko Kamikawa visited Canberra for three "
     "days."), ("visited", "Kamikawa", "Canberra"), undated("2024-03-06")),
    ("undated-news", "2024-03-06", "Japanese Foreign Minister Yoko Kamikawa visited Canberra.",
     ("visited", "Kamikawa", "Canberra"), undated("2024-03-06")),
    # --- chains: counted from the date before ---
    ("following-day", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez arrived in Rabat on "
     "Monday. The following day he met King Mohammed VI."), ("met", "Sanchez", "Mohammed"),
     "2024-03-05"),
    ("two-days-later", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez arrived in Rabat on "
     "Monday. Two days later, Sanchez met King Mohammed VI."), ("met", "Sanchez", "Mohammed"),
     "2024-03-06"),
    ("next-day-from-date", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez arrived in Rabat on "
     "March 4. He met King Mohammed VI the next day."), ("met", "Sanchez", "Mohammed"),
     "2024-03-05"),
    ("previous-day", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez met King Mohammed VI in "
     "Rabat on Wednesday. Sanchez had arrived in Rabat the previous day."),
     ("met", "Sanchez", "Mohammed"), "2024-03-06"),
    ("later-that-day", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez arrived in Rabat on "
     "Tuesday. Later that day he met King Mohammed VI."), ("met", "Sanchez", "Mohammed"),
     "2024-03-05"),
    ("a-year-earlier", "2025-09-12", ("Tanzanian President Samia Suluhu Hassan visited Nairobi in "
     "March. Kenyan President William Ruto travelled to Dar es Salaam a year earlier."),
     ("visited", "Ruto", "Dar es Salaam"), "2024"),
    ("two-months-later", "2025-09-12", ("Tanzanian President Samia Suluhu Hassan visited Nairobi in "
     "March. Two months later, Kenyan President William Ruto travelled to Dar es Salaam."),
     ("visited", "Ruto", "Dar es Salaam"), "2025-05"),
    ("following-day-from-month", "2025-09-12", ("Tanzanian President Samia Suluhu Hassan visited "
     "Nairobi in March. The following day she met Kenyan President William Ruto."),
     ("met", "Hassan", "Ruto"), "2025-03"),
    ("following-year-after-story", "2025-09-12", ("Tanzanian President Samia Suluhu Hassan visited "
     "Nairobi on March 3. The following year, Kenyan President William Ruto travelled to Dar es "
     "Salaam."), ("visited", "Ruto", "Dar es Salaam"), undated("2025-09-12")),
    ("a-day-after", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez met King Mohammed VI on "
     "Wednesday, a day after arriving in Rabat."), ("met", "Sanchez", "Mohammed"), "2024-03-06"),
    ("a-day-after-visit", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez met King Mohammed VI "
     "on Wednesday, a day after arriving in Rabat."), ("visited", "Sanchez", "Rabat"),
     "2024-03-05"),
    ("hours-after", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez met King Mohammed VI on "
     "Tuesday afternoon, hours after arriving in Rabat."), ("visited", "Sanchez", "Rabat"),
     "2024-03-05"),
    ("main-hours-after-clause", "2024-03-07", ("Hours after Spanish Prime Minister Pedro Sanchez "
     "arrived in Rabat on Tuesday, Algeria accused Spain of betrayal."),
     ("accused", "Algeria", "Spain"), "2024-03-05"),
    ("main-days-after-clause", "2024-03-07", ("Algeria accused Spain of betrayal two days after "
     "Sanchez met King Mohammed VI on Monday."), ("accused", "Algeria", "Spain"), "2024-03-06"),
    ("main-after-clause-no-measure", "2024-03-07", ("Algeria accused Spain of betrayal after "
     "Sanchez met King Mohammed VI on Monday."), ("accused", "Algeria", "Spain"),
     undated("2024-03-07")),
    ("clauses-counted-from-each-other", "2024-03-07", ("Two days after Spanish Prime Minister "
     "Pedro Sanchez met King Mohammed VI, Algeria accused Spain of betrayal."),
     ("accused", "Algeria", "Spain"), undated("2024-03-07")),
    # --- datelines ---
    ("dateline-day", "2024-04-01", ("WASHINGTON, March 31 (Reuters) - Japan and the United States "
     "signed a trade accord on Sunday, officials said."), ("agreed", "Japan", "United States"),
     "2024-03-31"),
    # a story datelined Sunday March 31 and posted on Wednesday April 3: its Tuesday is March 26
    ("dateline-weekday-anchor", "2024-04-03", ("WASHINGTON, March 31 (Reuters) - Japan and the "
     "United States signed a trade accord on Tuesday, officials said."),
     ("agreed", "Japan", "United States"), "2024-03-26"),
    ("dateline-undated", "2024-04-01", ("WASHINGTON, March 31 (Reuters) - Japan and the United "
     "States signed a trade accord, officials said."), ("agreed", "Japan", "United States"),
     (None, "2024-03", "2024-03-31")),
    ("dateline-no-pubdate", None, ("WASHINGTON, March 31, 2023 (Reuters) - Japan and the United "
     "States signed a trade accord on Thursday, officials said."),
     ("agreed", "Japan", "United States"), "2023-03-30"),
    ("agency-dateline", "2024-03-06", ("LONDON (AP) - British Foreign Secretary David Cameron met "
     "Ukrainian Foreign Minister Dmytro Kuleba on Tuesday."), ("met", "Cameron", "Kuleba"),
     "2024-03-05"),
    ("date-line", None, ("Friday, 6 March 2020\n\nBritish Foreign Secretary Dominic Raab met "
     "Ukrainian Foreign Minister Vadym Prystaiko on Thursday in London."),
     ("met", "Raab", "Prystaiko"), "2020-03-05"),
    # --- no publication date: relative expressions give nothing, absolute ones stay ---
    ("nodate-weekday", None, ("Finnish President Alexander Stubb met Polish President Andrzej Duda "
     "on Tuesday in Warsaw."), ("met", "Stubb", "Duda"), None),
    ("nodate-month", None, "Japanese Foreign Minister Yoko Kamikawa visited Canberra in November.",
     ("visited", "Kamikawa", "Canberra"), None),
    ("nodate-last-year", None, "Canada and Mexico signed a fisheries agreement last year.",
     ("agreed", "Canada", "Mexico"), None),
    ("nodate-absolute", None, ("Japanese Foreign Minister Yoko Kamikawa visited Canberra on Dec 31, "
     "2019."), ("visited", "Kamikawa", "Canberra"), "2019-12-31"),
    ("nodate-month-year", None, ("Japanese Foreign Minister Yoko Kamikawa visited Canberra in May "
     "2022."), ("visited", "Kamikawa", "Canberra"), "2022-05"),
    ("nodate-undated", None, "Japanese Foreign Minister Yoko Kamikawa visited Canberra.",
     ("visited", "Kamikawa", "Canberra"), None),
    # --- which sentence or clause gives the date ---
    ("other-sentence-not-copied", "2024-03-06", ("Chilean President Gabriel Boric visited Lima on "
     "Monday. Argentina and Uruguay have signed a river treaty."),
     ("agreed", "Argentina", "Uruguay"), undated("2024-03-06")),
    ("relative-clause-other-event", "2024-03-06", ("Boric, who arrived in Lima on Monday, met "
     "Peruvian President Dina Boluarte."), ("met", "Boric", "Boluarte"), undated("2024-03-06")),
    ("relative-clause-own-date", "2024-03-06", ("Boric, who arrived in Lima on Monday, met "
     "Peruvian President Dina Boluarte."), ("visited", "Boric", "Lima"), "2024-03-04"),
    ("time-clause-other-event", "2024-03-06", ("Chilean President Gabriel Boric met Peruvian "
     "President Dina Boluarte, his first meeting since he took office in March 2022."),
     ("met", "Boric", "Boluarte"), undated("2024-03-06")),
    # the date of the occasion the event took place at dates it
    ("occasion-year", "2024-03-06", ("Brazilian President Luiz Inacio Lula da Silva met Argentine "
     "President Javier Milei at the 2019 G20 summit in Osaka."), ("met", "Lula", "Milei"), "2019"),
    ("occasion-day", "2024-03-06", ("Brazilian President Luiz Inacio Lula da Silva met Argentine "
     "President Javier Milei during the Feb. 20 summit in Brasilia."), ("met", "Lula", "Milei"),
     "2024-02-20"),
    ("occasion-sidelines", "2024-03-06", ("Brazilian President Luiz Inacio Lula da Silva met "
     "Argentine President Javier Milei on the sidelines of the Monday summit in Brasilia."),
     ("met", "Lula", "Milei"), "2024-03-04"),
    ("not-the-occasion", "2024-03-06", ("Brazilian President Luiz Inacio Lula da Silva met "
     "Argentine President Javier Milei ahead of the Monday summit."), ("met", "Lula", "Milei"),
     undated("2024-03-06")),
    # a year of another thing ("for the first time in 2024") that holds the month of publication:
    # news of that month (right at the year's precision too)
    ("year-of-another-thing", "2024-03-06", ("Brazilian President Luiz Inacio Lula da Silva met "
     "Argentine President Javier Milei in Brasilia for the first time in 2024."),
     ("met", "Lula", "Milei"), ("2024", "2024-03")),
    ("two-events-two-dates", "2024-03-06", ("Chilean President Gabriel Boric visited Lima on Monday "
     "and met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Tuesday."),
     ("met", "Boric", "Lula"), "2024-03-05"),
    ("two-events-first-date", "2024-03-06", ("Chilean President Gabriel Boric visited Lima on Monday "
     "and met Brazilian President Luiz Inacio Lula da Silva in Brasilia on Tuesday."),
     ("visited", "Boric", "Lima"), "2024-03-04"),
    ("later-sentence-same-event", "2024-03-06", ("Chilean President Gabriel Boric and Peruvian "
     "President Dina Boluarte held talks in Lima. The talks, held on Monday, focused on migration."),
     ("met", "Boric", "Boluarte"), "2024-03-04"),
    # a lead's undated event and a later sentence that dates the same relation
    ("same-relation-dated-later", "2024-03-07", ("French President Emmanuel Macron met Ukrainian "
     "President Volodymyr Zelenskiy in Kyiv. The two leaders held talks on Tuesday at the "
     "presidential palace."), ("met", "Macron", "Zelenskiy"), "2024-03-05"),
    ("during-the-visit", "2024-03-06", ("Chilean President Gabriel Boric visited Lima on Monday. "
     "During the visit, he met Peruvian President Dina Boluarte."), ("met", "Boric", "Boluarte"),
     "2024-03-04"),
    ("accusation-date-later", "2024-03-06", ("Peru accused Chile of spying on its navy. Peru made "
     "the accusation in Lima on Tuesday."), ("accused", "Peru", "Chile"), "2024-03-05"),
    # an undated event of a named actor continues his latest day only while the story stays on it
    ("carried-day", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez arrived in Rabat on "
     "Tuesday. Sanchez also met Moroccan Prime Minister Aziz Akhannouch."),
     ("met", "Sanchez", "Akhannouch"), ("2024-03-05", "2024-03", None)),
    ("not-carried-past-another-day", "2024-03-07", ("Spanish Prime Minister Pedro Sanchez arrived "
     "in Rabat on Monday for a three-day visit. He held talks with King Mohammed VI on Tuesday. "
     "Sanchez also met Moroccan Prime Minister Aziz Akhannouch."),
     ("met", "Sanchez", "Akhannouch"), ("2024-03", None)),
    # an accusation dated by the statement that follows it, of the accuser or a spokesperson
    ("statement-next-sentence", "2024-07-18", ("The Australian foreign ministry accused Beijing of "
     "harassing a navy ship. A spokeswoman told reporters on Wednesday that the incident was "
     "unsafe."), ("accused", "ministry", "Beijing"), "2024-07-17"),
    ("statement-of-the-accused", "2024-07-18", ("The Australian foreign ministry accused Beijing of "
     "harassing a navy ship. Beijing said on Wednesday that the ship had entered its waters."),
     ("accused", "ministry", "Beijing"), undated("2024-07-18")),
    # a year the clause (or its coordinated verb) writes is the year of its month
    ("clause-year-and-month", "2024-03-06", ("In 2019, Chilean President Gabriel Boric visited Lima "
     "in May."), ("visited", "Boric", "Lima"), "2019-05"),
    ("coordinated-year", "2024-03-06", ("Chilean President Gabriel Boric visited Lima in May 2019 "
     "and met Peruvian President Martin Vizcarra in June."), ("met", "Boric", "Vizcarra"),
     "2019-06"),
    ("other-clause-year-not-used", "2024-03-06", ("Chilean President Gabriel Boric, who took office "
     "in 2022, visited Lima in May."), ("visited", "Boric", "Lima"), "2023-05"),
    ("earlier-year-context", "2024-03-06", ("In 2019, Boric visited Lima. In May that year, he met "
     "Peruvian President Martin Vizcarra."), ("met", "Boric", "Vizcarra"), "2019-05"),
    ("headline-present", "2024-03-06", ("Boric meets Boluarte in Lima\n\nChilean President Gabriel "
     "Boric met Peruvian President Dina Boluarte in Lima on Tuesday."),
     ("met", "Boric", "Boluarte"), "2024-03-05"),
]


@pytest.mark.parametrize(("published", "text", "key", "expected"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_event_date(published: str | None, text: str, key: tuple[str, str, str],
                    expected: str | None | tuple[str | None, ...]) -> None:
    got = _date_of(text, published, key)
    if isinstance(expected, tuple):
        assert got in expected
    else:
        assert got == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("between September, 1986 and end 1987", "1987-03-23", None),  # a span across years
    ("from May to July 2022", "2024-03-06", "2022"),
    ("from Dec. 30 to Jan. 2", "2024-03-06", "2023-12-30"),  # a range: its first day
    ("Dec. 30, 2023 to Jan. 2, 2024", None, "2023-12-30"),
    ("September 1986 and end 1987", "1987-03-23", None),
    ("3-5 May", "2024-06-01", "2024-05-03"),
    ("between 3 and 5 March 2020", None, "2020-03-03"),
    ("the first week of February", "2024-03-06", "2024-02"),
    ("late May", "2024-03-06", "2023-05"),
    ("may", "2024-03-06", None),  # the verb, not the month
    ("the summer", "2026-03-09", "2025"),  # the latest summer begun by the article
    ("the summer", "2026-08-09", "2026"),
    ("last summer", "2026-08-09", "2025"),
    ("this spring", "2026-05-01", "2026"),
    ("the winter", "2026-03-09", None),    # spans two years
    ("Christmas", "2026-03-09", "2025-12-25"),
    ("on 2024-02-05", "2026-03-09", "2024-02-05"),
])
def test_normalise_spans_and_qualified_months(text: str, published: str | None,
                                              expected: str | None) -> None:
    from graph.extract.datewords import article_year, normalise

    assert normalise(text, year=article_year(published), article_date=published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("last week", "2024-03-20", "2024-03"),   # Mar 11-17
    ("last week", "2024-03-06", "2024"),      # Feb 26 - Mar 3: no one month
    ("last week", "2024-01-03", "2023-12"),   # Dec 25-31, 2023: one month of the year before
    ("this week", "2024-03-01", "2024"),      # Feb 26 - Mar 1
    ("over the weekend", "2024-03-04", "2024-03"),  # Mar 2-3
    ("this week", "2024-03-04", "2024-03"),   # a Monday: no day gone but this one
    ("the past week", "2024-03-03", "2024"),  # Feb 25 - Mar 3
    ("a year ago", "2024-03-20", "2023"),
    ("two days ago", "2024-03-01", "2024-02-28"),
    ("next week", "2024-03-20", None),
    ("years ago", "2024-03-20", None),        # how many unknown
    ("weeks ago", "2024-03-20", None),
    ("a few days ago", "2024-03-20", "2024-03"),  # Mar 11-20
])
def test_relative_weeks_are_the_span_they_cover(text: str, published: str,
                                               expected: str | None) -> None:
    from graph.extract.datewords import relative_day

    assert relative_day(text, published) == expected


@pytest.mark.parametrize(("published", "dateline", "text", "expected"), [
    ("2024-04-03", "2024-03-31", "", "2024-03-31"),   # posted three days after its dateline
    ("2024-03-30", "2024-03-31", "", "2024-03-31"),   # a time zone ahead of the publisher's
    ("2024-04-20", "2024-03-31", "", "2024-04-20"),   # too far apart: the publication date
    ("2024-03", "2024-03-11", "", "2024-03-11"),      # a publication month: the dateline's day
    (None, "2024-03-31", "", "2024-03-31"),
    (None, None, "Friday, 6 March 2020\n\nText.", "2020-03-06"),
    (None, None, "March 6, 2020 14:03 GMT\nText.", "2020-03-06"),
    (None, None, "Friday, 6 March 2020 was a day.", None),  # a sentence, not a date line
    ("2024-01-02", None, "Friday, 6 March 2020\n\nText.", "2024-01-02"),
])
def test_story_date(published: str | None, dateline: str | None, text: str,
                    expected: str | None) -> None:
    from graph.extract.datelines import story_date

    assert story_date(published, dateline, text) == expected
