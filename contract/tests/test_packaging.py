"""Every Python package directory of the three services ships in its wheel, and works installed.

A hand-kept list of packages once left `csv_import.reading` out of the CLI's image: the
tests passed (they import from the source tree) and the container failed at its first import.
The StorePeople wheel once held only its modules: installed, it could be neither migrated nor
started. Here it is installed into a venv of its own and does both.
"""

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import uuid
import zipfile
from pathlib import Path

import pytest
from kombu import Connection
from sqlalchemy import create_engine, inspect, text

from tests.helpers import BACKEND_URL, BROKER_URL, empty_database, run_until_ready

ROOT = Path(__file__).resolve().parents[2]
PROJECTS = {
    "CSVProcessor": "csv_import",
    "StorePeople": "store_people",
    "contract": "people_import_contract",
}

# Code, schemas, the web page's templates; Alembic's ini and script template, the roles' SQL.
SHIPPED = {".py", ".json", ".html", ".js", ".css", ".ini", ".mako", ".sql"}


def build_wheel(project: str, into: Path) -> Path:
    """The project's wheel, built from a copy: an egg-info left in the tree by an editable
    install lists files of its own, and once shipped a file the configuration left out."""
    clean = into / "source" / project
    shutil.copytree(
        ROOT / project,
        clean,
        symlinks=True,
        ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__", "tests"),
    )
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
            str(into),
            str(clean),
        ],
        check=True,
    )
    (wheel,) = into.glob(f"*{project.lower()}*.whl")
    return wheel


@pytest.mark.parametrize("project", sorted(PROJECTS))
def test_wheel_holds_every_package_and_data_file(project, tmp_path):
    source = ROOT / project
    wheel = build_wheel(project, tmp_path)
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


@pytest.fixture
def installed(tmp_path):
    """A venv holding the contract's and StorePeople's wheels; the rest from the project's .venv.

    The project's site-packages joins by a .pth line, after the venv's own: there, the three
    packages are editable installs pointing at this tree, and a plain path line does not run
    their .pth hooks, so `store_people` can only come from the wheel.
    """
    wheels = tmp_path / "wheels"
    built = [build_wheel(project, wheels) for project in ("contract", "StorePeople")]
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    project_site = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    Path(site, "project-venv.pth").write_text("".join(f"{path}\n" for path in project_site))
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps"]
        + ["--no-index", *built],
        check=True,
    )
    return venv / "bin"


@pytest.fixture
def fresh_database():
    with empty_database("people_wheel") as url:
        yield url


@pytest.mark.integration
def test_the_installed_worker_package_migrates_a_database_and_starts(
    installed, fresh_database, tmp_path
):
    from store_people import schema

    queue = f"wheel-{uuid.uuid4().hex[:8]}"
    env = {
        **{k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        "DATABASE_URL": fresh_database,
        "BROKER_CONN": BROKER_URL,
        "BACKEND_CONN": BACKEND_URL,
        "IMPORT_QUEUE": queue,
    }
    elsewhere = tmp_path / "elsewhere"  # no alembic.ini, no source tree: only the wheel's files
    elsewhere.mkdir()
    where = subprocess.run(
        [installed / "python", "-c", "import store_people; print(store_people.__file__)"],
        cwd=elsewhere,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert where.startswith(str(tmp_path / "venv")), where

    migrate = subprocess.run(
        [installed / "storepeople-migrate"], cwd=elsewhere, env=env, capture_output=True, text=True
    )
    assert migrate.returncode == 0, migrate.stderr
    engine = create_engine(fresh_database)
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            tables = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    assert version == schema.HEAD
    assert {"people", "imports", "people_history", "people_writes"} <= tables
    current = subprocess.run(
        [installed / "python", "-m", "store_people.migrate", "current"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert current.returncode == 0 and f"{schema.HEAD} (head)" in current.stdout, current

    command = [installed / "storepeople-worker", "-c", "1", "--without-mingle"]
    try:
        said = run_until_ready(command, elsewhere, env, tmp_path / "worker.log")
    finally:
        with Connection(BROKER_URL) as connection:
            channel = connection.channel()
            for name in (queue, f"{queue}.bulk", f"{queue}.dead"):
                channel.queue_delete(name)
                channel.exchange_delete(name)
    assert f"storepeople: ready, consuming {queue} and {queue}.bulk" in said
