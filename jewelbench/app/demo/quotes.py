"""The demo's quotes and requests for quotation as data, and what each quote leaves to Aurelia.

A quote is in its supplier's currency and its MOQ is its first tier (as every demo supplier
quotes); one-time fees are CAD, mould and sample, and only the sample fee is refunded against
the order. One quote has expired by the demo's day (Q-2026-014, superseded by Q-2026-034).
"""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass

from jewelbench.app.demo.suppliers import BANGKOK, CURRENCIES, JAIPUR, PANYU, VICENZA
from jewelbench.app.demo.values import Written, d, day
from jewelbench.domain.entities import FeeKind, Incoterm, PricingBasis, Quote, QuoteFee, QuoteTier
from jewelbench.domain.rfqs import Rfq, RfqRecipient

EXW, FOB, CIF, DDP = Incoterm.EXW, Incoterm.FOB, Incoterm.CIF, Incoterm.DDP


@dataclass(frozen=True)
class DemoQuote:
    """A quote as the supplier sent it (amounts as text, in the supplier's currency)."""

    reference: str
    supplier: str
    design: str  # its code
    revision: str  # the tech pack revision quoted against
    quoted_on: str
    valid_until: str
    tiers: tuple[tuple[int, str], ...]  # (from quantity, price each); the first is the MOQ
    _: KW_ONLY
    lead_days: tuple[int, int]  # (sample, production)
    deposit_pct: str
    incoterm: Incoterm
    cad: str | None = None  # one-time fees
    mould: str | None = None
    sample: str | None = None  # refunded against the order
    freight_per_shipment: str = "0"
    freight_per_piece: str = "0"
    min_order_value: str = "0"
    pricing_basis: PricingBasis = PricingBasis.ALL_IN
    metal_price_basis_per_g: str | None = None
    notes: str = ""

    def quote(self, ids: Written) -> Quote:
        fees = ((FeeKind.CAD, self.cad), (FeeKind.MOULD, self.mould),
                (FeeKind.SAMPLE, self.sample))
        return Quote(
            supplier_id=ids.suppliers[self.supplier], design_id=ids.designs[self.design],
            currency=CURRENCIES[self.supplier], quoted_on=day(self.quoted_on),
            valid_until=day(self.valid_until),
            tiers=[QuoteTier(quantity, d(price)) for quantity, price in self.tiers],
            tech_pack_revision_id=ids.revision(self.design, self.revision),
            reference=self.reference, moq=self.tiers[0][0],
            min_order_value=d(self.min_order_value), pricing_basis=self.pricing_basis,
            metal_price_basis_per_g=(d(self.metal_price_basis_per_g)
                                     if self.metal_price_basis_per_g else None),
            fees=[QuoteFee(kind, d(amount), kind is FeeKind.SAMPLE)
                  for kind, amount in fees if amount],
            sample_lead_time_days=self.lead_days[0], production_lead_time_days=self.lead_days[1],
            deposit_pct=d(self.deposit_pct), incoterm=self.incoterm,
            freight_per_shipment=d(self.freight_per_shipment),
            freight_per_piece=d(self.freight_per_piece), notes=self.notes)


