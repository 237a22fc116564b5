"""The writes log's two small vocabularies, as the SQL of several modules spells them.

people_writes.policy is the import's merge policy (people_import_contract's
MERGE_POLICIES, by index); people_writes.kind what the import's latest line did to the
person (the import's counts: upsert.kind, late_writes.py).
"""

OVERWRITE, FILL_BLANKS, INSERT_ONLY = 0, 1, 2
INSERTED, UPDATED, UNCHANGED = 0, 1, 2
