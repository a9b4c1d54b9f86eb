"""Figures that foot (issue 15, item 10), from an empty workspace through the window: a quote
whose cost a piece does not come out in whole cents, read in the comparison table — the printed
piece × 300 misses the printed year, and a Rounding line under the table says by how much —
and `jewelbench compare` (text and JSON) saying the same.

By hand (docs/costing.md, "Money, rounding and units"), at 1 THB = 0.0285 USD and 300 pieces:
the supplier's price 4,810 THB × 0.0285 = 137.085 USD a piece, 41,125.50 a year; the gift box
the brand supplies 1.80 a piece, 540.00 a year; no fees, freight or landed-cost terms. The year
is 41,665.50 USD; a piece 41,665.50 ÷ 300 = 138.885, printed 138.89 (half-up); 138.89 × 300 =
41,667.00, so the rounding is 41,665.50 − 41,667.00 = −1.50. The piece's parts as printed:
137.09 (137.085 half-up) + 1.80 = 138.89, the printed piece: they foot, with no Rounding line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from steps import (
    DESIGN_CODE,
    SCENARIO,
    SUPPLIER,
    Road,
    choose,
    click,
    enter_prices_and_rates,
    open_comparison,
    read_verdict_and_check_cli,
    type_into,
)

from jewelbench.ui.costs.explain import ROUNDING_ROLE

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
              pytest.mark.integration]  # they start another program

D = Decimal
ROUNDING_LINE = f"{SUPPLIER}: 138.89 a piece × 300 = 41,667.00; rounding −1.50 = 41,665.50 a year"


def enter_a_quote_that_does_not_round(road: Road) -> None:
    """Sourcing ▸ New Quote…: 4,810 THB a piece from 1 piece, nothing else."""
    window, qtbot = road.window, road.qtbot
    window.new_quote_action.trigger()
    editor = window.quotes.editor
    qtbot.waitExposed(editor)
    choose(qtbot, editor.supplier, SUPPLIER)
    choose(qtbot, editor.design, DESIGN_CODE)
    type_into(qtbot, editor.reference, "CPS-Q-0510", enter=False)
    type_into(qtbot, editor.moq, "1", enter=False)
    road._add_tier(editor, None, "4810")
    assert editor.tiers() == [(1, D("4810"))]
    click(qtbot, editor.save_button)
    assert not editor.isVisible(), editor.problem.text()
    road.no_message_box()


def _amount(text: str) -> Decimal:
    return D(text.replace("−", "-").split()[0].replace(",", ""))


def test_a_piece_that_rounds_foots_with_a_rounding_line_in_the_view_and_the_cli(road):
    window = road.window
    road.create_design_with_bom()
    road.add_supplier()
    enter_a_quote_that_does_not_round(road)
    road.create_scenario()
    open_comparison(road)  # says the silver price and the baht's rate are missing
    enter_prices_and_rates(road)
    verdict = read_verdict_and_check_cli(road, volume=300)
    view = window.costs.comparison

    # the table, as printed: the supplier's year and piece, and the Rounding line under it
    assert verdict.rows[SUPPLIER] == ("41,665.50 USD", "138.89 USD"), verdict.rows[SUPPLIER]
    assert view.rounding_note.isVisible()
    note = view.rounding_note.text()
    assert f"Rounding, {ROUNDING_LINE}" in note, note
    # in-house too: its printed piece × 300 is its printed year, or a line says the difference
    year, piece = (_amount(text) for text in verdict.rows["In-house"])
    if piece * 300 != year:
        said = next(ln for ln in note.splitlines() if ln.startswith("Rounding, In-house: "))
        rounding = _amount(said.split("rounding ")[1])
        assert piece * 300 + rounding == year, said
    else:
        assert "Rounding, In-house" not in note
    road.snap("comparison-rounding", view)

    # the supplier's piece explained (the keyboard moves to its cell): 137.09 + 1.80 + 0.00 …
    # = 138.89, the printed piece, so no Rounding line there
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 0).data(Qt.ItemDataRole.UserRole)[1] == SUPPLIER)
    view.table.setFocus()
    view.table.setCurrentCell(row, 2)
    top = view.explanation.tree.topLevelItem(0)
    shown = [(top.child(i).text(0), top.child(i).text(1)) for i in range(top.childCount())]
    assert ("Supplier price", "137.09 USD") in shown and \
        ("Materials you supply", "1.80 USD") in shown, shown
    assert not any(top.child(i).data(0, ROUNDING_ROLE) for i in range(top.childCount()))
    assert sum((_amount(value) for _label, value in shown), D(0)) == D("138.89")
    # in-house's year explained: its printed parts and, when they miss, the Rounding line
    view.table.setCurrentCell(0, 1)
    top = view.explanation.tree.topLevelItem(0)
    parts = [_amount(top.child(i).text(1)) for i in range(top.childCount())]
    assert sum(parts, D(0)) == _amount(top.text(1)), "the parts and any Rounding line foot"

    # `jewelbench compare` in words says the same rounding, and its JSON gives it
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "jewelbench", "compare", str(road.workspace.path), "--design",
         DESIGN_CODE, "--scenario", SCENARIO, "--date", road.today.isoformat(), "--volume",
         "300"], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    text = done.stdout
    assert re.search(rf"^{re.escape(SUPPLIER)}\s+41,665.50 USD\s+138.89 USD", text, re.M), text
    assert (f"  Rounding, {SUPPLIER}: 138.89 × 300 = 41,667.00; rounding -1.50 = 41,665.50 "
            "a year") in text.splitlines(), text
    block = text.split(f"\n{SUPPLIER}  ")[-1].split("\n\n")[0].splitlines()
    assert not any(line.strip().startswith("Rounding") for line in block), block
