"""``jobs`` above one: worker processes give exactly what one process gives.

spaCy's own ``n_process`` sends docs back between processes and cannot serialise the
components' extensions, so ``jobs = 2`` used to end every scan with a TypeError.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from _scan import write_articles

from claimcheck.config import Config
from claimcheck.engine import Input, extract, scan
from claimcheck.models import Registry

TEXTS = [
    "# Ferry fares to rise by 6.2%\n\nFares will rise by 6.2% in April, Western Ferries said.\n",
    "The council said 1,200 families are waiting for social housing, up from 950 in 2024.\n",
    "Hospital waiting lists rose to 7.6 million in January, NHS England said.\n",
    "Nearly £5 million will go to 40 projects, an average of £125,000 per project.\n",
    "Some 3,000 teachers left last year, according to figures from the DfE.\n",
]


def _corpus(tmp_path: Path) -> list[Path]:
    return write_articles(tmp_path, *TEXTS)


def test_two_jobs_extract_what_one_job_extracts_in_the_same_order(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    one = [(e.article.path, [c.model_dump() for c in e.claims + e.others])
           for e in extract(Input(paths=paths), jobs=1, include_all=True)]
    two = [(e.article.path, [c.model_dump() for c in e.claims + e.others])
           for e in extract(Input(paths=paths), jobs=2, include_all=True)]
    assert two == one
    assert len(one) == 5 and sum(len(c) for _, c in one) >= 10


def test_a_scan_with_two_jobs_reports_what_one_job_reports(tmp_path: Path) -> None:
    paths = _corpus(tmp_path)
    reports = [scan(Input(paths=paths), Registry(), Config(jobs=jobs), today=date(2026, 12, 1))
               for jobs in (1, 2)]
    assert [f.message for f in reports[1].findings] == [f.message for f in reports[0].findings]
    assert reports[1].summary == reports[0].summary
