"""YAML text -> nodes with line and column -> models, collecting every Problem on the way.

PyYAML is used through its safe loader (the C one when present). The node tree is kept so
that any error, including Pydantic's, can be pointed at the line and column it concerns.
Duplicate keys, anchors/aliases and YAML 1.1 octal-looking numbers are refused here,
since PyYAML would accept them silently.
"""

from __future__ import annotations

import difflib
import functools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError
from pydantic_core import ErrorDetails
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from q2030.data import bulk_reader, fast_reader
from q2030.domain import models
from q2030.errors import Problem, os_reason
from q2030.i18n import CATALOGUE, Message, MessageError

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader  # type: ignore[assignment]

INT_TAG = "tag:yaml.org,2002:int"
FLOAT_TAG = "tag:yaml.org,2002:float"
TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
STR_TAG = "tag:yaml.org,2002:str"
BOOL_TAG = "tag:yaml.org,2002:bool"
NULL_TAG = "tag:yaml.org,2002:null"
MAP_TAG = "tag:yaml.org,2002:map"
SEQ_TAG = "tag:yaml.org,2002:seq"
_OCTAL_LOOKING = re.compile(r"^[-+]?0[0-9_]+$")
_BASED = re.compile(r"^[-+]?0[xXbB]")
MAX_NUMBER_LENGTH = 30  # a figure of the plan never needs more characters
_DECIMAL_COMMA = re.compile(r"^[-+]?[0-9]+,[0-9]+$")


@dataclass
class Document:
    """One parsed YAML file: its plain data, and what knows where things are: PyYAML's node
    tree, the fast reader's positions of each reading, or the bulk reader's layout (whose
    readings are already validated: `data` is then None)."""

    display: str
    root: Node | None
    data: Any
    items: list[fast_reader.Item] | None = None
    start: tuple[int, int] | None = None
    layout: bulk_reader.Layout | None = None

    def locate(self, loc: tuple[Any, ...], *, at_key: bool = False) -> tuple[int, int, str]:
        """Line, column and path of what `loc` (a Pydantic error location) names."""
        if self.layout is not None:
            return self.layout.locate(loc, at_key=at_key)
        if self.items is None:
            return locate(self.root, loc, at_key=at_key)
        return _locate_item(self.start, self.items, loc, at_key=at_key)


def _locate_item(
    start: tuple[int, int] | None,
    items: list[fast_reader.Item],
    loc: tuple[Any, ...],
    *,
    at_key: bool,
) -> tuple[int, int, str]:
    """`locate` for a fast-read file: the same answers from the items' positions."""
    line, column = start or (1, 1)
    if not loc or not isinstance(loc[0], int) or not 0 <= loc[0] < len(items):
        return line, column, ""
    return _locate_in(items[loc[0]], loc[0], loc[1:], at_key=at_key)


def _locate_in(
    item: fast_reader.Item, index: int, rest: tuple[Any, ...], *, at_key: bool
) -> tuple[int, int, str]:
    """Where in reading `index` (its item) the rest of a location points."""
    item_line, item_column, fields = item
    path = f"[{index}]"
    if rest and isinstance(rest[0], str) and rest[0] in fields:
        field_line, key_column, value_column = fields[rest[0]]
        return field_line, key_column if at_key else value_column, f"{path}.{rest[0]}"
    return item_line, item_column, path


def _problem(display: str, line: int, column: int, code: str, message: Message) -> Problem:
    return Problem(display, line, column, "error", code, message)


