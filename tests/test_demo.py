"""`make demo`'s script: the real pipeline on the embedded default, no server."""

import subprocess

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.e2e


def test_demo_imports_the_sample_and_shows_the_people():
    result = subprocess.run(
        ["bash", "scripts/demo.sh"], cwd=ROOT, capture_output=True, text=True, timeout=180
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6 people stored:" in result.stdout
    assert "ana lima (updated)" in result.stdout  # the later of two case-variant rows
    assert "Traceback" not in result.stderr
