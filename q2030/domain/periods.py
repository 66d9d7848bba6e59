"""Calendar words of the plan: a date, a year or a half-year, each read as the day it ends.

The plan's calendar says "2027" or "2e semestre 2024"; a commitment due "in 2027" is due
by the last day of 2027. Readings and command-line dates use the same forms.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from q2030.i18n import Message, MessageError

PERIOD_FORMS = Message("forms.period")  # what a person may type
DATA_FORMS = Message("forms.data")  # what data files hold

_YEAR = re.compile(r"^(\d{4})$")
_HALF = re.compile(r"^(\d{4})-H([12])$", re.IGNORECASE)
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_FRENCH = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")  # as French spreadsheets write dates


def parse_period_end(text: str) -> date:
    """Return the last day of the period that `text` names.

    Raises MessageError (a ValueError) with a message a person can act on.
    """
    text = text.strip()
    if match := _YEAR.match(text):
        return date(int(match[1]), 12, 31)
    if match := _HALF.match(text):
        year = int(match[1])
        return date(year, 6, 30) if match[2] == "1" else date(year, 12, 31)
    parts: tuple[str, str, str] | None = None
    if match := _ISO.match(text):
        parts = (match[1], match[2], match[3])
    elif match := _FRENCH.match(text):
        parts = (match[3], match[2], match[1])
    if parts is None:
        raise MessageError("error.not_period", text=text, forms=PERIOD_FORMS)
    year, month, day = (int(part) for part in parts)
    try:
        return date(year, month, day)
    except ValueError:
        raise MessageError("error.not_real_date", text=text) from None


_SEMESTER = re.compile(r"^(\d{4})-S([12])$", re.IGNORECASE)  # French: "semestre"
_DAY_FIRST = re.compile(r"^(\d{1,2})([./-])(\d{1,2})\2(\d{4})$")  # 31.12.2025, 31-12-2025
# a two-digit year, as spreadsheets write it (31/12/25, 31.12.25); not with dashes, as
# 25-12-31 reads both ways
_SHORT_YEAR = re.compile(r"^(\d{1,2})([./])(\d{1,2})\2(\d{2})$")


def parse_typed_day(text: str) -> date:
    """A day as a person types it, on the command line and in a sheet alike: every form of
    parse_period_end, and the French ones (2025-S1, 31.12.2025, 31-12-2025), and a year of
    two digits as spreadsheets write it (30/09/26), of this century (the plan runs to
    2030). Data files keep the plain forms (DATA_FORMS)."""
    text = text.strip()
    if match := _SEMESTER.match(text):
        text = f"{match[1]}-H{match[2]}"
    elif match := _DAY_FIRST.match(text):
        text = f"{match[1]}/{match[3]}/{match[4]}"
    elif match := _SHORT_YEAR.match(text):
        text = f"{match[1]}/{match[3]}/20{match[4]}"
    return parse_period_end(text)


def add_months(day: date, months: int) -> date:
    """`day` moved by some months, clipped to the month's end (31 Jan + 1 month = 28/29 Feb)
    and to the calendar's ends (date.min, date.max), so that no date makes it raise."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    if year < date.min.year:
        return date.min
    if year > date.max.year:
        return date.max
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
