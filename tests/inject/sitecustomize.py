"""Fault injection from outside the code under test. A test puts this folder on PYTHONPATH
and sets, in the child process's environment:

- Q2030_TEST_PAUSE="before|after:NAME:N[:TEXT]|MARKER": the Nth call of os.NAME (counting
  only the calls whose first argument contains TEXT, if given) touches MARKER and sleeps
  (Q2030_TEST_PAUSE_SECONDS, default 600), so that the test can kill the process right
  there, or change the world under it and let it go on;
- Q2030_TEST_FAIL="NAME:N:ERRNO": the Nth call of os.NAME (and every later one) raises
  OSError(ERRNO), as a full disk (ENOSPC) or a failing device (EIO) would.

Nothing in q2030 knows about it."""

import errno
import os
import time
from pathlib import Path


def _wrap(name, before, after, text=""):  # type: ignore[no-untyped-def]
    original = getattr(os, name)
    calls = [0]

    def wrapped(*args, **kwargs):  # type: ignore[no-untyped-def]
        if text and not (args and text in str(args[0])):
            return original(*args, **kwargs)
        calls[0] += 1
        before(calls[0])
        result = original(*args, **kwargs)
        after(calls[0])
        return result

    setattr(os, name, wrapped)


_PAUSE = os.environ.get("Q2030_TEST_PAUSE", "")
if _PAUSE:
    _point, _, _marker = _PAUSE.partition("|")
    _when, _name, _nth, *_text = _point.split(":", 3)
    _seconds = float(os.environ.get("Q2030_TEST_PAUSE_SECONDS", "600"))

    def _pause_at(when):  # type: ignore[no-untyped-def]
        def check(call):  # type: ignore[no-untyped-def]
            if when == _when and call == int(_nth):
                Path(_marker).touch()
                time.sleep(_seconds)

        return check

    _wrap(_name, _pause_at("before"), _pause_at("after"), _text[0] if _text else "")

_FAIL = os.environ.get("Q2030_TEST_FAIL", "")
if _FAIL:
    _fail_name, _fail_nth, _fail_errno = _FAIL.split(":")

    def _fail(call):  # type: ignore[no-untyped-def]
        if call >= int(_fail_nth):
            code = getattr(errno, _fail_errno)
            raise OSError(code, os.strerror(code))

    _wrap(_fail_name, _fail, lambda call: None)
