"""sqlite-utils, imported without numpy.

sqlite_utils.db imports numpy when it is installed (pyqtgraph brings it) only to recognise numpy
scalars in inserted rows; jewelbench never inserts any. Importing numpy costs about 60 ms of
start-up before the window can appear, so it is hidden while sqlite_utils loads, and numpy stays
importable for the charts afterwards.
"""

from __future__ import annotations

import sys

_had_numpy = "numpy" in sys.modules
if not _had_numpy:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # makes `import numpy` fail fast
try:
    from sqlite_utils import Database, Migrations
finally:
    if not _had_numpy:
        del sys.modules["numpy"]

__all__ = ["Database", "Migrations"]
