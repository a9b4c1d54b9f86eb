"""The code of the sections and editors, read in while the window waits for the user.

Each section and editor imports its code when it is first opened, so start-up reads only the
catalog's. Reading the rest then costs its first opening 0.3–0.7 s (Python compiles and runs
the modules, PySide6 inspects them) — a visible stall on a section or an editor the user
opens for the first time. Once the window is filled, a background thread imports those
modules one by one: by the time the user clicks, the code is there, and the click costs only
the building of the widgets.

The thread only imports (it builds no widget and touches no workspace); Python's import locks
make an import the window starts at the same moment wait for the one under way rather than
run twice. A module that cannot be imported is noted in the log and skipped: the window
imports it again when it needs it, and says what is wrong then.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Sequence

from jewelbench.ui import collector

log = logging.getLogger(__name__)

# In the order a user is likely to reach them: the other sections first, then the editors.
MODULES: tuple[str, ...] = (
    "jewelbench.ui.suppliers.view",
    "jewelbench.ui.quotes.view",
    "jewelbench.ui.samples.view",
    "jewelbench.ui.costs.view",
    "jewelbench.ui.designs.editor",
    "jewelbench.ui.designs.dialogs",
    "jewelbench.ui.techpacks.editor",
    "jewelbench.ui.quotes.editor",
    "jewelbench.ui.samples.editor",
    "jewelbench.ui.samples.request",
    "jewelbench.ui.suppliers.editor",
    "jewelbench.ui.suppliers.dialogs",
    "jewelbench.ui.costs.comparison",
    # pyqtgraph and numpy: the comparison imports its charts when it is built
    "jewelbench.ui.costs.charts.volume",
    "jewelbench.ui.costs.charts.cash",
    "jewelbench.ui.costs.charts.breakdown",
    "jewelbench.ui.costs.charts.tornado",
    "jewelbench.ui.rfqs.dialog",
    "jewelbench.ui.rfqs.tracking",
    "jewelbench.ui.exports.workbook_dialog",
    "jewelbench.ui.exports.csv_dialog",
    "jewelbench.ui.backups.dialog",
    "jewelbench.ui.brand.dialog",
)


def import_all(modules: Sequence[str] = MODULES) -> list[str]:
    """Import each module; the names of those that could not be imported."""
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - any failure is the window's to report, later
            log.warning("warm-up: %s could not be imported", name, exc_info=True)
            failed.append(name)
    return failed


def start(modules: Sequence[str] = MODULES) -> threading.Thread:
    """Import the modules on a background thread (a daemon: quitting does not wait for it)."""
    collector.install()  # Python work off the GUI thread: collect only in it
    thread = threading.Thread(target=import_all, args=(tuple(modules),),
                              name="jewelbench-warm-up", daemon=True)
    thread.start()
    return thread
