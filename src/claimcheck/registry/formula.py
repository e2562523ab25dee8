"""A small, safe arithmetic language for ``derived_from`` in claims.yaml.

Grammar (recursive descent, no Python ``eval``)::

    expr   := term (("+" | "-") term)*
    term   := unary (("*" | "/") unary)*
    unary  := "-" unary | atom
    atom   := NUMBER | NAME | NAME "(" expr ("," expr)* ")" | "(" expr ")"

Names are figure ids and constants, lowercase kebab-case. **A hyphen between two letters or
digits is part of a name**: ``babies-in-need-2017`` is one name and ``a-b`` is the name
``a-b``, not a subtraction. Write binary minus with a space on at least one side
(``a - b``). Numbers are ``152``, ``0.25``, ``1_000`` or ``2e9``. Functions: ``round(x, n)``,
``sum(a, ...)``, ``min(a, ...)``, ``max(a, ...)``.

``evaluate`` computes a point value; ``evaluate_interval`` computes with intervals so that a
derived figure built from hedged parts ('more than 50,000') is compared honestly.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from claimcheck.errors import ClaimcheckError
from claimcheck.models import Interval, Registry

FUNCTIONS: dict[str, tuple[int, int | None]] = {
    "round": (1, 2),
    "sum": (1, None),
    "min": (1, None),
    "max": (1, None),
}

_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<number>\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][+-]?\d+)?)"
    r"|(?P<name>[a-z][a-z0-9]*(?:-[a-z0-9]+)*)"
    r"|(?P<op>[-+*/(),])"
)


class FormulaError(ClaimcheckError):
    """A formula that cannot be parsed or evaluated; ``column`` is 1-based within the formula."""

    def __init__(self, message: str, column: int) -> None:
        super().__init__(message)
        self.column = column


@dataclass(frozen=True)
class Token:
    kind: str  # "number", "name", "op", "end"
    text: str
    column: int


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            char = text[pos]
            hint = " (names are lowercase kebab-case)" if char.isalpha() or char == "_" else ""
            raise FormulaError(f"unexpected character {char!r}{hint}", pos + 1)
        kind = match.lastgroup or "space"
        if kind != "space":
            tokens.append(Token(kind, match.group(), pos + 1))
        pos = match.end()
    tokens.append(Token("end", "", len(text) + 1))
    return tokens


# --------------------------------------------------------------------------- AST


@dataclass(frozen=True)
class Node:
    column: int

    def names(self) -> list[str]:
        """Every name the formula uses, in order of first appearance."""
        seen: dict[str, None] = {}
        self._collect(seen)
        return list(seen)

    def name_columns(self) -> list[tuple[str, int]]:
        """Each use of a name with its column, for pointing at a dangling reference."""
        found: list[tuple[str, int]] = []
        self._walk(lambda n: found.append((n.name, n.column)) if isinstance(n, Name) else None)
        return found

    def _collect(self, seen: dict[str, None]) -> None:
        self._walk(lambda n: seen.setdefault(n.name) if isinstance(n, Name) else None)

    def _walk(self, visit: Callable[[Node], object]) -> None:
        visit(self)
        for child in self.children():
            child._walk(visit)

    def children(self) -> tuple[Node, ...]:
        return ()


@dataclass(frozen=True)
class Num(Node):
    value: float


@dataclass(frozen=True)
class Name(Node):
    name: str


@dataclass(frozen=True)
class Neg(Node):
    operand: Node

    def children(self) -> tuple[Node, ...]:
        return (self.operand,)


@dataclass(frozen=True)
class BinOp(Node):
    op: str
    left: Node
    right: Node

    def children(self) -> tuple[Node, ...]:
        return (self.left, self.right)


@dataclass(frozen=True)
class Call(Node):
    func: str
    args: tuple[Node, ...]

    def children(self) -> tuple[Node, ...]:
        return self.args


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = tokenize(text)
        self.i = 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def take(self) -> Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text: str) -> Token:
        if self.tok.text != text or self.tok.kind != "op":
            raise FormulaError(f"expected {text!r}, found {_describe(self.tok)}", self.tok.column)
        return self.take()

    def parse(self) -> Node:
        if self.tok.kind == "end":
            raise FormulaError("empty formula", 1)
        node = self.expr()
        if self.tok.kind != "end":
            raise FormulaError(f"unexpected {_describe(self.tok)}", self.tok.column)
        return node

    def expr(self) -> Node:
        node = self.term()
        while self.tok.kind == "op" and self.tok.text in "+-":
            op = self.take()
            node = BinOp(op.column, op.text, node, self.term())
        return node

    def term(self) -> Node:
        node = self.unary()
        while self.tok.kind == "op" and self.tok.text in "*/":
            op = self.take()
            node = BinOp(op.column, op.text, node, self.unary())
        return node

    def unary(self) -> Node:
        if self.tok.kind == "op" and self.tok.text == "-":
            op = self.take()
            return Neg(op.column, self.unary())
        return self.atom()

    def atom(self) -> Node:
        tok = self.take()
        if tok.kind == "number":
            return Num(tok.column, float(tok.text.replace("_", "")))
        if tok.kind == "name":
            if self.tok.kind == "op" and self.tok.text == "(":
                return self.call(tok)
            return Name(tok.column, tok.text)
        if tok.kind == "op" and tok.text == "(":
            node = self.expr()
            self.expect(")")
            return node
        raise FormulaError(f"expected a number, name or '(', found {_describe(tok)}", tok.column)

    def call(self, func: Token) -> Node:
        if func.text not in FUNCTIONS:
            known = ", ".join(FUNCTIONS)
            raise FormulaError(f"unknown function {func.text!r} (known: {known})", func.column)
        self.expect("(")
        args = [self.expr()]
        while self.tok.kind == "op" and self.tok.text == ",":
            self.take()
            args.append(self.expr())
        self.expect(")")
        low, high = FUNCTIONS[func.text]
        if len(args) < low or (high is not None and len(args) > high):
            want = f"{low} to {high}" if high is not None else f"at least {low}"
            raise FormulaError(
                f"{func.text}() takes {want} arguments, got {len(args)}", func.column
            )
        return Call(func.column, func.text, tuple(args))


def _describe(tok: Token) -> str:
    return "end of formula" if tok.kind == "end" else repr(tok.text)


def parse(formula: str) -> Node:
    """Parse a formula into an AST; raises FormulaError with the column of the problem."""
    return _Parser(formula).parse()


# --------------------------------------------------------------------------- evaluation


def evaluate(node: Node, env: Mapping[str, Interval | float]) -> float:
    """The formula's value when every name has a single value (a point interval)."""
    result = evaluate_interval(node, env)
    if result.low is None or result.low != result.high:
        raise FormulaError(
            f"the formula has a range of values {result.describe()}; use evaluate_interval",
            node.column,
        )
    return result.low


