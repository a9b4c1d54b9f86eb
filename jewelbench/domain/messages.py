"""Messages with named placeholders, in any language, without Qt.

The domain speaks to people (verdicts, warnings, refusals) but must not import Qt, which
translates. So a sentence is made of two parts:
- a Text: the English template and the context it is translated in, marked with
  QT_TRANSLATE_NOOP so `pyside6-lupdate` lists it for translators (the name is what lupdate
  looks for; this one is plain Python);
- a Message: a Text and its values by name. str(message) is the English sentence (logs, the
  command line in English, tests); jewelbench.ui.i18n.say(message) is the sentence in the
  reader's language, with numbers, money and dates in the reader's own forms.

fill() is the one way a template gets its values, in every layer: named placeholders
("{supplier} is {pct} cheaper") that a translator may move, and a value that itself holds
"{x}" or "%2" is never read as a placeholder (the old `.replace("%1", …)` chains did).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, overload

from jewelbench.domain.money import Money

__all__ = ["Message", "QT_TRANSLATE_NOOP", "Sentence", "Text", "and_list", "fill", "grouped",
           "placeholders"]

_FORMATTER = string.Formatter()


class Text(str):
    """An English template marked for translation, which knows its translation context."""

    context: str

    def __new__(cls, context: str, text: str) -> Text:
        made = super().__new__(cls, text)
        made.context = context
        return made

    def __call__(self, **values: object) -> Message:
        """This text with its values: the Message the ui, cli and reports render."""
        return Message(self, values)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Text:  # noqa: N802 (the name lupdate reads)
    """Mark text for translation in context (pyside6-lupdate lists it); translated later."""
    return Text(context, text)


def placeholders(template: str) -> list[str]:
    """The names of template's placeholders in order ("{a} and {b}" -> ["a", "b"]); a template
    that is not a valid one (an unmatched brace) has none."""
    try:
        return [name for _literal, name, _spec, _conv in _FORMATTER.parse(template)
                if name is not None]
    except ValueError:
        return []


def fill(template: str, /, **values: object) -> str:
    """template with each {name} replaced by str(values[name]) in one pass (a value is never
    read again). A placeholder with no value stays as written, and a template that is not
    valid (a broken translation: "{suplier", "{}") is given back with what could be filled:
    a wrong translation shows a visible gap, never a crash."""
    pieces = _pieces(template)
    if pieces is None:
        return _fill_leniently(template, values)
    out: list[str] = []
    for literal, name, spec, conversion in pieces:
        out.append(literal)
        if name is None:
            continue
        if name in values:
            out.append(str(values[name]))
        else:  # put back what was written, so a missing value is seen, not hidden
            out.append("{" + name + ("!" + conversion if conversion else "")
                       + (":" + spec if spec else "") + "}")
    return "".join(out)


@lru_cache(maxsize=4096)
def _pieces(template: str) -> tuple[tuple[str, str | None, str | None, str | None], ...] | None:
    """template parsed into (literal, name, spec, conversion) pieces, or None when it is not
    a valid template; kept, as the same few hundred sentences are filled over and over."""
    try:
        return tuple(_FORMATTER.parse(template))
    except ValueError:
        return None


def _fill_leniently(template: str, values: Mapping[str, object]) -> str:
    text = template
    marker = "\x00"
    for name in values:  # values are put in after, so none is read again
        text = text.replace("{" + name + "}", f"{marker}{name}{marker}")
    parts = text.split(marker)
    return "".join(str(values[part]) if index % 2 and part in values else part
                   for index, part in enumerate(parts))


@dataclass(frozen=True)
class Message:
    """A sentence for a person: its template (with its translation context) and values.

    Values may be str, int, Decimal, Money, dates, Texts (a marked word such as the name of
    the field refused, translated like the sentence) or Messages (a message inside a
    message); the renderer formats each for the reader. In English (str()) a value is written
    as str() gives it; a number wrapped in grouped() is written with its thousands grouped
    ("1,234", "1,234.5"), as the English sentences write counts and figures."""

    text: Text
    values: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Callable[[Text], str],
               show: Callable[[object], str]) -> str:
        """This sentence with text translated by translate and each value shown by show
        (a Message value is rendered the same way first)."""
        return fill(translate(self.text), **{name: _shown(value, translate, show)
                                              for name, value in self.values.items()})

    def __str__(self) -> str:  # English, values as str() gives them
        return self.render(str, _english)

    def sentence(self) -> Sentence:
        """This message as an English str that still carries it (see Sentence)."""
        return Sentence(self)

    def to_json(self) -> dict[str, Any]:
        """This message as JSON (a frozen tech pack keeps it to print it in any language):
        Decimal as {"decimal": text}, Money as {"money": [amount, currency]}, a date as
        {"date": iso}, a Message nested, anything else as its text."""
        return {"context": self.text.context, "text": str(self.text),
                "values": {name: _value_json(value) for name, value in self.values.items()}}

    @classmethod
    def from_json(cls, content: object) -> Message | None:
        """The message to_json wrote; None for anything else (an older or damaged record)."""
        if not isinstance(content, Mapping):
            return None
        context, text, values = (content.get("context"), content.get("text"),
                                 content.get("values", {}))
        if not (isinstance(context, str) and isinstance(text, str)
                and isinstance(values, Mapping)):
            return None
        return cls(Text(context, text),
                   {str(name): _value_from_json(value) for name, value in values.items()})


def _value_json(value: object) -> object:
    if isinstance(value, tuple):
        return {"list": [_value_json(item) for item in value]}
    if isinstance(value, Message):
        return {"message": value.to_json()}
    if isinstance(value, Money):
        return {"money": [str(value.amount), value.currency]}
    if isinstance(value, Text):
        return {"marked": [value.context, str(value)]}
    if isinstance(value, Decimal):
        return {"decimal": Decimal.__str__(value)}  # a grouped() one as it is kept
    if isinstance(value, dt.date):
        return {"date": value.isoformat()}
    if isinstance(value, bool) or not isinstance(value, int):
        return str(value)
    return value


def _value_from_json(value: object) -> object:
    if not isinstance(value, Mapping) or len(value) != 1:
        return value if isinstance(value, (int, str)) else str(value)
    (kind, content), = value.items()
    try:
        if kind == "message":
            return Message.from_json(content) or ""
        if kind == "list" and isinstance(content, list):
            return tuple(_value_from_json(item) for item in content)
        if kind == "money" and isinstance(content, list) and len(content) == 2:
            return Money(Decimal(str(content[0])), str(content[1]))
        if kind == "marked" and isinstance(content, list) and len(content) == 2:
            return Text(str(content[0]), str(content[1]))
        if kind == "decimal":
            return Decimal(str(content))
        if kind == "date":
            return dt.date.fromisoformat(str(content))
    except (ArithmeticError, ValueError):
        pass
    return str(content)


def _english(value: object) -> str:
    return str(value)


class _GroupedInt(int):
    def __str__(self) -> str:
        return f"{int(self):,}"


class _GroupedDecimal(Decimal):
    def __str__(self) -> str:
        return f"{Decimal(self):,f}" if self.is_finite() else Decimal.__str__(self)


@overload
def grouped(value: int) -> int: ...
@overload
def grouped(value: Decimal) -> Decimal: ...
def grouped(value: int | Decimal) -> int | Decimal:
    """value, still an int or a Decimal (so the reader's renderer formats it as a number),
    that the English sentence writes with its thousands grouped and without an exponent:
    "12,500 pieces", "1,234.5 hours". Round a Decimal first: it is written as it is kept."""
    if isinstance(value, Decimal):
        return _GroupedDecimal(value)
    return _GroupedInt(value)


class Sentence(str):
    """A Message as its English sentence (a str, so code that keeps, compares, joins or saves
    sentences, such as a comparison's warnings, works as before) that still carries the
    Message, so jewelbench.ui.i18n.say renders it in the reader's language."""

    message: Message

    def __new__(cls, message: Message) -> Sentence:
        made = super().__new__(cls, str(message))
        made.message = message
        return made


def _shown(value: object, translate: Callable[[Text], str],
           show: Callable[[object], str]) -> str:
    if isinstance(value, Message):
        return value.render(translate, show)
    if isinstance(value, Text):  # a marked word: translated like the sentence
        return translate(value)
    if isinstance(value, tuple):  # a list of things: "a, b, c" (and_list joins the last)
        return ", ".join(_shown(item, translate, show) for item in value)
    return show(value)


AND = QT_TRANSLATE_NOOP("lists", "{items} and {last}")


def and_list(items: Sequence[object]) -> object:
    """Items as a sentence lists them ("750, 585 and 925"), in the reader's language."""
    if len(items) <= 1:
        return items[0] if items else ""
    return AND(items=tuple(items[:-1]), last=items[-1])
