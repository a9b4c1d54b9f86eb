"""Journey: how far the break-evens are searched, from an empty workspace.

A new user makes a design, a supplier, its quote and an in-house scenario, enters this week's
prices, and compares at 300 pieces a year. The view shows the maximum the break-evens were
searched to (by default the larger of 10 × the volume and the volume at which in-house needs a
tenth added person); the user types another maximum, reads the band sentence, sees a maximum
below the volume raised to it, puts the default back, and `jewelbench compare --up-to` on the
same file says the same, band for band.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from steps import (
    DESIGN_CODE,
    SCENARIO,
    Road,
    cli_compare,
    click,
    enter_prices_and_rates,
    focus,
    read_verdict_and_check_cli,
)

from jewelbench.domain.costing import IN_HOUSE

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
              pytest.mark.integration]  # they start another program


def _type_maximum(road: Road, text: str) -> None:
    """Alt+K (the label's mnemonic) to the box, select what it holds, type, Enter."""
    view = road.window.costs.comparison
    box = view.search_range.box
    focus(road.qtbot, view.controls.volume)
    road.qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert box.hasFocus(), "Alt+K reaches the maximum"
    road.qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    road.qtbot.keyClicks(box, text)
    road.qtbot.keyClick(box, Qt.Key.Key_Return)


def _check_bands_against_the_totals(view) -> None:
    """Every band the view names holds where it says: in-house at most the route at its first
    and last volume, dearer just outside it (within the search)."""
    comparison, prepared = view.comparison, view.prepared
    adjustments = comparison.adjustments
    for found in comparison.break_evens:
        def wins(n: int, route: str = found.route) -> bool:
            return (prepared.total_at(IN_HOUSE, n, adjustments).value
                    <= prepared.total_at(route, n, adjustments).value)

        for first, last in found.bands:
            assert wins(first) and wins(last), (first, last)
            assert first == 1 or not wins(first - 1), first
            assert last == found.searched_to or not wins(last + 1), last


def test_the_maximum_is_shown_changed_and_said_the_same_by_compare(road, tmp_path):
    road.set_brand_profile()  # the tech pack is issued under the brand
    road.create_design_with_bom()
    road.issue_tech_pack()  # the quote is for its revision A
    road.add_supplier()
    road.enter_quote()
    road.create_scenario()
    road.comparison_before_prices()
    enter_prices_and_rates(road)
    verdict = read_verdict_and_check_cli(road, volume=300)
    view = road.window.costs.comparison
    box = view.search_range.box
    assert box.isVisibleTo(road.window)

    # The default: at least 10 × 300, as far as the engine searched.
    default = view.prepared.search_end(300)
    assert default >= 3000
    assert box.value() == view.comparison.searched_to == default
    assert f"(searched up to {default:,})" in verdict.sentence or \
        f"up to {default:,} pieces" in verdict.sentence
    assert not view.search_range.default_button.isEnabled(), "already the default"
    _check_bands_against_the_totals(view)

    # Another maximum, typed: the verdict and the table say the bands up to it.
    _type_maximum(road, "12000")
    assert view.problem == "", view.problem
    assert box.value() == 12_000 == view.comparison.searched_to
    sentence = view.verdict.accessibleName()
    (found,) = view.comparison.break_evens
    assert found.clause() in sentence
    assert "(searched up to 12,000)" in sentence or "up to 12,000 pieces" in sentence
    row = next(r for r in range(view.table.rowCount())
               if view.table.item(r, 0).data(Qt.ItemDataRole.UserRole)[1] == found.route)
    assert view.table.item(row, 4).text() == view.ranges_text(found)
    _check_bands_against_the_totals(view)
    road.snap("search-to-12000")

    # `jewelbench compare --up-to` on the same file: the same sentence, the same bands.
    answer = cli_compare(road.workspace.path, "--design", DESIGN_CODE, "--scenario", SCENARIO,
                         "--date", road.today.isoformat(), "--volume", "300",
                         "--up-to", "12000")
    assert answer["verdict"] == sentence
    assert answer["searched_to"] == 12_000
    (cli_found,) = answer["break_evens"]
    assert [(b["first"], b["last"]) for b in cli_found["bands"]] == list(found.bands)
    assert cli_found["description"] == found.describe()

    # The typed maximum is kept when the volume moves; below the volume it is raised to it.
    spin = view.controls.volume
    focus(road.qtbot, spin)
    road.qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    road.qtbot.keyClicks(spin, "400")
    road.qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert view.comparison.volume == 400 and view.comparison.searched_to == 12_000
    _type_maximum(road, "250")
    assert view.problem == "", view.problem
    assert view.comparison.searched_to == 400 == box.value()

    # Default puts the engine's maximum back.
    click(road.qtbot, view.search_range.default_button)
    assert view.comparison.searched_to == view.prepared.search_end(400) == box.value()
    assert view.search_range.chosen() is None
    road.no_message_box()