QUOTES: tuple[DemoQuote, ...] = (
    DemoQuote("Q-2026-031", VICENZA, "RG-027", "A", "2026-10-06", "2026-12-31",
              ((50, "145.00"), (100, "128.00"), (300, "112.00")),
              pricing_basis=PricingBasis.MAKING_PLUS_METAL, metal_price_basis_per_g="112.50",
              cad="250", mould="150", sample="320",
              lead_days=(21, 35), deposit_pct="40", incoterm=EXW, freight_per_shipment="120",
              notes="Making charge per piece; 18k metal invoiced at the fixing on the day of "
                    "casting (basis 112.50 EUR per fine gram) plus 6 % casting loss. Sapphire "
                    "and diamonds consigned by Aurelia."),
    DemoQuote("Q-2026-024", VICENZA, "RG-021", "A", "2026-09-15", "2026-12-15",
              ((50, "36.50"), (100, "31.20"), (300, "26.90"), (1000, "23.60")),
              mould="120", sample="45",
              lead_days=(14, 28), deposit_pct="30", incoterm=EXW, freight_per_shipment="85",
              notes="Silver at 1.48 EUR/g included; re-quoted if silver moves more than 10 %."),
    DemoQuote("Q-2026-019", BANGKOK, "RG-014", "B", "2026-10-12", "2027-01-31",
              ((50, "15900"), (100, "15200"), (300, "14600"), (1000, "14100")),
              cad="4500", mould="2800", sample="6500",
              lead_days=(18, 30), deposit_pct="50", incoterm=FOB, freight_per_shipment="3800",
              notes="Centre stone and the 18 halo melee consigned by Aurelia (signed memo); "
                    "price covers casting, setting and rhodium."),
    DemoQuote("Q-2026-027", BANGKOK, "PD-012", "A", "2026-09-18", "2026-12-31",
              ((50, "11200"), (100, "10650"), (300, "10200")),
              cad="4500", mould="2800", sample="6500",
              lead_days=(18, 30), deposit_pct="50", incoterm=FOB, freight_per_shipment="3800",
              notes="Pear centre and halo melee consigned. Chain, clasp and jump ring not "
                    "included (we supply the 14k findings)."),
    DemoQuote("Q-2026-029", BANGKOK, "BR-005", "A", "2026-06-22", "2026-12-22",
              ((25, "53500"), (50, "51900"), (100, "50400")),
              min_order_value="1250000", mould="3600", sample="12000",
              lead_days=(21, 40), deposit_pct="50", incoterm=CIF, freight_per_shipment="6500",
              notes="CIF Los Angeles, insured. All 48 stones supplied by the factory."),
    DemoQuote("Q-2026-033", PANYU, "PD-003", "A", "2026-10-20", "2027-01-20",
              ((100, "112.00"), (300, "98.00"), (1000, "86.00"), (3000, "79.00")),
              mould="350", sample="200",
              lead_days=(12, 25), deposit_pct="30", incoterm=FOB, freight_per_piece="2.50",
              notes="Vermeil 2.5 µm with XRF report per lot; chain and packaging included."),
    DemoQuote("Q-2026-035", PANYU, "PD-009", "A", "2026-06-08", "2026-12-31",
              ((50, "78.00"), (100, "69.00"), (300, "61.00"), (1000, "55.00")),
              mould="280", sample="150",
              lead_days=(12, 25), deposit_pct="30", incoterm=FOB, freight_per_piece="2.00",
              notes="AA freshwater pearls matched for lustre; spare pearls 2 %. Packed at the "
                    "factory in our pouches and care cards."),
    DemoQuote("Q-2026-036", PANYU, "NK-004", "A", "2026-10-09", "2027-02-28",
              ((50, "520"), (100, "485"), (300, "450")),
              sample="400",
              lead_days=(15, 30), deposit_pct="30", incoterm=DDP,
              notes="DDP to our studio: duty and freight included in the unit price."),
    DemoQuote("Q-2026-014", JAIPUR, "ER-007", "A", "2026-04-02", "2026-06-30",
              ((100, "1120"), (300, "980"), (1000, "890")),
              mould="2500", sample="1800",
              lead_days=(14, 30), deposit_pct="25", incoterm=FOB, freight_per_shipment="7500",
              notes="Expired: superseded by Q-2026-034 after silver rose."),
    DemoQuote("Q-2026-034", JAIPUR, "ER-007", "A", "2026-10-20", "2027-01-31",
              ((100, "1190"), (300, "1040"), (1000, "945")),
              sample="1800",
              lead_days=(14, 30), deposit_pct="25", incoterm=FOB, freight_per_shipment="7500",
              notes="Moulds already paid under Q-2026-014."),
    DemoQuote("Q-2026-028", JAIPUR, "BR-002", "A", "2026-09-02", "2026-12-31",
              ((50, "2900"), (100, "2650"), (300, "2480"), (1000, "2350")),
              mould="3500", sample="2500",
              lead_days=(14, 35), deposit_pct="30", incoterm=CIF, freight_per_shipment="9500",
              notes="CIF New York; vermeil 2.5 µm guaranteed."),
    DemoQuote("Q-2026-030", PANYU, "BR-002", "A", "2026-09-05", "2026-12-31",
              ((50, "235"), (100, "215"), (300, "198"), (1000, "186")),
              mould="450", sample="300",
              lead_days=(12, 25), deposit_pct="30", incoterm=FOB, freight_per_piece="3.00",
              notes="Packed at the factory in our pouches and care cards."),
    DemoQuote("Q-2026-032", JAIPUR, "RG-021", "A", "2026-09-22", "2026-12-31",
              ((100, "1020"), (300, "940"), (1000, "870")),
              mould="2200", sample="1500",
              lead_days=(14, 30), deposit_pct="25", incoterm=FOB, freight_per_shipment="7500",
              notes="Engraving cast in; hand finishing included."),
    DemoQuote("Q-2026-037", JAIPUR, "BC-001", "A", "2026-11-04", "2027-02-04",
              ((100, "640"), (300, "560"), (1000, "495")),
              mould="3200", sample="1200",
              lead_days=(14, 30), deposit_pct="30", incoterm=EXW,
              notes="Nickel-free brass, 0.5 µm gold flash (commercial, not guaranteed)."),
)


