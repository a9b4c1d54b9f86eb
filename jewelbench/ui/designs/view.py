"""The design catalog: every design with its cover thumbnail, and a preview of the selected one."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.designs import Design
from jewelbench.domain.inputs import RETAIL_PRICE, InputError
from jewelbench.domain.money import Money
from jewelbench.domain.units import fine_weight
from jewelbench.storage import ReadError, Workspace
from jewelbench.storage.designs import DesignSummary
from jewelbench.ui.commands import UndoController
from jewelbench.ui.designs.commands import EditDesignDetails
from jewelbench.ui.formatting import decimal_text, grams_text, money_text
from jewelbench.ui.imaging import THUMBNAIL_SIZE, qimage_from_bytes
from jewelbench.ui.labels import category_label, status_label
from jewelbench.ui.widgets.fields import format_for_locale, parse_for_locale
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column

ICON_SIZE = 28
PREVIEW_SIDE = 230


class DesignPreview(QScrollArea):
    """Cover image and the bill of materials at a glance, for the selected design."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("designPreview")
        self.setWidgetResizable(True)
        self.setMinimumWidth(260)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        self.image = QLabel()
        self.image.setObjectName("previewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumHeight(200)
        self.title = QLabel()
        self.title.setObjectName("previewTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        self.meta.setObjectName("pageSubtitle")
        self.meta.setWordWrap(True)
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.bom = QLabel()
        self.bom.setWordWrap(True)
        self.bom.setTextFormat(Qt.TextFormat.RichText)
        self.bom.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.image)
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        layout.addLayout(self.facts)
        layout.addWidget(self.bom)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_design(None, {})

    def show_unreadable(self, code: str, reason: str) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        self.image.clear()
        self.title.setText(code)
        self.meta.setText(self.tr("This design cannot be read: %1.").replace("%1", reason))
        self.bom.clear()

    def show_design(self, design: Design | None, alloys: dict[str, Alloy]) -> None:
        while self.facts.rowCount():
            self.facts.removeRow(0)
        if design is None:
            self.image.clear()
            self.title.setText(self.tr("No design selected"))
            self.meta.setText(self.tr("Select a design to see its bill of materials."))
            self.bom.clear()
            return
        cover = next((img for img in design.images if img.is_cover), None) or (
            design.images[0] if design.images else None)
        if cover is not None:
            ratio = self.devicePixelRatioF()
            side = int(PREVIEW_SIDE * ratio)
            # The stored thumbnail is sharp enough on a normal screen and far quicker to decode
            # than the full image, which a HiDPI screen needs.
            source = cover.thumbnail if side <= THUMBNAIL_SIZE else cover.image
            pixmap = QPixmap.fromImage(qimage_from_bytes(source))
            pixmap = pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(ratio)
            self.image.setPixmap(pixmap)
        else:
            self.image.setText(self.tr("No image yet"))
        self.title.setText(f"{design.code} · {design.name}")
        parts = [category_label(design.category), status_label(design.status)]
        if design.collection:
            parts.insert(0, design.collection)
        self.meta.setText(" · ".join(parts))

        fine: dict[str, Decimal] = {}
        for line in design.metals:
            alloy = alloys.get(line.alloy_code)
            if alloy and alloy.fineness:
                fine[alloy.metal] = fine.get(alloy.metal, Decimal(0)) + fine_weight(
                    line.finished_weight_g, alloy.fineness)
        self.facts.addRow(self.tr("Target retail:"),
                          QLabel(money_text(design.target_retail_price) or "—"))
        self.facts.addRow(self.tr("Metal weight:"), QLabel(grams_text(design.total_metal_weight_g)))
        self.facts.addRow(self.tr("Fine metal:"), QLabel(", ".join(
            f"{grams_text(grams)} {metal}" for metal, grams in fine.items()) or "—"))
        self.facts.addRow(self.tr("Stones:"), QLabel(str(design.stone_count)))

        rows: list[str] = []
        for m in design.metals:
            alloy = alloys.get(m.alloy_code)
            name = alloy.name if alloy else m.alloy_code
            rows.append(f"{name} — {grams_text(m.finished_weight_g)}")
        for s in design.stones:
            size = (f"{decimal_text(s.size_mm, 1)} mm" if s.size_mm is not None else
                    f"{decimal_text(s.carat, 2)} ct" if s.carat is not None else "")
            rows.append(f"{s.quantity} × {s.stone_type} {s.shape} {size} "
                        f"{('(' + s.setting_style + ')') if s.setting_style else ''}".strip())
        for f in design.findings:
            detail = f" — {f.description}" if f.description else ""
            rows.append(f"{f.quantity} × {f.kind}{detail}")
        for p in design.platings:
            rows.append(self.tr("%1 plating %2 µm").replace("%1", p.plating_type).replace(
                "%2", decimal_text(p.thickness_um, 1)))
        for p in design.packaging:
            rows.append(f"{p.quantity} × {p.description}")
        escaped = [r.replace("&", "&amp;").replace("<", "&lt;") for r in rows]
        self.bom.setText(f"<b>{self.tr('Bill of materials')}</b><br>" + "<br>".join(escaped)
                         if rows else self.tr("No bill of materials yet."))


class DesignsView(QSplitter):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("designsView")
        self._workspace: Workspace | None = None
        self._alloys: dict[str, Alloy] = {}
        self._icons: dict[int, QIcon] = {}
        columns: list[Column[DesignSummary]] = [
            Column(self.tr("Code"), lambda d: d.code, decoration=self._thumbnail),
            Column(self.tr("Name"), lambda d: d.name, key="name", edit_text=lambda d: d.name),
            Column(self.tr("Collection"), lambda d: d.collection, key="collection",
                   edit_text=lambda d: d.collection),
            Column(self.tr("Category"), lambda d: category_label(d.category)),
            Column(self.tr("Status"), lambda d: status_label(d.status),
                   sort_key=lambda d: list(type(d.status)).index(d.status)),
            Column(self.tr("Retail"), lambda d: money_text(d.target_retail_price),
                   sort_key=lambda d: d.target_retail_price.amount
                   if d.target_retail_price else None,
                   numeric=True, key="retail", rule=RETAIL_PRICE,
                   edit_text=lambda d: format_for_locale(
                       d.target_retail_price.amount if d.target_retail_price else None,
                       RETAIL_PRICE),
                   tooltip=lambda d: self.tr("Target retail price — double-click to change")),
            Column(self.tr("Metal"), lambda d: d.alloys),
            Column(self.tr("Weight (g)"), lambda d: decimal_text(d.metal_weight_g, 2),
                   sort_key=lambda d: d.metal_weight_g, numeric=True),
            Column(self.tr("Stones"), lambda d: str(d.stone_count),
                   sort_key=lambda d: d.stone_count, numeric=True),
            Column(self.tr("Updated"), lambda d: d.updated_at.replace("T", " ")[:16]),
        ]
        self.page = ListPage("designs", self.tr("Designs"), columns,
                             self.tr("No designs yet. Designs you add appear here with their "
                                     "bill of materials."))
        self.page.table.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
        self.page.table.verticalHeader().setDefaultSectionSize(ICON_SIZE + 6)
        self.preview = DesignPreview()
        self.addWidget(self.page)
        self.addWidget(self.preview)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)
        self.setSizes([900, 300])
        self.page.current_row_changed.connect(self._show_preview)
        self.page.model.edit_requested.connect(self._edit)
        self._controller: UndoController | None = None

    def attach_controller(self, controller: UndoController) -> None:
        """Edits made here become commands on this controller's undo stack."""
        self._controller = controller

    def _edit(self, summary: DesignSummary, key: str, text: str) -> None:
        workspace, controller = self._workspace, self._controller
        if workspace is None or controller is None:
            return
        before = workspace.designs.details(summary.id)
        if key == "name":
            after, what = replace(before, name=text.strip()), self.tr("name")
        elif key == "collection":
            after, what = replace(before, collection=text.strip()), self.tr("collection")
        elif key == "retail":
            try:
                amount = parse_for_locale(text, RETAIL_PRICE)
            except InputError as error:
                self.page.message.emit(str(error))
                return
            currency = (before.target_retail_price.currency if before.target_retail_price
                        else workspace.base_currency)
            price = None if amount is None else Money(amount, currency)
            after, what = replace(before, target_retail_price=price), self.tr("retail price")
        else:
            return
        if after == before:
            return
        reason = controller.run(EditDesignDetails(workspace, summary.id, summary.code, what,
                                                  before, after))
        if reason is not None:
            # Not saved: say why beside the cell and give the typing back to correct or retry.
            column = next(n for n in range(self.page.model.columnCount())
                          if self.page.model.column(n).key == key)
            self.page.refuse(lambda row: row.id == summary.id, column, text,
                             self.tr("Not saved: %1").replace("%1", reason))

    def refresh_design(self, design_id: int) -> None:
        """Show a design's row (and preview) as the file now has it, after an edit or undo."""
        if self._workspace is None:
            return
        fresh = self._workspace.designs.summary(design_id)
        self.page.model.replace_row(lambda row: row.id == design_id, fresh)
        current = self.page.current_row()
        if current is not None and current.id == design_id:
            self._show_preview(fresh)

    def load(self, workspace: Workspace) -> None:
        self._workspace = workspace
        self._icons.clear()
        self._alloys = {a.code: a for a in workspace.prices.alloys()}
        designs = workspace.designs
        total, collections = designs.catalog_stats()
        self.page.set_paged(total, lambda offset, limit: designs.summaries(offset, limit),
                            self.tr("%1 designs in %2 collections").replace(
                                "%1", f"{total:,}").replace("%2", str(collections)))
        if total:
            self.page.table.selectRow(0)
        else:
            self.preview.show_design(None, self._alloys)

    def _thumbnail(self, summary: DesignSummary) -> QIcon | None:
        # Loaded when a row is first painted, so 5,000 designs cost only the rows on screen.
        if not summary.has_image or self._workspace is None:
            return None
        icon = self._icons.get(summary.id)
        if icon is None:
            try:
                data = self._workspace.designs.cover_thumbnail(summary.id)
            except ReadError:
                data = None  # painting must go on; the health check reports the damage
            icon = QIcon(QPixmap.fromImage(qimage_from_bytes(data))) if data else QIcon()
            self._icons[summary.id] = icon
        return icon

    def _show_preview(self, summary: DesignSummary | None) -> None:
        if summary is None or self._workspace is None:
            self.preview.show_design(None, self._alloys)
            return
        try:
            design = self._workspace.designs.get(summary.id)
        except ReadError as error:
            self.preview.show_unreadable(summary.code, str(error))
            return
        self.preview.show_design(design, self._alloys)

    def save_state(self, settings: QSettings) -> None:
        self.page.save_state(settings)
        settings.setValue("views/designs/splitter", self.saveState())

    def restore_state(self, settings: QSettings) -> None:
        self.page.restore_state(settings)
        state = settings.value("views/designs/splitter")
        if state is not None:
            self.restoreState(state)
