"""The words and number forms of the tool, in English and in French: one catalogue.

French is chosen by `--lang fr`, or by a French locale (LC_ALL, LC_MESSAGES or LANG
starting with "fr"); English otherwise. French writes `18,8 %` and `31/12/2027`.
Machine formats (JSON, `status --format csv`) stay in English whatever the language.

The words live in q2030.i18n.catalogue, one module per domain, each key with its
English and its French side by side; this module says them. A message is a key and its
values (Message), checked when it is made and said later in the run's language. Words
that agree with a number have a `.one` and a `.many` form, chosen by one rule
(Language.counted): English says one of 1 alone, French of any number below 2.

Why Python modules and not gettext `.po` files. The words are written and reviewed by
the people who write the code, in the same change, for two languages only: a key with
its two texts side by side reads and reviews in one diff, where gettext splits them into
a template and a file per language keyed by the English sentence (or by keys, and then
English needs a `.po` of its own). What msgfmt would check, the tests check already:
both languages for every key, the same placeholders (the article forms `{operator:à}`
included), French typography, every key used and every key used existing. The no-break
spaces French needs before : ; ? ! % » are put in when the catalogue loads
(typography.french_spacing); in a `.po` a translator would type an invisible U+00A0, or
the same step would run anyway. gettext's plural rule for French is ours (n > 1 is
many), but ngettext counts whole numbers only, and "1,5 pt" is singular. The cost at
start-up, timed on every `q2030 status`, does not decide: loading the catalogue's
modules from bytecode, French spaced, takes about 2.5 ms; importing gettext and parsing
a `.mo` of the same words about 1.8 ms (measured), under a millisecond apart in a start
of some 170 ms, and a `.mo` needs a msgfmt step in the build and the wheel. gettext
would win with outside translators or a third language (Poedit, Weblate, translation
memories): the catalogue can then be exported to `.po` (the key as msgctxt) by a
script, and nothing that says a message would change.
"""

from __future__ import annotations

import os
import re
from datetime import date
from enum import StrEnum

from q2030.i18n.catalogue import CATALOGUE
from q2030.i18n.names import Named, Names
from q2030.i18n.typography import NO_BREAK, french_spacing

__all__ = [
    "CATALOGUE",
    "ENGLISH",
    "LANGUAGES",
    "LANG_ENV",
    "NO_BREAK",
    "Language",
    "LanguageChoice",
    "Message",
    "MessageError",
    "Named",
    "Names",
    "detect",
    "environment_language",
    "french_spacing",
    "language_code",
]

LANGUAGES = ("en", "fr")

LANG_ENV = "Q2030_LANG"


def language_code(value: str) -> str | None:
    """The language a locale-like name means: `fr`, `FR`, `fr_FR`, `fr-FR`, `fr_FR.UTF-8`
    are French, `en_GB` English; None for any other language (or none)."""
    code = re.split(r"[_.@-]", value.strip(), maxsplit=1)[0].lower()
    return code if code in LANGUAGES else None


def environment_language() -> str | None:
    """The language $Q2030_LANG asks for (None when unset or empty); MessageError, in one
    line, when it names a language the tool does not speak (`de`)."""
    value = os.environ.get(LANG_ENV, "")
    if not value.strip():
        return None
    code = language_code(value)
    if code is None:
        raise MessageError("lang.env", variable=LANG_ENV, value=repr(value))
    return code


def detect(option: str | None = None, configured: str | None = None) -> str:
    """The language to use: the option's, else $Q2030_LANG's (an unknown one is left to
    environment_language to refuse), else the data repository's (its q2030.toml), else
    the locale's, else English."""
    if option:
        return option
    if code := language_code(os.environ.get(LANG_ENV, "")):
        return code
    if configured:
        return configured
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


