"""The demo's four suppliers as data: a casting house in Vicenza, setting specialists in
Bangkok, a high-volume maker in Panyu and a silver workshop in Jaipur, with their contacts,
certifications and how far Aurelia's due diligence on each has gone."""

from __future__ import annotations

from dataclasses import dataclass

from jewelbench.app.demo.values import day
from jewelbench.domain.entities import Certification, Contact, DueDiligenceItem, Supplier

VICENZA = "Fonderia Berica S.r.l."
BANGKOK = "Siam Gem Setting Co., Ltd."
PANYU = "Panyu Jinhui Jewelry Manufacturing Co., Ltd."
JAIPUR = "Jaipur Silvercraft Pvt. Ltd."


@dataclass(frozen=True)
class DemoSupplier:
    name: str
    country: str  # ISO 3166 alpha-2
    currency: str
    capabilities: tuple[str, ...]
    contacts: tuple[tuple[str, ...], ...]  # (name, role, email[, phone])
    certifications: tuple[tuple[str, str, str], ...]  # (name, expires on, reference)
    # (item, done on or None when not done yet[, notes]), in the order they were written
    due_diligence: tuple[tuple[str, str | None] | tuple[str, str | None, str], ...]
    notes: str

    def supplier(self) -> Supplier:
        return Supplier(
            self.name, self.country, self.currency, list(self.capabilities),
            [Contact(*contact) for contact in self.contacts],
            [Certification(name, day(expires_on), reference)
             for name, expires_on, reference in self.certifications],
            [DueDiligenceItem(item, done_on is not None, day(done_on) if done_on else None,
                              *notes)
             for item, done_on, *notes in self.due_diligence],
            self.notes)


SUPPLIERS: tuple[DemoSupplier, ...] = (
    DemoSupplier(
        VICENZA, "IT", "EUR",
        ("cad_design", "3d_printing", "casting", "laser_welding", "plating", "engraving"),
        (("Giulia Marchetti", "Sales", "giulia.marchetti@fonderiaberica.example",
          "+39 0444 512 880"),
         ("Paolo Zanella", "Production manager", "p.zanella@fonderiaberica.example",
          "+39 0444 512 883")),
        (("RJC Code of Practices", "2027-09-30", "RJC-M-11842"),
         ("ISO 9001:2015", "2027-03-15", "IT-QMS-20418")),
        (("references_checked", "2025-12-03", "Two Milan brands, both positive"),
         ("sample_portfolio_seen", "2025-12-03", "Fine casting, crisp engraving"),
         ("factory_visited", "2026-01-23", "Visited during Vicenzaoro January"),
         ("certifications_verified", "2026-01-26", "RJC member list checked"),
         ("track_record_similar_brands", "2026-01-26")),
        "Vicenza casting house, 3 generations. Strong in 18k and fine engraving; "
        "EXW Vicenza, courier on our account."),
    DemoSupplier(
        BANGKOK, "TH", "THB",
        ("stone_setting", "casting", "3d_printing", "laser_welding", "plating"),
        (("Nattapong Srisuk", "Account manager", "nattapong@siamgemsetting.example",
          "+66 2 234 7710"),
         ("Kanya Wongsawat", "QC lead", "kanya.w@siamgemsetting.example")),
        (("RJC Code of Practices", "2026-12-31", "RJC-M-09377"),
         ("ISO 9001:2015", "2026-08-31", "TH-QMS-55102")),
        (("references_checked", "2026-01-15", "Reference from a Copenhagen brand"),
         ("sample_portfolio_seen", "2026-01-15", "Pavé and micro-pavé under 10×"),
         ("certifications_verified", "2026-02-02",
          "ISO certificate lapses Aug 2026: ask for the renewal"),
         ("factory_visited", None, "Planned with the Bangkok Gems & Jewelry Fair"),
         ("track_record_similar_brands", None)),
        "Silom, Bangkok. Setting specialists; consigned centre stones accepted with a "
        "signed memo."),
    DemoSupplier(
        PANYU, "CN", "CNY",
        ("casting", "stone_setting", "plating", "chain_making", "enamelling", "3d_printing"),
        (("Chen Wei (Vivian)", "Sales", "vivian.chen@jinhuijewelry.example", "+86 20 3482 5561"),
         ("Liang Hao", "Engineering", "lianghao@jinhuijewelry.example")),
        (("ISO 9001:2015", "2028-01-20", "CN-QMS-77310"),),
        (("references_checked", "2025-11-20"),
         ("sample_portfolio_seen", "2025-11-20", "Good silver and vermeil; plating "
          "thickness reports with every lot"),
         ("factory_visited", None),
         ("certifications_verified", "2025-12-01"),
         ("track_record_similar_brands", None, "Mostly high-volume fashion brands")),
        "Panyu, Guangzhou. High-volume silver and vermeil; FOB Shenzhen."),
    DemoSupplier(
        JAIPUR, "IN", "INR",
        ("casting", "stone_setting", "engraving", "enamelling", "plating", "chain_making"),
        (("Rohan Mehta", "Director", "rohan@jaipursilvercraft.example", "+91 141 270 4415"),
         ("Priya Sharma", "Export coordinator", "exports@jaipursilvercraft.example")),
        (("RJC Code of Practices", "2027-06-30", "RJC-M-13056"),),
        (("references_checked", "2026-01-08", "A London brand, 6 years of orders"),
         ("sample_portfolio_seen", None),
         ("factory_visited", None),
         ("certifications_verified", "2026-01-10"),
         ("track_record_similar_brands", "2026-01-10", "Makes for three EU brands")),
        "Sitapura, Jaipur. Sterling silver, bezel setting, hand engraving; CIF on "
        "request."),
)
CURRENCIES: dict[str, str] = {row.name: row.currency for row in SUPPLIERS}


def make_suppliers() -> list[Supplier]:
    """The four suppliers as a user enters them (new each call: the repository gives the ids)."""
    return [row.supplier() for row in SUPPLIERS]
