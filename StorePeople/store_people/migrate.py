"""`storepeople-migrate` (or `python -m store_people.migrate`): Alembic from the installed package.

With no arguments it runs `upgrade head`; otherwise its arguments are Alembic's own
(`storepeople-migrate current`, `storepeople-migrate downgrade base`). It reads the
alembic.ini shipped in the package, whose scripts are the package's `migrations`
(a package resource), so it works from any folder; the database is DATABASE_URL's.
"""

import sys
from importlib import resources

from alembic.config import main as alembic_main

ALEMBIC_INI = resources.files("store_people") / "alembic.ini"


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv) or ["upgrade", "head"]
    with resources.as_file(ALEMBIC_INI) as ini:
        alembic_main(argv=["-c", str(ini), *args], prog="storepeople-migrate")


if __name__ == "__main__":
    main()
