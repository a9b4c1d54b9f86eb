"""Journey: the same workspace in English, then in Norsk bokmål. A new user walks the English
road from an empty workspace to a verdict; File ▸ Settings… ▸ Language ▸ Norsk bokmål and
Restart Now open the same file in Bokmål, where the menus, the verdict and its figures are
Norwegian: 28.97 USD a piece (worked by hand in test_new_user_road.py) reads 28,97 USD.
Settings ▸ English and Restart Now bring every word back."""

from __future__ import annotations

import pytest
from steps import (
    SUPPLIER,
    Road,
    _compare_costs,
    choose,
    click,
    click_ok,
    enter_prices_and_rates,
    message_boxes,
    read_verdict_and_check_cli,
)
from test_new_user_road import walk_to_quote_and_sample

from jewelbench.ui import i18n

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard"),
              pytest.mark.integration]  # they start another program

MENUS_EN = ["&File", "&Edit", "&Sourcing", "&Costs", "&View", "&Help"]
MENUS_NB = ["&Fil", "&Rediger", "&Innkjøp", "&Kostnader", "&Vis", "&Hjelp"]


def restart_in(road: Road, language_name: str):
    """File ▸ Settings… ▸ Language, OK, Restart Now: the new window, on the same file."""
    window, qtbot = road.window, road.qtbot
    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog.language, language_name)
    click_ok(qtbot, dialog)
    (box,) = message_boxes()
    replaced = []
    window.replaced.connect(replaced.append)
    click(qtbot, box.defaultButton())  # Restart Now
    qtbot.waitUntil(lambda: bool(replaced))
    new = replaced[0]
    qtbot.addWidget(new)
    new.resize(1366, 768)
    qtbot.waitExposed(new)
    road.window = new
    return new


def menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_speaks_bokmal_after_a_restart_and_english_again(road: Road) -> None:
    assert menus(road.window) == MENUS_EN
    walk_to_quote_and_sample(road)
    road.comparison_before_prices()
    enter_prices_and_rates(road)
    english = read_verdict_and_check_cli(road, volume=300)
    assert english.sentence.startswith(f"At 300 pieces a year, {SUPPLIER} is ")
    assert "28.97 USD" in english.rows[SUPPLIER][1]
    path = road.workspace.path

    window = restart_in(road, "Norsk bokmål")
    assert i18n.language() == "nb"
    assert window.workspace.path == path
    assert menus(window) == MENUS_NB
    norwegian = _compare_costs(road, 300)
    assert norwegian.sentence.startswith(f"Ved 300 stk. i året er {SUPPLIER} "), (
        norwegian.sentence)
    assert "billigere" in norwegian.sentence or "dyrere" in norwegian.sentence
    assert "28,97 USD" in norwegian.rows[SUPPLIER][1], norwegian.rows
    assert norwegian.comparison.in_house.total.value == english.comparison.in_house.total.value

    window = restart_in(road, "English")
    assert menus(window) == MENUS_EN
    assert _compare_costs(road, 300).sentence == english.sentence
    window.close()
