"""Files from outside (a supplier's quote, a downloaded price list): the one boundary where what
a library raises on bytes it cannot read becomes a refusal with a plain reason.

Every reader of an outside file goes through `refusing` (a context manager) or `reads_file`
(the same as a decorator, for a function whose first argument is the file's path):

    @reads_file(ImportRefused)
    def read_table(path, …): …                # openpyxl, zipfile, csv … read the bytes here

    with refusing(PriceFileRefused, name, form="{name}: {reason}"):
        …

Inside it, an exception raised by a LIBRARY while it reads the file — openpyxl, zipfile, zlib,
the XML parser, csv, json, the codecs — is the file's fault: it becomes the refusal type given,
with a reason a user can act on ("quote.xlsx is damaged: its sheet XML cannot be read …"), and
the library's exception is kept as its __cause__. An exception raised by jewelbench's own code
(the innermost frame of its traceback is in the jewelbench package) is not: it is a bug, and it
goes on unchanged, to fail the tests and reach the crash dialog. Data-dependent checks in our
own readers are therefore written out where they are (a refusal with its own reason), never
left to this net. MemoryError is the file's fault wherever it is raised.

XML from outside is only ever parsed by defusedxml: openpyxl uses it when it is installed
(openpyxl.xml.DEFUSEDXML, decided when openpyxl is imported), and `require_defused_xml` refuses
to open a workbook when it does not; our own XML reads use `iterparse` from here. A file that
declares XML entities (the billion-laughs and external-entity attacks) is refused, never
expanded or fetched.

`decode_text` reads the text of a CSV or text file: a byte-order mark says its encoding
(UTF-8, UTF-16 or UTF-32, as Excel's "Unicode Text" and "CSV UTF-8" write them); without one
it is UTF-8, or else Windows-1252.
"""

from __future__ import annotations

import codecs
import functools
import logging
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import ParamSpec, TypeVar
from xml.etree.ElementTree import ParseError
from xml.parsers.expat import ExpatError

import openpyxl.xml
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse as _defused_iterparse

log = logging.getLogger(__name__)
_OUR_PACKAGE = Path(__file__).resolve().parent.parent  # jewelbench/
_P = ParamSpec("_P")
_R = TypeVar("_R")

iterparse = _defused_iterparse  # the only XML parser jewelbench's own readers use


class TextNotReadable(ValueError):
    """A text file whose bytes are not in the encoding its byte-order mark names."""


# --- the boundary -------------------------------------------------------------------------


@contextmanager
def refusing(refusal: type[Exception], name: str, *,
             form: str = "{name} {reason}") -> Iterator[None]:
    """Turn what a library raises on the file `name` into `refusal(form)`; see the module doc.
    openpyxl's warnings about what it does not support (an unknown extension, a data
    validation it drops) are not the user's business and are left out."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    except refusal as ours:
        _log_refusal(name, ours)
        raise
    except Exception as error:
        if not isinstance(error, MemoryError) and raised_by_us(error.__traceback__):
            raise
        refused = refusal(form.format(name=name, reason=reason(error)))
        _log_refusal(name, refused)
        raise refused from error


def _log_refusal(name: str, refused: Exception) -> None:
    """Every refusal of an outside file, logged once at WARNING (boundaries nest). Its text
    only: a record holding the exception would keep its traceback's frames alive."""
    if getattr(refused, "logged", False):
        return
    log.warning("refused the file %s: %s", name, str(refused))
    try:
        refused.logged = True  # type: ignore[attr-defined]
    except AttributeError:  # an exception type with __slots__: logged again at worst
        pass


