"""The accountant's workbook: make or buy, as an .xlsx whose costs are live formulas.

    report = write_workbook(setup, workbook_data(workspace), "costs.xlsx")

`setup` is a CostingSetup (storage/costing.py: the plan, the in-house scenario, one route per
supplier or quote, the prices of the costing date); `data` the listing sheets
(storage/workbook_data.py). The sheets:

- **Cover**: workspace, costing date, base currency, scenario, plan, the summary, which metal
  prices and FX rates were used (with their dates), how to recalculate, and what the costing
  left out or warns about.
- **Inputs**: every input in a yellow cell with a defined name (workbook_inputs.py).
- **Cost comparison**: in-house and each route, per design and by component, their totals, per
  piece and break-even — live formulas reproducing docs/costing.md (workbook_costs.py).
- **Volumes**: both totals for every volume 1 … N, the break-even flags, and a chart.
- **Volume model**: the straight lines the Volumes sheet adds up.
- **Break-even**: every band of volumes where in-house costs at most each route, solved by
  formula on each segment of those lines up to the maximum on Inputs (workbook_breakeven.py).
- **Designs, Bill of materials, Suppliers, Quotes and tiers, Development fees, Sample rounds**:
  the listings (workbook_listings.py).

The file is written to a temporary file in the target's folder and renamed over the target
only when whole: a target that is open elsewhere or cannot be written raises ExportError and
leaves nothing behind. The figures are the engine's: WorkbookReport.comparison holds the
engine's own result for the same volume and range, which the tests compare cell by cell after a
real spreadsheet engine (LibreOffice) has recalculated the file.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.workbook.properties import CalcProperties

import jewelbench
from jewelbench.domain.costing import Adjustments, Comparison, prepare, sweep_end
from jewelbench.domain.costing_inputs import check_volume
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.domain.validation import DomainError
from jewelbench.reports import output
from jewelbench.reports.output import ExportCancelled, ExportError
from jewelbench.reports.wording import (
    Wording,
    count_text,
    date_text,
    say,
    translate,
    writing_in,
)
from jewelbench.reports.workbook_breakeven import (
    BREAK_EVEN,
    EXTRA_STEP_ROWS,
    build_break_even,
)
from jewelbench.reports.workbook_cash import CASH, build_cash
from jewelbench.reports.workbook_costs import COMPARISON, MODEL, build_costs
from jewelbench.reports.workbook_inputs import INPUTS, InputsLayout, build_inputs, f
from jewelbench.reports.workbook_listings import sheet_title, write_listing
from jewelbench.reports.workbook_margin import margin_cover, margin_inputs
from jewelbench.reports.workbook_sheet import (
    DATE,
    PIECES,
    RATE,
    Grid,
    currency_format,
    metal_name,
)
from jewelbench.reports.workbook_volumes import VOLUMES, write_volumes
from jewelbench.storage.workbook_data import WorkbookData

log = logging.getLogger(__name__)

__all__ = ["COVER", "ExportCancelled", "ExportError", "VOLUME_ROWS",
           "WorkbookReport", "sweep_for", "write_workbook"]

COVER = "Cover"
COVER_TITLE = QT_TRANSLATE_NOOP("workbook", "Cover")  # no formula refers to it
VOLUME_ROWS = 20_000  # the Volumes sheet lists 1 … 5 × the volume, at most this many rows

# progress(steps done, steps in all, what is being written) → False to cancel
Progress = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class WorkbookReport:
    """What was written, and the engine's own figures for the same costing."""

    path: Path
    title: str
    volume: int
    sweep_to: int  # the Volumes sheet lists 1 … sweep_to (for the chart)
    routes: dict[str, str]  # "Route1" → the route's name
    comparison: Comparison  # the engine's result at `volume`, break-evens up to searched_to
    cells: dict[str, str]  # "in_house.total", "Route1.duty", "Route1.break_even" → cell
    sheets: tuple[str, ...]
    cell_count: int  # cells with a value
    formula_count: int
    seconds: float
    warnings: tuple[str, ...] = ()
    volume_columns: dict[str, int] = field(default_factory=dict)
    flag_columns: dict[str, int] = field(default_factory=dict)
    searched_to: int = 0  # the Break-even sheet solves the bands from 1 to here
    volumes_rows: int = 0  # volumes listed on the Volumes sheet: sweep_to, or every k-th of a
    # big plan's (workbook_volumes.volumes_listed)
    language: str = ""  # the language its labels are written in ("": jewelbench's own)


