"""A tech pack snapshot (docs/techpack-format.md) as HTML for Qt's rich text, section by section.

Text building: techpack_pdf lays the HTML out on pages. Every printed word goes through Qt's
translate in the context "techpack" (the ui switches the language around the printing: a
factory reads its supplier's print language) and every figure through reports.print_forms in
the reader's forms (17,3 in Norwegian, 17.3 in English). Only what Qt's rich text
understands is used (tables with cellpadding and collapsed borders, headings, bgcolor, align).

Two rules a factory relies on: a missing value prints as "—", never as an empty cell, and a
section with nothing in it says "None specified" instead of disappearing, so it is plain that
it was considered. Every number is printed with exactly the places the snapshot froze it with.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication  # translation only

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message, Text, fill
from jewelbench.domain.money import Money
from jewelbench.domain.samples import QcStage
from jewelbench.reports import print_forms

translate = QCoreApplication.translate

DASH = "—"
NONE_SPECIFIED = QT_TRANSLATE_NOOP("techpack", "None specified")
STAR = "★"

# One accent for headings and rules; print is always dark text on white.
INK = "#1d232a"
ACCENT = "#2f4358"
MUTED = "#5b6672"
RULE = "#b9c2cc"
HEAD_FILL = "#e6ebf0"
ZEBRA = "#f5f7f9"
ALERT = "#9b2c2c"  # only for DRAFT and DFM warnings left open

ORIGINS = {"natural": QT_TRANSLATE_NOOP("techpack", "Natural"),
           "lab_grown": QT_TRANSLATE_NOOP("techpack", "Lab-grown"),
           "simulant": QT_TRANSLATE_NOOP("techpack", "Simulant")}
CATEGORIES = {"ring": QT_TRANSLATE_NOOP("techpack", "Ring"),
              "pendant": QT_TRANSLATE_NOOP("techpack", "Pendant"),
              "earrings": QT_TRANSLATE_NOOP("techpack", "Earrings"),
              "bracelet": QT_TRANSLATE_NOOP("techpack", "Bracelet"),
              "necklace": QT_TRANSLATE_NOOP("techpack", "Necklace"),
              "brooch": QT_TRANSLATE_NOOP("techpack", "Brooch"),
              "other": QT_TRANSLATE_NOOP("techpack", "Other")}
QC_STAGES = {QcStage.PRE_PRODUCTION: QT_TRANSLATE_NOOP("techpack", "Pre-production"),
             QcStage.RAW_CASTING: QT_TRANSLATE_NOOP("techpack", "Raw casting"),
             QcStage.PRE_POLISH: QT_TRANSLATE_NOOP("techpack", "Pre-polish"),
             QcStage.POST_POLISH: QT_TRANSLATE_NOOP("techpack", "Post-polish"),
             QcStage.STONE_SETTING: QT_TRANSLATE_NOOP("techpack", "Stone setting"),
             QcStage.FINAL_AUDIT: QT_TRANSLATE_NOOP("techpack", "Final audit")}


def said(text: Text) -> str:
    """A marked text (QT_TRANSLATE_NOOP) in the language printed now."""
    return translate(text.context, str(text))


def critical_legend() -> str:
    return fill(translate("techpack", "{star} Critical dimension: fit or function depends on "
                                      "it. Measure it on every sample and at the final audit; "
                                      "outside the limits is a reject."), star=STAR)

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
        return translate("techpack", "Yes") if value else translate("techpack", "No")
    return escape(str(value)).replace("\n", "<br>")


def figure(value: object) -> str:
    """A number for a cell in the reader's forms ("17,3" / "17.3"), with the places it was
    frozen with; text that is not a number (a size typed as "6 × 4") is printed as typed."""
    if isinstance(value, str) and value.strip() and not isinstance(value, bool):
        number = _decimal(value)
        return text(value) if number is None else escape(print_forms.number(number))
    if isinstance(value, int) and not isinstance(value, bool):
        return escape(print_forms.integer(value))
    return text(value)


def _decimal(value: object) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def plus_minus(tolerance: object) -> str:
    return DASH if _missing(tolerance) else f"± {figure(tolerance)}"


def limits(nominal: object, tolerance: object, unit: str = "") -> str:
    """'1.90 – 2.10': the accepted range, exact in decimal, in the snapshot's own places."""
    centre, spread = _decimal(nominal), _decimal(tolerance)
    if centre is None or spread is None:
        return DASH
    suffix = f" {unit}" if unit else ""
    return (f"{print_forms.number(centre - spread)} – "
            f"{print_forms.number(centre + spread)}{suffix}")