def evaluate_interval(node: Node, env: Mapping[str, Interval | float]) -> Interval:
    """Interval arithmetic over the formula: every value the parts allow, with open ends kept."""
    if isinstance(node, Num):
        return Interval.point(node.value)
    if isinstance(node, Name):
        if node.name not in env:
            raise FormulaError(f"unknown name {node.name!r}", node.column)
        value = env[node.name]
        return value if isinstance(value, Interval) else Interval.point(float(value))
    if isinstance(node, Neg):
        return _neg(evaluate_interval(node.operand, env))
    if isinstance(node, BinOp):
        left = evaluate_interval(node.left, env)
        right = evaluate_interval(node.right, env)
        if node.op == "+":
            return _add(left, right)
        if node.op == "-":
            return _add(left, _neg(right))
        if node.op == "*":
            return _mul(left, right)
        return _mul(left, _reciprocal(right, node.column))
    if isinstance(node, Call):
        args = [evaluate_interval(a, env) for a in node.args]
        return _call(node, args)
    raise TypeError(f"not a formula node: {node!r}")


_End = tuple[float, bool]  # (value, closed), value may be ±inf


def _ends(iv: Interval) -> tuple[_End, _End]:
    return (iv.lo, iv.low_closed and iv.low is not None), (iv.hi, iv.high_closed and iv.high is not None)


def _make(low: _End, high: _End) -> Interval:
    lo, hi = low[0], high[0]
    return Interval(
        low=None if math.isinf(lo) else lo,
        high=None if math.isinf(hi) else hi,
        low_closed=low[1] or math.isinf(lo),
        high_closed=high[1] or math.isinf(hi),
    )


