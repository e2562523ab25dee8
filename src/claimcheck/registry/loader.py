"""Read claims.yaml into a Registry, reporting every problem with its line and column.

The file is parsed with ruamel.yaml's round-trip loader because it keeps the position of
every key and item; each section item is then validated with its pydantic model and every
error is mapped back to where it is in the file. Cross-references, formulas and cycles are
checked on the raw data, so one broken field never hides another problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from claimcheck.errors import Problem, RegistryError
from claimcheck.models import (
    DATE_PATTERN,
    RECORD_KINDS,
    Person,
    Record,
    Registry,
    Source,
)
from claimcheck.registry.positions import is_id, make_yaml, position, suggest, to_plain
from claimcheck.registry.references import check_references

FORMAT_VERSION = 1
TOP_KEYS = ("version", "constants", "sources", "people", "figures")
#: section name → (model, the word for one item in messages)
SECTIONS: dict[str, tuple[type[BaseModel], str]] = {
    "sources": (Source, "source"),
    "people": (Person, "person"),
    "figures": (Record, "figure"),
}
#: fields whose type is a wider enum than the file accepts → the values it accepts
NARROWER: dict[tuple[type[BaseModel], str], tuple[str, ...]] = {(Record, "kind"): RECORD_KINDS}
#: model fields the loader fills in; never written in the file
INTERNAL_FIELDS = frozenset({"line", "path"})


def load_registry(path: Path) -> Registry:
    """Load and validate claims.yaml; raise RegistryError listing every problem found."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise RegistryError(f"registry file {path} does not exist") from None
    except UnicodeDecodeError as exc:
        problem = Problem(str(path), 0, 0, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        raise RegistryError(f"{path.name} cannot be read", [problem]) from None
    except OSError as exc:
        raise RegistryError(f"registry file {path} cannot be read: {exc.strerror}") from None
    return parse_registry(text, str(path))


def parse_registry(text: str, path: str = "claims.yaml") -> Registry:
    """Validate claims.yaml text; ``path`` is only used to name the file in problems."""
    registry, problems = _Loader(text, path).run()
    if problems:
        problems.sort(key=lambda p: (p.line, p.column))
        name = Path(path).name
        count = len(problems)
        raise RegistryError(f"{name} has {count} problem{'s' if count != 1 else ''}", problems)
    return registry


class _Loader:
    def __init__(self, text: str, path: str) -> None:
        self.text = text
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, at: tuple[int, int], message: str) -> None:
        self.problems.append(Problem(self.path, at[0], at[1], message))

    def run(self) -> tuple[Registry, list[Problem]]:
        try:
            doc = make_yaml().load(self.text)
        except MarkedYAMLError as exc:
            self.problem(*yaml_error_at(exc, self.text))
            return Registry(path=self.path), self.problems
        except YAMLError as exc:
            self.problem((0, 0), f"YAML error: {exc}")
            return Registry(path=self.path), self.problems
        if doc is None:
            return Registry(path=self.path), []
        if not isinstance(doc, CommentedMap):
            self.problem((1, 1), "claims.yaml should be a mapping with version, sources, people and figures")
            return Registry(path=self.path), self.problems
        self.check_top(doc)
        constants = self.constants(doc)
        items = {name: list(self.items(doc, name)) for name in SECTIONS}
        check_references(doc, constants, self.problem)
        registry = Registry(
            path=self.path,
            constants=constants,
            sources=[m for m in items["sources"] if isinstance(m, Source)],
            people=[m for m in items["people"] if isinstance(m, Person)],
            figures=[m for m in items["figures"] if isinstance(m, Record)],
        )
        return registry, self.problems

    def check_top(self, doc: CommentedMap) -> None:
        for key in doc:
            if key not in TOP_KEYS:
                hint = suggest(str(key), TOP_KEYS)
                self.problem(position(doc, (key,), key=True), f"unknown top-level key {key!r}{hint}")
        if "version" not in doc:
            self.problem((1, 1), f"missing 'version: {FORMAT_VERSION}' at the top of the file")
        elif doc["version"] != FORMAT_VERSION or isinstance(doc["version"], bool):
            self.problem(
                position(doc, ("version",)),
                f"unsupported version {doc['version']!r}; this claimcheck reads version {FORMAT_VERSION}",
            )

    def constants(self, doc: CommentedMap) -> dict[str, float]:
        node = doc.get("constants")
        if node is None:
            return {}
        if not isinstance(node, CommentedMap):
            self.problem(position(doc, ("constants",)), "constants should be a mapping of name: number")
            return {}
        found: dict[str, float] = {}
        for key, value in node.items():
            if not is_id(key):
                self.problem(
                    position(node, (key,), key=True),
                    f"constant name {key!r} is not a lowercase kebab-case id",
                )
            elif isinstance(value, bool) or not isinstance(value, (int, float)):
                self.problem(
                    position(node, (key,)), f"constant {key!r} should be a number, got {to_plain(value)!r}"
                )
            else:
                found[str(key)] = float(value)
        return found

    def items(self, doc: CommentedMap, section: str) -> Iterator[BaseModel | None]:
        node = doc.get(section)
        if node is None:
            return
        model, word = SECTIONS[section]
        if not isinstance(node, CommentedSeq):
            self.problem(position(doc, (section,)), f"{section} should be a list of {word} entries")
            return
        for i, item in enumerate(node):
            at = position(node, (i,))
            if not isinstance(item, CommentedMap):
                got = to_plain(item)
                self.problem(at, f"each entry in {section} should be a mapping of keys, got {got!r}")
                yield None
                continue
            yield self.validate(item, model, word, at)

    def validate(
        self, item: CommentedMap, model: type[BaseModel], word: str, at: tuple[int, int]
    ) -> BaseModel | None:
        item_id = item.get("id")
        what = f"{word} {item_id!r}" if isinstance(item_id, str) else f"{word} at line {at[0]}"
        data = to_plain(item)
        for key in INTERNAL_FIELDS & set(data):
            fields = [f for f in model.model_fields if f not in INTERNAL_FIELDS]
            hint = suggest(key, fields)
            self.problem(position(item, (key,), key=True), f"unknown key {key!r} in {what}{hint}")
            del data[key]
        try:
            result = model.model_validate(data)
        except ValidationError as exc:
            for error in exc.errors():
                self.report(item, model, what, error)
            return None
        result.line = at[0]  # type: ignore[attr-defined]
        return result

    def report(self, item: CommentedMap, model: type[BaseModel], what: str, error: Any) -> None:
        loc: tuple[int | str, ...] = tuple(error["loc"])
        kind: str = error["type"]
        where = _where(what, loc)
        if kind == "extra_forbidden":
            fields = _fields_at(model, loc[:-1])
            hint = suggest(str(loc[-1]), fields)
            self.problem(position(item, loc, key=True), f"unknown key {loc[-1]!r} in {where[1]}{hint}")
        elif kind == "missing":
            self.problem(position(item, loc[:-1]), f"{where[1]} is missing required key {loc[-1]!r}")
        else:
            allowed = NARROWER.get((model, str(loc[-1]))) if loc else None
            self.problem(position(item, loc), f"{where[0]}: {plain_message(error, allowed)}")


