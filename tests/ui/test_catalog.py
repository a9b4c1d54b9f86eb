"""The design catalog: filters, thumbnails, new / duplicate / retire with undo, dropped images."""

from __future__ import annotations

import struct
import zlib

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from qt_helpers import laid_out

from jewelbench.domain.designs import Category, LifecycleStatus
from jewelbench.ui.imaging import KEEP_ORIGINALS
from jewelbench.ui.widgets.table_model import ROW_ROLE


@pytest.fixture
def catalog(window):
    window.show_view("designs")
    return window.designs


def _shown(view) -> list:
    return [view.filter.index(r, 0).data(ROW_ROLE) for r in range(view.filter.rowCount())]


def _png(path, width=64, height=48) -> None:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#c9a227"))
    assert image.save(str(path), "PNG")


def _bomb_png(path, side=60000) -> None:
    """A tiny PNG whose header claims 60,000 × 60,000 pixels (a decompression bomb)."""
    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    body = zlib.compress(b"\x00" * 1000)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body)
                     + chunk(b"IEND", b""))


def test_filters_by_category_status_metal_and_search(qtbot, catalog):
    everything = _shown(catalog)
    catalog.category_filter.setCurrentIndex(catalog.category_filter.findData(Category.RING))
    rings = _shown(catalog)
    assert rings and all(d.category is Category.RING for d in rings)
    assert len(rings) < len(everything)
    assert catalog.page.subtitle.text() == f"{len(rings)} of {len(everything)} designs"

    catalog.category_filter.setCurrentIndex(0)
    catalog.status_filter.setCurrentIndex(
        catalog.status_filter.findData(LifecycleStatus.PRODUCTION))
    assert all(d.status is LifecycleStatus.PRODUCTION for d in _shown(catalog))

    catalog.status_filter.setCurrentIndex(0)
    catalog.metal_filter.setCurrentIndex(catalog.metal_filter.findData("AG925"))
    silver = _shown(catalog)
    assert silver and all("AG925" in d.alloys.split(", ") for d in silver)

    catalog.metal_filter.setCurrentIndex(0)
    qtbot.keyClicks(catalog.page.search, "tidal")
    assert catalog.page.subtitle.text() == "Searching…", "searched after a pause in typing"
    qtbot.waitUntil(lambda: not catalog.page.searching)
    assert {d.collection for d in _shown(catalog)} == {"Tidal"}, "search covers the collection"
    catalog.page.search.clear()
    assert len(_shown(catalog)) == len(everything)
    assert catalog.page.subtitle.text() == "15 designs in 3 collections"


