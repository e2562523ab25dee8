"""Exports for other tools: schema.org ClaimReview JSON-LD and W3C PROV-JSON.

Both return plain dicts ready for ``json.dumps``; writing files is the caller's business.
"""

from __future__ import annotations

from claimcheck.export.claimreview import claimreview_documents, is_publishable
from claimcheck.export.prov import prov_document

__all__ = ["claimreview_documents", "is_publishable", "prov_document"]
