"""Date expressions of news text as ISO dates, against the article's publication date.

:func:`normalise` reads expressions that name their month, day or year ("Nov. 5", "5 November",
"from 3 to 5 March", "in early February", "November last year", "the spring of 2021");
:func:`relative_day` those counted from the publication date ("on Tuesday", "yesterday", "last
week", "two days ago", "on the 5th"). Both give ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` at the
precision the text gives, or ``None``: a week is given as its month only when it lies in one
month (ISO dates have no week precision), and never as a month it may not lie in.

News reports what happened: a date written without its year or month (a weekday, "in
November", "the 5th") is the latest such date not after the publication date (the rule of
``../shared/dev/README.md``: what a careful reader can work out from the text and the
publication date).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")

MONTHS = {
    m: i
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september",
         "october", "november", "december"],
        start=1,
    )
}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ORD = r"(?:st|nd|rd|th)?"
_MONTH_DAY = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})" + _ORD + r"\b(?:,?\s+(\d{4}))?")
_DAY_MONTH = re.compile(r"\b(\d{1,2})" + _ORD + r"\s+(?:of\s+)?([A-Za-z]{3,9})\b\.?(?:,?\s+(\d{4}))?")
#: "from 3 to 5 March", "3-5 May", "between 3 and 5 March": a range of days; the first day.
_DAY_RANGE = re.compile(r"\b(\d{1,2})" + _ORD + r"\s*(?:-|–|to|and|until|till)\s*\d{1,2}" + _ORD
                        + r"\s+(?:of\s+)?([A-Za-z]{3,9})\b\.?(?:,?\s+(\d{4}))?")
#: A range that starts on a day: "from Dec. 30 to Jan. 2", "between 30 January and 2 February".
_FIRST_DAY = re.compile(r"^(?:from|between|on)?\s*(?:[A-Za-z]{3,9}\.?\s+\d{1,2}" + _ORD + r"|\d{1,2}"
                        + _ORD + r"\s+(?:of\s+)?[A-Za-z]{3,9})\b",
                        re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_WORD = re.compile(r"[a-z]+")
_ISO_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
#: Holidays on one day of the Gregorian calendar every year, as (month, day); movable feasts
#: (Easter, Ramadan, Thanksgiving) and national days that differ by country are left out.
HOLIDAYS = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
            "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
            "valentine's day": (2, 14), "halloween": (10, 31), "may day": (5, 1),
            "international women's day": (3, 8), "armistice day": (11, 11),
            "bastille day": (7, 14)}
#: Words that place a time inside a month or a year without naming a day ("in early February",
#: "at the end of January", "the spring of 2021"): they leave the month or the year as it is.
_WITHIN = frozenset("""
the of in at on during end beginning start middle early late mid first second third fourth final
last half part week weeks days spring summer autumn fall winter around about towards toward
""".split())  # noqa: SIM905
#: Seasons of the northern hemisphere that lie within one year, by their first month (winter
#: spans two years and is left out).
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
#: Parts of a day ("Tuesday night", "this morning", "last night").
PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midday"})
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 0, "few": 0}


@lru_cache(maxsize=1024)
def article_year(date: str | None) -> int | None:
    """The year of an ISO article date, or ``None``."""
    if date:
        match = YEAR.search(date)
        if match:
            return int(match.group(1))
    return None


def anchor(article_date: str | None) -> date | None:
    """The article's date as a :class:`datetime.date` (a month or year alone: its last day)."""
    if not article_date:
        return None
    match = _ISO_DAY.match(article_date)
    try:
        if match:
            return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if re.match(r"^\d{4}-\d{2}$", article_date):
            y, m = int(article_date[:4]), int(article_date[5:7])
            return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)
        if re.match(r"^\d{4}$", article_date):
            return date(int(article_date), 12, 31)
    except ValueError:
        return None
    return None


def span_date(first: date, last: date) -> str | None:
    """The most precise ISO date that holds every day from ``first`` to ``last``: the day, the
    month, the year, or ``None`` when the span crosses a new year."""
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    if first.year == last.year:
        return f"{first.year:04d}"
    return None


def _ago(words: list[str], day: date) -> str | None:
    """'two days ago' (a day), 'three weeks ago', 'a month ago' (a month), 'two years ago' (a
    year), counted back from the article's date; 'several days ago' gives no day."""
    if len(words) < 2 or words[-1] != "ago":
        return None
    unit = words[-2].rstrip("s")
    count = words[-3] if len(words) >= 3 else ("several" if words[-2].endswith("s") else "a")
    n = int(count) if count.isdigit() else NUMBER_WORDS.get(count)
    if n is None or unit not in ("day", "week", "month", "year"):
        return None
    if n == 0:  # "several days ago", "a few weeks ago": only roughly
        return span_date(day - timedelta(days=9), day) if unit == "day" else None
    if unit == "day":
        return (day - timedelta(days=n)).isoformat()
    if unit == "week":
        back = day - timedelta(days=7 * n)
        return f"{back.year:04d}-{back.month:02d}"
    if unit == "month":
        months = day.year * 12 + day.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{day.year - n:04d}"


