"""Storage test helpers: fully populated domain objects, and ways to look at the file itself.

Imported by the storage tests as `import storage_helpers as make` (pytest puts this folder on
sys.path, as it does for every test folder without an __init__.py).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import sqlite3
from decimal import Decimal
from pathlib import Path

from jewelbench.domain.entities import (
    Category,
    Certification,
    Contact,
    Design,
    DesignImage,
    DueDiligenceItem,
    Equipment,
    FeeKind,
    FindingLine,
    Incoterm,
    InHouseScenario,
    LabourOperation,
    LifecycleStatus,
    Measurement,
    MetalLine,
    Overhead,
    PackagingLine,
    PlatingLine,
    PricingBasis,
    QcCheck,
    QcResult,
    QcStage,
    Quote,
    QuoteFee,
    QuoteTier,
    SampleDecision,
    SamplePhoto,
    SampleRound,
    StaffRole,
    StoneLine,
    StoneOrigin,
    Supplier,
)
from jewelbench.domain.money import Money

# Every byte value, a NUL early on and more than a page of data: what a real PNG/JPEG holds.
IMAGE_BYTES = bytes(range(256)) * 40 + b"\x00\xff\x00"
THUMB_BYTES = b"\x89PNG\r\n\x1a\n" + bytes(range(255, -1, -1)) * 3


def design(code: str = "RG-014", **overrides) -> Design:
    """A design with every part of the BOM filled in, decimals chosen to show lost digits."""
    values = dict(
        code=code, name="Luna stacking ring", category=Category.RING,
        status=LifecycleStatus.SAMPLING, collection="Luna SS25",
        description="Hammered band\nwith a bezel-set moonstone — ünïcode ✓",
        target_retail_price=Money.of("129.90", "EUR"),
        metals=[MetalLine("AG925", Decimal("3.250"), "band"),
                MetalLine("AU750Y", Decimal("0.0400"), "bezel")],
        stones=[StoneLine("moonstone", "cabochon", 1, Money.of("4.10", "USD"),
                          size_mm=Decimal("5.00"), carat=None, origin=StoneOrigin.NATURAL,
                          setting_style="bezel", colour="rainbow", clarity=""),
                StoneLine("diamond", "round", 3, Money.of("18.333333", "USD"),
                          size_mm=None, carat=Decimal("0.015"),
                          origin=StoneOrigin.LAB_GROWN, setting_style="flush",
                          colour="F", clarity="VS1")],
        findings=[FindingLine("chain", "cable 1.2 mm", 1, Money.of("2.70", "USD"),
                              length_mm=Decimal("450.0")),
                  FindingLine("clasp", "spring ring", 1, Money.of("0.35", "USD"))],
        platings=[PlatingLine("gold", "yellow", Decimal("2.50"), Money.of("1.20", "USD"),
                              area_cm2=Decimal("3.75"), guaranteed=True),
                  PlatingLine("rhodium", "white", Decimal("0.1"), Money.of("0.60", "USD"))],
        packaging=[PackagingLine("cotton pouch", 1, Money.of("0.30", "USD")),
                   PackagingLine("care card", 2, Money.of("0.050", "USD"))],
        images=[DesignImage(IMAGE_BYTES, THUMB_BYTES, "image/png", 1200, 900,
                            caption="render", is_cover=True),
                DesignImage(b"\xff\xd8\xff\xe0" + IMAGE_BYTES[::-1], b"\xff\xd8thumb",
                            "image/jpeg", 640, 480, caption="sketch")],
    )
    values.update(overrides)
    return Design(**values)


def supplier(name: str = "Siam Silver Works") -> Supplier:
    return Supplier(
        name=name, country="TH", currency="THB",
        capabilities=["casting", "stone_setting", "plating"],
        contacts=[Contact("Anong K.", "sales", "anong@siamsilver.example", "+66 2 123 4567"),
                  Contact("Somchai P.", "QC lead")],
        certifications=[Certification("RJC", dt.date(2026, 6, 30), "RJC-12345"),
                        Certification("ISO 9001")],
        due_diligence=[DueDiligenceItem("references_checked", True, dt.date(2025, 1, 10),
                                        "two brands"),
                       DueDiligenceItem("factory_visited", False)],
        notes="Min. 50 pcs per style")


def quote(supplier_id: int, design_id: int, revision_id: int | None = None) -> Quote:
    return Quote(
        supplier_id=supplier_id, design_id=design_id, currency="USD",
        quoted_on=dt.date(2025, 3, 1), valid_until=dt.date(2025, 4, 30),
        tech_pack_revision_id=revision_id, reference="Q-2025-031",
        tiers=[QuoteTier(50, Decimal("14.50")), QuoteTier(200, Decimal("12.125")),
               QuoteTier(1000, Decimal("10.9"))],
        moq=50, min_order_value=Decimal("750.00"),
        pricing_basis=PricingBasis.MAKING_PLUS_METAL,
        metal_price_basis_per_g=Decimal("0.98"),
        fees=[QuoteFee(FeeKind.MOULD, Decimal("85.00"), refundable_on_order=True),
              QuoteFee(FeeKind.SAMPLE, Decimal("40"))],
        sample_lead_time_days=14, production_lead_time_days=35,
        deposit_pct=Decimal("30.0"), incoterm=Incoterm.CIF,
        freight_per_shipment=Decimal("120.00"), freight_per_piece=Decimal("0.15"),
        notes="Price holds while silver < 35 USD/oz")


def sample_round(design_id: int, supplier_id: int, revision_id: int | None = None,
                 round_number: int = 1) -> SampleRound:
    return SampleRound(
        design_id=design_id, supplier_id=supplier_id, round_number=round_number,
        requested_on=dt.date(2025, 3, 5), tech_pack_revision_id=revision_id,
        received_on=dt.date(2025, 3, 20), measured_weight_g=Decimal("3.31"),
        measurements=[Measurement("band width", Decimal("2.00"), Decimal("0.10"),
                                  Decimal("2.05")),
                      Measurement("ring size", Decimal("17.3"), Decimal("0.2"),
                                  Decimal("17.6"), unit="mm ID")],
        qc_checks=[QcCheck(QcStage.RAW_CASTING, QcResult.PASS),
                   QcCheck(QcStage.POST_POLISH, QcResult.FAIL, "compound in the bezel"),
                   QcCheck(QcStage.FINAL_AUDIT)],
        photos=[SamplePhoto(IMAGE_BYTES, THUMB_BYTES, "image/png", "front", is_golden=True),
                SamplePhoto(b"\x00" * 10, b"\x01", "image/jpeg")],
        dfm_feedback="Thicken the bezel wall to 0.5 mm",
        decision=SampleDecision.APPROVED_WITH_CHANGES, decided_on=dt.date(2025, 3, 22),
        notes="second courier",
        # the failed post-polish makes this an approval with deviations (schema 5 on)
        deviations="QC stage 4 Post-polish failed: compound in the bezel",
        deviation_reason="Polished again before the shoot — ünïcode ✓")


def scenario(name: str = "Small studio") -> InHouseScenario:
    return InHouseScenario(
        name=name, currency="EUR",
        equipment=[Equipment("SLA printer", Decimal("4999.99"), 4, Decimal("500")),
                   Equipment("Laser welder", Decimal("18000"), 8)],
        overheads=[Overhead("Rent", Decimal("1450.00")), Overhead("Insurance", Decimal("62.5"))],
        staff=[StaffRole("Setter", Decimal("2800.00"), 2, Decimal("152.5")),
               StaffRole("Polisher", Decimal("2300"))],
        labour=[LabourOperation("polish", Decimal("12.5")),
                LabourOperation("set stones", Decimal("4.25"), design_code="RG-014")],
        loaded_hourly_rate=Decimal("38.40"), casting_loss_pct=Decimal("4.5"),
        buyer_premium_pct=Decimal("7.25"), stone_breakage_pct=Decimal("2"),
        error_rate_pct=Decimal("3.0"), consumables_per_piece=Decimal("0.85"),
        notes="Figures from the seed article")


def future_migrations(step) -> tuple[object, int]:
    """The migrations of a future release: today's steps plus `step`, and its version.

    Install with monkeypatch.setattr(schema, "migrations", ...) and "SCHEMA_VERSION"."""
    from sqlite_utils import Migrations

    from jewelbench.storage import schema

    future = Migrations(schema.MIGRATION_SET)
    for name, today in schema._STEPS:
        future(name=name)(today)
    version = len(schema._STEPS) + 1
    future(name=future_migration_name())(step)
    return future, version


def future_migration_name() -> str:
    from jewelbench.storage import schema

    return f"m{len(schema._STEPS) + 1:03d}_test"


def exact(value: object) -> object:
    """A comparable picture of a value where Decimal('3.50') and Decimal('3.5') differ.

    Dataclass equality uses Decimal ==, which would hide a lost trailing zero or a float
    detour; this compares the digits a user typed.
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__,
                {f.name: exact(getattr(value, f.name)) for f in dataclasses.fields(value)
                 if f.compare})  # a row id (compare=False) is where it is kept, not what
    if isinstance(value, Decimal):
        return ("Decimal", str(value))
    if isinstance(value, enum.Enum):
        return (type(value).__name__, value.value)
    if isinstance(value, list | tuple):
        return [exact(item) for item in value]
    if isinstance(value, dict):
        return {key: exact(item) for key, item in value.items()}
    return (type(value).__name__, value)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def sidecars(path: Path) -> list[str]:
    """SQLite's -wal, -shm and -journal files next to path."""
    return sorted(p.name for p in path.parent.iterdir()
                  if p.name.startswith(path.name + "-"))


def query(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the file with plain sqlite3, as a power user would, and close it again.

    A read-write connection: a read-only one cannot remove the -wal/-shm it creates.
    """
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
