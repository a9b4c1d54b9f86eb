"""File ▸ Settings… from an empty workspace (issue 17): the region's forms, the weight unit, the
paper printed on, the backups, the base currency (undone by Ctrl+Z) and the language (a
restart, offered and taken), each chosen by the keyboard in the dialog the File menu opens.
Cancel keeps everything. The dialog is photographed in the light and the dark palette at
1366 × 768 (tests/artifacts/settings/)."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from steps import Road, choose, click, click_ok, focus, message_boxes, type_into

from jewelbench.ui import formatting, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

SHOTS = Path(__file__).parent.parent / "artifacts" / "settings"
NBSP, NNBSP = "\u00a0", "\u202f"


@pytest.fixture(autouse=True)
def forms_put_back():
    """The region, weight unit and language are the process's: each test leaves them as found."""
    before = QLocale()
    yield
    QLocale.setDefault(before)
    i18n.install("en")
    forms = registry._locale_forms()
    if forms is not None:
        forms.set_locale("")  # the system's again, as before any region was chosen
        forms.set_weight_unit(registry._weight_unit(forms, "g"))


def plain(text: str) -> str:
    """Text with the no-break spaces a region groups digits by read as spaces."""
    return text.replace(NBSP, " ").replace(NNBSP, " ")


def type_number(qtbot, spin, text: str) -> None:
    """Select what a spin box holds and type the number over it."""
    focus(qtbot, spin)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, text)
    assert spin.value() == int(text), spin.text()


def open_settings(road: Road) -> SettingsDialog:
    """File ▸ Settings…, as a user finds it in the File menu."""
    window = road.window
    action = next(a for a in window.file_menu.actions() if a.text() == "&Settings…")
    action.trigger()
    dialog = window.settings_dialog
    road.qtbot.waitExposed(dialog)
    return dialog