def quotes(ids: Written) -> list[Quote]:
    return [row.quote(ids) for row in QUOTES]


# What each quote leaves to the brand, as its notes say: the metal loss a making-charge
# supplier invoices, and the BOM parts Aurelia buys and hands over (the engine takes whole
# parts of the BOM: stones, findings, plating, packaging). A quote not listed leaves the
# packaging to Aurelia, nothing else.
QUOTE_TERMS: dict[str, tuple[str, frozenset[str]]] = {
    "Q-2026-031": ("6", frozenset({"stones", "packaging"})),  # sapphire and diamonds consigned
    "Q-2026-019": ("0", frozenset({"stones", "packaging"})),  # centre stone and melee consigned
    "Q-2026-027": ("0", frozenset({"stones", "findings", "packaging"})),  # + the 14k findings
    "Q-2026-033": ("0", frozenset()),  # chain and packaging included
    "Q-2026-035": ("0", frozenset()),  # packed at the factory
    "Q-2026-030": ("0", frozenset()),  # packed at the factory
}


@dataclass(frozen=True)
class DemoRfq:
    """A request for quotation sent to its suppliers on one day."""

    design: str
    revision: str
    sent_on: str
    reply_by: str
    quantities: tuple[int, ...]
    suppliers: tuple[str, ...]
    _: KW_ONLY
    currency: str | None = None  # None: each supplier quotes in its own
    incoterm: Incoterm = FOB
    notes: str = ""

    def rfq(self, ids: Written) -> Rfq:
        return Rfq(design_id=ids.designs[self.design],
                   tech_pack_revision_id=ids.revision(self.design, self.revision),
                   quantities=list(self.quantities),
                   recipients=[RfqRecipient(ids.suppliers[name], day(self.sent_on))
                               for name in self.suppliers],
                   created_on=day(self.sent_on), reply_by=day(self.reply_by),
                   currency=self.currency, incoterm=self.incoterm, notes=self.notes)


# One RFQ every supplier answered, one with a supplier overdue: whether a supplier answered is
# read from its quotes, so these follow the quotes above.
RFQS: tuple[DemoRfq, ...] = (
    # answered by Q-2026-028 (2 Sep) and Q-2026-030 (5 Sep)
    DemoRfq("BR-002", "A", "2026-08-25", "2026-09-08", (50, 100, 300, 1000), (JAIPUR, PANYU),
            notes="Vermeil: 2.5 µm of 14k over sterling, guaranteed; quote with an XRF report "
                  "per lot."),
    # Jaipur answered with Q-2026-037 (4 Nov); Panyu has not, past 10 Nov
    DemoRfq("BC-001", "A", "2026-10-27", "2026-11-10", (100, 300, 1000), (JAIPUR, PANYU),
            currency="USD", incoterm=EXW,
            notes="Nickel-free brass only (EU REACH); state the gold flash thickness you "
                  "guarantee."),
)

