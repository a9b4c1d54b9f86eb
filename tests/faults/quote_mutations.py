"""Mutated quote templates for the import fuzz test: a filled template taken apart into its
zip parts, one thing done wrong to it, and packed again (imported as `import quote_mutations`).

Every mutation is drawn from a random.Random the test seeds, so a run is repeatable: the
failing case's number, kind and detail are in the assertion message, and calling
`mutate(parts, packed, rng)` that many times on a Random(SEED) rebuilds it.

Kinds:
- zip-bytes      bytes of the packed .xlsx overwritten (directory, headers or deflate stream);
- part-bytes     bytes of one XML part overwritten, inserted or deleted;
- part-splice    a slice of one part spliced into another (or the same) part;
- part-truncate  one part cut short;
- part-drop      one part left out of the zip;
- hostile-value  a cell the supplier fills holding a hostile value (huge numbers, NaN,
                 formulas, NUL, very long text, a shared string that is not there …);
- entity         an XML entity attack in one part: billion laughs, an external entity.
"""

from __future__ import annotations

import io
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

Parts = dict[str, bytes]

BILLION_LAUGHS = (
    b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n'
    + b"".join(b' <!ENTITY lol%d "%s">\n' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;")
                                             * 10) for n in range(1, 10))
    + b"]>\n")
