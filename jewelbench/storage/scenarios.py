"""In-house scenarios with equipment, overheads, staff and labour.

A scenario is saved as a whole: its rows in the four child tables are replaced together with
it, in one transaction. Names are unique in a workspace, whatever their case.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from jewelbench.domain.scenarios import (
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
)
from jewelbench.storage.convert import stored_decimal, stored_int, stored_values
from jewelbench.storage.repository import (
    DuplicateError,
    NotFound,
    replace_children,
)
from jewelbench.storage.store import Store

_COLUMNS = ("name", "currency", "loaded_hourly_rate", "casting_loss_pct", "buyer_premium_pct",
            "stone_breakage_pct", "error_rate_pct", "consumables_per_piece", "notes")
# The in-house options the cost comparison keeps beside the scenario (storage.costing).
TERMS_COLUMNS = ("capex_view", "labour_in_salaries", "capacity_step_role", "recoverable_pct",
                 "refining_pct", "fx_buffer_pct", "capital_rate_pct", "bench_hours_year",
                 "benches")
_CHILD_TABLES = ("scenario_equipment", "scenario_overheads", "scenario_staff",
                 "scenario_labour")


def _duplicate(name: str) -> DuplicateError:
    return DuplicateError(f"A scenario named '{name}' already exists: choose another name")


def _values(scenario: InHouseScenario) -> list[str]:
    return [scenario.name, scenario.currency, str(scenario.loaded_hourly_rate),
            str(scenario.casting_loss_pct), str(scenario.buyer_premium_pct),
            str(scenario.stone_breakage_pct), str(scenario.error_rate_pct),
            str(scenario.consumables_per_piece), scenario.notes]


class ScenarioRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    # --- writing ---------------------------------------------------------------------------

    def add(self, scenario: InHouseScenario) -> int:
        """Save a new scenario with its children; its id is set. Whatever id it carried is
        ignored, so a scenario read from the file and renamed is saved as a copy."""
        with self._db.atomic():
            self._check_name(scenario.name, None)
            cursor = self._insert(scenario, None)
            scenario_id = int(cursor.lastrowid or 0)
            previous = scenario.id
            scenario.id = scenario_id
            self._db.on_rollback(lambda: setattr(scenario, "id", previous))
            self._save_children(scenario_id, scenario)
        return scenario_id

    def restore(self, scenario: InHouseScenario) -> int:
        """Put a deleted scenario back under its own id, with its children (undo)."""
        if scenario.id is None:
            return self.add(scenario)
        with self._db.atomic():
            if self._exists(scenario.id):
                raise DuplicateError(f"Scenario #{scenario.id} already exists")
            self._check_name(scenario.name, None)
            self._insert(scenario, scenario.id)
            self._save_children(scenario.id, scenario)
        return scenario.id

    def update(self, scenario: InHouseScenario) -> None:
        """Save a changed scenario: its fields, and its children replaced, in one transaction."""
        if scenario.id is None:
            raise NotFound("This scenario has not been saved yet")
        with self._db.atomic():
            self._check_name(scenario.name, scenario.id)
            try:
                cursor = self._db.execute(
                    f"UPDATE inhouse_scenarios SET {', '.join(c + ' = ?' for c in _COLUMNS)} "
                    "WHERE id = ?", [*_values(scenario), scenario.id])
            except sqlite3.IntegrityError:
                raise _duplicate(scenario.name) from None
            if cursor.rowcount != 1:
                raise NotFound(f"Scenario '{scenario.name}' no longer exists")
            self._save_children(scenario.id, scenario)

    def delete(self, scenario_id: int) -> None:
        """Delete a scenario with its equipment, overheads, staff and labour."""
        with self._db.atomic():
            for table in _CHILD_TABLES:  # the schema cascades too; this does not depend on it
                self._db.execute(f"DELETE FROM {table} WHERE scenario_id = ?", [scenario_id])
            cursor = self._db.execute("DELETE FROM inhouse_scenarios WHERE id = ?",
                                      [scenario_id])
            if cursor.rowcount != 1:
                raise NotFound(f"Scenario #{scenario_id} does not exist")

    def duplicate(self, scenario_id: int, name: str) -> int:
        """A copy of a scenario, children and all, under another name; the copy's id."""
        with self._db.atomic():
            copy = replace(self.get(scenario_id), id=None, name=name)
            copy_id = self.add(copy)
            # the in-house options the cost comparison keeps beside the scenario (schema 4)
            # and the recovered metal, FX buffer, cost of capital and benches (schema 7)
            options = ", ".join(TERMS_COLUMNS)
            self._db.execute(
                f"UPDATE inhouse_scenarios SET ({options}) = (SELECT {options} "
                "FROM inhouse_scenarios WHERE id = ?) WHERE id = ?",
                [scenario_id, copy_id])
            return copy_id

    def _insert(self, scenario: InHouseScenario, scenario_id: int | None) -> Any:
        columns = ("id", *_COLUMNS) if scenario_id is not None else _COLUMNS
        values = [scenario_id, *_values(scenario)] if scenario_id is not None \
            else _values(scenario)
        try:
            return self._db.execute(
                f"INSERT INTO inhouse_scenarios ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})", values)
        except sqlite3.IntegrityError:
            raise _duplicate(scenario.name) from None

    def _check_name(self, name: str, own_id: int | None) -> None:
        other = self.id_for_name(name)
        if other is not None and other != own_id:
            raise _duplicate(name)

    def _save_children(self, sid: int, scenario: InHouseScenario) -> None:
        db = self._db
        replace_children(db, "scenario_equipment", "scenario_id", sid, (
            {"name": e.name, "cost": str(e.cost), "useful_life_years": e.useful_life_years,
             "salvage_value": str(e.salvage_value), "design_code": e.design_code}
            for e in scenario.equipment))
        replace_children(db, "scenario_overheads", "scenario_id", sid, (
            {"name": o.name, "monthly_cost": str(o.monthly_cost)}
            for o in scenario.overheads))
        replace_children(db, "scenario_staff", "scenario_id", sid, (
            {"role": s.role, "monthly_salary": str(s.monthly_salary),
             "headcount": s.headcount, "hours_per_month": str(s.hours_per_month)}
            for s in scenario.staff))
        replace_children(db, "scenario_labour", "scenario_id", sid, (
            {"design_code": lab.design_code, "operation": lab.operation,
             "minutes_per_piece": str(lab.minutes_per_piece)} for lab in scenario.labour))

    # --- reading ---------------------------------------------------------------------------

    def names(self) -> list[tuple[int, str]]:
        return [(r[0], r[1]) for r in self._db.execute(
            "SELECT id, name FROM inhouse_scenarios ORDER BY name")]

    def id_for_name(self, name: str) -> int | None:
        """The scenario with this name, whatever its case."""
        row = self._db.execute("SELECT id FROM inhouse_scenarios WHERE name = ? "
                               "COLLATE NOCASE", [name.strip()]).fetchone()
        return int(row[0]) if row else None

    def _exists(self, scenario_id: int) -> bool:
        return self._db.execute("SELECT 1 FROM inhouse_scenarios WHERE id = ?",
                                [scenario_id]).fetchone() is not None

    def all(self) -> list[InHouseScenario]:
        return [self.get(scenario_id) for scenario_id, _ in self.names()]

    def get(self, scenario_id: int) -> InHouseScenario:
        rows = list(self._db.query("SELECT * FROM inhouse_scenarios WHERE id = ?",
                                   [scenario_id]))
        if not rows:
            raise NotFound(f"Scenario #{scenario_id} does not exist")
        r = rows[0]

        def children(table: str) -> list[dict[str, Any]]:
            return list(self._db.query(
                f"SELECT * FROM {table} WHERE scenario_id = ? ORDER BY id", [scenario_id]))

        with stored_values():
            return InHouseScenario(
                id=r["id"], name=r["name"], currency=r["currency"],
                loaded_hourly_rate=stored_decimal(r["loaded_hourly_rate"]),
                casting_loss_pct=stored_decimal(r["casting_loss_pct"]),
                buyer_premium_pct=stored_decimal(r["buyer_premium_pct"]),
                stone_breakage_pct=stored_decimal(r["stone_breakage_pct"]),
                error_rate_pct=stored_decimal(r["error_rate_pct"]),
                consumables_per_piece=stored_decimal(r["consumables_per_piece"]), notes=r["notes"],
                equipment=[Equipment(e["name"], stored_decimal(e["cost"]),
                                     stored_int(e["useful_life_years"]),
                                     stored_decimal(e["salvage_value"]),
                                     e.get("design_code"))
                           for e in children("scenario_equipment")],
                overheads=[Overhead(o["name"], stored_decimal(o["monthly_cost"]))
                           for o in children("scenario_overheads")],
                staff=[StaffRole(s["role"], stored_decimal(s["monthly_salary"]),
                                 stored_int(s["headcount"]), stored_decimal(s["hours_per_month"]))
                       for s in children("scenario_staff")],
                labour=[LabourOperation(lab["operation"], stored_decimal(lab["minutes_per_piece"]),
                                        lab["design_code"]) for lab in children("scenario_labour")])