def _week(words: list[str], i: int, day: date) -> str | None:
    """'this week', 'earlier this week', 'last week', 'the past week', '(over) the weekend',
    'last weekend': the span of days it covers up to the article's date, as :func:`span_date`."""
    before = words[i - 1] if i > 0 else ""
    monday = day - timedelta(days=day.weekday())
    if words[i] == "weekend":
        if before == "next" or before == "coming":
            return None
        saturday = day - timedelta(days=(day.weekday() - 5) % 7)
        if before == "last" and day.weekday() >= 5:
            saturday -= timedelta(days=7)
        return span_date(saturday, min(saturday + timedelta(days=1), day))
    if before in ("this", "the") and (i < 2 or words[i - 2] != "past"):
        # (on a Monday "this week" names the days to come more than the one gone: its month)
        return span_date(monday, day) if monday < day else f"{day.year:04d}-{day.month:02d}"
    if before == "last" and (i < 2 or words[i - 2] not in ("the", "this")):
        return span_date(monday - timedelta(days=7), monday - timedelta(days=1))
    if before in ("past", "last"):  # "the past week", "the last week": the seven days before
        return span_date(day - timedelta(days=7), day)
    return None


def relative_day(text: str, article_date: str | None) -> str | None:
    """'on Tuesday', 'today', 'yesterday', 'last month', 'this week' against a full ISO article
    date (news reports past events: a weekday is the latest such day on or before the article's
    date). A week is given as its month (``YYYY-MM``) when it lies in one month, else as its
    year: ISO dates have no week precision."""
    if not _ISO_DAY.match(article_date or ""):
        return None
    day = anchor(article_date)
    if day is None:
        return None
    words = [w for w in re.findall(r"[a-z]+|\d+", text.lower())]
    if len(words) > 5 or any(w in MONTHS and len(w) > 3 for w in words):
        return None  # "November last year": a month, read by normalise
    ago = _ago(words, day)
    if ago is not None:
        return ago
    nth = re.fullmatch(r"(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)", text.strip().lower())
    if nth and 1 <= int(nth.group(1)) <= 31:
        # "on the 15th": the latest 15th not after the article
        y, m, d = day.year, day.month, int(nth.group(1))
        if d > day.day:
            y, m = (y - 1, 12) if m == 1 else (y, m - 1)
        try:
            return date(y, m, d).isoformat()
        except ValueError:
            return None
    if words[-1:] and words[-1] in PARTS_OF_DAY and len(words) == 2 and words[0] in ("this", "last"):
        # "this morning", "last night"
        return (day - timedelta(days=1 if words[0] == "last" else 0)).isoformat()
    for i, w in enumerate(words):
        if w in WEEKDAYS:
            if "next" in words[:i] or "coming" in words[:i]:
                return None
            back = (day.weekday() - WEEKDAYS[w]) % 7
            if "last" in words[:i] and back == 0:
                back = 7
            if words[i + 1:i + 3] in (["last", "week"], ["of", "last"]):
                # "on Tuesday last week": that weekday of the calendar week before
                back = day.weekday() + 7 - WEEKDAYS[w]
            return (day - timedelta(days=back)).isoformat()
        if w in ("today", "tonight"):
            return day.isoformat()
        if w == "yesterday":
            return (day - timedelta(days=1)).isoformat()
        if w in ("week", "weekend"):
            return _week(words, i, day)
        if w in ("month", "year") and i > 0:
            before = words[i - 1]
            if before in ("next", "coming"):
                return None
            if before in ("this", "earlier"):
                return f"{day.year:04d}-{day.month:02d}" if w == "month" else f"{day.year:04d}"
            if before == "past" or (before == "last" and i > 1 and words[i - 2] == "the"):
                # "the past month", "the last year": the span before the article
                start = day - timedelta(days=30 if w == "month" else 365)
                return span_date(start, day)
            if before == "last":
                if w == "year":
                    return f"{day.year - 1:04d}"
                earlier = day - timedelta(days=day.day)
                return f"{earlier.year:04d}-{earlier.month:02d}"
    return None


def past_year(month: int, day: int | None, anchor_day: date | None, fallback: int | None) -> int | None:
    """The year of a date written without one: the article's, or the year before when that would
    put the date after the article (news reports what happened: "in November" in a March
    article is the November before)."""
    if anchor_day is None:
        return fallback
    if fallback is not None and fallback != anchor_day.year:
        return fallback  # the article named another year just before ("in 1986 ... in May")
    y = anchor_day.year
    try:
        if date(y, month, day or 1) > anchor_day + timedelta(days=1):
            y -= 1
    except ValueError:
        return None
    return y


