"""sqlite-utils is loaded without numpy (start-up time), and that never stops another thread
from importing numpy: the workspace check loads sqlite-utils on its own thread while the window
may be building the Costs section's charts, which import numpy."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

# A fresh interpreter (this one has numpy already). The check thread is held inside
# sqlite_utils' import, exactly where it imports numpy, while the GUI thread imports numpy.
_RACE = textwrap.dedent("""
    import importlib, sys, threading
    inside, go = threading.Event(), threading.Event()
    import_module = importlib.import_module

    def held_inside(name, package=None):
        # sqlite_utils.db asks for pandas just before numpy: hold the check thread there,
        # in the middle of loading sqlite_utils (no import lock but its own module's held)
        if name == "pandas" and threading.current_thread().name == "check":
            inside.set()
            go.wait(30)
        return import_module(name, package)

    importlib.import_module = held_inside
    loaded = {}

    def check():
        from jewelbench.storage import _sqlite_utils
        loaded["Database"] = _sqlite_utils.Database

    thread = threading.Thread(target=check, name="check")
    thread.start()
    assert inside.wait(30)
    try:
        import numpy  # the Costs section's charts, on the GUI thread, at that very moment
    finally:
        go.set()
        thread.join(30)
    print("numpy", numpy.__name__, "Database", loaded["Database"].__name__)
""")

_ALONE = textwrap.dedent("""
    import sys
    from jewelbench.storage._sqlite_utils import Database
    import sqlite_utils.db
    print("numpy loaded:", "numpy" in sys.modules, "seen by sqlite_utils:", sqlite_utils.db.np)
    import numpy
    print("numpy afterwards:", numpy.__name__)
""")


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)


def test_numpy_imports_on_another_thread_while_sqlite_utils_loads():
    result = _run(_RACE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "numpy numpy Database Database"


def test_sqlite_utils_alone_does_not_load_numpy_and_numpy_loads_afterwards():
    result = _run(_ALONE)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "numpy loaded: False seen by sqlite_utils: None", "numpy afterwards: numpy"]
