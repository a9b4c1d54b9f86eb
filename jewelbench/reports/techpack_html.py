"""A tech pack snapshot (docs/techpack-format.md) as HTML for Qt's rich text, section by section.

Pure text building, no Qt: techpack_pdf lays the HTML out on pages. Only what Qt's rich text
understands is used (tables with cellpadding and collapsed borders, headings, bgcolor, align).

Two rules a factory relies on: a missing value prints as "—", never as an empty cell, and a
section with nothing in it says "None specified" instead of disappearing, so it is plain that
it was considered. Every number is printed exactly as the snapshot froze it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html import escape
from typing import Any

from jewelbench.domain.samples import QC_STAGE_NAMES, QcStage

DASH = "—"
NONE_SPECIFIED = "None specified"
STAR = "★"

# One accent for headings and rules; print is always dark text on white.
INK = "#1d232a"
ACCENT = "#2f4358"
MUTED = "#5b6672"
RULE = "#b9c2cc"
HEAD_FILL = "#e6ebf0"
ZEBRA = "#f5f7f9"
ALERT = "#9b2c2c"  # only for DRAFT and DFM warnings left open

ORIGINS = {"natural": "Natural", "lab_grown": "Lab-grown", "simulant": "Simulant"}

CRITICAL_LEGEND = (f"{STAR} Critical dimension: fit or function depends on it. Measure it on "
                   "every sample and at the final audit; outside the limits is a reject.")

STYLE_SHEET = f"""
body {{ color: {INK}; }}
p {{ margin-top: 0px; margin-bottom: 4px; }}
h2 {{ font-size: 12.5pt; font-weight: bold; color: {ACCENT};
      margin-top: 18px; margin-bottom: 10px; }}
h3, h4 {{ font-size: 10.5pt; font-weight: bold; color: {ACCENT};
          margin-top: 10px; margin-bottom: 4px; }}
table.grid {{ margin-top: 8px; margin-bottom: 0px; }}
table.pairs {{ margin-top: 6px; }}
table.grid td {{ font-size: 9pt; }}
table.grid th {{ font-size: 8.5pt; font-weight: bold; color: {ACCENT};
                 background-color: {HEAD_FILL}; }}
table.pairs td {{ font-size: 9.5pt; }}
td.label {{ color: {MUTED}; }}
p.none {{ color: {MUTED}; font-style: italic; }}
p.note {{ color: {MUTED}; font-size: 8.5pt; margin-top: 5px; }}
p.caption {{ color: {MUTED}; font-size: 8.5pt; }}
"""


@dataclass(frozen=True)
class PrintImage:
    """An image registered with the document: its resource URL and printed size in CSS px."""

    url: str
    width_px: int
    height_px: int


# image id → the image as printed, or None when it could not be read
Figures = Mapping[int, PrintImage | None]


# ------------------------------------------------------------------------------------------
# Values
# ------------------------------------------------------------------------------------------


def text(value: object) -> str:
    """A value for a cell: escaped, or "—" when it is missing."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return DASH
    if isinstance(value, bool):
        return "Yes" if value else "No"
    return escape(str(value)).replace("\n", "<br>")


def _decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def plus_minus(tolerance: object) -> str:
    return DASH if _missing(tolerance) else f"± {text(tolerance)}"


def limits(nominal: object, tolerance: object, unit: str = "") -> str:
    """'1.90 – 2.10': the accepted range, exact in decimal, in the snapshot's own places."""
    centre, spread = _decimal(nominal), _decimal(tolerance)
    if centre is None or spread is None:
        return DASH
    suffix = f" {unit}" if unit else ""
    return f"{centre - spread} – {centre + spread}{suffix}"


def with_unit(value: object, unit: str) -> str:
    return DASH if _missing(value) else f"{text(value)} {unit}"


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _records(value: object) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list):
        return [str(item) for item in value if not _missing(item)]
    return []


# ------------------------------------------------------------------------------------------
# Building blocks
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    title: str
    numeric: bool = False  # right-aligned, as figures are read down a column
    width: str = ""  # e.g. "12%"; empty lets Qt share the rest


