"""The JSON Schema of claims.yaml, generated from the pydantic models so it cannot drift.

Editors that speak the YAML language server protocol autocomplete and check claims.yaml
with it: put ``# yaml-language-server: $schema=<path to claims.schema.json>`` at the top.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from claimcheck.models import ID_PATTERN, PERIOD_SECONDS, RECORD_KINDS, Registry
from claimcheck.registry.loader import FORMAT_VERSION

SCHEMA_FILE = Path(__file__).with_name("claims.schema.json")
SCHEMA_ID = "https://claimcheck.invalid/schema/claims-v1.json"

#: The description of every field, by model: the models stay short, the schema explains.
FIELD_DOCS: dict[str, dict[str, str]] = {
    "Registry": {
        "version": "Format version; this is version 1.",
        "constants": "Named numbers formulas may use, e.g. local-authorities-england: 152.",
        "sources": "Reports, datasets, statements, speeches, FoI and parliamentary answers.",
        "people": "People and organisations who state or publish figures.",
        "figures": "The sourced figures.",
    },
    "Source": {
        "id": "Unique id, lowercase kebab-case.",
        "title": "Title as published, or a short description of a statement.",
        "aliases": "Other names articles use for it ('the LGA finding').",
        "publisher": "Who published it, by name (ideally a name in people).",
        "kind": "What sort of source it is.",
        "date": "Date published: YYYY, YYYY-MM or YYYY-MM-DD, as precise as known.",
        "url": "Where to read it.",
        "notes": "Caveats; where in it the figures are.",
    },
    "Role": {
        "title": "The title as articles give it ('Chair, Children and Young People Board').",
        "organisation": "Id of the organisation (an entry in people).",
        "start": "When the role began: YYYY, YYYY-MM or YYYY-MM-DD.",
        "end": "When it ended; absent if current.",
    },
    "Person": {
        "id": "Unique id, lowercase kebab-case.",
        "name": "Full name as usually written.",
        "kind": "person or organisation.",
        "aliases": "Other names in articles ('Sir Tony', 'LGA').",
        "roles": "Titles held, with dates.",
        "member_of": "Ids of organisations (in people) this one belongs to.",
        "notes": "Anything a fact-checker should know.",
    },
    "Record": {
        "id": "Unique id, lowercase kebab-case; the name formulas use.",
        "subject": "What is counted, in plain words.",
        "aliases": "Phrases articles use for this figure.",
        "value": "The figure as stated (percent 0-100, ratios as fractions, money in units).",
        "interval": "Values the figure allows, for hedges: 'more than 50,000' is {low: 50000, low_closed: false}.",
        "vague": "A vague quantity word as stated ('hundreds', 'many thousands').",
        "precision": "Rounding of the stated value (100 for '15,800'), when known.",
        "unit": "Counted noun ('babies', 'referrals') or '%', 'GBP'.",
        "kind": "count, percent, money, rate, ratio, change, range or vague.",
        "per": "Rate period: '90 a day' has per: day.",
        "per_amount": "Periods per rate: 'every 49 seconds' is per: second, per_amount: 49.",
        "as_of": "When the figure holds: a date or period text ('2017-03', '2015-16').",
        "period": "The span a change or total covers ('2010/11 to 2015/16').",
        "place": "Where it holds ('England').",
        "source": "Id of the source (in sources).",
        "speaker": "Id of the person or organisation stating it (in people).",
        "status": "verified, disputed, retracted or unverified.",
        "derived_from": "Formula over figure ids and constants: 'a - b', 'x / local-authorities-england'.",
        "same_as": "Ids of figures stating the same fact in another form (a daily rate, a per-49-seconds rate).",
        "notes": "Where it is in the source; caveats.",
    },
    "Interval": {
        "low": "Lowest value allowed; absent means no lower bound.",
        "high": "Highest value allowed; absent means no upper bound.",
        "low_closed": "Whether low itself is allowed ('at least' yes, 'more than' no).",
        "high_closed": "Whether high itself is allowed ('up to' yes, 'nearly' no).",
    },
}
MODEL_DOCS = {
    "Source": "Where figures come from.",
    "Role": "A title someone held, and when.",
    "Person": "A person or an organisation that states or publishes figures.",
    "Interval": "The set of values a hedged figure allows.",
}


def registry_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the claims.yaml format, with field descriptions."""
    schema = Registry.model_json_schema()
    schema.update({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "claimcheck registry (claims.yaml)",
        "description": "Curated, sourced figures with their sources, people and organisations. "
        "Ids are lowercase kebab-case; unknown keys are errors.",
        "required": ["version"],
    })
    models = {**schema["$defs"], "Registry": schema}
    for name, docs in FIELD_DOCS.items():
        for field, text in docs.items():
            models[name]["properties"][field]["description"] = text
        if name in MODEL_DOCS:
            models[name]["description"] = MODEL_DOCS[name]
    props = schema["properties"]
    props["version"]["const"] = FORMAT_VERSION
    props["constants"]["propertyNames"] = {"pattern": ID_PATTERN}
    record = schema["$defs"]["Record"]["properties"]
    record["kind"] = {**record["kind"], "enum": list(RECORD_KINDS), "type": "string"}
    record["kind"].pop("$ref", None)
    schema["$defs"].pop("Kind", None)  # claim kinds only, listed above
    record["per"] = {
        "anyOf": [{"type": "string", "enum": list(PERIOD_SECONDS)}, {"type": "null"}],
        "default": None, "description": FIELD_DOCS["Record"]["per"],
    }
    return schema


def write_schema_file(path: Path = SCHEMA_FILE) -> None:
    """Regenerate the shipped claims.schema.json (run after changing the registry models)."""
    text = json.dumps(registry_json_schema(), indent=2, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
