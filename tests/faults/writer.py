"""A workspace writer for the kill test: `python writer.py` is its fork server
(tests/fork_server.py).

A writer (main(PATH, SEED), forked for each `start ["PATH", "SEED"]`) opens PATH with
Workspace.open, prints "ready" once, then saves designs forever, each with its full bill of
materials, two images and a quote, all in one transaction (one user action), until it is
killed. Imports no Qt.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import fork_server

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


if __name__ == "__main__":
    fork_server.serve(lambda args: main(Path(args[0]), int(args[1])), warm_up)
