"""Every catalogue key is used, and every key the code names exists: read from the code.

The code's syntax trees (`ast`) give three kinds of use:
- a literal key: any string constant that is a key (`lang("report.title")`, a table of
  headings, `help="help.status"`); the first argument of a call that says a key
  (SAYERS: `lang("...")`, `Message("...")`, `Q2030Error("...")`...) and a constant
  shaped like a key in a domain of the catalogue must be keys (NOT_KEYS: file names);
- a plural stem (`lang.counted("import.recorded", n)`): its `.one` and `.many` forms,
  and a stem said any other way than through `counted` is a mistake (no hidden plural);
- a key built at run time (`f"unit.{action.unit}"`): the f-string's pattern (`unit.{}`)
  must be declared below with the values its holes take, taken from the code itself
  (Literal types, enums, the tuples the code loops over); a hole that loops over a
  literal tuple right there (`for key in ("date", "value")`) is read from the tree.
  Every value must give a key, except for a `guarded` pattern, whose code asks
  `key in CATALOGUE` first and says something else without it (an errno the catalogue
  does not name): there, every key of the family must be one of the values.
A family the code walks by its prefix (`key.startswith("typer.")`) is used whole.
A key that none of these reaches is never said: remove it, or say it where it was meant.
"""

from __future__ import annotations

import ast
import errno
import importlib
import pkgutil
import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import get_args

import pytest
import typer
from pydantic_core.core_schema import ErrorType

import q2030
from q2030 import errors
from q2030.cli.app import app
from q2030.domain import models
from q2030.domain.statuses import Status
from q2030.i18n import CATALOGUE
from q2030.render import due, report, request, status_data, status_sheet, text
from q2030.render.site import downloads
from q2030.services import owed
from q2030.sheets import exchange
from tests.conftest import REPO

WORDS = REPO / "q2030" / "i18n" / "catalogue"  # the data, not code that names keys
DOMAINS = {key.split(".")[0] for key in CATALOGUE}
STEMS = {key.rsplit(".", 1)[0] for key in CATALOGUE if key.endswith((".one", ".many"))}
KEY_SHAPE = re.compile(r"[a-z][a-z_]*(\.[\w|\[\]]+)+")
PATTERN_SHAPE = re.compile(r"[a-z][a-z_]*\.[\w.{}|]*{}[\w.{}|]*")

# The calls whose first argument is a key: a language, a message, an error that carries one
SAYERS = {"lang", "language", "_say", "Message", "MessageError", "Q2030Error", "SettingsError"}

# Constants shaped like keys that are not keys, by what they are
NOT_KEYS = {
    "settings.xml": "a part of an OpenDocument archive (q2030.sheets.ods)",
    "report.html": "the file printing.py has the browser print",
    "report.pdf": "the file printing.py has the browser write",
}


@dataclass(frozen=True)
class Values:
    """What the holes of a key built at run time take; `guarded` when the code looks the
    key up before saying it, and says something else without it."""

    values: tuple[str, ...]
    guarded: bool = False


def enum_values(kind: type[StrEnum]) -> tuple[str, ...]:
    return tuple(member.value for member in kind)


@cache
def sources() -> dict[Path, ast.Module]:
    return {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted((REPO / "q2030").rglob("*.py"))
        if WORDS not in path.parents and path.parent != WORDS
    }


def _name(call: ast.Call) -> str | None:
    """The name a call is made by: `why` for why(...), `counted` for lang.counted(...)."""
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def arguments_of(function: str, position: int = 0) -> tuple[str, ...]:
    """The string constants the code passes to `function` at `position` (or within the
    expression there): the reasons given to `why("meets", ...)` or to
    `why("up" if ... else "down")`, the columns of the status table (`Column("gap", 8)`)."""
    return tuple(
        inner.value
        for tree in sources().values()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node) == function and len(node.args) > position
        for inner in ast.walk(node.args[position])
        if isinstance(inner, ast.Constant) and isinstance(inner.value, str)
    )


