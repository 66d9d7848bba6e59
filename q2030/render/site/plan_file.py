"""The plan's YAML as the site publishes it: the file itself, byte for byte, unless it names
contacts the plan does not publish (`publish_contacts`), whose names and e-mail addresses
are then cut out, every other line kept, and a comment at its head says so.

Whatever is published is read back first: it must say exactly the plan the site was built
from (less the contacts cut). When the cut cannot be made line by line (a contact written
inside a flow mapping), or the file changed since it was loaded, the plan loaded is written
out instead (its comments lost, its content whole), and that too is read back."""

from __future__ import annotations

from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from q2030.data import loader
from q2030.domain.models import PLAN_ADAPTER, Plan
from q2030.errors import Q2030Error
from q2030.i18n import Language

CUT = "".join(f"# {Language(code)('site.plan_cut')}\n" for code in ("fr", "en"))
DISPLAY = "objectives.yaml"


def without_contacts(plan: Plan) -> Plan:
    """The plan with no contact, the plan's or an operator's."""
    return plan.model_copy(
        update={
            "plan": plan.plan.model_copy(update={"contacts": []}),
            "operators": [op.model_copy(update={"contacts": []}) for op in plan.operators],
        }
    )


def _says(text: str, plan: Plan) -> bool:
    """Whether `text` reads back as `plan`, with no problem."""
    document, problems = loader.parse_yaml(text, DISPLAY)
    if document is None or problems:
        return False
    read, problems = loader.validate(document, PLAN_ADAPTER)
    return not problems and read == plan


def _value(mapping: Node | None, key: str) -> tuple[ScalarNode, Node] | None:
    if isinstance(mapping, MappingNode):
        for name, value in mapping.value:
            if isinstance(name, ScalarNode) and name.value == key:
                return name, value
    return None


def _last_line(node: Node) -> int:
    """The last line (0-based) a value's text takes: its scalars' and flow collections'
    ends (a block collection's own end lies on the next key's line)."""
    if isinstance(node, ScalarNode) or getattr(node, "flow_style", False):
        end = node.end_mark
        return end.line - 1 if end.column == 0 and end.line > node.start_mark.line else end.line
    children: list[Node] = []
    if isinstance(node, SequenceNode):
        children = list(node.value)
    elif isinstance(node, MappingNode):
        children = [part for pair in node.value for part in pair]
    return max((_last_line(child) for child in children), default=node.start_mark.line)


def _cut(text: str) -> str | None:
    """`text` without its `contacts:` entries (each a key and its value, on lines of their
    own); None when one shares a line with something else."""
    document, problems = loader.parse_yaml(text, DISPLAY)
    if document is None or problems:
        return None
    root = document.root
    plan = _value(root, "plan")
    found = [None if plan is None else _value(plan[1], "contacts")]
    operators = _value(root, "operators")
    if operators is not None and isinstance(operators[1], SequenceNode):
        found += [_value(item, "contacts") for item in operators[1].value]
    lines = text.splitlines(keepends=True)
    spans = []
    for pair in found:
        if pair is None:
            continue
        key, value = pair
        first, last = key.start_mark.line, _last_line(value)
        before = lines[first][: key.start_mark.column]
        end = value.end_mark
        after = lines[last][end.column :] if end.line == last else ""
        if before.strip() or (after.strip() and not after.strip().startswith("#")):
            return None
        spans.append((first, last))
    for first, last in sorted(spans, reverse=True):
        del lines[first : last + 1]
    return "".join(lines)


def _dumped(plan: Plan) -> str:
    data: dict[str, Any] = plan.model_dump(mode="python", exclude_unset=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def published_plan(text: str, plan: Plan) -> str:
    """The YAML to publish for `plan`, whose file holds `text` (see the module)."""
    publish = plan.plan.publish_contacts
    named = bool(plan.plan.contacts) or any(op.contacts for op in plan.operators)
    wanted = plan if publish or not named else without_contacts(plan)
    candidate = text if publish or not named else _cut(text)
    if candidate is not None and _says(candidate, wanted):
        return candidate if candidate is text else CUT + candidate
    dumped = _dumped(wanted)
    if _says(dumped, wanted):
        return (CUT if wanted is not plan else "") + dumped
    raise Q2030Error("site.plan_unpublishable")
