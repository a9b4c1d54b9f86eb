"""Workbook export benchmark: a 5,000-design workspace with its quotes, exported whole.

Run on demand (not in CI):  .venv/bin/python tests/benchmarks/bench_export.py [--runs 3]

Writes the generated workspace (jewelbench.app.demo.write_generated: 5,000 designs with their
BOMs, the demo's suppliers, scenarios and prices, a quote for about one design in twelve) and
then, in one process, times:
  export     what File ▸ Export ▸ Workbook… and `jewelbench export` do: read the listing
             tables (storage/workbook_data.py) and write the workbook (reports/workbook.py) —
             Cover, Inputs, Cost comparison, Volumes, Volume model for one quoted design against
             each of its quotes, and every design, BOM line, supplier, quote tier, fee and
             sample round, formatted, text made formula-safe, written beside the target and
             renamed
  bare       openpyxl (write-only, its fastest mode) writing the same number of cells as plain
             values — numbers and short texts, no styles, no formulas — to one sheet
and prints the medians and their ratio. Target: the export under 10 s and within 2× of bare.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from jewelbench.app.demo import write_generated
from jewelbench.reports.workbook import write_workbook
from jewelbench.storage import Workspace
from jewelbench.storage.workbook_data import workbook_data

ON = dt.date(2026, 11, 24)
COLUMNS = 12


def export(workspace: Workspace, out: Path) -> tuple[float, int]:
    started = time.perf_counter()
    costing = workspace.costing
    design_id = workspace.db.execute("SELECT design_id FROM quotes ORDER BY id LIMIT 1"
                                     ).fetchone()[0]
    scenario_id = workspace.scenarios.names()[0][0]
    setup = costing.setup_for_design(design_id, scenario_id, ON, 300)
    report = write_workbook(setup, workbook_data(workspace), out)
    return time.perf_counter() - started, report.cell_count


def bare(cells: int, out: Path) -> float:
    started = time.perf_counter()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Bare")
    row = [f"text {i}" if i % 2 else float(i) + 0.25 for i in range(COLUMNS)]
    for _ in range(cells // COLUMNS):
        sheet.append(row)
    sheet.append(row[:cells % COLUMNS])
    book.save(out)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--designs", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.jewelbench"
        started = time.perf_counter()
        write_generated(path, designs=args.designs)
        print(f"generated workspace: {args.designs:,} designs "
              f"({time.perf_counter() - started:.1f} s to write)")
        with Workspace.open(path, read_only=True) as workspace:
            counts = workspace.counts()
            print(f"  {counts['designs']:,} designs, {counts['quotes']:,} quotes, "
                  f"{counts['suppliers']} suppliers, {counts['sample_rounds']} sample rounds")
            exports, bares = [], []
            cells = 0
            for run in range(args.runs):
                seconds, cells = export(workspace, Path(folder) / f"export-{run}.xlsx")
                exports.append(seconds)
                bares.append(bare(cells, Path(folder) / f"bare-{run}.xlsx"))
        size = (Path(folder) / "export-0.xlsx").stat().st_size
    export_s, bare_s = statistics.median(exports), statistics.median(bares)
    print(f"cells written: {cells:,} (workbook {size / 1e6:.1f} MB)")
    print(f"export  median {export_s:6.2f} s   runs: {', '.join(f'{s:.2f}' for s in exports)}")
    print(f"bare    median {bare_s:6.2f} s   runs: {', '.join(f'{s:.2f}' for s in bares)}")
    ratio = export_s / bare_s
    verdict = "within target" if export_s < 10 and ratio <= 2 else "OVER TARGET"
    print(f"ratio   {ratio:.2f}× bare openpyxl (target ≤ 2×, under 10 s): {verdict}")


if __name__ == "__main__":
    main()
