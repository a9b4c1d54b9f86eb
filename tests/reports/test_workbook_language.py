"""The accountant's workbook in the chosen language (issue 17): written in Norsk bokmål it has
Bokmål labels and sheet names where no formula refers to them, every figure a number cell
with a real number format (a Norwegian Excel or LibreOffice then shows 1 234,50 by itself),
and LibreOffice recalculates it to the same figures as the English one — docs/costing.md's
worked example, by hand: in-house 50,000 + 1,000 × 501 = 551,000.00 EUR a year (551.00 a
piece), the quote 587,344.80 (587.34 a piece) with duty 4 % × (538,000 + 920) = 21,556.80.

The real nb translation arrives at the end of issue 17: these tests build a tiny one with
pyside6-lrelease from a .ts written here, so they stand on their own.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import pytest
from openpyxl import load_workbook
from spreadsheet_helpers import recalculate, soffice, value
from test_workbook import worked_example
from tiny_translations import tiny_translations

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.reports import wording
from jewelbench.reports.csv_export import CsvOptions
from jewelbench.reports.workbook import write_workbook
from jewelbench.reports.workbook_listings import HEADERS, header_text
from jewelbench.storage import Workspace
from jewelbench.storage.exports import export_tables
from jewelbench.storage.workbook_data import LISTED_TABLES, WorkbookData, workbook_data

CENT = 0.005
NO_LISTINGS = WorkbookData("Test", ())

# A few of the words, as docs/glossary-nb.md has them.
BOKMAL = {
    "workbook": {
        "Cover": "Forside",
        "Costing date": "Kalkulasjonsdato",
        "Base currency": "Basisvaluta",
        "Summary": "Sammendrag",
        "Route": "Alternativ",
        "Total a year": "Totalt per år",
        "In-house": "Egenproduksjon",
        "Make or buy: {subject}": "Lage selv eller kjøpe: {subject}",
        "How to recalculate": "Slik regner du på nytt",
    },
    "workbook_listings": {
        "Designs": "Design",
        "Quotes and tiers": "Tilbud og trinn",
        "Code": "Kode",
        "Unit price": "Enhetspris",
        "Tier {number} from": "Trinn {number} fra",
    },
    "workbook_units": {"year": "år", "years": "år", "Gold": "Gull", "yyyy-mm-dd": "dd.mm.yyyy"},
}


@pytest.fixture(scope="module")
def translations(tmp_path_factory):
    return tiny_translations(tmp_path_factory.mktemp("translations"), BOKMAL)


@pytest.fixture(scope="module")
def books(translations, tmp_path_factory):
    """The worked example written in English and in Bokmål, both recalculated by LibreOffice."""
    soffice()
    folder = tmp_path_factory.mktemp("language")
    nb = wording.load("nb", translations)
    assert nb.language == "nb"
    reports = {
        "en": write_workbook(worked_example(), NO_LISTINGS, folder / "en.xlsx",
                             wording=wording.ENGLISH),
        "nb": write_workbook(worked_example(), NO_LISTINGS, folder / "nb.xlsx", wording=nb),
    }
    done = recalculate([r.path for r in reports.values()], folder / "recalculated",
                       tmp_path_factory.mktemp("lo"))
    return {language: (report, load_workbook(done[report.path], data_only=True))
            for language, report in reports.items()}


@pytest.mark.integration
def test_the_bokmal_workbook_recalculates_to_the_hand_figures_as_the_english_one(books):
    for language, (report, book) in books.items():
        figures = {key: value(book, report.cells[key]) for key in
                   ("in_house.total", "in_house.per_piece", "Route1.total",
                    "Route1.per_piece", "Route1.duty", "Route1.break_even")}
        assert abs(figures["in_house.total"] - 551_000) < CENT, (language, figures)
        assert abs(figures["in_house.per_piece"] - 551.00) < CENT, (language, figures)
        assert abs(figures["Route1.total"] - 587_344.80) < CENT, (language, figures)
        assert abs(figures["Route1.per_piece"] - 587.3448) < CENT, (language, figures)
        assert abs(figures["Route1.duty"] - 21_556.80) < CENT, (language, figures)
        assert figures["Route1.break_even"] == 1, (language, figures)
    assert books["nb"][0].language == "nb" and books["en"][0].language == "en"


@pytest.mark.integration
def test_its_labels_and_the_sheets_no_formula_names_are_in_bokmal(books):
    report, book = books["nb"]
    assert book.sheetnames[0] == "Forside"
    assert report.sheets[0] == "Forside"
    # the sheets formulas refer to keep their names, so every formula still finds its cells
    assert book.sheetnames[1:3] == ["Inputs", "Cost comparison"]
    cover = [c for row in book["Forside"].iter_rows(values_only=True) for c in row if c]
    for label in ("Kalkulasjonsdato", "Basisvaluta", "Sammendrag", "Alternativ",
                  "Totalt per år", "Egenproduksjon", "Slik regner du på nytt"):
        assert label in cover, label
    assert "Lage selv eller kjøpe: RG-100 Worked ring" in cover
    assert "Costing date" not in cover and "Summary" not in cover
    assert "Gull" in cover, "the metal's name"
    english = [c for row in books["en"][1]["Cover"].iter_rows(values_only=True) for c in row if c]
    assert "Costing date" in english and "Kalkulasjonsdato" not in english


@pytest.mark.integration
def test_the_words_in_number_formats_follow_the_language(books):
    """The casting kit's 5 years of life: the number 5 with the unit in the format; the
    costing date a date cell in the language's form."""
    for language, unit, date_form in (("en", "years", "yyyy-mm-dd"), ("nb", "år", "dd.mm.yyyy")):
        book = load_workbook(books[language][0].path)
        cell = next(c for row in book["Inputs"].iter_rows() for c in row
                    if c.value == 5 and "[=1]" in str(c.number_format))
        assert f'0 "{unit}"' in cell.number_format, (language, cell.number_format)
        dates = [c for row in book["Inputs"].iter_rows() for c in row if c.is_date]
        assert dates and {c.number_format for c in dates} == {date_form}, language
        assert dates[0].value.date() == dt.date(2026, 11, 2)  # the worked example's costing date


