"""Tech pack PDF benchmark: a full tech pack with six images, against bare QPdfWriter text pages.

Run on demand (not in CI):  .venv/bin/python tests/benchmarks/bench_techpack_pdf.py [--runs 7]
                                                                   [--page-size A4|Letter]

In one process (Qt offscreen), it times, several times each:
  baseline  a bare QPdfWriter writing the same number of pages, each filled with plain text
  techpack  render_techpack_pdf() on the sample revision of tests/reports/techpack_samples.py:
            every section filled, six PNG images (decoded, callouts drawn, embedded at print
            resolution), tables split across pages, header and footer on every page
and prints the medians, the ratio, and where the tech pack's time goes (building the document
vs laying out, paginating and writing it). Target: the tech pack under 1 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "reports"))


def _plain_pages(path: Path, pages: int, page_size: str) -> None:
    """What any PDF of this many pages costs: QPdfWriter, a font, lines of text per page."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QPainter

    from jewelbench.reports.techpack_pdf import pdf_writer

    writer = pdf_writer(path, page_size, "baseline")
    painter = QPainter(writer)
    font = QFont()
    font.setPointSizeF(10)
    painter.setFont(font)
    line_height = writer.logicalDpiY() * 14 / 72
    for page in range(pages):
        if page:
            writer.newPage()
        for line in range(int(writer.height() / line_height) - 4):
            painter.drawText(QRectF(0, (line + 2) * line_height, writer.width(), line_height),
                             f"Page {page + 1}, line {line + 1}: the quick brown fox jumps "
                             "over the lazy dog 0123456789 ± 0.10 mm")
    painter.end()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--page-size", default="A4", choices=("A4", "Letter"))
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication

    _application = QGuiApplication(sys.argv[:1])  # kept alive for the whole run

    import techpack_samples

    from jewelbench.reports.techpack_pdf import (
        build_document,
        page_header,
        pdf_writer,
        print_document,
        render_techpack_pdf,
    )

    scratch = Path(tempfile.mkdtemp(prefix="jewelbench-bench-pdf-"))
    snapshot = techpack_samples.full_snapshot()
    images = techpack_samples.drawn_images()
    logo = techpack_samples.logo_png()
    out = scratch / "techpack.pdf"

    pages = render_techpack_pdf(snapshot, images.__getitem__, logo, out, args.page_size)
    print(f"tech pack: {pages} pages, {len(images)} images, {args.page_size}, "
          f"{out.stat().st_size / 1024:.0f} KiB ({scratch})")

    techpack, baseline, building, printing = [], [], [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        _plain_pages(scratch / "baseline.pdf", pages, args.page_size)
        baseline.append(time.perf_counter() - start)

        start = time.perf_counter()
        render_techpack_pdf(snapshot, images.__getitem__, logo, out, args.page_size)
        techpack.append(time.perf_counter() - start)

        start = time.perf_counter()
        document = build_document(snapshot, images.__getitem__, logo)
        built = time.perf_counter()
        writer = pdf_writer(scratch / "split.pdf", args.page_size, "split")
        print_document(document, writer, page_header(snapshot))
        del writer
        building.append(built - start)
        printing.append(time.perf_counter() - built)

    base, full = statistics.median(baseline), statistics.median(techpack)
    print(f"baseline  median {base * 1000:7.1f} ms  ({pages} plain text pages)")
    print(f"techpack  median {full * 1000:7.1f} ms  worst {max(techpack) * 1000:.1f} ms  "
          f"ratio {full / base:.1f}x baseline")
    print(f"          of which: build document {statistics.median(building) * 1000:.1f} ms "
          f"(decode images, callouts, HTML), lay out + paginate + write "
          f"{statistics.median(printing) * 1000:.1f} ms")
    print("target: under 1 s —", "met" if full < 1.0 else "NOT met")


if __name__ == "__main__":
    main()
