"""sqlite-utils, imported without numpy.

sqlite_utils.db imports numpy when it is installed (pyqtgraph brings it) only to recognise numpy
scalars in inserted rows; jewelbench never inserts any. Importing numpy costs about 60 ms of
start-up before the window can appear, so it is hidden while sqlite_utils loads, and numpy stays
importable for the charts afterwards.

Hidden from this thread only: the workspace check loads sqlite_utils on its own thread while the
window may be opening the Costs section, whose charts import numpy on the GUI thread. (Hiding it
for the whole process, as `sys.modules["numpy"] = None` did, made that import fail: the Costs
section crashed when the app started on it.)
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import threading
from collections.abc import Sequence
from types import ModuleType


class _NumpyHiddenFrom(importlib.abc.MetaPathFinder):
    """Refuses `import numpy` on one thread; every other thread imports it as usual."""

    def __init__(self, thread: int) -> None:
        self.thread = thread

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname == "numpy" and threading.get_ident() == self.thread:
            raise ModuleNotFoundError("numpy is not loaded for sqlite_utils", name=fullname)
        return None


_hider = _NumpyHiddenFrom(threading.get_ident())
sys.meta_path.insert(0, _hider)
try:
    from sqlite_utils import Database, Migrations
finally:
    sys.meta_path.remove(_hider)

__all__ = ["Database", "Migrations"]
