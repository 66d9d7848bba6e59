"""The loader builds a plain YAML tree as PyYAML's safe constructor builds it, or lets
PyYAML build it (a national plan of 2,600 actions is built five times faster)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from q2030.data import loader
from tests.conftest import DEMO_DATA, SHIPPED_DATA

# Scalars as people write them: YAML 1.1 reads many as something else than text
SCALARS = ["x", "Nord", "yes", "No", "on", "OFF", "~", "null", "", "12", "-3", "+7", "1.5",
           "1.", ".inf", "-.Inf", ".NaN", "3.5e+2", "2025-12-31", "2025-12-31 10:30:00",
           "2025-12-31T10:30:00Z", "'quoted'", '"dq \\u00e9"', "'2025-12-31'", "0", "0.0",
           "!!str 12", "!!int '3'", "!!float 1", "!!bool yes", "!!null ''", "!!binary aGk=",
           "!!timestamp 2025-01-01", "!custom x", "|\n  block\n", "é « »"]  # fmt: skip
scalars = st.sampled_from(SCALARS)
trees = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.sampled_from(["a", "b", "id", "12", "yes", "~", "2025-01-01"]),
                        inner, max_size=3),
    ),
    max_leaves=12,
)  # fmt: skip


def render(tree: object, indent: int = 0) -> str:
    """Block-style YAML for a tree of scalars' texts (written as they are)."""
    pad = " " * indent
    if isinstance(tree, list):
        if not tree:
            return "[]"
        return "".join(f"\n{pad}- {render(item, indent + 2)}" for item in tree)
    if isinstance(tree, dict):
        if not tree:
            return "{}"
        return "".join(f"\n{pad}{key}: {render(value, indent + 2)}" for key, value in tree.items())
    text = str(tree)
    return text.replace("\n", "\n" + pad) if text.startswith("|") else text


def assert_same(text: str) -> None:
    fast, fast_problems = loader.parse_yaml(text, "f", fast=True)
    slow, slow_problems = loader.parse_yaml(text, "f", fast=False)
    assert fast_problems == slow_problems, text
    assert (fast is None) == (slow is None), text
    if fast is not None and slow is not None:
        assert repr(fast.data) == repr(slow.data), text  # NaN, -0.0 and types alike


@settings(max_examples=500, deadline=None)
@given(trees, st.sampled_from(["", "top: ", "- "]))
def test_plain_trees_build_as_pyyaml_builds_them(tree: object, lead: str) -> None:
    assert_same(lead + render(tree, 2 if lead else 0).lstrip("\n") + "\n")


def test_the_plans_build_as_pyyaml_builds_them() -> None:
    for folder in (SHIPPED_DATA, DEMO_DATA):
        assert_same((folder / "objectives.yaml").read_text(encoding="utf-8"))
    assert_same("a: !!set {x, y}\nb: !!omap [{x: 1}]\nc: !!pairs [{x: 1}]\n")
    assert_same("? [a, b]\n: c\n")  # a key that is no scalar
    assert_same("a:" + " [" * 600 + " ]" * 600 + "\n")  # deeper than Python recurses
