"""Write CSVProcessor/csv_import/reading/countries.json from the installed phonenumbers
(after upgrading it): country names in the vocabulary's languages → region codes.

    .venv/bin/python scripts/countries_json.py
"""

import json
from importlib import resources

from csv_import.reading.countries import names_from_phonenumbers

path = resources.files("csv_import.reading") / "countries.json"
text = json.dumps(names_from_phonenumbers(), ensure_ascii=False, indent=0, sort_keys=True)
with open(str(path), "w", encoding="utf-8") as handle:
    handle.write(text + "\n")
print(f"{path}: written")
