"""How a figure is written for people, in a language: a number in its unit ('18,8 %',
'2 520', '1,5 pt'), a reading as its figure or its milestone state. The renderers say
figures this way, and so do the texts the tool leaves behind (a commit's message)."""

from __future__ import annotations

from q2030.domain.models import Reading
from q2030.i18n import ENGLISH, Language

EMPTY = "—"  # where there is no figure


def number(value: float | None, unit: str | None = None, lang: Language = ENGLISH) -> str:
    """18.8 -> '18.8 %' (French: '18,8 %') for a percentage, 2.1 -> '2.1 pts' for
    percentage points, 2520.0 -> '2,520' (French: '2 520') for a count."""
    if value is None:
        return EMPTY
    text = lang.decimal(value, grouped=True)
    if unit == "percent":
        return f"{text}{lang.unit_space}%"
    if unit == "points":
        return f"{text}{lang.unit_space}{points_word(value, lang)}"
    return text


def points_word(value: float, lang: Language) -> str:
    """'pt' or 'pts' as the number asks: English counts one as one, French below two
    ('1,5 pt'), the rule of Language.counted."""
    return lang.counted("abbrev.points", value)


def measure(reading: Reading, unit: str | None, lang: Language = ENGLISH) -> str:
    """What a reading says: '14 %', '2460', or a milestone state."""
    if reading.state:
        return lang(f"state.{reading.state}")
    return number(reading.number(unit), unit, lang)
