"""In-house scenarios with equipment, overheads, staff and labour."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from typing import Any

from jewelbench.domain.scenarios import (
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
)
from jewelbench.storage.repository import (
    DuplicateError,
    NotFound,
    replace_children,
)
from jewelbench.storage.store import Store


class ScenarioRepository:
    def __init__(self, db: Store) -> None:
        self._db = db

    def add(self, scenario: InHouseScenario) -> int:
        with self._db.atomic():
            try:
                cursor = self._db.execute(
                    "INSERT INTO inhouse_scenarios (name, currency, loaded_hourly_rate, "
                    "casting_loss_pct, buyer_premium_pct, stone_breakage_pct, error_rate_pct, "
                    "consumables_per_piece, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [scenario.name, scenario.currency, str(scenario.loaded_hourly_rate),
                     str(scenario.casting_loss_pct), str(scenario.buyer_premium_pct),
                     str(scenario.stone_breakage_pct), str(scenario.error_rate_pct),
                     str(scenario.consumables_per_piece), scenario.notes])
            except sqlite3.IntegrityError:
                raise DuplicateError(f"A scenario named '{scenario.name}' already exists") from None
            scenario.id = int(cursor.lastrowid or 0)
            self._db.on_rollback(lambda: setattr(scenario, "id", None))
            db, sid = self._db, scenario.id
            replace_children(db, "scenario_equipment", "scenario_id", sid, (
                {"name": e.name, "cost": str(e.cost), "useful_life_years": e.useful_life_years,
                 "salvage_value": str(e.salvage_value)} for e in scenario.equipment))
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
        return scenario.id

    def names(self) -> list[tuple[int, str]]:
        return [(r[0], r[1]) for r in self._db.execute(
            "SELECT id, name FROM inhouse_scenarios ORDER BY name")]

    def get(self, scenario_id: int) -> InHouseScenario:
        rows = list(self._db.query("SELECT * FROM inhouse_scenarios WHERE id = ?",
                                   [scenario_id]))
        if not rows:
            raise NotFound(f"Scenario #{scenario_id} does not exist")
        r = rows[0]

        def children(table: str) -> list[dict[str, Any]]:
            return list(self._db.query(
                f"SELECT * FROM {table} WHERE scenario_id = ? ORDER BY id", [scenario_id]))

        return InHouseScenario(
            id=r["id"], name=r["name"], currency=r["currency"],
            loaded_hourly_rate=Decimal(r["loaded_hourly_rate"]),
            casting_loss_pct=Decimal(r["casting_loss_pct"]),
            buyer_premium_pct=Decimal(r["buyer_premium_pct"]),
            stone_breakage_pct=Decimal(r["stone_breakage_pct"]),
            error_rate_pct=Decimal(r["error_rate_pct"]),
            consumables_per_piece=Decimal(r["consumables_per_piece"]), notes=r["notes"],
            equipment=[Equipment(e["name"], Decimal(e["cost"]), e["useful_life_years"],
                                 Decimal(e["salvage_value"]))
                       for e in children("scenario_equipment")],
            overheads=[Overhead(o["name"], Decimal(o["monthly_cost"]))
                       for o in children("scenario_overheads")],
            staff=[StaffRole(s["role"], Decimal(s["monthly_salary"]), s["headcount"],
                             Decimal(s["hours_per_month"])) for s in children("scenario_staff")],
            labour=[LabourOperation(lab["operation"], Decimal(lab["minutes_per_piece"]),
                                    lab["design_code"]) for lab in children("scenario_labour")])
