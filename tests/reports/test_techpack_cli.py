"""`jewelbench techpack WORKSPACE CODE [--revision X] [--page-size A4|Letter] -o OUT.pdf`.

Bad input is tested as a user meets it, in a real process; choosing the revision and writing
the PDF are tested in-process against a workspace double that answers with the sample
snapshots, and end to end on the demo workspace once it stores complete snapshots.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import techpack_samples
from jewelbench_cli import run_cli
from pdf_helpers import poppler

from jewelbench import cli
from jewelbench.domain.techpacks import RevisionStatus
from jewelbench.storage import Workspace
from jewelbench.storage.repository import NotFound


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench techpack ARGS`, forked from the warmed-up server (jewelbench_cli)."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return run_cli(["techpack", *args], env=env, timeout=120)


def _one_line_failure(result: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    return result.stderr


@pytest.mark.integration
def test_help_lists_techpack():
    result = subprocess.run([sys.executable, "-m", "jewelbench", "techpack", "--help"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    for word in ("WORKSPACE", "CODE", "--revision", "--page-size", "-o"):
        assert word in result.stdout


@pytest.mark.integration
def test_a_file_that_is_not_a_workspace(tmp_path):
    notes = tmp_path / "notes.jewelbench"
    notes.write_text("shopping list\n")
    out = tmp_path / "out.pdf"
    stderr = _one_line_failure(run(str(notes), "RG-014", "-o", str(out)))
    assert "not a jewelbench workspace" in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.jewelbench"]


@pytest.mark.integration
def test_an_unknown_design_code(demo_path, tmp_path):
    out = tmp_path / "out.pdf"
    stderr = _one_line_failure(run(str(demo_path), "ZZ-999", "-o", str(out)))
    assert "ZZ-999" in stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.integration
@pytest.mark.parametrize("where, reason", [
    ("missing/out.pdf", "does not exist"),
    (".", "is a folder"),
])
def test_an_output_that_cannot_be_written(demo_path, tmp_path, where, reason):
    out = tmp_path / where
    stderr = _one_line_failure(run(str(demo_path), "RG-014", "-o", str(out)))
    assert reason in stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.integration
def test_the_workspace_is_never_the_output(demo_copy):
    before = hashlib.sha256(demo_copy.read_bytes()).hexdigest()
    stderr = _one_line_failure(run(str(demo_copy), "RG-014", "-o", str(demo_copy)))
    assert "workspace itself" in stderr
    assert hashlib.sha256(demo_copy.read_bytes()).hexdigest() == before


@pytest.mark.integration
def test_an_unknown_page_size_is_a_usage_error(demo_path, tmp_path):
    result = run(str(demo_path), "RG-014", "--page-size", "A3", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "choose A4 or Letter" in result.stderr


# ------------------------------------------------------------------------------------------
# Choosing the revision and writing the PDF (a workspace double)
# ------------------------------------------------------------------------------------------


@dataclass
class _Revision:
    id: int
    revision: str
    status: RevisionStatus
    issued_on: str | None


class _TechPacks:
    """The storage calls the command makes, answered with the sample snapshots."""

    def __init__(self, revisions: list[_Revision]) -> None:
        self.revisions = revisions
        self.images = techpack_samples.drawn_images()
        self.asked: list[tuple[str, str | None]] = []

    def by_label(self, code: str, label: str | None) -> _Revision:
        self.asked.append((code, label))
        if code != "PD-031":
            raise NotFound(f"There is no design with code '{code}'")
        if label is None:
            issued = [r for r in self.revisions if r.status is RevisionStatus.ISSUED]
            return (issued or self.revisions)[-1]
        for revision in self.revisions:
            if revision.revision == label.upper():
                return revision
        raise NotFound(f"Design {code} has no revision {label.upper()} (it has "
                       f"{', '.join(r.revision for r in self.revisions)})")

    def snapshot(self, revision_id: int) -> dict:
        revision = next(r for r in self.revisions if r.id == revision_id)
        snapshot = techpack_samples.full_snapshot()
        snapshot.update(revision=revision.revision, status=revision.status.value,
                        issued_on=revision.issued_on)
        return snapshot

    def image_for_snapshot(self, revision_id: int, image_id: int) -> bytes:
        return self.images[image_id]

    def brand_logo(self, revision_id: int) -> tuple[bytes, str] | None:
        return techpack_samples.logo_png(), "image/png"


class _Workspace:
    def __init__(self, path: Path, revisions: list[_Revision]) -> None:
        self.path = path
        self.tech_packs = _TechPacks(revisions)
        self.notices: list[str] = []  # what opening did beside the file (nothing here)
        self.closed = False

    def __enter__(self) -> _Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.closed = True


@pytest.fixture
def workspace_double(qapp, tmp_path, monkeypatch):
    """Factory: Workspace.open(read_only=True) answers with a double holding these revisions."""

    def factory(*revisions: _Revision) -> _Workspace:
        double = _Workspace(tmp_path / "studio.jewelbench", list(revisions))
        double.path.write_bytes(b"")

        def fake_open(cls, path, *, full_check=True, read_only=False):
            assert read_only, "the command never opens a workspace for writing"
            return double

        monkeypatch.setattr(Workspace, "open", classmethod(fake_open))
        return double

    return factory


ISSUED_A = _Revision(1, "A", RevisionStatus.ISSUED, "2026-06-01")
ISSUED_B = _Revision(2, "B", RevisionStatus.ISSUED, "2026-10-02")
DRAFT_C = _Revision(3, "C", RevisionStatus.DRAFT, None)


def _pdf_text(path: Path) -> str:
    return poppler("pdftotext", "-layout", str(path), "-")


@pytest.mark.integration
def test_the_latest_issued_revision_by_default(workspace_double, tmp_path, capsys):
    double = workspace_double(ISSUED_A, ISSUED_B, DRAFT_C)
    out = tmp_path / "pd-031.pdf"
    assert cli.main(["techpack", str(double.path), "PD-031", "-o", str(out)]) == 0
    assert double.tech_packs.asked == [("PD-031", None)]
    assert double.closed
    printed = capsys.readouterr().out
    assert "PD-031 rev B (issued 2026-10-02)" in printed and "A4" in printed
    text = _pdf_text(out)
    assert "Aurelia Studio · PD-031 · Rev B · 2026-10-02" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pd-031.pdf", "studio.jewelbench"]


@pytest.mark.integration
def test_a_missing_print_font_is_said_on_stderr_and_the_pdf_still_written(
        workspace_double, tmp_path, monkeypatch, capsys):
    from jewelbench.reports import print_fonts

    fonts = tmp_path / "no-fonts"
    fonts.mkdir()
    monkeypatch.setattr(print_fonts, "_registered", None)  # restored after the test
    monkeypatch.setattr(print_fonts, "fonts_folder", lambda: fonts)
    double = workspace_double(ISSUED_A, ISSUED_B)
    out = tmp_path / "pd-031.pdf"
    assert cli.main(["techpack", str(double.path), "PD-031", "-o", str(out)]) == 0
    stderr = capsys.readouterr().err.splitlines()
    assert stderr[0] == (f"jewelbench: the print font {fonts / 'DejaVuSans.ttf'} cannot be "
                         "read (No such file or directory)")
    assert len(stderr) == 5 and "own sans-serif fonts" in stderr[-1]
    assert "Aurelia Studio · PD-031 · Rev B · 2026-10-02" in _pdf_text(out)
    assert "DejaVuSansJewelbench" not in poppler("pdffonts", str(out))


@pytest.mark.integration
def test_language_nb_prints_the_tech_pack_in_bokmal(workspace_double, tmp_path, capsys):
    import tiny_translations

    double = workspace_double(ISSUED_A, ISSUED_B)
    out = tmp_path / "pd-031.pdf"
    with tiny_translations.norwegian(tmp_path):
        assert cli.main(["techpack", str(double.path), "PD-031", "--language", "nb",
                         "-o", str(out)]) == 0
    text = _pdf_text(out)
    assert "Aurelia Studio · PD-031 · Rev B · 02.10.2026" in text
    assert "Mål og toleranser" in text and "Side 1 av" in text
    assert "2,85 g ± 0,15 g" in text.replace("\u00a0", " ")
    assert "Dimensions & tolerances" not in text
    assert "printed in English" not in capsys.readouterr().out


@pytest.mark.integration
def test_language_nb_without_its_translation_prints_english_and_says_so(
        workspace_double, tmp_path, capsys):
    from jewelbench.ui import i18n

    double = workspace_double(ISSUED_A, ISSUED_B)
    out = tmp_path / "pd-031.pdf"
    empty = tmp_path / "no translations"
    empty.mkdir()
    with i18n.translations_from(empty):
        assert cli.main(["techpack", str(double.path), "PD-031", "--language", "nb",
                         "-o", str(out)]) == 0
    assert "No nb translation is installed: printed in English" in capsys.readouterr().out
    assert "Dimensions & tolerances" in _pdf_text(out)


@pytest.mark.integration
def test_an_unknown_language_is_a_usage_error(demo_path, tmp_path):
    result = run(str(demo_path), "RG-014", "--language", "de", "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 2
    assert "invalid choice: 'de' (choose from 'en', 'nb')" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.integration
def test_a_named_revision_on_letter(workspace_double, tmp_path):
    double = workspace_double(ISSUED_A, ISSUED_B)
    out = tmp_path / "a.pdf"
    assert cli.main(["techpack", str(double.path), "PD-031", "--revision", "a",
                     "--page-size", "letter", "-o", str(out)]) == 0
    assert double.tech_packs.asked == [("PD-031", "a")]
    assert "Rev A · 2026-06-01" in _pdf_text(out)
    assert "612 x 792 pts" in poppler("pdfinfo", str(out))


@pytest.mark.integration
def test_with_nothing_issued_the_draft_is_printed_as_draft(workspace_double, tmp_path,
                                                            capsys):
    double = workspace_double(DRAFT_C)
    out = tmp_path / "draft.pdf"
    assert cli.main(["techpack", str(double.path), "PD-031", "-o", str(out)]) == 0
    assert "no issued revision: printing draft C, marked DRAFT" in capsys.readouterr().out
    text = _pdf_text(out)
    pages = [page for page in text.split("\f") if page.strip()]
    assert all("PD-031 · Rev C · DRAFT" in page for page in pages)


def test_an_unknown_revision_is_one_line_and_writes_nothing(workspace_double, tmp_path,
                                                            capsys):
    double = workspace_double(ISSUED_A, ISSUED_B)
    out = tmp_path / "z.pdf"
    assert cli.main(["techpack", str(double.path), "PD-031", "--revision", "Z",
                     "-o", str(out)]) == 1
    stderr = capsys.readouterr().err
    assert stderr == "jewelbench: Design PD-031 has no revision Z (it has A, B)\n"
    assert not out.exists() and not (tmp_path / "z.pdf.partial").exists()


def test_a_failed_render_leaves_the_old_pdf_and_no_partial(workspace_double, tmp_path,
                                                           monkeypatch, capsys):
    from jewelbench.reports import techpack_pdf

    double = workspace_double(ISSUED_B)
    out = tmp_path / "pd-031.pdf"
    out.write_bytes(b"%PDF- last week's export")

    def broken(*args, **kwargs):
        raise techpack_pdf.TechPackError("the disk is full")

    monkeypatch.setattr(techpack_pdf, "print_document", broken)
    assert cli.main(["techpack", str(double.path), "PD-031", "-o", str(out)]) == 1
    assert capsys.readouterr().err == "jewelbench: the disk is full\n"
    assert out.read_bytes() == b"%PDF- last week's export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pd-031.pdf", "studio.jewelbench"]


# ------------------------------------------------------------------------------------------
# End to end on the demo
# ------------------------------------------------------------------------------------------


@pytest.mark.integration
def test_the_demo_prints_a_tech_pack_end_to_end(demo_path, tmp_path):
    from jewelbench.storage import StorageError

    with Workspace.open(demo_path, read_only=True) as workspace:
        try:
            revision = workspace.tech_packs.by_label("RG-014", None)
            workspace.tech_packs.snapshot(revision.id)
        except (AttributeError, StorageError) as error:
            pytest.skip(f"the demo does not store printable tech packs yet: {error}")
    out = tmp_path / "rg-014.pdf"
    result = run(str(demo_path), "RG-014", "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = _pdf_text(out)
    assert "RG-014" in text and f"Rev {revision.revision}" in text
    for stage in techpack_samples.QC_STAGES:
        assert stage in text
