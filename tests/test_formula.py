"""The derived_from formula language: parsing, names, errors with columns, interval arithmetic."""

from __future__ import annotations

import math

import pytest

from claimcheck.models import Interval, Record, Registry
from claimcheck.registry.formula import (
    FormulaError,
    derive,
    evaluate,
    evaluate_interval,
    parse,
)

BABIES = {
    "babies-in-need-2017": 19640.0,
    "babies-looked-after-2017": 3820.0,
    "babies-special-arrangements-2017": 640.0,
    "babies-adopted-2016-17": 300.0,
}


def test_hyphens_inside_names_and_spaced_minus() -> None:
    node = parse(
        "babies-in-need-2017 - babies-looked-after-2017 - babies-special-arrangements-2017"
        " - babies-adopted-2016-17"
    )
    assert node.names() == list(BABIES)
    assert evaluate(node, BABIES) == 14880


def test_unspaced_hyphen_is_part_of_the_name() -> None:
    assert parse("a-b").names() == ["a-b"]
    assert parse("a -b").names() == ["a", "b"]
    assert parse("a- b").names() == ["a", "b"]
    assert evaluate(parse("a -b"), {"a": 5, "b": 2}) == 3


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 / 4", 2.5),
        ("-3 + 5", 2),
        ("--3", 3),
        ("2 - 3 - 4", -5),
        ("1_000 * 2", 2000),
        ("2e3 / 4", 500),
        ("round(15800 / 152, -1)", 100),
        ("round(2.567, 2)", 2.57),
        ("round(2.5)", 2),
        ("sum(1, 2, 3)", 6),
        ("min(4, 2, 8)", 2),
        ("max(4, 2, 8)", 8),
        ("x / k", 103.94736842105263),
    ],
)
def test_point_evaluation(text: str, value: float) -> None:
    assert evaluate(parse(text), {"x": 15800, "k": 152}) == pytest.approx(value)


def test_names_in_order_without_repeats_and_with_columns() -> None:
    node = parse("b + a * sum(b, c)")
    assert node.names() == ["b", "a", "c"]
    assert node.name_columns() == [("b", 1), ("a", 5), ("b", 13), ("c", 16)]


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ("", 1, "empty formula"),
        ("a +", 4, "end of formula"),
        ("(a - b", 7, "expected ')'"),
        ("a b", 3, "unexpected 'b'"),
        ("a + * b", 5, "expected a number"),
        ("a ^ b", 3, "unexpected character '^'"),
        ("Babies - b", 1, "lowercase kebab-case"),
        ("foo(a)", 1, "unknown function 'foo'"),
        ("round(a, 1, 2)", 1, "takes 1 to 2 arguments"),
        ("a + )", 5, "found ')'"),
    ],
)
def test_syntax_errors_carry_the_column(text: str, column: int, fragment: str) -> None:
    with pytest.raises(FormulaError) as info:
        parse(text)
    assert info.value.column == column
    assert fragment in str(info.value)


def test_unknown_name_and_division_by_zero_point_at_the_column() -> None:
    with pytest.raises(FormulaError) as info:
        evaluate(parse("a + missing"), {"a": 1})
    assert info.value.column == 5 and "missing" in str(info.value)
    with pytest.raises(FormulaError) as info:
        evaluate(parse("a / (a - a)"), {"a": 1})
    assert info.value.column == 3 and "zero" in str(info.value)


def test_evaluate_refuses_a_range() -> None:
    with pytest.raises(FormulaError, match="evaluate_interval"):
        evaluate(parse("a + 1"), {"a": Interval(low=1, high=2)})


# --------------------------------------------------------------------------- intervals


def _iv(low: float | None, high: float | None, lc: bool = True, hc: bool = True) -> Interval:
    return Interval(low=low, high=high, low_closed=lc, high_closed=hc)


def test_more_than_minus_exact_stays_open() -> None:
    env = {"end": _iv(50000, None, lc=False), "start": 26400.0}
    result = evaluate_interval(parse("end - start"), env)
    assert (result.low, result.high, result.low_closed) == (23600, None, False)
    # "an increase of more than 23,000" holds: the derived interval sits inside it
    assert result.lo >= 23000


def test_addition_and_subtraction_of_intervals() -> None:
    a, b = _iv(1, 2), _iv(10, 20, hc=False)
    assert evaluate_interval(parse("a + b"), {"a": a, "b": b}) == _iv(11, 22, hc=False)
    assert evaluate_interval(parse("b - a"), {"a": a, "b": b}) == _iv(8, 19, hc=False)
    assert evaluate_interval(parse("-b"), {"b": b}) == _iv(-20, -10, lc=False)


def test_multiplication_takes_every_corner() -> None:
    env = {"a": _iv(-2, 3), "b": _iv(4, 5)}
    assert evaluate_interval(parse("a * b"), env) == _iv(-10, 15)
    share = {"n": 184500.0, "s": _iv(0.2, 0.3)}
    result = evaluate_interval(parse("n * (1 - s)"), share)
    assert result.low == pytest.approx(129150) and result.high == pytest.approx(147600)
    assert result.contains(140000)


def test_zero_times_unbounded_is_zero() -> None:
    result = evaluate_interval(parse("z * u"), {"z": 0.0, "u": _iv(1, None)})
    assert (result.low, result.high) == (0, 0)


def test_division_by_intervals() -> None:
    assert evaluate_interval(parse("10 / d"), {"d": _iv(2, 5)}) == _iv(2, 5)
    open_zero = evaluate_interval(parse("1 / d"), {"d": _iv(0, 4, lc=False)})
    assert (open_zero.low, open_zero.high) == (0.25, None)
    towards_infinity = evaluate_interval(parse("1 / d"), {"d": _iv(2, None)})
    assert (towards_infinity.low, towards_infinity.low_closed, towards_infinity.high) == (0, False, 0.5)
    with pytest.raises(FormulaError, match="includes zero"):
        evaluate_interval(parse("1 / d"), {"d": _iv(-1, 1)})


def test_min_max_round_sum_on_intervals() -> None:
    env = {"a": _iv(1, 5, hc=False), "b": _iv(1, 5), "c": _iv(2.24, 2.26)}
    assert evaluate_interval(parse("min(a, b)"), env) == _iv(1, 5, hc=False)
    assert evaluate_interval(parse("max(a, b)"), env) == _iv(1, 5)
    assert evaluate_interval(parse("sum(a, b)"), env) == _iv(2, 10, hc=False)
    assert evaluate_interval(parse("round(c, 1)"), env) == _iv(2.2, 2.3)


def test_unbounded_ends_stay_unbounded() -> None:
    result = evaluate_interval(parse("a * 2 + 1"), {"a": _iv(None, -3, hc=False)})
    assert result.low is None and result.high == -5 and not result.high_closed
    assert math.isinf(result.lo)


def test_derive_uses_constants_stated_intervals_and_derived_parts() -> None:
    registry = Registry(
        constants={"k": 2.0},
        figures=[
            Record(id="x", subject="x", value=10),
            Record(id="y", subject="y", value=5, interval=_iv(5, None, lc=False)),
            Record(id="only-derived", subject="z", derived_from="x * k"),
            Record(id="top", subject="t", value=1, derived_from="only-derived + y"),
        ],
    )
    result = derive(registry, "top")
    assert result is not None and (result.low, result.low_closed, result.high) == (25, False, None)
    assert derive(registry, "x") is None
    assert derive(registry, "missing") is None