def test_thumbnail_grid_shows_the_same_designs_and_is_remembered(qtbot, catalog, window,
                                                                 artifacts_dir):
    catalog.grid_toggle.click()
    assert catalog.page.stack.currentWidget() is catalog.grid
    assert catalog.grid.model().rowCount() == 15
    icon = catalog.grid.model().index(0, 0).data(Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    window.grab().save(str(artifacts_dir / "catalog-grid.png"))
    catalog.grid.setCurrentIndex(catalog.grid.model().index(2, 0))
    assert catalog.preview.title.text().startswith(_shown(catalog)[2].code), \
        "the grid and the table share one selection and preview"
    window.save_state()
    assert window.settings.value("views/designs/grid", type=bool) is True


def test_new_design_is_saved_undone_and_redone(qtbot, catalog, window):
    dialog = catalog.new_design()
    dialog.code.setText("RG-099")
    dialog.name.setText("Comet Signet")
    dialog.collection.setCurrentText("Aurelia Fine")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert not dialog.isVisible()
    codes = {d.code for d in _shown(catalog)}
    assert "RG-099" in codes and len(codes) == 16
    assert window.workspace.designs.get_by_code("RG-099").name == "Comet Signet"
    assert catalog.page.current_row().code == "RG-099", "the new design is selected"

    window.undo_action.trigger()
    assert "RG-099" not in {d.code for d in _shown(catalog)}
    assert window.workspace.designs.id_for_code("RG-099") is None
    window.redo_action.trigger()
    assert window.workspace.designs.id_for_code("RG-099") is not None


@pytest.mark.parametrize("code, name, message", [
    ("RG-014", "Twin", "already exists"),
    ("has space", "Twin", "must be 1–32 letters"),
    ("RG-100", "", "Design name is required"),
])
def test_a_new_design_with_bad_entries_is_explained_in_the_dialog(qtbot, catalog, window,
                                                                  code, name, message):
    before = window.workspace.counts()["designs"]
    dialog = catalog.new_design()
    dialog.code.setText(code)
    dialog.name.setText(name)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible(), "the dialog stays open with what was typed"
    assert message in dialog.error.text()
    assert window.workspace.counts()["designs"] == before
    dialog.reject()


def test_duplicate_copies_the_bill_of_materials_under_a_new_code(qtbot, catalog, window):
    catalog.page.table.selectRow(0)
    source = catalog.page.current_row()
    dialog = catalog.duplicate_design()
    assert dialog.code.text() == f"{source.code}-2"
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    original = window.workspace.designs.get(source.id)
    copy = window.workspace.designs.get_by_code(f"{source.code}-2")
    assert copy.id != original.id
    assert copy.status is LifecycleStatus.IDEA
    assert [m.finished_weight_g for m in copy.metals] == [m.finished_weight_g
                                                          for m in original.metals]
    assert len(copy.stones) == len(original.stones)
    assert [i.image for i in copy.images] == [i.image for i in original.images]
    window.undo_action.trigger()
    assert window.workspace.designs.id_for_code(f"{source.code}-2") is None


def test_retire_asks_naming_the_design_and_is_undoable(qtbot, catalog, window):
    catalog.page.table.selectRow(1)
    design = catalog.page.current_row()
    assert design.status is not LifecycleStatus.RETIRED
    catalog.retire_button.click()
    box = catalog.confirm
    assert box.isVisible() and box.text() == f"Retire {design.code} — {design.name}?"
    assert "Undo brings it back" in box.informativeText()
    assert window.workspace.designs.get(design.id).status is design.status, "not before asked"
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert window.workspace.designs.get(design.id).status is design.status, "cancelled"

    catalog.retire_button.click()
    box = catalog.confirm
    next(b for b in box.buttons() if b.text() == "Retire").click()
    qtbot.waitUntil(lambda: window.workspace.designs.get(design.id).status
                    is LifecycleStatus.RETIRED)
    assert catalog.page.current_row().status is LifecycleStatus.RETIRED
    window.undo_action.trigger()
    assert window.workspace.designs.get(design.id).status is design.status


def _drop(view, row: int, path) -> None:
    index = view.filter.index(row, 0)
    rect = view.page.table.visualRect(index)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    # As a file manager does: the drag enters (and is accepted), then the drop.
    enter = QDragEnterEvent(rect.center(), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.page.table.viewport(), enter)
    assert enter.isAccepted(), "a design accepts dragged files"
    drop = QDropEvent(QPointF(rect.center()), Qt.DropAction.CopyAction, data,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.page.table.viewport(), drop)


def test_an_image_dropped_on_a_design_is_added_and_undoable(qtbot, catalog, window, tmp_path):
    picture = tmp_path / "side view.png"
    _png(picture)
    design = _shown(catalog)[3]
    images_before = len(window.workspace.designs.get(design.id).images)
    window.workspace.settings.set(KEEP_ORIGINALS, "1")  # the workspace keeps originals
    _drop(catalog, 3, picture)
    qtbot.waitUntil(lambda: not catalog.intake.busy)  # taken in off the GUI thread
    images = window.workspace.designs.get(design.id).images
    assert len(images) == images_before + 1
    assert images[-1].image == picture.read_bytes(), "the original bytes are kept"
    assert images[-1].caption == "side view"
    assert (images[-1].width, images[-1].height) == (64, 48)
    window.undo_action.trigger()
    assert len(window.workspace.designs.get(design.id).images) == images_before

    # else (the default) it is stored no larger than the file, at its size
    window.workspace.settings.set(KEEP_ORIGINALS, "0")
    _drop(catalog, 3, picture)
    qtbot.waitUntil(lambda: not catalog.intake.busy)
    images = window.workspace.designs.get(design.id).images
    assert len(images) == images_before + 1
    assert len(images[-1].image) <= len(picture.read_bytes())
    assert (images[-1].width, images[-1].height) == (64, 48)


@pytest.mark.parametrize("make, reason", [
    (lambda p: p.write_text("not a picture at all"), "not an image"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40), "the PNG file is damaged"),
    (_bomb_png, "too large"),
], ids=["text", "truncated-png", "decompression-bomb"])
def test_a_dropped_file_that_is_not_a_usable_image_is_refused(qtbot, catalog, window,
                                                              tmp_path, make, reason):
    bad = tmp_path / "bad.png"
    make(bad)
    design = _shown(catalog)[0]
    before = window.workspace.designs.get(design.id)
    message = catalog.add_image_file(design.id, bad)
    assert message is not None and reason in message
    assert reason in window.statusBar().currentMessage()
    assert window.workspace.designs.get(design.id) == before


