"""`jewelbench compare` and the comparison view say the same thing for the same inputs: the
verdict sentence (with where the break-even search ends), each route's year and piece, and the
break-even — for one design and for a whole collection plan of the demo."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from jewelbench.app.demo import DEMO_TODAY

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration

SCENARIO = "Lean bench (one setter)"


def _cli(path, *args: str) -> str:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run([sys.executable, "-m", "jewelbench", "compare", str(path), *args,
                           "--scenario", SCENARIO, "--date", DEMO_TODAY.isoformat()],
                          capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _view(window):
    window.show_view("costs")
    view = window.costs.comparison
    view.wait()
    view.set_date(DEMO_TODAY)
    view.scenario.setCurrentIndex(view.scenario.findText(SCENARIO))
    view.wait()
    return view


def _rows(view) -> dict[str, tuple[str, str]]:
    rows = {}
    for row in range(view.table.rowCount()):
        _kind, route = view.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        rows[route] = (view.table.item(row, 1).text(), view.table.item(row, 2).text())
    return rows


@pytest.mark.parametrize("subject", [("design", "RG-014", 150), ("design", "PD-003", 420),
                                     ("plan", "Tidal 2027", None),
                                     ("plan", "Aurelia Fine 2027", 900)])
def test_the_cli_prints_the_views_verdict_and_figures(window, demo_copy, subject):
    kind, name, volume = subject
    view = _view(window)
    workspace = window.workspace
    if kind == "design":
        item_id = workspace.designs.id_for_code(name)
        args = ["--design", name]
    else:
        item_id = workspace.costing.plan_id_for_name(name)
        args = ["--plan", name]
    assert view.choose(kind, item_id)
    view.wait()
    if volume is not None:
        view.controls.volume.setValue(volume)
        args += ["--volume", str(volume)]
    assert view.problem == ""
    printed = _cli(demo_copy, *args)
    lines = printed.splitlines()
    # The verdict, word for word (its break-even search ends where the view's curves end).
    at = next(i for i, line in enumerate(lines) if line.startswith("At "))  # a plan: pieces
    assert view.verdict.accessibleName() == lines[at]
    # Why, under it: the largest part of the dearer side's piece (salaried staff on the demo).
    why = view.comparison.why()
    assert why.startswith("The largest part of ") and lines[at + 1] == why
    assert why in view.detail.text()
    # Each route's year and piece, as the table shows them.
    for route, (year, piece) in _rows(view).items():
        row = next(line for line in lines if line.startswith(route + "  "))
        assert year in row and piece in row, (route, row)
    # Each route's break-even sentence is the one behind the view's column.
    for found in view.comparison.break_evens:
        assert f"  {found.describe()}" in lines