def with_unit(value: object, unit: str) -> str:
    return DASH if _missing(value) else f"{figure(value)} {unit}"


def date_text(value: object) -> str:
    """An ISO date from the snapshot in the reader's form; anything else as it is."""
    if isinstance(value, str):
        try:
            return escape(print_forms.date(dt.date.fromisoformat(value)))
        except ValueError:
            pass
    return text(value)


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


def none_specified(what: str = "") -> str:
    return f'<p class="none">{escape(what or said(NONE_SPECIFIED))}</p>'


def heading(number: int, title: str, *, new_page: bool = False) -> str:
    style = ' style="page-break-before: always"' if new_page else ""
    return f"<h2{style}>{number}&nbsp;&nbsp;{escape(title)}</h2>"


# ------------------------------------------------------------------------------------------
# The cover
# ------------------------------------------------------------------------------------------


def is_issued(snapshot: Mapping[str, Any]) -> bool:
    return snapshot.get("status") == "issued" and not _missing(snapshot.get("issued_on"))


def draft_word() -> str:
    return translate("techpack", "DRAFT")


def revision_status_text(snapshot: Mapping[str, Any]) -> str:
    """'2026-10-02' for an issued revision, 'DRAFT' otherwise: what the page header shows."""
    if is_issued(snapshot):
        issued = snapshot["issued_on"]
        try:
            return print_forms.date(dt.date.fromisoformat(str(issued)))
        except ValueError:
            return str(issued)
    return draft_word()


