"""The workbook's Break-even sheet: every band of volumes where in-house costs at most each
route, solved by formula segment by segment (docs/costing.md, "Break-even"), up to the maximum
on the Inputs sheet (Break_even_up_to) — no table of volumes, so no row cap.

Both totals are straight lines between the volumes where something steps; the Volume model
sheet holds them: each route's tier pieces (from / to of the volumes below the MOQ, under the
minimum order value and in the tier) and in-house's fixed + per piece × n + per person ×
people added. For each route this sheet

1. lists every volume where a line may change: 1, the six ends of each tier piece, and the
   volume at which each added person starts (⌊(capacity + (k − 1) × step hours) ÷ bench hours a
   piece⌋ + 1, for k = 1 … the rows written);
2. sorts them (SMALL): consecutive ones bound a segment s … e (clipped to the maximum);
3. on each segment takes the difference d = in-house − route at s and at e (rounded to 6
   places, as the Volumes sheet's flags) and, the difference being a straight line there, the
   volumes where d ≤ 0: all, none, from ⌈crossing⌉ or up to ⌊crossing⌋;
4. joins touching pieces into bands and says them in words, as jewelbench does: "In-house is
   cheaper than X between 2,838 and 3,061 and between 3,998 and 4,591 pieces a year (searched
   up to 10,000)".

The people-added rows are the one thing fixed when the file is written: as many as the maximum
needs then, twice over, plus 10. A check cell says when an edited input needs more.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from jewelbench.domain.messages import QT_TRANSLATE_NOOP, fill
from jewelbench.reports.wording import translate
from jewelbench.reports.workbook_inputs import FAR, InputsLayout, RouteInputs, f
from jewelbench.reports.workbook_sheet import (
    PIECES,
    Grid,
    currency_format,
    formula_text,
    labels,
)
from jewelbench.reports.workbook_volumes import in_house_at, route_total_at, steps_at

BREAK_EVEN = "Break-even"
HEADER = ("n", "Where a line may change", "Segment from", "to", "In-house − route at from",
          "at to", "In-house ≤ route from", "to", "Latest band end", "Next band start",
          "A band starts", "A band ends", "Band from", "Said", "Bands so far")
EXTRA_STEP_ROWS = 10
CONTEXT = "workbook_breakeven"
labels(
    QT_TRANSLATE_NOOP("workbook_breakeven", "Where a line may change"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Segment from"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "to"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "In-house − route at from"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "at to"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "In-house ≤ route from"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Latest band end"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Next band start"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "A band starts"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "A band ends"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Band from"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Said"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Bands so far"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Break-even: where in-house costs at most each route"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Every band of volumes 1 … the maximum where in-house "
                                            "costs at most the route, solved on each segment "
                                            "between the volumes where a line changes (Volume "
                                            "model): change an input and the bands follow. Equal "
                                            "counts as in-house."),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Searched up to (pieces a year)"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Inputs' Break_even_up_to, at least the Volume "
                                            "costed"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "People added at the maximum"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Volumes at which a person is added"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Person"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Added from"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Route"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "First volume"),
    QT_TRANSLATE_NOOP("workbook_breakeven", "Bands"),
)
# Where a tier piece of the Volume model may start or end: each piece's from and to (below the
# MOQ, under the minimum order value, beyond) is one of these four volumes of its tier, so
# they hold every volume where the route's line changes (4 points a tier, not 6 ends: the
# sheet sorts them with SMALL, which costs the spreadsheet points² on every recalculation).
PIECE_ENDS = ("first_volume", "past_volume", "moq_volume", "mov_volume")


@dataclass
class BreakEvenLayout:
    grid: Grid
    cells: dict[str, str] = field(default_factory=dict)  # "Route1.break_even" → reference
    formulas: int = 0


def text(v: str) -> str:
    """A whole volume as text with the thousands separator: 2838 → "2,838"."""
    return f"FIXED({v},0)"


def build_break_even(lay: InputsLayout, pieces: dict[str, int],
                     step_rows: int) -> BreakEvenLayout:
    """The Break-even sheet; `pieces` the number of tier pieces of each route on the Volume
    model, `step_rows` how many added people to list."""
    grid = Grid(BREAK_EVEN, widths={1: 12, 2: 16, 3: 12, 4: 12, 5: 18, 6: 18, 7: 12, 8: 12,
                                    9: 12, 10: 12, 11: 10, 12: 10, 13: 12, 14: 28, 15: 60},
                freeze="A4", context=CONTEXT)
    out = BreakEvenLayout(grid)
    names = lay.names
    grid.put(1, 1, "Break-even: where in-house costs at most each route", "title")
    grid.row = 2
    grid.lines("Every band of volumes 1 … the maximum where in-house costs at most the route, "
               "solved on each segment between the volumes where a line changes (Volume "
               "model): change an input and the bands follow. Equal counts as in-house.")
    grid.skip()
    row = grid.next_row()
    grid.put(row, 1, "Searched up to (pieces a year)", "label")
    searched = names.define("Break_even_searched_to", grid.put(
        row, 4, f("MAX(Volume,ROUND(Break_even_up_to,0))"), "calc", PIECES))
    grid.put(row, 5, "Inputs' Break_even_up_to, at least the Volume costed", "note")
    # the volumes at which people are added, shared by every route
    row = grid.next_row()
    grid.put(row, 1, "People added at the maximum", "label")
    needed = grid.put(row, 4, f(steps_at(searched)), "calc", PIECES)
    more = fill(translate("workbook_breakeven", "More people are added below the maximum than "
                                                "the {count} listed here: export again for "
                                                "exact bands"), count=step_rows)
    enough = fill(translate("workbook_breakeven", "The {count} people listed here cover the "
                                                  "maximum"), count=step_rows)
    grid.put(row, 5, f(f'IF({needed.split("!")[1]}>{step_rows},{formula_text(more)},'
                       f'{formula_text(enough)})'), "calc")
    out.cells["steps_check"] = grid.ref(row, 5)
    grid.skip()
    grid.put(grid.next_row(), 1, "Volumes at which a person is added", "section")
    grid.put_row(grid.next_row(), 1, ("Person", "Added from"), "header")
    step_first = grid.row
    # the inverse of steps_at(): the k-th person is added once n × bench hours a piece passes
    # capacity + (k − 1) × the step role's hours (keep the two in step)
    for k in range(1, step_rows + 1):
        row = grid.next_row()
        grid.put(row, 1, k, "plain", PIECES)
        grid.put(row, 2, f(f"IF(Has_capacity_limit,IFERROR(ROUNDDOWN(ROUND((Capacity_hours_per_year"
                           f"+{k - 1}*Step_hours_per_year)/Bench_hours_per_piece,6),0)+1,{FAR}),"
                           f"{FAR})"), "calc", PIECES)
    step_last = grid.row - 1
    for r in lay.routes:
        _route(lay, out, r, pieces[r.prefix], (step_first, step_last), searched)
    out.formulas = grid.formula_cells()
    return out


def _route(lay: InputsLayout, out: BreakEvenLayout, r: RouteInputs, count: int,
           steps: tuple[int, int], searched: str) -> None:
    grid, names, n = out.grid, lay.names, r.name
    money = currency_format(lay.base)
    at = translate("workbook_breakeven", "at {volume}")
    between = translate("workbook_breakeven", "between {start} and {end}")
    joined = translate("workbook_breakeven", "{bands} and {band}")
    none = translate("workbook_breakeven", "none up to {volume}")
    never = translate("workbook_breakeven", "In-house is never cheaper than {route} up to "
                                            "{volume} pieces a year")
    always = translate("workbook_breakeven", "In-house is cheaper than {route} at every volume "
                                             "up to {volume} pieces a year")
    in_bands = translate("workbook_breakeven", "In-house is cheaper than {route} {bands} pieces "
                                               "a year (searched up to {volume})")
    grid.skip()
    grid.put(grid.next_row(), 1, f"{r.prefix}: {r.route.name}", "section")  # names only
    row = grid.next_row()
    grid.put(row, 1, "Route", "label")
    route_name = grid.put(row, 2, r.route.name, "strong")  # text, never a formula
    summary = grid.next_row()
    grid.next_row()
    grid.put_row(grid.next_row(), 1, HEADER, "header")
    first = grid.row
    points = ["1"]
    for key in PIECE_ENDS:
        points += [f"INDEX({n(key)},{i})" for i in range(1, count + 1)]
    points += [f"B{s}" for s in range(steps[0], steps[1] + 1)]
    last = first + len(points) - 1
    for j, point in enumerate(points, start=1):
        row = grid.next_row()
        nxt = f"C{row + 1}" if row < last else FAR
        prev = row - 1
        grid.put(row, 1, j, "plain", PIECES)
        grid.put(row, 2, f(point), "calc", PIECES)
        grid.put(row, 3, f(f"SMALL($B${first}:$B${last},{j})"), "calc", PIECES)
        valid = f"AND(C{row}<={searched},D{row}>=C{row})"
        grid.put(row, 4, f(f"MIN({nxt}-1,{searched})"), "calc", PIECES)
        diff_s = f"ROUND({in_house_at(f'C{row}')}-({route_total_at(r, f'C{row}')}),6)"
        diff_e = f"ROUND({in_house_at(f'D{row}')}-({route_total_at(r, f'D{row}')}),6)"
        grid.put(row, 5, f(f'IF({valid},{diff_s},"")'), "calc", money)
        grid.put(row, 6, f(f'IF({valid},{diff_e},"")'), "calc", money)
        crossing = f"ROUND(C{row}+E{row}*(D{row}-C{row})/(E{row}-F{row}),6)"
        grid.put(row, 7, f(f'IF(E{row}="","",IF(E{row}<=0,C{row},IF(F{row}<=0,'
                           f'ROUNDUP({crossing},0),"")))'), "calc", PIECES)
        grid.put(row, 8, f(f'IF(E{row}="","",IF(F{row}<=0,D{row},IF(E{row}<=0,'
                           f'ROUNDDOWN({crossing},0),"")))'), "calc", PIECES)
        grid.put(row, 9, f(f'IF(H{row}<>"",H{row},' + (f"I{prev})" if row > first else '"")')),
                 "calc", PIECES)
        grid.put(row, 10, f(f'IF(G{row}<>"",G{row},' + (f'J{row + 1})' if row < last
                                                            else '"")')), "calc", PIECES)
        before = f'I{prev}' if row > first else '""'
        grid.put(row, 11, f(f'IF(G{row}="",0,IF({before}="",1,IF({before}=G{row}-1,0,1)))'),
                 "calc", PIECES)
        after = f'J{row + 1}' if row < last else '""'
        grid.put(row, 12, f(f'IF(H{row}="",0,IF({after}="",1,IF({after}=H{row}+1,0,1)))'),
                 "calc", PIECES)
        grid.put(row, 13, f(f'IF(K{row}=1,G{row},' + (f"M{prev})" if row > first else '"")')),
                 "calc", PIECES)
        said_at = formula_text(at, volume=text(f"H{row}"))
        said_between = formula_text(between, start=text(f"M{row}"), end=text(f"H{row}"))
        grid.put(row, 14, f(f'IF(L{row}=0,"",IF(M{row}=H{row},{said_at},{said_between}))'),
                 "calc")
        so_far = f"O{prev}" if row > first else '""'
        grid.put(row, 15, f(f'IF(N{row}="",{so_far},IF({so_far}="",N{row},'
                            f'{formula_text(joined, bands=so_far, band=f"N{row}")}))'), "calc")
    wins = f"$G${first}:$G${last}"
    ends = f"$L${first}:$L${last}"
    grid.put(summary, 1, "First volume", "label")
    first_volume = grid.put(summary, 2, f(f'IF(COUNT({wins})=0,'
                                          f'{formula_text(none, volume=text(searched))},'
                                          f'MIN({wins}))'), "calc", PIECES)
    grid.put(summary, 3, "Bands", "label")
    bands = grid.put(summary, 4, f(f"SUM({ends})"), "calc", PIECES)
    everywhere = (f"AND(SUM({ends})=1,MIN({wins})=1,MAX($H${first}:$H${last})={searched})")
    volume = text(searched)
    said = grid.put(summary, 5, f(
        f'IF(COUNT({wins})=0,{formula_text(never, route=route_name, volume=volume)},'
        f'IF({everywhere},{formula_text(always, route=route_name, volume=volume)},'
        f'{formula_text(in_bands, route=route_name, bands=f"O{last}", volume=volume)}))'),
        "calc")
    out.cells[f"{r.prefix}.break_even"] = first_volume
    out.cells[f"{r.prefix}.bands"] = said
    out.cells[f"{r.prefix}.band_count"] = bands
    out.cells[f"{r.prefix}.first_row"] = grid.ref(first, 1)
    out.cells[f"{r.prefix}.last_row"] = grid.ref(last, 1)
    names.define(f"{r.prefix}_break_even", first_volume)
    names.define(f"{r.prefix}_bands", said)
