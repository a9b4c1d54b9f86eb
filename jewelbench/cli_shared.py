"""What the command-line commands share: opening a workspace for a command (cli.py,
cli_prices.py) and the windowless Qt application printing needs (cli.py's techpack, the
self-test). Neither command module imports the other for it, so nothing imports back."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

_APPLICATION: list[object] = []  # the headless application, kept alive for the process


def open_workspace(path: Path, *, read_only: bool) -> Any:
    """Workspace.open for a command, saying on stderr what opening did beside the file (a log
    that was not the workspace's own, moved aside or left out). Raises WorkspaceError."""
    from jewelbench.storage import Workspace

    workspace = Workspace.open(path, read_only=read_only)
    for notice in workspace.notices:
        sys.stderr.write(f"jewelbench: {' '.join(notice.split())}\n")
    sys.stderr.flush()
    return workspace


def gui_application() -> None:
    """Qt needs a (windowless) GUI application for fonts; no display is required."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _APPLICATION.append(QGuiApplication(["jewelbench"]))
    from jewelbench.reports import print_fonts

    for problem in print_fonts.register().problems:  # said, and printing goes on
        sys.stderr.write(f"jewelbench: {' '.join(problem.split())}\n")
