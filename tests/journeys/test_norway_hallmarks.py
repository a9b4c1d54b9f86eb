"""Journey: a Norwegian brand marks a piece for Norway. From an empty workspace, a design of
10k gold gets a tech pack whose market is typed as "Norge": the DFM tab says the piece is
marked 375 there (a fineness between two standards counts as the lower) and, until a maker's
mark is typed, that a fineness mark needs the responsibility mark (ansvarsmerke)."""

from __future__ import annotations

from steps import DESIGN_CODE, Road, click, edit_cell, type_into


def warnings_shown(editor) -> list[str]:
    editor.tabs.setCurrentIndex(editor.tabs.count() - 1)  # DFM
    items = editor.dfm.warning_list
    return [items.item(row).text() for row in range(items.count())]


def test_a_piece_marked_for_norway_is_held_to_norways_standards(road: Road) -> None:
    window, qtbot = road.window, road.qtbot
    road.create_design_with_bom()  # a 925 silver ring
    catalog = window.designs
    click(qtbot, catalog.edit_button)
    editor = catalog.editor
    qtbot.waitExposed(editor)
    editor.tabs.setCurrentIndex(1)  # Bill of Materials
    metals = editor.sections[0]
    edit_cell(qtbot, metals.page, 0, 0, "10k yellow gold")
    qtbot.waitUntil(lambda: road.workspace.designs.get_by_code(
        DESIGN_CODE).metals[0].alloy_code == "AU417Y")
    editor.close()

    click(qtbot, catalog.tech_pack_button)
    pack = catalog.tech_pack_editor
    qtbot.waitExposed(pack)
    click(qtbot, pack.new_draft_button)
    pack.tabs.setCurrentIndex(pack.tabs.indexOf(pack.dimensions) + 2)  # Materials
    type_into(qtbot, pack.materials.markets, "Norge")
    shown = warnings_shown(pack)
    assert any("For Norway 10k yellow gold (417) is marked 375, the standard below it; its "
               "stamp says 417." in text for text in shown), shown
    assert any("responsibility mark (ansvarsmerke)" in text for text in shown), shown
    pack.dfm.warning_list.setCurrentRow(0)
    assert "Justervesenet" in pack.dfm.warning_why.text() or "Stamping Act" in (
        pack.dfm.warning_why.text())

    pack.tabs.setCurrentIndex(pack.tabs.indexOf(pack.dimensions) + 2)
    type_into(qtbot, pack.materials.maker_mark, "MVJ")
    shown = warnings_shown(pack)
    assert not any("ansvarsmerke" in text for text in shown), shown
    assert any("is marked 375" in text for text in shown), shown
    road.no_message_box()
