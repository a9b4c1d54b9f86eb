"""The domain's sentences in the reader's language: a verdict of the cost engine and a field's
refusal said in Norwegian Bokmål through a real QTranslator (a small .ts written here and built
with pyside6-lrelease, as the real jewelbench_nb.ts is), while str() stays English.

Figures are worked out by hand (tests/domain/test_costing_cases.py's verdict case): in-house
1,010 a year + 10 a piece, the quote 30 a piece: at 50 pieces in-house costs 1,510.00 EUR and
the quote 1,500.00 EUR (1 % cheaper); from 51 pieces on in-house is cheaper, up to the 500
searched."""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from jewelbench.app.translations import lrelease
from jewelbench.domain.costing import RouteCost
from jewelbench.domain.designs import MetalLine
from jewelbench.domain.messages import Text
from jewelbench.domain.quote_comparison import parse_quantities
from jewelbench.domain.validation import DomainError, check_number
from jewelbench.ui import i18n
from jewelbench.ui.costs.explain import ExplanationPanel

# They start another program (see the integration marker in pyproject.toml).
pytestmark = pytest.mark.integration


def _costing_cases():
    """The hand-worked cases of tests/domain/test_costing_cases.py (its builders)."""
    path = Path(__file__).resolve().parent.parent / "domain" / "test_costing_cases.py"
    spec = importlib.util.spec_from_file_location("costing_cases_for_bokmal", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# (context, English, Bokmål): what a translator writes, after docs/glossary-nb.md
BOKMAL = [
    ("costing", "At {pieces} pieces a year, {route} is {percent} % cheaper than in-house "
     "({route_total} against {in_house})",
     "Ved {pieces} stk. i året er {route} {percent} % billigere enn egenproduksjon "
     "({route_total} mot {in_house})"),
    ("costing", "At {pieces} pieces a year, in-house is {percent} % cheaper than the best "
     "quote, {route} ({in_house} against {route_total})",
     "Ved {pieces} stk. i året er egenproduksjon {percent} % billigere enn det beste "
     "tilbudet, {route} ({in_house} mot {route_total})"),
    ("costing", "At {pieces} pieces a year, in-house costs {in_house}.",
     "Ved {pieces} stk. i året koster egenproduksjon {in_house}."),
    ("costing", "{amount} per year", "{amount} per år"),
    ("costing_analysis", "in-house is never cheaper up to {searched} pieces",
     "egenproduksjon er aldri billigere opp til {searched} stk."),
    ("costing", "{verdict}; {bands}.", "{verdict}; {bands}."),
    ("costing_analysis", "in-house is cheaper {bands} (searched up to {searched})",
     "egenproduksjon er billigere {bands} (søkt opp til {searched})"),
    ("costing_analysis", "between {first} and {last}", "mellom {first} og {last}"),
    ("costing_analysis", "{bands} pieces", "{bands} stk."),
    ("validation", "{what} must be above {least}, not {value}",
     "{what} må være over {least}, ikke {value}"),
    ("fields", "Finished weight (g)", "Ferdig vekt (g)"),
    ("quote_comparison", "Compare at most {most} quantities at a time, not {count}",
     "Sammenlign høyst {most} antall om gangen, ikke {count}"),
    # how a figure is made (Costs ▸ comparison's explanation), after docs/glossary-nb.md
    ("costing", "{route}: total", "{route}: totalt"),
    ("costing", "per year", "per år"),
    ("costing", "Supplier price", "Leverandørpris"),
    ("costing", "supplier price", "leverandørpris"),
    ("costing", "Freight", "Frakt"),
    ("costing", "freight", "frakt"),
    ("costing", "FX risk buffer", "Valutabuffer"),
    ("costing", "fx risk buffer", "valutabuffer"),
    ("costing", "Defect allowance", "Kassasjonsandel"),
    ("costing", "defect allowance", "kassasjonsandel"),
    ("costing", "equipment", "utstyr"),
    ("costing", "The largest part of {route}'s {piece} a piece is {part}: {amount} "
     "({percent} %), paid whatever the volume.",
     "Den største delen av {piece} per stykk for {route} er {part}: {amount} "
     "({percent} %), betalt uansett volum."),
    ("costing", "in-house", "egenproduksjon"),
]


def _ts(entries: list[tuple[str, str, str]]) -> str:
    contexts: dict[str, list[str]] = {}
    for context, source, translation in entries:
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source>"
            f"<translation>{escape(translation)}</translation></message>")
    body = "".join(f"<context><name>{name}</name>{''.join(messages)}</context>"
                   for name, messages in contexts.items())
    return ('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
            f'<TS version="2.1" language="nb_NO">{body}</TS>')


