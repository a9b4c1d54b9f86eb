"""A large generated workspace for the startup and scale benchmarks (`write_generated`):
thousands of designs with varied BOMs, drawn from the tables below by a seeded random, with the
demo's brand, prices, suppliers and workshops (tests/benchmarks/generate.py writes larger ones
faster, from the same tables)."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from jewelbench.app.demo.catalogue import CARD, JEWEL_BOX, POUCH, packaging
from jewelbench.app.demo.illustrations import Art, as_design_image, stored_render
from jewelbench.app.demo.suppliers import CURRENCIES
from jewelbench.app.demo.values import d, day, usd
from jewelbench.app.demo.writer import (
    new_workspace,
    write_brand,
    write_prices,
    write_suppliers,
    write_workshops,
)
from jewelbench.domain.entities import (
    Category,
    Design,
    FeeKind,
    FindingLine,
    Incoterm,
    LifecycleStatus,
    MetalLine,
    PlatingLine,
    Quote,
    QuoteFee,
    QuoteTier,
    StoneLine,
    StoneOrigin,
)

PREFIX = {Category.RING: "RG", Category.PENDANT: "PD", Category.EARRINGS: "ER",
          Category.BRACELET: "BR", Category.NECKLACE: "NK", Category.BROOCH: "BC"}
CATEGORIES = (  # weighted as a real catalogue: rings and earrings first
    [Category.RING] * 5 + [Category.EARRINGS] * 4 + [Category.PENDANT] * 4
    + [Category.BRACELET] * 2 + [Category.NECKLACE] * 2 + [Category.BROOCH])
NAMES = ("Luna", "Aria", "Coral", "Nova", "Iris", "Sol", "Marea", "Vela", "Fern", "Ember",
         "Opal", "Willow", "Orbit", "Tide", "Halo", "Sable", "Juniper", "Quill", "Dune", "Lyra",
         "Meridian", "Solstice", "Petra", "Cleo")
FORMS = ("Twist", "Drop", "Knot", "Arc", "Bloom", "Wave", "Dot", "Bar", "Crescent", "Leaf",
         "Spiral", "Link", "Charm", "Pebble", "Signet", "Cluster")
COLLECTIONS = ("Tidal", "Aurelia Fine", "Botanica", "Celestial", "Heritage", "Essentials",
               "Bridal", "Summer Capsule", "Atelier", "Archive")
# (alloy, look); the same alloy may be drawn in another look (vermeil over silver)
ALLOYS = (("AG925", "silver"), ("AG925", "silver"), ("AG925", "yellow_gold"),
          ("AU585Y", "yellow_gold"), ("AU585W", "white_gold"), ("AU750Y", "rich_gold"),
          ("AU750W", "white_gold"), ("PT950", "platinum"), ("BRASS", "brass"))
# weight range in tenths of a gram, by category
WEIGHT = {Category.RING: (25, 80), Category.PENDANT: (15, 60), Category.EARRINGS: (15, 50),
          Category.BRACELET: (60, 200), Category.NECKLACE: (40, 150), Category.BROOCH: (60, 160)}
STONES = (
    ("diamond", "round brilliant", StoneOrigin.LAB_GROWN, "prong", ("1.3", "2.5"), "6.50"),
    ("diamond", "round brilliant", StoneOrigin.NATURAL, "pavé", ("1.1", "1.8"), "14.00"),
    ("sapphire", "oval", StoneOrigin.NATURAL, "bezel", ("3.0", "6.0"), "45.00"),
    ("cubic zirconia", "round brilliant", StoneOrigin.SIMULANT, "bezel", ("2.0", "8.0"), "0.40"),
    ("freshwater cultured pearl", "round", StoneOrigin.NATURAL, "peg", ("6.0", "9.0"), "1.80"),
    ("emerald", "emerald cut", StoneOrigin.NATURAL, "channel", ("3.0", "5.0"), "60.00"),
)
FINDINGS = {
    Category.RING: None,
    Category.PENDANT: ("chain", "Cable chain 1.2 mm", "3.10", "450"),
    Category.EARRINGS: ("ear post", "Ear post 0.8 × 10 mm", "0.60", None),
    Category.BRACELET: ("clasp", "Lobster clasp 12 mm", "0.85", None),
    Category.NECKLACE: ("clasp", "Lobster clasp 9 mm", "0.55", None),
    Category.BROOCH: ("pin back", "Pin back 38 mm with safety catch", "0.65", None),
}
STATUS = ([LifecycleStatus.IDEA] * 3 + [LifecycleStatus.DEVELOPMENT] * 3
          + [LifecycleStatus.SAMPLING] * 2 + [LifecycleStatus.APPROVED]
          + [LifecycleStatus.PRODUCTION] * 4 + [LifecycleStatus.RETIRED])
IMAGE_EVERY = 10
IMAGE_SIZE = 400


def generated_art(category: Category, look: str, stone: str | None) -> Art:
    if category is Category.RING:
        style = "solitaire" if stone else "wave"
    elif category is Category.PENDANT:
        style = "pearl" if stone == "pearl" else "disc"
    elif category is Category.EARRINGS:
        style = "pearl" if stone == "pearl" else "bezel"
    else:
        style = ""
    return Art(category.value, look, stone, style)


def _design(rng: random.Random, index: int, width: int) -> Design:
    """The index-th generated design (the random draws in a fixed order: deterministic)."""
    category = rng.choice(CATEGORIES)
    alloy, look = rng.choice(ALLOYS)
    low, high = WEIGHT[category]
    metals = [MetalLine(alloy, Decimal(rng.randint(low, high)).scaleb(-1))]
    if rng.random() < 0.15:
        metals.append(MetalLine("AG925", Decimal(rng.randint(5, 30)).scaleb(-1),
                                "findings and jump rings"))
    stones = []
    for _ in range(rng.choice((0, 0, 1, 1, 1, 2, 3))):
        kind, shape, origin, setting, (smin, smax), cost = rng.choice(STONES)
        size = Decimal(rng.randint(int(Decimal(smin) * 10), int(Decimal(smax) * 10))).scaleb(-1)
        stones.append(StoneLine(kind, shape, rng.choice((1, 1, 2, 6, 12, 24)), usd(cost),
                                size_mm=size, origin=origin, setting_style=setting))
    findings = []
    finding = FINDINGS[category]
    if finding is not None:
        kind, description, cost, length = finding
        quantity = 2 if category is Category.EARRINGS else 1
        findings.append(FindingLine(kind, description, quantity, usd(cost),
                                    length_mm=d(length) if length else None))
    platings = []
    if look in ("yellow_gold", "brass") and alloy in ("AG925", "BRASS"):
        platings.append(PlatingLine("gold (14k)", "yellow", d("2.5"), usd("3.20"),
                                    guaranteed=alloy == "AG925"))
    elif look == "white_gold":
        platings.append(PlatingLine("rhodium", "white", d("0.2"), usd("4.50")))
    design = Design(
        f"{PREFIX[category]}-{index + 1:0{width}d}",
        f"{rng.choice(NAMES)} {rng.choice(FORMS)} {category.value.capitalize()}",
        category, rng.choice(STATUS), rng.choice(COLLECTIONS),
        target_retail_price=usd(str(rng.randint(6, 400) * 5)),
        metals=metals, stones=stones, findings=findings, platings=platings,
        packaging=packaging(POUCH if alloy in ("AG925", "BRASS") else JEWEL_BOX, CARD))
    if index % IMAGE_EVERY == 0:
        stone_look = None
        if stones:
            stone_look = ("pearl" if "pearl" in stones[0].stone_type else
                          "sapphire" if stones[0].stone_type == "sapphire" else "diamond")
        drawing = stored_render(generated_art(category, look, stone_look),
                                IMAGE_SIZE)  # a handful of drawings, re-used
        design.images = [as_design_image(drawing, "Render")]
    return design


def _quote(rng: random.Random, index: int, design_id: int,
           suppliers: list[tuple[str, int]]) -> Quote:
    name, supplier_id = rng.choice(suppliers)
    base = Decimal(rng.randint(800, 40000)).scaleb(-2)
    return Quote(
        supplier_id=supplier_id, design_id=design_id, currency=CURRENCIES[name],
        quoted_on=day("2026-10-01"), valid_until=day("2027-01-31"),
        reference=f"G-{index + 1:05d}", moq=50,
        tiers=[QuoteTier(q, (base * f).quantize(Decimal("0.01")))
               for q, f in ((50, Decimal("1.00")), (100, Decimal("0.92")),
                            (300, Decimal("0.85")))],
        fees=[QuoteFee(FeeKind.MOULD, d("150"), False), QuoteFee(FeeKind.SAMPLE, d("80"), True)],
        production_lead_time_days=rng.choice((21, 28, 35, 45)),
        deposit_pct=d("30"), incoterm=rng.choice(list(Incoterm)))


def write_generated(path: Path, designs: int = 5000, seed: int = 7) -> None:
    """A large deterministic workspace for the startup benchmark (WorkspaceError if path exists).

    `designs` designs with varied BOMs, every tenth with a small image (a handful of drawings,
    re-used), the demo's suppliers, prices and scenarios, and a quote for about one design in
    twelve. One transaction, as the demo.
    """
    path = Path(path)
    rng = random.Random(seed)
    with new_workspace(path, f"Generated — {designs:,} designs") as ws:
        width = max(4, len(str(designs)))
        with ws.transaction():
            write_brand(ws)
            write_prices(ws)
            suppliers = list(write_suppliers(ws).items())
            write_workshops(ws)
            for index in range(designs):
                design_id = ws.designs.add(_design(rng, index, width))
                if index % 12 == 5:
                    ws.quotes.add(_quote(rng, index, design_id, suppliers))
