"""`q2030 recover`: a write that was interrupted finished (or undone), and what killed
imports left (their temporary worktrees, their empty branches) cleaned up."""

from __future__ import annotations

from pathlib import Path

from q2030 import branch, repository
from q2030.i18n import Message


def run(root: Path) -> list[Message]:
    """What was done, in words (`recover.nothing` when there was nothing to do)."""
    done = [repository.recover(root) or Message("recover.nothing")]
    return done + branch.clean_after_imports(root)
