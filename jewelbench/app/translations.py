"""Update and build jewelbench's translations: `python -m jewelbench.app.translations`.

1. `pyside6-lupdate` reads every module of the package and brings
   resources/translations/jewelbench_nb.ts up to date: new strings are added unfinished,
   strings no longer in the code are dropped (-no-obsolete), finished ones are kept. A string
   that only moved (the same English, now looked up in another class) keeps its translation
   when every context it left agreed on one; the file is then written as the project keeps it
   (4-space indent), so a run changes only the lines whose strings changed.
2. Translators work in the .ts (Qt Linguist: `pyside6-linguist`, or any editor), following
   docs/glossary-nb.md.
3. `pyside6-lrelease` builds jewelbench_nb.qm beside it, the file the app loads (shipped in
   the wheel with the rest of resources/).

`--check` changes nothing: it exits 1 and lists what is missing when the .ts lacks a string
of the code, holds an unfinished one, or the .qm is older than the .ts (tests/ run it too).
"""

from __future__ import annotations

import argparse
import copy
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
TRANSLATED = ("nb",)


def translations_dir() -> Path:
    """resources/translations of the source checkout (translations are made from source)."""
    return PACKAGE.parent / "resources" / "translations"


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)  # the venv's own, from PySide6-Essentials
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} is not installed (it comes with PySide6-Essentials)")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"jewelbench_{language}.ts"


def qm_path(language: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"jewelbench_{language}.qm"


def lupdate(ts: Path, language: str) -> None:
    """Bring ts up to date with the code (made if missing)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([_tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete",
                    "-locations", "none", "-source-language", "en",
                    "-target-language", f"{language}_NO" if language == "nb" else language,
                    "-ts", str(ts)], check=True, capture_output=True, text=True)


def _translations_left_behind(before: ET.Element, after: ET.Element) -> dict[str, ET.Element]:
    """Each source whose finished translation sat in contexts that no longer hold it, when
    those contexts agreed: the string moved, and its translation goes with it."""
    present = {(context.findtext("name"), message.findtext("source"))
               for context in after.iter("context") for message in context.iter("message")}
    found: dict[str, list[ET.Element]] = {}
    for context in before.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if (translation is None or translation.get("type")
                    or (context.findtext("name"), source) in present):
                continue
            found.setdefault(source, []).append(message)
    return {source: messages[0] for source, messages in found.items()
            if len({ET.tostring(translation) for m in messages
                    if (translation := m.find("translation")) is not None}) == 1}


def carry_over(before: ET.Element | None, ts: Path) -> None:
    """After lupdate: give a moved string its old translation, and write ts in the project's
    form (ElementTree, 4-space indent) so that diffs stay small."""
    tree = ET.parse(ts)
    moved = _translations_left_behind(before, tree.getroot()) if before is not None else {}
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        old = moved.get(message.findtext("source") or "")
        kept = old.find("translation") if old is not None else None
        if (translation is None or translation.get("type") != "unfinished" or kept is None
                or old is None or old.get("numerus") != message.get("numerus")):
            continue
        message.remove(translation)
        message.append(copy.deepcopy(kept))
    ET.indent(tree, space="    ")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                  + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)


@dataclass(frozen=True)
class Entry:
    context: str
    source: str
    finished: bool


def entries(ts: Path) -> list[Entry]:
    """The messages of a .ts file (obsolete ones left out)."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            found.append(Entry(name, message.findtext("source") or "", kind != "unfinished"))
    return found


def problems(language: str) -> list[str]:
    """What is missing or unfinished in language's translation; [] when it is complete."""
    ts, qm = ts_path(language), qm_path(language)
    if not ts.is_file():
        return [f"{ts.name} is missing: run python -m jewelbench.app.translations"]
    said: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh, language)
        kept = {(e.context, e.source) for e in entries(ts)}
        for entry in entries(fresh):
            if (entry.context, entry.source) not in kept:
                said.append(f"not in {ts.name}: [{entry.context}] {entry.source!r}")
        built = Path(scratch) / qm.name
        lrelease(ts, built)
        if not qm.is_file() or qm.read_bytes() != built.read_bytes():
            said.append(f"{qm.name} is not built from the current {ts.name}")
    said += [f"unfinished in {ts.name}: [{e.context}] {e.source!r}"
             for e in entries(ts) if not e.finished]
    return said


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m jewelbench.app.translations",
                                     description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 listing what is missing or unfinished")
    args = parser.parse_args(argv)
    if args.check:
        said = [problem for language in TRANSLATED for problem in problems(language)]
        print("\n".join(said) or "translations are complete and built")
        return 1 if said else 0
    for language in TRANSLATED:
        ts = ts_path(language)
        before = ET.parse(ts).getroot() if ts.is_file() else None
        lupdate(ts, language)
        carry_over(before, ts)
        lrelease(ts, qm_path(language))
        unfinished = sum(not e.finished for e in entries(ts))
        print(f"{ts.name}: {len(entries(ts))} strings, {unfinished} unfinished; "
              f"{qm_path(language).name} built")
    return 0


if __name__ == "__main__":
    sys.exit(main())
