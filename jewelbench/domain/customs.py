"""What the importing country charges duty and import VAT on (docs/costing.md, "Customs").

Every WTO member values imports by the Customs Valuation Agreement (Art. 1 and 8): the price
paid for the goods plus the assists — moulds, tooling and CAD paid for by the buyer, materials
the buyer supplies (Art. 8.1(b)) — and, where the member chose so (Art. 8.2), the transport
and insurance to the place of importation (CIF). Members that leave them out value the goods
as they left the exporting country (FOB). Import VAT (GST) is charged on the customs value plus
the duty, and transport after the border up to the first destination (EU VAT Directive
Art. 86(1)(b); UK VATA 1994 s.21(2)(b)); a VAT-registered importer deducts it in its return.

The VAT rates are the standard rates in force in 2026, except where jewellery (HS 7113) has its
own: India's IGST on jewellery is 3 %, not the 18 % standard rate. The rate is a workspace
setting the user can change (a reduced rate, a rate that has moved).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from jewelbench.domain.costing_inputs import CustomsBasis
from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.validation import DomainError

AN_EMPTY_COUNTRY = QT_TRANSLATE_NOOP("customs", "an empty country")
JEWELBENCH_DOES_NOT_KNOW = QT_TRANSLATE_NOOP(
    "customs", "jewelbench does not know whether {country} values imports CIF or FOB: choose"
    " the basis for each supplier (Landed Costs ▸ Duty charged on)")

CIF, FOB = CustomsBasis.CIF, CustomsBasis.FOB

# The law the assists rule comes from, named in every explanation, the CLI and JSON.
ASSISTS_RULE = ("WTO Customs Valuation Agreement Art. 8.1(b) (EU UCC Art. 71(1)(b), "
                "US 19 U.S.C. §1401a(h), UK and Norway alike)")
CIF_RULE = ("CIF basis: transport and insurance to the border are in the customs value (WTO "
            "CVA Art. 8.2; EU UCC Art. 71(1)(e)); transport after arrival, invoiced apart, is "
            "not (EU UCC Art. 72(a))")
FOB_RULE = ("FOB basis: transport and insurance to the importing country are left out of the "
            "customs value (WTO CVA Art. 8.2; US 19 U.S.C. §1401a(b)(4)(A))")
VAT_RULE = ("import VAT on customs value + duty + transport to the first destination (EU VAT "
            "Directive Art. 85–86; UK VATA 1994 s.21)")


@dataclass(frozen=True)
class CountryRule:
    code: str  # ISO 3166 alpha-2
    name: str
    basis: CustomsBasis
    vat_pct: Decimal  # standard import VAT / GST rate
    vat_name: str = "VAT"


def _rules(rows: list[tuple[str, str, CustomsBasis, str, str]]) -> dict[str, CountryRule]:
    return {code: CountryRule(code, name, basis, Decimal(vat), vat_name)
            for code, name, basis, vat, vat_name in rows}


COUNTRIES: dict[str, CountryRule] = _rules([
    # The EU customs union values CIF (UCC Art. 71(1)(e)); national VAT rates.
    ("AT", "Austria", CIF, "20", "USt"), ("BE", "Belgium", CIF, "21", "VAT"),
    ("BG", "Bulgaria", CIF, "20", "VAT"), ("HR", "Croatia", CIF, "25", "PDV"),
    ("CY", "Cyprus", CIF, "19", "VAT"), ("CZ", "Czechia", CIF, "21", "DPH"),
    ("DK", "Denmark", CIF, "25", "moms"), ("EE", "Estonia", CIF, "24", "VAT"),
    ("FI", "Finland", CIF, "25.5", "ALV"), ("FR", "France", CIF, "20", "TVA"),
    ("DE", "Germany", CIF, "19", "USt"), ("GR", "Greece", CIF, "24", "ΦΠΑ"),
    ("HU", "Hungary", CIF, "27", "ÁFA"), ("IE", "Ireland", CIF, "23", "VAT"),
    ("IT", "Italy", CIF, "22", "IVA"), ("LV", "Latvia", CIF, "21", "PVN"),
    ("LT", "Lithuania", CIF, "21", "PVM"), ("LU", "Luxembourg", CIF, "17", "TVA"),
    ("MT", "Malta", CIF, "18", "VAT"), ("NL", "Netherlands", CIF, "21", "btw"),
    ("PL", "Poland", CIF, "23", "VAT"), ("PT", "Portugal", CIF, "23", "IVA"),
    ("RO", "Romania", CIF, "21", "TVA"), ("SK", "Slovakia", CIF, "23", "DPH"),
    ("SI", "Slovenia", CIF, "22", "DDV"), ("ES", "Spain", CIF, "21", "IVA"),
    ("SE", "Sweden", CIF, "25", "moms"),
    # Others that value CIF.
    ("GB", "United Kingdom", CIF, "20", "VAT"), ("NO", "Norway", CIF, "25", "MVA"),
    ("CH", "Switzerland", CIF, "8.1", "MWST"), ("IS", "Iceland", CIF, "24", "VSK"),
    ("JP", "Japan", CIF, "10", "consumption tax"), ("CN", "China", CIF, "13", "VAT"),
    ("KR", "South Korea", CIF, "10", "VAT"), ("IN", "India", CIF, "3", "IGST"),
    ("SG", "Singapore", CIF, "9", "GST"), ("AE", "United Arab Emirates", CIF, "5", "VAT"),
    ("TR", "Türkiye", CIF, "20", "KDV"),
    # FOB: the goods as they left the exporting country.
    ("US", "United States", FOB, "0", "sales tax (not on import)"),
    ("CA", "Canada", FOB, "5", "GST"), ("AU", "Australia", FOB, "10", "GST"),
    ("NZ", "New Zealand", FOB, "15", "GST"),
])


def country_rule(code: str) -> CountryRule:
    """The importing country's rule; DomainError naming it when jewelbench does not know
    which basis it values imports on."""
    key = (code or "").strip().upper()
    found = COUNTRIES.get(key)
    if found is None:
        raise DomainError(JEWELBENCH_DOES_NOT_KNOW(country=key or AN_EMPTY_COUNTRY))
    return found


def basis_rule_text(basis: CustomsBasis) -> str:
    return CIF_RULE if basis is CustomsBasis.CIF else FOB_RULE


@dataclass(frozen=True)
class CustomsSettings:
    """The workspace's importing country, its import VAT rate (None: the country's standard
    rate) and whether the brand is VAT-registered (reclaims import VAT)."""

    country: str = ""  # ISO 3166 alpha-2; "" = not set
    vat_pct: Decimal | None = None
    vat_registered: bool = True

    def __post_init__(self) -> None:
        from jewelbench.domain.validation import check_number

        object.__setattr__(self, "country", (self.country or "").strip().upper())
        if self.vat_pct is not None:
            object.__setattr__(self, "vat_pct", check_number(
                self.vat_pct, QT_TRANSLATE_NOOP(
                    "fields", "Import VAT %"), minimum=Decimal(0), maximum=Decimal(100)))
        object.__setattr__(self, "vat_registered", bool(self.vat_registered))

    @property
    def rule(self) -> CountryRule | None:
        return COUNTRIES.get(self.country)

    @property
    def effective_vat_pct(self) -> Decimal:
        if self.vat_pct is not None:
            return self.vat_pct
        rule = self.rule
        return rule.vat_pct if rule else Decimal(0)

    def resolve(self, choice: str) -> tuple[CustomsBasis, str]:
        """The basis for a supplier's choice ('country', 'cif', 'fob') and where it comes
        from, in words."""
        if choice in (CIF.value, FOB.value):
            return CustomsBasis(choice), "your choice for this supplier"
        rule = self.rule
        if rule is not None:
            owner = f"{rule.name}'" if rule.name.endswith("s") else f"{rule.name}'s"
            return rule.basis, f"{owner} rule"
        if self.country:
            return CIF, f"{self.country} has no known basis: CIF assumed"
        return CIF, "no importing country set (Landed Costs): CIF assumed"