def test_a_broken_date_form_in_a_translation_keeps_the_iso_form(tmp_path):
    from jewelbench.reports.workbook_sheet import DATE, in_words

    for broken in ("dd.mm.yyyy; rm -rf", "yy", '"år"'):
        words = wording.Wording("xx", lambda _c, text, b=broken: b if text == DATE else text)
        with wording.writing_in(words):
            assert in_words(DATE) == DATE, broken


NUMBER_AS_TEXT = re.compile(r"^[-−+]?\d[\d\s\u00a0\u202f.,]*\s?%?$")


def _figures_written_as_text(book) -> list[str]:
    return [f"{ws.title}!{cell.coordinate}: {cell.value!r}"
            for ws in book.worksheets for row in ws.iter_rows() for cell in row
            if isinstance(cell.value, str) and NUMBER_AS_TEXT.match(cell.value.strip())]


@pytest.mark.integration
def test_every_figure_of_the_bokmal_workbook_is_a_number_or_a_date(books, demo_path,
                                                                   translations, tmp_path):
    """Recalculated, with the demo's listings: no cell holds a figure as text, so a Norwegian
    spreadsheet shows each in its own form; amounts carry a number format with the currency."""
    report, book = books["nb"]
    assert _figures_written_as_text(book) == []
    total = load_workbook(report.path)["Cost comparison"]  # the formats as written
    assert _figures_written_as_text(total.parent) == []
    money = [c for row in total.iter_rows() for c in row if c.data_type in ("n", "f")
             and c.value is not None and '"EUR"' in str(c.number_format)]
    assert money, "amounts carry their currency in the number format"
    assert all(fmt.startswith("#,##0.00") for fmt in {c.number_format for c in money})
    with Workspace.open(demo_path) as workspace:
        plans = dict((name, pid) for pid, name in workspace.costing.plans())
        ids = {name: sid for sid, name in workspace.scenarios.names()}
        setup = workspace.costing.setup_for_plan(plans["Aurelia Fine 2027"],
                                                 ids["Small studio workshop"], DEMO_TODAY)
        data = workbook_data(workspace)
        report = write_workbook(setup, data, tmp_path / "listed.xlsx",
                                wording=wording.load("nb", translations))
    listed = load_workbook(report.path)
    assert "Design" in listed.sheetnames and "Tilbud og trinn" in listed.sheetnames
    header = [c.value for c in next(listed["Tilbud og trinn"].iter_rows(max_row=1))]
    assert "Kode" not in header  # quotes have a design code, not a code
    assert "Trinn 1 fra" in header and "Enhetspris" not in header, header
    designs = [c.value for c in next(listed["Design"].iter_rows(max_row=1))]
    assert designs[0] == "Kode", designs
    assert _figures_written_as_text(listed) == []
    dates = [c for row in listed["Design"].iter_rows(min_row=2) for c in row
             if c.is_date]
    assert dates, "dates are date cells"


def test_every_listing_header_is_marked_for_the_translators(demo_path):
    """A header the listings write must be in HEADERS (what pyside6-lupdate lists), or it
    would stay English in every language."""
    marked = {str(h) for h in HEADERS}
    with Workspace.open(demo_path) as workspace:
        data = workbook_data(workspace)
        tables = {t.name: t for t in export_tables(workspace)}
    headers = {c.header for t in data.tables for c in t.columns}
    headers |= {c.header for name in LISTED_TABLES if name in tables
                for c in tables[name].columns}
    tiers = {h for h in headers if re.fullmatch(r"Tier \d+ (from|unit price)", h)}
    assert headers - tiers - marked == set()


