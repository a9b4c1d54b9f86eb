"""What the demo's costing reads besides designs and quotes, as data: metal prices and FX rates
through 2026, the two in-house workshops weighed against buying, the landing terms of each
supplier into the UK, and the collection plans."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from typing import Any

from jewelbench.app.demo.suppliers import BANGKOK, JAIPUR, PANYU, VICENZA
from jewelbench.app.demo.values import BASE_CURRENCY, d, day, usd
from jewelbench.domain.costing_inputs import CustomsBasis, InHouseTerms, LandedCostTerms
from jewelbench.domain.customs import CustomsSettings
from jewelbench.domain.entities import (
    Equipment,
    FxRate,
    InHouseScenario,
    LabourOperation,
    MetalPrice,
    Overhead,
    StaffRole,
)

# --- prices ------------------------------------------------------------------------------

PRICE_DATES = ("2026-01-05", "2026-03-02", "2026-05-04", "2026-07-01", "2026-09-01",
               "2026-11-02")
METAL_PRICES_USD = {  # per troy ounce of fine metal
    "gold": ("3920.50", "3985.20", "4061.80", "3994.40", "4110.75", "4182.30"),
    "silver": ("45.82", "47.15", "49.63", "48.27", "50.91", "51.68"),
    "platinum": ("1462.00", "1508.50", "1591.25", "1540.80", "1612.40", "1647.90"),
}
FX_TO_USD = {  # USD for 1 unit of the currency
    "EUR": ("1.1582", "1.1624", "1.1710", "1.1655", "1.1738", "1.1681"),
    "THB": ("0.02981", "0.03012", "0.03054", "0.03031", "0.03068", "0.03089"),
    "CNY": ("0.13921", "0.13978", "0.14052", "0.14013", "0.14090", "0.14118"),
    "INR": ("0.011382", "0.011418", "0.011309", "0.011271", "0.011352", "0.011391"),
}


def metal_prices() -> list[MetalPrice]:
    return [MetalPrice(metal, day(on), usd(price), "LBMA PM price, entered by hand")
            for metal, prices in METAL_PRICES_USD.items()
            for on, price in zip(PRICE_DATES, prices)]


def fx_rates() -> list[FxRate]:
    return [FxRate(day(on), currency, BASE_CURRENCY, d(rate))
            for currency, rates in FX_TO_USD.items() for on, rate in zip(PRICE_DATES, rates)]


# --- in-house scenarios ------------------------------------------------------------------


@dataclass(frozen=True)
class DemoWorkshop:
    """An in-house scenario: a workshop Aurelia could set up instead of buying."""

    name: str
    _: KW_ONLY
    equipment: tuple[tuple[str, str, int, str], ...]  # (name, cost, life in years, salvage)
    overheads: tuple[tuple[str, str], ...]  # (name, a month)
    staff: tuple[tuple[str, str, str], ...]  # (role, salary a month, hours a month)
    labour: tuple[tuple[str, str, str | None], ...]  # (operation, minutes, design or None)
    loaded_hourly_rate: str
    casting_loss_pct: str
    buyer_premium_pct: str
    stone_breakage_pct: str
    error_rate_pct: str
    consumables_per_piece: str
    notes: str
    # The people are the bench: their salaries pay the bench minutes (not a second time at
    # the loaded rate), and this role is who joins when the hours run out.
    capacity_step_role: str

    def scenario(self) -> InHouseScenario:
        return InHouseScenario(
            self.name, BASE_CURRENCY,
            equipment=[Equipment(name, d(cost), years, d(salvage))
                       for name, cost, years, salvage in self.equipment],
            overheads=[Overhead(name, d(monthly)) for name, monthly in self.overheads],
            staff=[StaffRole(role, d(salary), hours_per_month=d(hours))
                   for role, salary, hours in self.staff],
            labour=[LabourOperation(operation, d(minutes), code)
                    for operation, minutes, code in self.labour],
            loaded_hourly_rate=d(self.loaded_hourly_rate),
            casting_loss_pct=d(self.casting_loss_pct),
            buyer_premium_pct=d(self.buyer_premium_pct),
            stone_breakage_pct=d(self.stone_breakage_pct),
            error_rate_pct=d(self.error_rate_pct),
            consumables_per_piece=d(self.consumables_per_piece), notes=self.notes)

    def terms(self) -> InHouseTerms:
        return InHouseTerms(labour_in_salaries=True, capacity_step_role=self.capacity_step_role)


FULL_TIME = "160"  # hours a month
WORKSHOPS: tuple[DemoWorkshop, ...] = (
    DemoWorkshop(
        "Small studio workshop",
        equipment=(
            ("3D printer (SLA/DLP), castable resin", "25000", 5, "2500"),
            ("Vacuum casting machine and burnout kiln", "12000", 10, "1500"),
            ("Electroforming unit", "6000", 8, "500"),
            ("Rolling mill & draw bench", "9000", 10, "1500"),
            ("Laser welder", "28000", 8, "3000"),
            ("Polishing motor with dust extraction", "3500", 8, "200"),
            ("Ultrasonic cleaner", "1800", 6, "100"),
            ("Steam cleaner", "2400", 6, "150"),
            ("Setting microscope and bench tools", "8500", 7, "500")),
        overheads=(
            ("Rent (80 m² studio)", "3200"), ("Utilities", "650"),
            ("Insurance (stock and liability)", "420"), ("Security and alarm monitoring", "180"),
            ("Software (CAD licences)", "310"), ("Equipment maintenance", "350")),
        staff=(
            ("Designer", "5200", FULL_TIME), ("3D modeller", "4600", FULL_TIME),
            ("Caster", "3900", FULL_TIME), ("Stone setter", "4800", FULL_TIME),
            ("Polisher", "3600", FULL_TIME), ("QC and packing", "1700", "80")),
        labour=(
            ("CAD", "3", None), ("3D printing", "4", None), ("Casting", "6", None),
            ("Clean-up (sprue, file, pre-polish)", "12", None), ("Stone setting", "10", None),
            ("Polishing", "15", None), ("QC", "4", None),
            ("Stone setting", "55", "RG-014"), ("Stone setting", "140", "BR-005"),
            ("Stone setting", "0", "RG-021"), ("Polishing", "25", "BR-002")),
        loaded_hourly_rate="38", casting_loss_pct="6", buyer_premium_pct="4",
        stone_breakage_pct="2", error_rate_pct="5", consumables_per_piece="2.80",
        notes="Figures from the seed article's ranges: a minimal workshop of about "
              "96,000 USD of equipment and six people.",
        capacity_step_role="Stone setter"),
    DemoWorkshop(
        "Lean bench (one setter)",
        equipment=(
            ("Desktop resin printer", "6000", 5, "300"),
            ("Small vacuum caster and kiln", "5500", 8, "500"),
            ("Rolling mill", "3200", 10, "600"),
            ("Polishing motor, ultrasonic and steam", "3900", 7, "200"),
            ("Bench, flex shaft and setting tools", "4200", 7, "300")),
        overheads=(
            ("Shared studio bench", "950"), ("Utilities", "180"), ("Insurance", "160"),
            ("Software", "120"), ("Maintenance", "90")),
        staff=(("Owner-designer", "4500", FULL_TIME),
               ("Bench jeweller and setter", "4200", FULL_TIME)),
        labour=(
            ("CAD", "5", None), ("3D printing", "5", None), ("Casting", "8", None),
            ("Clean-up (sprue, file, pre-polish)", "15", None), ("Stone setting", "14", None),
            ("Polishing", "18", None), ("QC", "5", None)),
        loaded_hourly_rate="32", casting_loss_pct="7", buyer_premium_pct="6",
        stone_breakage_pct="3", error_rate_pct="7", consumables_per_piece="3.20",
        notes="Two people at one bench; casting in small flasks.",
        capacity_step_role="Bench jeweller and setter"),
)


# --- landing terms and plans -------------------------------------------------------------

# Aurelia imports into the UK (Birmingham). UK customs values imports at the border, so duty
# is charged on the CIF value. Duty: the UK Global Tariff rate for jewellery of precious metal
# (HS 7113, 2 %) from Thailand, China and India; 0 % from Italy under the UK–EU Trade and
# Cooperation Agreement (EU preferential origin, stated on the invoice). Terms are per
# supplier: Jaipur's brass brooch (HS 7117) is costed at its silver rate. The workspace's
# importing country is the UK (CIF basis, 20 % import VAT, VAT-registered: reclaimed, so cash
# and not a cost); the moulds and the stones Aurelia consigns are assists in the customs value
# (issue 15). Each supplier's freight is the forwarder to the UK border; the van from the port
# to Birmingham is inland freight, invoiced apart and not dutiable. Amounts are the brand's
# own costs, in the base currency (USD).
LANDED_TERMS: dict[str, dict[str, str | int]] = {
    VICENZA: dict(duty_pct="0", insurance_pct="0.3", freight_per_shipment="60",
                  fx_buffer_pct="2", defect_allowance_pct="1", shipments_per_year=4,
                  inland_freight_per_shipment="35"),
    BANGKOK: dict(duty_pct="2", insurance_pct="0.4", freight_per_shipment="210",
                  inspection_per_shipment="180", fx_buffer_pct="3",
                  defect_allowance_pct="1.5", shipments_per_year=4,
                  inland_freight_per_shipment="35"),
    PANYU: dict(duty_pct="2", insurance_pct="0.4", freight_per_shipment="260",
                inspection_per_shipment="220", fx_buffer_pct="3", defect_allowance_pct="2",
                shipments_per_year=3, inland_freight_per_shipment="35"),
    JAIPUR: dict(duty_pct="2", insurance_pct="0.5", freight_per_shipment="180",
                 inspection_per_piece="0.35", fx_buffer_pct="4", defect_allowance_pct="2.5",
                 shipments_per_year=3, inland_freight_per_shipment="35"),
}

# Collection plans: pieces a year per design. Each has a supplier that quoted all of it.
PLANS: tuple[tuple[str, str, tuple[tuple[str, int], ...]], ...] = (
    ("Tidal 2027", "Tidal's silver pendants and the vermeil bracelet for 2027.",
     (("PD-003", 600), ("PD-009", 300), ("BR-002", 250))),
    ("Aurelia Fine 2027", "The lab-grown diamond halo pieces of the fine line.",
     (("RG-014", 150), ("PD-012", 100))),
)

# The importing country: the UK, duty on the CIF value; VAT-registered (import VAT reclaimed).
CUSTOMS = CustomsSettings("GB", None, True)


def landed_terms(values: dict[str, str | int]) -> LandedCostTerms:
    counts = {"shipments_per_year"}
    terms: dict[str, Any] = {
        key: (int(value) if key in counts else d(str(value)))
        for key, value in values.items()}
    return LandedCostTerms(customs_basis=CustomsBasis.CIF, basis_from_country=True, **terms)