def sweep_for(volume: int) -> int:
    """How far the Volumes sheet goes (for its chart): where the comparison view's curves end
    (the engine's sweep_end), at most VOLUME_ROWS — every row is recalculated on every change
    of an input. The break-evens do not need it: the Break-even sheet solves them by segment
    up to the maximum on Inputs, however far."""
    return min(sweep_end(volume), VOLUME_ROWS)


def write_workbook(setup: Any, data: WorkbookData, path: Path | str, volume: int | None = None,
                   *, adjustments: Adjustments | None = None, up_to: int | None = None,
                   progress: Progress | None = None,
                   wording: Wording | None = None) -> WorkbookReport:
    """Write the workbook for `setup` (a CostingSetup) costed at `volume` pieces a year (the
    plan's total when None) to `path`. Raises ExportError (ExportCancelled when progress
    returned False) with nothing left behind; the break-evens are searched up to `up_to`
    (the engine's default when None, as the view and `compare`). The costing's own refusals
    (a missing price, a route without a quote for a design …) come as ExportError with the
    engine's message.

    Its labels, notes and the names of the sheets no formula refers to are written in
    `wording`'s language (reports/wording.py; None: the language jewelbench speaks); the
    figures are numbers and dates with number formats, which the reader's spreadsheet shows
    in its own forms (1 234,50 in a Norwegian one)."""
    with writing_in(wording):
        return _write(setup, data, path, volume, adjustments, up_to, progress,
                      wording.language if wording is not None else "")


def _write(setup: Any, data: WorkbookData, path: Path | str, volume: int | None,
           adjustments: Adjustments | None, up_to: int | None, progress: Progress | None,
           language: str) -> WorkbookReport:
    started = time.perf_counter()
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise ExportError(fill(translate("workbook", "{file}: a workbook's name ends in .xlsx"),
                               file=target.name))
    adjustments = adjustments or Adjustments()
    try:
        volume = check_volume(volume if volume is not None else setup.plan.total_volume)
        prepared = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                           setup.in_house_terms, basis=setup.basis,
                           margin=setup.margin)
        sweep_to = sweep_for(volume)
        comparison = prepared.evaluate(volume, adjustments, sweep_to=sweep_to, search_to=up_to)
        searched_to = up_to or prepared.search_end(volume, adjustments)
        e = prepared.in_house.error_rate_for(adjustments)
        step_rows = 2 * prepared.in_house.steps_at(searched_to, e) + EXTRA_STEP_ROWS
    except DomainError as error:
        refusal = ExportError(str(error))
        refusal.message = error.message  # the engine's Message, to be said in any language
        refusal.missing = tuple(getattr(error, "missing", ()))
        raise refusal from None
    output.check_replaceable(target)
    steps = 4 + len(data.tables)
    done = 0

    def step(what: str) -> None:
        nonlocal done
        if progress is not None and not progress(done, steps, what):
            raise ExportCancelled()
        done += 1

    step(translate("workbook", "Inputs"))
    lay = build_inputs(setup, volume, sweep_to, adjustments.metal_price_pct,
                       adjustments.fx_pct, adjustments.error_rate_pct, search_to=searched_to,
                       basis=prepared.basis)
    if hasattr(setup, "margin"):
        margin_inputs(lay, setup)  # the selling prices, last on the Inputs sheet
    step(translate("workbook", "Cost comparison"))
    costs = build_costs(lay, setup, sweep_to)
    bands = build_break_even(lay, costs.piece_rows, step_rows)
    costs.cells.update(bands.cells)
    cover = _cover(setup, data, lay, costs.cells, comparison, sweep_to)
    cash, cash_cells = build_cash(comparison, lay.base)  # present values and paybacks
    book = Workbook(write_only=True)
    book.calculation = CalcProperties(fullCalcOnLoad=True)
    cells = formulas = 0
    sheets: list[str] = []
    try:
        _ws, styles = cover.emit(book)
        for grid in (lay.grid, costs.comparison):
            grid.emit(book, styles)
        step(translate("workbook", "Volumes"))
        write_volumes(book, styles, lay, costs, sweep_to)
        costs.model.emit(book, styles)
        bands.grid.emit(book, styles)
        cash.emit(book, styles)
        for grid in (cover, lay.grid, costs.comparison, costs.model, bands.grid, cash):
            cells += len(grid.cells)
            formulas += grid.formula_cells()
        per_row = 3 + 2 * len(lay.routes)
        cells += per_row * (costs.volumes_rows + 1)
        formulas += (per_row - 1) * costs.volumes_rows
        sheets += [cover.title, INPUTS, COMPARISON, VOLUMES, MODEL, BREAK_EVEN, CASH]
        for table in data.tables:
            step(sheet_title(table))
            _ws, count = write_listing(book, styles, table)
            cells += count
            sheets.append(sheet_title(table))
        lay.names.add_to(book)
        step(translate("workbook", "the file"))
        with output.replacing(target) as temporary:
            output.save_workbook(book, temporary)
    except BaseException:
        _discard(book)
        raise
    log.info("wrote the workbook %s: %d sheets, %d cells (%d formulas) in %.1f s",
             target.name, len(sheets), cells, formulas, time.perf_counter() - started)
    return WorkbookReport(
        path=target, title=setup.title, volume=volume, sweep_to=sweep_to,
        routes={r.prefix: r.route.name for r in lay.routes}, comparison=comparison,
        cells={**costs.cells, **cash_cells}, sheets=tuple(sheets), cell_count=cells,
        formula_count=formulas, seconds=time.perf_counter() - started,
        warnings=tuple(comparison.warnings),
        volume_columns=dict(costs.volume_columns), flag_columns=dict(costs.flag_columns),
        searched_to=searched_to, volumes_rows=costs.volumes_rows, language=language)