def _decode(raw: bytes, display: str) -> tuple[str | None, list[Problem]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        message = Message("load.not_utf8", byte=f"0x{raw[error.start]:02x}")
        return None, [_problem(display, line, column, "encoding", message)]


def _syntax_problem(error: yaml.YAMLError, display: str) -> Problem:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = getattr(error, "problem", None) or str(error)
    context = getattr(error, "context", None)
    detail = f"{context}: {problem}" if context else str(problem)
    if "\\t" in detail or "'\\t'" in detail or "tab" in detail:
        message = Message("load.tabs", detail=detail)
    else:
        message = Message("load.syntax", detail=detail)
    return _problem(display, line, column, "yaml-syntax", message)


def _timestamp_problem(node: ScalarNode) -> Message | None:
    """PyYAML raises a bare ValueError on an impossible date such as 2025-13-31, and an
    AttributeError on "!!timestamp x"."""
    try:
        yaml.constructor.SafeConstructor().construct_yaml_timestamp(node)
    except Exception:
        return Message("error.not_real_date", text=node.value)
    return None


def _at(node: Node, display: str, code: str, message: Message) -> Problem:
    return _problem(display, node.start_mark.line + 1, node.start_mark.column + 1, code, message)


def _check_nodes(root: Node, display: str) -> list[Problem]:
    """Refuse what PyYAML accepts silently: aliases, duplicate keys, octal-looking numbers."""
    problems: list[Problem] = []
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias is the very node its anchor names
            problems.append(_at(node, display, "alias", Message("load.alias")))
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            keys: dict[Any, Node] = {}
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, ScalarNode) else None
                if key == "<<":
                    problems.append(_at(key_node, display, "alias", Message("load.merge")))
                elif key is not None and key in keys:
                    first = keys[key].start_mark.line + 1
                    message = Message("load.duplicate_key", name=key, first=first)
                    problems.append(_at(key_node, display, "duplicate-key", message))
                elif key is not None:
                    keys[key] = key_node
                stack += [key_node, value_node]
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, ScalarNode) and (problem := _scalar_problem(node, display)):
            problems.append(problem)
    return problems


def _scalar_problem(node: ScalarNode, display: str) -> Problem | None:
    """An impossible date, or a number YAML reads otherwise than a person meant."""
    if node.tag == TIMESTAMP_TAG and (message := _timestamp_problem(node)):
        return _at(node, display, "yaml-syntax", message)
    numeric = node.tag in (INT_TAG, FLOAT_TAG) and not node.style
    if numeric and (number := _number_problem(node.value)):
        return _at(node, display, "ambiguous-number", number)
    return None


def _number_problem(value: str) -> Message | None:
    """Why a plain scalar that YAML 1.1 reads as a number is not what a person meant:
    1:30 is 90 (base 60), 010 is 8, 0x10 is 16, 1_000 is 1000."""
    if len(value) > MAX_NUMBER_LENGTH:
        return Message("number.too_long", length=len(value))
    if ":" in value:
        return Message("number.base60", text=value)
    if _BASED.match(value):
        return Message("number.based", text=value)
    if "_" in value:
        return Message("number.underscore", text=value, plain=value.replace("_", ""))
    if _OCTAL_LOOKING.match(value):
        return Message("number.octal", text=value)
    return None


class _NotPlain(Exception):
    """A node only PyYAML's own constructor builds."""


_PLAIN_SCALARS = frozenset({STR_TAG, INT_TAG, FLOAT_TAG, BOOL_TAG, NULL_TAG, TIMESTAMP_TAG})


def _built(node: Node, constructor: SafeConstructor) -> Any:
    """What PyYAML's safe constructor makes of a tree `_check_nodes` passed (no alias, no
    merge, no duplicate key), made in one walk: PyYAML's generic constructor takes five
    times as long (70 ms for a national plan of 2,600 actions). _NotPlain for a tag other
    than the plain ones or a key that is no scalar, which PyYAML then builds."""
    if isinstance(node, ScalarNode):
        if node.tag == STR_TAG:
            return node.value
        if node.tag not in _PLAIN_SCALARS:
            raise _NotPlain
        return constructor.yaml_constructors[node.tag](constructor, node)
    if isinstance(node, SequenceNode) and node.tag == SEQ_TAG:
        return [_built(item, constructor) for item in node.value]
    if isinstance(node, MappingNode) and node.tag == MAP_TAG:
        if not all(isinstance(key, ScalarNode) for key, _ in node.value):
            raise _NotPlain
        return {_built(key, constructor): _built(item, constructor) for key, item in node.value}
    raise _NotPlain


def parse_yaml(
    text: str, display: str, *, fast: bool | None = None
) -> tuple[Document | None, list[Problem]]:
    """Parse YAML text into a Document, or return the problems that prevent it. The data
    is built by `_built` unless `fast` is False (default: unless `Q2030_FAST_READER=0`), or
    the tree holds what only PyYAML's constructor builds."""
    loader = SafeLoader(text)
    if fast is None:
        fast = os.environ.get(FAST_READER_ENV) != "0"
    try:
        root = loader.get_single_node()
        if root is None:
            return Document(display, None, None), []
        problems = _check_nodes(root, display)
        if problems:
            return None, problems
        try:
            data = _built(root, loader) if fast else loader.construct_document(root)
        except (_NotPlain, RecursionError):
            data = loader.construct_document(root)
    except yaml.YAMLError as error:
        return None, [_syntax_problem(error, display)]
    except Exception as error:
        # PyYAML's constructors raise IndexError, ValueError... on malformed tagged scalars
        # ("!!int " with nothing after it) or an escaped lone surrogate ("\ud800")
        message = Message("load.unreadable_yaml", detail=f"{type(error).__name__}: {error}")
        return None, [_problem(display, 1, 1, "yaml-syntax", message)]
    finally:
        loader.dispose()
    return Document(display, root, data), []


