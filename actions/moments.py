"""A preferred moment for contact, in natural Dutch, checked against the opening hours.

    "morgenochtend", "dinsdagmiddag", "volgende week woensdag na 3 uur", "vrijdag om 10 uur",
    "3 december", "maakt niet uit"

The Dutch day words, parts of the day and times are read here; calendar dates such as
"3 december" or "12-12" are parsed with `dateparser` (its Dutch support does not cover
relative phrases such as "morgenochtend", and reads "morgen om 9 uur" as 19:00). The
result is a time window; it is accepted when it overlaps the practice's opening hours
in the future, and otherwise the nearest open moments are proposed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Dict, List, Optional, Tuple

import dateparser

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_WEEKDAY_ABBREVIATIONS = {"ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6}
MONTHS = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)
# Parts of the day, as a visitor means them, clipped to the opening hours later.
DAY_PARTS: Dict[str, Tuple[time, time]] = {
    "ochtend": (time(7), time(12)),
    "middag": (time(12), time(17)),
    "avond": (time(17), time(23)),
}
_DAY_PART_WORDS = {
    "ochtend": "ochtend", "morgens": "ochtend", "ochtends": "ochtend", "voormiddag": "ochtend",
    "middag": "middag", "middags": "middag", "namiddag": "middag",
    "avond": "avond", "avonds": "avond",
}
_ANY = re.compile(
    r"maakt (?:me |mij )?niet (?:zoveel )?uit|geen voorkeur|om het even|wanneer (?:het )?(?:jullie )?(?:uitkomt|kunnen)"
    r"|zo snel mogelijk|zsm|liefst snel|altijd|maakt niks uit|whatever",
)
# How far ahead proposals and wishes may reach.
HORIZON_DAYS = 60
MIN_NOTICE = timedelta(minutes=30)


@dataclass(frozen=True)
class Moment:
    """An accepted preferred moment: a window within opening hours, or no preference."""

    display: str
    start: Optional[datetime] = None
    end: Optional[datetime] = None


@dataclass(frozen=True)
class Wish:
    """What the visitor asked for, before it is held against the opening hours."""

    first_day: date
    last_day: date
    earliest: time = time(0)
    latest: time = time(23, 59)


@dataclass(frozen=True)
class Proposal:
    title: str  # "vrijdag 27 november, ochtend": also the button payload, parseable again
    start: datetime


OpeningHours = Dict[int, List[Tuple[time, time]]]


def _normalise(text: str) -> str:
    text = (text or "").lower().replace("’", "'").replace("'s ", "s ")
    text = re.sub(r"[^\w:.\-/ ]+", " ", text)
    # Glue words: "morgenochtend", "dinsdagmiddag", "vanavond".
    text = re.sub(r"\b(morgen|overmorgen|" + "|".join(WEEKDAYS) + r")(ochtend|middag|avond)\b", r"\1 \2", text)
    text = re.sub(r"\bvan(ochtend|morgen|middag|avond)\b", r"vandaag \1", text)
    return re.sub(r"\s+", " ", text).strip()


def _hour(value: str, minutes: str | None, afternoon_bias: bool) -> Optional[time]:
    hour = int(value)
    minute = int(minutes) if minutes else 0
    if afternoon_bias and 1 <= hour <= 7:
        hour += 12  # "na 3 uur" at a practice means 15:00
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def _time_bounds(text: str) -> Tuple[Optional[time], Optional[time], Optional[str]]:
    """(earliest, latest, day part) from "na 3 uur", "om 10:30", "voor 12 uur", "'s middags"."""
    part = next((_DAY_PART_WORDS[w] for w in text.split() if w in _DAY_PART_WORDS), None)
    # "morgen" as a day wins over "morgens" as a part of the day (handled above).
    half = re.search(r"\bhalf (\d{1,2})\b", text)
    if half:
        hour = (int(half.group(1)) - 1) % 24
        at = _hour(str(hour), "30", afternoon_bias=part != "ochtend")
        if at:
            return at, (datetime.combine(date.today(), at) + timedelta(hours=1)).time(), part
    pattern = r"\b(na|vanaf|voor|om|rond|tegen|tussen)?\s*(\d{1,2})(?:[:.](\d{2}))?\s*(uur|u\b)?"
    match = next(
        (m for m in re.finditer(pattern, text) if m.group(1) or m.group(3) or m.group(4)), None
    )
    if match:
        word = match.group(1) or "om"
        at = _hour(match.group(2), match.group(3), afternoon_bias=part != "ochtend")
        if at is None:
            return None, None, part
        if word in ("na", "vanaf"):
            return at, None, part
        if word in ("voor", "tegen"):
            return None, at, part
        hour_later = (datetime.combine(date.today(), at) + timedelta(hours=1)).time()
        return at, hour_later if at < time(23) else time(23, 59), part
    return None, None, part


_MONTH_WORDS = "|".join(m[:3] + r"\w*" for m in MONTHS)
_CALENDAR_DATE = re.compile(
    rf"\b\d{{1,2}} (?:{_MONTH_WORDS})(?: \d{{4}})?\b|\b\d{{1,2}}[-/]\d{{1,2}}(?:[-/]\d{{2,4}})?\b"
)


def _calendar_date(text: str, today: date) -> Optional[date]:
    """An explicit date ("3 december", "12-12", "12/12/2026") through dateparser."""
    match = _CALENDAR_DATE.search(text)
    if not match:
        return None
    parsed = dateparser.parse(
        match.group(0),
        languages=["nl"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DATES_FROM": "future",
            "RELATIVE_BASE": datetime.combine(today, time(12)),
        },
    )
    return parsed.date() if parsed else None


def _weekday(text: str) -> Optional[int]:
    for index, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", text):
            return index
    for word, index in _WEEKDAY_ABBREVIATIONS.items():
        if re.search(rf"\b{word}\b", text):
            return index
    return None


def read_wish(text: str, now: datetime) -> Optional[Wish]:
    """The window the visitor means, or None when the text names no moment at all."""
    text = _normalise(text)
    today = now.date()
    next_week = bool(re.search(r"\bvolgende week\b|\bvolgende\b|\bkomende week\b", text))
    day = _calendar_date(text, today)
    weekday = _weekday(text)
    first = last = None
    if day:
        first = last = day
    elif re.search(r"\bovermorgen\b", text):
        first = last = today + timedelta(days=2)
    elif re.search(r"\bmorgen\b", text):
        first = last = today + timedelta(days=1)
    elif re.search(r"\bvandaag\b|\bnu\b", text):
        first = last = today
    elif weekday is not None:
        ahead = (weekday - today.weekday()) % 7
        if next_week:
            ahead = 7 - today.weekday() + weekday
        elif ahead == 0:
            ahead = 0 if now.time() < time(17) else 7
        first = last = today + timedelta(days=ahead)
    elif next_week:
        first = today + timedelta(days=7 - today.weekday())
        last = first + timedelta(days=6)
    elif re.search(r"\bdeze week\b", text):
        first, last = today, today + timedelta(days=6 - today.weekday())
    earliest, latest, part = _time_bounds(_CALENDAR_DATE.sub(" ", text))
    if first is None:
        if earliest is None and latest is None and part is None:
            return None
        # Only a time or part of the day: the first day on which it is still ahead.
        first, last = today, today + timedelta(days=7)
    if part:
        part_start, part_end = DAY_PARTS[part]
        earliest = max(earliest or part_start, part_start)
        latest = min(latest or part_end, part_end)
    return Wish(first, last, earliest or time(0), latest or time(23, 59))


def _open_windows(
    first: date, last: date, hours: OpeningHours, earliest: time, latest: time, now: datetime
) -> List[Tuple[datetime, datetime]]:
    windows = []
    day = first
    while day <= last:
        for opens, closes in hours.get(day.weekday(), []):
            start = datetime.combine(day, max(opens, earliest), tzinfo=now.tzinfo)
            end = datetime.combine(day, min(closes, latest), tzinfo=now.tzinfo)
            start = max(start, now + MIN_NOTICE)
            if start < end:
                windows.append((start, end))
        day += timedelta(days=1)
    return windows


def describe(start: datetime, end: datetime) -> str:
    """'dinsdag 1 december, 13:00-17:00' in Dutch."""
    day = f"{WEEKDAYS[start.weekday()]} {start.day} {MONTHS[start.month - 1]}"
    return f"{day}, {start:%H:%M}-{end:%H:%M}"


def propose(after: datetime, hours: OpeningHours, count: int = 3) -> List[Proposal]:
    """The nearest open parts of the day from `after` on, as (re-parseable) proposals."""
    proposals: List[Proposal] = []
    day = after.date()
    while len(proposals) < count and day <= after.date() + timedelta(days=HORIZON_DAYS):
        for part, (part_start, part_end) in DAY_PARTS.items():
            for start, _ in _open_windows(day, day, hours, part_start, part_end, after):
                title = f"{WEEKDAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]}, {part}"
                if all(p.title != title for p in proposals):
                    proposals.append(Proposal(title, start))
        day += timedelta(days=1)
    return proposals[:count]


def match_moment(
    text: str, now: datetime, hours: OpeningHours
) -> Tuple[Optional[Moment], List[Proposal]]:
    """(the accepted moment, []) or (None, proposals of the nearest open moments)."""
    if _ANY.search(_normalise(text)):
        return Moment("geen voorkeur, zo snel mogelijk"), []
    wish = read_wish(text, now)
    if wish is None:
        return None, []
    if wish.last_day > now.date() + timedelta(days=HORIZON_DAYS) or wish.last_day < now.date():
        return None, propose(now, hours)
    windows = _open_windows(wish.first_day, wish.last_day, hours, wish.earliest, wish.latest, now)
    if windows:
        start, end = windows[0]
        return Moment(describe(start, end), start, end), []
    after = max(now, datetime.combine(wish.first_day, wish.earliest, tzinfo=now.tzinfo))
    return None, propose(after, hours)
