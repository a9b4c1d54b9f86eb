"""Journey: figures typed and read the Norwegian way, from an empty workspace.

The region nb_NO is what jewelbench's start sets when the user's Settings say Norway (here
locale_forms.set_locale, as app/main does before any widget). Through View ▸ Designs, New and
Edit the designer types a retail price in the English form, is told beside the field how
Norway writes it (and nothing is saved), types it the Norwegian way with the krone sign, and
a metal weight with a decimal comma; the design's preview shows both in Norwegian forms, and
the weight in pennyweights once that is the unit chosen.

Figures by hand: 1 234,50 is 1234.50; 4,2 g of 925 silver is 4.2 × 925 / 1000 = 3.885 g fine,
shown 3,89 g; 4,2 g is 4.2 ÷ (31.1034768 ÷ 20) = 4.2 ÷ 1.55517384 = 2.7007 dwt, shown 2,70 dwt.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
import steps
from PySide6.QtWidgets import QLabel
from steps import DESIGN_CODE, _add_button, click, edit_cell, type_into

from jewelbench.domain import locale_forms

NBSP = "\u00a0"


@pytest.fixture
def norway():
    locale_forms.set_locale("nb_NO")
    yield
    locale_forms.set_locale("")
    locale_forms.set_weight_unit(locale_forms.WeightUnit.GRAM)


def _preview_texts(catalog) -> list[str]:
    return [label.text() for label in catalog.preview.findChildren(QLabel)]


def test_a_designer_in_norway_types_and_reads_figures_the_norwegian_way(norway, road):
    window, qtbot = road.window, road.qtbot
    base = window.workspace.base_currency
    catalog = steps.new_design(road, category=None)
    click(qtbot, catalog.edit_button)
    editor = catalog.editor
    qtbot.waitExposed(editor)

    # The English form is refused beside the field with Norway's form; nothing is saved.
    type_into(qtbot, editor.retail, "1,234.50")
    assert editor.retail.error.isVisible()
    assert editor.retail.error.text() == (
        f"“1,234.50” is written in another region's form: write 1{NBSP}234,50.")
    assert editor.retail.edit.text() == "1,234.50", "what was typed stays to be corrected"
    design = window.workspace.designs.get_by_code(DESIGN_CODE)
    assert design.target_retail_price is None

    # "1.234" could be a thousand or one and a bit: asked, not guessed.
    type_into(qtbot, editor.retail, "1.234")
    assert editor.retail.error.text() == (
        f"“1.234” can be read two ways: write 1{NBSP}234 or 1,234.")

    # The Norwegian way, with the krone sign as on a price tag: taken.
    type_into(qtbot, editor.retail, "kr 1 234,50")
    assert not editor.retail.error.isVisible()
    design = window.workspace.designs.get_by_code(DESIGN_CODE)
    assert design.target_retail_price.amount == Decimal("1234.50")

    # A metal line: sterling silver, 4,2 g typed with a decimal comma.
    editor.tabs.setCurrentIndex(1)  # Bill of Materials
    metals = editor.sections[0]
    click(qtbot, _add_button(metals))
    edit_cell(qtbot, metals.page, 0, 0, "925")
    edit_cell(qtbot, metals.page, 0, 1, "4,2")
    design = window.workspace.designs.get_by_code(DESIGN_CODE)
    assert [str(m.finished_weight_g) for m in design.metals] == ["4.2"]
    editor.close()

    # The catalog's preview reads it back in Norwegian forms.
    texts = _preview_texts(catalog)
    assert f"1{NBSP}234,50 {base}" in texts
    assert "4,20 g" in texts
    assert "3,89 g silver" in texts

    # Weights in pennyweights (the unit Settings applies, refreshing what shows figures).
    locale_forms.set_weight_unit("dwt")
    catalog.refresh_design(design.id)
    texts = _preview_texts(catalog)
    assert "2,70 dwt" in texts, texts