class Message:
    """Something to tell a person, not yet in a language: a catalogue key and the values
    that fill it. Errors and problems carry one from where they are found to the command
    line, which says it in the run's language. Values may be messages themselves, dates
    (written as the language writes them) or anything `str` shows. The key is checked
    here, where the message is made, not when it is said. A message whose words agree
    with a number is made by Message.counted."""

    __slots__ = ("count", "key", "values")

    def __init__(self, key: str, /, **values: object) -> None:
        if key not in CATALOGUE:
            raise KeyError(f"no catalogue entry '{key}'")
        self.key = key
        self.values = values
        self.count: float | None = None

    @classmethod
    def counted(cls, key: str, count: float, /, **values: object) -> Message:
        """A message whose words agree with `count` ("1 error", "2 errors"): the
        catalogue's `key.one` or `key.many`, chosen when it is said (Language.counted);
        `{count}` in its text is the count."""
        missing = [form for form in (f"{key}.one", f"{key}.many") if form not in CATALOGUE]
        if missing:
            raise KeyError(f"no catalogue entry '{missing[0]}'")
        message = cls.__new__(cls)
        message.key, message.values, message.count = key, values, count
        return message

    def __str__(self) -> str:
        return ENGLISH.text(self)

    def __repr__(self) -> str:
        if self.count is not None:
            return f"Message.counted({self.key!r}, {self.count!r}, {self.values!r})"
        return f"Message({self.key!r}, {self.values!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.key, self.count, self.values) == (
            other.key,
            other.count,
            other.values,
        )

    def __hash__(self) -> int:
        values = tuple(sorted((name, str(v)) for name, v in self.values.items()))
        return hash((self.key, self.count, values))

    def __lt__(self, other: Message) -> bool:  # problems sort by place, then by message
        return str(self) < str(other)


class MessageError(ValueError):
    """A ValueError that says what is wrong as a Message (parsers and model validators
    raise it; Pydantic keeps it in its error's context, the loader reads it from there)."""

    def __init__(self, key: str | Message, /, **values: object) -> None:
        self.message = key if isinstance(key, Message) else Message(key, **values)
        super().__init__(str(self.message))


class Language:
    """Words, numbers and dates in one language."""

    def __init__(self, code: str = "en") -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unknown language '{code}': one of {', '.join(LANGUAGES)}")
        self.code = code
        self._index = LANGUAGES.index(code)

    def __call__(self, key: str, **values: object) -> str:
        """The catalogue's text for `key`, with `{names}` filled from `values` (a message
        among them said in this language, a date written as this language writes it);
        KeyError for a key the catalogue lacks (words that agree with a number are said
        by counted)."""
        text = CATALOGUE[key][self._index]
        return text.format(**{name: self._value(value) for name, value in values.items()})

    def _value(self, value: object) -> object:
        if isinstance(value, Message):
            return self.text(value)
        if isinstance(value, date):
            return self.day(value)
        if isinstance(value, float):
            return self.decimal(value, 6)
        if isinstance(value, tuple):  # a list of things said one after the other
            return ", ".join(str(self._value(item)) for item in value)
        return value

    def text(self, message: Message | str) -> str:
        """A message in this language (a plain string is already said)."""
        if isinstance(message, str):
            return message
        if message.count is not None:
            return self.counted(message.key, message.count, **message.values)
        return self(message.key, **message.values)

    def counted(self, key: str, count: float, **values: object) -> str:
        """The catalogue's `key.one` or `key.many` as `count` asks, the tool's one plural
        rule: English says one of 1 alone ("0 readings", "1.5 pts"), French of any number
        below 2 ("0 relevé enregistré", "1,5 pt", "2 relevés"). `{count}` is the count."""
        size = abs(count)
        one = size < 2 if self.code == "fr" else size == 1
        values["count"] = count
        return self(f"{key}.{'one' if one else 'many'}", **values)

    def status(self, status: StrEnum) -> str:
        """A status's name (q2030.domain.statuses.Status: the catalogue sits below the
        domain, so it takes the enum by its kind)."""
        return self(f"status.{status.value}")

    def decimal(self, value: float, digits: int = 1, *, grouped: bool = False) -> str:
        """A number with at most `digits` decimals, as the language writes it: 18.8 or 18,8;
        `grouped` separates thousands for reading (2,520; French 2 520, with a no-break
        space), never in cells a spreadsheet must read as numbers."""
        text = f"{value:,.{digits}f}" if grouped else f"{value:.{digits}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        if text in ("-0", ""):
            text = "0"
        if self.code == "fr":
            return text.replace(",", "\u00a0").replace(".", ",")
        return text

    def fixed(self, value: float, digits: int = 2) -> str:
        """A number with exactly `digits` decimals: 0.80 (French: 0,80)."""
        text = f"{value:.{digits}f}"
        return text.replace(".", ",") if self.code == "fr" else text

    def ratio(self, value: float) -> str:
        """0.4 as '40%' in English, '40 %' in French."""
        return f"{value:.0%}" if self.code == "en" else f"{value * 100:.0f}{NO_BREAK}%"

    @property
    def unit_space(self) -> str:
        """What separates a number from its unit: a no-break space in French ("18,8 %")."""
        return NO_BREAK if self.code == "fr" else " "

    def day(self, value: date) -> str:
        return value.strftime("%d/%m/%Y") if self.code == "fr" else value.isoformat()


ENGLISH = Language("en")


class LanguageChoice(StrEnum):
    """For the command line's --lang option."""

    en = "en"
    fr = "fr"
