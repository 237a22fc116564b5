"""Every JSON object a unit test reads from stdout is checked against summary.schema.json."""

import json
from pathlib import Path

import jsonschema
import pytest

SCHEMA = json.loads((Path(__file__).parents[2] / "summary.schema.json").read_text())


def valid_json(out: str) -> dict:
    """The one JSON object printed on stdout, valid against the schema."""
    assert out.count("\n") == 1, out
    value = json.loads(out)
    jsonschema.validate(value, SCHEMA)
    return value


@pytest.fixture
def printed_json():
    return valid_json
