"""Tech pack snapshots for the report tests (imported as `import techpack_samples`).

full_snapshot() is a complete revision B of a pendant as docs/techpack-format.md describes it:
every section filled, six images drawn with QPainter (the demo's illustrations), callouts,
and tables long enough to run over several pages. sparse_snapshot() is a draft with almost
nothing in it, to show what a factory sees for sections left empty.
"""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

QC_STAGES = ("Pre-production", "Raw casting", "Pre-polish", "Post-polish", "Stone setting",
             "Final audit")

DIMENSIONS = [  # name, nominal mm, ± mm, critical
    ("Pendant height incl. bail", "24.50", "0.30", False),
    ("Pendant width", "12.80", "0.20", False),
    ("Centre stone seat diameter", "6.50", "0.05", True),
    ("Claw thickness at tip", "0.90", "0.10", True),
    ("Claw height above girdle", "0.60", "0.10", True),
    ("Halo outer diameter", "10.40", "0.15", False),
    ("Halo seat depth", "0.80", "0.05", True),
    ("Gallery height", "3.20", "0.20", False),
    ("Bail inner opening", "3.00", "0.10", True),
    ("Bail wall thickness", "0.95", "0.10", False),
    ("Back plate thickness", "0.90", "0.10", False),
    ("Chain length", "450.00", "5.00", False),
    ("Extension chain length", "50.00", "2.00", False),
    ("Jump ring wire diameter", "0.80", "0.05", True),
]


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def drawn_images() -> dict[int, bytes]:
    """Six images as PNG bytes: renders from the demo's illustrator, a sketch and a logo-free
    packaging shot, in several sizes and aspect ratios (one small, never to be blown up)."""
    from jewelbench.app.demo.illustrations import Art, render_illustration

    pendant = Art("pendant", "white_gold", "diamond", "pear")
    return {
        11: png(render_illustration(pendant, 800)),
        12: png(render_illustration(pendant, 800, photo=True)),
        13: png(_technical_sketch(1200, 700)),
        14: png(render_illustration(Art("necklace", "white_gold"), 640)),
        15: png(render_illustration(Art("ring", "white_gold", "diamond", "halo"), 320)),
        16: png(_packaging_shot(900, 600)),
    }


def _technical_sketch(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#333333"), 4))
    for left in (120, 720):  # front and side views
        painter.drawEllipse(QRectF(left, 180, 360, 420))
        painter.drawEllipse(QRectF(left + 120, 60, 120, 140))
        painter.drawEllipse(QRectF(left + 90, 300, 180, 180))
    painter.setPen(QPen(QColor("#999999"), 2, Qt.PenStyle.DashLine))
    painter.drawLine(300, 20, 300, 680)
    painter.drawLine(900, 20, 900, 680)
    painter.end()
    return image


def _packaging_shot(width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9ece6"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#7d9482"))
    painter.drawRoundedRect(QRectF(200, 150, 500, 330), 24, 24)
    painter.setBrush(QColor("#f7f4ec"))
    painter.drawRoundedRect(QRectF(560, 380, 260, 160), 8, 8)
    painter.end()
    return image


