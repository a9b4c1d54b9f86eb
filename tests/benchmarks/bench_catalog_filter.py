"""Catalog filter benchmark: how long one keystroke in the design search takes at 5,000 designs.

Run on demand (not in CI):  .venv/bin/python tests/benchmarks/bench_catalog_filter.py

Types a search word key by key into the real Designs view (all 5,000 rows loaded) and times
each keystroke until the filtered list is ready, against a stock QSortFilterProxyModel that
filters the same rows on one column in C++ (the baseline, same run). Target: under 50 ms a
keystroke.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt  # noqa: E402

WORDS = ["silver", "ring", "tidal", "ga", "RG-1"]


def main() -> None:
    from jewelbench.app.demo import write_generated
    from jewelbench.app.main import create_application
    from jewelbench.storage import Workspace
    from jewelbench.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="jewelbench-filter-"))
    path = folder / "generated-5000.jewelbench"
    write_generated(path, designs=5000)
    window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
                        Workspace.open(path), folder)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    view = window.designs
    view.page.model.load_all()
    assert view.page.model.rowCount() == 5000

    baseline = QSortFilterProxyModel()
    baseline.setSourceModel(view.page.model)
    baseline.setFilterKeyColumn(1)
    baseline.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    ours: list[float] = []
    stock: list[float] = []
    for word in WORDS:
        for end in range(1, len(word) + 1):
            typed = word[:end]
            start = time.perf_counter()
            view.page.search.setText(typed)  # the same path as a keystroke: textChanged
            if view.page.searching:  # the search the pause after typing runs, without the wait
                view.page.requery()
            app.processEvents()
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            baseline.setFilterFixedString(typed)
            baseline.rowCount()
            stock.append(time.perf_counter() - start)
        view.page.search.clear()
        baseline.setFilterFixedString("")
    window.close()

    ours_ms = statistics.median(ours) * 1000
    stock_ms = statistics.median(stock) * 1000
    print(f"keystrokes timed: {len(ours)} over 5,000 designs")
    print(f"  jewelbench catalog filter   median {ours_ms:6.1f} ms   worst "
          f"{max(ours) * 1000:6.1f} ms")
    print(f"  stock C++ proxy (1 column)  median {stock_ms:6.1f} ms   ×{ours_ms / stock_ms:.1f}")
    print(f"target: under 50 ms a keystroke — {'met' if max(ours) < 0.05 else 'NOT met'}")


if __name__ == "__main__":
    main()