def _discard(book: Workbook) -> None:
    """Close and delete the streams of a workbook that will not be saved (openpyxl writes each
    write-only sheet to a temporary file of its own)."""
    for ws in book.worksheets:
        writer = getattr(ws, "_writer", None)
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        if writer is not None:
            with contextlib.suppress(OSError):
                os.remove(writer.out)


def cover_title() -> str:
    """The Cover sheet's name in the language being written."""
    return translate(COVER_TITLE.context, str(COVER_TITLE))[:31]


def _cover(setup: Any, data: WorkbookData, lay: InputsLayout, cells: dict[str, str],
           comparison: Comparison, sweep_to: int) -> Grid:
    base = lay.base
    money = currency_format(base)
    grid = Grid(cover_title(), widths={1: 30, 2: 20, 3: 16, 4: 16, 5: 22, 6: 30},
                context="workbook")
    grid.put(1, 1, fill(translate("workbook", "Make or buy: {subject}"), subject=setup.title),
             "title")
    grid.row = 2
    grid.lines(fill(translate(
        "workbook", "Written by jewelbench {version} on {date}. Every cost in this workbook is "
        "a formula over the Inputs sheet: change an input and every cost follows, as "
        "jewelbench computes it."), version=jewelbench.__version__,
        date=date_text(dt.date.today())))
    grid.skip()
    plan = setup.plan
    designs = len(plan.lines)
    planned = (translate("workbook", "{plan} (1 design, {pieces} pieces a year planned)")
               if designs == 1 else
               translate("workbook", "{plan} ({designs} designs, {pieces} pieces a year planned)"))
    rows: list[tuple[str, Any, str | None]] = [
        (translate("workbook", "Workspace"),
         f"{data.workspace_name} ({data.workspace_file})" if data.workspace_file
         else data.workspace_name, None),
        (translate("workbook", "Costing date"), f("Costing_date"), DATE),
        (translate("workbook", "Base currency"), base, None),
        (translate("workbook", "In-house scenario"), setup.scenario.name, None),
        (translate("workbook", "Plan"), fill(planned, plan=plan.name, designs=designs,
                                             pieces=count_text(plan.total_volume)), None),
        (translate("workbook", "Volume costed (pieces a year)"), f("Volume"), PIECES),
        (translate("workbook", "Break-evens searched up to"), f("Break_even_searched_to"),
         PIECES),
    ]
    for label, value, fmt in rows:
        row = grid.next_row()
        grid.put(row, 1, label, "label")
        grid.put(row, 2, value, "strong" if fmt is None else "calc", fmt)
    grid.skip()
    grid.put(grid.next_row(), 1, translate("workbook", "Summary"), "section")
    grid.put_row(grid.next_row(), 1, (
        translate("workbook", "Route"), translate("workbook", "Total a year"),
        translate("workbook", "Per piece"), translate("workbook", "Break-even (pieces)"),
        translate("workbook", "Where in-house is cheaper"),
        translate("workbook", "Rounding: per piece × pieces")), "header")
    row = grid.next_row()
    grid.put(row, 1, translate("workbook", "In-house"), "label")
    grid.put(row, 2, f(cells["in_house.total"]), "calc", money)
    grid.put(row, 3, f(cells["in_house.per_piece"]), "calc", money)
    # printed year − printed per piece × Volume (docs/costing.md, "Figures that foot")
    cells["cover.in_house.rounding"] = grid.put(row, 6, f(cells["summary.in_house.rounding"]),
                                                "calc", money)
    for r in lay.routes:
        row = grid.next_row()
        grid.put(row, 1, r.route.name, "label")
        grid.put(row, 2, f(cells[f"{r.prefix}.total"]), "calc", money)
        grid.put(row, 3, f(cells[f"{r.prefix}.per_piece"]), "calc", money)
        grid.put(row, 4, f(cells[f"{r.prefix}.break_even"]), "calc", PIECES)
        grid.put(row, 5, f(cells[f"{r.prefix}.bands"]), "calc")
        cells[f"cover.{r.prefix}.rounding"] = grid.put(
            row, 6, f(cells[f"summary.{r.prefix}.rounding"]), "calc", money)
    row = grid.next_row()
    grid.put(row, 1, translate("workbook", "In-house bench capacity"), "label")
    grid.put(row, 2, f(cells["in_house.capacity"]), "calc")  # live: follows the Inputs
    if not lay.routes:
        grid.lines(translate("workbook", "No quote could be compared (see below)."))
    grid.lines(translate(
        "workbook", "Break-even: the first volume at which in-house costs at most the route's "
        "total; every band where it does is solved on the Break-even sheet, up to the "
        "maximum on Inputs (Break_even_up_to)."))
    if comparison.basis_note:
        grid.lines(say(comparison.basis_note), "strong")
    cells.update(margin_cover(grid, lay, cells, setup, comparison))
    grid.skip()
    grid.put(grid.next_row(), 1, translate("workbook", "Metal prices used"), "section")
    grid.put_row(grid.next_row(), 1, (
        translate("workbook", "Metal"), translate("workbook", "Per troy oz"),
        translate("workbook", "Currency"), translate("workbook", "Price date"),
        translate("workbook", "Source")), "header")
    for metal, price in lay.metals_used:
        row = grid.next_row()
        grid.put(row, 1, metal_name(metal), "label")
        grid.put(row, 2, f(f"{metal.capitalize()}_price_per_oz"), "calc",
                 currency_format(price.price_per_troy_oz.currency, code_shown=False))
        grid.put(row, 3, price.price_per_troy_oz.currency)
        grid.put(row, 4, price.price_date, "plain", DATE)
        grid.put(row, 5, price.source)
    grid.skip()
    grid.put(grid.next_row(), 1, translate("workbook", "FX rates used"), "section")
    grid.put_row(grid.next_row(), 1, (
        translate("workbook", "Currency"),
        fill(translate("workbook", "Rate used ({currency} per unit)"), currency=base),
        translate("workbook", "Rate date"), translate("workbook", "As stored")), "header")
    for currency, _rate, row_used in lay.rates_used:
        row = grid.next_row()
        grid.put(row, 1, currency, "label")
        grid.put(row, 2, f(lay.fx[currency]), "calc", RATE)
        grid.put(row, 3, row_used.rate_date, "plain", DATE)
        grid.put(row, 4, f"{row_used.stated()} ({row_used.derivation()})" if row_used.derived
                 else row_used.stated())
    grid.skip()
    grid.put(grid.next_row(), 1, translate("workbook", "How to recalculate"), "section")
    for line in (
        translate("workbook", "Change any yellow cell on the Inputs sheet (a metal price, an "
                  "FX rate, a tier price, a loss, a salary …): every total, per-piece cost and "
                  "break-even follows."),
        translate("workbook", "Excel and LibreOffice recalculate on their own. If they do not: "
                  "Excel, press F9 (Formulas ▸ Calculate Now); LibreOffice, Data ▸ Calculate ▸ "
                  "Recalculate Hard (Ctrl+Shift+F9). Excel's Protected View (a file from "
                  "e-mail or the web) does not calculate: the costs show once you click Enable "
                  "Editing."),
        translate("workbook", "The structure is fixed when the file is written: which "
                  "designs, routes, tiers and bill-of-materials lines there are. Change "
                  "values, not rows; for another plan or scenario, export again from "
                  "jewelbench."),
        translate("workbook", "Cost comparison shows each figure's formula in words; "
                  "docs/costing.md gives them all. Volume model and Volumes hold the totals "
                  "for every volume and the break-even."),
    ):
        grid.lines(line, "plain")
    notes = [*comparison.warnings, *getattr(setup, "notes", ()),
             *(fill(translate("workbook", "Left out: {what}"), what=say(s)) for s in setup.skipped)]
    if notes:
        grid.skip()
        grid.put(grid.next_row(), 1, translate("workbook", "Warnings and what was left out"),
                 "section")
        for note in notes:
            grid.lines(say(note), "warning")
    return grid
