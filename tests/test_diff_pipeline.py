"""End to end: two versions of a small article through the real nlp pass, then the diff."""

from __future__ import annotations

import pytest

from claimcheck.diff import diff_claims
from claimcheck.diffview import render_plain

claims_mod = pytest.importorskip("claimcheck.nlp.claims", reason="the nlp claims pass has not landed yet")

OLD = """Babies at risk

The report says 15,800 babies under one were still living at home in March 2017.

A further 640 babies were placed with relatives, the Children's Commissioner said.

Councils spent £200 million on the service last year.
"""

NEW = """Babies at risk

Councils spent £200 million on the service last year.

The report says 16,200 babies under one were still living at home in March 2017.

Ministers promised 40 new family hubs by 2020.
"""


def _claims(text: str):
    from claimcheck.ingest import read_text_article
    from claimcheck.nlp.pipeline import get_nlp

    article = read_text_article(text, "draft.txt")
    return claims_mod.build_claims(article, get_nlp()(article.text)), article


def test_two_versions_through_the_pipeline() -> None:
    (old, a_old), (new, a_new) = _claims(OLD), _claims(NEW)
    d = diff_claims(old, new, old_text=a_old.text, new_text=a_new.text)
    changed = {(c.old_surface, c.new_surface) for c in d.changes if c.kind == "changed"}
    assert ("15,800", "16,200") in changed
    assert any(c.kind == "removed" and c.old_surface and "640" in c.old_surface for c in d.changes)
    assert any(c.kind == "added" and c.new_surface and "40" in c.new_surface for c in d.changes)
    # the moved money sentence is not a change
    assert not any("200 million" in (c.old_surface or c.new_surface or "") for c in d.changes)
    assert "[-15,800-]{+16,200+}" in render_plain(d)
