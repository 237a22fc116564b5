"""Every Python package directory of the three services ships in its wheel.

A hand-kept list of packages once left `csv_import.reading` out of the CLI's image: the
tests passed (they import from the source tree) and the container failed at its first import.
"""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROJECTS = {
    "CSVProcessor": "csv_import",
    "StorePeople": "store_people",
    "contract": "people_import_contract",
}


@pytest.mark.parametrize("project", sorted(PROJECTS))
def test_wheel_holds_every_package_and_data_file(project, tmp_path):
    source = ROOT / project
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(tmp_path),
            str(source),
        ],
        check=True,
    )
    (wheel,) = tmp_path.glob("*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    package = source / PROJECTS[project]
    wanted = {
        path.relative_to(source).as_posix()
        for path in package.rglob("*")
        if path.suffix in {".py", ".json"} and "__pycache__" not in path.parts
    }
    assert wanted, package
    assert wanted - shipped == set()
    assert any(name.endswith("LICENSE") for name in shipped)  # the MIT licence travels with it
