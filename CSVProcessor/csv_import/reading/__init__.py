"""Reading: a file of people, whatever its kind, as Rows and the mapping that made them.

One public function, `open_people(path, ...)`: the kind from the content
(kinds.py), the encoding and delimiter on evidence (encoding.py,
line_decoding.py, csv_records.py), workbooks (workbooks.py, xlsx_stream.py) and
vCards (vcards.py), then where the table is and which columns hold the name and
the email (table.py, columns.py).
"""

from csv_import.reading.people_file import FIELD_LIMIT, LINE_LIMIT, PeopleFile, open_people

__all__ = ["FIELD_LIMIT", "LINE_LIMIT", "PeopleFile", "open_people"]
