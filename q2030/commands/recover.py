"""`q2030 recover`: a write that was interrupted finished (or undone), and what killed
imports left (their temporary worktrees, their empty branches) cleaned up."""

from __future__ import annotations

from pathlib import Path

from q2030.data import store
from q2030.i18n import Message
from q2030.services import branch


def run(root: Path) -> list[Message]:
    """What was done, in words (`recover.nothing` when there was nothing to do)."""
    done = [store.recover(root) or Message("recover.nothing")]
    return done + branch.clean_after_imports(root)