@pytest.fixture
def bokmal(qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """jewelbench speaking Bokmål from a .qm built here, numbers in Norwegian forms."""
    ts = tmp_path / "jewelbench_nb.ts"
    ts.write_text(_ts(BOKMAL), encoding="utf-8")
    lrelease(ts, tmp_path / "jewelbench_nb.qm")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    before = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))
    try:  # the reader's forms from babel, once jewelbench.domain.locale_forms is there
        forms = importlib.import_module("jewelbench.domain.locale_forms")
    except ImportError:
        forms = None
    region = forms.current_locale() if forms is not None else ""
    if forms is not None:
        forms.set_locale("nb_NO")
    assert i18n.install("nb") == "nb"
    try:
        yield
    finally:
        i18n.install("en")
        QLocale.setDefault(before)
        if forms is not None:
            forms.set_locale(region)


def _norwegian(text: str) -> str:
    """text with Norwegian digit grouping (a space of any width) written as a plain space."""
    return re.sub(r"(?<=\d)[\s\u00a0\u202f](?=\d)", " ", text)


def _verdict_case():
    cases = _costing_cases()
    prepared = cases.compare(cases.design(), 50, in_house=cases._fixed_plus_ten("1010"),
                             quotes={"Supplier B": cases.quote((1, "30"))})
    return prepared.evaluate(50, search_to=500)


def test_the_verdict_is_said_in_bokmal_with_norwegian_figures(bokmal) -> None:
    comparison = _verdict_case()
    said = i18n.say(comparison.verdict_message())
    assert _norwegian(said) == (
        "Ved 50 stk. i året er Supplier B 1 % billigere enn egenproduksjon "
        "(1 500,00 EUR per år mot 1 510,00 EUR per år); egenproduksjon er billigere "
        "mellom 51 og 500 stk. (søkt opp til 500).")
    # the English sentence is unchanged, for logs, the command line and exports in English
    assert comparison.verdict() == (
        "At 50 pieces a year, Supplier B is 1 % cheaper than in-house (1,500.00 EUR per year "
        "against 1,510.00 EUR per year); in-house is cheaper between 51 and 500 pieces "
        "(searched up to 500).")


def test_a_sentence_without_a_translation_stays_english_with_norwegian_figures(bokmal) -> None:
    """A string the .ts does not have yet (here: the break-even sentence) is English, and its
    figures are still in the reader's forms: never a gap, never a crash."""
    found = _verdict_case().break_evens[0]
    said = _norwegian(i18n.say(found.describe_message()))
    assert said == ("In-house is cheaper than Supplier B mellom 51 og 500 stk. a year "
                    "(searched up to 500)")


def test_a_field_refusal_names_the_field_in_bokmal(bokmal, qtbot) -> None:
    with pytest.raises(DomainError) as refused:
        MetalLine("AU750", Decimal("-1.5"))
    error = refused.value
    assert str(error) == "Finished weight (g) must be above 0, not -1.5"
    label = QLabel(i18n.say(error))  # as an editor shows its refusal
    qtbot.addWidget(label)
    assert label.text() == "Ferdig vekt (g) må være over 0, ikke -1,5"


def test_a_refusal_of_the_quantities_to_compare_in_bokmal(bokmal) -> None:
    with pytest.raises(DomainError) as refused:
        parse_quantities(", ".join(str(n) for n in range(1, 14)))
    assert i18n.say(refused.value) == "Sammenlign høyst 12 antall om gangen, ikke 13"
    assert str(refused.value) == "Compare at most 12 quantities at a time, not 13"


def test_a_field_named_in_plain_text_is_said_as_typed(bokmal) -> None:
    """A name the user typed (a dimension, a route) is a value, not a translated word."""
    with pytest.raises(DomainError) as refused:
        check_number("-2", "Ringskinne", allow_equal=False)
    assert i18n.say(refused.value) == "Ringskinne må være over 0, ikke -2"


def test_english_is_back_when_the_language_is_switched_back(bokmal) -> None:
    i18n.install("en")
    assert i18n.say(_verdict_case().verdict_message()).startswith("At 50 pieces a year")
    assert i18n.say(Text("fields", "Finished weight (g)")) == "Finished weight (g)"