def reads_file(refusal: type[Exception], *,
               form: str = "{name} {reason}") -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """`refusing` around a reader whose first argument is the path of the file it reads."""

    def decorate(reader: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(reader)
        def read(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            with refusing(refusal, Path(str(args[0])).name, form=form):
                return reader(*args, **kwargs)
        return read

    return decorate


def raised_by_us(traceback: TracebackType | None) -> bool:
    """True when the innermost frame of a traceback is jewelbench's own code (not a
    library's): the exception is a bug of ours, not a fault of the file."""
    innermost = None
    while traceback is not None:
        innermost = traceback.tb_frame
        traceback = traceback.tb_next
    if innermost is None:
        return False
    return Path(innermost.f_code.co_filename).resolve().is_relative_to(_OUR_PACKAGE)


def reason(error: BaseException) -> str:
    """What a user reads after the file's name: why it cannot be read, in plain words. The
    innermost exception says it (openpyxl wraps what it meets in a ValueError of its own)."""
    chain = _chain(error)
    # the innermost, or the XML parser's ParseError (which wraps expat's error)
    root = next((link for link in chain if isinstance(link, ParseError)), chain[-1])
    detail = _detail(root)
    if any(isinstance(link, DefusedXmlException) for link in chain):
        return ("declares XML entities, a way to hide an attack in a file (a 'billion laughs' "
                "that fills the memory, or an entity that reads other files of this computer): "
                "jewelbench does not read such files. Excel and LibreOffice never write them: "
                "ask the sender for the file again")
    if any(isinstance(link, MemoryError) for link in chain):
        return "is too large to read in this computer's memory"
    if isinstance(root, RecursionError):
        return "is nested too deeply to be read (damaged, or made to crash readers)"
    if isinstance(root, ParseError | ExpatError) or \
            _through(root, "/xml/etree/", "/xml/parsers/", "/defusedxml/"):
        return f"is damaged: {_xml_part(chain)} cannot be read ({detail})"
    if isinstance(root, zlib.error | zipfile.BadZipFile | EOFError) or \
            _through(root, "/zipfile.py", "/zlib"):
        return f"is damaged: a part of it cannot be unpacked ({detail})"
    if isinstance(root, UnicodeError):
        return f"is damaged: its text is not in a readable encoding ({detail})"
    if any(_through(link, "/openpyxl/") for link in chain):
        return (f"is damaged: {_xml_part(chain)} does not hold what an Excel workbook holds "
                f"({detail})")
    return f"cannot be read ({detail})"


def _chain(error: BaseException) -> list[BaseException]:
    """The exception, what it was raised from (or while handling), and so on: outermost
    first."""
    chain = [error]
    while len(chain) < 20:
        nxt = chain[-1].__cause__ or chain[-1].__context__
        if nxt is None or nxt in chain:
            break
        chain.append(nxt)
    return chain


def _detail(error: BaseException) -> str:
    text = " ".join(str(error).split())
    text = text if len(text) <= 120 else text[:117] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _frames(error: BaseException) -> list[str]:
    names = []
    traceback = error.__traceback__
    while traceback is not None:
        names.append(traceback.tb_frame.f_code.co_filename.replace("\\", "/"))
        traceback = traceback.tb_next
    return names


def _through(error: BaseException, *parts: str) -> bool:
    return any(part in name for name in _frames(error) for part in parts)


# openpyxl's reader modules → which part of the workbook they read
_OPENPYXL_PARTS = (
    ("/worksheet/", "its sheet XML"),
    ("/reader/strings", "its shared text (sharedStrings.xml)"),
    ("/styles/", "its cell styles (styles.xml)"),
    ("/formula/", "a formula or a defined name in it"),
    ("/reader/workbook", "its workbook XML (workbook.xml)"),
    ("/workbook/", "its workbook XML (workbook.xml)"),
    ("/packaging/", "its list of parts ([Content_Types].xml or a .rels part)"),
    ("/reader/drawings", "a drawing in it"),
    ("/chart/", "a chart in it"),
)


def _xml_part(chain: list[BaseException]) -> str:
    frames = [name for link in reversed(chain) for name in _frames(link)]
    for fragment, part in _OPENPYXL_PARTS:
        if any("/openpyxl/" in name and fragment in name for name in frames):
            return part
    return "its XML"


# --- XML through defusedxml only ------------------------------------------------------------


def defused_xml_in_use() -> bool:
    """True when openpyxl parses every part through defusedxml (see the module doc)."""
    from openpyxl.xml import functions

    return bool(openpyxl.xml.DEFUSEDXML) and \
        getattr(functions.iterparse, "__module__", "").startswith("defusedxml") and \
        getattr(functions.fromstring, "__module__", "").startswith("defusedxml")


def require_defused_xml(refusal: type[Exception], name: str) -> None:
    """Refuse to open the workbook `name` when openpyxl would parse it without defusedxml."""
    if not defused_xml_in_use():
        raise refusal(f"{name} was not opened: this installation of jewelbench cannot read "
                      ".xlsx files safely (its defusedxml package is missing, or switched off "
                      "by OPENPYXL_DEFUSEDXML). Reinstall jewelbench, or import a .csv")


# --- text ---------------------------------------------------------------------------------

# Python's csv reader makes a list of every field of a line at once: one 19 MB line of "12,"
# took 620 MB, an ECB header of 6.5 million currencies 2.1 GB (and a .zip of it is 100 KB)
MAX_LINE_CHARACTERS = 1_000_000


def has_long_line(text: str, limit: int = MAX_LINE_CHARACTERS) -> bool:
    """True when a line of the text is `limit` characters or longer (always when one is twice
    that): each window of `limit` characters is looked at for a line break, nothing copied."""
    for start in range(0, len(text) - limit + 1, limit):
        end = start + limit
        if text.find("\n", start, end) < 0 and text.find("\r", start, end) < 0:
            return True
    return False


# longest first: UTF-32 LE's mark begins with UTF-16 LE's
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
ENCODING_NAMES = {"utf-32": "UTF-32", "utf-8-sig": "UTF-8", "utf-16": "UTF-16"}


def text_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `head` names, or None."""
    return next((encoding for bom, encoding in _BOMS if head.startswith(bom)), None)


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a text file's bytes: the encoding its byte-order mark names, else
    UTF-8, else Windows-1252 (encoding 'cp1252'). TextNotReadable when the bytes are not in the
    encoding the mark names."""
    encoding = text_encoding(data)
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as error:
            raise TextNotReadable(
                f"starts with the byte-order mark of {ENCODING_NAMES[encoding]} text, but its "
                f"bytes are not {ENCODING_NAMES[encoding]} from byte {error.start:,} on "
                "(damaged or cut short)") from error
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"

