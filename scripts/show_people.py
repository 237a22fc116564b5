"""Print the stored people (used by `make demo`): python scripts/show_people.py."""

import os
import sys

from sqlalchemy import create_engine, text

url = os.environ.get("DATABASE_URL", "postgresql+psycopg2://postgres@localhost:5432/people")
with create_engine(url).connect() as connection:
    rows = connection.execute(
        text("SELECT full_name, email, source_line FROM people ORDER BY lower(email)")
    ).all()
print(f"{len(rows)} people stored:")
for full_name, email, line in rows:
    print(f"  {full_name:<28} {email:<32} (line {line})")
sys.exit(0 if rows else 1)
