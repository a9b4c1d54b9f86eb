"""The preview beside the design catalog: the selected design's cover image, its facts and its
bill of materials at a glance."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.designs import Design
from jewelbench.domain.messages import fill
from jewelbench.domain.units import fine_weight
from jewelbench.ui.formatting import decimal_text, grams_text, money_text
from jewelbench.ui.imaging import THUMBNAIL_SIZE, qimage_from_bytes
from jewelbench.ui.labels import category_label, status_label
from jewelbench.ui.style import named

PREVIEW_SIDE = 230


class DesignPreview(QScrollArea):
    """Cover image and the bill of materials at a glance, for the selected design."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("designPreview")
        self.setWidgetResizable(True)
        self.setMinimumWidth(220)
        # the text wraps to the width; a narrow panel never scrolls sideways
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        self.image = QLabel()
        self.image.setObjectName("previewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumHeight(200)
        self.image.setMinimumWidth(1)  # the picture may be cropped at its edges, not the text
        self.title = QLabel()
        named(self.title, "previewTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel()
        named(self.meta, "pageSubtitle")
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
        self.meta.setText(fill(self.tr("This design cannot be read: {reason}."), reason=reason))
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
            rows.append(fill(self.tr("{kind} plating {thickness} µm"),
                             kind=p.plating_type,
                             thickness=decimal_text(p.thickness_um, 1)))
        for pack in design.packaging:
            rows.append(f"{pack.quantity} × {pack.description}")
        escaped = [r.replace("&", "&amp;").replace("<", "&lt;") for r in rows]
        self.bom.setText(f"<b>{self.tr('Bill of materials')}</b><br>" + "<br>".join(escaped)
                         if rows else self.tr("No bill of materials yet."))
