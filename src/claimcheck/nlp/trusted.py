"""The grammar's models made without pydantic's validation, which costs more than the rest of
a figure's model.

Every value the grammar passes is already of its field's type (Python floats, ints, strs,
bools, :class:`Kind` members and models), so these builders do only what validation would
change: numbers become floats, :data:`~claimcheck.models.quantities.Number` fields lose their
floating-point noise, and unset fields take their defaults. ``model_fields_set`` is the set
of names given, as validation leaves it.
"""

from __future__ import annotations

from typing import Any

from claimcheck.models import Change, Interval, Quantity
from claimcheck.models.quantities import _tidy

_new = object.__new__
_set = object.__setattr__
#: every field in declaration order (the interval, made per model, is filled in by the builder)
_QUANTITY_DEFAULTS: dict[str, Any] = {
    name: None if field.default_factory else field.default for name, field in Quantity.model_fields.items()}
_CHANGE_DEFAULTS: dict[str, Any] = {name: field.default for name, field in Change.model_fields.items()}


def _finish(model: Any, values: dict[str, Any], given: set[str]) -> Any:
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", given)
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def interval(low: float | None = None, high: float | None = None, low_closed: bool = True,
             high_closed: bool = True, given: tuple[str, ...] = ("low", "high")) -> Interval:
    """``Interval(low=..., high=...)`` (``given``: the names a validating call would pass)."""
    return _finish(_new(Interval), {
        "low": None if low is None else _tidy(float(low)),
        "high": None if high is None else _tidy(float(high)),
        "low_closed": low_closed, "high_closed": high_closed}, set(given))


def point(value: float) -> Interval:
    """``Interval.point(value)``."""
    v = _tidy(float(value))
    return _finish(_new(Interval), {"low": v, "high": v, "low_closed": True, "high_closed": True},
                   {"low", "high"})


def change(**kw: Any) -> Change:
    """``Change(**kw)``: the direction is one of the literal's words, the bounds models."""
    values = dict(_CHANGE_DEFAULTS)
    values.update(kw)
    return _finish(_new(Change), values, set(kw))  # type: ignore[no-any-return]


def quantity(**kw: Any) -> Quantity:
    """``Quantity(**kw)``."""
    values = dict(_QUANTITY_DEFAULTS)
    values.update(kw)
    v = values["value"]  # a Number
    if v is not None:
        v = float(v)
        values["value"] = v if v.is_integer() and -1e15 < v < 1e15 else _tidy(v)  # _tidy's own shortcut
    v = values["per_amount"]  # plain floats
    if v is not None:
        values["per_amount"] = float(v)
    v = values["precision"]
    if v is not None:
        values["precision"] = float(v)
    if "interval" not in kw:
        values["interval"] = _finish(_new(Interval), {"low": None, "high": None, "low_closed": True,
                                                      "high_closed": True}, set())
    return _finish(_new(Quantity), values, set(kw))  # type: ignore[no-any-return]