def full_snapshot() -> dict[str, Any]:
    dims = [{"name": n, "nominal_mm": v, "tolerance_mm": t, "critical": c}
            for n, v, t, c in DIMENSIONS]
    return {
        "format": 1,
        "design": {"code": "PD-031", "name": "Halo Drop Pendant", "collection": "Aurelia Fine",
                   "category": "pendant",
                   "description": "A 0.70 ct pear lab-grown diamond in three claws and a "
                                  "V-tip, framed by a pavé halo, on a 45 cm cable chain with "
                                  "a 5 cm extension.",
                   "target_retail_price": {"amount": "1850.00", "currency": "USD"}},
        "revision": "B", "status": "issued", "issued_on": "2026-10-02",
        "change_note": "Claws thickened to 0.90 mm and bail opening widened after round 1",
        "revisions": [
            {"revision": "A", "issued_on": "2026-06-01", "change_note": "First issue"},
            {"revision": "B", "issued_on": "2026-10-02",
             "change_note": "Claws thickened to 0.90 mm and bail opening widened after "
                            "round 1"}],
        "brand": {"name": "Aurelia Studio",
                  "address": "Studio 4, 12 Hatton Garden\nLondon EC1N 8AN, United Kingdom",
                  "has_logo": True},
        "images": [
            {"id": 11, "caption": "Render, front", "is_cover": True, "width": 800,
             "height": 800},
            {"id": 12, "caption": "Approved sample on the bench", "is_cover": False,
             "width": 800, "height": 800},
            {"id": 13, "caption": "Technical sketch, front and side", "is_cover": False,
             "width": 1200, "height": 700},
            {"id": 14, "caption": "Chain and clasp", "is_cover": False, "width": 640,
             "height": 640},
            {"id": 15, "caption": "Halo detail (small reference image)", "is_cover": False,
             "width": 320, "height": 320},
            {"id": 16, "caption": "Packaging", "is_cover": False, "width": 900,
             "height": 600},
        ],
        "callouts": [
            {"image_id": 11, "x": "0.50", "y": "0.20", "label": "Bail: inner opening 3.00 mm"},
            {"image_id": 11, "x": "0.52", "y": "0.55", "label": "Claw tips 0.90 mm, V-tip "
                                                            "covers the pear's point"},
            {"image_id": 11, "x": "0.30", "y": "0.62", "label": "Halo melee set level, no "
                                                            "raised stones"},
            {"image_id": 12, "x": "0.45", "y": "0.40", "label": "Golden sample: hold "
                                                            "production to this finish"},
            {"image_id": 13, "x": "0.25", "y": "0.12", "label": "Bail soldered, not cast in"},
            {"image_id": 13, "x": "0.75", "y": "0.55", "label": "Gallery open for cleaning"},
            {"image_id": 14, "x": "0.50", "y": "0.85", "label": "Lobster clasp 10 mm"},
            {"image_id": 16, "x": "0.70", "y": "0.75", "label": "Care card on top of the box"},
        ],
        "dimensions": dims,
        "finished_weight_g": "2.85", "weight_tolerance_g": "0.15",
        "min_wall_mm": "0.90", "min_prong_mm": "0.90",
        "materials": [
            {"alloy_code": "AU585W", "alloy_name": "14k white gold", "fineness": 585,
             "stamp": "585", "weight_g": "1.95"},
            {"alloy_code": "AG925", "alloy_name": "Sterling silver 925", "fineness": 925,
             "stamp": "925", "weight_g": "0.90"},
        ],
        "maker_mark": "AUR",
        "stones": [
            {"stone_type": "diamond", "origin": "lab_grown", "shape": "pear",
             "size_mm": "7.00 × 5.00", "carat": "0.70", "colour": "F", "clarity": "VS1",
             "quantity": 1, "setting_style": "3 claws + V-tip"},
            {"stone_type": "diamond", "origin": "lab_grown", "shape": "round brilliant",
             "size_mm": "1.30", "carat": "0.01", "colour": "G", "clarity": "VS2",
             "quantity": 22, "setting_style": "pavé halo"},
            {"stone_type": "diamond", "origin": "natural", "shape": "round brilliant",
             "size_mm": "1.00", "carat": "0.005", "colour": "G", "clarity": "SI1",
             "quantity": 6, "setting_style": "bead set on bail"},
            {"stone_type": "sapphire", "origin": "natural", "shape": "round",
             "size_mm": "1.50", "carat": None, "colour": "royal blue", "clarity": None,
             "quantity": 1, "setting_style": "hidden bezel, back"},
            {"stone_type": "cubic zirconia", "origin": "simulant", "shape": "round",
             "size_mm": "1.00", "carat": None, "colour": "white", "clarity": None,
             "quantity": 2, "setting_style": "clasp accent"},
        ],
        "finishes": [
            {"area": "Front and halo", "finish": "high polish"},
            {"area": "Gallery and back plate", "finish": "matte"},
            {"area": "Bail outside", "finish": "high polish"},
            {"area": "Bail inside", "finish": "brushed"},
        ],
        "platings": [
            {"plating_type": "rhodium", "colour": "white", "thickness_um": "0.30",
             "guaranteed": False},
            {"plating_type": "rhodium (chain)", "colour": "white", "thickness_um": "0.20",
             "guaranteed": None},
        ],
        "hallmarks": {"markets": ["UK", "IE"], "logo": "Aurelia 'A' on the back plate",
                      "laser_serial": "AUR-{serial} inside the bail"},
        "findings": [
            {"kind": "chain", "description": "cable chain 1.2 mm, 14k white", "quantity": 1,
             "length_mm": "450", "pull_strength_n": "60"},
            {"kind": "chain", "description": "extension chain with end drop", "quantity": 1,
             "length_mm": "50", "pull_strength_n": "60"},
            {"kind": "clasp", "description": "lobster 10 mm", "quantity": 1,
             "length_mm": None, "pull_strength_n": "40"},
            {"kind": "jump ring", "description": "closed, soldered, 4 mm", "quantity": 2,
             "length_mm": None, "pull_strength_n": "50"},
        ],
        "packaging": [
            {"description": "Jewelry box, sage velvet, pendant insert", "quantity": 1},
            {"description": "Cotton pouch, embossed logo", "quantity": 1},
            {"description": "Care card, recycled board", "quantity": 1},
        ],
        "labels": "Barcode label (EAN-13) on the box base; hallmark declaration card.",
        "qc_criteria": [
            {"stage": 1, "name": "Pre-production",
             "criteria": "3D model: walls ≥ 0.90 mm, claws ≥ 0.90 mm, sprues planned, "
                         "castability reviewed with the caster"},
            {"stage": 2, "name": "Raw casting",
             "criteria": "No missing detail on claws or halo; no porosity visible at 10×"},
            {"stage": 3, "name": "Pre-polish",
             "criteria": "Bail solder joint full and clean; assembly square to the front"},
            {"stage": 4, "name": "Post-polish",
             "criteria": "No scratches or compound residue; even lustre on high-polish areas"},
            {"stage": 5, "name": "Stone setting",
             "criteria": "Every stone tight (tap test); halo level; centre stone aligned to "
                         "the bail axis ± 2°"},
            {"stage": 6, "name": "Final audit",
             "criteria": "100 %: weight within ± 0.15 g, critical dimensions, clasp "
                         "function, appearance against the golden sample"},
        ],
        "compliance_notes": [
            "EU REACH Annex XVII entry 27: nickel release ≤ 0.5 µg/cm²/week for prolonged "
            "skin contact",
            "EU REACH entries 63 and 23: lead < 0.05 % and cadmium < 0.01 % by weight",
            "US FTC Jewelry Guides: quality mark only with the maker's registered trademark",
            "Not designed for children under 12 (CPSIA lead limits therefore not claimed)",
        ],
        "dfm_notes": "Keep the gallery open so ultrasonic cleaning reaches under the melee. "
                     "Cast the bail separately and solder it before polishing.",
        "dfm_warnings": [
            {"code": "hallmark_needed", "message": "UK hallmark needed above 1 g of gold",
             "why": "The UK requires an assay-office hallmark on gold over 1 g.",
             "acknowledged": True, "note": "Sent to the London Assay Office by the brand"},
            {"code": "min_wall", "message": "Back plate wall close to the 0.80 mm limit",
             "why": "Walls under 0.8 mm may fill badly in casting or wear through.",
             "acknowledged": False, "note": None},
        ],
    }


