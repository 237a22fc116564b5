"""Every Python package directory of the three services ships in its wheel.

A hand-kept list of packages once left `csv_import.reading` out of the CLI's image: the
tests passed (they import from the source tree) and the container failed at its first import.
"""

import re
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

SHIPPED = {".py", ".json", ".html", ".js", ".css"}  # code, schemas, the web page's templates


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
        if path.suffix in SHIPPED and "__pycache__" not in path.parts
    }
    assert wanted, package
    assert wanted - shipped == set()
    assert any(name.endswith("LICENSE") for name in shipped)  # the MIT licence travels with it


def pins(lock: Path) -> dict[str, str]:
    return dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", lock.read_text(), re.M))


@pytest.mark.parametrize("project", ["CSVProcessor", "StorePeople"])
def test_each_image_runs_the_versions_the_tests_run(project):
    tested = pins(ROOT / "requirements-dev.lock")
    image = pins(ROOT / project / "requirements.lock")
    assert {name: (v, tested.get(name)) for name, v in image.items() if tested.get(name) != v} == {}
