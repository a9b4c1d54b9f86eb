"""Every sentence the domain (and storage.costing) marks for translation (a module-level Text
made with QT_TRANSLATE_NOOP) is a valid template, and every place that fills one gives it each
value its placeholders name: a missing value would show "{pieces}" to the reader, in any
language."""

from __future__ import annotations

import ast
import functools
import importlib
import pkgutil
from pathlib import Path

import pytest

import jewelbench.domain
from jewelbench.domain.messages import Message, Text, placeholders

DOMAIN = Path(jewelbench.domain.__file__).parent


def _modules() -> list[str]:
    """The domain's modules, and the storage module that words a comparison's left-outs."""
    return sorted(f"jewelbench.domain.{info.name}"
                  for info in pkgutil.iter_modules([str(DOMAIN)])) + ["jewelbench.storage.costing"]


@functools.cache
def _all_texts() -> dict[str, Text]:
    """Every marked module constant, each once (a module that imports another's is skipped)."""
    found: dict[str, Text] = {}
    seen: set[int] = set()
    for module_name in _modules():
        module = importlib.import_module(module_name)
        source = Path(module.__file__ or "").read_text("utf-8")
        for name, value in vars(module).items():
            if isinstance(value, Text) and id(value) not in seen \
                    and f"{name} = QT_TRANSLATE_NOOP(" in source:
                seen.add(id(value))
                found[f"{module_name}.{name}"] = value
    return found


def test_the_domain_marks_its_sentences_in_many_modules() -> None:
    """Not a walk over nothing: the verdict, the refusals and the field names are all there."""
    found = _all_texts()
    names = {key.rsplit(".", 1)[1] for key in found}
    assert {"VERDICT_ROUTE_CHEAPER", "REQUIRED", "AT_MOST", "NO_RATE", "CAPACITY"} <= names
    assert len(found) > 80
    assert {text.context for text in found.values()} >= {
        "costing", "costing_analysis", "validation", "quote_comparison", "fields"}


@pytest.mark.parametrize("key", sorted(_all_texts()))
def test_each_marked_text_is_a_valid_template_with_named_placeholders(key: str) -> None:
    text = _all_texts()[key]
    assert text.context, f"{key} has no translation context"
    names = placeholders(text)
    assert text.count("{") == text.count("}") == len(names), f"{key}: {text!r}"
    for name in names:
        assert name.isidentifier() and not name[0].isdigit(), f"{key}: {{{name}}}"


def _calls(tree: ast.AST, constants: set[str]) -> list[tuple[int, set[str], set[str]]]:
    """(line, the templates a call may fill, the value names it gives) for every call of a
    marked constant, directly (REQUIRED(what=…)) or through a local name bound to one or
    more of them (said = A if x else B; said(…)), each function read on its own."""
    scopes = [node for node in ast.walk(tree)
              if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    if not scopes:
        return _calls_in(tree, constants)
    return [call for scope in scopes for call in _calls_in(scope, constants, nested=False)
            ] + _module_level_calls(tree, constants)


def _module_level_calls(tree: ast.AST, constants: set[str]
                        ) -> list[tuple[int, set[str], set[str]]]:
    assert isinstance(tree, ast.Module)
    outside = [node for node in tree.body
               if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    return [call for node in outside for call in _calls_in(node, constants)]


def _within(scope: ast.AST, nested: bool) -> list[ast.AST]:
    """The nodes of scope, without those of the functions inside it unless nested."""
    if nested:
        return list(ast.walk(scope))
    out: list[ast.AST] = []
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        out.append(node)
        todo.extend(ast.iter_child_nodes(node))
    return out


def _calls_in(scope: ast.AST, constants: set[str], nested: bool = True
              ) -> list[tuple[int, set[str], set[str]]]:
    nodes = _within(scope, nested)
    bound: dict[str, set[str]] = {}
    for node in nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            chosen = _chosen(node.value, constants)
            if chosen:
                bound.setdefault(node.targets[0].id, set()).update(chosen)
    out = []
    for node in nodes:
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        name = node.func.id
        templates = {name} if name in constants else bound.get(name, set())
        if not templates:
            continue
        assert not node.args, f"line {node.lineno}: a message's values are given by name"
        assert all(k.arg is not None for k in node.keywords), f"line {node.lineno}: **values"
        out.append((node.lineno, templates, {str(k.arg) for k in node.keywords}))
    return out


def _chosen(value: ast.expr, constants: set[str]) -> set[str]:
    if isinstance(value, ast.Name) and value.id in constants:
        return {value.id}
    if isinstance(value, ast.IfExp):
        body, orelse = _chosen(value.body, constants), _chosen(value.orelse, constants)
        return body | orelse if body and orelse else set()
    return set()


@pytest.mark.parametrize("module_name", _modules())
def test_every_message_is_given_the_values_its_placeholders_name(module_name: str) -> None:
    module = importlib.import_module(module_name)
    constants = {name: value for name, value in vars(module).items() if isinstance(value, Text)}
    path = Path(module.__file__ or "")
    for line, templates, given in _calls(ast.parse(path.read_text("utf-8")), set(constants)):
        for template in templates:
            wanted = set(placeholders(constants[template]))
            assert wanted <= given, (f"{path.name}:{line} fills {template} without "
                                     f"{sorted(wanted - given)}")
            if len(templates) == 1:  # a call of one template gives nothing it does not say
                assert given <= wanted, (f"{path.name}:{line} gives {template} "
                                         f"{sorted(given - wanted)}, which it never says")


def test_the_walk_finds_the_calls_it_checks() -> None:
    """The check above reads real calls: the verdict's three sentences among them."""
    module = importlib.import_module("jewelbench.domain.costing")
    constants = {n for n, v in vars(module).items() if isinstance(v, Text)}
    calls = _calls(ast.parse(Path(module.__file__ or "").read_text("utf-8")), constants)
    filled = set().union(*(templates for _line, templates, _given in calls))
    assert {"VERDICT_ALONE", "VERDICT_IN_HOUSE_CHEAPER", "VERDICT_ROUTE_CHEAPER",
            "VERDICT_WITH_BANDS", "LABOUR_TWICE_ONE"} <= filled


def test_a_call_missing_a_value_is_caught() -> None:
    """The walk is not blind: a call without {pieces} is reported."""
    tree = ast.parse("A(route='x')")
    [(line, templates, given)] = _calls(tree, {"A"})
    assert templates == {"A"} and given == {"route"}
    assert set(placeholders("{route} at {pieces}")) - given == {"pieces"}


def test_a_message_in_a_message_renders_each_part_once() -> None:
    from jewelbench.domain.costing_breakeven import bands_message

    said = bands_message(((2838, 3061), (3998, 4591), (5000, 5000)))
    assert isinstance(said, Message)
    assert str(said) == "between 2,838 and 3,061 and between 3,998 and 4,591 and at 5,000 pieces"