def test_a_missing_or_damaged_translation_writes_english_and_says_so(tmp_path, caplog):
    with caplog.at_level(logging.WARNING):
        assert wording.load("nb", tmp_path) is wording.ENGLISH
    assert "No translation file" in caplog.text
    (tmp_path / "jewelbench_nb.qm").write_bytes(b"not a translation")
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        assert wording.load("nb", tmp_path) is wording.ENGLISH
    assert "damaged" in caplog.text
    assert wording.load("xx", tmp_path) is wording.ENGLISH  # a language jewelbench lacks


@pytest.mark.integration
def test_a_label_without_a_translation_stays_english(translations):
    nb = wording.load("nb", translations)
    with wording.writing_in(nb):
        assert header_text("Code") == "Kode"
        assert header_text("Tier 3 from") == "Trinn 3 fra"
        assert header_text("Notes") == "Notes"  # not in the tiny .ts: English, never blank
        assert wording.count_text(1250) == "1\u00a0250"
        assert wording.date_text(dt.date(2026, 12, 6)) == "06.12.2026"
    with wording.writing_in(wording.ENGLISH):
        assert header_text("Code") == "Code"
        assert wording.count_text(1250) == "1,250"
        assert wording.date_text(dt.date(2026, 12, 6)) == "2026-12-06"


def test_csv_defaults_for_a_norwegian_reader():
    assert CsvOptions.for_language("nb") == CsvOptions(delimiter=";", decimal_point=",")
    assert CsvOptions.for_language("en") == CsvOptions(delimiter=",", decimal_point=".")


def _shouting(_context: str, text: str) -> str:
    """A pseudo-language: every word of a marked label in capitals (placeholders kept)."""
    return re.sub(r"\{[^}]*\}|[^{]+", lambda m: m.group(0) if m.group(0).startswith("{")
                  else m.group(0).upper(), text)


# The worked example's own words (names the user gave), which stay as typed.
USERS_WORDS = {"Worked", "ring", "bench", "Casting", "kit", "Rent", "Jeweller", "Finishing",
               "Supplier", "Box", "Test", "sapphire", "round", "Ring", "press", "AW27"}
# Words that are not the workbook's own: the routes' and alloys' names, the values formulas
# compare (fee kinds, the fixed-cost basis), upper-case codes.
NAMES = re.compile(r"^(Route\d*|yellow|gold|wax|mould|sample|tooling|stand|alone|allocated|"
                   r"incremental|[A-Z]{2,}[\w-]*)$")


def _english_words(text: str, engine: set[str]) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][a-z]{2,}\d*", text)
            if w not in USERS_WORDS and w not in engine and not NAMES.match(w)]


@pytest.mark.parametrize("basis", [None, "allocated"])
def test_every_label_of_the_sheets_is_written_in_the_language_chosen(tmp_path, basis):
    """Written in a pseudo-language that capitalises every marked label, no sheet keeps an
    English word of its own: each label, heading and note is marked for the translators. (The
    engine's own sentences — the fixed-cost basis, its warnings — are the domain's Messages.)"""
    from test_workbook import worked_basis

    from jewelbench.domain.costing_basis import FixedCostBasis

    setup = worked_example() if basis is None else worked_basis(FixedCostBasis(basis))
    report = write_workbook(setup, NO_LISTINGS, tmp_path / "shouted.xlsx",
                            wording=wording.Wording("xx", _shouting))
    comparison = report.comparison
    engine = set(re.findall(r"\w+", " ".join(
        [comparison.basis_note or "", *map(str, comparison.warnings),
         *map(str, getattr(setup, "notes", ()))])))
    book = load_workbook(report.path)
    english = {}
    for ws in book.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and not cell.value.startswith("="):
                    found = _english_words(cell.value, engine)
                    if found:
                        english[f"{ws.title}!{cell.coordinate}"] = cell.value
    assert english == {}
    assert book.sheetnames[0] == "COVER"


@pytest.mark.integration
def test_an_engine_sentence_is_written_in_the_workbook_language(translations):
    """A domain Message (a verdict, a warning) on the cover is rendered in the language being
    written, its figures in that language's forms; plain text is written as it is."""
    from decimal import Decimal

    from jewelbench.domain.messages import QT_TRANSLATE_NOOP
    from jewelbench.domain.money import Money

    cheaper = QT_TRANSLATE_NOOP("workbook", "Make or buy: {subject}")
    verdict = cheaper(subject=Money(Decimal("1234.50"), "NOK"))
    with wording.writing_in(wording.load("nb", translations)):
        assert wording.say(verdict) == "Lage selv eller kjøpe: 1\u00a0234,50 NOK"
        assert wording.say("as it is") == "as it is"
    with wording.writing_in(wording.ENGLISH):
        assert wording.say(verdict) == "Make or buy: 1,234.50 NOK"