def _neg(iv: Interval) -> Interval:
    (lo, lc), (hi, hc) = _ends(iv)
    return _make((-hi, hc), (-lo, lc))


def _add(a: Interval, b: Interval) -> Interval:
    (alo, alc), (ahi, ahc) = _ends(a)
    (blo, blc), (bhi, bhc) = _ends(b)
    return _make((alo + blo, alc and blc), (ahi + bhi, ahc and bhc))


def _times(x: float, y: float) -> float:
    """Endpoint product with 0 * inf = 0 (a zero factor pins the product)."""
    return 0.0 if x == 0 or y == 0 else x * y


def _mul(a: Interval, b: Interval) -> Interval:
    ends_a, ends_b = _ends(a), _ends(b)
    products: list[_End] = []
    for x, xc in ends_a:
        for y, yc in ends_b:
            closed = (xc and yc) or (x == 0 and xc) or (y == 0 and yc)
            products.append((_times(x, y), closed))
    low = min(p[0] for p in products)
    high = max(p[0] for p in products)
    return _make(
        (low, any(c for v, c in products if v == low)),
        (high, any(c for v, c in products if v == high)),
    )


def _reciprocal(iv: Interval, column: int) -> Interval:
    (lo, lc), (hi, hc) = _ends(iv)
    if iv.contains(0.0) or (lo < 0 < hi):
        raise FormulaError(f"division by {iv.describe()}, which includes zero", column)
    # 1/x is decreasing on each side of zero, so the ends swap; 1/±inf = 0 is never reached,
    # and an open end at zero sends the other side to infinity
    new_lo = (0.0, False) if math.isinf(hi) else (-math.inf, False) if hi == 0 else (1.0 / hi, hc)
    new_hi = (0.0, False) if math.isinf(lo) else (math.inf, False) if lo == 0 else (1.0 / lo, lc)
    return _make(new_lo, new_hi)


def _call(node: Call, args: list[Interval]) -> Interval:
    if node.func == "sum":
        total = args[0]
        for arg in args[1:]:
            total = _add(total, arg)
        return total
    if node.func in ("min", "max"):
        pick = min if node.func == "min" else max
        lows = [_ends(a)[0] for a in args]
        highs = [_ends(a)[1] for a in args]
        # on a tie a closed low end and an open high end win: (v, not closed) / (v, closed)
        low = pick(lows, key=lambda e: (e[0], not e[1]))
        high = pick(highs, key=lambda e: (e[0], e[1]))
        return _make(low, high)
    digits = 0
    if len(args) == 2:
        n = args[1]
        if n.low is None or n.low != n.high or n.low != int(n.low):
            raise FormulaError("round()'s second argument must be a whole number", node.column)
        digits = int(n.low)
    (lo, _), (hi, _) = _ends(args[0])
    # every value of the rounded range is reached, so finite ends are closed
    lo = lo if math.isinf(lo) else round(lo, digits)
    hi = hi if math.isinf(hi) else round(hi, digits)
    return _make((lo, True), (hi, True))


# --------------------------------------------------------------------------- registry figures


def derive(registry: Registry, figure_id: str) -> Interval | None:
    """The interval a figure's ``derived_from`` formula gives, or None if it has none.

    Each name stands for a constant or a figure's stated interval; a part that is itself only
    derived (no value) is derived in turn. Raises FormulaError if a part has no value.
    """
    record = registry.figure(figure_id)
    if record is None or record.derived_from is None:
        return None
    return _derive(registry, record.derived_from, (figure_id,))


def _derive(registry: Registry, formula: str, stack: tuple[str, ...]) -> Interval:
    node = parse(formula)
    env: dict[str, Interval | float] = {}
    for name in node.names():
        if name in registry.constants:
            env[name] = registry.constants[name]
            continue
        part = registry.figure(name)
        if part is None:
            continue  # evaluate_interval reports the unknown name with its column
        if part.value is not None or part.interval is not None:
            env[name] = part.effective_interval()
        elif part.derived_from is not None and name not in stack:
            env[name] = _derive(registry, part.derived_from, (*stack, name))
        else:
            column = next(c for n, c in node.name_columns() if n == name)
            raise FormulaError(f"figure {name!r} has no value to compute with", column)
    return evaluate_interval(node, env)
