"""`jewelbench --self-test`, run as a designer (or an installer's check) runs it: a real process,
a real temporary folder, real PDFs, workbook and CSV files read back.

A designer is not root: where these tests run as root, the child process is started without
the capabilities that let root write into a read-only folder, so a read-only folder is
read-only for it as it is for anyone else.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jewelbench.app.self_test import CheckFailed, offscreen_plugin, plugin_folders, read_pdf

CHECKS = ("Qt offscreen", "print font", "temporary folder", "demo workspace", "tech pack PDF",
          "RFQ PDF", "workbook", "CSV export", "clean-up")

PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2


def _as_a_user() -> Callable[[], None] | None:
    """For a root test run on Linux: drop, in the child, what lets root ignore a folder's
    permissions (the capabilities are recomputed at exec from the bounding set)."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return None

    def drop() -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
            if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
                raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")

    return drop


def self_test(env: dict[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m jewelbench --self-test` in env exactly (no QT_QPA_PLATFORM given: the
    self-test sets it itself)."""
    return subprocess.run([sys.executable, "-m", "jewelbench", "--self-test"],
                          capture_output=True, text=True, encoding="utf-8", timeout=300,
                          env=env, cwd=cwd, preexec_fn=_as_a_user())


def clean_env(tmpdir: Path, **more: str) -> dict[str, str]:
    """What a desktop launcher or CI gives a frozen program: no venv on PATH, no HOME, no
    display, no Qt variables; only the temporary folder and a locale."""
    env = {"PATH": "/usr/bin:/bin", "TMPDIR": str(tmpdir), "LANG": "C.UTF-8"}
    if sys.platform == "win32":  # pragma: no cover - Windows needs these to start at all
        env.update({key: os.environ[key] for key in ("SYSTEMROOT", "TEMP", "TMP")
                    if key in os.environ})
        env["TEMP"] = env["TMP"] = str(tmpdir)
    env.update(more)
    return env


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A read-only folder whose name has spaces and non-ASCII letters."""
    folder = tmp_path / "Smykker og sånn" / "jewelbench"
    folder.mkdir(parents=True)
    folder.chmod(0o555)
    yield folder
    folder.chmod(0o755)


def lines(result: subprocess.CompletedProcess[str]) -> dict[str, str]:
    """check name → its line, for the lines that report a check."""
    found = {}
    for line in result.stdout.splitlines():
        status, _, rest = line.partition(" ")
        name, colon, _ = rest.strip().partition(":")
        if status in ("ok", "FAIL", "skip") and colon:
            found[name] = line
    return found


@pytest.mark.integration
def test_self_test_passes_prints_each_check_and_leaves_nothing_behind(tmp_path):
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    # A desktop's own platform asked for, and no display to show it on: the self-test runs
    # offscreen whatever the environment says.
    result = self_test(clean_env(tmpdir, HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="xcb"))
    assert result.returncode == 0, result.stdout + result.stderr
    checks = lines(result)
    assert list(checks) == list(CHECKS)
    assert all(line.startswith("ok   ") for line in checks.values()), result.stdout
    # What the demo fixes (app/demo.py), read back from the files:
    assert '"RG-014 Solitaire Halo Ring — tech pack rev B"' in checks["tech pack PDF"]
    assert "pages, A4" in checks["tech pack PDF"]
    assert "BR-002 Cable Link Bracelet" in checks["RFQ PDF"]
    assert "Jaipur Silvercraft Pvt. Ltd." in checks["RFQ PDF"]
    assert "Q-2026-033 from 300 pieces at 98" in checks["workbook"]
    assert "Q-2026-019 from 50 pieces at 15900 THB" in checks["CSV export"]
    assert "13 files" in checks["CSV export"]
    assert str(tmpdir) in checks["temporary folder"]
    assert result.stdout.splitlines()[-1].startswith("self-test passed: 9 checks in ")
    assert result.stdout.rstrip().endswith(" s")
    assert list(tmpdir.iterdir()) == [], "the temporary folder was not removed"
    assert not (tmp_path / "home").exists(), "nothing is written to HOME"


@pytest.mark.integration
def test_without_home_from_a_read_only_folder_with_spaces_and_accents(tmp_path, read_only):
    tmpdir = tmp_path / "Midlertidige filer på Åsgård"
    tmpdir.mkdir()
    env = clean_env(tmpdir)
    assert "HOME" not in env
    result = self_test(env, cwd=read_only)
    assert result.returncode == 0, result.stdout + result.stderr
    assert all(line.startswith("ok   ") for line in lines(result).values()), result.stdout
    assert list(read_only.iterdir()) == []
    assert list(tmpdir.iterdir()) == []


STRANGER = "54321"  # a user id with no entry in /etc/passwd: no home folder to fall back on


@pytest.mark.integration
@pytest.mark.skipif(not sys.platform.startswith("linux") or os.geteuid() != 0
                    or shutil.which("setpriv") is None,
                    reason="becoming another user needs root and util-linux's setpriv (the "
                           "test above covers HOME unset)")
def test_a_user_with_no_home_at_all(tmp_path, read_only):
    """HOME unset and a user the system does not know, so that not even the password database
    names a home folder (platformdirs gives up there, and QSettings would write to /.config):
    the self-test needs neither. The user may read everything (this Python may live in root's
    home) but writes only where anyone may: the temporary folder."""
    import pwd

    with pytest.raises(KeyError):
        pwd.getpwuid(int(STRANGER))
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    tmpdir.chmod(0o777)
    result = subprocess.run(
        ["setpriv", f"--reuid={STRANGER}", f"--regid={STRANGER}", "--clear-groups",
         "--inh-caps=+dac_read_search", "--ambient-caps=+dac_read_search",
         sys.executable, "-m", "jewelbench", "--self-test"],
        capture_output=True, text=True, encoding="utf-8", timeout=300, env=clean_env(tmpdir),
        cwd=read_only)
    assert result.returncode == 0, result.stdout + result.stderr
    assert list(lines(result)) == list(CHECKS)
    assert all(line.startswith("ok   ") for line in lines(result).values()), result.stdout
    assert list(tmpdir.iterdir()) == []
    assert list(read_only.iterdir()) == []


@pytest.mark.integration
def test_a_temporary_folder_that_cannot_be_written_fails_and_says_why(tmp_path, read_only):
    result = self_test(clean_env(read_only))
    assert result.returncode == 1
    checks = lines(result)
    assert checks["temporary folder"].startswith("FAIL temporary folder: PermissionError: ")
    assert f"(TMPDIR names {read_only};" in checks["temporary folder"]
    # The checks that need the folder are named as not done, not silently left out.
    for name in ("demo workspace", "tech pack PDF", "RFQ PDF", "workbook", "CSV export"):
        assert checks[name].startswith(f"skip {name}: needs "), checks[name]
    assert checks["Qt offscreen"].startswith("ok   "), "a check that can run still runs"
    assert "clean-up" not in checks
    assert result.stdout.splitlines()[-1].startswith(
        "self-test FAILED: temporary folder, demo workspace, tech pack PDF, RFQ PDF, "
        "workbook, CSV export (6 of 8 checks) in ")
    assert result.stderr.splitlines()[-1] == (
        "jewelbench: self-test failed: temporary folder, demo workspace, tech pack PDF, "
        "RFQ PDF, workbook, CSV export")
    assert "Traceback" not in result.stdout + result.stderr
    assert list(read_only.iterdir()) == []


@pytest.mark.integration
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig's own setting")
def test_a_machine_without_a_single_font(tmp_path):
    """fontconfig told of no font folder at all, as on a bare machine. With a print font
    shipped (resources/fonts/), pages print in it and every check passes; without one, the
    PDFs are made without their words and say so, and the checks that need no font still run
    and pass."""
    from jewelbench.resources import resources_dir

    config = tmp_path / "fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                      "<fontconfig></fontconfig>\n", encoding="utf-8")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    result = self_test(clean_env(tmpdir, FONTCONFIG_FILE=str(config)))
    checks = lines(result)
    assert list(checks) == list(CHECKS)
    for name in ("temporary folder", "demo workspace", "workbook", "CSV export", "clean-up"):
        assert checks[name].startswith("ok   "), checks[name]
    shipped = sorted((resources_dir() / "fonts").glob("*.ttf"))
    if shipped:
        assert result.returncode == 0, result.stdout + result.stderr
        family = shipped[0].stem.split("-")[0]  # DejaVuSans-Bold.ttf: the PDF names DejaVuSans…
        assert f"fonts {family}" in checks["tech pack PDF"]
        assert f"fonts {family}" in checks["RFQ PDF"]
    else:
        assert result.returncode == 1
        assert checks["Qt offscreen"].startswith("FAIL Qt offscreen: Qt finds ")
        assert "no font for printed text" in checks["Qt offscreen"]
        for name in ("tech pack PDF", "RFQ PDF"):
            assert checks[name] == f"FAIL {name}: no font is embedded: the text would print " \
                                   "differently elsewhere, or not at all"
        assert result.stdout.splitlines()[-1].startswith(
            "self-test FAILED: Qt offscreen, print font, tech pack PDF, RFQ PDF (4 of 9 checks) "
            "in ")
    assert list(tmpdir.iterdir()) == []


WITHOUT_FONTS = """
import sys
from pathlib import Path
from jewelbench.reports import print_fonts
print_fonts.fonts_folder = lambda: Path(sys.argv[1])  # a bundle that left them out
from jewelbench.app.self_test import run_self_test
raise SystemExit(run_self_test())
"""


@pytest.mark.integration
@pytest.mark.parametrize("kept", [(), ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")],
                         ids=["no faces", "two of four faces"])
def test_an_installation_without_its_print_font_fails(tmp_path, kept):
    """A bundle that left resources/fonts/ out (or some of its faces) prints in the computer's
    own fonts: pages that may break differently from everyone else's. The self-test names it."""
    from jewelbench.resources import resources_dir

    fonts = tmp_path / "fonts"
    fonts.mkdir()
    for name in kept:
        shutil.copy(resources_dir() / "fonts" / name, fonts / name)
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    result = subprocess.run([sys.executable, "-c", WITHOUT_FONTS, str(fonts)],
                            capture_output=True, text=True, encoding="utf-8", timeout=300,
                            env=clean_env(tmpdir))
    assert result.returncode == 1, result.stdout + result.stderr
    checks = lines(result)
    assert list(checks) == list(CHECKS)
    assert checks["print font"].startswith("FAIL print font: the print font "), checks
    assert "DejaVuSans-Oblique.ttf cannot be read" in checks["print font"]
    if not kept:  # the pages are set in the computer's fonts, and the PDFs say so
        for name in ("tech pack PDF", "RFQ PDF"):
            assert checks[name].startswith(f"FAIL {name}: printed in "), checks[name]
            assert "not only in the shipped DejaVuSansJewelbench" in checks[name]
        failed = "print font, tech pack PDF, RFQ PDF (3 of 9 checks)"
    else:  # Qt slants the regular face for italics: the PDFs alone would not tell
        failed = "print font (1 of 9 checks)"
    for name in ("Qt offscreen", "demo workspace", "workbook", "CSV export", "clean-up"):
        assert checks[name].startswith("ok   "), checks[name]
    assert result.stdout.splitlines()[-1].startswith(f"self-test FAILED: {failed} in ")
    assert list(tmpdir.iterdir()) == []


@pytest.mark.integration
def test_a_reader_that_stops_early_still_gets_a_clean_up(tmp_path):
    """`jewelbench --self-test | head -2`: the checks and the clean-up go on unheard."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    with subprocess.Popen([sys.executable, "-m", "jewelbench", "--self-test"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=clean_env(tmpdir)) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read()
        assert process.wait(timeout=300) == 0, errors
    assert first.startswith(b"jewelbench ")
    assert b"Traceback" not in errors
    assert list(tmpdir.iterdir()) == []


@pytest.mark.integration
@pytest.mark.skipif(sys.platform == "win32", reason="Ctrl+C is SIGINT on POSIX")
def test_ctrl_c_stops_it_cleans_up_and_says_so_without_a_traceback(tmp_path):
    """A designer who presses Ctrl+C mid-way gets a sentence, the temporary folder removed
    and the shell's usual status for an interruption (130), not a Python traceback."""
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    with subprocess.Popen([sys.executable, "-m", "jewelbench", "--self-test"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          encoding="utf-8", env=clean_env(tmpdir)) as process:
        assert process.stdout is not None and process.stderr is not None
        said = []
        for line in process.stdout:  # interrupted once the folder is made
            said.append(line)
            if line.startswith("ok   temporary folder"):
                break
        assert list(tmpdir.iterdir()), "the folder is there to be cleaned up"
        process.send_signal(signal.SIGINT)
        said += process.stdout.readlines()
        errors = process.stderr.read()
        assert process.wait(timeout=300) == 130, "".join(said) + errors
    assert "Traceback" not in errors, errors
    assert any(line.startswith("ok   clean-up: ") for line in said), said
    assert said[-1].startswith("self-test interrupted (Ctrl+C) after "), said
    assert errors.splitlines()[-1] == "jewelbench: self-test interrupted", errors
    assert list(tmpdir.iterdir()) == []


@pytest.mark.integration
def test_help_lists_the_self_test():
    result = subprocess.run([sys.executable, "-m", "jewelbench", "--help"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0
    assert "--self-test" in result.stdout


@pytest.mark.integration
def test_the_self_test_takes_no_other_options():
    result = subprocess.run([sys.executable, "-m", "jewelbench", "--self-test", "--demo"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "--self-test takes no other options" in result.stderr


# --- the PDF reader the self-test relies on: it must see damage, or the check cannot fail ---


@pytest.fixture(scope="module")
def printed(tmp_path_factory, demo_path) -> tuple[Path, str]:
    """A tech pack PDF as `jewelbench techpack` prints it from the demo, and what the command
    said."""
    folder = tmp_path_factory.mktemp("pdf")
    out = folder / "rg-014.pdf"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    printed = subprocess.run([sys.executable, "-m", "jewelbench", "techpack", str(demo_path),
                              "RG-014", "--page-size", "Letter", "-o", str(out)],
                             capture_output=True, text=True, timeout=300, env=env)
    assert printed.returncode == 0, printed.stderr
    return out, printed.stdout


@pytest.mark.integration
def test_the_pdf_reader_reads_what_the_tech_pack_command_printed(printed):
    path, said = printed  # "RG-014 rev B (issued 2026-05-11): N pages, Letter, written to …"
    facts = read_pdf(path)
    assert f": {facts.pages} pages, Letter," in said
    assert facts.pages == facts.leaves
    assert facts.title == "RG-014 Solitaire Halo Ring — tech pack rev B"
    assert facts.paper == "Letter"
    assert facts.fonts and all("+" not in font for font in facts.fonts)


@pytest.mark.integration
@pytest.mark.parametrize("damage, reason", [
    (lambda data: data[:len(data) // 2], "is not a complete PDF"),
    (lambda data: data.replace(b"%PDF-1.4\n", b"%PDF-1.4\n% shifted by a program\n", 1),
     "cross-reference table"),
    (lambda data: data.replace(b"/Type /Pages", b"/Type /Pagez", 1), "is not a page"),
])
def test_the_pdf_reader_refuses_a_damaged_pdf(printed, tmp_path, damage, reason):
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(damage(printed[0].read_bytes()))
    with pytest.raises(CheckFailed, match=reason):
        read_pdf(damaged)


def test_qt_s_offscreen_plugin_is_looked_for_before_qt_could_abort(tmp_path):
    """Without the plugin Qt ends the process; the self-test looks first and names where."""
    found = offscreen_plugin(plugin_folders())
    assert found is not None and "qoffscreen" in found.name
    empty = tmp_path / "platforms"
    empty.mkdir()
    (empty / "libqxcb.so").write_bytes(b"")
    assert offscreen_plugin([empty, tmp_path / "nowhere"]) is None
