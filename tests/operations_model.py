"""A plain model of what docs/undo.md promises the people table, import by import and undo
by undo, for tests/test_operations_model.py.

Imports run one after another here, so their ids sort in the order they ran. The people
table is the fold of the standing imports (tests.helpers.fold); each import's counts are
tests.helpers.predicted over the table it found; an undo's answer counts, among the people
the undone import wrote, those the fold restores, removes, and those whose latest standing
write is a later import (`kept`).

`people.source_import` is modelled as a set of candidates: a re-import whose rows for one
email differ may store an earlier row and then put the person back (docs/undo.md, "An
unchanged re-import is a no-op": its exception), naming itself the source or not, as its
batches fall.
"""

from dataclasses import dataclass, field

from tests.helpers import apply, fold, predicted

# name, email, then the known fields (phone, company, attributes), None when empty
Values = tuple


@dataclass
class Written:
    """One import as the model knows it: its valid rows, in file order, and its policy."""

    import_id: str
    rows: list[tuple]  # name, email, known fields ("" when empty), as the worker gets them
    policy: str
    undone: bool = False

    def people_keys(self) -> set[str]:
        return {row[1].lower() for row in self.rows}


@dataclass
class Model:
    imports: list[Written] = field(default_factory=list)
    people: dict[str, Values] = field(default_factory=dict)
    sources: dict[str, set[str]] = field(default_factory=dict)
    untouched: set[str] = field(default_factory=set)  # the last import's, unwritten

    def standing(self) -> list[Written]:
        return [written for written in self.imports if not written.undone]

    def refold(self) -> dict:
        return fold(*((written.rows, written.policy) for written in self.standing()))

    def latest_writer(self, key: str) -> str | None:
        ids = [w.import_id for w in self.standing() if key in w.people_keys()]
        return max(ids, default=None)

    def imported(self, written: Written) -> dict:
        """Record the import; the counts it must report."""
        before = self.people
        counts = predicted(before, written.rows, written.policy)
        self.imports.append(written)
        self.people = self.refold()
        self.untouched = set()
        for key in written.people_keys():
            rows = [row for row in written.rows if row[1].lower() == key]
            if self.people[key] != before.get(key):
                self.sources[key] = {written.import_id}
            elif all(apply(before, [row], written.policy) == before for row in rows):
                self.untouched.add(key)  # no row of it changes them: nothing is written
            else:  # an earlier row may have been stored, then put back by the last one
                self.sources[key] = self.sources[key] | {written.import_id}
        return counts

    def undone(self, import_id: str) -> dict:
        """Record the undo; the answer it must give (`changed` as the set of its possible
        values)."""
        written = next(w for w in self.imports if w.import_id == import_id)
        before, keys = self.people, written.people_keys()
        written.undone = True
        after = self.refold()
        latest = {key: self.latest_writer(key) for key in keys}
        restored = sum(key in after and after[key] != before.get(key) for key in keys)
        removed = sum(key in before and key not in after for key in keys)
        kept = sum((latest[key] or "") > import_id for key in keys)
        sourced = [self.sources[key] for key in keys if key in before]
        changed = {True} if restored or removed else set()
        if not changed:
            if any(import_id in candidates for candidates in sourced):
                changed.add(True)
            if all(candidates - {import_id} for candidates in sourced):
                changed.add(False)
        for key in keys:
            if key not in after:
                self.sources.pop(key, None)
            elif after[key] != before.get(key):
                self.sources[key] = {latest[key]}
            elif import_id in self.sources[key]:
                self.sources[key] = (self.sources[key] - {import_id}) | {latest[key]}
        self.people = after
        answer = {"restored": restored, "removed": removed, "kept": kept}
        return {**answer, "changed": changed}

    def replayed(self, import_id: str, row: tuple) -> dict:
        """A row of a standing import stored late, by `replay`, of a person its import
        wrote no other row for; the counts it adds: what it did to the table, a later
        import's write of the person folded after it (docs/worker.md)."""
        written = next(w for w in self.imports if w.import_id == import_id)
        before, key = self.people, row[1].lower()
        assert key not in written.people_keys(), "one row a person: the count is that row's"
        written.rows.append(row)
        self.people = self.refold()
        if key not in before:
            counts = {"inserted": 1}
        else:
            counts = {"updated" if self.people[key] != before[key] else "unchanged": 1}
        self.untouched = set()
        if self.people.get(key) != before.get(key):  # the fold names its latest write
            self.sources[key] = {self.latest_writer(key)}
        return counts

    def at_once(self, imports: list[Written]) -> None:
        """Imports stored at the same time: the table is their fold in import-id order
        (docs/undo.md, "Concurrency"); which of them `source_import` names, where several
        wrote a person, depends on the order their batches came in."""
        for written in sorted(imports, key=lambda w: w.import_id):
            self.imported(written)
        self.untouched = set()
        for key in set().union(*(w.people_keys() for w in imports)):
            writers = {w.import_id for w in imports if key in w.people_keys()}
            self.sources[key] = self.sources[key] | writers
