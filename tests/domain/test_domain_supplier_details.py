"""Suppliers' certifications expire, checklists hold each check once, currencies exist."""

from __future__ import annotations

import datetime as dt

import pytest

from jewelbench.domain.currencies import check_known_currency
from jewelbench.domain.suppliers import (
    Certification,
    CertificationStatus,
    DueDiligenceItem,
    Supplier,
)
from jewelbench.domain.validation import DomainError

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize("expires, status", [
    (None, CertificationStatus.NO_EXPIRY),
    (dt.date(2026, 11, 23), CertificationStatus.EXPIRED),
    (dt.date(2026, 11, 24), CertificationStatus.EXPIRING),  # the last valid day
    (dt.date(2027, 1, 23), CertificationStatus.EXPIRING),   # 60 days away
    (dt.date(2027, 1, 24), CertificationStatus.VALID),      # 61 days away
])
def test_a_certification_is_flagged_within_sixty_days_of_expiry(expires, status):
    assert Certification("RJC", expires).status_on(TODAY) is status


def test_a_checklist_holds_each_due_diligence_item_once():
    with pytest.raises(DomainError, match="listed twice"):
        Supplier("Casa Oro", "IT", "EUR", due_diligence=[
            DueDiligenceItem("factory_visited"), DueDiligenceItem("factory_visited", True)])


def test_capabilities_listed_twice_are_kept_once():
    supplier = Supplier("Casa Oro", "IT", "EUR", capabilities=["casting", "plating", "casting"])
    assert supplier.capabilities == ["casting", "plating"]


@pytest.mark.parametrize("code, message", [
    ("EUO", "'EUO' is not a currency jewelbench knows"),
    ("XYZ", "is not a currency jewelbench knows"),
    ("E1", "not a currency code"),
])
def test_a_supplier_currency_must_exist(code, message):
    with pytest.raises(DomainError, match=message):
        Supplier("Casa Oro", "IT", code)


def test_known_currencies_are_upper_cased():
    assert check_known_currency(" thb ") == "THB"
    assert Supplier("Casa Oro", "IT", "chf").currency == "CHF"


@pytest.mark.parametrize(("country", "chosen", "reads"), [
    ("NO", "", "nb"), ("no", "", "nb"), ("TH", "", "en"), ("IT", "", "en"),
    ("NO", "en", "en"), ("TH", "nb", "nb"), ("TH", " NB ", "nb")])
def test_a_supplier_reads_its_chosen_language_else_its_countrys(country, chosen, reads):
    supplier = Supplier("Gullsmed AS", country, "NOK", print_language=chosen)
    assert supplier.reads == reads


@pytest.mark.parametrize("language", ["de", "norsk", "nn"])
def test_a_print_language_jewelbench_cannot_print_in_is_refused(language):
    with pytest.raises(DomainError, match=f"Print language '{language}' must be one of en, nb"):
        Supplier("Gullsmed AS", "NO", "NOK", print_language=language)