def test_the_tech_pack_of_the_selected_design_opens_from_the_catalog(qtbot, catalog):
    codes = [d.code for d in _shown(catalog)]
    catalog.page.table.selectRow(codes.index("RG-014"))
    catalog.tech_pack_button.click()
    editor = catalog.tech_pack_editor
    qtbot.waitExposed(editor)
    assert "RG-014" in editor.windowTitle()
    editor.close()


def test_the_headline_reads_in_the_singular_for_one(qtbot, qapp, settings, tmp_path):
    from jewelbench.app.main import apply_style
    from jewelbench.domain.designs import Design
    from jewelbench.storage import Workspace
    from jewelbench.ui.main_window import MainWindow

    apply_style(qapp)
    workspace = Workspace.create(tmp_path / "mine.jewelbench")
    window = MainWindow(settings, workspace, tmp_path)
    qtbot.addWidget(window)
    window.show()
    window.show_view("designs")
    headline = window.designs.page.subtitle
    assert headline.text() == "No designs yet"
    workspace.designs.add(Design("RG-001", "Wave ring", Category.RING))
    window.designs.load(workspace)
    assert headline.text() == "1 design, none in a collection"
    window.about_action.trigger()
    [about] = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible()]
    assert "This workspace: 1 design, 0 suppliers, 0 quotes, 0 sample rounds." in \
        about.informativeText()
    about.close()
    workspace.designs.add(Design("RG-002", "Wave ring II", Category.RING, collection="Tidal"))
    window.designs.load(workspace)
    assert headline.text() == "2 designs in 1 collection"
    workspace.designs.add(Design("RG-003", "Coral ring", Category.RING, collection="Reef"))
    window.designs.load(workspace)
    assert headline.text() == "3 designs in 2 collections"
    window.close()


@pytest.mark.parametrize("points", [None, 11])
def test_the_filters_show_their_choices_whole_at_1366x768(qtbot, qapp, demo_copy, settings,
                                                          tmp_path, artifacts_dir, points):
    """At a laptop's 1366 × 768, also with the larger 11-point font many desktops use: no
    filter box squeezed to "All catego", nothing pushing the window wider than the screen."""
    from jewelbench.app.main import apply_style
    from jewelbench.storage import Workspace
    from jewelbench.ui.main_window import MainWindow

    default = qapp.font()
    if points is not None:
        font = qapp.font()
        font.setPointSize(points)
        qapp.setFont(font)  # before the window, as a desktop's font is
    try:
        apply_style(qapp)
        window = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.show_view("designs")
        catalog = window.designs
        qtbot.waitUntil(lambda: laid_out(window))
        window.grab().save(str(artifacts_dir / f"designs-filters-{points or 'default'}pt.png"))
        assert window.minimumSizeHint().width() <= 1366
        for combo in (catalog.category_filter, catalog.status_filter, catalog.metal_filter):
            longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                          for i in range(combo.count()))
            assert combo.width() >= combo.sizeHint().width(), combo.accessibleName()
            assert combo.width() >= longest + 20, combo.accessibleName()
        for button in (catalog.new_button, catalog.duplicate_button, catalog.retire_button,
                       catalog.sourcing_button, catalog.edit_button, catalog.tech_pack_button):
            assert button.width() >= button.sizeHint().width(), button.text()
        window.close()
    finally:
        qapp.setFont(default)


def test_a_picture_in_the_grid_opens_its_design_with_enter(qtbot, catalog):
    catalog.grid_toggle.click()
    grid = catalog.grid
    grid.setFocus()
    grid.setCurrentIndex(grid.model().index(3, 0))
    code = _shown(catalog)[3].code
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    editor = catalog.editor
    assert editor is not None and editor.isVisible()
    assert editor.code.text() == code
    editor.close()