def all_choices() -> tuple[str, ...]:
    """The values of every StrEnum of the package: the choices an option may offer."""
    found: set[str] = set()
    for module in pkgutil.walk_packages(q2030.__path__, "q2030."):
        if module.name.endswith("__main__"):
            continue
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum:
                found |= set(enum_values(value))
    return tuple(found)


def metavars() -> tuple[str, ...]:
    """The metavars of every option and argument, as Typer made them."""
    found: set[str] = set()
    stack = [typer.main.get_command(app)]
    while stack:
        command = stack.pop()
        found |= {parameter.metavar for parameter in command.params if parameter.metavar}
        stack.extend(getattr(command, "commands", {}).values())
    return tuple(found)


UNITS = get_args(models.Unit)
DIRECTIONS = get_args(models.Direction.model_fields["direction"].annotation)

# Each key the code builds at run time, as its f-string reads ({} for a hole), and where
# the values of its holes come from
DYNAMIC: dict[str, Values] = {
    "status.{}": Values(enum_values(Status)),
    "counted.{}": Values(enum_values(Status)),  # a plural: .one and .many
    "unit.{}": Values(UNITS),
    "state.{}": Values(get_args(models.MilestoneState)),
    "target.{}": Values(DIRECTIONS),
    "level.{}": Values(get_args(errors.Level)),
    "freshness.{}": Values(enum_values(owed.Freshness)),
    "year.{}": Values(tuple(text.YEAR_ICONS)),
    "field.{}": Values(models.COMMITMENT_FIELDS + tuple(models.Before.model_fields)),
    "column.{}": Values(
        status_data.MARKDOWN_COLUMNS
        + tuple(set(status_sheet.STATUS_COLUMNS) - set(status_sheet.HEADINGS))
        + tuple(name for name, key in due.HEADINGS.items() if key == f"column.{name}")
        + report.COLUMNS
        + tuple(set(request.COLUMNS) - {"latest", "latest_date"})  # request.column.*
        + exchange.READING_COLUMNS
        + arguments_of("Column")  # the status table's (q2030.render.status_table)
    ),
    "reason.{}": Values(arguments_of("why")),
    "check.duplicate_{}": Values(arguments_of("_duplicates", 1)),
    "check.unknown_{}": Values(arguments_of("_unknown")),
    "check.unknown_{}_hint": Values(arguments_of("_unknown")),
    "model.range.{}": Values(tuple(models.UNIT_RANGES)),
    "model.range_named.{}": Values(tuple(models.UNIT_RANGES)),
    "request.invalid.{}": Values((*UNITS, "milestone")),  # a milestone has no unit
    # the site's downloads and what their columns and fields mean (q2030.render.site)
    "site.download.{}": Values(downloads.KINDS),
    "site.status_csv.{}": Values(status_sheet.STATUS_COLUMNS),
    "site.readings_csv.{}": Values(exchange.READING_COLUMNS),
    "site.status_json.{}": Values(downloads.STATUS_FIELDS),
    "site.readings_json.{}": Values(downloads.READING_FIELDS),
    "os.{}": Values(tuple(errno.errorcode.values()), guarded=True),
    # Pydantic's error types, and the two the loader tells apart in a pattern mismatch
    "pydantic.{}": Values((*get_args(ErrorType), "id_pattern", "id_mixed"), guarded=True),
    "choice.{}": Values(all_choices(), guarded=True),
    "metavar.{}": Values(metavars(), guarded=True),
}


@dataclass(frozen=True)
class Built:
    """A key built at run time, where the code builds it."""

    pattern: str
    place: str
    plural: bool
    values: tuple[str, ...]  # read from a literal tuple the hole loops over, if any