def cover(snapshot: Mapping[str, Any], cover_image: PrintImage | None, cover_caption: str,
          logo: PrintImage | None) -> str:
    design = _mapping(snapshot.get("design"))
    brand = _mapping(snapshot.get("brand"))
    revision = text(snapshot.get("revision"))
    is_draft = not is_issued(snapshot)

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

    not_for_production = escape(translate("techpack", "not for production"))
    issued_word = escape(translate("techpack", "Issued"))
    revision_word = escape(translate("techpack", "REVISION"))
    if is_draft:
        status = (f'<p align="center" style="font-size: 10pt; font-weight: bold; '
                  f'color: {ALERT};">{escape(draft_word())}</p><p align="center" '
                  f'style="font-size: 8pt; color: {ALERT};">'
                  f'{not_for_production}</p>')
    else:
        status = (f'<p align="center" style="font-size: 8pt; color: {MUTED};">'
                  f'{issued_word}</p>'
                  f'<p align="center" style="font-size: 10pt; font-weight: bold;">'
                  f'{date_text(snapshot.get("issued_on"))}</p>')
    revision_box = (
        f'<table width="100%" cellspacing="0" cellpadding="6" bgcolor="{HEAD_FILL}"><tr><td>'
        f'<p align="center" style="font-size: 8pt; color: {MUTED};">'
        f'{revision_word}</p>'
        f'<p align="center" style="font-size: 34pt; font-weight: bold; color: {ACCENT};">'
        f'{revision}</p>{status}</td></tr></table>')

    category = design.get("category")
    if isinstance(category, str):
        category = said(CATEGORIES[category]) if category in CATEGORIES else \
            category.capitalize()
    facts = pairs([
        (translate("techpack", "Collection"), text(design.get("collection"))),
        (translate("techpack", "Category"), text(category)),
        (translate("techpack", "Description"), text(design.get("description"))),
    ], label_width="22%")
    tech_pack_word = escape(translate("techpack", "TECH PACK"))
    title = (
        f'<p style="font-size: 8.5pt; font-weight: bold; color: {ACCENT};">'
        f'{tech_pack_word}</p>'
        f'<p style="font-size: 22pt; font-weight: bold; color: {INK};">'
        f'{text(design.get("code"))}</p>'
        f'<p style="font-size: 14pt; color: {INK}; margin-bottom: 8px;">'
        f'{text(design.get("name"))}</p>{facts}')
    title_block = (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top: 14px;"><tr>'
        f'<td valign="top">{title}</td><td width="4%"></td>'
        f'<td valign="top" width="24%">{revision_box}</td></tr></table>')

    if cover_image is None:
        no_cover = escape(translate("techpack", "No cover image"))
        picture = f'<p class="none" style="margin-top: 14px;">{no_cover}</p>'
    else:
        picture = (f'<p align="center" style="margin-top: 14px;"><img src="{cover_image.url}" '
                   f'width="{cover_image.width_px}" height="{cover_image.height_px}"></p>'
                   f'<p class="caption" align="center">{text(cover_caption)}</p>')

    history = escape(translate("techpack", "Revision history"))
    return (masthead + _rule() + title_block + picture + f"<h3>{history}</h3>"
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
        values = [text(row.get("revision")),
                  escape(draft_word()) if _missing(issued) else date_text(issued),
                  text(row.get("change_note"))]
        if row.get("revision") == current:  # this revision stands out
            values = [f"<b>{value}</b>" for value in values]
        cells.append(values)
    return grid([Column(translate("techpack", "Rev"), width="8%"),
                 Column(translate("techpack", "Date"), width="16%"),
                 Column(translate("techpack", "Change note"))], cells)


# ------------------------------------------------------------------------------------------
# Sections
# ------------------------------------------------------------------------------------------


def dimensions(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("dimensions"))
    parts = []
    if rows:
        parts.append(grid(
            [Column("", width="4%"), Column(translate("techpack", "Dimension")),
             Column(translate("techpack", "Nominal (mm)"), True, "15%"),
             Column(translate("techpack", "Tolerance (mm)"), True, "18%"),
             Column(translate("techpack", "Limits (mm)"), True, "20%")],
            [[STAR if row.get("critical") else "", text(row.get("name")),
              figure(row.get("nominal_mm")), plus_minus(row.get("tolerance_mm")),
              limits(row.get("nominal_mm"), row.get("tolerance_mm"))] for row in rows]))
        if any(row.get("critical") for row in rows):
            parts.append(f'<p class="note">{escape(critical_legend())}</p>')
    else:
        parts.append(none_specified(translate("techpack", "No dimensions specified")))
    weight, tolerance = snapshot.get("finished_weight_g"), snapshot.get("weight_tolerance_g")
    if _missing(weight):
        weight_text = DASH
    else:
        weight_text = f"{figure(weight)} g"
        if not _missing(tolerance):
            within = escape(fill(translate("techpack", "(limits {limits})"),
                                 limits=limits(weight, tolerance, "g")))
            weight_text += (f" {plus_minus(tolerance)} g&nbsp;&nbsp;<span style=\"color: {MUTED};"
                            f"\">{within}</span>")
    parts.append(pairs([
        (translate("techpack", "Finished weight"), weight_text),
        (translate("techpack", "Minimum wall thickness"),
         with_unit(snapshot.get("min_wall_mm"), "mm")),
        (translate("techpack", "Minimum prong thickness"),
         with_unit(snapshot.get("min_prong_mm"), "mm")),
    ]))
    return "".join(parts)


def materials(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("materials"))
    parts = [grid(
        [Column(translate("techpack", "Alloy")), Column(translate("techpack", "Code"), width="14%"),
         Column(translate("techpack", "Fineness (‰)"), True, "16%"),
         Column(translate("techpack", "Quality stamp"), width="16%"),
         Column(translate("techpack", "Weight (g)"), True, "14%")],
        [[text(row.get("alloy_name")), text(row.get("alloy_code")), text(row.get("fineness")),
          text(row.get("stamp")), figure(row.get("weight_g"))] for row in rows])
        if rows else none_specified(translate("techpack", "No metals specified"))]
    parts.append(pairs([(translate("techpack", "Maker's mark"),
                         text(snapshot.get("maker_mark")))]))
    return "".join(parts)


def stones(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("stones"))
    if not rows:
        return none_specified()
    table = grid(
        [Column(translate("techpack", "Type"), width="11%"),
         Column(translate("techpack", "Origin"), width="12%"),
         Column(translate("techpack", "Shape")),
         Column(translate("techpack", "Size (mm)"), True, "10%"),
         Column(translate("techpack", "Carat"), True, "7%"),
         Column(translate("techpack", "Colour"), width="9%"),
         Column(translate("techpack", "Clarity"), width="8%"),
         Column(translate("techpack", "Qty"), True, "5%"),
         Column(translate("techpack", "Setting"), width="17%")],
        [[text(_capitalised(row.get("stone_type"))), text(_origin(row.get("origin"))),
          text(row.get("shape")), figure(row.get("size_mm")), figure(row.get("carat")),
          text(row.get("colour")), text(row.get("clarity")), figure(row.get("quantity")),
          text(row.get("setting_style"))] for row in rows])
    count = sum(q for q in (row.get("quantity") for row in rows) if isinstance(q, int))
    total = translate("techpack", "1 stone in total.") if count == 1 else fill(
        translate("techpack", "{count} stones in total."), count=print_forms.integer(count))
    return table + f'<p class="note">{escape(total)}</p>'


def _origin(value: object) -> object:
    return said(ORIGINS[value]) if isinstance(value, str) and value in ORIGINS else value


def _capitalised(value: object) -> object:
    return value[:1].upper() + value[1:] if isinstance(value, str) else value


def finishes(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("finishes"))
    if not rows:
        return none_specified()
    return grid([Column(translate("techpack", "Area"), width="45%"),
                 Column(translate("techpack", "Finish"))],
                [[text(row.get("area")), text(_capitalised(row.get("finish")))] for row in rows])


def platings(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("platings"))
    if not rows:
        return none_specified()

    def grade(value: object) -> str:
        if value is None:
            return DASH
        return translate("techpack", "Guaranteed") if value else \
            translate("techpack", "Commercial")

    return grid(
        [Column(translate("techpack", "Plating metal")),
         Column(translate("techpack", "Colour"), width="18%"),
         Column(translate("techpack", "Thickness (µm)"), True, "17%"),
         Column(translate("techpack", "Grade"), width="20%")],
        [[text(_capitalised(row.get("plating_type"))), text(row.get("colour")),
          figure(row.get("thickness_um")), grade(row.get("guaranteed"))] for row in rows])


def hallmarks(snapshot: Mapping[str, Any]) -> str:
    marks = _mapping(snapshot.get("hallmarks"))
    markets = _strings(marks.get("markets"))
    if not markets and _missing(marks.get("logo")) and _missing(marks.get("laser_serial")):
        return none_specified()
    return pairs([
        (translate("techpack", "Hallmarking markets"),
         escape(", ".join(markets)) if markets else DASH),
        (translate("techpack", "Brand logo"), text(marks.get("logo"))),
        (translate("techpack", "Laser serial"), text(marks.get("laser_serial"))),
    ])


def findings(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("findings"))
    if not rows:
        return none_specified()
    return grid(
        [Column(translate("techpack", "Kind"), width="14%"),
         Column(translate("techpack", "Description")),
         Column(translate("techpack", "Qty"), True, "7%"),
         Column(translate("techpack", "Length (mm)"), True, "15%"),
         Column(translate("techpack", "Pull strength (N)"), True, "21%")],
        [[text(_capitalised(row.get("kind"))), text(row.get("description")),
          figure(row.get("quantity")), figure(row.get("length_mm")),
          figure(row.get("pull_strength_n"))] for row in rows])


def packaging(snapshot: Mapping[str, Any]) -> str:
    rows = _records(snapshot.get("packaging"))
    table = (grid([Column(translate("techpack", "Item")),
                   Column(translate("techpack", "Qty"), True, "8%")],
                  [[text(row.get("description")), figure(row.get("quantity"))] for row in rows])
             if rows else none_specified(translate("techpack", "No packaging specified")))
    return table + pairs([(translate("techpack", "Labels"), text(snapshot.get("labels")))])


def quality_control(snapshot: Mapping[str, Any]) -> str:
    """All six stages, always: a stage the snapshot lacks prints with "—" as its criteria."""
    given = {row.get("stage"): row for row in _records(snapshot.get("qc_criteria"))}
    rows = []
    for stage in QcStage:
        row = given.get(int(stage), {})
        rows.append([str(int(stage)), f"<b>{escape(said(QC_STAGES[stage]))}</b>",
                     text(row.get("criteria"))])
    return grid([Column(translate("techpack", "Stage"), True, "7%"),
                 Column(translate("techpack", "Name"), width="19%"),
                 Column(translate("techpack", "Acceptance criteria"))], rows)


def compliance(snapshot: Mapping[str, Any]) -> str:
    notes = _strings(snapshot.get("compliance_notes"))
    if not notes:
        return none_specified()
    items = "".join(f"<li>{text(note)}</li>" for note in notes)
    return f'<ul style="margin-top: 0px;">{items}</ul>'


def dfm(snapshot: Mapping[str, Any]) -> str:
    notes = snapshot.get("dfm_notes")
    notes_title = escape(translate("techpack", "Notes"))
    warnings_title = escape(translate("techpack", "Warnings"))
    parts = [f"<h3>{notes_title}</h3>",
             none_specified() if _missing(notes) else f"<p>{text(notes)}</p>",
             f"<h3>{warnings_title}</h3>"]
    warnings = _records(snapshot.get("dfm_warnings"))
    if not warnings:
        parts.append(none_specified(translate("techpack", "None raised")))
    else:
        rows = []
        for warning in warnings:
            if warning.get("acknowledged"):
                note = warning.get("note")
                status = escape(translate("techpack", "Acknowledged")) if _missing(note) else \
                    fill(escape(translate("techpack", "Acknowledged: {note}")), note=text(note))
            else:
                open_word = escape(translate("techpack", "Open"))
                status = f'<span style="color: {ALERT}; font-weight: bold;">{open_word}</span>'
            rows.append([warning_text(warning, "message"), warning_text(warning, "why"),
                         status])
        parts.append(grid([Column(translate("techpack", "Warning"), width="32%"),
                           Column(translate("techpack", "Why it matters")),
                           Column(translate("techpack", "Status"), width="26%")], rows))
    return "".join(parts)


def warning_text(warning: Mapping[str, Any], key: str) -> str:
    """A DFM warning's sentence ("message" or "why") in the language printed now, from the
    message the snapshot keeps beside it ("said" or "rule", docs/techpack-format.md), with
    its figures in the reader's forms; an older snapshot's frozen English text otherwise."""
    message = Message.from_json(warning.get(_KEPT_AS[key]))
    if message is not None:
        return text(message.render(said, _shown))
    return text(warning.get(key))


_KEPT_AS = {"message": "said", "why": "rule"}


def _shown(value: object) -> str:
    """A value inside a printed sentence, in the reader's forms."""
    if isinstance(value, int) and not isinstance(value, bool):
        return print_forms.integer(value)
    if isinstance(value, Decimal) and value.is_finite():
        return print_forms.number(value)
    if isinstance(value, dt.date):
        return print_forms.date(value)
    if isinstance(value, Money):
        return f"{print_forms.number(value.amount)} {value.currency}"
    return str(value)


def figures(snapshot: Mapping[str, Any], printed: Figures) -> str:
    images = _records(snapshot.get("images"))
    if not images:
        return none_specified()
    callouts = _records(snapshot.get("callouts"))
    parts = []
    for number, image in enumerate(images, start=1):
        image_id = image.get("id")
        title = escape(fill(translate("techpack", "Figure {number}"), number=number))
        parts.append(f"<h4>{title}&nbsp;&nbsp;{text(image.get('caption'))}</h4>")
        shown = printed.get(image_id) if isinstance(image_id, int) else None
        if shown is None:
            parts.append(none_specified(fill(
                translate("techpack", "The image ({image}) could not be read."), image=image_id)))
            continue
        parts.append(f'<p align="center"><img src="{shown.url}" width="{shown.width_px}" '
                     f'height="{shown.height_px}"></p>')
        labels = [c.get("label") for c in callouts if c.get("image_id") == image_id]
        if labels:
            parts.append(callout_legend(labels))
        else:
            parts.append(none_specified(translate("techpack", "No callouts on this image.")))
    return "".join(parts)


def callout_legend(labels: Sequence[object]) -> str:
    rows = "".join(
        f'<tr><td width="6%" align="right" valign="top" style="color: {ACCENT}; '
        f'font-weight: bold;">{number}</td><td valign="top">{text(label)}</td></tr>'
        for number, label in enumerate(labels, start=1))
    return f'<table class="pairs" width="100%" cellspacing="0" cellpadding="2">{rows}</table>'


SECTIONS = (
    (QT_TRANSLATE_NOOP("techpack", "Dimensions & tolerances"), dimensions),
    (QT_TRANSLATE_NOOP("techpack", "Materials & quality stamp"), materials),
    (QT_TRANSLATE_NOOP("techpack", "Stones"), stones),
    (QT_TRANSLATE_NOOP("techpack", "Finishes by area"), finishes),
    (QT_TRANSLATE_NOOP("techpack", "Plating"), platings),
    (QT_TRANSLATE_NOOP("techpack", "Hallmarks, logo & laser serial"), hallmarks),
    (QT_TRANSLATE_NOOP("techpack", "Findings"), findings),
    (QT_TRANSLATE_NOOP("techpack", "Packaging & labels"), packaging),
    (QT_TRANSLATE_NOOP("techpack", "Quality control"), quality_control),
    (QT_TRANSLATE_NOOP("techpack", "Compliance notes"), compliance),
    (QT_TRANSLATE_NOOP("techpack", "DFM notes & warnings"), dfm),
)


def document_html(snapshot: Mapping[str, Any], printed: Figures, cover_image: PrintImage | None,
                  cover_caption: str, logo: PrintImage | None) -> str:
    """The whole tech pack: the cover on page 1, then every section in DESIGN.md's order."""
    parts = [cover(snapshot, cover_image, cover_caption, logo)]
    for number, (title, section) in enumerate(SECTIONS, start=1):
        parts.append(heading(number, said(title), new_page=number == 1))
        parts.append(section(snapshot))
    parts.append(heading(len(SECTIONS) + 1, translate("techpack", "Images & callouts")))
    parts.append(figures(snapshot, printed))
    return f"<html><body>{''.join(parts)}</body></html>"
