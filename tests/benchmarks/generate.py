"""A large generated workspace, fast: a brand's whole history for the scale benchmarks.

    .venv/bin/python tests/benchmarks/generate.py OUT.jewelbench --designs 20000

writes 20,000 designs (varied BOMs, an image with its thumbnail on every one), 100,000 quotes
(5 a design, 3 price tiers and 2 fees each) from the demo's 4 suppliers, 5,000 sample rounds
(QC checks, measurements, a photo on one in five), the demo's prices and scenarios, and a
collection plan of 500 designs ("Generated plan"), in one transaction through
jewelbench.storage.bulk (one prepared INSERT per table over all its rows): well under 2
minutes. --quotes and --rounds change the counts (default 5 and 1/4 per design).

app/demo's write_generated adds a row at a time through the repositories; it slows down
quadratically (431 s for 98,000 quotes) because saving a quote first deletes its old fees by
`quote_fees.quote_id`, which had no index before schema 10: every quote read the whole fees
table (docs/performance.md).

Others copy this file with `git show i16-scale:tests/benchmarks/generate.py`; import
`generate(path, designs=...)` to use it from a script.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PLAN_NAME = "Generated plan"
_START = dt.date(2022, 1, 3)


def _dec(value: Decimal) -> str:
    return str(value)


def generate(path: Path, designs: int = 20000, quotes_per_design: float = 5.0,
             rounds: int | None = None, plan_designs: int = 500, seed: int = 7) -> dict[str, int]:
    """Write the workspace at path (which must not exist); returns the rows written per kind."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # fonts for the drawings
    assert app is not None

    from jewelbench.app.demo import catalogue, generated, illustrations, writer
    from jewelbench.app.demo.suppliers import make_suppliers
    from jewelbench.app.demo.values import BASE_CURRENCY
    from jewelbench.domain.brand import Brand
    from jewelbench.domain.entities import Category, LifecycleStatus
    from jewelbench.storage import Workspace
    from jewelbench.storage.bulk import insert_rows, next_id
    from jewelbench.ui.imaging import from_qimage

    path = Path(path)
    rng = random.Random(seed)
    rounds = designs // 4 if rounds is None else rounds
    total_quotes = round(designs * quotes_per_design)
    ws = Workspace.create(path, base_currency=BASE_CURRENCY,
                          name=f"Generated — {designs:,} designs")
    counts: dict[str, int] = {}
    try:
        with ws.transaction():
            db = ws.db
            ws.brand.set(Brand("Aurelia Studio", "Aurelia Studio · 14 Jewellery Quarter · "
                               "Birmingham B18 6HA · United Kingdom", illustrations.brand_logo(),
                               "image/png"))
            writer.write_prices(ws)
            suppliers = writer.write_suppliers(ws)
            currency = {s.name: s.currency for s in make_suppliers()}
            supplier_rows = [(sid, currency[name]) for name, sid in suppliers.items()]
            writer.write_workshops(ws)

            # --- designs and their BOMs, an image on every one ------------------------------
            images: dict[tuple[Any, str, str | None], Any] = {}
            first = next_id(db, "designs")
            design_rows, metals, stones, findings, platings, packaging, pictures = (
                [], [], [], [], [], [], [])
            statuses: list[LifecycleStatus] = []
            width = max(5, len(str(designs)))
            for index in range(designs):
                design_id = first + index
                category = rng.choice(generated.CATEGORIES)
                alloy, look = rng.choice(generated.ALLOYS)
                low, high = generated.WEIGHT[category]
                status = rng.choice(generated.STATUS)
                statuses.append(status)
                made = _START + dt.timedelta(days=index * 1460 // max(designs, 1))
                stamp = f"{made.isoformat()}T{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:00"
                design_rows.append((
                    design_id, f"{generated.PREFIX[category]}-{index + 1:0{width}d}",
                    f"{rng.choice(generated.NAMES)} {rng.choice(generated.FORMS)} "
                    f"{category.value.capitalize()}",
                    rng.choice(generated.COLLECTIONS), category.value, status.value,
                    "", str(rng.randint(6, 400) * 5), "USD", stamp, stamp))
                metals.append((design_id, 0, alloy,
                               _dec(Decimal(rng.randint(low, high)).scaleb(-1)), ""))
                if rng.random() < 0.15:
                    metals.append((design_id, 1, "AG925",
                                   _dec(Decimal(rng.randint(5, 30)).scaleb(-1)),
                                   "findings and jump rings"))
                first_stone = None
                for position in range(rng.choice((0, 0, 1, 1, 1, 2, 3))):
                    kind, shape, origin, setting, (smin, smax), cost = rng.choice(
                        generated.STONES)
                    first_stone = first_stone or kind
                    size = Decimal(rng.randint(int(Decimal(smin) * 10),
                                               int(Decimal(smax) * 10))).scaleb(-1)
                    stones.append((design_id, position, kind, origin.value, shape, _dec(size),
                                   None, "", "", rng.choice((1, 1, 2, 6, 12, 24)), setting,
                                   cost, "USD"))
                finding = generated.FINDINGS[category]
                if finding is not None:
                    kind, description, cost, length = finding
                    findings.append((design_id, 0, kind, description, length,
                                     2 if category is Category.EARRINGS else 1, cost, "USD"))
                if look in ("yellow_gold", "brass") and alloy in ("AG925", "BRASS"):
                    platings.append((design_id, 0, "gold (14k)", "yellow", "2.5", None,
                                     int(alloy == "AG925"), "3.20", "USD"))
                elif look == "white_gold":
                    platings.append((design_id, 0, "rhodium", "white", "0.2", None, 0, "4.50",
                                     "USD"))
                box = catalogue.POUCH if alloy in ("AG925", "BRASS") else catalogue.JEWEL_BOX
                for position, (description, cost) in enumerate((box, catalogue.CARD)):
                    packaging.append((design_id, position, description, 1, cost, "USD"))
                stone_look = None if first_stone is None else (
                    "pearl" if "pearl" in first_stone else
                    "sapphire" if first_stone == "sapphire" else "diamond")
                key = (category, look, stone_look)
                if key not in images:
                    images[key] = from_qimage(illustrations.render_illustration(
                        generated.generated_art(category, look, stone_look), generated.IMAGE_SIZE))
                stored = images[key]
                pictures.append((design_id, 0, "Render", 1, stored.mime_type, stored.width,
                                 stored.height, stored.image, stored.thumbnail))
            counts["designs"] = insert_rows(db, "designs", (
                "id", "code", "name", "collection", "category", "status", "description",
                "target_retail_price", "target_retail_currency", "created_at", "updated_at"),
                design_rows)
            insert_rows(db, "bom_metals", ("design_id", "position", "alloy_code",
                                           "finished_weight_g", "notes"), metals)
            insert_rows(db, "bom_stones", (
                "design_id", "position", "stone_type", "origin", "shape", "size_mm", "carat",
                "colour", "clarity", "quantity", "setting_style", "unit_cost", "currency"),
                stones)
            insert_rows(db, "bom_findings", ("design_id", "position", "kind", "description",
                                             "length_mm", "quantity", "unit_cost", "currency"),
                        findings)
            insert_rows(db, "bom_platings", (
                "design_id", "position", "plating_type", "colour", "thickness_um", "area_cm2",
                "guaranteed", "unit_cost", "currency"), platings)
            insert_rows(db, "bom_packaging", ("design_id", "position", "description",
                                              "quantity", "unit_cost", "currency"), packaging)
            counts["design images"] = insert_rows(db, "design_images", (
                "design_id", "position", "caption", "is_cover", "mime_type", "width", "height",
                "image", "thumbnail"), pictures)
            del design_rows, metals, stones, findings, platings, packaging, pictures

            # --- quotes: each design gets its share, suppliers in turn -----------------------
            counts.update(_write_quotes(db, insert_rows, next_id, rng, first, designs,
                                        total_quotes, supplier_rows))
            # --- sample rounds for designs past the idea stage --------------------------------
            sampled = [first + i for i, status in enumerate(statuses)
                       if status not in (LifecycleStatus.IDEA, LifecycleStatus.DEVELOPMENT)]
            photo = from_qimage(illustrations.render_illustration(
                generated.generated_art(Category.RING, "silver", "diamond"), 480, photo=True))
            counts.update(_write_rounds(db, insert_rows, next_id, rng, sampled or
                                        [first + i for i in range(designs)], rounds,
                                        [sid for sid, _ in supplier_rows], photo))
            # --- one collection plan of plan_designs designs --------------------------------
            plan_id = next_id(db, "collection_plans")
            insert_rows(db, "collection_plans", ("id", "name", "notes"),
                        [(plan_id, PLAN_NAME, "Generated for the scale benchmark")])
            chosen = rng.sample(range(first, first + designs), min(plan_designs, designs))
            counts["plan lines"] = insert_rows(
                db, "plan_lines", ("plan_id", "design_id", "volume"),
                [(plan_id, design_id, rng.choice((100, 200, 300, 500, 1000)))
                 for design_id in sorted(chosen)])
    except BaseException:
        ws.close()
        for leftover in (path, path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    ws.close()
    return counts


def _spread(total: int, parts: int) -> Iterator[int]:
    """total split over parts as evenly as whole numbers allow."""
    for part in range(parts):
        yield total * (part + 1) // parts - total * part // parts


def _write_quotes(db: Any, insert_rows: Any, next_id: Any, rng: random.Random, first: int,
                  designs: int, total: int, suppliers: list[tuple[int, str]]) -> dict[str, int]:
    quote_id = next_id(db, "quotes")
    rows, tiers, fees = [], [], []
    for index, count in enumerate(_spread(total, designs)):
        base = Decimal(rng.randint(800, 40000)).scaleb(-2)
        for n in range(count):
            supplier_id, currency = suppliers[(index + n) % len(suppliers)]
            quoted = _START + dt.timedelta(days=rng.randint(0, 1700))
            price = (base * Decimal(rng.randint(85, 120)) / 100).quantize(Decimal("0.01"))
            rows.append((
                quote_id, supplier_id, first + index, None, f"G-{quote_id:06d}", currency,
                quoted.isoformat(), (quoted + dt.timedelta(days=120)).isoformat(),
                rng.choice((30, 50, 100)), "0", "all_in", None, rng.choice((10, 14, 21)),
                rng.choice((21, 28, 35, 45)), "30", rng.choice(("EXW", "FOB", "CIF", "DDP")),
                "0", "0", ""))
            for quantity, factor in ((50, "1.00"), (100, "0.92"), (300, "0.85")):
                tiers.append((quote_id, quantity,
                              _dec((price * Decimal(factor)).quantize(Decimal("0.01")))))
            fees.append((quote_id, "mould", str(rng.choice((90, 150, 220))), 0))
            fees.append((quote_id, "sample", "80", 1))
            quote_id += 1
    written = insert_rows(db, "quotes", (
        "id", "supplier_id", "design_id", "tech_pack_revision_id", "reference", "currency",
        "quoted_on", "valid_until", "moq", "min_order_value", "pricing_basis",
        "metal_price_basis_per_g", "sample_lead_time_days", "production_lead_time_days",
        "deposit_pct", "incoterm", "freight_per_shipment", "freight_per_piece", "notes"), rows)
    insert_rows(db, "quote_tiers", ("quote_id", "min_quantity", "unit_price"), tiers)
    insert_rows(db, "quote_fees", ("quote_id", "kind", "amount", "refundable_on_order"), fees)
    return {"quotes": written, "quote tiers": len(tiers), "quote fees": len(fees)}


def _write_rounds(db: Any, insert_rows: Any, next_id: Any, rng: random.Random,
                  designs: list[int], total: int, suppliers: list[int],
                  photo: Any) -> dict[str, int]:
    round_id = next_id(db, "sample_rounds")
    rows, checks, measurements, photos = [], [], [], []
    made = 0
    position = 0
    while made < total:
        if position == len(designs) * len(suppliers):
            break  # every design has had rounds with every supplier
        design_id = designs[position % len(designs)]
        supplier_id = suppliers[(position % len(designs) + position // len(designs))
                                % len(suppliers)]
        position += 1
        number_of_rounds = min(rng.choice((1, 1, 1, 2, 2, 3)), total - made)
        requested = _START + dt.timedelta(days=rng.randint(0, 1500))
        for number in range(1, number_of_rounds + 1):
            last = number == number_of_rounds
            received = requested + dt.timedelta(days=rng.randint(10, 30))
            decision = (rng.choice(("approved", "approved", "approved_with_changes"))
                        if last else "rejected")
            rows.append((round_id, design_id, supplier_id, number, requested.isoformat(),
                         received.isoformat(), _dec(Decimal(rng.randint(20, 90)).scaleb(-1)),
                         "" if last else "Thicken the bezel wall", decision,
                         (received + dt.timedelta(days=2)).isoformat(), ""))
            for stage in (1, 2, 6):
                checks.append((round_id, stage, "pass", ""))
            for dimension, nominal in (("band width", "2.00"), ("ring size", "17.3")):
                measurements.append((round_id, dimension, "mm", nominal, "0.10",
                                     _dec(Decimal(nominal) + Decimal(rng.randint(-8, 8)) / 100)))
            if round_id % 5 == 0:
                photos.append((round_id, "front", int(last), photo.mime_type, photo.image,
                               photo.thumbnail))
            requested = received + dt.timedelta(days=7)
            round_id += 1
            made += 1
    written = insert_rows(db, "sample_rounds", (
        "id", "design_id", "supplier_id", "round_number", "requested_on", "received_on",
        "measured_weight_g", "dfm_feedback", "decision", "decided_on", "notes"), rows)
    insert_rows(db, "qc_checks", ("sample_round_id", "stage", "result", "notes"), checks)
    insert_rows(db, "sample_measurements", ("sample_round_id", "dimension", "unit", "nominal",
                                            "tolerance", "measured"), measurements)
    insert_rows(db, "sample_photos", ("sample_round_id", "caption", "is_golden", "mime_type",
                                      "image", "thumbnail"), photos)
    return {"sample rounds": written, "sample photos": len(photos)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="the workspace to write (must not exist)")
    parser.add_argument("--designs", type=int, default=20000)
    parser.add_argument("--quotes", type=float, default=5.0, help="quotes per design")
    parser.add_argument("--rounds", type=int, default=None,
                        help="sample rounds in all (default: a quarter of the designs)")
    parser.add_argument("--plan", type=int, default=500, help="designs in the plan")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists already")
    started = time.perf_counter()
    counts = generate(args.out, designs=args.designs, quotes_per_design=args.quotes,
                      rounds=args.rounds, plan_designs=args.plan, seed=args.seed)
    took = time.perf_counter() - started
    size = args.out.stat().st_size
    print(", ".join(f"{count:,} {what}" for what, count in counts.items()))
    print(f"written in {took:.1f} s: {args.out} ({size / 2**20:,.0f} MiB, "
          f"{size / max(args.designs, 1) / 1024:.1f} KiB per design)")


if __name__ == "__main__":
    main()
