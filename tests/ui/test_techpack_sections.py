"""A tech pack section tab stands on its own: shown a draft and its revision, it asks for each
change through its signals and writes nothing itself (the editor saves what it asks for)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jewelbench.storage import Workspace
from jewelbench.ui.techpacks.callouts import CalloutsTab
from jewelbench.ui.techpacks.dfm import DfmTab
from jewelbench.ui.techpacks.section import DraftChange, RevisionShown


@pytest.fixture
def workspace(demo_copy):
    opened = Workspace.open(demo_copy)
    yield opened
    opened.close()


def _revision(workspace: Workspace, code: str, label: str):
    design = workspace.designs.get_by_code(code)
    revision = next(r for r in workspace.tech_packs.for_design(design.id)
                    if r.revision == label)
    shown = RevisionShown(revision, design, tuple(workspace.prices.alloys()))
    return shown, workspace.tech_packs.draft(revision.id)


def _asked(tab) -> tuple[list[DraftChange], list[str]]:
    changes: list[DraftChange] = []
    said: list[str] = []
    tab.change_requested.connect(changes.append)
    tab.message.connect(said.append)
    return changes, said


def test_a_click_on_the_picture_asks_for_a_callout_and_writes_nothing_itself(qtbot, workspace):
    shown, draft = _revision(workspace, "PD-012", "B")  # an open draft on a design with images
    tab = CalloutsTab(workspace.tech_packs.image_for_snapshot)
    qtbot.addWidget(tab)
    tab.resize(900, 520)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_draft(draft, shown)
    tab.set_editable(True)
    changes, said = _asked(tab)

    canvas = tab.canvas
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton,
                     pos=canvas.point_at(0.25, 0.75).toPoint())

    assert len(changes) == 1 and said == []
    asked = changes[0]
    assert asked.what == "Add callout"
    added = [c for c in asked.after.callouts if c not in draft.callouts]
    assert [(c.label, float(c.x), float(c.y)) for c in added] == [("Callout 1", 0.25, 0.75)]
    assert not asked.saved, "no editor answered: nothing was saved"
    assert workspace.tech_packs.draft(shown.revision.id) == draft, "the tab wrote nothing"


def test_an_issued_revisions_pictures_are_read_through_the_reader_it_is_given(qtbot,
                                                                            workspace):
    shown, draft = _revision(workspace, "PD-012", "A")  # issued, with its frozen images
    read: list[tuple[int, int, bool]] = []

    def frozen(revision_id: int, image_id: int, /, *, thumbnail: bool = False) -> bytes:
        read.append((revision_id, image_id, thumbnail))
        return workspace.tech_packs.image_for_snapshot(revision_id, image_id,
                                                       thumbnail=thumbnail)

    tab = CalloutsTab(frozen)
    qtbot.addWidget(tab)
    tab.show_draft(draft, shown)
    frozen_ids = [image["id"] for image in shown.revision.content["images"]]
    assert [p.id for p in tab.pictures] == frozen_ids
    assert read and {image for _revision_id, image, _thumbnail in read} <= set(frozen_ids)
    assert {revision_id for revision_id, _image, _thumbnail in read} == {shown.revision.id}


def test_acknowledging_without_a_note_is_refused_with_a_reason_and_asks_for_nothing(
        qtbot, workspace):
    shown, draft = _revision(workspace, "PD-012", "B")
    tab = DfmTab()
    qtbot.addWidget(tab)
    tab.show_draft(draft, shown)
    tab.set_editable(True)
    assert tab.warnings, "the demo's draft B has DFM warnings"
    changes, said = _asked(tab)

    assert not tab.acknowledge("   ", tab.warnings[0].code)
    assert said == ["Write why this is acceptable before acknowledging it."]
    assert changes == []

    assert not tab.acknowledge("Checked with the setter", tab.warnings[0].code)
    assert [c.after.acknowledgements[tab.warnings[0].code] for c in changes] == [
        "Checked with the setter"], "asked for, not saved: no editor answered"
