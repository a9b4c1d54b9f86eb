"""The comparison view names every band where in-house is cheaper, over the maximum shown in
"Break-evens searched up to": docs/costing.md's stud (worked by hand in
tests/domain/test_costing_breakeven_bands.py), here in the demo's base currency, USD."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from qt_helpers import laid_out

from jewelbench.domain.costing_basis import FixedCostBasis
from jewelbench.domain.designs import Category, Design, StoneLine
from jewelbench.domain.money import Money
from jewelbench.domain.quotes import Quote, QuoteTier
from jewelbench.domain.scenarios import InHouseScenario, LabourOperation, Overhead, StaffRole
from jewelbench.domain.suppliers import Supplier

D = Decimal
ARTIFACTS = Path(__file__).parent.parent / "artifacts"


def _stud(window) -> tuple[int, int]:
    """ST-200 (one 50 USD stone), the setter's bench and the workshop's 80.00 / 62.00 quote."""
    workspace = window.workspace
    design_id = workspace.designs.add(Design(
        "ST-200", "Stud", Category.EARRINGS,
        stones=[StoneLine("sapphire", "round", 1, Money(D(50), "USD"))]))
    scenario_id = workspace.scenarios.add(InHouseScenario(
        "Setter's bench", "USD", overheads=[Overhead("Rent", D(3000))],
        staff=[StaffRole("Setter", D(2000), 1, D(100))],
        labour=[LabourOperation("Setting", D(30))], casting_loss_pct=D(0)))
    supplier_id = workspace.suppliers.add(Supplier("Stud Workshop", "US", "USD"))
    workspace.quotes.add(Quote(supplier_id=supplier_id, design_id=design_id, currency="USD",
                               quoted_on=dt.date.today() - dt.timedelta(days=1), moq=100,
                               tiers=[QuoteTier(100, D("80.00")), QuoteTier(4000, D("62.00"))]))
    return design_id, scenario_id


def test_the_view_names_every_band_up_to_the_maximum_it_shows(window, qtbot):
    design_id, scenario_id = _stud(window)
    window.show_view("costs")
    view = window.costs.comparison
    view.load(window.workspace)
    view.wait()
    view.scenario.setCurrentIndex(view.scenario.findData(scenario_id))
    view.wait()
    assert view.choose("design", design_id)
    view.wait()
    # The stud's hand-worked figures are the whole workshop's: the demo's other designs
    # would take an allocated share of the setter's time.
    view.basis_margin.set_basis(FixedCostBasis.STAND_ALONE)
    view.wait()
    view.controls.volume.setValue(1000)
    assert view.problem == "", view.problem
    box = view.search_range.box
    # by hand: the tenth setter from 2,400 × 10 + 1 = 24,001, more than 10 × 1,000
    assert box.value() == 24_001
    assert view.verdict.accessibleName() == (
        "At 1,000 pieces a year, Stud Workshop is 27 % cheaper than in-house (80,000.00 USD per "
        "year against 110,000.00 USD per year); in-house is cheaper between 2,000 and 2,400 "
        "and between 2,800 and 3,999 and between 19,000 and 19,200 and between 21,000 and "
        "21,600 and between 23,000 and 24,000 pieces (searched up to 24,001).")
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 0).data(Qt.ItemDataRole.UserRole)[1] == "Stud Workshop")
    cell = view.table.item(row, 4)
    assert cell.text() == "2,000–2,400, 2,800–3,999, 19,000–19,200, 2 more"
    assert "between 21,000 and 21,600" in cell.toolTip()  # every band in its tooltip

    # Typed: up to 10,000 the two bands a capacity step and a tier break end.
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "10000")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert view.verdict.accessibleName().endswith(
        "; in-house is cheaper between 2,000 and 2,400 and between 2,800 and 3,999 pieces "
        "(searched up to 10,000).")
    assert cell.text() == "2,000–2,400, 2,800–3,999"
    assert view.search_range.hint.text() == "default here: 24,001"
    qtbot.waitUntil(lambda: laid_out(window))
    window.grab().save(str(ARTIFACTS / "costs-break-even-bands.png"))

    # Text that is not a whole number is refused beside the box and nothing changes.
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, "1e5")
    assert box.refused_text
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert box.value() == 10_000 and view.comparison.searched_to == 10_000
