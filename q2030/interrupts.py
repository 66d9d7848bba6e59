"""Blocks that Ctrl-C (SIGINT) and SIGTERM must not cut in two: the signal waits until the
block is done, then takes effect. fsio applies a journal's replacements together under it;
the entry point imports the models under it (Pydantic swallows an interrupt that lands while
it builds a validator, and leaves one that refuses every id)."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


@contextmanager
def deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block is done, then raise the first one received
    (outside the main thread, where signals cannot be handled, the block runs as it is)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def remember(number: int, _frame: FrameType | None) -> None:
        received.append(number)

    previous = {
        number: signal.signal(number, remember) for number in (signal.SIGINT, signal.SIGTERM)
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if received:
            signal.raise_signal(received[0])
