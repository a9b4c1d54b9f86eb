"""A Save As copier for the kill test of test_faults_save_as.py: `python copier.py` is its fork
server (tests/fork_server.py).

A copier (copy_forever(SOURCE, DESTINATION), forked for each `start ["SOURCE", "DESTINATION"]`)
opens SOURCE with Workspace.open, prints "ready" once, then saves a copy of it as DESTINATION
over and over, so that a kill lands in the middle of a copy.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import fork_server

from jewelbench.storage import Workspace


def copy_forever(source: Path, destination: Path) -> None:
    workspace = Workspace.open(source)
    print("ready", flush=True)
    while True:  # copy over and over, so a kill lands in the middle of a copy
        destination.unlink(missing_ok=True)  # Save As never replaces a file: make room again
        workspace.save_copy_as(destination)


def warm_up() -> None:
    """Save a copy of a scratch workspace, so that what a first copy imports on demand is
    imported once, before any fork."""
    with tempfile.TemporaryDirectory(prefix="copier-warm-up-") as folder:
        scratch = Path(folder) / "warm-up.jewelbench"
        Workspace.create(scratch).close()
        with Workspace.open(scratch) as workspace:
            workspace.save_copy_as(Path(folder) / "warm-up copy.jewelbench")


if __name__ == "__main__":
    fork_server.serve(lambda args: copy_forever(Path(args[0]), Path(args[1])), warm_up)
