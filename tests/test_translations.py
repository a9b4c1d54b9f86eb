"""The Bokmål translation is complete, built and faithful: every user-visible string of the code
is in resources/translations/jewelbench_nb.ts, finished, with the same placeholders, and the
shipped .qm is the one lrelease builds from it (`python -m jewelbench.app.translations`)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from jewelbench.app import translations

PLACEHOLDER = re.compile(r"%\d|\{[A-Za-z_][A-Za-z0-9_]*\}|</?[a-z][a-z0-9]*\b[^>]*>")


def mnemonic(text: str) -> bool:
    """Whether text marks a keyboard mnemonic ("&File"): not "&&" (an ampersand), not an HTML
    entity, not "Dimensions & tolerances" (an ampersand printed on a page)."""
    text = re.sub(r"&&|&[a-z]+;|&#\d+;", "", text)
    return re.search(r"&\S", text) is not None


def messages() -> list[tuple[str, str, list[str]]]:
    found = []
    root = ET.parse(translations.ts_path("nb")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")] or [
                translation.text or ""]
            found.append((context.findtext("name") or "", message.findtext("source") or "",
                          forms))
    return found


@pytest.mark.integration
def test_every_string_of_the_code_is_translated_and_the_qm_is_built() -> None:
    problems = translations.problems("nb")
    assert not problems, "\n".join(problems[:40]) + (
        f"\n… and {len(problems) - 40} more" if len(problems) > 40 else "")


def test_every_translation_keeps_the_sources_placeholders_tags_and_mnemonic() -> None:
    wrong = []
    for context, source, forms in messages():
        for form in forms:
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(form)):
                wrong.append(f"[{context}] {source!r} -> {form!r}: placeholders differ")
            if mnemonic(source) != mnemonic(form):
                wrong.append(f"[{context}] {source!r} -> {form!r}: the & mnemonic differs")
            if not form.strip() and source.strip():
                wrong.append(f"[{context}] {source!r}: empty translation")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("source", ["Designs", "Suppliers", "Quotes"])
def test_the_main_sections_are_translated(source: str) -> None:
    translated = {s: f[0] for c, s, f in messages() if c == "MainWindow"}
    assert translated[source] != source
