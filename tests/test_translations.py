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


def _ts(*contexts: tuple[str, list[tuple[str, str | None]]]) -> str:
    """A .ts file's text: each context with (source, translation or None for unfinished)."""
    body = "".join(
        f"<context><name>{name}</name>" + "".join(
            f"<message><source>{source}</source>"
            + (f"<translation>{text}</translation>" if text is not None
               else '<translation type="unfinished"></translation>') + "</message>"
            for source, text in messages) + "</context>"
        for name, messages in contexts)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">{body}</TS>'


def test_a_string_moved_to_another_class_keeps_its_translation_and_the_file_its_form(tmp_path):
    """What lupdate leaves after code moved: "Print…" now in PrintTab (unfinished), its old
    context EditorDialog gone. "Close" left two contexts that disagree: it stays for a
    translator. "Weight" was never translated: nothing is invented."""
    before = ET.fromstring(_ts(
        ("EditorDialog", [("Print…", "Skriv ut …"), ("Close", "Lukk"), ("Weight", None)]),
        ("OtherDialog", [("Close", "Avslutt")])))
    ts = tmp_path / "jewelbench_nb.ts"
    ts.write_text(_ts(("PrintTab", [("Print…", None), ("Close", None), ("Weight", None)])),
                  encoding="utf-8")
    translations.carry_over(before, ts)
    assert [(e.context, e.source, e.finished) for e in translations.entries(ts)] == [
        ("PrintTab", "Print…", True), ("PrintTab", "Close", False),
        ("PrintTab", "Weight", False)]
    text = ts.read_text(encoding="utf-8")
    assert "<translation>Skriv ut …</translation>" in text
    assert text.startswith('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS')
    assert "\n    <context>\n        <name>PrintTab</name>" in text  # the project's indent
