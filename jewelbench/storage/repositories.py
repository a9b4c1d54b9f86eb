"""The repositories, gathered: domain objects in, domain objects out, one transaction per
write. Aggregates (a design with its BOM and images, a supplier with contacts, a quote with
tiers) are saved whole, children replaced in the same transaction as the parent row."""

from jewelbench.storage.brand import BrandRepository
from jewelbench.storage.designs import DesignRepository, DesignSummary
from jewelbench.storage.prices import PriceRepository, SettingsRepository
from jewelbench.storage.quotes import QuoteRepository, QuoteSummary
from jewelbench.storage.repository import DuplicateError, NotFound, StorageError
from jewelbench.storage.rfqs import RevisionNotIssued, RfqRepository
from jewelbench.storage.samples import SampleRepository, SampleSummary
from jewelbench.storage.scenarios import ScenarioRepository
from jewelbench.storage.suppliers import SupplierRepository, SupplierSummary
from jewelbench.storage.techpacks import (
    IncompleteSnapshot,
    RevisionIssued,
    TechPackRepository,
)

__all__ = [
    "DuplicateError",
    "NotFound",
    "StorageError",
    "SettingsRepository",
    "PriceRepository",
    "DesignSummary",
    "DesignRepository",
    "TechPackRepository",
    "RevisionIssued",
    "IncompleteSnapshot",
    "BrandRepository",
    "SupplierSummary",
    "SupplierRepository",
    "QuoteSummary",
    "QuoteRepository",
    "RfqRepository",
    "RevisionNotIssued",
    "SampleSummary",
    "SampleRepository",
    "ScenarioRepository",
]
