"""The scenario editor's Recovery, Capital, Benches tab: each value saved at once as one undoable
change; a bad one refused beside its field with the reason, nothing stored, nothing to undo."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from test_scenario_editor import NAME, TODAY, _create

D = Decimal


@pytest.fixture
def scenario_editor(qtbot, window):
    """A new scenario made from the seed figures, open in its editor (Costs ▸ Edit…)."""
    window.show_view("costs")
    costs = window.costs
    costs.today = lambda: TODAY
    _create(qtbot, costs)
    costs.edit_button.click()
    editor = costs.editor
    qtbot.waitExposed(editor)
    yield editor
    with contextlib.suppress(RuntimeError):  # closed and deleted with the window already
        editor.close()


def _terms(window):
    workspace = window.workspace
    return workspace.costing.in_house_terms(workspace.scenarios.id_for_name(NAME))


def _type(field, text: str) -> None:
    field.edit.setText(text)
    field.edit.editingFinished.emit()


@pytest.mark.parametrize(("key", "typed", "reason"), [
    ("capital_rate_pct", "-0.5", "Cost of capital % cannot be negative, not -0.5"),
    ("recoverable_pct", "100.01", "Recoverable share % must be at most 100, not 100.01"),
    ("refining_pct", "250", "Refining charge % must be at most 100, not 250"),
    ("bench_hours_year", "0", "Hours one bench gives a year must be above 0, not 0"),
    ("fx_buffer_pct", "101", "In-house FX risk buffer % must be at most 100, not 101"),
    ("benches", "-2", "Benches must be at least 0, not -2"),
    ("benches", "1.5", "Type"),  # a whole number: the field's own rule says how
])
def test_a_bad_value_is_refused_beside_its_field(window, scenario_editor, key, typed, reason):
    editor = scenario_editor
    before, undo = _terms(window), window.undo.stack.count()
    editor.tabs.setCurrentWidget(editor.model_tab)
    field = editor.model_tab.fields[key]
    _type(field, typed)
    assert field.error.isVisible()
    assert field.error.text().startswith(reason) or (reason == "Type" and field.error.text())
    assert _terms(window) == before
    assert window.undo.stack.count() == undo


def test_each_value_is_saved_and_undone(window, scenario_editor):
    editor = scenario_editor
    fields = editor.model_tab.fields
    assert fields["recoverable_pct"].edit.text() == "90"
    assert fields["capital_rate_pct"].edit.text() == "8"
    assert fields["bench_hours_year"].edit.text() == "1600"
    undo = window.undo.stack.count()
    _type(fields["capital_rate_pct"], "0")  # 0 % is allowed: capital left out
    _type(fields["benches"], "3")
    assert (_terms(window).capital_rate_pct, _terms(window).benches) == (D(0), 3)
    assert window.undo.stack.count() == undo + 2
    assert window.undo.stack.undoText().startswith("Set benches to 3")
    window.undo.stack.undo()
    assert _terms(window).benches == 0 and fields["benches"].edit.text() == "0"
    window.undo.stack.undo()
    assert _terms(window).capital_rate_pct == D(8)
    assert fields["capital_rate_pct"].edit.text() == "8"
