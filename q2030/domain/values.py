"""Values as people write them: 14.2, 14,2, 14,2 %, 2 460, 42/48 or a milestone state.
Read here into typed values, without knowing the action they are for (the command line
parses its arguments with these; recording fits them to an action). Light on purpose."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from q2030.i18n import MessageError

STATES = ("not_started", "in_progress", "done")
STATE_WORDS = {  # what a person may write for a milestone's state, plain (see plain_words)
    "not started": "not_started",
    "non commence": "not_started",
    "pas commence": "not_started",
    "in progress": "in_progress",
    "en cours": "in_progress",
    "done": "done",
    "fait": "done",
    "termine": "done",
}
_SPACES = re.compile(r"(?<=\d)[\s\u00a0\u202f](?=\d)")  # French thousands: "2 460"
_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_LEVEL = re.compile(rf"^({_NUMBER})\s*(%?)$")
_FRACTION = re.compile(rf"^({_NUMBER})\s*/\s*({_NUMBER})$")


def plain_words(text: str) -> str:
    """`text` as words to compare: no accent, no case, no punctuation, single spaces
    ("Échue, non renseignée" -> "echue non renseignee"; "not_started" -> "not started")."""
    ascii_only = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", ascii_only.casefold()).split())


def _number(text: str) -> float:
    return float(text.replace(",", "."))


@dataclass(frozen=True)
class Measure:
    """What a person wrote for a value, read but not yet fitted to an action: a number
    (perhaps with a % sign), a share numerator/denominator, or a milestone state."""

    text: str
    number: float | None = None
    percent_sign: bool = False
    numerator: float | None = None
    denominator: float | None = None
    state: str | None = None


def read_measure(text: str) -> Measure:
    """Read 14.2, 14,2, 14.2 %, 2 460, 42/48 or a milestone state; raise ValueError with
    the accepted forms for anything else (the command line turns it into a usage error)."""
    cleaned = _SPACES.sub("", text.strip())
    if (state := STATE_WORDS.get(plain_words(text))) is not None:
        return Measure(text, state=state)
    if level := _LEVEL.match(cleaned):
        return Measure(text, number=_number(level[1]), percent_sign=bool(level[2]))
    if fraction := _FRACTION.match(cleaned):
        numerator, denominator = _number(fraction[1]), _number(fraction[2])
        if denominator <= 0:
            raise MessageError("error.denominator", text=text)
        return Measure(text, numerator=numerator, denominator=denominator)
    raise MessageError("error.not_value", text=text)


_PLAIN_NUMBER = re.compile(rf"^{_NUMBER}$")
LONGEST_PLAIN = 30  # the loader refuses a longer number (loader.MAX_NUMBER_LENGTH)


def written_number(value: float) -> str:
    """`value` as data files and sheets write it, reading back as the very same number:
    the shortest digits that do (Python's repr), in plain decimal form (0.00001, never
    1e-05, which YAML 1.1 reads as text and a person may not read at all); a number whose
    plain form would be too long keeps its exponent, with the dot YAML needs (1.5e-40)."""
    if value.is_integer() and abs(value) < 10**LONGEST_PLAIN:
        return str(int(value))
    shortest = repr(value)
    plain = format(Decimal(shortest), "f")
    if len(plain) <= LONGEST_PLAIN:
        return plain
    mantissa, _, exponent = shortest.partition("e")
    if "." not in mantissa:
        mantissa += ".0"
    return f"{mantissa}e{exponent}"


def read_number(text: str) -> float:
    """A plain number, with a decimal point or comma: '46,2' -> 46.2 (never nan or inf);
    ValueError otherwise."""
    cleaned = _SPACES.sub("", text.strip())
    if not _PLAIN_NUMBER.match(cleaned):
        raise MessageError("error.not_number", text=text)
    return _number(cleaned)