def _looped_literals(tree: ast.Module) -> dict[int, tuple[str, ...]]:
    """For each f-string inside a loop over a literal tuple of strings (a `for`
    statement or a comprehension) whose variable it puts in a hole: those strings."""
    found: dict[int, tuple[str, ...]] = {}
    for node in ast.walk(tree):
        loops: list[tuple[ast.expr, ast.expr, list[ast.AST]]] = []
        if isinstance(node, ast.For):
            loops.append((node.target, node.iter, [*node.body]))
        elif isinstance(node, ast.ListComp | ast.SetComp | ast.GeneratorExp | ast.DictComp):
            parts: list[ast.AST] = (
                [node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]
            )
            loops += [(loop.target, loop.iter, parts) for loop in node.generators]
        for target, iterated, body in loops:
            if not (isinstance(target, ast.Name) and isinstance(iterated, ast.Tuple | ast.List)):
                continue
            strings = [
                e.value
                for e in iterated.elts
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            if len(strings) != len(iterated.elts):
                continue
            for part in body:
                for inner in ast.walk(part):
                    if isinstance(inner, ast.JoinedStr) and any(
                        isinstance(hole, ast.FormattedValue)
                        and isinstance(hole.value, ast.Name)
                        and hole.value.id == target.id
                        for hole in inner.values
                    ):
                        found[id(inner)] = tuple(strings)
    return found


def _pattern(node: ast.JoinedStr) -> str:
    return "".join(
        str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
    )


def _counted_arguments(tree: ast.Module) -> set[int]:
    """The nodes inside the first argument of a `counted` call: plural stems."""
    return {
        id(inner)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _name(node) == "counted" and node.args
        for inner in ast.walk(node.args[0])
    }


@dataclass
class Uses:
    literal: dict[str, str]  # key: where
    stems: dict[str, str]  # a stem said by counted: where
    stray_stems: list[str]  # a stem said some other way
    unknown: list[str]  # a constant shaped like a key that is no key
    built: list[Built]
    families: set[str]  # prefixes walked whole ("typer.")
    not_keys_seen: set[str]
    said: int  # constants a sayer says


@cache
def uses() -> Uses:
    found = Uses({}, {}, [], [], [], set(), set(), 0)
    for path, tree in sources().items():
        relative = path.relative_to(REPO).as_posix()
        looped = _looped_literals(tree)
        counted = _counted_arguments(tree)
        in_fstrings = {
            id(part)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for part in node.values
        }
        for node in ast.walk(tree):
            place = f"{relative}:{getattr(node, 'lineno', '?')}"
            if isinstance(node, ast.JoinedStr):
                pattern = _pattern(node)
                if PATTERN_SHAPE.fullmatch(pattern):  # in a domain of the catalogue or not
                    plural = id(node) in counted
                    found.built.append(Built(pattern, place, plural, looped.get(id(node), ())))
            elif isinstance(node, ast.Call) and _name(node) in SAYERS:
                # the key comes first, after the context for _say(ctx, "key")
                first = next((a for a in node.args[:2] if not isinstance(a, ast.Name)), None)
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    found.said += 1
                    if first.value not in CATALOGUE:
                        found.unknown.append(f"{place}: {first.value!r} is said but is no key")
            elif (
                isinstance(node, ast.Call)
                and _name(node) == "startswith"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and str(node.args[0].value).rstrip(".") in DOMAINS
            ):
                found.families.add(str(node.args[0].value))
            if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                continue
            value = node.value
            if id(node) in in_fstrings:
                continue  # a piece of a pattern, read above
            if value in CATALOGUE:
                found.literal.setdefault(value, place)
            elif value in STEMS:
                if id(node) in counted:
                    found.stems.setdefault(value, place)
                else:
                    found.stray_stems.append(f"{place}: {value!r}")
            elif value in NOT_KEYS:
                found.not_keys_seen.add(value)
            elif KEY_SHAPE.fullmatch(value) and value.split(".")[0] in DOMAINS:
                found.unknown.append(f"{place}: {value!r}")
    return found


def expansions(built: Built) -> Iterator[str]:
    """The keys a built key may be: its pattern filled with each value of its holes (one
    value for all the holes of a pattern: none has two today), both forms of a plural."""
    values = set(built.values)
    if built.pattern in DYNAMIC:
        values |= set(DYNAMIC[built.pattern].values)
    for value in sorted(values):
        key = built.pattern.replace("{}", value)
        yield from (f"{key}.one", f"{key}.many") if built.plural else (key,)


def reached() -> set[str]:
    found = uses()
    keys = set(found.literal)
    keys |= {f"{stem}.{form}" for stem in found.stems for form in ("one", "many")}
    keys |= {key for key in CATALOGUE if key.startswith(tuple(found.families))}
    for built in found.built:
        keys |= set(expansions(built)) & set(CATALOGUE)
    return keys


def test_the_walk_sees_each_kind_of_use() -> None:
    """The reading itself is checked on what the code is known to hold."""
    found = uses()
    assert "report.title" in found.literal and "help.status" in found.literal
    assert "import.recorded" in found.stems and "count.actions" in found.stems
    assert found.said > 400
    assert {"typer.", "helpword."} <= found.families
    patterns = {built.pattern for built in found.built}
    assert {"unit.{}", "column.{}", "show.column.{}", "check.unknown_{}_hint"} <= patterns
    looped = {b.pattern: b.values for b in found.built if b.values}
    assert looped["show.column.{}"] == ("date", "decision", "what", "reason")
    assert [b.plural for b in found.built if b.pattern == "counted.{}"] == [True]


def test_the_walk_reads_a_sample() -> None:
    sample = ast.parse(
        "for key in ('a', 'b'):\n    lang(f'column.{key}')\nlang.counted(f'counted.{status}', 2)\n"
    )
    assert list(_looped_literals(sample).values()) == [("a", "b")]
    built = {_pattern(node): node for node in ast.walk(sample) if isinstance(node, ast.JoinedStr)}
    assert sorted(built) == ["column.{}", "counted.{}"]
    plural = _counted_arguments(sample)
    assert id(built["counted.{}"]) in plural and id(built["column.{}"]) not in plural


def test_every_key_the_code_builds_is_declared_with_its_values() -> None:
    undeclared = sorted(
        f"{built.place}: {built.pattern}"
        for built in uses().built
        if built.pattern not in DYNAMIC and not built.values
    )
    assert not undeclared, "declare what the holes take in DYNAMIC:\n" + "\n".join(undeclared)
    stale = set(DYNAMIC) - {built.pattern for built in uses().built}
    assert not stale, f"declared but no longer built by the code: {sorted(stale)}"
    assert all(values.values for values in DYNAMIC.values())


def test_every_key_built_at_run_time_exists() -> None:
    missing = sorted(
        f"{built.place}: {key}"
        for built in uses().built
        if not DYNAMIC.get(built.pattern, Values(())).guarded
        for key in expansions(built)
        if key not in CATALOGUE
    )
    assert not missing, "\n".join(missing)


def test_every_key_written_in_the_code_exists() -> None:
    found = uses()
    assert not found.unknown, "\n".join(found.unknown)
    assert not found.stray_stems, "a plural is said by counted:\n" + "\n".join(found.stray_stems)
    assert found.not_keys_seen == set(NOT_KEYS)  # each exception still has its constant


def test_every_key_is_said_somewhere() -> None:
    unused = sorted(set(CATALOGUE) - reached())
    assert not unused, "never said by the code:\n" + "\n".join(unused)


@pytest.mark.parametrize("pattern", [p for p, v in DYNAMIC.items() if v.guarded])
def test_a_guarded_family_holds_only_keys_its_code_can_ask_for(pattern: str) -> None:
    prefix = pattern.split("{}")[0]
    family = {key for key in CATALOGUE if key.startswith(prefix)}
    asked = {pattern.replace("{}", value) for value in DYNAMIC[pattern].values}
    literal = set(uses().literal)  # os.other, pydantic.other: said by name
    assert family - asked - literal == set()


def test_an_enum_value_is_a_key_only_with_its_domain() -> None:
    """`Message(progress.status.value)` names no key: the value needs its prefix."""
    bare = [
        f"{path.relative_to(REPO)}:{node.lineno}"
        for path, tree in sources().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and _name(node) in {"Message", "MessageError", "Q2030Error", "lang", "language"}
        and node.args
        and isinstance(node.args[0], ast.Attribute)
        and node.args[0].attr == "value"
    ]
    assert not bare, bare