def grid(columns: Sequence[Column], rows: Iterable[Sequence[str]]) -> str:
    """A ruled table whose header row repeats on every page it spans."""
    head = "".join(f'<th align="{_align(c)}"{_width(c)}>{escape(c.title)}</th>' for c in columns)
    body = []
    for index, row in enumerate(rows):
        fill = f' bgcolor="{ZEBRA}"' if index % 2 else ""
        cells = "".join(f'<td align="{_align(c)}" valign="top">{cell}</td>'
                        for c, cell in zip(columns, row))
        body.append(f"<tr{fill}>{cells}</tr>")
    return ('<table class="grid" width="100%" cellspacing="0" cellpadding="3" style="'
            f'border-collapse: collapse; border-width: 0.5px; border-style: solid; '
            f'border-color: {RULE};">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _align(column: Column) -> str:
    return "right" if column.numeric else "left"


def _width(column: Column) -> str:
    return f' width="{column.width}"' if column.width else ""


def pairs(items: Iterable[tuple[str, str]], label_width: str = "28%") -> str:
    """Label → value lines, for facts that are not a list."""
    rows = "".join(f'<tr><td class="label" width="{label_width}" valign="top">{escape(label)}'
                   f'</td><td valign="top">{value}</td></tr>' for label, value in items)
    return f'<table class="pairs" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


def none_specified(what: str = NONE_SPECIFIED) -> str:
    return f'<p class="none">{escape(what)}</p>'


def heading(number: int, title: str, *, new_page: bool = False) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    return f"<h2{style}>{number}&nbsp;&nbsp;{escape(title)}</h2>"


# ------------------------------------------------------------------------------------------
# The cover
# ------------------------------------------------------------------------------------------


def revision_status_text(snapshot: Mapping[str, Any]) -> str:
    """'2026-10-02' for an issued revision, 'DRAFT' otherwise: what the page header shows."""
    if snapshot.get("status") == "issued" and not _missing(snapshot.get("issued_on")):
        return str(snapshot["issued_on"])
    return "DRAFT"


def cover(snapshot: Mapping[str, Any], cover_image: PrintImage | None, cover_caption: str,
          logo: PrintImage | None) -> str:
    design = _mapping(snapshot.get("design"))
    brand = _mapping(snapshot.get("brand"))
    revision = text(snapshot.get("revision"))
    is_draft = revision_status_text(snapshot) == "DRAFT"

    logo_cell = (f'<img src="{logo.url}" width="{logo.width_px}" height="{logo.height_px}">'
                 if logo else "")
    address = "" if _missing(brand.get("address")) else (
        f'<br><span style="font-size: 8.5pt; color: {MUTED};">{text(brand["address"])}</span>')
    masthead = (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td valign="middle" width="35%">{logo_cell}</td>'
        f'<td valign="middle" align="right"><span style="font-size: 12pt; font-weight: bold;">'
        f'{"" if _missing(brand.get("name")) else text(brand.get("name"))}</span>{address}'
        "</td></tr></table>")  # no brand profile yet: nothing, not a lone "—"

    if is_draft:
        status = (f'<p align="center" style="font-size: 10pt; font-weight: bold; '
                  f'color: {ALERT};">DRAFT</p><p align="center" style="font-size: 8pt; '
                  f'color: {ALERT};">not for production</p>')
    else:
        status = (f'<p align="center" style="font-size: 8pt; color: {MUTED};">Issued</p>'
                  f'<p align="center" style="font-size: 10pt; font-weight: bold;">'
                  f'{text(snapshot.get("issued_on"))}</p>')
    revision_box = (
        f'<table width="100%" cellspacing="0" cellpadding="6" bgcolor="{HEAD_FILL}"><tr><td>'
        f'<p align="center" style="font-size: 8pt; color: {MUTED};">REVISION</p>'
        f'<p align="center" style="font-size: 34pt; font-weight: bold; color: {ACCENT};">'
        f'{revision}</p>{status}</td></tr></table>')

    category = design.get("category")
    facts = pairs([
        ("Collection", text(design.get("collection"))),
        ("Category", text(category.capitalize() if isinstance(category, str) else category)),
        ("Description", text(design.get("description"))),
    ], label_width="22%")
    title = (
        f'<p style="font-size: 8.5pt; font-weight: bold; color: {ACCENT};">TECH PACK</p>'
        f'<p style="font-size: 22pt; font-weight: bold; color: {INK};">'
        f'{text(design.get("code"))}</p>'
        f'<p style="font-size: 14pt; color: {INK}; margin-bottom: 8px;">'
        f'{text(design.get("name"))}</p>{facts}')
    title_block = (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 14px;"><tr>'
        f'<td valign="top">{title}</td><td width="4%"></td>'
        f'<td valign="top" width="24%">{revision_box}</td></tr></table>')

    if cover_image is None:
        picture = '<p class="none" style="margin-top: 14px;">No cover image</p>'
    else:
        picture = (f'<p align="center" style="margin-top: 14px;"><img src="{cover_image.url}" '
                   f'width="{cover_image.width_px}" height="{cover_image.height_px}"></p>'
                   f'<p class="caption" align="center">{text(cover_caption)}</p>')

    return (masthead + _rule() + title_block + picture + "<h3>Revision history</h3>"
            + revision_table(snapshot))


def _rule() -> str:
    return ('<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse: '
            f'collapse;"><tr><td style="border-bottom: 1.5px solid {ACCENT};"></td></tr></table>')


def revision_table(snapshot: Mapping[str, Any]) -> str:
    current = snapshot.get("revision")
    rows = [dict(item) for item in _records(snapshot.get("revisions"))]
    if current and not any(row.get("revision") == current for row in rows):
        rows.append({"revision": current, "issued_on": snapshot.get("issued_on"),
                     "change_note": snapshot.get("change_note")})
    if not rows:
        return none_specified()
    cells = []
    for row in rows:
        issued = row.get("issued_on")
        values = [text(row.get("revision")), "DRAFT" if _missing(issued) else text(issued),
                  text(row.get("change_note"))]
        if row.get("revision") == current:  # this revision stands out
            values = [f"<b>{value}</b>" for value in values]
        cells.append(values)
    return grid([Column("Rev", width="8%"), Column("Date", width="16%"), Column("Change note")],
                cells)


# ------------------------------------------------------------------------------------------
# Sections
# ------------------------------------------------------------------------------------------


def dimensions(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("dimensions"))
    parts = []
    if rows:
        parts.append(grid(
            [Column("", width="4%"), Column("Dimension"), Column("Nominal (mm)", True, "15%"),
             Column("Tolerance (mm)", True, "18%"), Column("Limits (mm)", True, "20%")],
            [[STAR if row.get("critical") else "", text(row.get("name")),
              text(row.get("nominal_mm")), plus_minus(row.get("tolerance_mm")),
              limits(row.get("nominal_mm"), row.get("tolerance_mm"))] for row in rows]))
        if any(row.get("critical") for row in rows):
            parts.append(f'<p class="note">{escape(CRITICAL_LEGEND)}</p>')
    else:
        parts.append(none_specified("No dimensions specified"))
    weight, tolerance = snapshot.get("finished_weight_g"), snapshot.get("weight_tolerance_g")
    if _missing(weight):
        weight_text = DASH
    else:
        weight_text = f"{text(weight)} g"
        if not _missing(tolerance):
            weight_text += (f" {plus_minus(tolerance)} g&nbsp;&nbsp;<span style=\"color: {MUTED};"
                            f"\">(limits {limits(weight, tolerance, 'g')})</span>")
    parts.append(pairs([
        ("Finished weight", weight_text),
        ("Minimum wall thickness", with_unit(snapshot.get("min_wall_mm"), "mm")),
        ("Minimum prong thickness", with_unit(snapshot.get("min_prong_mm"), "mm")),
    ]))
    return "".join(parts)


def materials(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("materials"))
    parts = [grid(
        [Column("Alloy"), Column("Code", width="14%"), Column("Fineness (‰)", True, "16%"),
         Column("Quality stamp", width="16%"), Column("Weight (g)", True, "14%")],
        [[text(row.get("alloy_name")), text(row.get("alloy_code")), text(row.get("fineness")),
          text(row.get("stamp")), text(row.get("weight_g"))] for row in rows])
        if rows else none_specified("No metals specified")]
    parts.append(pairs([("Maker's mark", text(snapshot.get("maker_mark")))]))
    return "".join(parts)


def stones(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("stones"))
    if not rows:
        return none_specified()
    table = grid(
        [Column("Type", width="11%"), Column("Origin", width="12%"), Column("Shape"),
         Column("Size (mm)", True, "10%"), Column("Carat", True, "7%"),
         Column("Colour", width="9%"), Column("Clarity", width="8%"), Column("Qty", True, "5%"),
         Column("Setting", width="17%")],
        [[text(_capitalised(row.get("stone_type"))), text(_origin(row.get("origin"))),
          text(row.get("shape")), text(row.get("size_mm")), text(row.get("carat")),
          text(row.get("colour")), text(row.get("clarity")), text(row.get("quantity")),
          text(row.get("setting_style"))] for row in rows])
    count = sum(q for q in (row.get("quantity") for row in rows) if isinstance(q, int))
    return table + f'<p class="note">{count} stone{"" if count == 1 else "s"} in total.</p>'


def _origin(value: object) -> object:
    return ORIGINS.get(value, value) if isinstance(value, str) else value


def _capitalised(value: object) -> object:
    return value[:1].upper() + value[1:] if isinstance(value, str) else value


def finishes(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("finishes"))
    if not rows:
        return none_specified()
    return grid([Column("Area", width="45%"), Column("Finish")],
                [[text(row.get("area")), text(_capitalised(row.get("finish")))] for row in rows])


def platings(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("platings"))
    if not rows:
        return none_specified()

    def grade(value: object) -> str:
        return DASH if value is None else ("Guaranteed" if value else "Commercial")

    return grid(
        [Column("Plating metal"), Column("Colour", width="18%"),
         Column("Thickness (µm)", True, "17%"), Column("Grade", width="20%")],
        [[text(_capitalised(row.get("plating_type"))), text(row.get("colour")),
          text(row.get("thickness_um")), grade(row.get("guaranteed"))] for row in rows])


def hallmarks(snapshot: Mapping[str, Any]) -> str:
    marks = _mapping(snapshot.get("hallmarks"))
    markets = _strings(marks.get("markets"))
    if not markets and _missing(marks.get("logo")) and _missing(marks.get("laser_serial")):
        return none_specified()
    return pairs([
        ("Hallmarking markets", escape(", ".join(markets)) if markets else DASH),
        ("Brand logo", text(marks.get("logo"))),
        ("Laser serial", text(marks.get("laser_serial"))),
    ])


def findings(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("findings"))
    if not rows:
        return none_specified()
    return grid(
        [Column("Kind", width="14%"), Column("Description"), Column("Qty", True, "7%"),
         Column("Length (mm)", True, "15%"), Column("Pull strength (N)", True, "21%")],
        [[text(_capitalised(row.get("kind"))), text(row.get("description")),
          text(row.get("quantity")), text(row.get("length_mm")),
          text(row.get("pull_strength_n"))] for row in rows])


def packaging(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("packaging"))
    table = (grid([Column("Item"), Column("Qty", True, "8%")],
                  [[text(row.get("description")), text(row.get("quantity"))] for row in rows])
             if rows else none_specified("No packaging specified"))
    return table + pairs([("Labels", text(snapshot.get("labels")))])


def quality_control(snapshot: Mapping[str, Any]) -> str:
    """All six stages, always: a stage the snapshot lacks prints with "—" as its criteria."""
    given = {row.get("stage"): row for row in _records(snapshot.get("qc_criteria"))}
    rows = []
    for stage in QcStage:
        row = given.get(int(stage), {})
        rows.append([str(int(stage)), f"<b>{escape(QC_STAGE_NAMES[stage])}</b>",
                     text(row.get("criteria"))])
    return grid([Column("Stage", True, "7%"), Column("Name", width="19%"),
                 Column("Acceptance criteria")], rows)


def compliance(snapshot: Mapping[str, Any]) -> str:
    notes = _strings(snapshot.get("compliance_notes"))
    if not notes:
        return none_specified()
    items = "".join(f"<li>{text(note)}</li>" for note in notes)
    return f'<ul style="margin-top: 0px;">{items}</ul>'


def dfm(snapshot: Mapping[str, Any]) -> str:
    notes = snapshot.get("dfm_notes")
    parts = ["<h3>Notes</h3>",
             none_specified() if _missing(notes) else f"<p>{text(notes)}</p>",
             "<h3>Warnings</h3>"]
    warnings = _records(snapshot.get("dfm_warnings"))
    if not warnings:
        parts.append(none_specified("None raised"))
    else:
        rows = []
        for warning in warnings:
            if warning.get("acknowledged"):
                note = warning.get("note")
                status = "Acknowledged" + ("" if _missing(note) else f": {text(note)}")
            else:
                status = f'<span style="color: {ALERT}; font-weight: bold;">Open</span>'
            rows.append([text(warning.get("message")), text(warning.get("why")), status])
        parts.append(grid([Column("Warning", width="32%"), Column("Why it matters"),
                           Column("Status", width="26%")], rows))
    return "".join(parts)


def figures(snapshot: Mapping[str, Any], printed: Figures) -> str:
    images = _records(snapshot.get("images"))
    if not images:
        return none_specified()
    callouts = _records(snapshot.get("callouts"))
    parts = []
    for number, image in enumerate(images, start=1):
        image_id = image.get("id")
        parts.append(f"<h4>Figure {number}&nbsp;&nbsp;{text(image.get('caption'))}</h4>")
        shown = printed.get(image_id) if isinstance(image_id, int) else None
        if shown is None:
            parts.append(none_specified(f"The image ({image_id}) could not be read."))
            continue
        parts.append(f'<p align="center"><img src="{shown.url}" width="{shown.width_px}" '
                     f'height="{shown.height_px}"></p>')
        labels = [c.get("label") for c in callouts if c.get("image_id") == image_id]
        if labels:
            parts.append(callout_legend(labels))
        else:
            parts.append(none_specified("No callouts on this image."))
    return "".join(parts)


def callout_legend(labels: Sequence[object]) -> str:
    rows = "".join(
        f'<tr><td width="6%" align="right" valign="top" style="color: {ACCENT}; '
        f'font-weight: bold;">{number}</td><td valign="top">{text(label)}</td></tr>'
        for number, label in enumerate(labels, start=1))
    return f'<table class="pairs" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


SECTIONS = (
    ("Dimensions & tolerances", dimensions),
    ("Materials & quality stamp", materials),
    ("Stones", stones),
    ("Finishes by area", finishes),
    ("Plating", platings),
    ("Hallmarks, logo & laser serial", hallmarks),
    ("Findings", findings),
    ("Packaging & labels", packaging),
    ("Quality control", quality_control),
    ("Compliance notes", compliance),
    ("DFM notes & warnings", dfm),
)


def document_html(snapshot: Mapping[str, Any], printed: Figures, cover_image: PrintImage | None,
                  cover_caption: str, logo: PrintImage | None) -> str:
    """The whole tech pack: the cover on page 1, then every section in DESIGN.md's order."""
    parts = [cover(snapshot, cover_image, cover_caption, logo)]
    for number, (title, section) in enumerate(SECTIONS, start=1):
        parts.append(heading(number, title, new_page=number == 1))
        parts.append(section(snapshot))
    parts.append(heading(len(SECTIONS) + 1, "Images & callouts"))
    parts.append(figures(snapshot, printed))
    return f"<html><body>{''.join(parts)}</body></html>"
