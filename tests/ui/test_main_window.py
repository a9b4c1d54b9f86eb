"""The main window on real workspaces, offscreen: navigation, lists, files, remembered state."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QPalette
from ui_helpers import close_message_boxes, visible_message_boxes

from jewelbench.storage import Workspace
from jewelbench.ui import dialogs
from jewelbench.ui.main_window import MainWindow
from jewelbench.ui.widgets.table_model import ROW_ROLE
from jewelbench.ui.window.geometry import FRAME, first_run_geometry

VIEWS = ["designs", "suppliers", "quotes", "samples", "costs"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()




_message_boxes = visible_message_boxes
_close_message_boxes = close_message_boxes


def test_every_view_lists_the_workspace_rows_and_is_captured(window, qtbot, artifacts_dir):
    counts = window.workspace.counts()
    expected = {
        "designs": counts["designs"], "suppliers": counts["suppliers"],
        "quotes": counts["quotes"], "samples": counts["sample_rounds"],
    }
    for number, key in enumerate(VIEWS, start=1):
        # Ctrl+1 … Ctrl+5 reach each section from the keyboard.
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
        assert window.current_view_key() == key
        view = window.stack.currentWidget()
        if key in expected:
            page = view.page if key == "designs" else view
            assert page.model.rowCount() == expected[key] > 0
            assert page.proxy.rowCount() == expected[key]
        else:
            assert view.scenarios.model.rowCount() == counts["inhouse_scenarios"] > 0
            assert view.metal_prices.model.rowCount() == counts["metal_prices"] > 0
            assert view.fx_rates.model.rowCount() == counts["fx_rates"] > 0
        window.grab().save(str(artifacts_dir / f"main-window-{key}.png"))
    assert (artifacts_dir / "main-window-designs.png").stat().st_size > 10_000


def test_design_catalog_shows_codes_thumbnails_and_a_preview(window, qtbot):
    window.show_view("designs")
    page = window.designs.page
    first = page.proxy.index(0, 0)
    summary = first.data(ROW_ROLE)
    assert first.data() == summary.code
    icon = first.data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull(), "the cover thumbnail is shown in the list"
    page.table.selectRow(0)
    assert window.designs.preview.title.text().startswith(summary.code)
    assert window.designs.preview.image.pixmap() is not None
    assert not window.designs.preview.image.pixmap().isNull()
    assert "Bill of materials" in window.designs.preview.bom.text()


def test_search_filters_and_numeric_columns_sort_by_value(window, qtbot):
    window.show_view("designs")
    page = window.designs.page
    all_rows = page.proxy.rowCount()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "RG-")
    qtbot.waitUntil(lambda: not page.searching)  # searched after a pause in typing
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert shown and len(shown) < all_rows
    assert all("RG-" in code for code in shown)
    page.search.clear()
    assert page.proxy.rowCount() == all_rows

    weight_column = 7
    page.table.sortByColumn(weight_column, Qt.SortOrder.DescendingOrder)
    weights = [page.proxy.index(r, weight_column).data(ROW_ROLE).metal_weight_g
               for r in range(page.proxy.rowCount())]
    assert weights == sorted(weights, reverse=True)
    assert all(isinstance(w, Decimal) for w in weights)


def test_expired_quotes_are_marked(window):
    window.show_view("quotes")
    model = window.quotes.model
    validity = [model.index(r, 4).data() for r in range(model.rowCount())]
    assert any(text.endswith("(expired)") for text in validity)


def _not_a_workspace(path: Path) -> None:
    path.write_text("these are my notes, not a database\n" * 20)


def _newer_schema(path: Path) -> None:
    import sqlite3

    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('jewelbench', 'm999_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()


def _read_only(path: Path) -> None:
    Workspace.create(path).close()
    path.chmod(0o444)


def _truncated(path: Path) -> None:
    Workspace.create(path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("make_file, reason", [
    (_not_a_workspace, "not a jewelbench workspace"),
    (_newer_schema, "newer jewelbench"),
    (_read_only, "read-only"),
    (_truncated, "truncated"),
    (None, "does not exist"),
], ids=["not-a-workspace", "newer-schema", "read-only", "truncated", "missing"])
def test_a_file_that_cannot_be_opened_is_explained_and_left_untouched(
        window, qtbot, tmp_path, monkeypatch, make_file, reason):
    bad = tmp_path / "bad.jewelbench"
    if make_file is not None:
        make_file(bad)
    before = _sha(bad) if bad.exists() else None
    current = window.workspace.path
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *a: bad)
    window.open_action.trigger()
    boxes = _message_boxes()
    assert len(boxes) == 1
    assert "bad.jewelbench" in boxes[0].text()
    assert reason in boxes[0].informativeText()
    assert "Traceback" not in boxes[0].informativeText()
    assert window.workspace.path == current, "the open workspace stays open"
    assert (_sha(bad) if bad.exists() else None) == before
    assert sorted(p.name for p in tmp_path.glob("bad.jewelbench*")) == (
        ["bad.jewelbench"] if before else []), "no -wal, -shm or copy left beside it"
    _close_message_boxes()


def test_new_workspace_and_save_as_switch_to_the_new_file(window, qtbot, tmp_path, monkeypatch):
    designs = window.workspace.counts()["designs"]
    copy = tmp_path / "copy.jewelbench"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: copy)
    window.save_as_action.trigger()
    assert window.workspace.path == copy
    assert window.workspace.counts()["designs"] == designs
    assert "copy" in window.windowTitle()

    fresh = tmp_path / "fresh.jewelbench"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: fresh)
    window.show_view("designs")
    window.new_action.trigger()
    dialog = window.new_workspace_dialog
    assert window.workspace.path == copy, "nothing is created before the dialog is accepted"
    dialog.currency.setCurrentText("EUR")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert window.workspace.path == fresh
    assert window.workspace.base_currency == "EUR"
    assert window.designs.page.model.rowCount() == 0
    assert window.designs.page.stack.currentWidget() is window.designs.page.empty
    recent = [a.statusTip() for a in window.recent_menu.actions() if a.statusTip()]
    assert recent[:2] == [str(fresh.resolve()), str(copy.resolve())]

    # Save As onto an existing file is refused and the file is left alone.
    before = _sha(copy)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a: copy)
    window.save_as_action.trigger()
    assert window.workspace.path == fresh
    assert _sha(copy) == before
    assert any("already exists" in box.text() for box in _message_boxes())
    _close_message_boxes()


def test_recent_menu_reopens_a_workspace(window, qtbot, tmp_path, demo_copy, monkeypatch):
    other = tmp_path / "other.jewelbench"
    Workspace.create(other).close()
    window.open_path(other)
    assert window.workspace.path == other
    reopen = next(a for a in window.recent_menu.actions() if a.statusTip() == str(demo_copy))
    reopen.trigger()
    assert window.workspace.path == demo_copy


def test_window_geometry_view_and_columns_are_remembered(qtbot, demo_copy, tmp_path):
    settings_path = tmp_path / "remember.ini"
    first = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat),
                       Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(first)
    first.resize(1100, 700)
    first.show()
    first.show_view("quotes")
    first.quotes.table.horizontalHeader().resizeSection(1, 222)
    first.close()

    second = MainWindow(QSettings(str(settings_path), QSettings.Format.IniFormat),
                        Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(1100, 700)
    assert second.current_view_key() == "quotes"
    assert second.quotes.table.horizontalHeader().sectionSize(1) == 222
    second.close()


def test_fits_a_1366x768_laptop_screen(window):
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 740


def test_icons_follow_a_dark_palette(qtbot, demo_copy, settings, tmp_path):
    from jewelbench.ui.icons import icon

    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    image = icon("designs", dark).pixmap(24, 24).toImage()
    inked = [image.pixelColor(x, y) for x in range(image.width())
             for y in range(image.height()) if image.pixelColor(x, y).alpha() > 200]
    assert inked, "the icon draws something"
    assert min(c.lightness() for c in inked) > 150, "strokes are light on a dark palette"


def test_about_names_the_version_and_workspace_contents(window):
    import jewelbench

    window.about_action.trigger()
    box = _message_boxes()[0]
    assert jewelbench.__version__ in box.text()
    assert f"{window.workspace.counts()['designs']} designs" in box.informativeText()
    _close_message_boxes()


def test_the_list_model_passes_qt_model_tests(window, qtmodeltester):
    window.show_view("designs")
    qtmodeltester.check(window.designs.page.model)
    window.show_view("quotes")
    qtmodeltester.check(window.quotes.model)


@pytest.mark.integration
def test_hidpi_screen_renders_at_device_resolution(demo_copy, tmp_path, artifacts_dir):
    """On a 2× screen the window is drawn with twice the pixels, icons and images included."""
    import json
    import os
    import subprocess
    import sys

    config = tmp_path / "hidpi.json"
    config.write_text(json.dumps({"screens": [{"name": "hidpi", "x": 0, "y": 0, "width": 2880,
                                               "height": 1800, "logicalDpi": 96}]}))
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from jewelbench.app.main import create_application\n"
        "from jewelbench.storage import Workspace\n"
        "from jewelbench.ui.main_window import MainWindow\n"
        "app = create_application([])\n"
        "folder = Path(sys.argv[1]).parent\n"
        "settings = QSettings(str(folder / 's.ini'), QSettings.Format.IniFormat)\n"
        "w = MainWindow(settings, Workspace.open(sys.argv[1]), folder)\n"
        "w.resize(1280, 760); w.show(); app.processEvents()\n"
        "image = w.grab().toImage()\n"
        "image.save(sys.argv[2])\n"
        "print(image.width(), image.height(), image.devicePixelRatio())\n"
        "w.close()\n")
    # Qt scales the whole UI by 2, as on a Retina or 4K laptop screen set to 200 %.
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="2")
    shot = tmp_path / "hidpi.png"
    result = subprocess.run([sys.executable, "-c", script, str(demo_copy), str(shot)], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    width, height, ratio = result.stdout.split()
    assert (int(width), int(height), float(ratio)) == (2560, 1520, 2.0)
    shot.replace(artifacts_dir / "main-window-hidpi.png")


def test_damage_found_by_the_background_check_is_reported(qtbot, qapp, demo_copy, settings,
                                                          tmp_path):
    window = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.health_problems is not None, timeout=20_000)
    assert window.health_problems == [], "the demo is healthy"
    window.close()

    # Scribble over pages in the middle of the file, leaving the header and schema intact.
    data = bytearray(demo_copy.read_bytes())
    start = len(data) // 2 // 4096 * 4096
    data[start:start + 8 * 4096] = b"\xa5" * (8 * 4096)
    demo_copy.write_bytes(bytes(data))

    damaged = MainWindow(settings, Workspace.open(demo_copy, full_check=False), tmp_path)
    qtbot.addWidget(damaged)
    damaged.show()
    qtbot.waitUntil(lambda: any(box.windowTitle() == "Damaged workspace"
                                for box in _message_boxes()), timeout=20_000)
    assert damaged.health_problems
    box = next(box for box in _message_boxes() if box.windowTitle() == "Damaged workspace")
    assert "demo.jewelbench" in box.text()
    assert "The check on opening found" in box.informativeText()
    assert "no backup" in box.informativeText(), "none was taken of this copy yet"
    _close_message_boxes()
    damaged.close()


@pytest.mark.parametrize("available", [
    QRect(0, 0, 1366, 728),  # a 1366 × 768 laptop less a 40-pixel task bar at the bottom
    QRect(0, 27, 1366, 741),  # … or a 27-pixel panel at the top
    QRect(0, 0, 1280, 680),
])
def test_the_first_window_fits_the_screen_less_its_panels(available):
    window = first_run_geometry(available)
    assert available.contains(window.marginsAdded(FRAME)), "frame and title bar included"
    assert window.width() >= 1000 and window.height() >= 560, "still a useful size"


def test_the_first_window_keeps_its_size_on_a_large_screen():
    window = first_run_geometry(QRect(0, 0, 1920, 1040))
    assert window.size() == QSize(1280, 760)
    assert window.center().x() in range(955, 966), "centred"


@pytest.mark.integration
def test_a_first_run_on_a_768_pixel_laptop_less_a_panel_fits(tmp_path):
    """The real window, started with no remembered geometry on a screen whose free area is
    1366 × 728: its frame lies within the screen's available geometry."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"windowFrameMargins": True, "screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728,
         "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    script = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from jewelbench.storage import Workspace\n"
        "from jewelbench.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        f"workspace = Workspace.create({str(tmp_path / 'mine.jewelbench')!r})\n"
        f"window = MainWindow(settings, workspace, __import__('pathlib').Path({str(tmp_path)!r}))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "frame, area = window.frameGeometry(), window.screen().availableGeometry()\n"
        "print(frame.x(), frame.y(), frame.width(), frame.height(), area.x(), area.y(),"
        " area.width(), area.height())\n")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    x, y, width, height, ax, ay, aw, ah = map(int, result.stdout.split()[-8:])
    assert QRect(ax, ay, aw, ah).contains(QRect(x, y, width, height)), result.stdout
