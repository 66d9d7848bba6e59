"""A fast reader for the plain form readings files take: a list of flat mappings, one
`key: value` a line.

It gives exactly what PyYAML's safe loader gives, with the line and column of every key and
value, or None as soon as a file strays from that form (flow style, anchors, tags,
escapes, block scalars, a duplicate key, a number YAML 1.1 reads oddly...): the caller then
reads the file with PyYAML, which reports what is wrong. `q2030 record` writes this form,
so nearly every readings file takes the fast path; a tenth of the C loader's time is spent.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from yaml.constructor import SafeConstructor
from yaml.reader import Reader
from yaml.resolver import Resolver

# A line: an item's first field ("- key: value") or a further one ("  key: value"); the
# value's common forms have groups of their own, so that one match reads most lines:
# 3 a date, 4 an integer, 5 a decimal, 6 a double-quoted string without escapes, 7 the rest.
_VALUE = (
    r"(?: +(?:([0-9]{4}-[0-9]{2}-[0-9]{2})|([-+]?(?:0|[1-9][0-9]*))"
    r'|([-+]?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?)|"([^"\\]*)"|(\S.*?)) *)?$'
)
_ITEM = re.compile(r"-( +)([A-Za-z_][A-Za-z0-9_]*):" + _VALUE)
_FIELD = re.compile(r"( *)([A-Za-z_][A-Za-z0-9_]*):" + _VALUE)
_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)$")
_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]*(?:[eE][-+][0-9]+)?$")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_SINGLE = re.compile(r"'((?:[^']|'')*)'(?: +#.*)? *$")
_DOUBLE = re.compile(r'"([^"\\]*)"(?: +#.*)? *$')
_STRANGE_BREAKS = re.compile("[\x85\u2028\u2029]")
_LONE_CR = re.compile("\r(?!\n)")
_ASCII_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PLAIN_FIRST_FORBIDDEN = set("[]{}#&*!|>'\"%@`,?:")
_RESOLVERS = Resolver.yaml_implicit_resolvers
STR_TAG = "tag:yaml.org,2002:str"
MAX_NUMBER_LENGTH = 30  # longer numbers go to PyYAML, whose path refuses them (loader.py)


class NotPlain(Exception):
    """The text strays from the plain form: read it with PyYAML instead."""


# Positions are plain tuples, for speed and memory at a hundred thousand readings:
# a field is (line, key column, value column); an item is (line, column, {key: field}).
Field = tuple[int, int, int]
Item = tuple[int, int, dict[str, Field]]


def _resolve(value: str) -> str:
    """The tag PyYAML's resolver gives a plain scalar (YAML 1.1 rules)."""
    for tag, pattern in _RESOLVERS.get(value[:1] if value else "", []) + _RESOLVERS.get(None, []):
        if pattern.match(value):
            return str(tag)
    return STR_TAG


def _plain(value: str) -> Any:
    if "#" in value and " #" in value:
        value = value[: value.index(" #")]
    value = value.rstrip(" ")
    # the common forms first, each read as PyYAML's resolver and constructor read it
    if _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise NotPlain from None  # PyYAML's path reports the impossible date
    if len(value) <= MAX_NUMBER_LENGTH:
        if _INT.match(value):
            return int(value)
        if _FLOAT.match(value):
            return float(value)
    first = value[:1]
    if first in _PLAIN_FIRST_FORBIDDEN or (first == "-" and value[1:2] in ("", " ")):
        raise NotPlain
    if ": " in value or value.endswith(":") or "\t" in value:
        raise NotPlain
    kind = _resolve(value).rsplit(":", 1)[1]
    if kind == "str":
        return value
    if kind == "null":
        return None
    if kind == "bool":
        return SafeConstructor.bool_values[value.lower()]
    raise NotPlain  # other numbers (octal, hexadecimal, 1_000, .inf...) and timestamps


def _scalar(text: str) -> Any:
    if text.startswith("'"):
        match = _SINGLE.match(text)
        if not match:
            raise NotPlain
        return match[1].replace("''", "'")
    if text.startswith('"'):
        match = _DOUBLE.match(text)
        if not match:
            raise NotPlain
        return match[1]
    return _plain(text)


def read(
    text: str,
) -> tuple[list[dict[str, Any]] | None, tuple[int, int] | None, list[Item]] | None:
    """(data, position of the list, items), as PyYAML would read `text`; None when not plain."""
    if not _readable(text):
        return None
    data: list[dict[str, Any]] = []
    items: list[Item] = []
    indent = 0
    current: dict[str, Any] | None = None
    fields: dict[str, Field] = {}
    item_match, field_match, fromisoformat = _ITEM.match, _FIELD.match, date.fromisoformat
    try:
        for number, line in enumerate(text.splitlines(), start=1):
            first = line[:1]
            if first == "-":
                match = item_match(line)
                if match is None:
                    raise NotPlain
                indent = 1 + len(match[1])
                current, fields = {}, {}
                data.append(current)
                items.append((number, indent + 1, fields))
            elif first == " " or first == "#" or not first:
                stripped = line.lstrip(" ")
                if not stripped or stripped[0] == "#":
                    continue
                match = field_match(line)
                if current is None or match is None or len(match[1]) != indent:
                    raise NotPlain
            else:
                raise NotPlain
            key, group = match[2], match.lastindex
            if group is None or group < 3 or key in current:
                raise NotPlain  # an empty value, or a duplicate key: PyYAML's path says where
            text_value = match[group]
            if group == 3:
                try:
                    current[key] = fromisoformat(text_value)
                except ValueError:
                    raise NotPlain from None  # PyYAML's path reports the impossible date
            elif group in (4, 5):
                if len(text_value) > MAX_NUMBER_LENGTH:
                    raise NotPlain
                current[key] = int(text_value) if group == 4 else float(text_value)
            elif group == 6:
                current[key] = text_value
            else:
                current[key] = _scalar(text_value)
            column = match.start(group) + (0 if group != 6 else -1)
            fields[key] = (number, indent + 1, column + 1)
    except NotPlain:
        return None
    if not items:
        return None if text.strip(" \r\n") and not _only_comments(text) else (None, None, [])
    return data, (items[0][0], 1), items


def _readable(text: str) -> bool:
    """No tab, no character YAML refuses, no line break but LF and CRLF."""
    if "\t" in text or ("\r" in text and _LONE_CR.search(text)):
        return False
    if text.isascii():  # the common case, checked ten times faster
        return not _ASCII_UNPRINTABLE.search(text)
    return not (Reader.NON_PRINTABLE.search(text) or _STRANGE_BREAKS.search(text))


def _only_comments(text: str) -> bool:
    return all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines())