FAST_READER_ENV = "Q2030_FAST_READER"  # "0" reads every file with PyYAML (tests compare both)


def read_readings(text: str, display: str) -> tuple[Document | None, list[Problem]]:
    """Parse a readings file: the fast reader when the file is in plain form, else PyYAML."""
    if os.environ.get(FAST_READER_ENV) != "0":
        fast = fast_reader.read(text)
        if fast is not None:
            data, start, items = fast
            return Document(display, None, data, items, start), []
    return parse_yaml(text, display)


def _read_text(path: Path, display: str) -> tuple[str | None, list[Problem]]:
    try:
        raw = path.read_bytes()
    except OSError as error:
        message = Message("load.unreadable", reason=os_reason(error))
        return None, [_problem(display, 1, 1, "unreadable", message)]
    return _decode(raw, display)


def read_document(
    path: Path, display: str, *, readings: bool = False
) -> tuple[Document | None, list[Problem]]:
    """Read and parse one YAML file; unreadable or undecodable files become problems."""
    text, problems = _read_text(path, display)
    if text is None:
        return None, problems
    return read_readings(text, display) if readings else parse_yaml(text, display)


def load_readings(
    path: Path, display: str
) -> tuple[Document | None, Sequence[models.Reading] | None, list[Problem]]:
    """Read one readings file whole: its document (what locates each reading), its
    readings (none where a problem stops them) and its problems. A file in the form
    `q2030 record` writes is read by the bulk reader, into validated columns (see
    bulk_reader.py); any other by the fast reader or PyYAML, then validated."""
    text, problems = _read_text(path, display)
    if text is None:
        return None, None, problems
    return readings_in(text, display, fast=os.environ.get(FAST_READER_ENV) != "0")


def readings_in(
    text: str, display: str, *, fast: bool = True
) -> tuple[Document | None, Sequence[models.Reading] | None, list[Problem]]:
    """`load_readings` for a file's text; `fast=False` takes the reference path (PyYAML,
    then the model reading by reading), which the fast paths must agree with."""
    if fast:
        if (bulk := bulk_reader.read(text)) is not None:
            readings, layout = bulk
            return Document(display, None, None, layout=layout), readings, []
        odd = bulk_reader.odd_entries(text)
        if odd is not None and (found := _odd_problems(odd, display)) is not None:
            return None, None, found
    if fast:
        document, problems = read_readings(text, display)
    else:
        document, problems = parse_yaml(text, display, fast=False)
    if document is None:
        return None, None, problems
    if document.data is None:  # an empty file: no readings yet
        return document, [], problems
    values, problems = validate(document, models.READINGS_ADAPTER)
    return document, values, problems