def _real_day(year: int, month: int, day: int) -> bool:
    """Whether ``year-month-day`` is a calendar day ("February 30" is none: no date)."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _month_of(word: str, text: str) -> int | None:
    """The month a word names ("Nov", "november"); "may" only as the capitalised "May"."""
    low = word.lower().rstrip(".")
    if low not in MONTHS:
        return None
    if low == "may" and not re.search(r"\bMay\b", text):
        return None
    return MONTHS[low]


def _year_word(words: list[str], anchor_day: date | None) -> int | None:
    """The year "last year" / "this year" names against the article's date, if written."""
    if anchor_day is None:
        return None
    for i in range(1, len(words)):
        if words[i] == "year" and words[i - 1] in ("last", "this", "previous"):
            return anchor_day.year - (0 if words[i - 1] == "this" else 1)
    return None


def normalise(text: str, *, year: int | None, context_year: int | None = None,
              article_date: str | None = None, given_year: int | None = None) -> str | None:
    """An ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) for a date expression, or ``None``.

    ``year`` is the article's year (for "April 15"); ``context_year`` the last year the article
    mentioned before the expression (for "that year"); ``article_date`` the full publication
    date, by which a month without a year ("in November") is the latest one not after it, and
    "November last year" the November of the year before it; ``given_year`` a year the same
    clause writes ("In 2019, X visited Y in May"), the year of a month or day written without one.
    """
    lower = text.lower()
    anchor_day = anchor(article_date)
    iso = _ISO_IN_TEXT.search(text)
    if iso and _real_day(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))):
        return iso.group(0)  # "on 2024-02-05"
    words = _WORD.findall(lower)
    holiday = next(((m, d) for name, (m, d) in HOLIDAYS.items() if name in lower), None)
    if holiday is not None:  # "on Christmas Eve": the latest one not after the article
        y = (int(YEAR.search(text).group(1)) if YEAR.search(text)  # type: ignore[union-attr]
             else past_year(holiday[0], holiday[1], anchor_day, None))
        return f"{y:04d}-{holiday[0]:02d}-{holiday[1]:02d}" if y is not None else None
    fallback = context_year if "that year" in lower or "same year" in lower else year
    named = _year_word(words, anchor_day)
    if named is not None:
        fallback = named
    known = fallback if fallback != year else None  # a year the text itself gives
    years = set(YEAR.findall(text))
    named_months = {m for w in words if (m := _month_of(w, text)) is not None}
    if (len(years) > 1 or len(named_months) > 1) and not _FIRST_DAY.match(text):
        # "between September, 1986 and end 1987", "from May to July 2022": a span of months or
        # years; its year when it lies in one ("from Jan. 30 to Feb. 2" starts on a day: that)
        return years.pop() if len(years) == 1 and YEAR.search(text) else None
    for pattern, day_at, month_at in ((_DAY_RANGE, 1, 2), (_MONTH_DAY, 2, 1), (_DAY_MONTH, 1, 2)):
        match = pattern.search(text)
        if match is None:
            continue
        month = _month_of(match.group(month_at), text)
        if month is None:
            continue
        day = int(match.group(day_at))
        y = int(match.group(3)) if match.group(3) else given_year if given_year is not None \
            else past_year(month, day, anchor_day, known)
        if y is not None and _real_day(y, month, day):
            return f"{y:04d}-{month:02d}-{day:02d}"
    match = _MONTH_YEAR.search(text)
    if match and _month_of(match.group(1), text):
        return f"{int(match.group(2)):04d}-{_month_of(match.group(1), text):02d}"
    rest = [w for w in words if w not in _WITHIN]
    match = YEAR.search(text)
    if match and (len(text.split()) <= 3 or not rest):
        return match.group(1)  # "2019", "in 2019", "the spring of 2021"
    season = next((SEASONS[w] for w in words if w in SEASONS), None)
    if season is not None and anchor_day is not None and set(rest) <= {"this", "last", "past"}:
        # "in the summer", "last autumn": the year of the latest such season begun by the article
        y = anchor_day.year if anchor_day.month >= season else anchor_day.year - 1
        if "last" in words and y == anchor_day.year and anchor_day.month < season + 3:
            y -= 1  # "last summer" in August: the summer before this one
        return f"{y:04d}"
    months = [m for w in words if (m := _month_of(w, text)) is not None]
    others = [w for w in rest if _month_of(w, text) is None and w not in ("that", "same", "year")]
    if len(months) == 1 and (len(words) <= 3 or not others):
        y = given_year if given_year is not None and named is None else past_year(
            months[0], None, anchor_day, known)
        if y is None:
            y = fallback
        if y is not None:
            return f"{y:04d}-{months[0]:02d}"
    return None