def test_the_comparison_view_says_its_verdict_in_bokmal_with_its_figures_linked(
        bokmal, window, qtbot) -> None:
    """The Costs view on the demo, in Bokmål: the verdict is the Norwegian sentence, and the
    figures in it (found in the Norwegian text) still open their explanation."""
    window.show_view("costs")
    view = window.costs.comparison
    view.wait()
    on = view.costing_date()
    counts: dict[int, int] = {}
    for q in window.workspace.quotes.summaries():
        if q.quoted_on <= on and not q.is_expired(on):
            counts[q.design_id] = counts.get(q.design_id, 0) + 1
    design_id = next(d for d, n in sorted(counts.items()) if n >= 2)
    assert view.choose("design", design_id)
    view.wait()
    said = _norwegian(view.verdict.accessibleName())
    assert said.startswith(f"Ved {view.controls.pieces()} stk. i året "), said
    assert " per år" in said and "per year" not in said and "pieces" not in said
    shown = _norwegian(view.verdict.text())
    linked = re.findall(r"<a href='(f\d+)'[^>]*>([^<]*)</a>", shown)
    assert any(re.fullmatch(r"\d[\d ]*,\d\d [A-Z]{3} per år", text) for _href, text in linked), \
        shown
    totals = [href for href, text in linked if text.endswith(" per år")]
    assert len(totals) == 2, "both figures of the sentence are found in the Norwegian text"
    for href in totals:
        kind, route = view._links[href]
        view.verdict.linkActivated.emit(href)  # as a click on the figure does
        assert kind == "total" and view.explanation.figure.label == f"{route}: total"
        top = view.explanation.tree.topLevelItem(0)  # the explanation in Bokmål too
        assert top is not None and top.text(0) == "Totalt", top.text(0) if top else None
        assert _norwegian(top.text(1)).endswith(" per år")


def _explained(qtbot) -> tuple[ExplanationPanel, RouteCost]:
    """The quote's year total of the verdict case opened in the explanation panel."""
    panel = ExplanationPanel()
    qtbot.addWidget(panel)
    route = _verdict_case().routes[0]
    panel.show_figure(route.total)
    return panel, route


def test_the_explanation_tree_says_the_figures_labels_and_formula_in_bokmal(
        bokmal, qtbot) -> None:
    """How the quote's 1,500.00 EUR a year is made (50 billed × 30.00 EUR), in Bokmål: the
    top line, the parts, the unit and the formula line under the tree; a part the tiny .qm
    does not have (Import duty) stays English, never a gap."""
    panel, route = _explained(qtbot)
    top = panel.tree.topLevelItem(0)
    assert top is not None
    assert top.text(0) == "Totalt"
    assert _norwegian(top.text(1)) == "1 500,00 EUR per år"
    labels = panel.term_labels()
    assert labels[0] == "Leverandørpris"
    assert {"Frakt", "Valutabuffer", "Kassasjonsandel", "Import duty"} <= set(labels)
    assert "Supplier price" not in labels and "Freight" not in labels
    formula = panel.formula.text()
    assert formula.startswith("<b>Supplier B: totalt</b> = leverandørpris + metal (re-priced)"), \
        formula
    assert " + frakt + " in formula and " + valutabuffer + " in formula
    assert formula.endswith(" + kassasjonsandel"), formula
    # the domain's English is as it was: str() of the label and formula
    assert route.total.label == "Supplier B: total"
    assert route.total.formula.startswith("supplier price + metal (re-priced) + ")


def test_the_why_sentence_names_the_part_in_bokmal(bokmal) -> None:
    """In-house's 30.20 EUR a piece is mostly equipment (1,010 a year ÷ 50 = 20.20 EUR)."""
    comparison = _verdict_case()
    said = _norwegian(i18n.say(comparison.why_message()))
    assert said == ("Den største delen av 30,20 EUR per stykk for egenproduksjon er utstyr: "
                    "20,20 EUR (67 %), betalt uansett volum."), said
    assert comparison.why() == ("The largest part of in-house's 30.20 EUR a piece is "
                                "equipment: 20.20 EUR (67 %), paid whatever the volume.")


def test_the_explanation_tree_is_english_in_an_english_session(bokmal, qtbot) -> None:
    """Back in English (the fixture puts the region back after)."""
    i18n.install("en")
    importlib.import_module("jewelbench.domain.locale_forms").set_locale("en_GB")
    panel, _route = _explained(qtbot)
    top = panel.tree.topLevelItem(0)
    assert top is not None
    assert (top.text(0), top.text(1)) == ("Total", "1,500.00 EUR per year")
    assert panel.term_labels()[:2] == ["Supplier price", "Metal (re-priced)"]
    assert panel.formula.text().startswith(
        "<b>Supplier B: total</b> = supplier price + metal (re-priced) + materials you supply")
