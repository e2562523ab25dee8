"""Typed models shared by every stage: ingest → nlp → link → checks → report.

Every stage takes and returns these classes, so a stage can be tested on its own with
hand-built models, and the JSON output is their serialisation (see ``SCHEMA_VERSION``).
The package is split by what the models describe; import them from here.
"""

from claimcheck.models.articles import (
    Article,
    ArticleMeta,
    Attribution,
    Claim,
    Position,
    TimeRef,
    article_map,
)
from claimcheck.models.quantities import (
    PERIOD_SECONDS,
    SCHEMA_VERSION,
    Change,
    Interval,
    Kind,
    Model,
    Quantity,
)
from claimcheck.models.registry import (
    DATE_PATTERN,
    ID_PATTERN,
    RECORD_KINDS,
    Person,
    Record,
    Registry,
    Role,
    Source,
)
from claimcheck.models.results import (
    Finding,
    Link,
    Report,
    Severity,
    Summary,
    Verification,
    link_map,
)

__all__ = [
    "DATE_PATTERN", "ID_PATTERN", "PERIOD_SECONDS", "RECORD_KINDS", "SCHEMA_VERSION",
    "Article", "ArticleMeta", "Attribution", "Change", "Claim", "Finding", "Interval",
    "Kind", "Link", "Model", "Person", "Position", "Quantity", "Record", "Registry",
    "Report", "Role", "Severity", "Source", "Summary", "TimeRef", "Verification", "article_map", "link_map",
]
