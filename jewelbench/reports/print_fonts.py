"""The one font every printed page is set in: DejaVu Sans, shipped in resources/fonts/.

A tech pack or RFQ printed by a designer and by the factory must have the same lines and the
same page breaks, so printed pages never depend on the fonts a computer happens to have.

    families = print_fonts.families()  # what QFont.setFamilies() is given for print

register() loads the four shipped faces (regular, bold, oblique, bold oblique) once per
process, through resources.resource_path (source checkout, wheel or frozen bundle alike).

Why the family is loaded under a name of its own ("DejaVu Sans Jewelbench"): Qt matches a
font by family name, and many computers carry a "DejaVu Sans" of their own, of another
version, or only some of its faces (Debian's fonts-dejavu-core has no oblique). Which of two
same-named fonts Qt picks is not something it promises: on fontconfig the face registered
last usually wins, but a system font with another foundry or style name sits beside ours and
may be chosen instead. So the shipped files are read, and their naming table rewritten in
memory (family, full, unique and PostScript names; nothing else) before
QFontDatabase.addApplicationFontFromData: no system font can answer to that name, and the
files on disk stay byte for byte as released upstream. The PostScript names keep their
"DejaVuSans…" beginning, so a PDF names the font it embeds (DejaVuSansJewelbench-Bold …).

Printed fonts also ask for no hinting, and the printed documents lay out with design metrics
(QTextDocument.setUseDesignMetrics): hinting moves glyph advances to whole device pixels in
ways that differ between FreeType, DirectWrite and Core Text; unhinted, every platform
measures text by the font's own design advances.

DejaVu Sans covers every character jewelbench itself prints (★ → ▸ × ÷ Σ ≤ ± µ ⌈ ⌉ φ, Latin,
Greek and Cyrillic letters; tests/reports/test_print_fonts.py checks). Text a user types in a
script it lacks (Chinese, Japanese, Thai …) is drawn, as Qt does for any missing glyph, in a
font of the computer's: those lines alone may measure differently.

A face that is missing or that Qt refuses is no crash: its reason is kept in Registration
.problems (for the caller to log or show), and printing goes on with the faces that loaded;
without the regular face, with the system's sans-serif fonts as before.
"""

from __future__ import annotations

import array
import struct
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtGui import QFontDatabase, QGuiApplication

from jewelbench.resources import resource_path

SHIPPED_FAMILY = "DejaVu Sans"  # as the files name themselves
FAMILY = "DejaVu Sans Jewelbench"  # as jewelbench registers them
REGULAR = "DejaVuSans.ttf"
FACES = (REGULAR, "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
         "DejaVuSans-BoldOblique.ttf")
# Used only when the shipped regular face cannot be loaded (a damaged installation).
FALLBACK_FAMILIES = ("Helvetica Neue", "Helvetica", "Arial", "Liberation Sans", "DejaVu Sans")


def fonts_folder() -> Path:
    return resource_path("fonts")


@dataclass(frozen=True)
class Registration:
    """What register() did: the families printed pages ask for, and each face's problem."""

    families: tuple[str, ...]
    problems: tuple[str, ...] = ()

    @property
    def shipped(self) -> bool:
        """True when printed pages are set in the shipped font."""
        return self.families[:1] == (FAMILY,)


_registered: Registration | None = None


def register() -> Registration:
    """Load the shipped faces for this process (once; later calls return the same answer)."""
    global _registered
    if _registered is None:
        try:
            folder = fonts_folder()
        except FileNotFoundError as error:
            _registered = Registration(FALLBACK_FAMILIES, (str(error),))
        else:
            _registered = register_from(folder)
    return _registered


def families() -> list[str]:
    """The families for QFont.setFamilies on a printed page: the shipped font first."""
    return list(register().families)


def register_from(folder: Path) -> Registration:
    """Load the faces in folder under FAMILY; the problems name each face that did not load.

    Needs a QGuiApplication. Calling it twice for the same folder adds the faces twice: use
    register(), which does it once."""
    if QGuiApplication.instance() is None:
        raise RuntimeError("fonts can be registered only once a QGuiApplication exists")
    problems: list[str] = []
    regular = False
    for name in FACES:
        problem = _add_face(folder / name)
        if problem:
            problems.append(problem)
        elif name == REGULAR:
            regular = True
    if not regular:
        problems.append("printed pages use this computer's own sans-serif fonts instead, "
                        "so their lines and page breaks may differ from other computers'")
        return Registration(FALLBACK_FAMILIES, tuple(problems))
    return Registration((FAMILY, *FALLBACK_FAMILIES), tuple(problems))


def _add_face(path: Path) -> str | None:
    """None when the face at path is registered as FAMILY; otherwise why not."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return f"the print font {path} cannot be read ({error.strerror or error})"
    try:
        renamed = rename_font(data, SHIPPED_FAMILY, FAMILY)
    except FontFileError as error:
        return f"the print font {path} is damaged ({error})"
    font_id = QFontDatabase.addApplicationFontFromData(renamed)
    if font_id < 0:
        return f"the print font {path} was refused by Qt (not a font it can use)"
    loaded = QFontDatabase.applicationFontFamilies(font_id)
    if FAMILY not in loaded:
        QFontDatabase.removeApplicationFont(font_id)
        return (f"the print font {path} is not {SHIPPED_FAMILY} "
                f"(it names itself {', '.join(loaded) or 'nothing'})")
    return None


# ------------------------------------------------------------------------------------------
# TrueType tables (the OpenType "sfnt" layout): just enough to rename a font
# ------------------------------------------------------------------------------------------


class FontFileError(ValueError):
    """Bytes that are not a TrueType font this module can rename; str() says what is wrong."""


_NAME_IDS = (1, 3, 4, 16)  # family, unique id, full name, typographic family
_POSTSCRIPT_ID = 6
_UTF16_PLATFORMS = (0, 3)  # Unicode, Windows
_MAC_PLATFORM = 1


def read_tables(data: bytes) -> dict[bytes, bytes]:
    """The font's tables by tag."""
    return {tag: table for tag, table, _checksum in _directory(data)}


