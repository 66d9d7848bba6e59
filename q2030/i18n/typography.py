"""French typography, applied to the catalogue's French when it is loaded: whoever writes
a sentence types plain spaces, the tool prints the no-break ones."""

from __future__ import annotations

import re

NO_BREAK = "\u00a0"
_BEFORE_MARK = re.compile(r" (?=[:;?!»%])")


def french_spacing(text: str) -> str:
    """French typography: the space before : ; ? ! » and %, and after «, made a no-break
    space, so that no line starts with a colon or a lone percent sign."""
    return _BEFORE_MARK.sub(NO_BREAK, text).replace("« ", "«" + NO_BREAK)
