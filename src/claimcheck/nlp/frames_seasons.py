"""Meteorological seasons ('in spring 2022', 'last summer', 'over the winter of 2023-24').

A season is the three months ending with its last month (``frames_time.yaml`` ``seasons``);
kept apart from :mod:`frames_time` so that module stays small. Winter straddles the new
year: a season named with a year is the one that *starts* in it, and 'last winter' is
placed by the month it ends in, as 'last March' is.
"""

from __future__ import annotations

from functools import lru_cache

from claimcheck.nlp.frames_data import load_data


@lru_cache(maxsize=1)
def season_tables() -> tuple[dict[str, tuple[int, int]], dict[str, int], list[str]]:
    """Seasons (last month, months), the words placing one by the article date, and the
    prepositions before a season with its year."""
    d = load_data("frames_time.yaml")
    return ({k: (int(v[0]), int(v[1])) for k, v in d["seasons"].items()},
            {k: int(v) for k, v in d["season_relative"].items()}, list(d["season_preps"]))


def end_year(first_year: int, last_month: int, months: int) -> int:
    """Year of a season's last month when it starts in ``first_year`` (winter ends a year on)."""
    return first_year + (1 if last_month - months < 0 else 0)


def season_end(last_month: int, months: int, offset: int, year: int, month: int) -> tuple[int, int]:
    """(year, month) the season ends in, placed by the article's ``year``/``month``: -1 the
    latest one ended before the article's month, 1 the first starting after it, 0 the one
    whose middle lies nearest it."""
    here = year * 12 + month - 1

    def end_of(y: int) -> int:
        return y * 12 + last_month - 1

    candidates = [end_of(y) for y in (year - 2, year - 1, year, year + 1, year + 2)]
    if offset < 0:
        chosen = max(c for c in candidates if c < here)
    elif offset > 0:
        chosen = min(c for c in candidates if c - (months - 1) > here)
    else:
        chosen = min(candidates, key=lambda c: abs(c - (months - 1) / 2 - here))
    return chosen // 12, chosen % 12 + 1
