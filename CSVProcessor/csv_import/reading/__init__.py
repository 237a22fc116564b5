"""Reading: a file of people, whatever its kind, as Rows and the mapping that made them.

One public function, `open_people(path, ...)`: the kind from the content
(kinds.py), the encoding and delimiter on evidence (encoding.py,
line_decoding.py, csv_records.py), workbooks (workbooks.py, xlsx_stream.py) and
vCards (vcards.py), then where the table is and which columns hold the name and
the email (table.py, locate.py, columns.py). The rules (docs/columns.md):

- Evidence, not a list of headers: a header's words in 39 languages
  (vocabulary.py, words/<lang>.json: role words email and name, part words given,
  middle, family, full, display, rank words, exclusion words) and what a sample of
  the first SAMPLE_ROWS values holds (evidence.py: shares of addresses and names).
- The header is the candidate among the first 50 records whose words name an email
  and a name column and that the records below fit best (an address in its email
  column); what comes before is a preamble; a file whose first record holds an
  address has no header (or --no-header): columns by content or position.
- Email columns: those the words call email, ranked (primary, work, 1 < unqualified <
  secondary, other, alternate, home, 2), else any column of addresses. Name: whole
  names (full, plain, display) that agree with the parts, else the parts.
- Per row, fallbacks only: the first valid address among the ranked email columns;
  the first whole name holding a name (an address never is one), else the parts,
  family name first for Japanese, Chinese, Korean, Hungarian, Vietnamese headers or Han/Hangul.
- Every physical line is the header's, a row's, or skipped with a reason (blank,
  preamble, header labels, another section, repeated header, footer).
- The mapping (columns per role, evidence, samples) is shown before any row is
  sent, and can be saved and reused (saved_mapping.py).
"""

from csv_import.reading.people_file import FIELD_LIMIT, LINE_LIMIT, STDIN, PeopleFile, open_people

__all__ = ["FIELD_LIMIT", "LINE_LIMIT", "STDIN", "PeopleFile", "open_people"]
