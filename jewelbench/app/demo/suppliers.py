"""The demo's four suppliers: a casting house in Vicenza, setting specialists in Bangkok,
a high-volume maker in Panyu and a silver workshop in Jaipur, with their contacts,
certifications and how far Aurelia's due diligence on each has gone."""

from __future__ import annotations

from jewelbench.app.demo.values import day
from jewelbench.domain.entities import Certification, Contact, DueDiligenceItem, Supplier

VICENZA = "Fonderia Berica S.r.l."
BANGKOK = "Siam Gem Setting Co., Ltd."
PANYU = "Panyu Jinhui Jewelry Manufacturing Co., Ltd."
JAIPUR = "Jaipur Silvercraft Pvt. Ltd."


def due(item: str, done_on: str | None = None, notes: str = "") -> DueDiligenceItem:
    return DueDiligenceItem(item, done_on is not None, day(done_on) if done_on else None, notes)


def make_suppliers() -> list[Supplier]:
    """The four suppliers as a user enters them (new each call: the repository gives the ids)."""
    return [
        Supplier(
            VICENZA, "IT", "EUR",
            ["cad_design", "3d_printing", "casting", "laser_welding", "plating", "engraving"],
            [Contact("Giulia Marchetti", "Sales", "giulia.marchetti@fonderiaberica.example",
                     "+39 0444 512 880"),
             Contact("Paolo Zanella", "Production manager",
                     "p.zanella@fonderiaberica.example", "+39 0444 512 883")],
            [Certification("RJC Code of Practices", day("2027-09-30"), "RJC-M-11842"),
             Certification("ISO 9001:2015", day("2027-03-15"), "IT-QMS-20418")],
            [due("references_checked", "2025-12-03", "Two Milan brands, both positive"),
             due("sample_portfolio_seen", "2025-12-03", "Fine casting, crisp engraving"),
             due("factory_visited", "2026-01-23", "Visited during Vicenzaoro January"),
             due("certifications_verified", "2026-01-26", "RJC member list checked"),
             due("track_record_similar_brands", "2026-01-26")],
            "Vicenza casting house, 3 generations. Strong in 18k and fine engraving; "
            "EXW Vicenza, courier on our account."),
        Supplier(
            BANGKOK, "TH", "THB",
            ["stone_setting", "casting", "3d_printing", "laser_welding", "plating"],
            [Contact("Nattapong Srisuk", "Account manager", "nattapong@siamgemsetting.example",
                     "+66 2 234 7710"),
             Contact("Kanya Wongsawat", "QC lead", "kanya.w@siamgemsetting.example")],
            [Certification("RJC Code of Practices", day("2026-12-31"), "RJC-M-09377"),
             Certification("ISO 9001:2015", day("2026-08-31"), "TH-QMS-55102")],
            [due("references_checked", "2026-01-15", "Reference from a Copenhagen brand"),
             due("sample_portfolio_seen", "2026-01-15", "Pavé and micro-pavé under 10×"),
             due("certifications_verified", "2026-02-02",
                 "ISO certificate lapses Aug 2026: ask for the renewal"),
             due("factory_visited", None, "Planned with the Bangkok Gems & Jewelry Fair"),
             due("track_record_similar_brands", None)],
            "Silom, Bangkok. Setting specialists; consigned centre stones accepted with a "
            "signed memo."),
        Supplier(
            PANYU, "CN", "CNY",
            ["casting", "stone_setting", "plating", "chain_making", "enamelling",
             "3d_printing"],
            [Contact("Chen Wei (Vivian)", "Sales", "vivian.chen@jinhuijewelry.example",
                     "+86 20 3482 5561"),
             Contact("Liang Hao", "Engineering", "lianghao@jinhuijewelry.example")],
            [Certification("ISO 9001:2015", day("2028-01-20"), "CN-QMS-77310")],
            [due("references_checked", "2025-11-20"),
             due("sample_portfolio_seen", "2025-11-20", "Good silver and vermeil; plating "
                 "thickness reports with every lot"),
             due("factory_visited", None),
             due("certifications_verified", "2025-12-01"),
             due("track_record_similar_brands", None, "Mostly high-volume fashion brands")],
            "Panyu, Guangzhou. High-volume silver and vermeil; FOB Shenzhen."),
        Supplier(
            JAIPUR, "IN", "INR",
            ["casting", "stone_setting", "engraving", "enamelling", "plating",
             "chain_making"],
            [Contact("Rohan Mehta", "Director", "rohan@jaipursilvercraft.example",
                     "+91 141 270 4415"),
             Contact("Priya Sharma", "Export coordinator", "exports@jaipursilvercraft.example")],
            [Certification("RJC Code of Practices", day("2027-06-30"), "RJC-M-13056")],
            [due("references_checked", "2026-01-08", "A London brand, 6 years of orders"),
             due("sample_portfolio_seen", None),
             due("factory_visited", None),
             due("certifications_verified", "2026-01-10"),
             due("track_record_similar_brands", "2026-01-10", "Makes for three EU brands")],
            "Sitapura, Jaipur. Sterling silver, bezel setting, hand engraving; CIF on "
            "request."),
    ]
