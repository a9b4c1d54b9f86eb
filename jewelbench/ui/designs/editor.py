"""The design editor: specs, images and the bill of materials, with live totals.

Every change is saved the moment it is made, as one undoable command on the window's undo
stack (the same path as every other editor): there is no "unsaved" state to lose. Undo and
redo, from here or from the main window, update the editor too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.alloys import STANDARD_ALLOYS, Alloy, find_alloys
from jewelbench.domain.designs import (
    Category,
    Design,
    DesignImage,
    FindingLine,
    LifecycleStatus,
    MetalLine,
    PackagingLine,
    PlatingLine,
    StoneLine,
    StoneOrigin,
)
from jewelbench.domain.inputs import (
    LENGTH_MM,
    PRICE,
    RETAIL_PRICE,
    THICKNESS_UM,
    WEIGHT_G,
    InputError,
    NumberRule,
)
from jewelbench.domain.materials import fine_metal_by_metal, material_cost
from jewelbench.domain.messages import fill
from jewelbench.domain.money import Money
from jewelbench.domain.validation import DomainError
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.storage.repository import NotFound
from jewelbench.ui import dialogs, i18n
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.price_request import EnterPrices, EnterPricesButton
from jewelbench.ui.currency import currency_choices
from jewelbench.ui.designs.commands import ReplaceDesign
from jewelbench.ui.formatting import (
    counted,
    date_text,
    decimal_text,
    exact_text,
    grams_text,
    money_text,
)
from jewelbench.ui.imaging import (
    ALLOWED_LABELS,
    keeps_originals,
    qimage_from_bytes,
    taken_in_note,
)
from jewelbench.ui.labels import category_label, origin_label, status_label
from jewelbench.ui.photo_intake import PhotoIntake, Taken, cancelled_note, take_all
from jewelbench.ui.samples.deviations import decided_label, deviations_summary
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.editor_dialog import EditorDialog
from jewelbench.ui.widgets.fields import NumberField, format_for_locale, parse_for_locale
from jewelbench.ui.widgets.lines import Lines, Setter
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Choices, Column

COUNT = NumberRule(places=0, minimum=Decimal(1), maximum=Decimal(100000))
CARAT = NumberRule(unit="ct", places=3, maximum=Decimal(5000), required=False)
OPTIONAL_MM = replace(LENGTH_MM, required=False)


@dataclass(frozen=True)
class _Line:
    """One BOM line as a list shows it: its position and the line itself."""

    index: int
    line: Any


# The lines priced a piece, and the fields several kinds of line share, edited in a cell.
Priced = StoneLine | FindingLine | PlatingLine | PackagingLine
Counted = Setter[StoneLine | FindingLine | PackagingLine, int](
    lambda line, count: replace(line, quantity=count))
Described = Setter[FindingLine | PackagingLine, str](
    lambda line, text: replace(line, description=text))

# The design's BOM, one list field per kind of line.
METALS: Lines[Design, MetalLine] = Lines(
    "metals", lambda d: d.metals, lambda d, lines: replace(d, metals=lines))
STONES: Lines[Design, StoneLine] = Lines(
    "stones", lambda d: d.stones, lambda d, lines: replace(d, stones=lines))
FINDINGS: Lines[Design, FindingLine] = Lines(
    "findings", lambda d: d.findings, lambda d, lines: replace(d, findings=lines))
PLATINGS: Lines[Design, PlatingLine] = Lines(
    "platings", lambda d: d.platings, lambda d, lines: replace(d, platings=lines))
PACKAGING: Lines[Design, PackagingLine] = Lines(
    "packaging", lambda d: d.packaging, lambda d, lines: replace(d, packaging=lines))


def _num(value: Decimal | None, places: int) -> str:
    return "" if value is None else decimal_text(value, places)


class BomSection(QWidget):
    """One kind of BOM line (metals, stones …) as an editable list with Add and Remove."""

    def __init__(self, lines: Lines[Design, Any], title: str, columns: list[Column[_Line]],
                 new_line: Callable[[], Any], editor: DesignEditor) -> None:
        super().__init__()
        self.field = lines
        self.editor = editor
        self.new_line = new_line
        self.page = ListPage(f"bom_{lines.name}", title, columns,
                             self.tr("None yet: use Add to enter the first."))
        self.page.search.hide()
        self.page.table.setSortingEnabled(False)
        named(self.page.title, "previewTitle")
        self.page.model.edit_requested.connect(self._edited)
        self.page.message.connect(editor.say)
        self.add_button = add = QPushButton(self.tr("Add"))
        add.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected line (undoable)"))
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setEnabled(False)  # until a line is selected
        self.page.current_row_changed.connect(self._row_chosen)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page, 1)
        layout.addLayout(buttons)

    def _row_chosen(self, row: _Line | None) -> None:
        self.remove_button.setEnabled(row is not None)  # Remove needs a line

    def lines(self, design: Design) -> list[Any]:
        return self.field.of(design)

    def show_design(self, design: Design) -> None:
        rows = [_Line(i, line) for i, line in enumerate(self.lines(design))]
        self.page.show_rows(rows)
        self.remove_button.setEnabled(self.page.current_row() is not None)

    def add(self) -> None:
        design = self.editor.design
        lines = [*self.lines(design), self.new_line()]
        self.editor.change(self.field.write(design, lines), self.tr("Add a line"))

    def remove(self) -> None:
        row = self.page.current_row()
        if row is None:
            return
        lines = self.lines(self.editor.design)
        del lines[row.index]
        self.editor.change(self.field.write(self.editor.design, lines), self.tr("Remove a line"))

    def _edited(self, row: _Line, field: str, text: str) -> None:
        column = next(c for c in (self.page.model.column(n)
                                  for n in range(self.page.model.columnCount()))
                      if c.key == field)
        try:
            if column.rule is not None:
                value: Any = parse_for_locale(text, column.rule)
                if column.rule is COUNT and value is not None:
                    value = int(value)
            else:
                value = text.strip()
            assert column.put is not None, f"column {field} is edited without a Setter"
            line = column.put(row.line, value)
        except (InputError, DomainError, ValueError) as error:
            self.editor.say(i18n.say(error))
            return
        lines = self.lines(self.editor.design)
        lines[row.index] = line
        self.editor.change(self.field.write(self.editor.design, lines),
                           fill(self.tr("Change {what}"), what=column.title.lower()))


class DesignEditor(EditorDialog):
    settings_key = "dialogs/designEditor"
    default_size = (900, 640)
    navigate = Signal(object)  # Enter Prices… for a price the materials total misses

    def __init__(self, workspace: Workspace, design_id: int, controller: UndoController,
                 settings: QSettings, parent: QWidget | None = None) -> None:
        self.workspace = workspace
        self.design_id = design_id
        self.alloys: dict[str, Alloy] = {a.code: a for a in workspace.prices.alloys()}
        self.design: Design = workspace.designs.get(design_id)
        self.intake: PhotoIntake | None = None  # made when images are first added
        super().__init__(controller, settings, parent)
        self.setObjectName("designEditor")

        self.tabs = QTabWidget()
        self.tabs.addTab(self._specs_tab(), self.tr("&Specs"))
        self.tabs.addTab(self._bom_tab(), self.tr("&Bill of Materials"))
        self.tabs.addTab(self._images_tab(), self.tr("&Images"))
        self.totals = QLabel()
        self.totals.setObjectName("designTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.enter_prices = EnterPricesButton()
        self.enter_prices.asked.connect(self.navigate)
        totals_row = QHBoxLayout()
        totals_row.addWidget(self.totals, 1)
        totals_row.addWidget(self.enter_prices, 0, Qt.AlignmentFlag.AlignTop)
        bottom = self.status_row()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(totals_row)
        layout.addLayout(bottom)
        self.restore_size()
        self.show_design()

    # --- building ------------------------------------------------------------------------

    def _specs_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.code = QLineEdit()
        self.code.setReadOnly(True)
        self.code.setToolTip(self.tr("Codes are fixed once a design exists; duplicate it to "
                                     "use another code."))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.editingFinished.connect(self._name_finished)
        self.collection = QLineEdit()
        self.collection.setMaxLength(200)
        self.collection.editingFinished.connect(self._collection_finished)
        self.category = QComboBox()
        for category in Category:
            self.category.addItem(category_label(category), category.value)
        self.category.activated.connect(self._category_chosen)
        self.lifecycle = QComboBox()
        for status in LifecycleStatus:
            self.lifecycle.addItem(status_label(status), status.value)
        self.lifecycle.activated.connect(self._status_chosen)
        self.retail = NumberField(RETAIL_PRICE)
        self.retail.value_changed.connect(self._retail_changed)
        self.retail_currency = QLabel()
        retail_row = QHBoxLayout()
        retail_row.addWidget(self.retail, 1)
        retail_row.addWidget(self.retail_currency)
        self.wholesale = NumberField(RETAIL_PRICE)  # its own; empty: retail × the factor
        self.wholesale.setObjectName("wholesalePrice")
        self.wholesale.value_changed.connect(self._wholesale_changed)
        self.wholesale.edit.setToolTip(self.tr(
            "What a retailer pays you a piece; empty: the retail price × the workspace's "
            "wholesale factor (Make or Buy sets each route's cost against it)"))
        self.wholesale_currency = QLabel()
        wholesale_row = QHBoxLayout()
        wholesale_row.addWidget(self.wholesale, 1)
        wholesale_row.addWidget(self.wholesale_currency)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("What the piece is, who it is for, what "
                                                    "matters in making it."))
        self.description.installEventFilter(self)
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("C&ollection:"), self.collection)
        form.addRow(self.tr("C&ategory:"), self.category)
        self.deviations = QLabel()
        self.deviations.setObjectName("sampleDeviations")
        self.deviations.setWordWrap(True)
        self.deviations.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_box = QVBoxLayout()
        status_box.setSpacing(2)
        status_box.addWidget(self.lifecycle)
        status_box.addWidget(self.deviations)
        # rows holding a layout get their label with a buddy, or the & would show as is
        status_label_ = QLabel(self.tr("S&tatus:"))
        status_label_.setBuddy(self.lifecycle)
        form.addRow(status_label_, status_box)
        retail_label = QLabel(self.tr("Target &retail price:"))
        retail_label.setBuddy(self.retail.edit)
        form.addRow(retail_label, retail_row)
        wholesale_label = QLabel(self.tr("&Wholesale price:"))
        wholesale_label.setBuddy(self.wholesale.edit)
        form.addRow(wholesale_label, wholesale_row)
        form.addRow(self.tr("&Description:"), self.description)
        # Issue 15: the years the design sells, over which its one-time fees are charged.
        from jewelbench.ui.costs.fee_life import FeeLifeField

        self.fee_life = FeeLifeField()
        self.fee_life.show_subject(self.workspace, self.controller, "design", self.design_id)
        form.addRow(self.fee_life)
        return tab

    def _bom_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        base = self.workspace.base_currency
        currencies = currency_choices(base)

        def money_columns() -> list[Column[_Line]]:
            return [
                Column(self.tr("Unit cost"), lambda r: decimal_text(r.line.unit_cost.amount, 2),
                       numeric=True, key="unit_cost", rule=PRICE,
                       edit_text=lambda r: format_for_locale(r.line.unit_cost.amount, PRICE),
                       put=Setter[Priced, Decimal](lambda line, amount: replace(
                           line, unit_cost=Money(amount, line.unit_cost.currency)))),
                Column(self.tr("Currency"), lambda r: r.line.unit_cost.currency, key="currency",
                       edit_text=lambda r: r.line.unit_cost.currency, choices=currencies,
                       put=Setter[Priced, str](lambda line, code: replace(
                           line, unit_cost=Money(line.unit_cost.amount, code))),
                       tooltip=lambda r: self.tr("Type a currency code (EUR, THB …) or pick "
                                                 "it from the list"))]

        self.sections = [
            BomSection(METALS, self.tr("Metal"), [
                Column(self.tr("Alloy"), lambda r: self._alloy_name(r.line.alloy_code),
                       key="alloy_code", edit_text=lambda r: r.line.alloy_code,
                       put=Setter[MetalLine, str](lambda line, code: replace(line,
                                                                             alloy_code=code)),
                       choices=self._alloy_choices(),
                       tooltip=lambda r: self.tr("Type the alloy's name, stamp or karat "
                                                 "(“925”, “sterling”, “14k”) and pick it from "
                                                 "the list")),
                Column(self.tr("Finished weight (g)"),
                       lambda r: decimal_text(r.line.finished_weight_g, 3), numeric=True,
                       key="finished_weight_g", rule=WEIGHT_G,
                       edit_text=lambda r: format_for_locale(r.line.finished_weight_g,
                                                             WEIGHT_G),
                       put=Setter[MetalLine, Decimal](lambda line, grams: replace(
                           line, finished_weight_g=grams))),
            ], lambda: MetalLine("AG925", Decimal("1")), self),
            BomSection(STONES, self.tr("Stones"), [
                Column(self.tr("Stone"), lambda r: r.line.stone_type, key="stone_type",
                       edit_text=lambda r: r.line.stone_type,
                       put=Setter[StoneLine, str](lambda line, kind: replace(line,
                                                                             stone_type=kind))),
                Column(self.tr("Origin"), lambda r: origin_label(r.line.origin),
                       key="origin", edit_text=lambda r: r.line.origin.value,
                       choices=Choices(lambda: [(origin_label(o), o.value)
                                                for o in StoneOrigin], typed=False),
                       tooltip=lambda r: self.tr("Natural, lab-grown or simulant: pick it from "
                                                 "the list"),
                       put=Setter[StoneLine, str](lambda line, origin: replace(
                           line, origin=StoneOrigin(origin)))),
                Column(self.tr("Shape"), lambda r: r.line.shape, key="shape",
                       edit_text=lambda r: r.line.shape,
                       put=Setter[StoneLine, str](lambda line, shape: replace(line, shape=shape))),
                Column(self.tr("Size (mm)"), lambda r: _num(r.line.size_mm, 2), numeric=True,
                       key="size_mm", rule=OPTIONAL_MM,
                       edit_text=lambda r: format_for_locale(r.line.size_mm, OPTIONAL_MM),
                       put=Setter[StoneLine, Decimal | None](lambda line, mm: replace(
                           line, size_mm=mm))),
                Column(self.tr("Carat"), lambda r: _num(r.line.carat, 3), numeric=True,
                       key="carat", rule=CARAT,
                       edit_text=lambda r: format_for_locale(r.line.carat, CARAT),
                       put=Setter[StoneLine, Decimal | None](lambda line, carat: replace(
                           line, carat=carat))),
                Column(self.tr("Qty"), lambda r: str(r.line.quantity), numeric=True,
                       key="quantity", rule=COUNT, edit_text=lambda r: str(r.line.quantity),
                       put=Counted),
                Column(self.tr("Setting"), lambda r: r.line.setting_style, key="setting_style",
                       edit_text=lambda r: r.line.setting_style,
                       put=Setter[StoneLine, str](lambda line, style: replace(
                           line, setting_style=style))),
                *money_columns(),
            ], lambda: StoneLine("cubic zirconia", "round", 1, Money(Decimal(0), base)), self),
            BomSection(FINDINGS, self.tr("Findings"), [
                Column(self.tr("Finding"), lambda r: r.line.kind, key="kind",
                       edit_text=lambda r: r.line.kind,
                       put=Setter[FindingLine, str](lambda line, kind: replace(line, kind=kind))),
                Column(self.tr("Description"), lambda r: r.line.description, key="description",
                       edit_text=lambda r: r.line.description, put=Described),
                Column(self.tr("Length (mm)"), lambda r: _num(r.line.length_mm, 1),
                       numeric=True, key="length_mm", rule=OPTIONAL_MM,
                       edit_text=lambda r: format_for_locale(r.line.length_mm, OPTIONAL_MM),
                       put=Setter[FindingLine, Decimal | None](lambda line, mm: replace(
                           line, length_mm=mm))),
                Column(self.tr("Qty"), lambda r: str(r.line.quantity), numeric=True,
                       key="quantity", rule=COUNT, edit_text=lambda r: str(r.line.quantity),
                       put=Counted),
                *money_columns(),
            ], lambda: FindingLine("jump ring", "", 1, Money(Decimal(0), base)), self),
            BomSection(PLATINGS, self.tr("Plating and finish"), [
                Column(self.tr("Plating"), lambda r: r.line.plating_type, key="plating_type",
                       edit_text=lambda r: r.line.plating_type,
                       put=Setter[PlatingLine, str](lambda line, kind: replace(
                           line, plating_type=kind))),
                Column(self.tr("Colour"), lambda r: r.line.colour, key="colour",
                       edit_text=lambda r: r.line.colour,
                       put=Setter[PlatingLine, str](lambda line, colour: replace(
                           line, colour=colour))),
                Column(self.tr("Thickness (µm)"), lambda r: decimal_text(r.line.thickness_um, 2),
                       numeric=True, key="thickness_um", rule=THICKNESS_UM,
                       edit_text=lambda r: format_for_locale(r.line.thickness_um,
                                                             THICKNESS_UM),
                       put=Setter[PlatingLine, Decimal](lambda line, um: replace(
                           line, thickness_um=um))),
                *money_columns(),
            ], lambda: PlatingLine("rhodium", "white", Decimal("0.3"),
                                   Money(Decimal(0), base)), self),
            BomSection(PACKAGING, self.tr("Packaging"), [
                Column(self.tr("Item"), lambda r: r.line.description, key="description",
                       edit_text=lambda r: r.line.description, put=Described),
                Column(self.tr("Qty"), lambda r: str(r.line.quantity), numeric=True,
                       key="quantity", rule=COUNT, edit_text=lambda r: str(r.line.quantity),
                       put=Counted),
                *money_columns(),
            ], lambda: PackagingLine("pouch", 1, Money(Decimal(0), base)), self),
        ]
        inner = QTabWidget()
        inner.setDocumentMode(True)
        for section in self.sections:
            inner.addTab(section, section.page.title.text())
            section.page.title.hide()
        layout.addWidget(inner)
        return tab

    def _alloy_choices(self) -> Choices:
        """The workspace's alloys by name, found by name, code, stamp or karat."""

        def ordered() -> list[Alloy]:
            standard = [a.code for a in STANDARD_ALLOYS]
            return sorted(self.alloys.values(), key=lambda a: (
                standard.index(a.code) if a.code in standard else len(standard), a.code))

        def find(text: str) -> str | None:
            found = find_alloys(text, ordered())
            return found[0].code if found else None

        return Choices(lambda: [(f"{a.name} · {a.code}", a.code) for a in ordered()], find,
                       refusal=self.tr("No alloy is called “{typed}”: type its name, stamp or "
                                       "karat (925, sterling, 14k) and pick it from the list"))

    def _images_tab(self) -> QWidget:
        tab = QWidget()
        self.images = QListWidget()
        self.images.setViewMode(QListWidget.ViewMode.IconMode)
        self.images.setIconSize(QSize(160, 160))
        self.images.setGridSize(QSize(190, 200))
        self.images.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.images.setMovement(QListWidget.Movement.Static)
        self.images.setWordWrap(True)
        buttons = QVBoxLayout()
        self.add_images_button = QPushButton(self.tr("Add…"))
        self.add_images_button.setObjectName("addImagesButton")
        self.add_images_button.setToolTip(fill(self.tr("Add image files: {formats}"),
                                               formats=ALLOWED_LABELS))
        self.add_images_button.clicked.connect(self.add_images)
        buttons.addWidget(self.add_images_button)
        for text, slot in ((self.tr("Remove"), self.remove_image),
                           (self.tr("Set as Cover"), self.set_cover),
                           (self.tr("Move Earlier"), lambda: self.move_image(-1)),
                           (self.tr("Move Later"), lambda: self.move_image(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(tab)
        layout.addWidget(self.images, 1)
        layout.addLayout(buttons)
        return tab

    # --- showing -------------------------------------------------------------------------

    def _alloy_name(self, code: str) -> str:
        alloy = self.alloys.get(code)
        return f"{alloy.name} ({code})" if alloy else code

    def show_design(self) -> None:
        design = self.design
        self.setWindowTitle(fill(self.tr("{code} · {name} — Design"), code=design.code,
                                 name=design.name))
        self.code.setText(design.code)
        for field, text in ((self.name, design.name), (self.collection, design.collection)):
            if not field.hasFocus() or field.text() == text:
                field.setText(text)
        self.category.setCurrentIndex(self.category.findData(design.category.value))
        self.lifecycle.setCurrentIndex(self.lifecycle.findData(design.status.value))
        self._show_deviations()
        price = design.target_retail_price
        self.retail.set_value(price.amount if price else None)
        self.retail_currency.setText(price.currency if price else self.workspace.base_currency)
        self._show_wholesale(design)
        if self.description.toPlainText() != design.description:
            self.description.setPlainText(design.description)
        for section in self.sections:
            section.show_design(design)
        self.images.clear()
        for number, image in enumerate(design.images):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(qimage_from_bytes(image.thumbnail))),
                                   (("★ " if image.is_cover else "") + (image.caption or "—")))
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setToolTip(f"{image.width} × {image.height} px, {image.mime_type}")
            self.images.addItem(item)
        self._show_totals()

    def _show_deviations(self) -> None:
        """Its sample rounds approved with deviations: what was accepted and why."""
        try:
            rounds = [r for r in self.workspace.samples.history(self.design_id)
                      if r.with_deviations]
        except (ReadError, StorageError):
            rounds = []
        lines = [fill(self.tr("⚠ Round {round_number} from {supplier} (rev {revision}): "
                              "{decision} on {date}. {deviations}"),
                      round_number=str(r.round_number), supplier=r.supplier,
                      revision=r.revision or "—", decision=decided_label(r.state, True).lower(),
                      date=date_text(r.decided_on),
                      deviations=deviations_summary(r.deviation_lines, r.deviation_reason))
                 for r in rounds]
        self.deviations.setText("\n".join(lines))
        self.deviations.setVisible(bool(lines))

    def _show_totals(self) -> None:
        design = self.design
        fine = fine_metal_by_metal(design, self.alloys)
        cost = material_cost(design, self.alloys, self.workspace.prices.metal_prices(),
                             self.workspace.prices.fx_rates(), dt.date.today(),
                             self.workspace.base_currency)
        parts = [
            fill(self.tr("Metal {weight}"),
                 weight=grams_text(design.total_metal_weight_g)),
            fill(self.tr("fine {fine_metal}"), fine_metal=", ".join(
                     f"{grams_text(g)} {metal}" for metal, g in fine.items()) or "—"),
            counted(design.stone_count, self.tr("1 stone"), self.tr("{count} stones")),
            fill(self.tr("materials {total}"), total=money_text(cost.total)) if cost.complete
            else fill(self.tr("materials: incomplete — {missing}"),
                      missing="; ".join(cost.missing)),
        ]
        self.totals.setText(" · ".join(parts))
        how = fill(self.tr("How the material cost was computed:\n{terms}"),
                   terms="\n".join(cost.terms))
        if not cost.complete:  # a partial sum is never shown as if it were the total
            how = fill(self.tr("Without what is missing, the lines priced come to {total}.\n"),
                       total=money_text(cost.total)) + how
        self.totals.setToolTip(how)
        self.enter_prices.offer(EnterPrices.for_missing(cost.gaps))

    # --- changing ------------------------------------------------------------------------

    def change(self, after: Design, what: str) -> bool:
        """Save a changed design now, as one undoable command."""
        if after == self.design:  # put back as stored: a refusal said before no longer holds
            self.say("")
            return True
        reason = self.controller.run(ReplaceDesign(
            self.workspace, self.design, after,
            fill(self.tr("{what} ({design})"), what=what, design=self.design.code)))
        if reason is not None:
            self.say(fill(self.tr("Not saved: {reason}"), reason=reason))
            return False
        self.say(self.tr("Saved."))
        return True

    def _spec(self, changed: Callable[[Design], Design], what: str) -> None:
        """Save the design as changed(design) (a refusal of the change is said)."""
        try:
            after = changed(self.design)
        except DomainError as error:
            self.say(i18n.say(error))
            return
        self.change(after, fill(self.tr("Change {what}"), what=what))

    def _name_finished(self) -> None:
        name = self.name.text().strip()
        self._spec(lambda d: replace(d, name=name), self.tr("name"))

    def _collection_finished(self) -> None:
        collection = self.collection.text().strip()
        self._spec(lambda d: replace(d, collection=collection), self.tr("collection"))

    def _category_chosen(self, _index: int) -> None:
        category = Category(self.category.currentData())
        self._spec(lambda d: replace(d, category=category), self.tr("category"))

    def _status_chosen(self, _index: int) -> None:
        status = LifecycleStatus(self.lifecycle.currentData())
        self._spec(lambda d: replace(d, status=status), self.tr("status"))
        # a refused move (production needs an approved sample) leaves the stored status shown,
        # with the reason in the status line
        self.lifecycle.setCurrentIndex(self.lifecycle.findData(self.design.status.value))

    def _retail_changed(self, amount: Decimal | None) -> None:
        price = self.design.target_retail_price
        currency = price.currency if price else self.workspace.base_currency
        retail = None if amount is None else Money(amount, currency)
        self._spec(lambda d: replace(d, target_retail_price=retail), self.tr("retail price"))

    def _show_wholesale(self, design: Design) -> None:
        own = design.wholesale_price
        self.wholesale.set_value(own.amount if own else None)
        retail = design.target_retail_price
        self.wholesale_currency.setText(own.currency if own else retail.currency if retail
                                        else self.workspace.base_currency)
        factor = self.workspace.costing.wholesale_factor()
        self.wholesale.edit.setPlaceholderText(
            fill(self.tr("retail × {factor} = {retail}"), factor=exact_text(factor.normalize()),
                 retail=decimal_text(retail.amount * factor, 2)) if retail else
            fill(self.tr("retail × {factor}"), factor=exact_text(factor.normalize())))

    def _wholesale_changed(self, amount: Decimal | None) -> None:
        own, retail = self.design.wholesale_price, self.design.target_retail_price
        currency = own.currency if own else retail.currency if retail else \
            self.workspace.base_currency
        wholesale = None if amount is None else Money(amount, currency)
        self._spec(lambda d: replace(d, wholesale_price=wholesale), self.tr("wholesale price"))

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.description and event.type() == event.Type.FocusOut:
            description = self.description.toPlainText()
            self._spec(lambda d: replace(d, description=description), self.tr("description"))
        return super().eventFilter(watched, event)

    def add_images(self) -> None:
        """Add… : the files are taken in off the GUI thread (progress and Cancel), then
        stored as one undoable change."""
        paths = dialogs.ask_image_paths(self, self.tr("Add Images"), Path.home())
        if not paths:
            return
        if self.intake is None:
            self.intake = PhotoIntake(self)
            self.intake.done.connect(self._taken_in)
        self.intake.start(paths, keeps_originals(self.workspace))

    def _taken_in(self, taken: list[Taken], cancelled: bool) -> None:
        if cancelled:
            self.say(cancelled_note())
            return
        self._add_taken(taken)

    def add_image_files(self, paths: list[Path]) -> None:
        """The files taken in on this thread and stored as one change (scripts and tests)."""
        self._add_taken(take_all(paths, keeps_originals(self.workspace)))

    def _add_taken(self, taken: list[Taken]) -> None:
        added: list[DesignImage] = []
        notes: list[str] = []
        for one in taken:
            path, stored = one.path, one.stored
            if stored is None:
                notes.append(fill(self.tr("“{file}” was not added: {refusal}."), file=path.name,
                                  refusal=one.refusal))
                continue
            notes.append(taken_in_note(path, stored))
            added.append(DesignImage(stored.image, stored.thumbnail, stored.mime_type,
                                     stored.width, stored.height, caption=path.stem,
                                     is_cover=not self.design.images and not added))
        saved = bool(added) and self.change(
            replace(self.design, images=[*self.design.images, *added]), self.tr("Add images"))
        told = " ".join(note for note in notes if note)
        if told and (saved or not added):  # a refusal to save stays what is said
            self.say(f"{self.tr('Saved.')} {told}" if saved else told)

    def _selected_image(self) -> int | None:
        item = self.images.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def remove_image(self) -> None:
        number = self._selected_image()
        if number is None:
            return
        images = list(self.design.images)
        removed = images.pop(number)
        if removed.is_cover and images:
            images[0] = replace(images[0], is_cover=True)
        self.change(replace(self.design, images=images), self.tr("Remove image"))

    def set_cover(self) -> None:
        number = self._selected_image()
        if number is None:
            return
        images = [replace(img, is_cover=(n == number)) for n, img in
                  enumerate(self.design.images)]
        self.change(replace(self.design, images=images), self.tr("Set cover image"))

    def move_image(self, step: int) -> None:
        number = self._selected_image()
        if number is None or not 0 <= number + step < len(self.design.images):
            return
        images = list(self.design.images)
        images[number], images[number + step] = images[number + step], images[number]
        if self.change(replace(self.design, images=images), self.tr("Reorder images")):
            self.images.setCurrentRow(number + step)

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        """This design changed (here, or by undo/redo anywhere): show what the file holds."""
        if topic == Topic.SAMPLES:  # a round's decision changed: its deviations may have
            self._show_deviations()
            return
        if topic == Topic.PRICES:
            self._show_totals()
            return
        if topic != Topic.DESIGNS or affected != self.design_id:
            return
        try:
            self.design = self.workspace.designs.get(self.design_id)
        except ReadError as error:
            self.say(i18n.say(error))
            return
        except NotFound:  # the design was removed (undo of its creation): nothing to edit
            self.close()
            return
        self.show_design()

