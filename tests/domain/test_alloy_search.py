"""Finding an alloy by what a jeweller types: its name, stamp, karat or code."""

from __future__ import annotations

import pytest

from jewelbench.domain.alloys import STANDARD_ALLOYS, find_alloys


@pytest.mark.parametrize("typed, first", [
    ("925 silver", "AG925"), ("925", "AG925"), ("sterling", "AG925"), ("Sterling", "AG925"),
    ("ag925", "AG925"), ("585", "AU585Y"), ("14k", "AU585Y"), ("14ct", "AU585Y"),
    ("14k white", "AU585W"), ("18k white gold", "AU750W"), ("750", "AU750Y"), ("9k", "AU375Y"),
    ("platinum", "PT950"), ("brass", "BRASS"), ("Brass", "BRASS")])
def test_an_alloy_is_found_by_name_stamp_karat_or_code(typed, first):
    assert find_alloys(typed, STANDARD_ALLOYS)[0].code == first


def test_a_stamp_shared_by_two_golds_finds_both_and_nothing_else():
    assert {a.code for a in find_alloys("585", STANDARD_ALLOYS)} == {"AU585Y", "AU585W"}


@pytest.mark.parametrize("typed", ["", "   ", "unobtainium", "925 gold", "24k"])
def test_what_names_no_alloy_finds_none(typed):
    assert find_alloys(typed, STANDARD_ALLOYS) == []
