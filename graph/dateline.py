"""Datelines: the place, date and agency that open a wire story.

``"CAIRO, March 4, 2025 - ..."``, ``"MOSCOW, April 13 (Reuters) - ..."``,
``"HANOI, Vietnam (AP) - ..."``, ``"WASHINGTON — ..."``, ``"MINSK (Realist English). On ..."``.
:func:`parse_dateline` is a pure function on the text; it reads nothing but the opening of the
article (after leading blank lines and one Markdown heading line, if any).

The forms recognised follow the AP Stylebook and Reuters style (place in capitals, optional
region, optional date with the month spelled out or abbreviated AP-style, optional agency in
brackets, then a dash), plus the same with the place in title case when a date or an agency
confirms it is a dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["Dateline", "parse_dateline"]

#: Month names and the abbreviations of the AP Stylebook ("Jan.", "Sept.") and common variants.
_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_MONTH = r"(?P<month>(?i:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r"))\.?"

# A place in capitals: words of capital letters (accents allowed), with dots, hyphens,
# apostrophes; e.g. "NEW YORK", "ST. PETERSBURG", "N'DJAMENA", "PORT-AU-PRINCE", "SÃO PAULO".
_UPPER_WORD = r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’\-]*"
_UPPER_PLACE = rf"{_UPPER_WORD}(?:\s{_UPPER_WORD}){{0,4}}"
_TITLE_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ.'’\-]+"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:\s{_TITLE_WORD}){{0,3}}"
_REGION = rf"(?:{_TITLE_WORD}|[A-Z]{{2,3}}|[A-Z][a-z]?\.(?:[A-Z][a-z]?\.)?)(?:\s{_TITLE_WORD}){{0,3}}"
_DATE = (
    rf"(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})\s+{_MONTH.replace('month', 'month2')}(?:\s+(?P<year2>\d{{4}}))?)"
)
_AGENCY = r"\((?P<agency>[^()\d\n]{1,40})\)"
_DASH = r"(?:--?|—|–|‒|―)"

_TAIL = rf"(?:,\s+{_DATE})?(?:\s*{_AGENCY})?"
_END_DASH = rf"\s*{_DASH}\s*"
_END_DOT = r"\s*[.:]\s+"

_UPPER_RE = re.compile(
    rf"(?P<place>{_UPPER_PLACE})(?:,\s+(?P<region>{_REGION}|{_UPPER_PLACE}))?{_TAIL}"
    rf"(?P<end>{_END_DASH}|(?<=\))(?:{_END_DOT})|(?<=\d)\s*:\s+)"
)
_TITLE_RE = re.compile(
    rf"(?P<place>{_TITLE_PLACE})(?:,\s+(?P<region>{_REGION}))?{_TAIL}(?P<end>{_END_DASH})"
)
#: Capitalised words that open headlines, not datelines ("NATO - Russia talks"); a place alone
#: before a dash must have three letters or more and not be one of these.
_NOT_PLACES = frozenset({
    "NATO", "OPEC", "ASEAN", "UNESCO", "UNICEF", "UPDATE", "BREAKING", "EXCLUSIVE", "ANALYSIS",
    "OPINION", "WATCH", "VIDEO", "LIVE", "FACTBOX", "EXPLAINER", "CORRECTED", "URGENT", "EU",
    "UN", "US", "UK", "IMF", "WHO", "FBI", "CIA", "KGB", "SVR",
})
_LEAD = re.compile(r"\A(?:\s*\n)*(?:[ \t]*#[^\n]*\n(?:\s*\n)*)?[ \t]*")


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of an article.

    ``place`` is the place as written, in title case ("Cairo", "New York"); ``region`` the
    state, province or country after it ("Vietnam") or ``None``; ``date`` an ISO ``YYYY-MM-DD``
    or ``None`` (no date, or no year and no publication date to take it from); ``agency`` the
    name in brackets ("Reuters", "AP") or ``None``; ``text`` the dateline as written;
    ``start``/``body_start`` the character offsets where the dateline and the body begin.
    """

    place: str
    region: str | None
    date: str | None
    agency: str | None
    text: str
    start: int
    body_start: int


def _title(place: str) -> str:
    if not place.isupper():
        return place
    return " ".join(
        word if word.count(".") >= 2 else
        "-".join(part[:1] + part[1:].lower() for part in word.split("-")) for word in place.split()
    )


def _iso_date(month: int, day: int, year: int | None, published: str | None) -> str | None:
    """The dateline's date as ISO; a missing year comes from ``published`` (the latest year that
    does not put the date more than a day after publication)."""
    pub: dt.date | None = None
    if published:
        try:
            pub = dt.date.fromisoformat(published[:10])
        except ValueError:
            try:
                pub = dt.date(int(published[:4]), 12, 31)
            except ValueError:
                pub = None
    if year is None:
        if pub is None:
            return None
        year = pub.year
        try:
            if dt.date(year, month, day) > pub + dt.timedelta(days=1):
                year -= 1
        except ValueError:
            return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_dateline(text: str, *, published: str | None = None) -> Dateline | None:
    """The dateline opening ``text``, or ``None`` when it has none.

    ``published`` is the article's publication date (``YYYY-MM-DD``, or ``YYYY-MM``/``YYYY``);
    it supplies the year of a dateline without one ("MOSCOW, April 13 (Reuters) -"): the
    publication year, or the year before when the date would fall more than a day after
    publication (a story of Dec. 31 published on Jan. 2). Only the first 300 characters after
    leading blank lines and at most one Markdown heading line are read. Never raises.
    """
    lead = _LEAD.match(text)
    start = lead.end() if lead else 0
    head = text[start:start + 300]
    match = _UPPER_RE.match(head)
    if match is None:
        match = _TITLE_RE.match(head)
        if match is None or not (match.group("month") or match.group("month2") or match.group("agency")):
            return None
    place = match.group("place").strip()
    letters = sum(ch.isalpha() for ch in place)
    bare = not (match.group("region") or match.group("month") or match.group("month2")
                or match.group("agency"))
    if letters < 2 or (bare and (letters < 3 or place.upper() in _NOT_PLACES)):
        return None
    month_name = match.group("month") or match.group("month2")
    date = None
    if month_name:
        month = _MONTHS[month_name.lower()]
        day = int(match.group("day") or match.group("day2"))
        year_text = match.group("year") or match.group("year2")
        date = _iso_date(month, day, int(year_text) if year_text else None, published)
    region = match.group("region")
    agency = match.group("agency")
    dateline_text = head[: match.start("end")].strip()
    return Dateline(
        place=_title(place),
        region=_title(region.strip()) if region else None,
        date=date,
        agency=agency.strip() if agency else None,
        text=dateline_text,
        start=start,
        body_start=start + match.end(),
    )
