"""Time expressions for a figure's period, normalised to dates where the text allows.

Choices (documented because checks compare periods):

* "March 2017" → 2017-03-01..2017-03-31; "in 2016" → the calendar year;
* "2015/16", "2015-16", "2015-2016" → the UK financial year 2015-04-01..2016-03-31 (council,
  FoI and census figures are collected that way); "between 2010/11 and 2015/16" spans both;
* relative phrases ("over the past decade") keep ``relative_years`` and are resolved against
  the article date later (:func:`frames_calendar.resolve_relative`), since the nlp pass does
  not see metadata;
* a month without its year ("in October"), "last month" and "the year to July" keep
  ``month``/``months_back``/``span_months`` and are resolved the same way
  (:func:`frames_calendar.resolve_months`): a named month is the latest one on or before the
  article date;
* "over the same period" is marked ``same_period`` and inherits the previous figure's time;
  "a year earlier", "the previous year" and "the same period last year" inherit it a year back;
* "last year", "this year", "next year" are calendar years counted from the article's (a
  story of March 2025 means 2024 by "last year": news copy names a financial year when it
  means one, and "over the past year" is the rolling 12 months); "today", "now", "yesterday",
  "last week" and "on Tuesday" are days and a Monday-to-Sunday week placed by the article's day,
  "last March" the latest March before the article's month (:func:`frames_calendar.resolve_calendar`);
  meteorological seasons ('in spring 2022', 'last summer') are :mod:`frames_seasons`';
  "since June 2022" leaves the end open, "by March 2026" the start; "on 1 October" is a day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from claimcheck.nlp.frames_data import (
    grouped,
    grouped_alternation,
    load_data,
    starts,
)
from claimcheck.nlp.frames_index import lowered
from claimcheck.nlp.frames_seasons import end_year, season_tables
from claimcheck.nlp.frames_timehit import (
    TimeHit,
    bound_of,
    bounded,
    bounds,
    day_of,
    ending_periods,
    months_hit,
    on_day,
    period_ending,
)

_FY = r"(?:19|20)\d\d(?:\s*[/-]\s*(?:(?:19|20)\d\d|\d\d))?"
_QUARTER_ORD = ("first", "second", "third", "fourth", "final")
_MONTH_PREPS = ("in", "during", "since", "by", "until", "till", "from", "of", "on", r"as\s+at", r"as\s+of")
#: 'last March': the latest March before the article's month
_LAST = "last"
_FY_PREPS = ("in", "during", "for", "since", "by", "until", "till", r"up\s+to", "from")




@lru_cache(maxsize=1)
def _month_tables() -> tuple[dict[str, int], dict[str, int], dict[str, tuple[int, int]]]:
    """Months back ('last month'), spans to a month ('the year to'), parts of a year (its
    last month and length: 'second quarter' = (6, 3))."""
    d = load_data("frames_time.yaml")
    return ({k.lower(): int(v) for k, v in d["months_back"].items()},
            {k.lower(): int(v) for k, v in d["months_to"].items()},
            {k.lower(): (int(v[0]), int(v[1])) for k, v in d["year_parts"].items()})


@lru_cache(maxsize=1)
def _calendar_tables() -> tuple[dict[str, tuple[str, int]], dict[str, int], dict[str, int]]:
    """Calendar periods ('last year' = ('year', -1)), weekdays (0 Monday) and the words
    before a weekday with the one they pick."""
    d = load_data("frames_time.yaml")
    return ({k.lower(): (str(v[0]), int(v[1])) for k, v in d["calendar_relative"].items()},
            {w: i for i, w in enumerate(d["weekdays"])},
            {str(k): int(v) for k, v in d["weekday_preps"].items()})


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, int], dict[str, int], frozenset[str], frozenset[str]]:
    d = load_data("frames_time.yaml")
    cal, wdays, wpreps = _calendar_tables()
    years_from_now = grouped_alternation([k for k, v in cal.items() if v[0] == "year"])
    earlier = d["year_earlier"]
    year_back = (rf"(?:(?:{'|'.join(d['year_earlier_articles'])})\s+)?"
                 rf"(?:{grouped_alternation([*earlier, *(k for k, v in cal.items() if v == ('year', -1))])})")
    months = {m: i + 1 for i, m in enumerate(d["months"])}
    months.update(d["month_abbrev"])
    # only an abbreviation may take a full stop: 'Mar. 2017', but not 'in March. 2017/18 saw'
    month_alt = grouped(sorted(d["months"], key=len, reverse=True))
    abbrev_alt = grouped(sorted(d["month_abbrev"], key=len, reverse=True))
    rel = {k.lower(): int(v) for k, v in d["relative_years"].items()}
    undated = frozenset(x.lower() for x in (*d["undated"], *d["undated_after_article"]))
    same = frozenset(x.lower() for x in d["same_period"])
    # one leading \b (not one per branch) lets the scan skip non-boundaries at C speed, and
    # the lookahead (every branch's possible first letters) most word starts
    back, months_to, parts = _month_tables()
    preps = [p.replace(r"\s+", " ") for p in (*_MONTH_PREPS, *_FY_PREPS)]
    # no branch opens with "the": it is the commonest word, and each one would be tried
    seasons, season_rel, season_preps = season_tables()
    season_alt = grouped_alternation(list(seasons))
    firsts = starts([*preps, *seasons, *season_rel, *season_preps, "between", "over", *months, *rel, *same, *undated, *back, "q", *_QUARTER_ORD,
                     *ending_periods(),
                     *d["relative_counts"], "as",
                     *cal, *wpreps, *earlier], r"\d")
    any_month = rf"(?:(?P<{{0}}>{month_alt})|(?P<{{1}}>{abbrev_alt})\.?)"
    counts = grouped_alternation(list(d["relative_counts"]))
    pattern = re.compile(
        rf"\b(?={firsts})(?:(?P<between>between\s+(?P<b1>{_FY})\s+and\s+(?P<b2>{_FY}))"
        rf"|(?P<season>(?:(?P<sprep>{'|'.join(season_preps)})\s+)?(?:the\s+)?(?P<sname>{season_alt})"
        rf"\s+(?:of\s+)?(?P<syear>{_FY})\b(?![,.]?\d))"
        rf"|(?P<srel>(?P<sword>{grouped_alternation(list(season_rel))})\s+(?P<srname>{season_alt})\b)"
        rf"|(?P<month>(?:(?P<mprep>{'|'.join(_MONTH_PREPS)})\s+)?"
        rf"(?:(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?:(?P<mname>{month_alt})|(?P<mabbr>{abbrev_alt})\.?)"
        rf"(?:\s+(?P<mday2>\d{{1,2}})(?:st|nd|rd|th)?,)?\s+(?P<myear>(?:19|20)\d\d)\b)"  # 'on Jan. 18, 2025'
        rf"|(?P<wend>(?P<wlen>{grouped_alternation(list(ending_periods()))})\s+(?:ending|ended|to)\s+"
        rf"(?:(?P<wday1>\d{{1,2}})(?:st|nd|rd|th)?\s+)?{any_month.format('wmname', 'wmabbr')}"
        rf"(?:\s+(?P<wday2>\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]\d))?(?:,?\s+(?P<wyear>(?:19|20)\d\d)\b)?)"
        rf"|(?P<to>(?:in|over|during|for)\s+the\s+(?P<tospan>{grouped_alternation(list(months_to))})"
        rf"\s+(?:to(?:\s+the\s+end\s+of)?|through|ending(?:\s+in)?|ended)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"
        rf"{any_month.format('toname', 'toabbr')}(?:\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![,.]?\d))?"
        rf"(?:,?\s+(?P<toyear>(?:19|20)\d\d))?\b)"  # 'the 12 months ended Sept. 30
        rf"|(?P<part>(?:in|during)\s+the\s+(?P<pname>{grouped_alternation(list(parts))})"
        rf"(?:\s+of\s+(?:the\s+year|(?P<pyear>(?:19|20)\d\d)))?\b)"
        rf"|(?P<qtr>q(?P<qn>[1-4])(?:\s+(?P<qyear>(?:19|20)\d\d))?\b|(?P<qord>{'|'.join(_QUARTER_ORD)})-quarter\b)"
        rf"|(?P<monly>(?P<oprep>{'|'.join(_MONTH_PREPS)}|{_LAST})\s+(?:(?P<oday>\d{{1,2}})(?:st|nd|rd|th)?\s+)?"
        rf"(?:(?P<oname>{month_alt})|(?P<oabbr>{abbrev_alt}))(?:\.?\s+(?P<oday2>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?![,.]?\d|\s*(?:%|per\b))|\.?\b(?:\s+(?P<oyear>{years_from_now})\b)?))"
        rf"|(?P<wday>(?P<wprep>{'|'.join(wpreps)})\s+(?P<wname>{'|'.join(wdays)})\b)"
        rf"|(?P<back>(?:{grouped_alternation(list(back))})\b)"
        rf"|(?P<fy>(?:(?P<fyprep>{'|'.join(_FY_PREPS)})\s+)?(?P<fyv>{_FY})\b(?![,.]?\d))"
        rf"|(?P<rel>(?:{grouped_alternation(list(rel))})\b)"
        rf"|(?P<reln>(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?P<relc>\d{{1,2}}|{counts})"
        rf"\s+(?P<relu>years|months)\b)"
        rf"|(?P<ago>(?:\d{{1,2}}|{counts})\s+(?:years|months|weeks|days)\s+(?:ago|earlier)\b"
        rf"|(?:in|within)\s+(?:\d{{1,2}}|{counts})\s+years\b(?!['’]))"  # 'rose 38% in three years'
        # 'between May and July', 'between 3 and 5 March': the span keeps its text
        rf"|(?P<mrange>between\s+(?:\d{{1,2}}\s+)?{any_month.format('r1name', 'r1abbr')}\s+and\s+"
        rf"(?:\d{{1,2}}\s+)?{any_month.format('r2name', 'r2abbr')}(?:\s+(?:19|20)\d\d)?\b"
        rf"|between\s+\d{{1,2}}\s+and\s+\d{{1,2}}\s+{any_month.format('r3name', 'r3abbr')}(?:\s+(?:19|20)\d\d)?\b)"
        # "January's gain", "February's figure": the month without its year
        rf"|(?P<mposs>{any_month.format('pmname', 'pmabbr')}['’]s\b)"
        rf"|(?P<cal>(?:{grouped_alternation(list(cal))})\b)"
        rf"|(?P<same>(?:{grouped_alternation(list(same))})(?:\s+(?P<shift>{year_back}))?\b)"
        rf"|(?P<back1>(?:{grouped_alternation(earlier)})\b)"
        rf"|(?P<undated>(?:{grouped_alternation(list(undated))})\b))",
    )  # matched against lowercased text: case-insensitive alternations are far slower
    return pattern, months, rel, undated, same


#: the prepositions a day may follow its month after ('on Oct. 1', 'since Jan 18'); after 'in'
#: a number is a count ('in March 15 people died')
_DAY_AFTER_PREPS = frozenset({"on", "since", "until", "till", "by", "from"})






@lru_cache(maxsize=1)
def _after_article() -> frozenset[str]:
    return frozenset(x.lower() for x in load_data("frames_time.yaml")["undated_after_article"])


@lru_cache(maxsize=1)
def _counts() -> dict[str, int]:
    return {k: int(v) for k, v in load_data("frames_time.yaml")["relative_counts"].items()}


def time_phrases() -> tuple[list[str], list[str]]:
    """The month names and the listed phrases (relative, undated, same period), lowercase."""
    _, months, rel, undated, same = _patterns()
    cal, wdays, wpreps = _calendar_tables()
    return list(months), [*rel, *undated, *same, *cal, *(f"{p} {w}" for p in wpreps for w in wdays)]


def _fy_span(value: str) -> tuple[date, date]:
    """A year "2016" → calendar year; "2015/16", "2015-2016" → financial year."""
    parts = re.split(r"\s*[/-]\s*", value)
    y1 = int(parts[0])
    if len(parts) == 1:
        return date(y1, 1, 1), date(y1, 12, 31)
    y2 = int(parts[1]) if len(parts[1]) == 4 else (y1 // 100) * 100 + int(parts[1])
    if y2 < y1:
        y2 += 100
    return date(y1, 4, 1), date(y2, 3, 31)


def find_times(text: str, start: int, end: int, *, low: str | None = None,
               reach: int | None = None) -> list[TimeHit]:
    """Every time expression in ``text[start:end]``, in order.

    ``low`` is ``lowered(text)`` when the caller already has it (one lowercasing per doc).
    With ``reach`` (> ``end``) the text is not cut at ``end``: the scan sees up to ``reach``
    and keeps the matches *starting* before ``end``, as a scan of the whole text would find
    them, so a paragraph can be scanned on its own.
    """
    pattern, months, rel, _undated, _same = _patterns()
    back, months_to, parts = _month_tables()
    cal, wdays, wpreps = _calendar_tables()
    seasons, season_rel, _ = season_tables()
    hits: list[TimeHit] = []
    if low is None:
        low = lowered(text)
    scan = pattern.finditer(low, start, end if reach is None else reach)
    for m in scan:
        s, e = m.start(), m.end()
        if s >= end:
            break
        t = text[s:e]
        if m.group("between"):
            a, _ = _fy_span(m.group("b1"))
            _, b = _fy_span(m.group("b2"))
            hits.append(TimeHit(t, s, e, a, b))
        elif m.group("season"):  # 'in spring 2022', 'over the winter of 2023-24'
            last, span = seasons[m.group("sname")]
            first = int(m.group("syear")[:4])
            hits.append(bounded(months_hit(t, s, e, last, span, str(end_year(first, last, span))),
                                 m.group("sprep")))
        elif m.group("srel"):  # 'last summer', 'this winter': placed by the article date
            last, span = seasons[m.group("srname")]
            hits.append(TimeHit(t, s, e, month=last, span_months=span,
                                calendar=("season", season_rel[m.group("sword")])))
        elif m.group("month"):
            hits.append(bounded(on_day(months_hit(t, s, e, months[m.group("mname") or m.group("mabbr")], 1,
                                                     m.group("myear")), m.group("mday") or m.group("mday2")),
                                 m.group("mprep")))
        elif m.group("wend"):  # 'the week ending Jan. 18': the days up to that day
            opens = _article_before(low, s)
            hits.append(period_ending(text[opens:e], opens, e, months[m.group("wmname") or m.group("wmabbr")],
                                       day_of(m.group("wday1") or m.group("wday2")), m.group("wyear"),
                                       ending_periods()[_key(m.group("wlen"))]))
        elif m.group("to"):
            hits.append(months_hit(t, s, e, months[m.group("toname") or m.group("toabbr")],
                                    months_to[_key(m.group("tospan"))], m.group("toyear")))
        elif m.group("part"):
            hits.append(months_hit(t, s, e, *parts[_key(m.group("pname"))], m.group("pyear")))
        elif m.group("qtr"):  # 'Q3', 'Q3 2024', 'fourth-quarter revenue'
            name = f"{_QUARTER_ORD[int(m.group('qn')) - 1]} quarter" if m.group("qn") else f"{m.group('qord')} quarter"
            hits.append(months_hit(t, s, e, *parts[name], m.group("qyear")))
        elif m.group("monly"):  # 'in October', 'in September last year'
            year = cal[_key(m.group("oyear"))] if m.group("oyear") else (
                ("month", -1) if m.group("oprep") == _LAST else None)
            day = m.group("oday") or (m.group("oday2") if m.group("oprep") in _DAY_AFTER_PREPS else None)
            if m.group("oday2") and not day:  # 'in March 15 people died': the month alone
                t, e = text[s:m.end("oname") if m.group("oname") else m.end("oabbr")], \
                    m.end("oname") if m.group("oname") else m.end("oabbr")
            hits.append(TimeHit(t, s, e, month=months[m.group("oname") or m.group("oabbr")], calendar=year,
                                bound=bound_of(m.group("oprep")), day=day_of(day)))
        elif m.group("wday"):
            hits.append(TimeHit(t, s, e, weekday=wdays[m.group("wname")], bound=bound_of(m.group("wprep")),
                                calendar=("weekday", wpreps[m.group("wprep")])))
        elif m.group("cal"):
            hits.append(TimeHit(t, s, e, calendar=cal[_key(m.group())]))
        elif m.group("back"):
            hits.append(TimeHit(t, s, e, months_back=back[_key(m.group())]))
        elif m.group("fy"):
            fy = m.group("fyv")
            prep = m.group("fyprep") or ""
            if not prep and "/" not in fy and "-" not in fy:
                continue  # a bare year ("the 2015 Spending Review") labels, it does not date
            hits.append(TimeHit(t, s, e, *bounds(*_fy_span(fy), bound_of(prep))))
        elif m.group("rel"):
            hits.append(TimeHit(t, s, e, relative_years=rel[_key(m.group())]))
        elif m.group("mrange"):  # resolved to the months it spans (a day range: its month)
            last = months[m.group("r2name") or m.group("r2abbr") or m.group("r3name") or m.group("r3abbr")]
            first = months[m.group("r1name") or m.group("r1abbr")] if (m.group("r1name") or m.group("r1abbr")) else last
            hits.append(TimeHit(t, s, e, month=last, span_months=(last - first) % 12 + 1))
        elif m.group("mposs"):
            hits.append(TimeHit(t, s, e, month=months[m.group("pmname") or m.group("pmabbr")]))
        elif m.group("reln"):  # 'over the past three years'; 'in the last 18 months' keeps its text
            c = m.group("relc")
            n = int(c) if c.isdigit() else _counts()[c]
            hits.append(TimeHit(t, s, e, relative_years=n) if m.group("relu") == "years" else TimeHit(t, s, e))
        elif m.group("undated") and _key(m.group()) in _after_article():  # 'a week earlier', 'the current quarter'
            opens = _article_before(low, s)
            hits.append(TimeHit(text[opens:e], opens, e))
        elif m.group("same") or m.group("back1"):  # 'over the same period', 'a year earlier'
            opens = _article_before(low, s) if m.group("back1") else s
            hits.append(TimeHit(text[opens:e], opens, e, same_period=True,
                                shift_years=-1 if m.group("shift") or m.group("back1") else 0))
        else:
            hits.append(TimeHit(t, s, e))
    return _began_on(text, hits)


def _began_on(text: str, hits: list[TimeHit]) -> list[TimeHit]:
    """'since the season began' + 'on Oct. 1' is one time: since that day."""
    out: list[TimeHit] = []
    for h in hits:
        before = out[-1] if out else None
        if before is not None and before.text.lower().startswith("since") and \
                before.text.lower().endswith(("began", "started")) and 0 <= h.start_char - before.end_char <= 1 \
                and h.text.lower().startswith(("on ", "in ")):
            start, end = bounds(h.start, h.end, "since")
            out[-1] = replace(h, text=text[before.start_char:h.end_char], start_char=before.start_char, start=start, end=end,
                              bound="since")
        else:
            out.append(h)
    return out












def _article_before(low: str, s: int) -> int:
    """Start of 'a'/'the' right before ``s`` ('a year earlier'), else ``s``."""
    m = _year_article().search(low, max(0, s - 5), s)
    return m.start() if m else s


@lru_cache(maxsize=1)
def _year_article() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(load_data('frames_time.yaml')['year_earlier_articles'])})\s+\Z")




def _key(phrase: str) -> str:
    """A matched phrase as its table writes it (runs of whitespace as one space)."""
    return " ".join(phrase.split())
