"""The window's scorecards (ui/suppliers/scores.py): kept per supplier and dropped only by the
edits, undos and redos that touch what that supplier's scorecard is computed from; a worker
that cannot read the file says why in the score column, and the window goes on; a long
history's workings are shown in part, saying how many more there are."""

from __future__ import annotations

import copy
import datetime as dt
import os
import threading

import pytest
from PySide6.QtCore import Qt

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.domain.samples import SampleDecision, SampleRound
from jewelbench.domain.scorecard import SampleHistory, Scorecard
from jewelbench.storage import scorecards as stored
from jewelbench.ui.quotes.commands import ReplaceQuote
from jewelbench.ui.suppliers.commands import ReplaceSupplier
from jewelbench.ui.suppliers.scores import ScorecardCache
from jewelbench.ui.widgets.table_model import ROW_ROLE

VICENZA = "Fonderia Berica S.r.l."


@pytest.fixture
def gate(monkeypatch) -> threading.Event:
    """Every scorecard is computed by a worker (as for a large workspace), which waits here
    until the test opens the gate — as a long history keeps it busy."""
    opened = threading.Event()
    compute = stored.scorecards

    def slow(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            assert opened.wait(30), "the test never opened the gate"
        return compute(*args, **kwargs)

    monkeypatch.setattr(stored, "scorecards", slow)
    monkeypatch.setattr(ScorecardCache, "inline_limit", -1)
    return opened


@pytest.fixture
def view(window):
    window.show_view("suppliers")
    suppliers = window.suppliers
    suppliers.today = lambda: DEMO_TODAY
    suppliers.load(window.workspace)
    return suppliers


def cells(view) -> dict[str, str]:
    column = next(c for c in range(view.proxy.columnCount())
                  if view.proxy.headerData(c, Qt.Orientation.Horizontal) == "Score")
    return {view.proxy.index(r, 0).data(ROW_ROLE).name: view.proxy.index(r, column).data()
            for r in range(view.proxy.rowCount())}


def kept(view) -> dict[int, Scorecard]:
    ids = [view.proxy.index(r, 0).data(ROW_ROLE).id for r in range(view.proxy.rowCount())]
    found = {s: view.scores.scorecard(s) for s in ids}
    assert all(found.values()), "every listed supplier has its scorecard"
    return found  # type: ignore[return-value]


def test_an_edit_drops_only_the_scorecards_it_touches_and_undo_drops_them_again(window, view):
    workspace = window.workspace
    before = kept(view)
    dropped: list[set[int]] = []
    view.scores.changed.connect(lambda ids: dropped.append(set(ids)))

    # A contact changed: no scorecard is computed from it.
    vicenza = workspace.suppliers.id_for_name(VICENZA)
    supplier = workspace.suppliers.get(vicenza)
    changed = copy.deepcopy(supplier)
    changed.notes = "Ask for Giulia"
    assert window.undo.run(ReplaceSupplier(workspace, supplier, changed, "notes")) is None
    assert dropped == [] and kept(view) == before
    assert all(kept(view)[s] is before[s] for s in before), "the same scorecards, kept"

    # One of Vicenza's quotes now promises its samples in 30 days: the scorecards of the
    # suppliers that quoted or sampled that design are dropped (the price position compares
    # them with each other), and only those.
    quote_id = next(q.id for q in workspace.quotes.summaries(supplier_id=vicenza))
    quote = workspace.quotes.get(quote_id)
    design = quote.design_id
    others = {q.supplier_id for q in workspace.quotes.summaries(design_id=design)} | {
        s.supplier_id for s in workspace.samples.summaries() if s.design_id == design}
    later = copy.deepcopy(quote)
    later.sample_lead_time_days = 30
    assert window.undo.run(ReplaceQuote(workspace, quote, later, "lead time")) is None
    assert dropped[0] == others | {vicenza}
    untouched = set(before) - dropped[0]
    assert untouched, "some supplier quoted nothing of that design"
    assert all(kept(view)[s] is before[s] for s in untouched)
    assert kept(view) == workspace.suppliers.scorecards(DEMO_TODAY), "computed again"
    assert kept(view)[vicenza] != before[vicenza], "a promise of 30 days moves the lead time"

    dropped.clear()
    window.undo_action.trigger()
    assert dropped[0] == others | {vicenza}
    assert kept(view) == before, "undo brings the figures back"
    dropped.clear()
    window.redo_action.trigger()
    assert dropped[0] == others | {vicenza}
    assert kept(view)[vicenza] != before[vicenza]


def test_a_worker_that_cannot_read_the_file_says_why_and_the_window_goes_on(
        qtbot, window, view, monkeypatch):
    monkeypatch.setattr(ScorecardCache, "inline_limit", -1)  # as for a large workspace
    path = window.workspace.path
    moved = path.with_name("moved away.jewelbench")
    os.rename(path, moved)  # the window's own connection keeps the file it opened
    try:
        view.scores.drop()
        qtbot.waitUntil(lambda: all(text.startswith("(no score: ") for text in
                                    cells(view).values()), timeout=20_000)
        assert "cannot be read" in cells(view)[VICENZA], cells(view)[VICENZA]
        assert "(no score: " in view.panel.scorecard.text()
        assert window.workspace.suppliers.names(), "the window still reads its workspace"
    finally:
        os.rename(moved, path)
    view.scores.drop()
    qtbot.waitUntil(lambda: cells(view)[VICENZA] == "100 % first pass · 1 round · 4.5 d late",
                    timeout=20_000)
    assert view.scores.wait(20_000)


def test_a_long_history_shows_the_first_workings_and_how_many_more(view):
    rounds = [SampleHistory(n, f"RG-{n:03d}", (SampleRound(
        design_id=n, supplier_id=1, round_number=1, requested_on=dt.date(2026, 1, 1),
        received_on=dt.date(2026, 1, 20), decision=SampleDecision.APPROVED),))
        for n in range(31)]
    card = Scorecard("Casa Oro", "USD", tuple(rounds))
    view.panel.show_scorecard(card)
    text = view.panel.scorecard.text()
    assert "First-pass approval: 31 of 31 designs approved on the first round → 100 %" in text
    assert "RG-024: round 1 approved" in text and "RG-025" not in text
    assert "… and 6 more lines" in text, "31 workings: 25 shown, 6 more"
    assert len(view.panel.scorecard.lines()) == len(card.explain()), \
        "every line is still there to read"


def test_scorecards_of_another_day_are_computed_anew(view, window):
    """A window left open past midnight: what is overdue, and which quotes count, move on."""
    before = kept(view)
    later = DEMO_TODAY + dt.timedelta(days=40)
    view.today = lambda: later
    view.load(window.workspace)
    after = kept(view)
    assert after == window.workspace.suppliers.scorecards(later)
    assert all(after[s] is not before[s] for s in before)


def test_the_quote_comparison_says_computing_then_shows_each_suppliers_score(
        qtbot, window, gate, settings):
    """At scale the comparison's prices show at once; each supplier's score follows."""
    from jewelbench.ui.quotes.comparison import QuoteComparison

    opened = gate
    workspace = window.workspace
    vicenza = workspace.suppliers.id_for_name(VICENZA)
    design = next(q.design_id for q in workspace.quotes.summaries(supplier_id=vicenza))
    dialog = QuoteComparison(workspace, design, window.undo, settings, window,
                             today=DEMO_TODAY)
    dialog.show()
    model = dialog.model
    score = next(r for r in range(model.rowCount())
                 if model.index(r, 0).data() == "Supplier score")
    scores = [model.index(score, c).data() for c in range(1, model.columnCount())]
    assert scores and set(scores) == {"Computing scorecards…"}, scores
    opened.set()
    expected = workspace.suppliers.scorecards(DEMO_TODAY)
    headlines = [expected[c.quote.supplier_id].headline() for c in dialog.comparison.columns]
    qtbot.waitUntil(lambda: [model.index(score, c).data()
                             for c in range(1, model.columnCount())] == headlines,
                    timeout=20_000)
    assert dialog.scores.wait(20_000)
    dialog.close()


def test_a_result_dropped_while_computed_is_not_used_and_a_queued_one_not_computed(
        qtbot, window, monkeypatch):
    opened = threading.Event()
    compute = stored.scorecards
    runs: list[list[int]] = []

    def slow(db, today, supplier_ids=None):
        runs.append(list(supplier_ids or []))
        assert opened.wait(30)
        return compute(db, today, supplier_ids)

    monkeypatch.setattr(stored, "scorecards", slow)
    monkeypatch.setattr(ScorecardCache, "inline_limit", -1)
    workspace = window.workspace
    vicenza = workspace.suppliers.id_for_name(VICENZA)
    cache = ScorecardCache(workspace, lambda: DEMO_TODAY)
    arrived: list[set[int]] = []
    cache.changed.connect(lambda ids: arrived.append(set(ids)))
    cache.request([vicenza])  # the first worker starts, and waits at the gate
    qtbot.waitUntil(lambda: len(runs) == 1)
    cache.drop([vicenza])  # the quote it is reading changed: its result will not be used
    cache.request([vicenza])  # a second worker is queued behind the first …
    cache.drop([vicenza])  # … and taken off the queue again, never started
    cache.request([vicenza])  # the third is the one whose result counts
    assert cache.computing(vicenza)
    opened.set()
    qtbot.waitUntil(lambda: cache.scorecard(vicenza) is not None, timeout=20_000)
    assert cache.wait(20_000)
    assert len(runs) == 2, "the queued worker never ran"
    assert cache.scorecard(vicenza) == workspace.suppliers.scorecards(DEMO_TODAY)[vicenza]
    assert arrived[-1] == {vicenza} and not cache.computing(vicenza)


def test_the_supplier_editor_says_computing_then_shows_the_scorecard(
        qtbot, window, view, gate):
    opened = gate
    vicenza = window.workspace.suppliers.id_for_name(VICENZA)
    view.scores.drop([vicenza])  # its history changed: computed again, in the background
    editor = view.edit_supplier(vicenza)
    qtbot.waitExposed(editor)
    assert editor.scorecard_headline.text() == "Computing scorecards…"
    assert "Computing scorecards…" in editor.scorecard_text.text()
    opened.set()
    qtbot.waitUntil(lambda: editor.scorecard_headline.text() ==
                    "100 % first pass · 1 round · 4.5 d late", timeout=20_000)
    assert ("First-pass approval: 2 of 2 designs approved on the first round → 100 %"
            in editor.scorecard_text.lines())
    assert view.scores.wait(20_000)
    editor.close()


def test_another_workspace_is_shown_without_waiting_for_the_last_ones_worker(
        qtbot, window, view, gate, tmp_path):
    import time

    from jewelbench.storage import Workspace

    view.scores.drop()  # a worker starts on this workspace's history, and waits at the gate
    qtbot.waitUntil(lambda: cells(view)[VICENZA] == "Computing scorecards…")
    old = view.scores
    other = Workspace.create(tmp_path / "Other.jewelbench")
    try:
        started = time.perf_counter()
        view.load(other)  # the worker is still busy: the window does not wait for it
        assert time.perf_counter() - started < 5, "the switch waited for the worker"
        assert view.scores is not old and view.model.rowCount() == 0
        gate.set()
        assert view.scores.wait(20_000), "the old worker finished on its own"
    finally:
        view.load(window.workspace)
        other.close()
