"""Fault injection from outside the code under test: a test puts this folder on PYTHONPATH
and sets Q2030_TEST_PAUSE to "before|after:NAME:N|MARKER"; the Nth call of os.NAME in the
child process then touches MARKER and sleeps, so that the test can kill it right there.
Nothing in q2030 knows about it."""

import os
import time
from pathlib import Path

_SPEC = os.environ.get("Q2030_TEST_PAUSE", "")
if _SPEC:
    _point, _, _marker = _SPEC.partition("|")
    _when, _name, _nth = _point.split(":")
    _original = getattr(os, _name)
    _calls = [0]

    def _pause() -> None:
        Path(_marker).touch()
        time.sleep(600)

    def _wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        _calls[0] += 1
        if _calls[0] == int(_nth) and _when == "before":
            _pause()
        result = _original(*args, **kwargs)
        if _calls[0] == int(_nth) and _when == "after":
            _pause()
        return result

    setattr(os, _name, _wrapped)
