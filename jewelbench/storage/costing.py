"""What the cost engine is given, read from the workspace: collection plans, each supplier's
landed-cost terms, what each quote leaves to the brand, each scenario's in-house options, and
the dated prices — put together as a CostingSetup ready for `domain.costing.prepare()`.

    setup = workspace.costing.setup_for_design(design_id, scenario_id, on, volume=300)
    prepared = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                       setup.in_house_terms)

Which table each input comes from: docs/costing.md, "Where the inputs come from". A missing
metal price or FX rate is not checked here: prepare() raises CostingInputError naming it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from jewelbench.domain.costing_basis import BasisTerms, FixedCostBasis
from jewelbench.domain.costing_inputs import (
    BOM_GROUPS,
    DEFAULT_FEE_LIFE,
    CapexView,
    CollectionPlan,
    CustomsBasis,
    InHouseTerms,
    LandedCostTerms,
    OutsourcedRoute,
    PlannedDesign,
    PriceContext,
    check_fee_life,
    check_orders,
    check_volume,
)
from jewelbench.domain.costing_margin import (
    DEFAULT_WHOLESALE_FACTOR,
    MarginTerms,
    check_wholesale_factor,
)
from jewelbench.domain.customs import CustomsSettings, country_rule
from jewelbench.domain.designs import Design, LifecycleStatus
from jewelbench.domain.messages import QT_TRANSLATE_NOOP, Message
from jewelbench.domain.quotes import PricingBasis, Quote
from jewelbench.domain.scenarios import InHouseScenario
from jewelbench.domain.validation import DomainError, check_text
from jewelbench.storage.convert import stored_decimal, stored_enum, stored_int, stored_values
from jewelbench.storage.repository import DuplicateError, NotFound, StorageError
from jewelbench.storage.scenarios import TERMS_COLUMNS
from jewelbench.storage.store import Store

if TYPE_CHECKING:
    from jewelbench.storage.designs import DesignRepository
    from jewelbench.storage.prices import PriceRepository, SettingsRepository
    from jewelbench.storage.quotes import QuoteRepository
    from jewelbench.storage.scenarios import ScenarioRepository

ZERO = Decimal(0)
DEFAULT_BRAND_SUPPLIED = frozenset({"packaging"})
_LANDED_COLUMNS = ("duty_pct", "insurance_pct", "freight_per_shipment",
                   "freight_per_piece", "inspection_per_shipment", "inspection_per_piece",
                   "fx_buffer_pct", "defect_allowance_pct", "shipments_per_year",
                   "inland_freight_per_shipment", "inland_freight_per_piece")
_STORED_COLUMNS = (*_LANDED_COLUMNS, "customs_basis", "customs_basis_choice")
# The workspace settings of the customs rules (domain.customs.CustomsSettings).
IMPORT_COUNTRY, IMPORT_VAT, VAT_REGISTERED = "import_country", "import_vat_pct", "vat_registered"
_FEE_LIFE_TABLES = {"design": "designs", "plan": "collection_plans"}
_PART_NAMES = {"stones": "stones", "findings": "findings", "plating": "plating",
               "packaging": "packaging"}


@dataclass(frozen=True)
class CostingSetup:
    """Everything prepare() needs for one comparison, read from the workspace."""

    title: str  # "RG-014 Solitaire Halo Ring" or "Plan 'AW26 core'"
    plan: CollectionPlan
    scenario: InHouseScenario
    routes: list[OutsourcedRoute]  # a design: one per quote; a plan: one per supplier
    prices: PriceContext  # costing date, base currency, metal prices, FX rates, alloys
    in_house_terms: InHouseTerms
    skipped: list[str]  # quotes (or suppliers) left out, each with the reason
    # Inputs taken at their defaults, said so the reader knows (a supplier without landed-cost
    # terms pays no duty, freight or inspection of its own …).
    notes: list[str] = field(default_factory=list)
    # One design: the fixed costs it carries and the workshop it shares (None: a plan)
    basis: BasisTerms | None = None
    margin: MarginTerms = field(default_factory=MarginTerms)


@dataclass(frozen=True)
class QuoteCostingTerms:
    """What a quote leaves to the brand: the metal loss a making-charge supplier invoices (%
    of the fine metal) and the BOM parts the brand buys and hands over (consigned stones,
    findings, plating, packaging)."""

    supplier_metal_loss_pct: Decimal = ZERO
    brand_supplied: frozenset[str] = DEFAULT_BRAND_SUPPLIED

    def __post_init__(self) -> None:
        # LandedCostTerms checks both fields, with the engine's own messages.
        checked = LandedCostTerms(supplier_metal_loss_pct=self.supplier_metal_loss_pct,
                                  brand_supplied=frozenset(self.brand_supplied))
        object.__setattr__(self, "supplier_metal_loss_pct", checked.supplier_metal_loss_pct)
        object.__setattr__(self, "brand_supplied", checked.brand_supplied)


@dataclass(frozen=True)
class StoredPlan:
    """A plan as the file holds it (for undo: restore_plan puts it back under its id)."""

    id: int
    name: str
    notes: str
    lines: tuple[tuple[int, int], ...]  # (design_id, volume), by design code
    orders_per_year: int = 1
    fee_life_years: int | None = None  # None: DEFAULT_FEE_LIFE


def _parts_out(parts: Iterable[str]) -> str:
    return ",".join(group for group in BOM_GROUPS if group in set(parts))


def _parts_in(text: str) -> frozenset[str]:
    return frozenset(part for part in text.split(",") if part)


# Why a quote or supplier is left out of a comparison, and what its figures assume: said
# under the comparison in the reader's language (Sentences: English str() that carry them).
LEFT_OUT = QT_TRANSLATE_NOOP("storage_costing", "{quote} from {supplier}: {reason}")
EXPIRED_ON = QT_TRANSLATE_NOOP("storage_costing", "expired on {date}")
QUOTED_AFTER = QT_TRANSLATE_NOOP(
    "storage_costing", "quoted on {quoted}, after the costing date {on}")
NO_LANDED_TERMS = QT_TRANSLATE_NOOP(
    "storage_costing", "{supplier}: no landed-cost terms stored, so import duty, your own "
    "freight, insurance, inspection, FX buffer and defect allowance count as 0")


def _label(quote: Quote) -> str:
    return quote.reference or f"Quote #{quote.id}"


def _has_part(design: Design, group: str) -> bool:
    return bool({"stones": design.stones, "findings": design.findings,
                 "plating": design.platings, "packaging": design.packaging}[group])


class CostingRepository:
    """What the engine is given. Its collaborators (the designs, settings, prices,
    scenarios and quotes it reads whole) are given by the Workspace, which makes every
    repository."""

    def __init__(self, db: Store, *, designs: DesignRepository, settings: SettingsRepository,
                 prices: PriceRepository, scenarios: ScenarioRepository,
                 quotes: QuoteRepository) -> None:
        self._db = db
        self._designs = designs
        self._settings = settings
        self._prices = prices
        self._scenarios = scenarios
        self._quotes = quotes

    # --- settings --------------------------------------------------------------------------

    def base_currency(self) -> str:
        row = self._db.execute("SELECT value FROM workspace_settings WHERE key = "
                               "'base_currency'").fetchone()
        return str(row[0]) if row else "USD"

    def wholesale_factor(self) -> Decimal:
        """The wholesale price as a share of retail, for designs without their own (0.5
        unless the workspace says otherwise)."""
        row = self._db.execute("SELECT value FROM workspace_settings WHERE key = "
                               "'wholesale_factor'").fetchone()
        if row is None:
            return DEFAULT_WHOLESALE_FACTOR
        try:
            return check_wholesale_factor(row[0])
        except DomainError:  # edited by hand outside jewelbench: the default, not a crash
            return DEFAULT_WHOLESALE_FACTOR

    def set_wholesale_factor(self, factor: object) -> Decimal:
        """Store the factor (above 0, at most 1); DomainError saying why otherwise, with
        nothing stored."""
        checked = check_wholesale_factor(factor)
        with self._db.atomic():
            self._db.execute("INSERT INTO workspace_settings (key, value) VALUES "
                             "('wholesale_factor', ?) ON CONFLICT (key) DO UPDATE SET "
                             "value = excluded.value", [str(checked)])
        return checked

    def basis_pool(self, design_id: int, volume: int) -> tuple[tuple[tuple[str, int], ...], str]:
        """The designs whose bench minutes share the workshop with this one, with their
        pieces a year, and what they are: the lines of the first plan (by name) listing the
        design at their planned volumes; when it is in no plan, every active (not retired)
        design at the asked volume each (equal volumes)."""
        plans = self.plans_with_design(design_id)
        if plans:
            plan_id, name, _volume = plans[0]
            lines = self.plan_record(plan_id).lines
            codes = dict(self._db.execute(  # the plan's designs only, not the catalog
                "SELECT d.id, d.code FROM plan_lines l JOIN designs d ON d.id = l.design_id "
                "WHERE l.plan_id = ?", [plan_id]).fetchall())
            return tuple((str(codes[d]), v) for d, v in lines), f"plan '{name}'"
        rows = [str(r[0]) for r in self._db.execute(
            "SELECT code FROM designs WHERE status <> ? OR id = ? ORDER BY code",
            [LifecycleStatus.RETIRED.value, design_id])]
        what = "1 active design" if len(rows) == 1 else f"the {len(rows)} active designs"
        return tuple((code, volume) for code in rows), \
            f"{what}, {volume:,} pieces each"

    # --- collection plans ------------------------------------------------------------------

    def plans(self) -> list[tuple[int, str]]:
        return [(int(r[0]), str(r[1])) for r in self._db.execute(
            "SELECT id, name FROM collection_plans ORDER BY name COLLATE NOCASE, id")]

    def plan_id_for_name(self, name: str) -> int | None:
        """The plan with this name, whatever its case."""
        row = self._db.execute("SELECT id FROM collection_plans WHERE name = ? COLLATE NOCASE",
                               [name.strip()]).fetchone()
        return int(row[0]) if row else None

    def plan_record(self, plan_id: int) -> StoredPlan:
        rows = self._db.query("SELECT name, notes, orders_per_year, fee_life_years FROM "
                              "collection_plans WHERE id = ?", [plan_id])
        if not rows:
            raise NotFound(f"Plan #{plan_id} does not exist")
        row = rows[0]
        lines = tuple((int(r["design_id"]), stored_int(r["volume"])) for r in self._db.query(
            "SELECT l.design_id, l.volume FROM plan_lines l JOIN designs d ON d.id = "
            "l.design_id WHERE l.plan_id = ? ORDER BY d.code", [plan_id]))
        fee_life = row["fee_life_years"]
        return StoredPlan(plan_id, str(row["name"]), str(row["notes"]), lines,
                          stored_int(row["orders_per_year"]),
                          None if fee_life is None else stored_int(fee_life))

    def plan(self, plan_id: int) -> CollectionPlan:
        """The plan with its designs (whole, BOM and all) and planned pieces a year.

        DomainError when it has no designs left (its designs were deleted)."""
        record = self.plan_record(plan_id)
        # one read per table for the whole plan, without the photos the costing never uses
        designs = {design.id: design for design in self._designs.get_many(
            [design_id for design_id, _ in record.lines], images=False)}
        return CollectionPlan(record.name, tuple(
            PlannedDesign(designs[design_id], volume)
            for design_id, volume in record.lines), orders_per_year=record.orders_per_year)

    def plans_with_design(self, design_id: int) -> list[tuple[int, str, int]]:
        """(plan id, plan name, planned volume of the design) of each plan listing it."""
        return [(int(r[0]), str(r[1]), stored_int(r[2])) for r in self._db.execute(
            "SELECT p.id, p.name, l.volume FROM plan_lines l JOIN collection_plans p ON "
            "p.id = l.plan_id WHERE l.design_id = ? ORDER BY p.name COLLATE NOCASE, p.id",
            [design_id])]

    def save_plan(self, name: str, lines: Sequence[tuple[int, int]],
                  plan_id: int | None = None, *, notes: str | None = None,
                  orders_per_year: int | None = None) -> int:
        """Save a new plan (plan_id None) or replace a stored one's name and lines, in one
        transaction; its id. lines: (design_id, pieces a year) rows. notes None: kept as
        they are (empty for a new plan); orders_per_year None: kept (1 for a new plan). Orders
        a year below 1 or above the plan's pieces a year are refused (DomainError)."""
        name = check_text(name, QT_TRANSLATE_NOOP(
            "fields", "Plan name"), required=True, max_len=100)
        if notes is not None:
            notes = check_text(notes, QT_TRANSLATE_NOOP("fields", "Plan notes"), max_len=4000)
        if not lines:
            raise DomainError(f"Plan '{name}' has no designs: add at least one")
        with self._db.atomic():
            checked: list[tuple[int, int]] = []
            seen: set[int] = set()
            for design_id, volume in lines:
                row = self._db.execute("SELECT code FROM designs WHERE id = ?",
                                       [design_id]).fetchone()
                if row is None:
                    raise NotFound(f"Plan '{name}': design #{design_id} does not exist "
                                   "(it may have been deleted)")
                code = str(row[0])
                if design_id in seen:
                    raise DomainError(f"Plan '{name}' lists {code} twice: give it one line")
                seen.add(design_id)
                checked.append((design_id, check_volume(volume, f"Planned volume of {code}")))
            if orders_per_year is None and plan_id is not None:
                row = self._db.execute("SELECT orders_per_year FROM collection_plans WHERE "
                                       "id = ?", [plan_id]).fetchone()
                orders_per_year = stored_int(row[0]) if row else 1
            orders = check_orders(1 if orders_per_year is None else orders_per_year,
                                  sum(volume for _, volume in checked))
            other = self.plan_id_for_name(name)
            if other is not None and other != plan_id:
                raise DuplicateError(f"A plan named '{name}' already exists: choose another "
                                     "name")
            if plan_id is None:
                cursor = self._db.execute(
                    "INSERT INTO collection_plans (name, notes, orders_per_year) "
                    "VALUES (?, ?, ?)", [name, notes or "", orders])
                plan_id = int(cursor.lastrowid or 0)
            else:
                cursor = self._db.execute(
                    "UPDATE collection_plans SET name = ?, notes = coalesce(?, notes), "
                    "orders_per_year = ? WHERE id = ?", [name, notes, orders, plan_id])
                if cursor.rowcount != 1:
                    raise NotFound(f"Plan '{name}' no longer exists")
            self._write_lines(plan_id, checked)
        return plan_id

    def restore_plan(self, plan: StoredPlan) -> int:
        """Put a deleted plan back under its own id, with its lines (undo)."""
        with self._db.atomic():
            if self.plan_id_for_name(plan.name) is not None:
                raise DuplicateError(f"A plan named '{plan.name}' already exists, so the "
                                     "deleted one cannot come back")
            try:
                self._db.execute("INSERT INTO collection_plans (id, name, notes, "
                                 "orders_per_year, fee_life_years) VALUES (?, ?, ?, ?, ?)",
                                 [plan.id, plan.name, plan.notes, plan.orders_per_year,
                                  plan.fee_life_years])
                self._write_lines(plan.id, list(plan.lines))
            except sqlite3.IntegrityError as error:
                raise StorageError(f"Plan '{plan.name}' cannot be put back: what it referred "
                                   f"to has changed ({error})") from None
        return plan.id

    def _write_lines(self, plan_id: int, lines: list[tuple[int, int]]) -> None:
        self._db.execute("DELETE FROM plan_lines WHERE plan_id = ?", [plan_id])
        for design_id, volume in lines:
            self._db.execute("INSERT INTO plan_lines (plan_id, design_id, volume) "
                             "VALUES (?, ?, ?)", [plan_id, design_id, volume])

    def delete_plan(self, plan_id: int) -> None:
        """Delete a plan with its lines (the designs stay)."""
        with self._db.atomic():
            self._db.execute("DELETE FROM plan_lines WHERE plan_id = ?", [plan_id])
            cursor = self._db.execute("DELETE FROM collection_plans WHERE id = ?", [plan_id])
            if cursor.rowcount != 1:
                raise NotFound(f"Plan #{plan_id} does not exist")

    # --- landed-cost terms, per supplier -----------------------------------------------------

    def _supplier_name(self, supplier_id: int) -> str:
        row = self._db.execute("SELECT name FROM suppliers WHERE id = ?",
                               [supplier_id]).fetchone()
        if row is None:
            raise NotFound(f"Supplier #{supplier_id} does not exist")
        return str(row[0])

    def has_landed_terms(self, supplier_id: int) -> bool:
        return self._db.execute("SELECT 1 FROM supplier_landed_terms WHERE supplier_id = ?",
                                [supplier_id]).fetchone() is not None

    def landed_terms(self, supplier_id: int) -> LandedCostTerms:
        """The supplier's terms (the engine's defaults when none are stored). Amounts are in
        the base currency. The per-quote fields (supplier_metal_loss_pct, brand_supplied) are
        left at their defaults: they are each quote's (quote_terms)."""
        self._supplier_name(supplier_id)
        settings = self.customs_settings()
        vat, registered = settings.effective_vat_pct, settings.vat_registered
        rows = self._db.query(f"SELECT {', '.join(_STORED_COLUMNS)} FROM supplier_landed_terms "
                              "WHERE supplier_id = ?", [supplier_id])
        if not rows:
            basis, source = settings.resolve("country")
            return LandedCostTerms(customs_basis=basis, basis_source=source,
                                   basis_from_country=True, import_vat_pct=vat,
                                   vat_registered=registered)
        r = rows[0]
        with stored_values():
            choice = str(r["customs_basis_choice"])
            if choice != "country":
                choice = stored_enum(CustomsBasis, choice).value
            basis, source = settings.resolve(choice)
            return LandedCostTerms(
                duty_pct=stored_decimal(r["duty_pct"]),
                customs_basis=basis, basis_source=source,
                basis_from_country=choice == "country",
                insurance_pct=stored_decimal(r["insurance_pct"]),
                freight_per_shipment=stored_decimal(r["freight_per_shipment"]),
                freight_per_piece=stored_decimal(r["freight_per_piece"]),
                inland_freight_per_shipment=stored_decimal(r["inland_freight_per_shipment"]),
                inland_freight_per_piece=stored_decimal(r["inland_freight_per_piece"]),
                inspection_per_shipment=stored_decimal(r["inspection_per_shipment"]),
                inspection_per_piece=stored_decimal(r["inspection_per_piece"]),
                fx_buffer_pct=stored_decimal(r["fx_buffer_pct"]),
                defect_allowance_pct=stored_decimal(r["defect_allowance_pct"]),
                shipments_per_year=stored_int(r["shipments_per_year"]),
                import_vat_pct=vat, vat_registered=registered)

    def set_landed_terms(self, supplier_id: int, terms: LandedCostTerms) -> None:
        """Store the supplier's terms (amounts in the base currency), replacing any before.

        The metal loss and the parts the brand supplies belong to each quote: terms that set
        them are refused (set_quote_terms)."""
        name = self._supplier_name(supplier_id)
        if terms.supplier_metal_loss_pct != ZERO or \
                terms.brand_supplied != DEFAULT_BRAND_SUPPLIED:
            raise StorageError(f"{name}: the metal loss and the parts you supply are kept per "
                               "quote, not per supplier: set them on each quote")
        choice = "country" if terms.basis_from_country else terms.customs_basis.value
        if choice == "country":
            settings = self.customs_settings()
            if settings.country:
                country_rule(settings.country)  # refused when its basis is not known
        values = [str(terms.duty_pct), str(terms.insurance_pct),
                  str(terms.freight_per_shipment), str(terms.freight_per_piece),
                  str(terms.inspection_per_shipment), str(terms.inspection_per_piece),
                  str(terms.fx_buffer_pct), str(terms.defect_allowance_pct),
                  terms.shipments_per_year, str(terms.inland_freight_per_shipment),
                  str(terms.inland_freight_per_piece), terms.customs_basis.value, choice]
        with self._db.atomic():
            self._db.execute(
                f"INSERT INTO supplier_landed_terms (supplier_id, {', '.join(_STORED_COLUMNS)})"
                f" VALUES (?, {', '.join('?' for _ in _STORED_COLUMNS)}) "
                f"ON CONFLICT (supplier_id) DO UPDATE SET "
                f"{', '.join(f'{c} = excluded.{c}' for c in _STORED_COLUMNS)}",
                [supplier_id, *values])

    # --- the importing country, import VAT, the life of one-time fees -----------------------

    def customs_settings(self) -> CustomsSettings:
        """The workspace's importing country, import VAT % and VAT registration."""
        settings = self._settings
        vat = settings.get(IMPORT_VAT, "")
        with stored_values():
            return CustomsSettings(settings.get(IMPORT_COUNTRY, ""),
                                   stored_decimal(vat) if vat else None,
                                   settings.get(VAT_REGISTERED, "1") != "0")

    def suppliers_following_country(self) -> list[str]:
        """Suppliers whose duty basis follows the importing country (none stored, or the
        choice 'country'), by name."""
        return [str(r[0]) for r in self._db.execute(
            "SELECT s.name FROM suppliers s LEFT JOIN supplier_landed_terms t ON "
            "t.supplier_id = s.id WHERE t.supplier_id IS NULL OR t.customs_basis_choice = "
            "'country' ORDER BY s.name COLLATE NOCASE")]

    def set_customs_settings(self, values: CustomsSettings) -> None:
        """Store the importing country and import VAT. A country whose basis jewelbench does
        not know is refused while a supplier follows the country's rule."""
        with self._db.atomic():
            if values.country and values.rule is None:
                following = self.suppliers_following_country()
                if following:
                    try:
                        country_rule(values.country)
                    except DomainError as error:
                        raise DomainError(f"{error}; {', '.join(following[:3])}"
                                          f"{' …' if len(following) > 3 else ''} follow the "
                                          "country's rule") from None
            settings = self._settings
            settings.set(IMPORT_COUNTRY, values.country)
            settings.set(IMPORT_VAT, "" if values.vat_pct is None else str(values.vat_pct))
            settings.set(VAT_REGISTERED, "1" if values.vat_registered else "0")

    def fee_life(self, kind: str, subject_id: int) -> int | None:
        """The years a design's ('design') or plan's ('plan') one-time fees are charged over;
        None: the default (DEFAULT_FEE_LIFE)."""
        table = _FEE_LIFE_TABLES[kind]
        row = self._db.execute(f"SELECT fee_life_years FROM {table} WHERE id = ?",
                               [subject_id]).fetchone()
        if row is None:
            raise NotFound(f"{kind.capitalize()} #{subject_id} does not exist")
        with stored_values():
            return None if row[0] is None else check_fee_life(stored_int(row[0]))

    def set_fee_life(self, kind: str, subject_id: int, years: int | None) -> None:
        table = _FEE_LIFE_TABLES[kind]
        if years is not None:
            check_fee_life(years)
        with self._db.atomic():
            cursor = self._db.execute(f"UPDATE {table} SET fee_life_years = ? WHERE id = ?",
                                      [years, subject_id])
            if cursor.rowcount != 1:
                raise NotFound(f"{kind.capitalize()} #{subject_id} no longer exists")

    def clear_landed_terms(self, supplier_id: int) -> None:
        """Forget the supplier's terms: the engine's defaults apply again (undo of a first
        set_landed_terms)."""
        with self._db.atomic():
            self._db.execute("DELETE FROM supplier_landed_terms WHERE supplier_id = ?",
                             [supplier_id])

    # --- what a quote leaves to the brand ----------------------------------------------------

    def quote_terms(self, quote_id: int) -> QuoteCostingTerms:
        row = self._db.execute("SELECT supplier_metal_loss_pct, brand_supplied FROM quotes "
                               "WHERE id = ?", [quote_id]).fetchone()
        if row is None:
            raise NotFound(f"Quote #{quote_id} does not exist")
        with stored_values():
            return QuoteCostingTerms(stored_decimal(row[0]), _parts_in(row[1]))

    def set_quote_terms(self, quote_id: int, terms: QuoteCostingTerms) -> None:
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE quotes SET supplier_metal_loss_pct = ?, brand_supplied = ? "
                "WHERE id = ?",
                [str(terms.supplier_metal_loss_pct), _parts_out(terms.brand_supplied),
                 quote_id])
            if cursor.rowcount != 1:
                raise NotFound(f"Quote #{quote_id} does not exist (it may have been deleted)")

    # --- a scenario's in-house options -------------------------------------------------------

    def in_house_terms(self, scenario_id: int) -> InHouseTerms:
        rows = self._db.query(f"SELECT {', '.join(TERMS_COLUMNS)} "
                              "FROM inhouse_scenarios WHERE id = ?", [scenario_id])
        if not rows:
            raise NotFound(f"Scenario #{scenario_id} does not exist")
        row = rows[0]
        with stored_values():
            return InHouseTerms(capex_view=stored_enum(CapexView, row["capex_view"]),
                                labour_in_salaries=bool(row["labour_in_salaries"]),
                                capacity_step_role=row["capacity_step_role"],
                                recoverable_pct=stored_decimal(row["recoverable_pct"]),
                                refining_pct=stored_decimal(row["refining_pct"]),
                                fx_buffer_pct=stored_decimal(row["fx_buffer_pct"]),
                                capital_rate_pct=stored_decimal(row["capital_rate_pct"]),
                                bench_hours_year=stored_decimal(row["bench_hours_year"]),
                                benches=stored_int(row["benches"]))

    def set_in_house_terms(self, scenario_id: int, terms: InHouseTerms) -> None:
        """Store the scenario's options; a step role must be one of its staff roles."""
        with self._db.atomic():
            row = self._db.execute("SELECT name FROM inhouse_scenarios WHERE id = ?",
                                   [scenario_id]).fetchone()
            if row is None:
                raise NotFound(f"Scenario #{scenario_id} does not exist")
            role = terms.capacity_step_role
            if role is not None:
                roles = [str(r[0]) for r in self._db.execute(
                    "SELECT role FROM scenario_staff WHERE scenario_id = ? ORDER BY id",
                    [scenario_id])]
                if role not in roles:
                    known = ", ".join(roles) or "it has no staff"
                    raise DomainError(f"Capacity step role '{role}' is not a staff role of "
                                      f"scenario '{row[0]}' ({known})")
            self._db.execute(
                f"UPDATE inhouse_scenarios SET {', '.join(c + ' = ?' for c in TERMS_COLUMNS)} "
                "WHERE id = ?",
                [terms.capex_view.value, int(terms.labour_in_salaries), role,
                 str(terms.recoverable_pct), str(terms.refining_pct), str(terms.fx_buffer_pct),
                 str(terms.capital_rate_pct), str(terms.bench_hours_year), terms.benches,
                 scenario_id])

    # --- putting a comparison together -------------------------------------------------------

    def prices(self, on: dt.date) -> PriceContext:
        """The costing date with every stored metal price, FX rate and alloy: the engine
        takes the newest on or before the date."""
        prices = self._prices
        return PriceContext(on, self.base_currency(), tuple(prices.metal_prices()),
                            tuple(prices.fx_rates()),
                            {alloy.code: alloy for alloy in prices.alloys()})

    def setup_for_design(self, design_id: int, scenario_id: int, on: dt.date,
                         volume: int,
                         basis: FixedCostBasis = FixedCostBasis.ALLOCATED) -> CostingSetup:
        """One design at `volume` pieces a year: in-house against each of its quotes that is
        valid on `on` (one route per quote, named after its supplier), its fixed costs on
        `basis` (allocated over the workshop's designs by default: basis_pool)."""
        design = self._designs.get(design_id)
        plan = CollectionPlan.of_design(design, volume)
        quotes = self._quotes_for([design_id])
        skipped: list[str] = []
        valid: list[tuple[Quote, str]] = []
        for quote, supplier in quotes:
            reason = self._left_out(quote, on)
            if reason:
                skipped.append(LEFT_OUT(quote=_label(quote), supplier=supplier,
                                        reason=reason).sentence())
            else:
                valid.append((quote, supplier))
        per_supplier: dict[str, int] = {}
        for _quote, supplier in valid:
            per_supplier[supplier] = per_supplier.get(supplier, 0) + 1
        routes: list[OutsourcedRoute] = []
        for quote, supplier in valid:
            name = supplier if per_supplier[supplier] == 1 else f"{supplier} ({_label(quote)})"
            quote_terms = self.quote_terms(quote.id or 0)
            terms = self._route_terms(quote.supplier_id, quote_terms.supplier_metal_loss_pct,
                                      quote_terms.brand_supplied,
                                      self.fee_life("design", design_id))
            routes.append(OutsourcedRoute.single(name, design.code, quote, terms))
        notes = self._terms_notes({q.supplier_id: s for q, s in valid})
        pool, pool_name = self.basis_pool(design_id, volume)
        return CostingSetup(f"{design.code} {design.name}", plan,
                            self._scenario(scenario_id), routes, self.prices(on),
                            self.in_house_terms(scenario_id), skipped, notes,
                            BasisTerms(basis, pool, pool_name),
                            MarginTerms(self.wholesale_factor()))

    def setup_for_plan(self, plan_id: int, scenario_id: int, on: dt.date) -> CostingSetup:
        """A collection plan at its planned volumes: in-house against each supplier that has
        a valid quote on `on` for every design of the plan (its newest, when it has two);
        every supplier and quote left out is in `skipped`, with the reason."""
        plan = self.plan(plan_id)
        by_id = {line.design.id or 0: line.design for line in plan.lines}
        codes = [line.design.code for line in plan.lines]
        offers: dict[int, dict[str, Quote]] = {}
        names: dict[int, str] = {}
        left_out: dict[int, list[str]] = {}  # by supplier
        for quote, supplier in self._quotes_for(list(by_id)):
            names[quote.supplier_id] = supplier
            chosen = offers.setdefault(quote.supplier_id, {})
            skipped = left_out.setdefault(quote.supplier_id, [])
            code = by_id[quote.design_id].code
            reason = self._left_out(quote, on)
            if reason:
                skipped.append(LEFT_OUT(quote=_label(quote), supplier=supplier,
                                        reason=reason).sentence())
                continue
            before = chosen.get(code)
            if before is not None:  # quotes come oldest first: the newer one prices it
                skipped.append(f"{_label(before)} from {supplier}: {code} is priced by its "
                               f"newer quote {_label(quote)}")
            chosen[code] = quote
        routes: list[OutsourcedRoute] = []
        used: dict[int, str] = {}
        skipped = []
        for supplier_id in names:  # by supplier name
            skipped += left_out[supplier_id]
            supplier, chosen = names[supplier_id], offers[supplier_id]
            missing = [code for code in codes if code not in chosen]
            if missing:
                skipped.append(f"{supplier}: no valid quote for {', '.join(missing)} (a route "
                               "must price every design of the plan)")
                continue
            quotes = {code: chosen[code] for code in codes}
            merged = _mixed(quotes) or self._merged_quote_terms(quotes, by_id)
            if isinstance(merged, str):
                skipped.append(f"{supplier}: {merged}: compare these designs one by one")
                continue
            loss, parts = merged
            routes.append(OutsourcedRoute(supplier, quotes, self._route_terms(
                supplier_id, loss, parts, self.fee_life("plan", plan_id))))
            used[supplier_id] = supplier
        notes = self._terms_notes(used)
        return CostingSetup(f"Plan '{plan.name}'", plan, self._scenario(scenario_id), routes,
                            self.prices(on), self.in_house_terms(scenario_id), skipped, notes,
                            margin=MarginTerms(self.wholesale_factor()))

    # --- helpers -------------------------------------------------------------------------------

    def _scenario(self, scenario_id: int) -> InHouseScenario:
        return self._scenarios.get(scenario_id)

    def _quotes_for(self, design_ids: list[int]) -> list[tuple[Quote, str]]:
        """Every quote for these designs, whole, with its supplier's name: by supplier, then
        oldest first."""
        if not design_ids:
            return []
        repository = self._quotes
        marks = ", ".join("?" for _ in design_ids)
        rows = self._db.execute(
            f"SELECT q.id, s.name FROM quotes q JOIN suppliers s ON s.id = q.supplier_id "
            f"WHERE q.design_id IN ({marks}) ORDER BY s.name COLLATE NOCASE, s.id, "
            f"q.quoted_on, q.id", design_ids).fetchall()
        quotes = repository.get_many([int(r[0]) for r in rows])  # one batched read
        return [(quote, str(r[1])) for quote, r in zip(quotes, rows, strict=True)]

    @staticmethod
    def _left_out(quote: Quote, on: dt.date) -> Message | None:
        if quote.is_expired(on):
            return EXPIRED_ON(date=quote.valid_until)
        if quote.quoted_on > on:
            return QUOTED_AFTER(quoted=quote.quoted_on, on=on)
        return None

    def _route_terms(self, supplier_id: int, loss: Decimal, parts: frozenset[str],
                     fee_life: int | None) -> LandedCostTerms:
        stored = self.landed_terms(supplier_id)
        return replace(stored, supplier_metal_loss_pct=loss, brand_supplied=parts,
                       fee_life_years=fee_life or DEFAULT_FEE_LIFE)

    def _terms_notes(self, suppliers: dict[int, str]) -> list[str]:
        notes: list[str] = [
            NO_LANDED_TERMS(supplier=name).sentence()
            for supplier_id, name in sorted(suppliers.items(), key=lambda s: s[1])
            if not self.has_landed_terms(supplier_id)]
        settings = self.customs_settings()
        if suppliers and settings.country and settings.rule is None and any(
                self.landed_terms(supplier_id).basis_from_country for supplier_id in suppliers):
            notes.append(f"Customs: {settings.resolve('country')[1]}")
        return notes

    def _merged_quote_terms(self, quotes: dict[str, Quote], designs: dict[int, Design]
                            ) -> tuple[Decimal, frozenset[str]] | str:
        """One supplier's per-quote terms as the one set a route takes, or why they differ
        in a way that matters: the metal loss of its making-charge quotes (all-in prices
        carry their metal), and for each BOM part the designs that have one."""
        terms = {code: self.quote_terms(q.id or 0) for code, q in quotes.items()}
        losses = {code: terms[code].supplier_metal_loss_pct for code, q in quotes.items()
                  if q.pricing_basis is PricingBasis.MAKING_PLUS_METAL}
        if len(set(losses.values())) > 1:
            stated = ", ".join(f"{loss.normalize():f} % for {code}"
                               for code, loss in losses.items())
            return f"its quotes invoice different metal losses ({stated})"
        loss = next(iter(losses.values()), ZERO)
        parts: set[str] = set()
        for group in BOM_GROUPS:
            having = [code for code, q in quotes.items() if _has_part(designs[q.design_id],
                                                                      group)]
            yours = [code for code in having if group in terms[code].brand_supplied]
            theirs = [code for code in having if group not in terms[code].brand_supplied]
            if yours and theirs:
                return (f"you supply the {_PART_NAMES[group]} for {', '.join(yours)} but the "
                        f"supplier does for {', '.join(theirs)}")
            if yours or (not having and all(group in t.brand_supplied
                                            for t in terms.values())):
                parts.add(group)
        return loss, frozenset(parts)


def _mixed(quotes: dict[str, Quote]) -> str:
    """Why one route cannot hold these quotes (the engine wants one currency and one
    incoterm per route), or ''."""
    for what in ("currencies", "incoterms"):
        seen: dict[str, list[str]] = {}
        for code, quote in quotes.items():
            key = quote.currency if what == "currencies" else quote.incoterm.value
            seen.setdefault(key, []).append(code)
        if len(seen) > 1:
            stated = "; ".join(f"{key} for {', '.join(codes)}" for key, codes in seen.items())
            return f"its quotes mix {what} ({stated})"
    return ""
