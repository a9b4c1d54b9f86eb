"""The Volumes sheet and the volume as a formula variable: each route's year and the people
added in-house at any volume, from the Volume model's lines (docs/costing.md, "Break-even").
The Volumes sheet lists them for n = 1 … N for the chart; the Break-even sheet
(workbook_breakeven.py) uses the same formulas at the ends of each segment."""

from __future__ import annotations

from typing import Any

from openpyxl.chart import Reference, ScatterChart, Series
from openpyxl.utils import get_column_letter

from jewelbench.domain.messages import fill
from jewelbench.reports.wording import translate
from jewelbench.reports.workbook_costs import CostLayout
from jewelbench.reports.workbook_inputs import InputsLayout, RouteInputs
from jewelbench.reports.workbook_sheet import (
    PIECES,
    Formula,
    Styles,
    currency_format,
    fast_cell,
    local_ref,
    prepare_sheet,
    row_height,
    wrapped_lines,
)

VOLUMES = "Volumes"
# Rows × tier pieces the Volumes sheet may sum (each route's total at a row is a SUMPRODUCT
# over its pieces): past this, a big plan's sheet lists every k-th volume (the chart needs a
# few hundred points; the break-evens are solved on the Break-even sheet, not read here).
VOLUME_WORK = 3_000_000


def volumes_listed(sweep_to: int, pieces: int) -> list[int]:
    """The volumes the Volumes sheet lists: every one of 1 … sweep_to, or for a plan with
    many tier pieces (all routes' together) every k-th from 1, and sweep_to last."""
    step = max(1, -(-sweep_to * max(pieces, 1) // VOLUME_WORK))
    listed = list(range(1, sweep_to + 1, step))
    if listed[-1] != sweep_to:
        listed.append(sweep_to)
    return listed
YES_NO = '"yes";"yes";"no"'  # the break-even flags: 1 and 0


def steps_at(volume: str) -> str:
    """People added for capacity at `volume` (docs/costing.md: ⌈(hours needed − capacity) ÷
    the step role's hours⌉, at least 0; rounded to 9 places first so that float noise at an
    exact boundary cannot add a person)."""
    return (f"IF(Has_capacity_limit,ROUNDUP(MAX(0,ROUND(({volume}*Bench_hours_per_piece"
            f"-Capacity_hours_per_year)/Step_hours_per_year,9)),0),0)")


def in_house_at(v: str) -> str:
    """In-house's year at volume `v` from the Volume model's line (docs/costing.md), as the
    Volumes sheet adds it up."""
    return f"(InHouse_fixed+InHouse_per_piece*{v}+Added_person_per_year*{steps_at(v)})"


def route_total_at(r: RouteInputs, volume: str) -> str:
    """The route's year at `volume` from its Volume model pieces."""
    n = r.name
    v = volume
    return (f"{n('fixed')}"
            f"+SUMPRODUCT(({v}>={n('below_from')})*({v}<{n('below_to')})*{n('below_cost')})"
            f"+SUMPRODUCT(({v}>={n('mov_from')})*({v}<{n('mov_to')})*({n('mov_cost')}"
            f"+{n('mov_per_piece')}*{v}))"
            f"+SUMPRODUCT(({v}>={n('tier_from')})*({v}<{n('tier_to')})"
            f"*{n('tier_per_piece')})*{v}")


# --- the volumes table -----------------------------------------------------------------------


def write_volumes(workbook: Any, styles: Styles, lay: InputsLayout, out: CostLayout,
                  sweep_to: int) -> Any:
    """Stream the Volumes sheet: n, in-house, people added, then per route its total and the
    'in-house costs at most this' flag; a chart of both totals against n."""
    ws = workbook.create_sheet(VOLUMES)
    money = currency_format(lay.base)
    routes = lay.routes
    widths: dict[int, float] = {1: 12, 2: 16, 3: 10}
    for r in routes:
        widths[out.volume_columns[r.prefix]] = 18
        widths[out.flag_columns[r.prefix]] = 12
    prepare_sheet(ws, widths, "B2")
    titles = [f"{r.prefix}: {r.route.name}" for r in routes]
    pieces = translate("workbook_volumes", "Pieces a year")
    people = translate("workbook_volumes", "People added")
    lines = max([wrapped_lines(t, 18) for t in titles] + [wrapped_lines(people, 10)])
    ws.row_dimensions[1].height = row_height(lines)
    header = [styles.cell(ws, pieces, "header"),
              styles.cell(ws, translate("workbook_volumes", "In-house"), "header"),
              styles.cell(ws, people, "header")]
    for r, title in zip(routes, titles):
        header.append(styles.cell(ws, title, "header"))
        header.append(styles.cell(ws, fill(translate("workbook_volumes", "In-house ≤ {route}"),
                                           route=r.prefix), "header"))
    ws.append(header)
    n_style = styles.array("plain", PIECES)
    m_style = styles.array("calc", money)
    flag = styles.array("calc", YES_NO)
    def cell(value: Any, style: Any) -> Any:
        return fast_cell(ws, Formula(value) if isinstance(value, str) else value, style)

    route_parts = [(r.prefix, r) for r in routes]
    listed = volumes_listed(sweep_to, sum(out.piece_rows.values()))
    for row, volume in enumerate(listed, start=2):
        a = f"A{row}"
        values: list[Any] = [cell(volume, n_style),
                             cell(f"=InHouse_fixed+InHouse_per_piece*{a}"
                                  f"+Added_person_per_year*C{row}", m_style),
                             f"={steps_at(a)}"]
        col = 4
        for _prefix, r in route_parts:
            values.append(cell("=" + route_total_at(r, a), m_style))
            values.append(cell(f"=IF(ROUND(B{row}-{local_ref(row, col)},6)<=0,1,0)", flag))
            col += 2
        ws.append(values)
    out.volumes_rows = len(listed)
    chart = ScatterChart()
    chart.title = translate("workbook_volumes", "Cost a year against pieces a year")
    chart.style = 2
    chart.scatterStyle = "lineMarker"
    chart.height, chart.width = 11, 22
    chart.x_axis.title = pieces
    chart.y_axis.title = fill(translate("workbook_volumes", "{currency} a year"),
                              currency=lay.base)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if chart.legend is not None:  # a new chart has its legend
        chart.legend.position = "b"
    chart.x_axis.number_format = PIECES
    chart.y_axis.number_format = currency_format(lay.base, 0)
    chart.x_axis.scaling.min = 0
    chart.x_axis.scaling.max = sweep_to
    last = len(listed) + 1
    xs = Reference(ws, min_col=1, min_row=2, max_row=last)
    for col in (2, *(out.volume_columns[r.prefix] for r in routes)):
        ys = Reference(ws, min_col=col, min_row=1, max_row=last)
        series = Series(ys, xs, title_from_data=True)
        series.marker.symbol = "none"
        series.smooth = False
        chart.series.append(series)
    ws.add_chart(chart, f"{get_column_letter(5 + 2 * len(routes))}3")
    return ws