BILLION_LAUGHS_REF = b"&lol9;"
EXTERNAL_ENTITY = (b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [\n'
                   b' <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n')
EXTERNAL_REF = b"&xxe;"


def unpack(data: bytes) -> Parts:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def pack(parts: Parts) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


@dataclass(frozen=True)
class Mutant:
    kind: str
    detail: str
    data: bytes  # the .xlsx file's bytes


def _xml_parts(parts: Parts) -> list[str]:
    return sorted(name for name in parts if name.endswith((".xml", ".rels")))


def _pick_part(parts: Parts, rng: random.Random) -> str:
    # the parts the reader goes through most often, more often
    names = _xml_parts(parts)
    weighted = names + [n for n in names if "worksheets" in n or n.endswith("workbook.xml")] * 2
    return rng.choice(weighted)


def zip_bytes(parts: Parts, packed: bytes, rng: random.Random) -> Mutant:
    data = bytearray(packed)
    count = rng.randint(1, 12)
    for _ in range(count):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return Mutant("zip-bytes", f"{count} bytes", bytes(data))


def part_bytes(parts: Parts, packed: bytes, rng: random.Random) -> Mutant:
    name = _pick_part(parts, rng)
    content = bytearray(parts[name])
    count = rng.randint(1, 8)
    for _ in range(count):
        at = rng.randrange(len(content) or 1)
        action = rng.choice(("overwrite", "insert", "delete"))
        byte = rng.choice((rng.randrange(256), *b'<>&"\'=/\x00 ;#'))
        if action == "overwrite" and content:
            content[at] = byte
        elif action == "insert":
            content.insert(at, byte)
        elif content:
            del content[at]
    return Mutant("part-bytes", f"{name}: {count} bytes", pack({**parts, name: bytes(content)}))


def part_splice(parts: Parts, packed: bytes, rng: random.Random) -> Mutant:
    target, source = _pick_part(parts, rng), _pick_part(parts, rng)
    donor = parts[source]
    start = rng.randrange(len(donor))
    piece = donor[start:start + rng.randint(1, 400)]
    content = parts[target]
    at = rng.randrange(len(content) + 1)
    cut = rng.choice((0, 0, rng.randint(1, 200)))  # insert, or replace a stretch
    spliced = content[:at] + piece + content[at + cut:]
    return Mutant("part-splice", f"{len(piece)} bytes of {source} into {target} at {at}",
                  pack({**parts, target: spliced}))


def part_truncate(parts: Parts, packed: bytes, rng: random.Random) -> Mutant:
    name = _pick_part(parts, rng)
    at = rng.randrange(len(parts[name]))
    return Mutant("part-truncate", f"{name} at {at}", pack({**parts, name: parts[name][:at]}))


def part_drop(parts: Parts, packed: bytes, rng: random.Random) -> Mutant:
    name = rng.choice(sorted(parts))
    return Mutant("part-drop", name, pack({k: v for k, v in parts.items() if k != name}))


# What a supplier's cell can hold that it should not: (label, the <c> element's inside, type)
LONG_TEXT = "Ø" * 40_000
HOSTILE_VALUES: tuple[tuple[str, str, str], ...] = (
    ("huge number", "<v>1e308</v>", "n"),
    ("beyond float", "<v>1e309</v>", "n"),
    ("minus huge", "<v>-1e308</v>", "n"),
    ("huge exponent", "<v>1E+999999999</v>", "n"),
    ("400 digits", "<v>" + "9" * 400 + "</v>", "n"),
    ("tiny", "<v>1e-300</v>", "n"),
    ("NaN", "<v>NaN</v>", "n"),
    ("inf", "<v>inf</v>", "n"),
    ("minus zero", "<v>-0</v>", "n"),
    ("hex", "<v>0x1F</v>", "n"),
    ("empty number", "<v></v>", "n"),
    ("text in a number", "<v>twelve</v>", "n"),
    ("formula", "<f>1/0</f><v>#DIV/0!</v>", "n"),
    ("hyperlink formula", '<f>HYPERLINK("http://evil.example","x")</f><v>x</v>', "str"),
    ("dde formula", "<f>cmd|' /C calc'!A0</f>", "n"),
    ("formula text", '<is><t>=cmd|" /C calc"!A0</t></is>', "inlineStr"),
    ("NUL char reference", "<is><t>12&#0;5</t></is>", "inlineStr"),
    ("raw NUL", "<is><t>12\x005</t></is>", "inlineStr"),
    ("lone surrogate", "<is><t>&#xD800;</t></is>", "inlineStr"),
    ("control chars", "<is><t>\x01\x02\x1b[31m</t></is>", "inlineStr"),
    ("bidi override", "<is><t>\u202e0.5\u202c</t></is>", "inlineStr"),
    ("very long text", f"<is><t>{LONG_TEXT}</t></is>", "inlineStr"),
    ("very long number text", "<is><t>" + "1" * 5000 + "</t></is>", "inlineStr"),
    ("full-width digits", "<is><t>１２</t></is>", "inlineStr"),
    ("shared string not there", "<v>99999</v>", "s"),
    ("shared string minus", "<v>-1</v>", "s"),
    ("shared string text", "<v>abc</v>", "s"),
    ("boolean 2", "<v>2</v>", "b"),
    ("error cell", "<v>#REF!</v>", "e"),
    ("ISO date cell", "<v>2026-13-45T99:00</v>", "d"),
    ("ISO date text", "<v>not a date</v>", "d"),
    ("unknown type", "<v>1</v>", "zz"),
    ("nested junk", "<is><r><t>1</t></r><r><t>2</t></r></is>", "inlineStr"),
    ("empty inline", "<is/>", "inlineStr"),
)
HOSTILE_STYLES = ("", ' s="8"', ' s="999"', ' s="-1"', ' s="x"')  # 8: a date style


def hostile_value(parts: Parts, packed: bytes, rng: random.Random) -> Mutant:
    """One of the cells a supplier fills (the shaded ones) given a hostile value; now and then
    one of the hidden sheet's ids instead (a supplier who unhides it)."""
    if rng.random() < 0.2:
        sheet, coordinate = "xl/worksheets/sheet2.xml", rng.choice(HIDDEN_ID_CELLS)
    else:
        sheet, coordinate = "xl/worksheets/sheet1.xml", rng.choice(SUPPLIER_CELLS)
    content = parts[sheet].decode("utf-8")
    label, inside, kind = rng.choice(HOSTILE_VALUES)
    style = rng.choice(HOSTILE_STYLES)
    cell = f'<c r="{coordinate}"{style} t="{kind}">{inside}</c>'
    pattern = re.compile(rf'<c r="{coordinate}"[^>]*?(/>|>.*?</c>)', re.S)
    if pattern.search(content):
        content = pattern.sub(lambda _m: cell, content, count=1)
    else:
        row = re.sub(r"\D", "", coordinate)
        content = re.sub(rf'(<row r="{row}"[^>]*>)', lambda m: m.group(1) + cell, content,
                         count=1)
    return Mutant("hostile-value", f"{sheet} {coordinate}: {label}{style}",
                  pack({**parts, sheet: content.encode("utf-8", "surrogatepass")}))


# the template's input cells (quote_template.NAMES): reference … deposit, tiers, fees, notes
SUPPLIER_CELLS = ("B17", "B18", "B19", "B20", "B21", "B22", "B23", "B24", "B25", "A29", "B29",
                  "A31", "B31", "A32", "B32", "B37", "C37", "B38", "C38", "B40", "A43")

# the hidden sheet's values: marker, version, rfq_id, supplier_id, design_id, revision_id,
# rfq_reference, design_code, revision, supplier, workspace
HIDDEN_ID_CELLS = ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11")


def entity(parts: Parts, packed: bytes, rng: random.Random) -> Mutant:
    name = rng.choice(("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                       "xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml",
                       "xl/_rels/workbook.xml.rels", "docProps/core.xml"))
    attack, reference = rng.choice(((BILLION_LAUGHS, BILLION_LAUGHS_REF),
                                    (EXTERNAL_ENTITY, EXTERNAL_REF)))
    content = parts[name]
    content = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", content)
    # the reference inside the first text or value, or else as the root's first child
    marker = re.search(rb"<(t|v)>", content)
    if marker:
        content = content[:marker.end()] + reference + content[marker.end():]
    else:
        root_end = content.index(b">") + 1
        content = content[:root_end] + reference + content[root_end:]
    label = "billion laughs" if attack is BILLION_LAUGHS else "external entity"
    return Mutant("entity", f"{label} in {name}", pack({**parts, name: attack + content}))


MUTATIONS: tuple[Callable[[Parts, bytes, random.Random], Mutant], ...] = (
    zip_bytes, part_bytes, part_bytes, part_splice, part_splice, part_truncate, part_drop,
    hostile_value, hostile_value, hostile_value, entity)


def mutate(parts: Parts, packed: bytes, rng: random.Random) -> Mutant:
    return rng.choice(MUTATIONS)(parts, packed, rng)
