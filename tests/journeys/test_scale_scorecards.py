"""A supplier's scorecard at scale (issue 16), from an EMPTY workspace through the window: the
Suppliers list and its side panel say "Computing scorecards…" while a worker computes them
off the GUI thread, then show the score; entering a quote and a sample round changes it, and
Edit ▸ Undo / Redo change it back and forth — each time computed anew for that supplier only.

A small workspace's scorecards are computed at once on the GUI thread (a few milliseconds);
here `inline_limit` is lowered so that this one is treated as a large one, and the worker waits
at a gate the test opens — as a large history keeps it busy — so that the "Computing…" state
can be seen before the score arrives. The figures are the real ones, worked out by hand."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from qt_helpers import events_delivered
from steps import SUPPLIER, Road

from jewelbench.storage import scorecards as stored_scorecards
from jewelbench.ui.suppliers.scores import ScorecardCache

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

COMPUTING = "Computing scorecards…"


@pytest.fixture
def gate(monkeypatch) -> threading.Event:
    """Every scorecard goes through the worker, which waits here until the test opens it."""
    opened = threading.Event()
    compute = stored_scorecards.scorecards

    def slow(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            assert opened.wait(30), "the test never opened the gate"
        return compute(*args, **kwargs)

    monkeypatch.setattr(stored_scorecards, "scorecards", slow)
    monkeypatch.setattr(ScorecardCache, "inline_limit", -1)
    return opened


def score_cell(road: Road) -> str:
    view = road.window.suppliers
    column = next(c for c in range(view.proxy.columnCount())
                  if view.proxy.headerData(c, Qt.Orientation.Horizontal) == "Score")
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data() == SUPPLIER)
    return view.proxy.index(row, column).data()


def computing_then(road: Road, gate: threading.Event, headline: str) -> None:
    """The list and the panel say the scorecard is being computed; once the worker may go on,
    both show it. The GUI thread never waited for it."""
    view = road.window.suppliers
    assert score_cell(road) == COMPUTING
    assert COMPUTING in view.panel.scorecard.text()
    road.snap("scorecards-computing")
    gate.set()
    road.qtbot.waitUntil(lambda: score_cell(road) == headline, timeout=20_000)
    assert view.panel.scorecard.scorecard is not None
    assert view.panel.scorecard.scorecard.headline() == headline
    road.snap("scorecards-computed")
    assert view.scores.wait(20_000), "the worker has finished"
    gate.clear()


def test_a_scorecard_is_computed_off_the_gui_thread_and_follows_undo(road, gate):
    window, qtbot = road.window, road.qtbot
    road.set_brand_profile()
    road.create_design_with_bom()
    road.issue_tech_pack()
    road.add_supplier()  # leaves Suppliers on screen, the new supplier selected
    computing_then(road, gate, "no history yet")

    # Its quote promises a sample in 14 days; the round is requested, received and approved
    # today: 1 of 1 designs approved on the first round (100 %), approved in 1 round, and
    # 0 days taken against 14 promised → 14 d early.
    road.enter_quote()
    road.sample_round()
    window.view_actions[1].trigger()  # View ▸ Suppliers
    computing_then(road, gate, "100 % first pass · 1 round · 14 d early")
    lines = window.suppliers.panel.scorecard.lines()
    assert ("Sample lead time: promised 14 d, took 0 d on average over 1 round → 14 d early; "
            "1 of 1 on time") in lines, lines

    # Edit ▸ Undo takes the approval back: no decided round is left, the lead time stays.
    assert "approv" in window.undo_action.text().lower(), window.undo_action.text()
    window.undo_action.trigger()
    computing_then(road, gate, "14 d early")
    window.redo_action.trigger()
    computing_then(road, gate, "100 % first pass · 1 round · 14 d early")

    # A scorecard kept is shown again at once, without computing it again.
    window.view_actions[0].trigger()  # View ▸ Designs
    window.view_actions[1].trigger()
    assert score_cell(road) == "100 % first pass · 1 round · 14 d early"
    assert not window.suppliers.scores.computing(window.suppliers.current_row().id)
    qtbot.waitUntil(events_delivered)
    road.no_message_box()