def sparse_snapshot() -> dict[str, Any]:
    """A draft with almost nothing filled in: every section must still be there."""
    return {
        "format": 1,
        "design": {"code": "ER-007", "name": "Petal Studs", "collection": None,
                   "category": "earrings", "description": "",
                   "target_retail_price": None},
        "revision": "A", "status": "draft", "issued_on": None, "change_note": "",
        "revisions": [],
        "brand": {"name": "Aurelia Studio", "address": None, "has_logo": False},
        "images": [], "callouts": [], "dimensions": [],
        "finished_weight_g": None, "weight_tolerance_g": None,
        "min_wall_mm": None, "min_prong_mm": None,
        "materials": [], "maker_mark": None, "stones": [], "finishes": [], "platings": [],
        "hallmarks": {"markets": [], "logo": None, "laser_serial": None},
        "findings": [], "packaging": [], "labels": None,
        "qc_criteria": [{"stage": n, "name": name, "criteria": ""}
                        for n, name in enumerate(QC_STAGES, start=1)],
        "compliance_notes": [], "dfm_notes": "", "dfm_warnings": [],
    }


def with_many_stones(snapshot: dict[str, Any], rows: int) -> dict[str, Any]:
    """The snapshot with `rows` stone lines (a tennis bracelet's positions, say): a table that
    starts part-way down a page and must run over onto the next."""
    result = copy.deepcopy(snapshot)
    result["stones"] = [{"stone_type": "diamond", "origin": "lab_grown",
                         "shape": f"round brilliant, position {n:02d}", "size_mm": "2.40",
                         "carat": "0.05", "colour": "G", "clarity": "VS2", "quantity": 1,
                         "setting_style": "4-prong"}
                        for n in range(1, rows + 1)]
    return result


def with_many_dimensions(snapshot: dict[str, Any], rows: int) -> dict[str, Any]:
    """The snapshot with `rows` numbered dimensions, for a table that must span pages."""
    result = copy.deepcopy(snapshot)
    result["dimensions"] = [{"name": f"Check point {n:02d}", "nominal_mm": f"{n}.50",
                             "tolerance_mm": "0.10", "critical": n % 7 == 0}
                            for n in range(1, rows + 1)]
    return result


def logo_png() -> bytes:
    """A small wordmark-free logo: a ring of the brand's colour on transparency."""
    image = QImage(400, 160, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#7a5c2e"), 14))
    painter.drawEllipse(QRectF(20, 20, 120, 120))
    painter.setPen(QPen(QColor("#7a5c2e"), 10))
    for index in range(3):
        painter.drawLine(170 + index * 70, 130, 200 + index * 70, 30)
    painter.end()
    return png(image)