def _odd_problems(odd: list[bulk_reader.Odd], display: str) -> list[Problem] | None:
    """The problems of a file whose other readings the bulk reader found valid (see
    bulk_reader.odd_entries): those of these few readings, each read by the fast reader
    and validated as the whole file would be, at their places in the file. None when
    they have none, or one is not in the fast reader's form: the file is read whole."""
    items: list[fast_reader.Item] = []
    data = []
    for entry in odd:
        fast = fast_reader.read(entry.text)
        if fast is None or fast[0] is None or len(fast[0]) != 1:
            return None
        (item_line, item_column, fields), shift = fast[2][0], entry.line - 1
        moved = {key: (line + shift, key_column, value) for key, (line, key_column, value)
                 in fields.items()}  # fmt: skip
        items.append((item_line + shift, item_column, moved))
        data.append(fast[0][0])
    try:
        models.READINGS_ADAPTER.validate_python(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            position, *rest = error["loc"]
            assert isinstance(position, int)  # a list's errors start at an item
            index = odd[position].index
            at_key = error["type"] == "extra_forbidden"
            line, column, path = _locate_in(items[position], index, tuple(rest), at_key=at_key)
            problems.append(_problem(display, line, column, "schema", _message(error, path)))
        return sorted(set(problems))
    return None


def locate(
    root: Node | None, loc: tuple[Any, ...], *, at_key: bool = False
) -> tuple[int, int, str]:
    """Line, column and dotted path of the node that `loc` (a Pydantic error location) names.

    Parts that are not in the data, such as a discriminated union's tag or a missing field,
    are skipped, so a missing field points at the mapping that lacks it.
    """
    node, key_node = root, None
    path = ""
    for part in loc:
        if isinstance(node, MappingNode) and isinstance(part, str):
            for key, value in node.value:
                if isinstance(key, ScalarNode) and key.value == part:
                    node, key_node = value, key
                    path = f"{path}.{part}" if path else part
                    break
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node, key_node = node.value[part], None
            path = f"{path}[{part}]"
    target = key_node if at_key and key_node is not None else node
    if target is None:
        return 1, 1, path
    return target.start_mark.line + 1, target.start_mark.column + 1, path


def _field_names() -> list[str]:
    names: set[str] = set()
    pending: list[type[BaseModel]] = [models.Model]
    while pending:
        model = pending.pop()
        names.update(model.model_fields)
        pending.extend(model.__subclasses__())
    return sorted(names)


FIELD_NAMES = _field_names()


def _message(error: ErrorDetails, path: str) -> Message:
    """A Pydantic error as a Message located by its path in the file."""
    message = error_message(error)
    if not path or error["type"] == "extra_forbidden":  # the field named is the place
        return message
    return Message("schema.at", path=path, message=message)


# Pydantic's error types that say the same as another's, for the person who typed the value
_SAME_AS = {
    "float_parsing": "float_type",
    "int_parsing": "int_type",
    "int_from_float": "int_type",
    "model_type": "dict_type",
    "model_attributes_type": "dict_type",
}


def error_message(error: ErrorDetails) -> Message:
    """A Pydantic error as a Message, without its place: the data contract's own words (a
    MessageError raised by a validator), else the catalogue's for the error's type."""
    kind, loc = error["type"], error["loc"]
    context = error.get("ctx") or {}
    if kind == "value_error" and isinstance(found := context.get("error"), MessageError):
        return found.message
    if kind == "extra_forbidden":
        return _unknown_field(str(loc[-1]))
    if kind == "missing":
        return Message("schema.missing", name=str(loc[-1]))
    kinds = ", ".join(_TARGET_KINDS)
    if kind == "union_tag_not_found":
        return Message("schema.missing_kind", kinds=kinds)
    if kind == "union_tag_invalid":
        return Message("schema.unknown_kind", kind=str(error["input"].get("kind")), kinds=kinds)
    if kind in {"float_type", "int_type"} and _DECIMAL_COMMA.match(str(error["input"])):
        return Message("schema.decimal_comma", got=_short(error["input"]))
    values = {
        name: f"{value:g}" if isinstance(value, float) else str(value)
        for name, value in context.items()
    }
    if kind == "literal_error":
        values["expected"] = values.get("expected", "").replace(" or ", ", ")
    if kind == "string_pattern_mismatch":
        kind = "id_pattern" if values.get("pattern", "").startswith("^[a-z0-9]") else "id_mixed"
    key = f"pydantic.{_SAME_AS.get(kind, kind)}"
    if key not in CATALOGUE:  # a type the contract does not produce today: Pydantic's words
        return Message("pydantic.other", detail=error["msg"], got=_short(error["input"]))
    return Message(key, got=_short(error["input"]), **values)


@functools.cache
def _unknown_field(name: str) -> Message:
    """An unknown field, with the known one it most likely meant (worked out once per
    name: a data folder at national scale may repeat one mistake thousands of times)."""
    close = difflib.get_close_matches(name, FIELD_NAMES, n=1)
    if close:
        return Message("schema.unknown_field_hint", name=name, hint=close[0])
    return Message("schema.unknown_field", name=name)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


_TARGET_KINDS = ("at_least", "at_most", "change", "direction", "outpace", "milestone", "none")


def validate(document: Document, adapter: TypeAdapter[Any]) -> tuple[Any | None, list[Problem]]:
    """Validate a document's data against a model; every error located in the file."""
    try:
        return adapter.validate_python(document.data), []
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            at_key = error["type"] == "extra_forbidden"
            line, column, path = document.locate(error["loc"], at_key=at_key)
            problems.append(
                _problem(document.display, line, column, "schema", _message(error, path))
            )
        return None, sorted(set(problems))
