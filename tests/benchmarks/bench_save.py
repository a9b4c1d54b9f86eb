"""Save benchmark: what counting every save (issue 13: `saves` in workspace_settings, which lets
a write-ahead log be told from one written over another moment of the file) costs a user action.

Run on demand (not in CI):  .venv/bin/python tests/benchmarks/bench_save.py [--saves 300]

In one process, on a real workspace file in a temporary folder (WAL, synchronous=FULL, as the
window opens it), it times one design renamed per transaction — one user action each — with
the save count on and with it off (Store.write_stamp = None, the transaction as it was before),
in alternating rounds so both meet the same disk, and prints the medians and their ratio.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from jewelbench.domain.designs import Category, Design
from jewelbench.storage import Workspace


def timed_saves(workspace: Workspace, design_id: int, saves: int, tag: str) -> list[float]:
    times = []
    for n in range(saves):
        started = time.perf_counter()
        with workspace.transaction():
            workspace.db.execute("UPDATE designs SET name = ? WHERE id = ?",
                                 [f"Ring {tag} {n}", design_id])
        times.append(time.perf_counter() - started)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=300, help="saves per round")
    parser.add_argument("--rounds", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        Workspace.create(Path(folder) / "bench.jewelbench").close()
        workspace = Workspace.open(Path(folder) / "bench.jewelbench")
        try:
            design_id = workspace.designs.add(
                Design(code="RG-001", name="Ring", category=Category.RING))
            stamp = workspace.db.write_stamp
            assert stamp is not None, "a workspace open for editing counts its saves"
            counted: list[float] = []
            plain: list[float] = []
            for round_ in range(args.rounds):
                for on in ((True, False) if round_ % 2 == 0 else (False, True)):
                    workspace.db.write_stamp = stamp if on else None
                    (counted if on else plain).extend(
                        timed_saves(workspace, design_id, args.saves, str(round_)))
            workspace.db.write_stamp = stamp
        finally:
            workspace.close()
    with_count, without = statistics.median(counted), statistics.median(plain)
    print(f"{len(counted)} saves each way (one design renamed per transaction, "
          "WAL + synchronous=FULL)")
    print(f"  with the save count:    median {with_count * 1000:.3f} ms")
    print(f"  without (as before):    median {without * 1000:.3f} ms")
    print(f"  ratio: ×{with_count / without:.2f}")


if __name__ == "__main__":
    main()
