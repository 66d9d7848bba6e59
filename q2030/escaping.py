"""Text from the data, made safe for where it lands: a terminal (no control character
can repaint it), a spreadsheet (no cell runs as a formula), Markdown (no tag, link or
image injected). Pure functions of strings; every output path goes through one of them."""

from __future__ import annotations

import re

from q2030.i18n import Message, MessageError

# C0 and C1 control characters (but line feed and tab), DEL, and the bidirectional
# controls that can reorder what a terminal or an editor shows (Trojan Source).
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def control_problem(text: str) -> Message | None:
    """Why `text` cannot be stored or shown as it is (a control character), or None."""
    found = CONTROLS.search(text)
    if found is None:
        return None
    return Message("error.control", code=f"U+{ord(found.group()):04X}")


def terminal_safe(text: str) -> str:
    """`text` with control characters written as escapes (\\x1b), so that no data can
    repaint a terminal or hide text in a log."""
    return CONTROLS.sub(lambda found: ascii(found.group())[1:-1], text)


# What starts a new line apart from the controls above: line feed, and Unicode's line and
# paragraph separators (carriage return, vertical tab, form feed and NEL are controls).
LINE_BREAKS = re.compile("[\n\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` safe for a terminal (see terminal_safe) and on one line: a line break from
    the data (a file named `a\\n::warning::x.yaml`, a YAML key) is written as its escape,
    so that a log line, a problem or an error can never start a forged line (a CI
    workflow command such as `::warning::`)."""
    return LINE_BREAKS.sub(lambda found: ascii(found.group())[1:-1], terminal_safe(text))


FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")  # what a spreadsheet may run as a formula


def neutralised(text: str) -> str:
    """Text a spreadsheet shows and never runs (OWASP's CSV injection advice): a cell that
    starts as a formula would, or with the apostrophe this adds, gets an apostrophe."""
    if text.startswith(FORMULA_TRIGGERS) or text.startswith("'"):
        return "'" + text
    return text


def restored(text: str) -> str:
    """The text `neutralised` was given: its added apostrophe removed, nothing else."""
    rest = text[1:]
    if text.startswith("'") and (rest.startswith(FORMULA_TRIGGERS) or rest.startswith("'")):
        return rest
    return text


# Marks that act anywhere in a line (links and images need "[", tags "<", escaped apart)
_MARKDOWN_SPECIALS = str.maketrans({c: f"\\{c}" for c in "\\`*_[]|~"})
_HTML_SPECIALS = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})


def markdown_text(value: str) -> str:
    """Text from the data as Markdown shows it, and only shows it: HTML escaped (no raw
    tag), Markdown's marks escaped (no link, image, emphasis or table cell injected), one
    line, no control character."""
    plain = terminal_safe(" ".join(value.splitlines()))
    return plain.translate(_HTML_SPECIALS).translate(_MARKDOWN_SPECIALS)


# A pip requirement: a name with extras and versions, or "name @ URL"; no shell syntax.
_SHELL_MARKS = frozenset("'\"`$;|&\\\n\r")
_REQUIREMENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._\-\[\],<>=!~ ]*( @ [A-Za-z0-9+.\-]+://\S+)?$")


def requirement(spec: str) -> str:
    """`spec` checked as a pip requirement and quoted for the workflow's shell line;
    anything else (a quote, a `;`, a `$(...)`, a line break) raises ValueError."""
    if not _REQUIREMENT.match(spec) or any(c in spec for c in _SHELL_MARKS):
        raise MessageError("error.requirement", spec=repr(spec))
    return "'" + spec + "'"  # no quote inside (refused above): single quotes keep it whole
