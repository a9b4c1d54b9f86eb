"""The demo's catalogue as data: fifteen designs in three collections, spread over the lifecycle,
each with its bill of materials, its picture, its tech pack dimensions and its revisions.

A row holds text, as a user types it; `DemoDesign.design()` makes the Design the repositories
take, and `tech_pack_draft()` the sections a designer would write for a revision.
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass
from typing import NamedTuple

from jewelbench.app.demo.illustrations import Art
from jewelbench.app.demo.values import d, usd
from jewelbench.domain.alloys import alloy_by_code
from jewelbench.domain.entities import (
    Category,
    Design,
    DesignImage,
    FindingLine,
    LifecycleStatus,
    MetalLine,
    PackagingLine,
    PlatingLine,
    StoneLine,
    StoneOrigin,
)
from jewelbench.domain.techpacks import Dimension, Finish, Hallmarks, TechPackDraft


class Metal(NamedTuple):
    alloy: str  # a code of jewelbench.domain.alloys
    weight_g: str
    part: str = ""  # what of the piece it is ("pair", "clasp")


class Stone(NamedTuple):
    kind: str
    shape: str
    quantity: int
    cost_usd: str  # each
    size_mm: str
    origin: StoneOrigin
    setting: str
    colour: str
    clarity: str
    carat: str | None = None  # None: pearls and simulants are not sold by the carat


class Finding(NamedTuple):
    kind: str
    description: str
    quantity: int
    cost_usd: str  # each
    length_mm: str | None = None  # chains and thread are sold by length


class Plating(NamedTuple):
    kind: str
    colour: str
    thickness_um: str
    cost_usd: str  # per piece
    area_cm2: str | None = None
    guaranteed: bool = False  # a guaranteed minimum (vermeil), not a commercial flash


POUCH = ("Cotton pouch, embossed logo", "0.90")
CARD = ("Care card, recycled board", "0.35")
RING_BOX = ("Ring box, sage velvet", "6.80")
JEWEL_BOX = ("Jewelry box, sage velvet", "7.40")


def packaging(*items: tuple[str, str]) -> list[PackagingLine]:
    """One of each item: (description, cost in USD)."""
    return [PackagingLine(name, 1, usd(cost)) for name, cost in items]


@dataclass(frozen=True)
class DemoDesign:
    """A design of the demo, its picture and its tech pack plan."""

    code: str
    name: str
    category: Category
    status: LifecycleStatus
    collection: str
    retail_usd: str
    description: str
    _: KW_ONLY
    metals: tuple[Metal, ...]
    stones: tuple[Stone, ...] = ()
    findings: tuple[Finding, ...] = ()
    platings: tuple[Plating, ...] = ()
    packaging: tuple[tuple[str, str], ...] = (POUCH, CARD)
    art: Art
    dims: tuple[tuple[str, str, str], ...]  # (dimension, nominal mm, ± tolerance mm)
    weight_tolerance_g: str
    hallmark_position: str
    dfm_notes: str = ""
    laser_serial: bool = False
    # tech pack plan: (revision, issued on or None for a draft, change note)
    revisions: tuple[tuple[str, str | None, str], ...] = ()

    def design(self, images: list[DesignImage] | None = None) -> Design:
        """The Design as a user enters it (a new one each call: the repositories give it its
        id)."""
        return Design(
            self.code, self.name, self.category, self.status, self.collection,
            self.description, usd(self.retail_usd),
            metals=[MetalLine(m.alloy, d(m.weight_g), m.part) for m in self.metals],
            stones=[StoneLine(s.kind, s.shape, s.quantity, usd(s.cost_usd), size_mm=d(s.size_mm),
                              carat=d(s.carat) if s.carat else None, origin=s.origin,
                              setting_style=s.setting, colour=s.colour, clarity=s.clarity)
                    for s in self.stones],
            findings=[FindingLine(f.kind, f.description, f.quantity, usd(f.cost_usd),
                                  length_mm=d(f.length_mm) if f.length_mm else None)
                      for f in self.findings],
            platings=[PlatingLine(p.kind, p.colour, d(p.thickness_um), usd(p.cost_usd),
                                  area_cm2=d(p.area_cm2) if p.area_cm2 else None,
                                  guaranteed=p.guaranteed)
                      for p in self.platings],
            packaging=packaging(*self.packaging),
            images=list(images or []))


TIDAL, FINE, BOTANICA = "Tidal", "Aurelia Fine", "Botanica"
RING, PENDANT, EARRINGS, BRACELET, NECKLACE, BROOCH = (
    Category.RING, Category.PENDANT, Category.EARRINGS, Category.BRACELET, Category.NECKLACE,
    Category.BROOCH)
IDEA, DEVELOPMENT, SAMPLING, APPROVED, PRODUCTION, RETIRED = (
    LifecycleStatus.IDEA, LifecycleStatus.DEVELOPMENT, LifecycleStatus.SAMPLING,
    LifecycleStatus.APPROVED, LifecycleStatus.PRODUCTION, LifecycleStatus.RETIRED)
LAB, NATURAL, SIMULANT = StoneOrigin.LAB_GROWN, StoneOrigin.NATURAL, StoneOrigin.SIMULANT
RHODIUM_WG = Plating("rhodium", "white", "0.2", "4.50")
VERMEIL = Plating("gold (14k)", "yellow", "2.5", "3.20", area_cm2="6.5", guaranteed=True)
STERLING_CLASP_9MM = Finding("clasp", "Lobster clasp 9 mm, sterling", 1, "0.55")
STERLING_JUMP_RINGS = Finding("jump ring", "Jump ring 4 mm closed, sterling", 2, "0.08")
FIRST_ISSUE = "First issue"

CATALOGUE: tuple[DemoDesign, ...] = (
    DemoDesign(
        "RG-014", "Solitaire Halo Ring", RING, PRODUCTION, FINE, "2450",
        "A 1 ct round lab-grown diamond in four claws over a pavé halo; "
        "the best-seller of the Aurelia Fine line.",
        metals=(Metal("AU585W", "3.8"),),
        stones=(Stone("diamond", "round brilliant", 1, "420", "6.5", LAB, "4-claw prong", "F",
                      "VS1", carat="1.00"),
                Stone("diamond", "round brilliant", 18, "6.50", "1.3", LAB, "pavé halo", "G",
                      "VS2", carat="0.01")),
        platings=(RHODIUM_WG,), packaging=(RING_BOX, CARD),
        art=Art("ring", "white_gold", "diamond", "halo"),
        dims=(("band width", "2.0", "0.1"), ("band thickness", "1.6", "0.1"),
              ("head height", "6.2", "0.2"), ("inner diameter (US 6.5)", "16.9", "0.1")),
        weight_tolerance_g="0.25", hallmark_position="inside shank",
        dfm_notes="Claws 0.9 mm minimum in 14k white; open the halo gallery so ultrasonic "
                  "cleaning reaches under the melee.", laser_serial=True,
        revisions=(("A", "2026-02-16", FIRST_ISSUE),
                   ("B", "2026-05-11", "Claws thickened to 0.9 mm after round-1 sample; "
                                       "halo gallery opened for cleaning"))),
    DemoDesign(
        "RG-021", "Tidal Band", RING, PRODUCTION, TIDAL, "95",
        "A wide sterling band with an engraved swell pattern.",
        metals=(Metal("AG925", "5.6"),),
        art=Art("ring", "silver", None, "wave"),
        dims=(("band width", "5.0", "0.15"), ("band thickness", "1.8", "0.1"),
              ("inner diameter (US 7)", "17.3", "0.1")),
        weight_tolerance_g="0.3", hallmark_position="inside shank",
        dfm_notes="Engraving depth 0.25 mm: cast it, do not cut it by hand.",
        revisions=(("A", "2026-01-20", FIRST_ISSUE),)),
    DemoDesign(
        "RG-027", "Sapphire Trio Ring", RING, SAMPLING, FINE, "2900",
        "An oval Ceylon sapphire between two round diamonds, in 18k yellow gold.",
        metals=(Metal("AU750Y", "4.6"),),
        stones=(Stone("sapphire", "oval", 1, "380", "5.0", NATURAL, "4-claw prong",
                      "royal blue", "eye clean", carat="0.45"),
                Stone("diamond", "round brilliant", 2, "95", "2.5", NATURAL, "prong", "G", "VS2",
                      carat="0.06")),
        packaging=(RING_BOX, CARD),
        art=Art("ring", "rich_gold", "sapphire", "trio", accent="diamond"),
        dims=(("band width", "2.2", "0.1"), ("head height", "6.8", "0.2"),
              ("inner diameter (US 6.5)", "16.9", "0.1")),
        weight_tolerance_g="0.3", hallmark_position="inside shank",
        dfm_notes="Sapphire is consigned by Aurelia: count stones in and out.",
        laser_serial=True,
        revisions=(("A", "2026-08-24", FIRST_ISSUE),
                   ("B", None, "Raise the gallery 0.3 mm so the culet clears the finger; "
                               "widen the shoulders to 2.4 mm"))),
    DemoDesign(
        "RG-033", "Pavé Stacker", RING, DEVELOPMENT, FINE, "690",
        "A slim stacking band, pavé across the top third.",
        metals=(Metal("AU585Y", "3.1"),),
        stones=(Stone("diamond", "round brilliant", 11, "7.80", "1.5", LAB, "pavé (bead set)",
                      "G", "VS2", carat="0.015"),),
        packaging=(RING_BOX, CARD),
        art=Art("ring", "yellow_gold", "diamond", "pave"),
        dims=(("band width", "1.8", "0.1"), ("inner diameter (US 6)", "16.5", "0.1")),
        weight_tolerance_g="0.2", hallmark_position="inside shank",
        revisions=(("A", None, "Draft for CAD review"),)),
    DemoDesign(
        "RG-040", "Platinum Eternity Band", RING, IDEA, FINE, "4900",
        "Full eternity in platinum, channel set; for the bridal capsule.",
        metals=(Metal("PT950", "6.2"),),
        stones=(Stone("diamond", "round brilliant", 20, "68", "2.2", NATURAL, "channel", "F",
                      "VS1", carat="0.04"),),
        packaging=(RING_BOX, CARD),
        art=Art("ring", "platinum", "diamond", "eternity"),
        dims=(("band width", "2.5", "0.1"),),
        weight_tolerance_g="0.3", hallmark_position="inside shank"),
    DemoDesign(
        "PD-003", "Wave Disc Pendant", PENDANT, PRODUCTION, TIDAL, "120",
        "An engraved disc in gold vermeil on an 18-inch cable chain.",
        metals=(Metal("AG925", "3.4"),),
        findings=(Finding("chain", "Cable chain 1.2 mm, sterling", 1, "3.10", length_mm="450"),
                  STERLING_CLASP_9MM, STERLING_JUMP_RINGS),
        platings=(VERMEIL,),
        art=Art("pendant", "yellow_gold", None, "disc"),
        dims=(("disc diameter", "18.0", "0.2"), ("disc thickness", "1.2", "0.1"),
              ("bail inner diameter", "3.5", "0.2"), ("chain length", "450", "5")),
        weight_tolerance_g="0.2", hallmark_position="back of the disc",
        dfm_notes="Vermeil: 2.5 µm minimum of 14k gold, XRF on every lot.",
        revisions=(("A", "2026-01-12", FIRST_ISSUE),)),
    DemoDesign(
        "PD-009", "Pearl Drop Pendant", PENDANT, APPROVED, TIDAL, "140",
        "A freshwater drop pearl under a small sterling cap.",
        metals=(Metal("AG925", "2.1"),),
        stones=(Stone("freshwater cultured pearl", "drop", 1, "6.50", "8.5", NATURAL,
                      "cap and peg, glued", "white", "AA lustre"),),
        findings=(Finding("chain", "Box chain 1.0 mm, sterling", 1, "2.90", length_mm="420"),
                  STERLING_CLASP_9MM),
        platings=(Plating("rhodium", "white", "0.1", "0.60"),),
        art=Art("pendant", "silver", "pearl", "pearl"),
        dims=(("pearl length", "8.5", "0.3"), ("cap diameter", "4.0", "0.2"),
              ("chain length", "420", "5")),
        weight_tolerance_g="0.15", hallmark_position="on the bail",
        dfm_notes="Drill the pearl 2/3 deep, centred; two-part epoxy only.",
        revisions=(("A", "2026-04-06", FIRST_ISSUE),)),
    DemoDesign(
        "PD-012", "Halo Pear Pendant", PENDANT, SAMPLING, FINE, "1890",
        "A pear lab-grown diamond in a halo, on a 14k white cable chain.",
        metals=(Metal("AU585W", "2.4"),),
        stones=(Stone("diamond", "pear", 1, "310", "7.0", LAB, "3-claw + V tip", "F", "VS1",
                      carat="0.75"),
                Stone("diamond", "round brilliant", 16, "5.90", "1.2", LAB, "pavé halo", "G",
                      "VS2", carat="0.01")),
        findings=(Finding("chain", "Cable chain 1.0 mm, 14k white", 1, "145", length_mm="450"),
                  Finding("clasp", "Lobster clasp 8 mm, 14k white", 1, "38"),
                  Finding("jump ring", "Jump ring 3.5 mm, 14k white", 1, "4.20")),
        platings=(RHODIUM_WG,), packaging=(JEWEL_BOX, CARD),
        art=Art("pendant", "white_gold", "diamond", "pear"),
        dims=(("pendant height", "14.0", "0.2"), ("pendant width", "8.5", "0.2"),
              ("bail inner diameter", "4.0", "0.2"), ("chain length", "450", "5")),
        weight_tolerance_g="0.2", hallmark_position="on the bail",
        dfm_notes="Bail must pass the 1.0 mm chain with its clasp closed.", laser_serial=True,
        revisions=(("A", "2026-09-07", FIRST_ISSUE),
                   ("B", None, "Bail enlarged to 4.0 mm inner so the chain passes"))),
    DemoDesign(
        "ER-007", "Sea Glass Drops", EARRINGS, PRODUCTION, TIDAL, "85",
        "Oval aqua CZ drops in bezels, on sterling posts.",
        metals=(Metal("AG925", "3.8", "pair"),),
        stones=(Stone("cubic zirconia", "oval", 2, "0.85", "8.0", SIMULANT, "bezel",
                      "aquamarine blue", "AAA"),),
        findings=(Finding("ear post", "Ear post 0.8 × 10 mm, sterling", 2, "0.60"),
                  Finding("butterfly", "Butterfly back, sterling", 2, "0.25"),
                  STERLING_JUMP_RINGS),
        platings=(Plating("rhodium", "white", "0.1", "0.90"),),
        art=Art("earrings", "silver", "aqua", "bezel"),
        dims=(("drop length", "22.0", "0.3"), ("bezel width", "9.6", "0.2"),
              ("post length", "10.0", "0.5")),
        weight_tolerance_g="0.2", hallmark_position="on the post pad",
        dfm_notes="Post soldered, not glued; pull test 2 kg.",
        revisions=(("A", "2026-02-02", FIRST_ISSUE),)),
    DemoDesign(
        "ER-011", "Petal Drop Earrings", EARRINGS, DEVELOPMENT, BOTANICA, "540",
        "Hammered 14k petals with a small blue sapphire in each.",
        metals=(Metal("AU585Y", "2.6", "pair"),),
        stones=(Stone("sapphire", "round", 2, "45", "3.0", NATURAL, "bezel", "cornflower blue",
                      "eye clean", carat="0.12"),),
        findings=(Finding("ear post", "Ear post 0.8 × 10 mm, 14k yellow", 2, "9.50"),
                  Finding("butterfly", "Butterfly back, 14k yellow", 2, "6.20")),
        packaging=(JEWEL_BOX, CARD),
        art=Art("earrings", "yellow_gold", "sapphire", "petal"),
        dims=(("petal length", "18.0", "0.3"), ("petal width", "11.0", "0.3")),
        weight_tolerance_g="0.15", hallmark_position="on the post pad",
        revisions=(("A", None, "Draft: waiting for the hammered texture sample"),)),
    DemoDesign(
        "BR-002", "Cable Link Bracelet", BRACELET, PRODUCTION, TIDAL, "165",
        "Open oval links in gold vermeil with a lobster clasp.",
        metals=(Metal("AG925", "11.5"),),
        findings=(Finding("clasp", "Lobster clasp 12 mm, sterling", 1, "0.85"),
                  Finding("jump ring", "Jump ring 5 mm soldered, sterling", 2, "0.10")),
        platings=(Plating("gold (14k)", "yellow", "2.5", "5.80", area_cm2="14",
                          guaranteed=True),),
        art=Art("bracelet", "yellow_gold"),
        dims=(("inner length", "180", "3"), ("link width", "6.0", "0.2"),
              ("wire gauge", "1.2", "0.05")),
        weight_tolerance_g="0.5", hallmark_position="on the clasp tag",
        dfm_notes="Solder every link before plating; no open jump rings.",
        revisions=(("A", "2026-03-09", FIRST_ISSUE),)),
    DemoDesign(
        "BR-005", "Tennis Bracelet", BRACELET, APPROVED, FINE, "3900",
        "Forty-eight 2.5 mm lab-grown diamonds in four-claw cups, box clasp with "
        "a safety catch.",
        metals=(Metal("AU585W", "9.8"),),
        stones=(Stone("diamond", "round brilliant", 48, "14.50", "2.5", LAB, "4-claw prong",
                      "G", "VS2", carat="0.06"),),
        platings=(Plating("rhodium", "white", "0.2", "8.50"),), packaging=(JEWEL_BOX, CARD),
        art=Art("bracelet", "white_gold", "diamond"),
        dims=(("inner length", "175", "2"), ("cup diameter", "3.2", "0.1")),
        weight_tolerance_g="0.4", hallmark_position="on the clasp tongue",
        dfm_notes="Box clasp with figure-eight safety; 5 kg pull test.", laser_serial=True,
        revisions=(("A", "2026-06-15", FIRST_ISSUE),)),
    DemoDesign(
        "NK-004", "Pearl Strand Necklace", NECKLACE, SAMPLING, TIDAL, "260",
        "Graduated 6–8 mm freshwater pearls, hand knotted on silk, sterling clasp.",
        metals=(Metal("AG925", "1.8", "clasp"),),
        stones=(Stone("freshwater cultured pearl", "round", 55, "1.10", "7.0", NATURAL,
                      "knotted", "white", "AA lustre"),),
        findings=(Finding("thread", "Silk thread, white, size F", 1, "0.40", length_mm="460"),
                  Finding("clasp", "Fish-hook clasp, sterling", 1, "1.60")),
        packaging=(JEWEL_BOX, CARD),
        art=Art("necklace", "silver", "pearl"),
        dims=(("length", "460", "5"), ("pearl diameter (centre)", "8.0", "0.3")),
        weight_tolerance_g="1.0", hallmark_position="on the clasp",
        dfm_notes="Knot between every pearl.",
        revisions=(("A", "2026-10-05", FIRST_ISSUE),)),
    DemoDesign(
        "NK-001", "Tidal Bead Necklace", NECKLACE, RETIRED, TIDAL, "145",
        "Graduated vermeil beads; retired at the end of 2025.",
        metals=(Metal("AG925", "6.8"),),
        findings=(Finding("clasp", "Spring ring clasp, sterling", 1, "0.45"),),
        platings=(Plating("gold (14k)", "yellow", "2.5", "4.10", guaranteed=True),),
        art=Art("necklace", "yellow_gold"),
        dims=(("length", "450", "5"), ("bead diameter (centre)", "6.0", "0.2")),
        weight_tolerance_g="0.4", hallmark_position="on the clasp tag",
        revisions=(("A", "2025-03-10", FIRST_ISSUE),)),
    DemoDesign(
        "BC-001", "Camellia Brooch", BROOCH, DEVELOPMENT, BOTANICA, "78",
        "A two-layer camellia in gold-plated brass with a CZ heart.",
        metals=(Metal("BRASS", "12.4"),),
        stones=(Stone("cubic zirconia", "round brilliant", 1, "0.40", "6.0", SIMULANT, "bezel",
                      "white", "AAA"),),
        findings=(Finding("pin back", "Pin back 38 mm with safety catch", 1, "0.65"),),
        platings=(Plating("gold", "yellow", "0.5", "1.40"),),
        art=Art("brooch", "brass", "diamond"),
        dims=(("flower diameter", "42.0", "0.5"), ("pin length", "38.0", "1.0")),
        weight_tolerance_g="0.5", hallmark_position="on the pin plate",
        dfm_notes="Nickel-free brass (EU REACH): ask for the mill cert.",
        revisions=(("A", "2026-10-26", "Issued for quotation"),)),
)
BY_CODE: dict[str, DemoDesign] = {item.code: item for item in CATALOGUE}

COMPLIANCE = (
    "EU REACH Annex XVII entry 27: nickel release ≤ 0.5 µg/cm²/week "
    "(≤ 0.2 for piercing posts)",
    "EU REACH entries 63 and 23: lead < 0.05 % and cadmium < 0.01 % by weight",
    "US FTC Jewelry Guides: quality mark only with the maker's registered trademark",
    "Not designed for children under 12 (CPSIA lead limits therefore not claimed)",
)


def tech_pack_draft(item: DemoDesign, revision_number: int) -> TechPackDraft:
    """The tech pack sections a designer would write for this piece (BOM, images and brand
    come from the design and the workspace when the revision is issued)."""
    metals = {alloy_by_code(m.alloy).metal for m in item.metals}
    markets = ("UK", "EU") if metals & {"gold", "platinum"} else ("EU", "US")
    # Revision B of a piece records what its first sample round taught.
    notes = item.dfm_notes if revision_number else item.dfm_notes.split(";")[0]
    return TechPackDraft(
        dimensions=[Dimension(name.capitalize(), d(nominal), d(tol), critical=number == 0)
                    for number, (name, nominal, tol) in enumerate(item.dims)],
        weight_tolerance_g=d(item.weight_tolerance_g),
        min_wall_mm=d("0.9") if item.category is not Category.NECKLACE else None,
        min_prong_mm=(d("0.9") if revision_number else d("0.7")) if item.stones else None,
        maker_mark="AUR",
        finishes=[Finish("Outside surfaces", "high polish"),
                  Finish("Inside / back", "brushed" if item.category is Category.RING
                         else "high polish")],
        hallmarks=Hallmarks(markets=markets, logo="Aurelia 'A' mark, "
                            + item.hallmark_position,
                            laser_serial="AUR-{serial}, " + item.hallmark_position
                            if item.laser_serial else ""),
        labels="Care card in each box; barcode label (code, revision, metal) on the box base",
        compliance_notes=list(COMPLIANCE),
        dfm_notes=notes,
        acknowledgements={"hallmark_uk_gold": "Assayed and hallmarked by the Birmingham "
                          "Assay Office before UK sale"} if "UK" in markets else {},
    )