def test_the_settings_take_effect_from_an_empty_workspace(road: Road, settings):
    window, qtbot = road.window, road.qtbot
    assert window.settings_action.menuRole().name == "PreferencesRole"
    base = window.workspace.base_currency
    assert base != "NOK"
    dialog = open_settings(road)

    choose(qtbot, dialog.region, "Norway")
    # the example changes as the region is chosen, before OK
    assert plain(dialog.example.text()).startswith("1 234,50 NOK · ")
    choose(qtbot, dialog.weight, "Troy ounces")
    type_number(qtbot, dialog.interval, "15")
    type_number(qtbot, dialog.kept, "8")
    type_into(qtbot, dialog.currency, "nok", enter=False)
    road.snap("settings-chosen", dialog)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()

    # stored on this computer
    assert registry.read(settings, registry.REGION) == "nb_NO"
    assert registry.read(settings, registry.WEIGHT_UNIT) == "ozt"
    assert (registry.read(settings, registry.BACKUP_INTERVAL),
            registry.read(settings, registry.BACKUP_KEEP_LATEST)) == (15, 8)
    assert window.backups.policy.interval_minutes == 15
    assert window.backups.policy.keep_latest == 8
    # figures are written the Norwegian way from now on, at once
    assert plain(formatting.decimal_text(Decimal("1234567.5"))) == "1 234 567,50"
    # the base currency changed in the workspace, as one undoable change
    assert window.workspace.base_currency == "NOK"
    assert window.undo.stack.undoText() == "Change the base currency to NOK"
    focus(qtbot, window.navigation)
    qtbot.keyClick(window.navigation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.base_currency == base
    assert not message_boxes()


@pytest.mark.integration
def test_the_paper_chosen_is_the_paper_printed_on(road: Road, settings):
    """The other paper than the region's chosen in Settings (Letter on a machine in Europe or
    with no locale): the tech pack offers it, and the RFQ letter is printed on it (the road is
    walked in the forms the test machine starts in)."""
    window, qtbot = road.window, road.qtbot
    regions = registry.paper_size(settings)
    wanted = "A4" if regions == "Letter" else "Letter"
    dialog = open_settings(road)
    assert dialog.paper.currentText() == f"The region's ({regions})"
    choose(qtbot, dialog.paper, wanted)
    click_ok(qtbot, dialog)
    assert registry.read(settings, registry.PAPER) == wanted
    road.set_brand_profile()
    road.create_design_with_bom()
    catalog = window.designs
    click(qtbot, catalog.tech_pack_button)
    editor = catalog.tech_pack_editor
    qtbot.waitExposed(editor)
    assert editor.page_size.currentText() == wanted
    editor.close()
    road.issue_tech_pack()
    road.add_supplier()
    road.send_rfq()
    (letter,) = road.rfq_folder.iterdir()
    info = subprocess.run(["pdfinfo", str(letter)], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    size = {"Letter": "612 x 792 pts (letter)", "A4": "595.276 x 841.89 pts (A4)"}[wanted]
    assert size in info, info


def test_the_weight_unit_chosen_is_the_one_weights_are_shown_in(road: Road, settings):
    forms = pytest.importorskip("jewelbench.domain.locale_forms")
    dialog = open_settings(road)
    choose(road.qtbot, dialog.weight, "Pennyweights")
    click_ok(road.qtbot, dialog)
    assert registry.read(settings, registry.WEIGHT_UNIT) == "dwt"
    # 1 troy ounce is 20 dwt (31.1034768 g)
    assert "20" in forms.format_weight(Decimal("31.1034768"))
    assert "dwt" in formatting.grams_text(Decimal("31.1034768"))


def test_cancel_keeps_everything(road: Road, settings):
    window, qtbot = road.window, road.qtbot
    registry.write(settings, registry.PAPER, "A4")
    base = window.workspace.base_currency
    region = QLocale().name()
    dialog = open_settings(road)
    choose(qtbot, dialog.region, "United States")
    choose(qtbot, dialog.language, "Norsk")
    choose(qtbot, dialog.paper, "Letter")
    type_number(qtbot, dialog.interval, "90")
    type_into(qtbot, dialog.currency, "JPY", enter=False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert registry.read(settings, registry.REGION) == ""
    assert registry.read(settings, registry.LANGUAGE) == ""
    assert registry.read(settings, registry.PAPER) == "A4"
    assert registry.read(settings, registry.BACKUP_INTERVAL) == 30
    assert window.workspace.base_currency == base
    assert QLocale().name() == region
    assert window.undo.stack.count() == 0
    assert not message_boxes()


def test_a_base_currency_that_is_not_one_is_refused_in_the_dialog(road: Road, settings):
    window, qtbot = road.window, road.qtbot
    base = window.workspace.base_currency
    dialog = open_settings(road)
    choose(qtbot, dialog.paper, "Letter")
    type_into(qtbot, dialog.currency, "XYZ", enter=False)
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "XYZ" in dialog.error.text(), dialog.error.text()
    assert registry.read(settings, registry.PAPER) == ""  # nothing stored
    assert window.workspace.base_currency == base
    type_into(qtbot, dialog.currency, "EUR", enter=False)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert registry.read(settings, registry.PAPER) == "Letter"


def test_a_new_language_is_spoken_after_restart_now_on_the_same_workspace(road: Road, settings):
    window, qtbot = road.window, road.qtbot
    path = window.workspace.path
    road.create_design_with_bom()
    dialog = open_settings(road)
    choose(qtbot, dialog.language, "Norsk bokmål")
    assert dialog.language_note.text() == "jewelbench speaks Norsk bokmål from its next start."
    click_ok(qtbot, dialog)
    assert registry.read(settings, registry.LANGUAGE) == "nb"
    (box,) = message_boxes()
    assert box.text() == "jewelbench speaks Norsk bokmål from its next start."
    restart = next(b for b in box.buttons() if b.text() == "&Restart Now")
    replaced = []
    window.replaced.connect(replaced.append)
    click(qtbot, restart)
    qtbot.waitUntil(lambda: bool(replaced))
    new = replaced[0]
    road.qtbot.addWidget(new)
    assert not window.isVisible() and new.isVisible()
    assert new.workspace.path == path and not new.workspace.read_only
    assert new.workspace.designs.id_for_code("RG-001") is not None  # nothing lost
    new.close()


def test_the_dialog_fits_a_small_laptop_and_remembers_its_size(road: Road, settings):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QLabel

    assert not road.window.settings_action.shortcut().isEmpty()
    assert road.window.settings_action.shortcut() in (
        QKeySequence("Ctrl+,"), QKeySequence(QKeySequence.StandardKey.Preferences))
    dialog = open_settings(road)
    letters = [label.text().split("&")[1][0].lower() for label in dialog.findChildren(QLabel)
               if "&" in label.text() and label.buddy() is not None]
    assert len(letters) == 7 and len(set(letters)) == len(letters), letters
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700, hint
    dialog.resize(hint.width() + 80, hint.height() + 40)
    wanted = dialog.size()
    click_ok(road.qtbot, dialog)
    again = open_settings(road)
    assert again.size() == wanted
    again.reject()


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_dialog_photographed(palette, request, qtbot, qapp, settings, tmp_path):
    """The Settings dialog over the window at 1366 × 768, to look at (light and dark)."""
    from journeys.conftest import _open_window, dark_palette

    from jewelbench.app.main import apply_style

    light = qapp.palette()
    if palette == "dark":
        qapp.setPalette(dark_palette(light))
    try:
        apply_style(qapp)
        window = _open_window(qtbot, settings, tmp_path)
        window.settings_action.trigger()
        dialog = window.settings_dialog
        qtbot.waitExposed(dialog)
        choose(qtbot, dialog.language, "Norsk")  # the note on the next start shows
        SHOTS.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        assert dialog.grab().save(str(SHOTS / f"settings-{palette}.png"))
        assert window.grab().save(str(SHOTS / f"window-{palette}.png"))
        text = dialog.palette().color(dialog.foregroundRole())
        back = dialog.palette().color(dialog.backgroundRole())
        assert abs(text.lightness() - back.lightness()) > 120
        assert dialog.frameGeometry().height() <= 768
        dialog.reject()
        window.close()
    finally:
        qapp.setPalette(light)
