"""A new user's road, from an empty workspace to a make-or-buy answer, walked through the real
main window by its own menus, buttons, dialogs and typing (issue 12). What each step stores
is read back from the file; nothing is put there except by the window."""

from __future__ import annotations

from steps import Road


def walk_to_quote_and_sample(road: Road) -> None:
    road.set_brand_profile()
    road.create_design_with_bom()
    editor = road.issue_tech_pack()
    editor.close()
    road.add_supplier()
    road.send_rfq()
    road.enter_quote()
    road.sample_round()
    road.create_scenario()


def test_new_user_road_to_quote_and_sample(road):
    walk_to_quote_and_sample(road)