#: what ruamel says it was reading when the file ended → (what opened it, what closes it)
_OPENERS = {"quoted scalar": ("quote", "closing quote"), "flow mapping": ("'{'", "'}'"),
            "flow sequence": ("'['", "']'")}


def yaml_error_at(exc: MarkedYAMLError, text: str) -> tuple[tuple[int, int], str]:
    """(line, column) and message of a YAML syntax error, always at a place in the file.

    ruamel marks an unclosed quote or bracket at the end of the stream, one line past the
    last; the place to mend is where the quote or bracket opens, so that is named instead,
    with where the file ends."""
    problem, context = exc.problem_mark, exc.context_mark
    detail = exc.problem or exc.context or "invalid YAML"
    lines = text.splitlines() or [""]
    end = (len(lines), len(lines[-1]) + 1)
    past_end = problem is not None and problem.index >= len(text.rstrip())
    if past_end and context is not None and exc.context and context.index < len(text.rstrip()):
        what = exc.context.split(" a ", 1)[-1]
        opener, closer = _OPENERS.get(what, (what, "end"))
        return (context.line + 1, context.column + 1), (
            f"YAML syntax error: the {opener} here is never closed "
            f"(the file ends at {end[0]}:{end[1]} with no {closer})")
    mark = problem or context
    if mark is None:
        return (1, 1), f"YAML syntax error: {detail}"
    if past_end or mark.line >= len(lines):
        return end, f"YAML syntax error: {detail} at the end of the file"
    return (mark.line + 1, min(mark.column + 1, len(lines[mark.line]) + 1)), f"YAML syntax error: {detail}"


def _where(what: str, loc: tuple[int | str, ...]) -> tuple[str, str]:
    """("'roles' item 2 'title' in person 'x'", "person 'x' 'roles' item 2"): field, container."""
    words = [f"item {p + 1}" if isinstance(p, int) else repr(p) for p in loc]
    field = f"{' '.join(words)} in {what}" if words else what
    container = " ".join([what, *words[:-1]])
    return field, container


def _fields_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """Field names of the (nested) model at ``loc``, for 'did you mean' suggestions."""
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = current.model_fields.get(part)
        current = _model_in(field.annotation) if field else None
    if current is None:
        return []
    return [f for f in current.model_fields if f not in INTERNAL_FIELDS]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


_TYPE_WORDS = {
    "float": "a number", "int": "a whole number", "string": "text", "list": "a list",
    "bool": "true or false", "dict": "a mapping", "model": "a mapping",
}


def plain_message(error: Any, allowed: tuple[str, ...] | None = None) -> str:
    """A pydantic error as a plain sentence a curator can act on; ``allowed`` names the
    values a choice really takes when the field narrows a wider enum."""
    kind: str = error["type"]
    value = error.get("input")
    ctx = error.get("ctx") or {}
    if allowed is not None and kind in ("literal_error", "enum", "value_error"):
        return f"should be one of {', '.join(allowed)}, got {value!r}{suggest(str(value), allowed)}"
    family = kind.split("_")[0]
    if kind.endswith(("_type", "_parsing")) and family in _TYPE_WORDS:
        message = f"should be {_TYPE_WORDS[family]}, got {value!r}"
        if family in ("float", "int") and isinstance(value, str) and "," in value:
            message += " (write numbers without commas: 19640 or 19_640)"
        return message
    if kind in ("literal_error", "enum"):
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return f"should be one of {ctx.get('expected', '')}, got {value!r}{suggest(str(value), choices)}"
    if kind == "string_pattern_mismatch":
        if ctx.get("pattern") == DATE_PATTERN:
            return f"should be a date written YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}"
        return f"{value!r} is not a lowercase kebab-case id (letters, digits, single hyphens)"
    if kind == "greater_than":
        return f"should be more than {ctx.get('gt')}, got {value!r}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return str(error["msg"])
