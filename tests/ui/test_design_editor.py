"""The design editor: every change saved at once and undoable; totals follow the BOM."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLineEdit
from ui_helpers import close_if_alive, edit_cell

from jewelbench.domain.designs import Category


@pytest.fixture
def editor(qtbot, window):
    window.show_view("designs")
    catalog = window.designs
    dialog = catalog.new_design()
    dialog.code.setText("PD-100")
    dialog.name.setText("Comet Pendant")
    dialog.category.setCurrentIndex(list(Category).index(Category.PENDANT))
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert catalog.page.current_row().code == "PD-100"
    catalog.edit_button.click()
    editor = catalog.editor
    qtbot.waitExposed(editor)
    yield editor
    close_if_alive(editor)


def _stored(window):
    return window.workspace.designs.get_by_code("PD-100")


def _edit(qtbot, section, row: int, column: int, text: str) -> None:
    edit_cell(qtbot, section.page, row, column, text)


def test_a_bill_of_materials_is_built_line_by_line_and_each_step_undoes(qtbot, editor, window,
                                                                       artifacts_dir):
    metals, stones = editor.sections[0], editor.sections[1]
    metals.add()
    _edit(qtbot, metals, 0, 0, "AU585Y")
    _edit(qtbot, metals, 0, 1, "3.2")
    stored = _stored(window)
    assert [(m.alloy_code, m.finished_weight_g) for m in stored.metals] == [
        ("AU585Y", Decimal("3.2"))]
    assert "Metal 3.20 g" in editor.totals.text()
    assert "1.87 g gold" in editor.totals.text(), "fine gold: 3.2 g × 0.585"

    stones.add()
    _edit(qtbot, stones, 0, 5, "3")
    _edit(qtbot, stones, 0, 7, "12.50")
    stone = _stored(window).stones[0]
    assert (stone.quantity, stone.unit_cost.amount) == (3, Decimal("12.50"))
    assert "3 stones" in editor.totals.text()
    editor.tabs.setCurrentIndex(1)
    editor.grab().save(str(artifacts_dir / "design-editor-bom.png"))

    window.undo.stack.undo()
    assert _stored(window).stones[0].unit_cost.amount == Decimal(0)
    assert stones.page.proxy.index(0, 7).data() == "0.00", "the editor shows the undo"
    window.undo.stack.redo()
    assert _stored(window).stones[0].unit_cost.amount == Decimal("12.50")


@pytest.mark.parametrize("typed, reason", [
    ("-2", "too small"), ("0", "Zero is not allowed"), ("1.23456", "decimal places")])
def test_a_bad_weight_is_refused_and_the_file_keeps_the_old_one(qtbot, editor, window, typed,
                                                                reason):
    metals = editor.sections[0]
    metals.add()
    before = _stored(window)
    _edit(qtbot, metals, 0, 1, typed)
    assert _stored(window) == before
    assert reason in window.statusBar().currentMessage() or reason in editor.status.text()


def test_a_refusal_leaves_once_the_stored_value_is_typed_back(qtbot, editor, window):
    metals = editor.sections[0]
    metals.add()
    weight = metals.page.proxy.index(0, 1).data()
    _edit(qtbot, metals, 0, 1, "1e3")
    assert "not a number" in editor.status.text()
    table = metals.page.table
    qtbot.waitUntil(lambda: isinstance(table.focusWidget(), QLineEdit))  # given back to fix
    typing = table.focusWidget()
    assert typing.text() == "1e3"
    typing.selectAll()
    qtbot.keyClicks(typing, weight)  # the value as it is stored: nothing to save
    qtbot.keyClick(typing, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.status.text() == "")


def test_an_unknown_alloy_is_not_saved_and_says_so(qtbot, editor, window):
    metals = editor.sections[0]
    metals.add()
    _edit(qtbot, metals, 0, 0, "UNOBTAINIUM")
    assert _stored(window).metals[0].alloy_code == "AG925"
    assert "No alloy is called “UNOBTAINIUM”" in editor.status.text()


def test_specs_are_saved_as_they_are_left(qtbot, editor, window):
    editor.name.setText("Comet Pendant, large")
    editor.name.editingFinished.emit()
    editor.retail.edit.setText("420")
    editor.retail.edit.editingFinished.emit()
    stored = _stored(window)
    assert stored.name == "Comet Pendant, large"
    assert stored.target_retail_price.amount == Decimal("420")
    assert "PD-100 · Comet Pendant, large" in editor.windowTitle()


def test_images_are_added_ordered_made_cover_and_removed(qtbot, editor, window, tmp_path):
    files = []
    for number, colour in enumerate(("#c9a227", "#8a8f98")):
        path = tmp_path / f"view {number}.png"
        image = QImage(40 + number, 30, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        image.save(str(path))
        files.append(path)
    (tmp_path / "notes.png").write_text("not an image")
    editor.add_image_files([*files, tmp_path / "notes.png"])
    images = _stored(window).images
    assert [i.caption for i in images] == ["view 0", "view 1"]
    assert [i.is_cover for i in images] == [True, False]
    assert "notes.png" in editor.status.text() or "was not added" in editor.status.text() \
        or "Saved" in editor.status.text()

    editor.images.setCurrentRow(1)
    editor.set_cover()
    assert [i.is_cover for i in _stored(window).images] == [False, True]
    editor.images.setCurrentRow(1)
    editor.move_image(-1)
    assert [i.caption for i in _stored(window).images] == ["view 1", "view 0"]
    editor.images.setCurrentRow(0)
    editor.remove_image()
    remaining = _stored(window).images
    assert [i.caption for i in remaining] == ["view 0"] and remaining[0].is_cover


def test_an_image_file_larger_than_any_image_is_refused_before_it_is_read(
        qtbot, editor, window, tmp_path, monkeypatch):
    """The editor, the catalog's drop and the sample photos share one intake: a file over the
    size limit is refused by its size, never read whole into memory."""
    path = tmp_path / "huge.png"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#c9a227"))
    image.save(str(path))
    monkeypatch.setattr("jewelbench.ui.imaging.MAX_FILE_BYTES", path.stat().st_size - 1)
    read: list[object] = []
    real_read_bytes = type(path).read_bytes

    def reading(self) -> bytes:
        read.append(self)
        return real_read_bytes(self)

    monkeypatch.setattr(type(path), "read_bytes", reading)
    before = list(_stored(window).images)
    editor.add_image_files([path])
    assert _stored(window).images == before
    assert "“huge.png” was not added: the file is larger than" in editor.status.text()
    assert path not in read


def test_every_cell_of_every_bom_list_is_typed_into_its_own_field(qtbot, editor, window):
    """Each editable column puts what is typed into its own field of the line (a typed
    Setter per column): nothing lands in a neighbour's field, nothing is left unset."""
    metals, stones, findings, platings, packaging = editor.sections
    for section in editor.sections:
        section.add()
    typed = {
        metals: ["AU750Y", "2.75"],
        stones: ["sapphire", None, "oval", "4.5", "0.35", "2", "bezel", "80", "EUR"],
        findings: ["clasp", "lobster, 12 mm", "12.5", "4", "1.25", "EUR"],
        platings: ["gold", "yellow", "2.5", "9.90", "EUR"],
        packaging: ["gift box", "3", "2.40", "EUR"],
    }
    for section, texts in typed.items():
        for column, text in enumerate(texts):
            if text is not None:
                _edit(qtbot, section, 0, column, text)
    # the origin is picked from its list: the value chosen is what the view commits
    stones.page.proxy.setData(stones.page.proxy.index(0, 1), "lab_grown")
    design = _stored(window)
    metal = design.metals[0]
    assert (metal.alloy_code, metal.finished_weight_g) == ("AU750Y", Decimal("2.75"))
    stone = design.stones[0]
    assert (stone.stone_type, stone.origin.value, stone.shape, stone.size_mm, stone.carat,
            stone.quantity, stone.setting_style, stone.unit_cost.amount,
            stone.unit_cost.currency) == (
        "sapphire", "lab_grown", "oval", Decimal("4.5"), Decimal("0.35"), 2, "bezel",
        Decimal("80"), "EUR")
    finding = design.findings[0]
    assert (finding.kind, finding.description, finding.length_mm, finding.quantity,
            finding.unit_cost.amount, finding.unit_cost.currency) == (
        "clasp", "lobster, 12 mm", Decimal("12.5"), 4, Decimal("1.25"), "EUR")
    plating = design.platings[0]
    assert (plating.plating_type, plating.colour, plating.thickness_um,
            plating.unit_cost.amount, plating.unit_cost.currency) == (
        "gold", "yellow", Decimal("2.5"), Decimal("9.90"), "EUR")
    box = design.packaging[0]
    assert (box.description, box.quantity, box.unit_cost.amount, box.unit_cost.currency) == (
        "gift box", 3, Decimal("2.40"), "EUR")
    assert isinstance(stone.quantity, int) and isinstance(box.quantity, int)
