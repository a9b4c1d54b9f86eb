"""The Finishes tab: the surface finish of each area of the piece (free text; FINISH_KINDS
are the ones offered as examples)."""

from __future__ import annotations

from dataclasses import replace

from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import FINISH_KINDS, Finish, TechPackDraft
from jewelbench.ui.techpacks.lists import ListSection, Row
from jewelbench.ui.techpacks.section import fit_columns
from jewelbench.ui.widgets.table_model import Column


class FinishesTab(ListSection):
    """The draft's finishes as an editable table."""

    field = "finishes"

    def __init__(self) -> None:
        super().__init__()
        fit_columns(self.page, stretch=1)  # the area fits its name, as renamed

    def heading(self) -> str:
        return self.tr("Finishes")

    def columns(self) -> list[Column[Row]]:
        kinds = ", ".join(FINISH_KINDS)
        return [
            Column(self.tr("Area"), lambda r: r.item.area, key="area",
                   edit_text=lambda r: r.item.area),
            Column(self.tr("Finish"), lambda r: r.item.finish, key="finish",
                   edit_text=lambda r: r.item.finish,
                   tooltip=lambda r: fill(self.tr("For example: {kinds}"), kinds=kinds)),
        ]

    def empty_text(self) -> str:
        return self.tr("No finishes yet: use Add for each area (band outside, gallery …).")

    def edit(self, item: Finish, key: str, text: str) -> Finish:
        if key == "area":
            return replace(item, area=text.strip())
        return replace(item, finish=text.strip())

    def new_item(self, draft: TechPackDraft) -> Finish:
        taken = {f.area.casefold() for f in draft.finishes}
        number = len(taken) + 1
        while f"area {number}" in taken:
            number += 1
        return Finish(fill(self.tr("Area {count}"), count=str(number)), FINISH_KINDS[0])
