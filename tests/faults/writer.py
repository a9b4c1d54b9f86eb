"""A workspace writer for the kill test, and the fork server that starts it.

`main(path, seed)` opens PATH with Workspace.open, prints "ready" once, then saves designs
forever, each with its full bill of materials, two images and a quote, all in one transaction
(one user action), until it is killed. Imports no Qt.

`python writer.py PATH` is the fork server: it imports all of this once, then for each
`start SEED` line on its stdin forks a child that runs main(PATH, SEED) with its stdout on a
pipe of its own (the server passes "ready" on) and its stderr in a file; a child is a real
process of its own with its own SQLite connection, which the test SIGKILLs mid-save, so each of
hundreds of writers costs a fork instead of a Python start-up and jewelbench's imports. One JSON
line answers each request (see serve()).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import json
import os
import random
import sys
import tempfile
import threading
import traceback
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

from jewelbench.domain.designs import (
    Category,
    Design,
    DesignImage,
    FindingLine,
    LifecycleStatus,
    MetalLine,
    PackagingLine,
    PlatingLine,
    StoneLine,
)
from jewelbench.domain.money import Money
from jewelbench.domain.quotes import FeeKind, Incoterm, Quote, QuoteFee, QuoteTier
from jewelbench.domain.suppliers import Supplier
from jewelbench.storage import Workspace

SUPPLIER_NAME = "Kill Test Casting Co."


def design(code: str, rng: random.Random) -> Design:
    def image(caption: str, is_cover: bool) -> DesignImage:
        size = rng.randint(20_000, 200_000)
        return DesignImage(rng.randbytes(size), b"\x89PNG" + rng.randbytes(64), "image/png",
                           1200, 900, caption=caption, is_cover=is_cover)

    return Design(
        code=code, name=f"Kill test {code}", category=Category.RING,
        status=LifecycleStatus.SAMPLING, collection="Faults",
        target_retail_price=Money.of("129.90", "EUR"),
        metals=[MetalLine("AG925", Decimal("3.250"), "band"),
                MetalLine("AU750Y", Decimal("0.0400"), "bezel")],
        stones=[StoneLine("moonstone", "cabochon", 1, Money.of("4.10", "USD"),
                          size_mm=Decimal("5.00")),
                StoneLine("diamond", "round", 3, Money.of("18.333333", "USD"),
                          carat=Decimal("0.015")),
                StoneLine("sapphire", "oval", 2, Money.of("9.50", "USD"),
                          size_mm=Decimal("3.0"))],
        findings=[FindingLine("chain", "cable 1.2 mm", 1, Money.of("2.70", "USD"),
                              length_mm=Decimal("450.0"))],
        platings=[PlatingLine("rhodium", "white", Decimal("0.1"), Money.of("0.60", "USD"))],
        packaging=[PackagingLine("cotton pouch", 1, Money.of("0.30", "USD"))],
        images=[image("render", True), image("sketch", False)],
    )


def designs_to_save(seed: int) -> Iterator[Design]:
    """The designs a writer started with this seed saves, in order; the same on every call,
    so a test can tell what each saved design must hold, image bytes included."""
    rng = random.Random(seed)
    for number in itertools.count(1):
        yield design(f"K{seed}-{number}", rng)


def quote(supplier_id: int, design_id: int) -> Quote:
    return Quote(
        supplier_id=supplier_id, design_id=design_id, currency="USD",
        quoted_on=dt.date(2025, 3, 1), valid_until=dt.date(2025, 4, 30),
        tiers=[QuoteTier(50, Decimal("14.50")), QuoteTier(200, Decimal("12.125")),
               QuoteTier(1000, Decimal("10.9"))],
        moq=50, fees=[QuoteFee(FeeKind.MOULD, Decimal("85.00"), refundable_on_order=True),
                      QuoteFee(FeeKind.SAMPLE, Decimal("40"))],
        incoterm=Incoterm.FOB)


def main(path: Path, seed: int) -> None:
    workspace = Workspace.open(path)
    # Everything a save imports or looks up is done before "ready": the kills land in writes.
    designs, quotes = workspace.designs, workspace.quotes
    with workspace.transaction():
        supplier_id = workspace.suppliers.id_for_name(SUPPLIER_NAME)
        if supplier_id is None:
            supplier_id = workspace.suppliers.add(Supplier(SUPPLIER_NAME, "IT", "EUR"))
    print("ready", flush=True)
    for new_design in designs_to_save(seed):
        with workspace.transaction():  # one user action: the design, its images, its quote
            design_id = designs.add(new_design)
            quotes.add(quote(supplier_id, design_id))


def _run_child(path: Path, seed: int, ready: int, errors: int) -> None:
    """In the forked child: stdout to the ready pipe, stderr to the file, then write forever;
    it ends as a Python process would (an exception's traceback on stderr, exit 1)."""
    code = 1
    try:
        null = os.open(os.devnull, os.O_RDONLY)
        os.dup2(null, 0)
        os.dup2(ready, 1)
        os.dup2(errors, 2)
        for fd in (null, ready, errors):
            os.close(fd)
        main(path, seed)
        code = 0
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            sys.stderr.flush()
        os._exit(code)  # never back into the server's loop


def _answer(**values: object) -> None:
    sys.stdout.write(json.dumps(values) + "\n")
    sys.stdout.flush()


def warm_up() -> None:
    """Save one design the writers' way on a scratch workspace, so that what a first save
    imports on demand (sqlite-utils, the repositories) is imported once, before any fork."""
    with tempfile.TemporaryDirectory(prefix="writer-warm-up-") as folder:
        scratch = Path(folder) / "warm-up.jewelbench"
        Workspace.create(scratch).close()
        with Workspace.open(scratch) as workspace, workspace.transaction():
            supplier_id = workspace.suppliers.add(Supplier(SUPPLIER_NAME, "IT", "EUR"))
            design_id = workspace.designs.add(next(designs_to_save(-1)))
            workspace.quotes.add(quote(supplier_id, design_id))
    assert threading.active_count() == 1, "a fork copies only the thread that forks"


def serve(path: Path) -> None:
    """Answer the test's requests, one line each, until its end of the pipe closes:

    `start SEED`  forks a writer: {"pid": PID}, then {"said": its first line} once it said it
                  ("ready\n"; "" if it ended first)
    `poll`        {"running": whether the writer has not ended (it is not reaped yet, so its
                  pid is not reused before the test's kill)}
    `reap`        waits for the writer's end: {"returncode": as subprocess gives it (-9 when
                  killed by SIGKILL), "stderr": what it wrote there}
    """
    warm_up()
    child = 0
    errors = None
    for request in sys.stdin:
        verb, _, argument = request.strip().partition(" ")
        if verb == "start":
            errors = tempfile.TemporaryFile()
            ready_read, ready_write = os.pipe()
            sys.stdout.flush()
            child = os.fork()
            if child == 0:
                os.close(ready_read)
                _run_child(path, int(argument), ready_write, errors.fileno())
            os.close(ready_write)
            _answer(pid=child)
            with os.fdopen(ready_read, "rb") as ready:
                said = ready.readline()  # the test gives up (and kills) if this hangs
            _answer(said=said.decode(errors="replace"))
        elif verb == "poll":
            ended = os.waitid(os.P_PID, child, os.WEXITED | os.WNOHANG | os.WNOWAIT)
            _answer(running=ended is None)
        elif verb == "reap" and errors is not None:
            _, status = os.waitpid(child, 0)
            errors.seek(0)
            _answer(returncode=os.waitstatus_to_exitcode(status),
                    stderr=errors.read().decode(errors="replace"))
            errors.close()
            errors = None
        else:
            _answer(error=f"cannot {request.strip()!r}")


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
