"""Checks across entries of claims.yaml: duplicate ids, dangling references, formulas, cycles.

They run on the raw round-trip document rather than on validated models, so a reference
is still checked when its entry has an unrelated type error, and every problem is reported
at the key or list item it is about.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from claimcheck.registry.formula import FormulaError, Node, parse
from claimcheck.registry.positions import position, suggest

Report = Callable[[tuple[int, int], str], None]
_DIGIT_GROUP = re.compile(r"^\d{3}(?!\d)")
_WORDS = {"sources": "source", "people": "person", "figures": "figure"}


def _entries(doc: CommentedMap, section: str) -> list[CommentedMap]:
    node = doc.get(section)
    if not isinstance(node, CommentedSeq):
        return []
    return [item for item in node if isinstance(item, CommentedMap)]


def _id(item: CommentedMap) -> str | None:
    value = item.get("id")
    return str(value) if isinstance(value, str) else None


def check_references(doc: CommentedMap, constants: dict[str, float], report: Report) -> None:
    """Report every cross-entry problem through ``report(position, message)``."""
    ids = {section: _unique_ids(doc, section, report) for section in _WORDS}
    for section, word in _WORDS.items():
        for item in _entries(doc, section):
            _split_numbers(item, f"{word} {_id(item)!r}", report)
    figure_lines = ids["figures"]
    consts = doc.get("constants")
    if isinstance(consts, CommentedMap):
        for name in constants:
            if name in figure_lines:
                report(
                    position(consts, (name,), key=True),
                    f"constant {name!r} has the same name as figure {name!r} (line "
                    f"{figure_lines[name]}); formulas could not tell them apart",
                )
    kinds = {_id(p): p.get("kind", "person") for p in _entries(doc, "people")}
    for person in _entries(doc, "people"):
        what = f"person {_id(person)!r}"
        for i, org in _strings(person, "member_of"):
            _ref(report, position(person, ("member_of", i)), what, "member_of", org, ids["people"])
            if org in kinds and kinds[org] != "organisation":
                at = position(person, ("member_of", i))
                report(at, f"{what} member_of {org!r} is a person, not an organisation")
        roles = person.get("roles")
        if isinstance(roles, CommentedSeq):
            for i, role in enumerate(roles):
                role_org = role.get("organisation") if isinstance(role, CommentedMap) else None
                if isinstance(role_org, str):
                    at = position(person, ("roles", i, "organisation"))
                    _ref(report, at, what, f"roles item {i + 1} organisation", role_org, ids["people"])
    graph: dict[str, list[str]] = {}
    for figure in _entries(doc, "figures"):
        fid = _id(figure)
        what = f"figure {fid!r}"
        for key, section in (("source", "sources"), ("speaker", "people")):
            value = figure.get(key)
            if isinstance(value, str):
                _ref(report, position(figure, (key,)), what, key, value, ids[section])
        for i, other in _strings(figure, "same_as"):
            _ref(report, position(figure, ("same_as", i)), what, "same_as", other, ids["figures"])
        node = _formula(figure, what, report)
        if node is not None:
            _check_names(figure, what, node, figure_lines, constants, report)
            if fid is not None:
                graph[fid] = [n for n in node.names() if n in figure_lines]
    _report_cycles(doc, graph, report)


def _unique_ids(doc: CommentedMap, section: str, report: Report) -> dict[str, int]:
    """id → line of its first definition; later definitions are reported."""
    seen: dict[str, int] = {}
    for item in _entries(doc, section):
        ident = _id(item)
        if ident is None:
            continue
        at = position(item, ("id",))
        if ident in seen:
            report(at, f"duplicate {_WORDS[section]} id {ident!r} (first defined on line {seen[ident]})")
        else:
            seen[ident] = at[0]
    return seen


def _strings(item: CommentedMap, key: str) -> list[tuple[int, str]]:
    values = item.get(key)
    if not isinstance(values, CommentedSeq):
        return []
    return [(i, v) for i, v in enumerate(values) if isinstance(v, str)]


def _split_numbers(item: CommentedMap, what: str, report: Report) -> None:
    """``[an average of 1,770 children]`` is two items in YAML flow style; catch the split."""
    values = item.get("aliases")
    if not isinstance(values, CommentedSeq) or not values.fa.flow_style():
        return
    for i in range(1, len(values)):
        before, after = values[i - 1], values[i]
        if (
            isinstance(before, str) and isinstance(after, (str, int))
            and before[-1:].isdigit() and _DIGIT_GROUP.match(str(after))
        ):
            report(
                position(item, ("aliases", i - 1)),
                f"{what} aliases: the comma in '{before},{after}' splits the list item; "
                "put the alias in quotes",
            )


def _ref(
    report: Report, at: tuple[int, int], what: str, key: str, target: str, known: dict[str, int]
) -> None:
    if target not in known:
        noun = {"source": "source", "same_as": "figure"}.get(key, "person or organisation")
        report(at, f"{what} {key} names unknown {noun} {target!r}{suggest(target, known)}")


def _formula_at(figure: CommentedMap, column: int) -> tuple[int, int]:
    """File position of a column inside the derived_from text (exact for one-line scalars)."""
    line, col = position(figure, ("derived_from",))
    value = figure["derived_from"]
    if isinstance(value, (LiteralScalarString, FoldedScalarString)) or "\n" in value:
        return line, col
    quoted = isinstance(value, (SingleQuotedScalarString, DoubleQuotedScalarString))
    return line, col + column - 1 + (1 if quoted else 0)


def _formula(figure: CommentedMap, what: str, report: Report) -> Node | None:
    text = figure.get("derived_from")
    if not isinstance(text, str):
        return None
    try:
        return parse(str(text))
    except FormulaError as exc:
        report(
            _formula_at(figure, exc.column),
            f"{what} derived_from: formula error at column {exc.column}: {exc.message}",
        )
        return None


def _check_names(
    figure: CommentedMap, what: str, node: Node, figures: dict[str, int],
    constants: dict[str, float], report: Report,
) -> None:
    known = {**dict.fromkeys(figures), **dict.fromkeys(constants)}
    for name, column in node.name_columns():
        if name in known:
            continue
        hint = _minus_hint(name, known) or suggest(name, known)
        report(
            _formula_at(figure, column),
            f"{what} derived_from names unknown figure or constant {name!r}{hint}",
        )


def _minus_hint(name: str, known: dict[str, Any]) -> str:
    """'a-b' where 'a' is known was probably meant as a subtraction."""
    parts = name.split("-")
    for cut in range(1, len(parts)):
        left, right = "-".join(parts[:cut]), "-".join(parts[cut:])
        if left in known and (right in known or right.isdigit()):
            return f"; did you mean '{left} - {right}'? (put spaces around a minus sign)"
    return ""


def _report_cycles(doc: CommentedMap, graph: dict[str, list[str]], report: Report) -> None:
    """Report each derived_from cycle once, at the first of its figures in the file."""
    order = {fid: i for i, fid in enumerate(graph)}
    entries = {_id(f): f for f in _entries(doc, "figures")}
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    seen_cycles: set[frozenset[str]] = set()

    def visit(fid: str, stack: list[str]) -> None:
        state[fid] = 1
        stack.append(fid)
        for nxt in graph.get(fid, []):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):]
                key = frozenset(cycle)
                if key not in seen_cycles:
                    seen_cycles.add(key)
                    first = min(cycle, key=order.__getitem__)
                    k = cycle.index(first)
                    path = [*cycle[k:], *cycle[:k], first]
                    at = position(entries[first], ("derived_from",))
                    report(at, f"figure {first!r} is derived from itself: {' → '.join(path)}")
            elif nxt not in state and nxt in graph:
                visit(nxt, stack)
        stack.pop()
        state[fid] = 2

    for fid in graph:
        if fid not in state:
            visit(fid, [])
