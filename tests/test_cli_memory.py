"""The CLI's memory: at most 150 MB whatever the file (docs/performance.md), with every
reader rule engaged here (known fields, the phones' country, other addresses)."""

import subprocess
import sys

import pytest

from tests.helpers import ROOT

pytestmark = pytest.mark.e2e
BUDGET_MB = 150
# The child's peak resident set, from a parent that has no other child.
PEAK = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True,"
    " stdout=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


@pytest.mark.timeout(300)
def test_a_preview_of_a_file_with_every_known_field_stays_within_the_budget(db, env, tmp_path):
    path = tmp_path / "contacts.csv"
    countries = ["Deutschland", "France", "United States", "España", "日本"]
    with path.open("w", encoding="utf-8") as handle:
        handle.write("First Name,Last Name,Email,Other Email,Phone,Company,Job Title,Country\n")
        for n in range(30_000):
            handle.write(f"Ann{n},Lee,p{n}@example.org,h{n}@example.net,030 {n:07d},Acme {n % 90},"
                         f"Engineer,{countries[n % 5]}\n")  # fmt: skip
    peak = subprocess.run(
        [sys.executable, "-c", PEAK, sys.executable, "csvprocessor.py", "-csv", str(path),
         "--dry-run"],
        cwd=ROOT / "CSVProcessor", env=env, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    assert int(peak) // 1024 < BUDGET_MB