def _directory(data: bytes) -> list[tuple[bytes, bytes, int]]:
    """Each table of the font in data: its tag, its bytes and the checksum it is filed with."""
    if len(data) < 12:
        raise FontFileError("too short to be a font")
    version, count = struct.unpack_from(">IH", data, 0)
    if version not in (0x00010000, 0x74727565):  # TrueType outlines ("true")
        raise FontFileError("not a TrueType font")
    if len(data) < 12 + 16 * count:
        raise FontFileError("its table directory is cut short")
    tables = []
    for index in range(count):
        tag, checksum, offset, length = struct.unpack_from(">4sIII", data, 12 + 16 * index)
        if offset + length > len(data):
            raise FontFileError(f"its {tag.decode('latin-1')!r} table is cut short")
        tables.append((tag, data[offset:offset + length], checksum))
    return tables


def write_tables(tables: dict[bytes, bytes], checksums: dict[bytes, int] | None = None) -> bytes:
    """A TrueType font of these tables, with the checksums its directory and head need.

    checksums: those already known (of tables taken unchanged from a font), saving the sum."""
    known = dict(checksums or {})
    known.pop(b"head", None)
    tables = dict(tables)
    head = tables.get(b"head", b"")
    if len(head) >= 12:
        tables[b"head"] = head[:8] + b"\0\0\0\0" + head[12:]  # checkSumAdjustment, for now
    count = len(tables)
    power = 1
    while power * 2 <= count:
        power *= 2
    search_range = power * 16
    header = struct.pack(">IHHHH", 0x00010000, count, search_range,
                         power.bit_length() - 1, count * 16 - search_range)
    directory, body = [], []
    offset = 12 + 16 * count
    head_at = -1
    for tag in sorted(tables):
        table = tables[tag]
        padded = table + b"\0" * (-len(table) % 4)
        checksum = known[tag] if tag in known else _checksum(padded)
        if tag == b"head":
            head_at = offset
        directory.append((tag, checksum, offset, len(table)))
        body.append(padded)
        offset += len(padded)
    front = header + b"".join(struct.pack(">4sIII", *entry) for entry in directory)
    font = bytearray(front + b"".join(body))
    if head_at >= 0 and len(head) >= 12:
        whole = _checksum(front) + sum(entry[1] for entry in directory)
        struct.pack_into(">I", font, head_at + 8, (0xB1B0AFBA - whole) & 0xFFFFFFFF)
    return bytes(font)


def _checksum(data: bytes) -> int:
    """The sum of data's big-endian 32-bit words, as a table directory records it."""
    words = array.array("I")  # 4 bytes on every platform Qt runs on
    words.frombytes(data + b"\0" * (-len(data) % 4))
    if sys.byteorder == "little":
        words.byteswap()
    return sum(words) & 0xFFFFFFFF


def rename_font(data: bytes, old_family: str, new_family: str) -> bytes:
    """The font in data with old_family replaced by new_family in its names (family, full,
    unique, and PostScript names without spaces); its outlines and metrics untouched."""
    directory = _directory(data)
    tables = {tag: table for tag, table, _checksum in directory}
    if b"name" not in tables:
        raise FontFileError("it has no naming table")
    tables[b"name"] = _renamed_name_table(tables[b"name"], old_family, new_family)
    unchanged = {tag: checksum for tag, _table, checksum in directory if tag != b"name"}
    return write_tables(tables, unchanged)


def _renamed_name_table(table: bytes, old: str, new: str) -> bytes:
    if len(table) < 6:
        raise FontFileError("its naming table is cut short")
    name_format, count, strings_at = struct.unpack_from(">HHH", table, 0)
    if name_format != 0 or len(table) < 6 + 12 * count:
        raise FontFileError("its naming table is not one this program can read")
    old_ps, new_ps = old.replace(" ", ""), new.replace(" ", "")
    records, strings = [], b""
    renamed = False
    for index in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(
            ">6H", table, 6 + 12 * index)
        raw = table[strings_at + offset:strings_at + offset + length]
        if len(raw) != length:
            raise FontFileError("its naming table is cut short")
        codec = ("utf-16-be" if platform in _UTF16_PLATFORMS
                 else "mac_roman" if platform == _MAC_PLATFORM and encoding == 0 else None)
        if codec and name_id in (*_NAME_IDS, _POSTSCRIPT_ID):
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                raise FontFileError("a name in it cannot be read") from None
            if name_id == _POSTSCRIPT_ID:
                changed = text.replace(old_ps, new_ps, 1)
            else:
                changed = text.replace(old, new, 1)
            renamed |= name_id == 1 and changed != text
            raw = changed.encode(codec)
        records.append(struct.pack(">6H", platform, encoding, language, name_id, len(raw),
                                   len(strings)))
        strings += raw
    if not renamed:
        raise FontFileError(f"its family is not {old}")
    if len(strings) > 0xFFFF:
        raise FontFileError("its names are too long to rename")
    return struct.pack(">HHH", 0, count, 6 + 12 * count) + b"".join(records) + strings
