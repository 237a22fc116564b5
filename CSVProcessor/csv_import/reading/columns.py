"""Which columns hold the email and the name: the user's choice, else the evidence.

Evidence is of two kinds: the header's words (vocabulary.py, 40 languages) and
the values of a sample of rows (evidence.py). The rules:

- Email: the columns whose header says email (and no exclusion word: "Host
  Email", "Contact owner"), unless their values hold no address at all, ranked by
  their rank words (primary, work, 1 before an unqualified one, before secondary,
  other, alternate, home, 2). With none, any column whose values are mostly
  addresses, whatever its header. A column excluded by its header ("Organizer
  Email") is the last resort; after it, one excluded by a header of no email word
  whose values are addresses, a different one on each row (Microsoft 365's "User
  principal name" when there is no mail column).
- Name: whole-name columns (full, then plain "Name", then display) and parts
  (given, middle, family). A plain "Name" beside a given name alone is the family
  name ("Name;Vorname", "Nom;Prénom"), beside a family name alone the given name
  ("Nombre;Apellidos", "Ad;Soyad"), unless its values hold that part's and more
  ("Mrs. Helen Carter" beside "First name": a whole name). A column whose values are
  addresses is never a name; a whole-name column that disagrees with the parts on most sampled rows
  (a company in "Name" beside First/Last Name) loses to them, and so does one whose
  value stands on rows of different people ("Turner Household" over Bill's and
  Grace's parts): the mapping says why. A contact person's name ("contact_name",
  "Kontaktperson", "Ansprechpartner") is a full name, before a plain "Name" beside it
  (the customer's or lead's, often a company). Of several columns for one part, the
  one filled on more rows ("First Name" over a blank legal "Given Name"). Of several
  name sources, a whole-name column whose one value stands on rows of different
  addresses is another person's ("Teacher Name" beside "Student Name", an
  interviewer's "enumerator_name"): dropped. With no name word, a column whose values
  look like names and differ from row to row ("Active" on every row is a status), else
  one under an exclusion word holding a different whole name of two words or more on
  every row (Atlassian's "User name"; logins are one word).
- Per row (table.py): the first ranked email column with an address (validation
  tries each in turn), the first whole-name column holding a name on that row (a
  display name holding neither of the row's given and family names, "Zosia K.", is a
  label, not the name; a whole name all of whose words are the parts' and fewer, "Timo"
  beside Timo + Becker, or initials of them, "Meenakshi S", is a short form), else the
  parts joined in the order the language writes them: family first for Japanese,
  Chinese, Korean, Hungarian and Vietnamese headers, or Han/Hangul values.
"""

import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from csv_import.errors import InputError
from csv_import.invisible import shown
from csv_import.reading.countries import country_columns, holds_countries
from csv_import.reading.evidence import (
    ColumnEvidence,
    column_evidence,
    display_name,
    is_address,
    looks_like_name,
    sample_values,
)
from csv_import.reading.missing import blank_missing
from csv_import.reading.vocabulary import (
    FAMILY_FIRST,
    NAME_PARTS,
    read_header,
    readable,
    script,
    unspaced_letter,
    vocabulary,
    words_of,
)

DISAGREE = 0.5  # a whole name loses to the parts when more than this share of rows disagree
NAME_WORDS = frozenset({"name", "full", "display", "given", "middle", "family"})
PARTS_OF_NAME = frozenset({"given", "middle", "family"})
WHOLE_KINDS = frozenset({"full", "name", "display"})
NO_ADDRESS = 20  # values without one address that make an email-worded column no email column


def position_header(i: int) -> str:
    """The header of column i of a file without one (columns by position)."""
    return f"column {i + 1}"


def header_key(text: str) -> str:
    """A header as the user may type it: "E-Mail Adresse" and "e_mail_adresse" are one key."""
    return "".join(words_of(text))


@dataclass(frozen=True)
class Mapping:
    header: list[str]
    email: tuple[int, ...]  # ranked: the first holding a valid address wins
    full: tuple[int, ...] = ()  # whole-name columns: the first holding a name on the row wins
    parts: tuple[int, ...] = ()  # else these, joined in this order
    family: int | None = None  # the family-name column among the parts (moved first for CJK)
    family_first: bool = False  # the header's language writes the family name first
    why: dict = field(default_factory=dict)  # column -> the evidence that chose it
    notes: tuple[str, ...] = ()  # columns left out, and why
    samples: dict = field(default_factory=dict)  # column -> a few values
    chosen_by: str = "evidence"  # or "options", "saved mapping"
    # The known fields' columns, ranked: the first with a value on the row wins.
    phone: tuple[int, ...] = ()
    company: tuple[int, ...] = ()
    job_title: tuple[int, ...] = ()
    # The row's country (countries.py): the region of its phones without a +country code.
    country: tuple[int, ...] = ()
    country_codes: bool = False  # ISO codes ("DE") count in those columns too

    @property
    def known(self) -> tuple[int, ...]:
        return self.phone + self.company + self.job_title

    @property
    def name(self) -> tuple[int, ...]:
        return self.full + self.parts

    def describe(self) -> dict:
        header = self.header
        used = dict.fromkeys((*self.email, *self.name, *self.known, *self.country))
        return {
            "name": [header[i] for i in self.name],
            "email": [header[i] for i in self.email],
            "full_name": [header[i] for i in self.full],
            "name_parts": [header[i] for i in self.parts],
            "name_order": "family first" if self.family_first else "as listed",
            "phone": [header[i] for i in self.phone],
            "company": [header[i] for i in self.company],
            "job_title": [header[i] for i in self.job_title],
            "country": [header[i] for i in self.country],
            "chosen_by": self.chosen_by,
            "evidence": {header[i]: self.why.get(i, "") for i in used},
            "samples": {header[i]: self.samples.get(i, []) for i in used},
            "notes": list(self.notes),
        }

    def summary(self) -> str:
        """`name ← Display Name, else First Name + Last Name; email ← Email, then Email 2`."""
        header = [shown(h) for h in self.header]  # the file's text, on one terminal line
        whole = [header[i] for i in self.full]
        parts = " + ".join(header[i] for i in self.parts)
        if self.family_first and self.parts:
            parts += " (family name first)"
        names = ", else ".join([*whole, parts] if parts else whole)
        emails = ", then ".join(header[i] for i in self.email)
        known = "".join(
            f"; {role} ← {', then '.join(header[i] for i in columns)}"
            for role, columns in (
                ("phone", self.phone),
                ("company", self.company),
                ("job title", self.job_title),
                ("the phones' country", self.country),
            )  # fmt: skip
            if columns
        )
        return f"name ← {names}; email ← {emails}{known}"


def map_columns(
    header, rows=(), name_columns=None, email_columns=None, path="", chosen_by=None, saved=None
) -> Mapping:
    """The Mapping of a header; `rows`: a sample of the records below it (lists of fields);
    `*_columns`: the user's header names (--name-columns ...)."""
    rows = [blank_missing(fields) for fields in rows]  # NULL, #N/A: no evidence of anything
    if saved is not None:
        mapping = _saved(header, rows, saved, path)
    else:
        mapping = _mapped(header, rows, name_columns, email_columns, path, chosen_by)
    if not mapping.phone:
        return mapping
    used = {*mapping.email, *mapping.name, *mapping.known}
    country, codes = country_columns(header, rows, used)
    why = {**mapping.why, **dict.fromkeys(country, "values are countries: the phones' region")}
    samples = {**mapping.samples, **{i: sample_values(rows, i) for i in country}}
    return replace(mapping, country=country, country_codes=codes, why=why, samples=samples)


def _mapped(header, rows, name_columns, email_columns, path, chosen_by) -> Mapping:
    evidence = column_evidence(rows, len(header))
    words = settle([read_header(h) for h in header])
    why: dict = {}
    notes: list[str] = []
    if email_columns:
        email = chosen(header, email_columns, path)
        why.update(dict.fromkeys(email, "chosen by --email-columns"))
    else:
        email = _guess_email(header, words, evidence, why, notes, rows)
        if not email:
            raise InputError(f"{path}: no email column (columns found: {listing(header)})")
    family, family_first = None, False
    role: frozenset = frozenset()  # the role of the person stored, when another's columns
    full: tuple[int, ...]
    parts: tuple[int, ...]
    if name_columns:
        picked = chosen(header, name_columns, path)
        full, parts = (picked, ()) if len(picked) == 1 else ((), picked)
        why.update(dict.fromkeys(picked, "chosen by --name-columns"))
    else:
        partner = _partner_name(header, email, why, rows)
        full, parts, family = partner or _guess_name(
            header, words, rows, evidence, set(email), why, notes
        )
        if partner and all(words[i].has("exclude") for i in email):
            # The person stored is that role ("Parent Email" with "Parent First Name"): the
            # role's phone ("Parent Mobile") is theirs, no other person's.
            role = frozenset(words_of(header[email[0]])) - _ROLE_WORDS
        family_first = _family_first(header, rows, parts)
    if not full and not parts and not name_columns:
        full = _names_in_addresses(email, rows, why)
    if full and not parts and not name_columns:
        full = (*full, *_account_names(header, words, rows, evidence, full, email, why))
    if not full and not parts:
        raise InputError(
            f"{path}: no name column (columns found: {listing(header)}); name one with "
            "--name-column"
        )
    anothers: set[frozenset] = set()  # the person words of another person's columns
    if not name_columns and full and len(parts) > 1:
        # "Spouse Name" beside "Spouse Email" and the person's own parts: the spouse's.
        spouses = {_qualifier(header[i]) for i in email} - {frozenset()}
        # So is a contact person's ("Contact_name" beside "Contact_email") when another email
        # column is there ("Student_email"): a guardian's, an emergency contact's, whose
        # address and phone are theirs too.
        # "Honoree Name" beside "Donor First Name", "Donor Last Name" and "Donor Email": the
        # parts and an address share one qualifier; a whole name under another is another's.
        own = {_qualifier(header[i]) for i in parts}
        ours = next(iter(own)) if len(own) == 1 else frozenset()
        if not any(ours and _qualifier(header[j]) == ours for j in email):
            ours = frozenset()
        # The parts' own qualifier names no spouse: Calendly's "Invitee Name" and "Invitee
        # Email" beside "Invitee First Name" (empty when the form asks for a whole name).
        spouses.discard(ours)
        for i in full:
            person = _person_words(header[i])
            theirs = [j for j in email if person and _person_words(header[j]) == person]
            mine = ours and _qualifier(header[i]) == ours  # the parts' own: the person's
            if theirs and len(theirs) < len(email) and _qualifier(header[i]) not in spouses:
                anothers.update(() if mine else (person,))
        kept = tuple(
            i
            for i in full
            if _qualifier(header[i]) not in spouses
            and _person_words(header[i]) not in anothers
            and not (ours and _qualifier(header[i]) and _qualifier(header[i]) != ours)
        )
        for i in full:
            if i not in kept:
                why.pop(i, None)
                notes.append(f"{header[i]!r} is another person's name, beside their address")
        full = kept
        if not email_columns:
            for i in email:
                if _person_words(header[i]) in anothers:
                    why.pop(i, None)
                    notes.append(f"{header[i]!r} is the address of another person's name column")
            email = tuple(i for i in email if _person_words(header[i]) not in anothers)
    if not name_columns and not email_columns and not parts and full and len(email) > 1:
        full, email = _another_pair(header, full, email, why, notes)
    if not email_columns and len(email) > 1:
        email = _paired_elsewhere(header, email, {*full, *parts}, why, notes, anothers)
    if not email_columns and len(email) > 1:
        email = _ranked_persons(header, email, {*full, *parts}, rows, evidence, why, notes)
    if not email_columns and len(email) > 1:
        email = _same_role_first(header, email, (*full, *parts), why)
    if not email_columns and len(email) > 1:
        email = _not_others_own(header, email, rows, why, notes)
    if not name_columns and len(full) > 1 and email:
        full = _address_owners_first(header, full, email[0], why)
    used = {*email, *full, *parts}
    # A whole-name column beside the parts gives way to them on a row where it holds a
    # firm's legal name (table.py): there it is no more than a fallback, the company.
    fallback = full if parts else full[1:]
    person = _names_person(header, (*full, *parts))
    known = guess_known(header, rows, evidence, used, why, words, fallback, anothers, role, person)
    for i in (*email, *full, *parts):
        if i in why and i < len(evidence) and "chosen" not in why[i]:
            why[i] += f"; {evidence[i].describe()}"
    return Mapping(
        list(header), email, full, parts, family, family_first, why, tuple(notes),
        {i: sample_values(rows, i) for i in (*email, *full, *parts, *known[0], *known[1],
                                              *known[2])},
        chosen_by or ("options" if name_columns or email_columns else "evidence"),
        phone=known[0], company=known[1], job_title=known[2],
    )  # fmt: skip


RANK_MEANINGS = frozenset({"primary", "secondary"})
PHONE_DIGITS = 5  # a phone number's value holds at least this many digits


def guess_known(
    header,
    rows,
    evidence,
    used: set,
    why: dict,
    words,
    fallback=(),
    anothers=frozenset(),
    role=frozenset(),
    person=frozenset(),
) -> tuple[tuple[int, ...], ...]:
    """(phone, company, job_title) columns, by their headers' words (vocabulary.py, as
    settled for the whole header: `words`) and their values:

    - job title: a header with a job-title word ("Job Title", "Organization 1 - Title",
      "Position"). A bare "Title" is a job title (Salesforce, Zoho, Klaviyo) unless another
      column of the header says job title ("Title" beside "Job Title", Outlook: then it is
      the name's prefix, settled as vocabulary.py's "or" words are). Never a column whose
      values are name prefixes (most of them a short abbreviation with a dot: "Dr.", "Mrs."):
      Slovenian Outlook's "Naziv" (its prefix) beside "Naziv1" (its job title) read alike;
      the values tell them apart. Nor a two-country "Title" qualified by a word the
      vocabulary does not know: PayPal's "Item Title", an "Event Title" name a thing's
      title ("contact_title", "Attendee Title" stay the person's);
    - company: a company word ("Company", "Organization 1 - Name", "Account Name") and no
      phone or job-title word; the headers that are a company phrase and nothing more
      (a rank number aside), else the shortest other. Never a column whose values hold no
      letter on most sampled rows ("organization_id": a number is no company's name). With
      no company word, a name-worded column that is not the person's name (it lost to the
      parts) and holds companies' legal names on most sampled rows (a legal form first or
      last: "Acme Iberia S.L.", "ООО Ромашка", "株式会社サンプル") is the company (Xero's
      *ContactName beside FirstName/LastName), and else a column of no vocabulary word
      that holds them (Fakturoid's "Název" beside "Kontaktní osoba") or a title's header
      that gave way to another column's job title (Slovenian "Naziv" beside "Funkcija");
      so is a whole-name
      column that is only the fallback for rows without the person's name (`fallback`:
      Fortnox's customer "Namn" beside "Kontaktperson", Close's "lead_name" beside
      "contact_name") when it holds legal names on most sampled rows. On a row where that
      column is the name (no contact person), it is the person, not a company (table.py);
    - phone: a phone word and no exclusion word ("Company Main Phone", "Assistant's
      Phone" are not the person's), ranked as email columns are (primary, work, 1 first);
      and values that hold PHONE_DIGITS digits, when the sample has any ("Phone 1 - Type").
      Beside a phone column, a header of rank words alone ("Work", "Home"), or with
      "Number" ("Work Number"), whose sampled values are all phone numbers (digits, spaces,
      "+-()./" only) is a phone column too (Freshsales' "Work" beside "Mobile", Housecall
      Pro's "Work Number" beside "Mobile Number"). With no phone word at all, a column of no
      vocabulary word whose sampled values are all phone numbers, 80% of them written with
      a +country code, is the phone (a header in a language no vocabulary has). When the
      person stored is another role's (the only addresses are "Parent Email", `role` its
      words), that role's phone is theirs ("Parent Mobile", "Telefon rodzica").
    Never a column already the email or the name, nor one whose values are addresses; nor
    one qualified as another person's email column is ("Order Company Name" beside "Order
    Email", when the person's own address is "Ticket Email": the buyer's company); nor a
    company column whose values are the person's own name on most sampled rows (amoCRM's
    "Наименование" beside "Имя"/"Фамилия": the contact's name, not the company's).
    """
    own = {_qualifier(header[i]) for i in used if words[i].has("email")}
    others = {
        q
        for j in range(len(header))
        if j not in used and words[j].has("email") and (q := _qualifier(header[j])) not in own
    } - {frozenset()}
    names = [i for i in used if not words[i].has("email")]
    name_parts = [i for i in names if words[i].means & PARTS_OF_NAME]
    free = [
        i
        for i in range(len(header))
        if (i not in used or (i in fallback and words[i].has("company")))
        and not words[i].has("email")
        and evidence[i].address_share <= 0.5
        and not any(q <= _qualifier(header[i]) for q in others if not _firms_own(header[i], q))
        and not any(q <= _person_words(header[i]) for q in anothers)
    ]
    # Turkish "Unvan": a firm's trade title (Paraşüt's customers) or an employee's title (an
    # HR roster) by the tool; a header that says both is read by its values: legal names on
    # most sampled rows make it the company, else it is the job title.
    firms = {i for i in free if words[i].has("company") and words[i].has("job_title")
             and _share(rows, i, legal_form) >= 0.5}  # fmt: skip
    titles = [
        i
        for i in free
        if words[i].has("job_title")
        and i not in firms
        and _share(rows, i, _prefix) < 0.5
        and (not evidence[i].filled or _share(rows, i, _lettered) >= 0.5)  # "Position ID": 1, 2
        and not _thing_title(header[i], words[i])
    ]
    companies = [
        i
        for i in free
        if words[i].has("company")
        and (not words[i].means & {"phone", "job_title"} or i in firms)
        and (not evidence[i].filled or _share(rows, i, _lettered) >= 0.5)
        and _own_name_share(rows, i, [n for n in names if n != i], name_parts) < 0.5
        and not _anothers_company(header[i])
    ]
    whole = [i for i in companies if _whole_phrase(header[i], "company")]
    # "Organization 1 - Type" is about the company, not it: only when nothing says more.
    companies = whole or sorted(companies, key=lambda i: (len(header_key(header[i])), i))[:1]
    # A legal name before a trade name (Bind ERP's "Razón Social" after "Nombre Comercial"):
    # the column holding legal names on most sampled rows is the company's name.
    companies.sort(key=lambda i: _share(rows, i, legal_form) < 0.5)
    legal = []
    if not companies:
        # A name column that is not the person's, holding companies (Xero's *ContactName
        # beside FirstName/LastName: "Acme Iberia S.L."): the company, by its values.
        legal = [
            i
            for i in [*free, *fallback]
            if (
                (words[i].means & WHOLE_KINDS or not words[i].means)
                and not words[i].has("exclude")
                or _title_given_way(header[i], words[i])
                or _a_firms_role(header[i], words[i])
            )
            and evidence[i].filled
            and (
                _share(rows, i, legal_form) >= 0.5
                # a fallback: legal names where the person's own name is there (HawkSoft's
                # "Client Name" beside "Primary Contact"), a private client's name elsewhere
                or (
                    i in fallback
                    and _legal_beside(rows, i, [n for n in names if n not in fallback])
                )
            )
        ]
        # A name-worded column first; else one of no vocabulary word (Fakturoid's "Název").
        legal.sort(key=lambda i: not words[i].means)
        legal = legal[:1]
        companies = legal
    phones = [
        i
        for i in free
        if words[i].has("phone")
        and (not words[i].has("exclude") or _of_role(header[i], role))
        and (not evidence[i].filled or _share(rows, i, _phone_like) >= 0.5)
    ]
    if phones:
        # Freshsales' "Work" beside "Mobile": rank words alone (or with "Number") over phone
        # numbers only.
        # Every word a rank word: "Business Fax" (Outlook) is a rank word and a word of
        # no meaning here, a fax number, not the person's phone.
        phones += [
            i
            for i in free
            if i not in phones
            and _ranked_number(header[i])
            and evidence[i].filled
            and _share(rows, i, _phone_number) == 1
        ]
    if not phones:
        # No phone word (a header in a language no vocabulary has: Syriac "ܛܠܝܦܘܢ",
        # Swahili "Nambari ya simu"): a column of no vocabulary word whose sampled values are
        # all phone numbers, most written with their +country code, is the phone.
        phones = [i for i in free if not words[i].means and evidence[i].filled
                  and _share(rows, i, _phone_number) == 1
                  and _share(rows, i, _international) >= 0.8][:1]  # fmt: skip
    # At one rank, the person's plain phone before one a word of no vocabulary qualifies
    # (Shopify's "Default Address Phone" beside "Phone": the address's, not the customer's).
    phones.sort(key=lambda i: (_phone_rank(header[i], words[i]), _qualified(header[i]), i))
    # The phone of the name's own person, the plain ones out, as the addresses are
    # (_same_role_first): "Телефон контактного лица", not the firm's plain "Телефон", when
    # the name is "Контактное лицо".
    theirs = [i for i in phones if person and _same_person(_person_words(header[i]), person)]
    if theirs:
        phones = [*theirs, *(i for i in phones if i not in theirs and _person_words(header[i]))]
    for role, columns in (("phone", phones), ("company", companies), ("job title", titles)):
        for i in columns:
            why[i] = f"header says {role}"
    for i in legal:
        if i in fallback:  # still the name of the rows without the person's own
            why[i] += "; the company too: its values companies' legal names"
        else:
            why[i] = "a name column that is not the person's, its values companies' legal names"
    return tuple(phones), tuple(companies), tuple(titles)


def _firms_own(text: str, qualifier: frozenset) -> bool:
    """A header that is one company phrase holding the qualifier of another email column:
    "Account Name" beside "Account Email" is the firm's own name beside the firm's own
    address (a CRM's account row with its contact's columns), the contact's company; not
    another person's company, as "Order Company Name" beside "Order Email" (the buyer's) is."""
    return _whole_phrase(text, "company") and qualifier <= frozenset(words_of(text))


def _legal_beside(rows, i: int, own: list[int]) -> bool:
    """Column i's values on the rows where one of `own` (the person's own name columns) is
    filled: companies' legal names on half of them or more, one row or more."""
    values = [f[i] for f in rows if i < len(f) and f[i].strip()
              and any(j < len(f) and f[j].strip() for j in own)]  # fmt: skip
    return bool(values) and sum(map(legal_form, values)) * 2 >= len(values)


def _a_firms_role(text: str, words) -> bool:
    """A header of one word, an exclusion word alone (Latvian "Partneris", read as a spouse's
    "Partner"): a business partner when its values are legal names (a firm is nobody's
    spouse), so the legal-name test decides."""
    return words.means == {"exclude"} and len(words_of(text)) == 1


def _title_given_way(text: str, words) -> bool:
    """A header read as a title that gave way to another column's job title (Slovenian
    "Naziv" beside "Funkcija", as Outlook's "Title" beside "Job Title"): a firm's name when
    its values are legal names ("Kovač d.o.o."), the name's prefix when they are "Dr."."""
    return read_header(text).has("job_title") and not words.has("job_title")


def _of_role(text: str, role: frozenset) -> bool:
    """A header whose exclusion words are all the role's ("Parent" in "Parent Mobile" when
    the person stored is the parent); no role, none."""
    excluded = _exclusion_words(text) - _ROLE_WORDS
    return bool(role and excluded) and excluded <= role


def _exclusion_words(text: str) -> set[str]:
    """The header's words that are, alone or with their neighbours, an exclusion word of
    the vocabulary: "Parent" in "Parent Mobile", both words of Arabic "ولي الأمر" (the
    guardian) and Vietnamese "phụ huynh" (the parent) in "SĐT phụ huynh"."""
    words = words_of(text)
    phrases = vocabulary().phrases
    found = {w for w in words if read_header(w).has("exclude")}
    for size in range(2, vocabulary().longest + 1):
        for k in range(len(words) - size + 1):
            piece = tuple(words[k : k + size])
            if any(e.means == "exclude" for e in phrases.get(piece, ())):
                found.update(piece)
    return found


def _phone_rank(text: str, header_words) -> tuple[int, int]:
    """A phone column's rank, as an email column's; a phone phrase ("Work Phone", "Telefon
    privat", Outlook's "Home Phone") says no rank of its own, so its rank words are read one
    by one: "Work Phone" before "Mobile Phone" before "Home Phone", as "Work Email" before
    "Email" before "Home Email". The first of a numbered series ("Teléfono 1") is as plain
    as an unnumbered phone ("Celular") beside it: the file's order tells them apart."""
    kind, number = _rank(header_words)
    number = 0 if number == 1 else number
    if kind == 1:
        ranks = {read_header(w).means & RANK_MEANINGS for w in words_of(text)} - {frozenset()}
        if ranks == {frozenset({"primary"})}:
            kind = 0
        elif ranks == {frozenset({"secondary"})}:
            kind = 2
    return kind, number


# "Number" beside a rank word: Housecall Pro's "Work Number", "Home Number" beside "Mobile
# Number" (alone it is no phone word: a student's, an order's number).
_NUMBER_WORDS = frozenset({"number", "numbers"})


def _ranked_number(text: str) -> bool:
    """A header of rank words alone ("Work", "Home"), or rank words and "Number"."""
    said = words_of(text)
    ranked = [w for w in said if w not in _NUMBER_WORDS]
    return bool(ranked) and all(_rank_word(w) for w in ranked)


def _rank_word(word: str) -> bool:
    means = read_header(word).means
    return bool(means) and means <= RANK_MEANINGS


def _whole_phrase(text: str, meaning: str) -> bool:
    key = tuple(w for w in words_of(text) if not (w.isdigit() and len(w) < 4))
    return any(e.means == meaning for e in vocabulary().phrases.get(key, ()))


def _beside_company(text: str) -> frozenset | None:
    """What a header's other words say, less its (longest) company phrase; None without one."""
    words = [w for w in words_of(text) if not (w.isdigit() and len(w) < 4)]
    phrases = vocabulary().phrases
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = tuple(words[start : start + size])
            if any(e.means == "company" for e in phrases.get(phrase, ())):
                rest = words[:start] + words[start + size :]
                return read_header(" ".join(rest)).means if rest else frozenset()
    return None


def _anothers_company(text: str) -> bool:
    """A company header whose other words, less its company phrase, are an exclusion word of
    no company meaning: another person's role ("Supervisory Organization": the supervisor's
    unit, a department, not the employer). "Account Name" is one company phrase."""
    said = _beside_company(text)
    return said is not None and "exclude" in said and not said & {"company", "job_title", "phone"}


def _staff_addresses(header, words, rows) -> list[int]:
    """Email columns excluded by a company word alone ("Company Email", "Email công ty")
    whose sampled addresses are a staff directory's: two or more, each on one row, one
    domain for 80% of them (an employer's: MISA AMIS's employees). A firm's own address in a
    contact list ("Company Email": info@ of each firm) has a domain per firm, or repeats."""
    found = []
    for i, w in enumerate(words):
        if not (w.has("email") and w.has("exclude") and w.has("company")):
            continue
        rest = _beside_company(header[i])
        if rest is None or "exclude" in rest or "email" not in rest:
            continue
        if _one_employers(rows, i):
            found.append(i)
    return found


def _work_addresses(header, words) -> list[int]:
    """Email columns excluded by a company word alone in an address book of blocks: the
    company word and a home or other word each qualify the same two fields or more
    (宛名職人's "会社電話", "会社E-mail" beside "自宅電話", "自宅E-mail"). The company's block
    is the person's work address there, not a firm's ("Company Email" beside "Personal
    Email" alone is the firm's info@ in a contact list)."""
    company = {
        r: i for i, h in enumerate(header) if (r := _less(h, {"company"})) != _less(h, frozenset())
    }
    home = {r for h in header if (r := _less(h, RANK_MEANINGS)) != _less(h, frozenset())}
    if len((set(company) & home) - {()}) < 2:
        return []
    return [
        i
        for rest, i in company.items()
        if rest in home and words[i].has("email") and words[i].has("exclude")
        and (said := _beside_company(header[i])) is not None
        and "exclude" not in said and "email" in said
    ]  # fmt: skip


def _less(text: str, meanings) -> tuple[str, ...]:
    """A header's words less those of the given meanings (in unspaced scripts, less the
    pieces: "会社電話" less company is "電話")."""
    v = vocabulary()
    out = []
    for word in words_of(text):
        if any(map(unspaced_letter, word)):
            for piece in v.pieces:
                if piece in word and any(e.means in meanings for e in v.unspaced[piece]):
                    word = word.replace(piece, "")
        elif read_header(word).means & meanings:
            word = ""
        if word:
            out.append(word)
    return tuple(out)


def _one_employers(rows, i: int) -> bool:
    """The column's sampled addresses are a staff directory's: two or more, each on one
    row, one domain for 80% of them."""
    cells = [f[i].strip() for f in rows if i < len(f) and f[i].strip()]
    addresses = [c.casefold() for c in cells if "@" in c and is_address(c)]
    domains = Counter(a.rsplit("@", 1)[1] for a in addresses)
    return (
        len(addresses) >= 2
        and len(set(addresses)) == len(addresses)
        and domains.most_common(1)[0][1] >= 0.8 * len(addresses)
    )


def _names_in_addresses(email: tuple[int, ...], rows, why: dict) -> tuple[int, ...]:
    """No name column: the first email column, when most of its sampled values carry a
    display name ("Ann Lee <ann@example.org>": a list pasted from a To: line, Mailman's
    members), is the name's too; the name is the display name (table.py)."""
    first = email[0]
    if _share(rows, first, lambda value: bool(display_name(value))) < 0.5:
        return ()
    why[first] = f"{why.get(first, '')}; the name too: its addresses' display names".lstrip("; ")
    return (first,)


def _account_names(header, words, rows, evidence, full, email, why) -> list[int]:
    """Beside a whole-name column (a contact person's), a company column whose header names
    a customer's or an account's name (a name word with the company word: Hebrew "שם חשבון",
    Arabic "اسم الحساب", Thai "ชื่อบริษัท / ชื่อบุคคล", "Customer Name") holding both kinds
    of value: companies' legal names on some sampled rows and, on every sampled row where
    the whole-name columns are empty, no legal name (a private client's own name). It is
    the name of those rows, as a plain name column is (Fortnox's "Namn"), and the company
    of the others (guess_known: a fallback column)."""
    found = []
    for i, w in enumerate(words):
        if i in full or i in email or not w.has("company") or not _names_it(header[i]):
            continue
        values = [f[i].strip() for f in rows if i < len(f) and f[i].strip()]
        alone = [
            f[i].strip()
            for f in rows
            if i < len(f) and f[i].strip() and all(j >= len(f) or not f[j].strip() for j in full)
        ]
        if (
            alone
            and any(map(legal_form, values))
            and not any(map(legal_form, alone))
            and all(len(v.split()) >= 2 and not any(c.isdigit() for c in v) for v in alone)
            and evidence[i].address_share == 0
        ):
            found.append(i)
            why[i] = "a customer's name (a firm's or a private client's): the name of the rows"
            why[i] += " without a contact person"
    return found


def _names_it(text: str) -> bool:
    """A header holding a name word of its own ("שם" in "שם חשבון", "ชื่อ" in "ชื่อบริษัท")."""
    v = vocabulary()
    keys = words_of(text)
    if any(e.means == "name" for k in keys for e in v.phrases.get((k,), ())):
        return True
    joined = "".join(keys)
    return any(piece in joined for piece, entries in v.unspaced.items()
               if any(e.means == "name" for e in entries))  # fmt: skip


def _own_name_share(rows, column: int, names: list[int], parts=()) -> float:
    """The share of the column's filled sampled values made only of the words of the same
    row's name columns ("Ольга Петрова" beside "Ольга" and "Петрова"). A company's legal
    name is never a person's: "Sunrise Bakery Pvt Ltd" under both "Display Name" and
    "Company Name" is the company. On a row whose name parts are filled, the parts are the
    person's name: a whole-name column holding the company's value there (Jobber's and
    Housecall Pro's "Display Name", "Green Acres HOA" beside Linda + Park) is the firm's."""
    filled = own = 0
    for fields in rows:
        if column >= len(fields) or not fields[column].strip():
            continue
        filled += 1
        given = [i for i in parts if i < len(fields) and fields[i].strip()]
        name = {w for i in given or names if i < len(fields) for w in fields[i].casefold().split()}
        words = set(fields[column].casefold().split())
        own += bool(name) and words <= name and not legal_form(fields[column])
    return own / filled if filled else 0.0


def _thing_title(text: str, header_words) -> bool:
    """A bare "Title" (a word with another meaning by country) beside a word the vocabulary
    does not know: "Item Title" is the item's title, not a job title."""
    return ("job_title", "exclude") in header_words.doubtful and _qualified(text)


def _qualified(text: str) -> bool:
    """A header with a word the vocabulary does not know ("Default Address Phone")."""
    known = _vocabulary_words()
    return any(w not in known for w in words_of(text) if not w.isdigit())


@cache
def _vocabulary_words() -> frozenset:
    return frozenset(word for phrase in vocabulary().phrases for word in phrase)


def _phone_number(value: str) -> bool:
    return _phone_like(value) and all(c.isdigit() or c in " +-()./" for c in value.strip())


def _international(value: str) -> bool:
    return value.lstrip().startswith("+")


def _phone_like(value: str) -> bool:
    return sum(c.isdigit() for c in value) >= PHONE_DIGITS


def _lettered(value: str) -> bool:
    return any(c.isalpha() for c in value)


# Companies' legal forms (casefolded, without dots, slashes and spaces), as written after
# a company's name ("Acme Iberia S.L.", "Acme A/S") or before it ("ООО Ромашка").
_FORMS = (
    "gmbh mbh ag kg ohg ug ek ltd ltda llc llp plc inc corp co pty sa sas sarl sl slu srl spa "
    "bv nv ab as asa aps oy oyj oü ou uab sia doo sro kft zrt bt spzoo aş sc lda eirl bhd tbk "
    "cv sderl snc eireli şti ltdşti fie sp "  # "S.A. de C.V.", "S. de R.L.", "S.n.c.", "Ltd. Şti.",
    # Estonian "FIE" and Slovenian "s.p." (a sole trader's firm, under the trader's own name)
    'kk ооо оао зао пао ао тов ад еоод оод тоо בע"מ בע״מ '
    "ehf hf slf"  # Icelandic: einkahlutafélag, hlutafélag, samlagsfélag ("Fiskbúðin ehf.")
    " ky tmi"  # Finnish: kommandiittiyhtiö, toiminimi (a sole trader's firm: "Järvinen Tmi")
)
LEGAL_FORMS = frozenset(_FORMS.split())
# Two-letter forms a register writes with a capital and a small letter, and no name ends
# with: Finnish "Oy" and "Ky" ("Mäkelän Puutarha Oy"); not "Sa" ("Ana Sa" is a name).
WRITTEN_CAPITALIZED = frozenset({"oy", "ky"})
# Forms that are given names too unless written in capitals or with dots: "FIE" (Estonian),
# not Fie Lund (a Danish name).
WRITTEN_UPPER = frozenset({"fie"})
# Forms written as words inside the name: Japanese, Chinese, Korean; Vietnamese "Công ty"
# (company: "Công ty TNHH Minh Phát", a limited liability one; "Công ty Cổ phần", a joint
# stock one, Law on Enterprises 2020), Thai "บริษัท … จำกัด" (company … limited), Arabic
# "شركة …" (company) and "مؤسسة …" (an establishment, a sole trader's firm in the Gulf),
# Persian "شرکت …".
LEGAL_SCRIPTS = (
    "株式会社", "有限会社", "合同会社", "有限公司", "주식회사", "(주)", "Công ty ", "บริษัท ",
    "شركة ", "مؤسسة ", "شرکت ",
)  # fmt: skip


def legal_form(value: str) -> bool:
    """A company's legal name: more than one word, the first or the last (up to three) a
    legal form. A form of two letters (or one that is a given name too, "FIE") counts
    written as one (capitals, a dot or a slash: "AB", "S.A.", "A/S", "Co.", or Finnish "Oy"
    and "Ky" as the register writes them), not as a name ("Ana Sa", "Fie Lund")."""
    if any(form in value for form in LEGAL_SCRIPTS):
        return True
    tokens = value.split()
    if len(tokens) < 2 or _street_address(tokens, value):
        return False
    pieces = [tokens[:1]] + [tokens[-k:] for k in (1, 2, 3) if k < len(tokens)]
    for piece in pieces:
        raw = "".join(piece).strip("(),")
        key = raw.replace(".", "").replace("/", "").casefold()
        short = len(key) <= 2 or key in WRITTEN_UPPER
        capitalized = key in WRITTEN_CAPITALIZED and raw == raw.capitalize()
        if key in LEGAL_FORMS and (
            not short or raw.isupper() or "." in raw or "/" in raw or capitalized
        ):
            return True
    return False


def _street_address(tokens: list[str], value: str) -> bool:
    """A postal address written on one line, a house number first and a comma after the
    street ("12 Elm St, Denver CO"): its last token is a state (Colorado's CO, Kentucky's
    KY, Nevada's NV), not a legal form. A firm named by a number ("84 Lumber Co.") has no
    comma after it."""
    return tokens[0].rstrip(",").isdigit() and "," in value.split(maxsplit=1)[1]


# Honorifics as written without their dot ("Mrs", "Dr": British usage, ChurchSuite's Title).
_HONORIFICS = (
    "mr mrs ms miss mx dr prof rev sir dame herr frau hr fru m mme mlle sr sra srta dott ing"
)
HONORIFICS = frozenset(_HONORIFICS.split())


def _prefix(value: str) -> bool:
    """A name's prefix as written before it: "Dr.", "Mrs.", "Prof." (a job title has no
    dot), or a common honorific without one ("Mrs", "Dr"); or academic degrees written
    together, each of them one ("Dipl.-Ing.", "Prof. Dr.", "Dr. med.": Germany's and
    Austria's "Titel")."""
    pieces = re.split(r"[\s-]+", value.strip())
    return bool(value.strip()) and all(_one_prefix(piece) for piece in pieces)


def _one_prefix(piece: str) -> bool:
    if piece.rstrip(".").casefold() in HONORIFICS:
        return True
    return 2 <= len(piece) <= 6 and piece.endswith(".") and piece[:-1].isalpha()


def _share(rows, column: int, test) -> float:
    """The share of the column's filled sampled values that pass `test`."""
    filled = passed = 0
    for fields in rows:
        if column < len(fields) and fields[column].strip():
            filled += 1
            passed += test(fields[column])
    return passed / filled if filled else 0.0


def _saved(header, rows, saved: dict, path: str) -> Mapping:
    """The columns of a saved mapping (saved_mapping.py), by their header names."""
    email = chosen(header, saved["email"], path)
    full = chosen(header, saved.get("full_name") or (), path)
    parts = chosen(header, saved.get("name_parts") or (), path)
    family = saved.get("family_name")
    known = [chosen(header, saved.get(role) or (), path)
             for role in ("phone", "company", "job_title")]  # fmt: skip
    used = (*email, *full, *parts, *known[0], *known[1], *known[2])
    why = dict.fromkeys(used, f"saved mapping {saved.get('path', '')}")
    return Mapping(
        list(header), email, full, parts,
        chosen(header, [family], path)[0] if family else None,
        saved.get("name_order") == "family first", why, (),
        {i: sample_values(rows, i) for i in used}, "saved mapping",
        phone=known[0], company=known[1], job_title=known[2],
    )  # fmt: skip


def chosen(header, wanted, path) -> tuple[int, ...]:
    """The user's columns: by header name (normalised), or by position ("3") without a header."""
    keys = [header_key(h) for h in header]
    found = []
    for column in wanted:
        key = header_key(str(column))
        if key in keys:
            found.append(keys.index(key))
        elif str(column).strip().isdecimal() and 1 <= int(column) <= len(header):
            found.append(int(column) - 1)
        else:
            raise InputError(f"{path}: no column {column!r} (columns found: {listing(header)})")
    return tuple(found)


def settle(words: list) -> list:
    """Two-country words (vocabulary.py's "or"): Portuguese "Apelido" is the family name
    unless another column says family ("Sobrenome", Brazil), then it is a nickname. And
    name-part words whose part differs by language (below)."""
    # What the header says as a whole, once (a header of 16,384 columns is settled in
    # one pass): the parts some column says without a middle name, and the languages of
    # the name words of the columns that are not torn between given and family.
    alone = {p for v in words for p in ("given", "family") if v.has(p) and not v.has("middle")}
    around = frozenset().union(*(v.languages for v in words if not _torn(v)))
    settled = []
    for i, w in enumerate(words):
        for meaning, otherwise in w.doubtful:
            if any(j != i and v.has(meaning) and not v.doubtful for j, v in enumerate(words)):
                w = replace(w, means=w.means - {meaning} | {otherwise}, doubtful=frozenset())
        # A word that is the middle name in one language and the family (or given) name in
        # another ("Презиме": Bulgarian middle, Serbian family) is the middle name when
        # another column says that part alone ("Фамилия"); else the other part, as before.
        if w.has("middle") and not _torn(w):
            w = replace(w, means=w.means - alone)
        settled.append(_by_the_headers_language(w, around))
    return settled


def _torn(w) -> bool:
    return w.has("given") and w.has("family")


def _by_the_headers_language(w, around: frozenset):
    """A word that is the given name in one language and the family name in another
    ("名字": Chinese given, Japanese family) is the part of the language the other columns'
    name words are in ("名前" beside it: Japanese). `around`: the languages of the header's
    name words, less those of columns as torn as this one (so never its own)."""
    if not _torn(w):
        return w
    given = {language for language, part in w.parts if part == "given"}
    family = {language for language, part in w.parts if part == "family"}
    if given & family:
        return w  # one language says both: a whole name ("Vor- und Nachname")
    if family & around and not given & around:
        return replace(w, means=w.means - {"given"})
    if given & around and not family & around:
        return replace(w, means=w.means - {"family"})
    return w


def _guess_email(
    header, words, evidence: list[ColumnEvidence], why: dict, notes: list, rows=()
) -> tuple[int, ...]:
    # A staff directory's company addresses are the person's work address, ranked first.
    staff = _staff_addresses(header, words, rows)
    blocks = _work_addresses(header, words)
    staff += [i for i in blocks if i not in staff]
    # "E-Mail-Anzeigename" (email + display name) is about the address, not one.
    said = [
        i
        for i, w in enumerate(words)
        if (w.has("email") and not w.has("exclude") and not w.means & NAME_WORDS) or i in staff
    ]

    def rank(i: int) -> tuple[int, int]:  # a staff column is a work address: primary
        return (0, 0) if i in staff else _rank(words[i])

    # A column named email whose values hold no address ("E-mail 1 - Label", "E-mail
    # Type", "Accepts Email Marketing") is no email column when another holds addresses;
    # one whose few values try to be addresses (an @) stays, after those that hold some.
    holding = [i for i in said if evidence[i].addresses or not evidence[i].filled]
    if holding:
        ranked = sorted(holding, key=lambda i: (rank(i), i))
        ranked += [
            i
            for i in said
            if i not in holding and evidence[i].ats and evidence[i].filled < NO_ADDRESS
        ]
    else:
        ranked = sorted(said, key=lambda i: (rank(i), i))
    content = [
        i
        for i, e in enumerate(evidence)
        if e.addresses and e.address_share >= 0.5 and not words[i].has("exclude")
    ]
    off = [i for i in content if i not in said and evidence[i].address_share >= 0.8]
    if (
        off
        and said
        and not holding
        and all(_names_by_values(rows, evidence, i) for i in said)  # as _guess_name's
    ):
        # Every column named email holds names, a different one on each row, and another
        # holds addresses on most rows whatever its header says: the headers are a cell
        # off or swapped ("Email,Name" over "Ann Lee,ann@x.org"). The values decide; the
        # column named email is the name's, by its values (_guess_name's rule for names
        # under no name word).
        for i in off:
            why[i] = "values are addresses; the column named email holds none"
        notes.extend(f"{header[i]!r} is named email but holds no address" for i in said)
        return _own(sorted(off, key=lambda i: (-evidence[i].address_share, i)), header,
                    evidence, why, notes)  # fmt: skip
    if ranked:
        for i in ranked:
            why[i] = "header says email" + (f" (rank {rank(i)})" if len(ranked) > 1 else "")
            if i in blocks:
                why[i] += "; a company's beside a home one: the work address"
            elif i in staff:
                why[i] += "; a company's, one domain and one address a row: the work address"
        # A column of addresses is a candidate whatever its header ("Elektronik Posta 2
        # Adres"): after the ones the header names, as a per-row fallback.
        # One under a name word too (GitHub's `saml_name_id`) when it holds the row's own
        # address where both are filled: the person's, never another's; and another column
        # names the name ("name,email" over "a@x.com,a@x.com" keeps its name column).
        more = [
            i
            for i in content
            if i not in ranked
            and (
                not words[i].means & NAME_WORDS
                or (
                    _echoes_the_address(rows, i, ranked)
                    and any(w.means & NAME_WORDS for j, w in enumerate(words) if j != i)
                )
            )
        ]
        for i in more:
            why[i] = "values are addresses (a fallback after the columns named email)"
        # Every named column a personal one ("個人メールアドレス", "Private Email") beside a
        # column of one employer's addresses under no email word (a directory's sign-in
        # ID): that column is the work address, first.
        work = [i for i in more if _one_employers(rows, i)]
        if work and all(rank(i)[0] == 2 for i in ranked):
            for i in work:
                why[i] = "one employer's addresses beside personal ones: the work address"
            more = work + [i for i in more if i not in work]
            return _own(more + ranked, header, evidence, why, notes)
        return _own(ranked + more, header, evidence, why, notes)
    if content:
        ranked = sorted(content, key=lambda i: (-evidence[i].address_share, i))
        for i in ranked:
            why[i] = "values are addresses (header not an email word)"
        return _own(ranked, header, evidence, why, notes)
    excluded = [i for i, w in enumerate(words) if w.has("email") and evidence[i].addresses]
    for i in excluded:
        why[i] = "header says email, with an exclusion word: the only addresses there are"
    # A sign-in column of the person's own addresses ("User principal name" in Microsoft
    # 365's user export, which has no mail column): addresses on most rows, each its own
    # (one repeated on many rows is someone else's, an organizer's).
    signin = [i for i, e in enumerate(evidence) if i not in excluded and e.addresses
              and e.address_share >= 0.5 and not e.shared]  # fmt: skip
    for i in signin:
        why[i] = "values are addresses, one per row (its header's word is no email word)"
    return tuple(excluded or signin or said)


def _echoes_the_address(rows, i: int, email: list[int]) -> bool:
    """On the rows where column i and an email column are both filled, one row or more,
    column i holds the first filled email column's address on more than half of them."""
    same = both = 0
    for fields in rows:
        mine = fields[i].strip().casefold() if i < len(fields) else ""
        theirs = next((fields[j].strip().casefold() for j in email
                       if j < len(fields) and fields[j].strip()), "")  # fmt: skip
        if mine and theirs:
            both += 1
            same += mine == theirs
    return both > 0 and same * 2 > both


def _own(columns: list[int], header, evidence, why: dict, notes: list) -> tuple[int, ...]:
    """The email columns less those holding one address on many rows while another holds
    each row's own: a supervisor's, inviter's or office address under a header in no
    vocabulary ("E-mail przełożonego") is no person's fallback address."""
    shared = [i for i in columns if evidence[i].shared]
    if not shared or len(shared) == len(columns):
        return tuple(columns)
    for i in shared:
        why.pop(i, None)
        e = evidence[i]
        notes.append(
            f"{header[i]!r} is not the people's email: {e.repeats} of its {e.ats} sampled "
            "values repeat an address above them (someone else's, as a manager's)"
        )
    return tuple(i for i in columns if i not in shared)


def _not_others_own(header, email: tuple[int, ...], rows, why: dict, notes: list):
    """Less the later email columns whose sampled addresses are, on half their rows or more,
    the first column's address on another row: another person of the file's own address
    (Wild Apricot's "Member bundle ID or email" holds the bundle administrator's on each
    member's row), never the row's person's other address."""
    first = email[0]
    owners: dict[str, set[int]] = {}
    for r, fields in enumerate(rows):
        if first < len(fields) and is_address(fields[first]):
            owners.setdefault(fields[first].strip().casefold(), set()).add(r)
    dropped = []
    for i in email[1:]:
        held = others = 0
        for r, fields in enumerate(rows):
            if i >= len(fields) or not is_address(fields[i]):
                continue
            held += 1
            others += bool(owners.get(fields[i].strip().casefold(), set()) - {r})
        if held and others * 2 >= held:
            dropped.append(i)
            why.pop(i, None)
            notes.append(
                f"{header[i]!r} is not the people's email: {others} of its {held} sampled "
                f"addresses are {header[first]!r} on another row (another person's own)"
            )
    return tuple(i for i in email if i not in dropped)


def _partner_name(header, email: tuple[int, ...], why: dict, rows=()):
    """When the only addresses are under another role's header ("Parent Email", "Buyer
    Email"), the name is that role's ("Parent Name"), not the row's other person's. So too
    when every email column names one role in no vocabulary ("Email payeur") and name
    columns name it alone ("Nom payeur", "Prénom payeur"): the address is that role's."""
    said = [read_header(header[i]) for i in email]
    if not said:
        return None
    if all(w.has("exclude") for w in said):
        role: set[str] | frozenset[str] = set(words_of(header[email[0]])) - _ROLE_WORDS
        names = [
            j
            for j, h in enumerate(header)
            if j not in email
            and read_header(h).has("exclude")
            and _kind(read_header(h)) is not None
            and any(_same_role_word(r, w) for r in role for w in words_of(h))
        ]
        names = names or _role_column(header, email, role, rows)
    else:
        roles = {_qualifier(header[i]) for i in email}
        role = next(iter(roles))
        if len(roles) > 1 or not role:
            return None
        names = [
            j
            for j, h in enumerate(header)
            if j not in email and _qualifier(h) == role and _kind(read_header(h)) is not None
        ]
        # "Email покупця" (the buyer's, the genitive) beside "Покупець" alone over names.
        names = names or _role_column(header, email, role, rows)
    if not names:
        return None
    kinds = {j: _kind(read_header(header[j])) or "full" for j in names}
    part = {k: next((j for j in names if kinds[j] == k), None) for k in ("given", "family")}
    plain = [j for j in names if kinds[j] == "name"]
    if _the_other_part(rows, plain, part["given"], part["family"]):
        part["family"] = plain[0]  # "Nom payeur" beside "Prénom payeur"
    elif _the_other_part(rows, plain, part["family"], part["given"]):
        part["given"] = plain[0]  # "Имя участника" beside "Фамилия участника"
    parts = tuple(j for j in part.values() if j is not None)
    full = tuple(j for j in names if kinds[j] in ("full", "name", "display") and j not in parts)
    for j in (*full, *parts):
        why[j] = "the name beside the only addresses, of the same role"
    return full, parts, part["family"]


_ROLE_WORDS = frozenset({"email", "e", "mail", "address", "name", "first", "last", "full"})
_SYLLABIC = re.compile("[\uac00-\ud7af\u3400-\u9fff\uf900-\ufaff]+")  # Hangul, Han


def _role_column(header, email: tuple[int, ...], role, rows) -> list[int]:
    """The one column that is the role alone, no name word, over names ("Rodzic/opiekun
    prawny" beside "E-mail rodzica", the parent's address in the genitive; "Покупець"
    beside "Email покупця", the buyer's): the role's name (the role's words compared as
    _same_role_word does, or as one word in another case, _one_stem)."""

    found = [
        j
        for j, h in enumerate(header)
        if j not in email
        and read_header(h).means == {"exclude"}
        and any(_same_role_word(r, w) or _one_stem(r, w) for r in role for w in words_of(h))
        and _share(rows, j, looks_like_name) >= 0.8
    ]
    return found if len(found) == 1 else []


def _same_role_word(a: str, b: str) -> bool:
    """Two header words naming one role: the same word, or two exclusion words of the
    vocabulary of which one is the other with an ending or a prefix added, the shorter of
    four letters or more (Polish "rodzic" and its genitive "rodzica"; Hebrew "הורה" and
    "ההורה", the parent with the article). Both listed, so no ending is guessed. A
    Hangul or Han syllable is a word's worth of letters: two of them are enough (Korean
    "담당자" in "담당자명", the person in charge's name, written as one word)."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return (
        len(short) >= (2 if _SYLLABIC.fullmatch(short) else 4)
        and (long.startswith(short) or long.endswith(short))
        and read_header(a).has("exclude")
        and read_header(b).has("exclude")
    )


def _same_role_first(header, email: tuple[int, ...], names, why: dict) -> tuple[int, ...]:
    """The email column of the name's own role first, the plain ones out: pretix's "Attendee
    email", not the order's plain "Email" (the buyer's), when the name is "Attendee name"."""
    role = _names_person(header, names)
    same = [i for i in email if role and _same_person(_person_words(header[i]), role)]
    if not same:
        return email
    for i in same:
        why[i] = f"{why.get(i, '')}; first: the name's own role ({', '.join(sorted(role))})"
    # A plain address (no person word) beside the name's own role's is the row's other
    # party's: the firm's "Email" beside "Email контактного лица", the order's (the buyer's)
    # beside pretix's "Attendee email"; neither a fallback nor another address of theirs.
    others = [i for i in email if i not in same and _person_words(header[i])]
    return (*same, *others)


def _address_owners_first(header, full: tuple[int, ...], email: int, why) -> tuple[int, ...]:
    """Of several whole-name columns, those sharing a person word with the address stored
    first: ClickUp's "Client Name (short text)" beside "Client Email (email)", before the
    task's "Task Name"; the others stay fallbacks, in their order."""
    person = _person_words(header[email])
    own = [i for i in full if person & _person_words(header[i])]
    if not own or own[0] == full[0]:
        return full
    why[own[0]] = f"{why.get(own[0], '')}; first: the address's own ({header[email]!r})"
    return (*own, *(i for i in full if i not in own))


def _person_words(text: str) -> frozenset:
    """A header's words less the plain role words and the words that alone say a phone:
    "contact" in "Contact_name", in "Contact_email" (which _qualifier drops, "Contact Name"
    being a vocabulary phrase) and in "Contact Phone"."""
    return frozenset(
        w
        for w in words_of(text)
        if not w.isdigit() and w not in _ROLE_WORDS and not read_header(w).has("phone")
    )


def _names_person(header, names) -> frozenset:
    """The person words every name column shares ("contact" of "Contact First Name" and
    "Contact Last Name"); none without a name column."""
    roles = [_person_words(header[i]) for i in names]
    return frozenset.intersection(*roles) if roles else frozenset()


def _same_person(a: frozenset, b: frozenset) -> bool:
    """Two headers' person words naming one person: word for word the same, or the same
    word declined ("Контактное лицо", the contact person, and "Email контактного лица",
    the contact person's address: "лицо" and "лица"; Finnish "Yhteyshenkilö" and its
    genitive "Yhteyshenkilön")."""
    return len(a) == len(b) and all(any(_one_stem(x, y) for y in b) for x in a)


def _one_stem(a: str, b: str) -> bool:
    """One word and its other case: the same letters but for the last two of the shorter,
    three at least ("лицо" and "лица", "osoba" and "osoby")."""
    if a == b:
        return True
    shared = len(os.path.commonprefix([a, b]))
    return shared >= max(3, min(len(a), len(b)) - 2) and abs(len(a) - len(b)) <= 2


def _paired_elsewhere(
    header, email, name: set, why: dict, notes: list, anothers: set | None = None
) -> tuple[int, ...]:
    """Less the email columns of another person named in a column of their own: "Teacher
    Email" beside "Teacher", "Spouse Email" beside "Spouse Name", "Registered By Email"
    beside "Registered By", when those are not the name stored and another email column is
    left. The person words of an inline group's address go to `anothers`: that person's
    phone is theirs too ("Contact 1 Mobile" beside "Contact 1 Email")."""
    qualifier = [_qualifier(h) for h in header]
    others = [i for i, h in enumerate(header) if i not in email and i not in name]
    # Another person's group written inline ("Contact 1 Email Address 1" beside "Contact 1
    # First Name", TeamSnap's parents; iSAMS' "Contact 1 Forename"): its qualifier is a role
    # word itself ("Contact"), so the words less the plain role words and the name-part
    # words ("Forename", "Surname") are compared, with the other person's name parts.
    person = [_person_words(h) for h in header]
    namers = [j for j in others if read_header(header[j]).means & NAME_WORDS]
    inline = [
        i for i in email if person[i] and any(person[i] == _less_parts(person[j]) for j in namers)
    ]
    paired = [
        i
        for i in email
        if (qualifier[i] and any(qualifier[i] == qualifier[j] for j in others)) or i in inline
    ]
    if not paired or len(paired) == len(email):
        return email
    if anothers is not None:
        anothers.update(person[i] for i in inline)
    for i in paired:
        why.pop(i, None)
        notes.append(f"{header[i]!r} is the address of another person's column, not the name's")
    return tuple(i for i in email if i not in paired)


def _less_parts(words: frozenset) -> frozenset:
    """Person words less those that alone name a part of a name ("forename", "surname")."""
    return frozenset(w for w in words if not read_header(w).means & PARTS_OF_NAME)


def _ranked_persons(header, email, name: set, rows, evidence, why, notes) -> tuple[int, ...]:
    """Less the email columns qualified by rank words alone ("Secondary E-mail") that a
    column of names, not the name stored, carries with a word more ("Secondary Contact" over
    Rita Okafor: GoldMine's second contact person): that person's address, not the
    person's second one."""
    persons = [
        _person_words(header[j])
        for j in range(len(header))
        if j not in email and j not in name and _names_by_values(rows, evidence, j)
    ]
    theirs = []
    for i in email[1:]:
        ranks = _person_words(header[i])
        if ranks and all(_rank_word(w) for w in ranks) and any(ranks < p for p in persons):
            theirs.append(i)
    for i in theirs:
        why.pop(i, None)
        notes.append(f"{header[i]!r} is the address of another person's name column")
    return tuple(i for i in email if i not in theirs)


def _another_pair(header, full: tuple[int, ...], email: tuple[int, ...], why, notes):
    """Beside the row's own whole name and address (unqualified: "name", "email"), a whole
    name and an address under one qualifier of their own (GnuCash's "shipname" and
    "shipemail", the ship-to addressee; "Partner Name" and "Partner Email") are another
    person's: neither the name's nor the address's fallback, nor another address."""
    own = _pair_qualifier(header[full[0]])
    if _pair_qualifier(header[email[0]]) != own:
        return full, email
    names = [
        j for j, h in enumerate(header) if j != full[0] and _kind(read_header(h)) in WHOLE_KINDS
    ]
    for j in names:
        theirs = _pair_qualifier(header[j])
        pair = [
            i
            for i in email[1:]
            # two columns: one holding addresses under a name word is no pair by itself
            if i != j and theirs and theirs != own and _pair_qualifier(header[i]) == theirs
        ]
        if pair:
            for i in (j, *pair):
                why.pop(i, None)
            notes.append(
                f"{header[j]!r} and {header[pair[0]]!r} are another person's name and address"
            )
            full = tuple(i for i in full if i != j)
            email = tuple(i for i in email if i not in pair)
    return full, email


def _pair_qualifier(text: str) -> frozenset:
    """A header's qualifier (_qualifier), a compound's head too: "ship" of "shipname" and
    of "shipemail" (a role word of four letters or more ending a word of three more)."""
    out = set()
    for w in _qualifier(text):
        tail = next((r for r in ("email", "mail", "name") if w.endswith(r)), "")
        out.add(w[: -len(tail)] if tail and len(w) - len(tail) >= 3 else w)
    return frozenset(out)


def _qualifier(text: str) -> frozenset:
    """A header's words that are no role, rank or number word: "Teacher" in "Teacher Email"."""
    return frozenset(w for w in words_of(text) if not w.isdigit() and w not in _role_words())


@cache
def _role_words() -> frozenset:
    """Every word of a vocabulary phrase meaning email, a name, a part or a rank."""
    roles = {"email", "name", "full", "display", "given", "middle", "family", "primary",
             "secondary"}  # fmt: skip
    return frozenset(
        word
        for phrase, entries in vocabulary().phrases.items()
        if any(e.means in roles for e in entries)
        for word in phrase
    )


def _rank(words) -> tuple[int, int]:
    kind = 2 if words.has("secondary") else 0 if words.has("primary") else 1
    return (kind, words.number or 0)


def _names_by_values(rows, evidence, i: int) -> bool:
    """Column i holds names by its values alone: name-like on 80% of them, never a country's
    ("Germany", "Deutschland"), a different one from row to row (one value on most rows,
    "Active", is a status), and filled on half the sampled rows at least (a "Notes" column
    holding "vip" on one row is no list's names; the addresses' display names may be:
    _names_in_addresses)."""
    return (
        evidence[i].name_share >= 0.8
        and not holds_countries(rows, i)
        and _distinct(rows, i)
        and evidence[i].filled * 2 >= len(rows)
    )


def _guess_name(header, words, rows, evidence, email: set, why: dict, notes: list):
    slots: dict[str, list[int]] = {k: [] for k in ("full", "name", "display", "given", "middle",
                                                   "family")}  # fmt: skip
    addresses: list[int] = []
    numbers: list[int] = []  # a name word over values that are no names: the last resort
    for i, w in enumerate(words):
        if i in email or w.has("email") or w.has("exclude"):
            continue
        if evidence[i].filled and evidence[i].address_share > 0.5:
            # Addresses, whatever the header says: a name column only if no other is.
            notes.append(f"{header[i]!r} holds addresses on most sampled rows: not a name")
            addresses.append(i)
            continue
        kind = _kind(w)
        if kind is not None and evidence[i].filled and evidence[i].ats / evidence[i].filled > 0.5:
            # "Ann Lee (ann@example.com)": an address's display name (Outlook writes one per
            # address, under a header in the user's language), not the person's name.
            notes.append(f"{header[i]!r} holds an address in most values: not the name")
            addresses.append(i)
        elif kind is not None and _no_names(rows, i, evidence[i], kind in WHOLE_KINDS):
            # "Given" over amounts (Ko-fi's "Received, Given"): the word, not a name.
            notes.append(f"{header[i]!r} holds no name in the sample (numbers, codes): not a name")
            numbers.append(i)
        elif kind is not None:
            slots[kind].append(i)
    if not any(slots.values()):
        for i in addresses:  # the only name columns there are: an address in them is no name
            kind = _kind(words[i])
            if kind is not None:
                slots[kind].append(i)
    given, middle, family = (
        _first_filled(slots[k], evidence) for k in ("given", "middle", "family")
    )
    pair = _pair_the_addresses_carry(rows, header, slots, (given, family), email)
    if pair != (given, family):
        notes.append(
            f"{header[pair[0]]!r} and {header[pair[1]]!r} are the name: the rows' "
            f"addresses carry them where {header[given]!r} and {header[family]!r} differ"
        )
        given, family = pair
    plain = list(slots["name"])
    if _the_other_part(rows, plain, given, family):
        family = plain.pop(0)  # "Name;Vorname", "Nom;Prénom"
        why[family] = "a plain name beside a given name: the family name"
    elif _the_other_part(rows, plain, family, given):
        given = plain.pop(0)  # "Nombre;Apellidos", "Ad;Soyad"
        why[given] = "a plain name beside a family name: the given name"
    elif given is None and family is not None:
        own = _persons_given(header, slots["full"], family, rows)
        if own is not None:  # "Yetkili Adı" beside "Yetkili Soyadı"
            slots["full"].remove(own)
            given = own
            why[given] = "the family name's header with a plain name word: that person's given name"
    parts = tuple(i for i in (given, middle, family) if i is not None)
    if family in slots["family"]:
        # A second surname ("Apellido materno", "Segundo apellido"): both, in file order.
        second = [i for i in slots["family"] if i != family and evidence[i].filled]
        second = [i for i in second if not _same(rows, family, i)]
        # "Plus One Last Name" beside "Plus One First Name": a qualifier that a given-name
        # column other than the person's carries too names another person, not a second
        # surname ("Apellido materno" has no given name of its own).
        theirs = {_qualifier(header[j]) for j in slots["given"] if j != given} - {frozenset()}
        for i in [i for i in second if _qualifier(header[i]) in theirs]:
            notes.append(f"{header[i]!r} is another person's family name, beside their given name")
            second.remove(i)
        for i in [i for i in second if _share_pairs(rows, family, i, _group_of) >= 0.5]:
            # Elvanto's "Family" holding "Walker Family" beside "Last Name" Walker: the
            # household's name (the family name and a word more), not a second surname.
            notes.append(f"{header[i]!r} is not the name: it holds {header[family]!r} and more")
            second.remove(i)
        parts += tuple(second)
        why.update(dict.fromkeys(second, "header says family name (a second one)"))
    whole = [*slots["full"], *plain, *slots["display"]]
    for i in parts:
        why.setdefault(
            i,
            f"header says {'given' if i == given else 'middle' if i == middle else 'family'} name",
        )  # noqa: E501
    kept = []
    for i in whole:
        disagree, compared = _disagreement(rows, i, parts, family)
        if compared and disagree / compared > DISAGREE:
            notes.append(
                f"{header[i]!r} is not the name: it disagrees with "
                f"{' + '.join(header[p] for p in parts)} on {disagree} of {compared} sampled rows"
            )
            continue
        shared, compared = _shared_whole(rows, i, parts)
        if shared * 10 > compared:
            # "Turner Household" on Bill's row and on Grace's: a group's name, not a person's.
            notes.append(
                f"{header[i]!r} is not the name: one value of it stands on rows of different "
                f"{' + '.join(header[p] for p in parts)} ({shared} of {compared} sampled rows)"
            )
            continue
        if _relatives_name(header, rows, i, given, family, email):
            # Squarespace's "Shipping Name" (Jordan Lee) beside Harper + Lee: a qualified
            # whole name holding the family name under another given name is a relative's,
            # a gift's recipient's: another person of the same family.
            notes.append(
                f"{header[i]!r} is not the name: it holds {header[family]!r} with another "
                f"given name than {header[given]!r} (another person of the same family)"
            )
            continue
        kept.append(i)
        kind = (
            "full name"
            if i in slots["full"]
            else "display name"
            if i in slots["display"]
            else "name"
        )
        why[i] = f"header says {kind}"
    logins = [i for i in kept if _logins(rows, i)]
    if logins and len(logins) < len(kept) and any(_two_words(rows, i) for i in kept):
        # Exchange's "Name" (asharma, the alias) before "DisplayName" (Anjali Sharma): a
        # whole-name column of one lower-case word a row, beside one of whole names, holds
        # logins, not how the people are called.
        for i in logins:
            why.pop(i, None)
            notes.append(
                f"{header[i]!r} is not the name: its values are logins (one lower-case word)"
            )
        kept = [i for i in kept if i not in logins]
    if len(kept) > 1:
        # KonfHub's "Ticket Name" (Conference Pass) beside "Name": one value of a whole-name
        # column standing on rows where another whole-name column holds different names is
        # a group's or a thing's (a ticket type, a team), as a household's beside the parts.
        things = [i for i in kept if any(_names_a_group(rows, i, j) for j in kept if j != i)]
        for i in things if len(things) < len(kept) else ():
            notes.append(
                f"{header[i]!r} is not the name: one value of it stands on rows of different "
                "names in another name column (a group's or a thing's)"
            )
        kept = [i for i in kept if i not in things] if len(things) < len(kept) else kept
    if kept and len(kept) + bool(parts) > 1:
        # "Teacher Name" or "enumerator_name" beside "Student Name": the one name on rows of
        # different addresses is another person's (a teacher, an interviewer, an owner).
        others = [i for i in kept if _repeats_over_addresses(rows, i, email)]
        # A column of no value on any sampled row (Exchange's "Name" all null) is no other
        # name: the repeated one is then the only name there is (one person, two addresses).
        named = [i for i in kept if _share(rows, i, bool)]
        if others and (len(others) < len(named) or parts):
            for i in others:
                why.pop(i, None)
                notes.append(
                    f"{header[i]!r} is not the name: one value of it stands on rows of "
                    "different addresses (another person's, as a teacher's)"
                )
            kept = [i for i in kept if i not in others]
    filing = [i for i in kept if _share(rows, i, _filing_form) >= 0.5]
    if filing and (parts or len(filing) < len(kept)):
        # "Brandt, Helga" (CiviCRM's "Sortiername", Active Directory's "name"): the name as
        # filed, family name first. Beside the parts it is dropped (they give the same name
        # in its reading order); beside a display name it comes after it.
        for i in filing:
            notes.append(
                f"{header[i]!r} holds names as filed ('Family, Given'): "
                + ("the parts are the name" if parts else "after the other name columns")
            )
        kept = [i for i in kept if i not in filing] + ([] if parts else filing)
        for i in filing if parts else ():
            why.pop(i, None)
    if len(kept) == 1 and not parts and _repeats_over_addresses(rows, kept[0], email):
        # "Item Name" (the product sold) beside "Buyer Name", an exclusion word:
        # one value on rows of different addresses is no person's name when a role's column
        # holds a different whole name on every row, the person's.
        role_names = _role_whole_names(rows, header, words, evidence, email)
        if role_names:
            notes.append(
                f"{header[kept[0]]!r} is not the name: one value of it stands on rows of "
                f"different addresses; {header[role_names[0]]!r} holds a name per row"
            )
            why.pop(kept[0], None)
            kept = role_names[:1]
            why[kept[0]] = "values are whole names, one per row (the name column repeats)"
    if not kept and not parts:
        # No name word at all: a column whose values look like names and differ from row to
        # row (one value on most rows, "Active", is a status), if one stands out; never a
        # column of country names ("Germany", "Deutschland").
        lettered = [i for i, e in enumerate(evidence) if i not in email and e.name_share >= 0.8
                    and not words[i].has("exclude")
                    and not holds_countries(rows, i)]  # fmt: skip
        candidates = [i for i in lettered if _names_by_values(rows, evidence, i)
                      and _a_name_by_values_alone(rows, header, words, [i], email)]  # fmt: skip
        # Those the rows' addresses carry first: the parts are looked for around them.
        carried = [i for i in candidates if _carried_by_addresses(rows, [i], email)]
        candidates = carried + [i for i in candidates if i not in carried]
        # Else a column whose header is an exclusion word holding names of two words or
        # more, a different one on every row: a login's header over display names
        # (Atlassian's "User name": "Fatima Zahra"); another person's (an owner's, a
        # manager's) repeats from row to row.
        whole_names = _role_whole_names(rows, header, words, evidence, email)
        run = _one_word_run(rows, lettered, candidates)
        if len(run) > 1 and _a_name_by_values_alone(rows, header, words, run, email):
            # "Nino | Beridze" under headers in a language no vocabulary has (Syriac;
            # Georgian სახელი, გვარი before it had one): one-word names side by side are one
            # name's parts, read in file order as the row is. The first alone stored "Nino"
            # (the family name lost).
            parts = tuple(run)
            for i in run:
                why[i] = "values are one-word names beside each other (header not a name word)"
            if len(run) == 2 and _written_the_other_way(rows, run, email):
                # Palm Desktop's headerless export: the family name's column first; the
                # addresses ("lucia.fernandez@" beside "Fernández | Lucía") read it right.
                parts = parts[::-1]
                notes.append(
                    f"the addresses write {header[run[1]]!r} before {header[run[0]]!r}: "
                    "the name is read in that order"
                )
        elif candidates and _repeated_like(rows, candidates, lettered):
            # "Instagram ad" on three rows of five beside "Ann Lee" on every row, both under
            # headers that say no name: the answers were stored as the names. A column of
            # whole names repeating one value (one person, several addresses) is no weaker
            # evidence than a column of phrases repeating one on half its rows: refused.
            notes.append(
                "no column holds a different name on most rows: "
                + ", ".join(repr(header[i]) for i in lettered)
                + " repeat one value"
            )
        elif candidates:
            # The first the addresses carry; else the first of whole names; else the first
            # (file order: the row's own person before a teacher's, a second contact's).
            kept = (carried or [i for i in candidates if _whole_names(rows, i)] or candidates)[:1]
            why[kept[0]] = "values look like names (header not a name word)"
        elif whole_names:
            kept = [whole_names[0]]
            why[kept[0]] = "values are whole names, one per row (the header's word is not the name)"
        elif numbers:
            return _guess_name_of(numbers, words, evidence, why)
    return tuple(kept), parts, family


def _folded(value: str) -> str:
    """Letters and digits only, accents dropped: "O'Connor" as "oconnor" in an address."""
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.casefold())


def _local_part(fields: list[str], email) -> str:
    """The folded local part of the row's first address ("" when it has none)."""
    return next((_folded(fields[i].split("@")[0]) for i in sorted(email)
                 if i < len(fields) and is_address(fields[i])), "")  # fmt: skip


def _says_a_name(text: str, words) -> bool:
    """A header with a name word beside its role's ("Buyer Name", "User name", freee's
    担当者氏名, Misoca's 担当者名): its column holds names by its header's word, not by its
    values alone. "Internal Notes", "Referred By", "Account Manager" say no name: free text, or
    another person's, whose values differ from row to row in a short list too."""
    return bool(words.means & NAME_WORDS) or _names_it(text)


def _a_name_compound(text: str) -> bool:
    """A header word longer than a name word of four letters or more that ends with it."""
    endings = _name_endings()
    return any(w.endswith(end) and len(w) > len(end) for w in words_of(text) for end in endings)


@cache
def _name_endings() -> frozenset[str]:
    """The vocabulary's name words of one word and four letters or more (name, naam, navn)."""
    return frozenset(key[0] for key, entries in vocabulary().phrases.items()
                     if len(key) == 1 and len(key[0]) >= 4
                     and any(e.means == "name" for e in entries))  # fmt: skip


def _written_the_other_way(rows, run: list[int], email) -> bool:
    """Two one-word name columns under no name word whose values the rows' addresses write
    the other way round on most rows where both are in the local part ("lucia.fernandez"
    beside "Fernández", "Lucía"), two rows or more: the second column is the given name."""
    first, second = run
    votes: Counter[bool] = Counter()
    for fields in rows:
        local = _local_part(fields, email)
        a, b = (_folded(fields[i]) if i < len(fields) else "" for i in (first, second))
        if local and a and b and a != b and a in local and b in local:
            votes[local.index(b) < local.index(a)] += 1
    return votes[True] >= 2 and votes[True] > votes[False]


def _role_whole_names(rows, header, words, evidence, email) -> list[int]:
    """Columns under an exclusion word holding names of two words or more, a different one
    on every row (a role's word over each row's own name: "Buyer Name", Atlassian's
    "User name"), its header holding a name word (_says_a_name: "Internal Notes" over
    "Met at PyCon", "Referred By" over the referrer's name were stored as each person's
    name). Never a company's column ("Acme, Inc." is a firm's name), and only one
    filled on four rows in five: one value on a row of two is no name per row, and a note
    written on some rows ("met at PyCon") names no one. A header of one exclusion word
    alone names no role's person ("Notes", "Description": free text, filled on every row
    too; two people called "Zoë" made their notes the names). One word compounded with a
    name word says a name by itself ("nickname", Crisp's only name column; "Spitzname",
    "bijnaam"): a login's ("username") holds one word a row, no whole name. Being no note,
    it is the name filled on half the rows: Google Groups' members who set no nickname are
    no persons, the others are theirs."""
    return [i for i, e in enumerate(evidence) if i not in email
            and e.name_share >= 0.8 and words[i].has("exclude") and not words[i].has("company")
            and (_a_name_compound(header[i]) or (not _a_firms_role(header[i], words[i])
                                                 and _says_a_name(header[i], words[i])))
            and e.filled * (2 if _a_name_compound(header[i]) else 5)
            >= len(rows) * (1 if _a_name_compound(header[i]) else 4)
            and _distinct(rows, i, every=True) and _two_words(rows, i)]  # fmt: skip


def _one_word_run(rows, lettered: list[int], candidates: list[int]) -> list[int]:
    """Name-like columns side by side, up to three, each of one word on most rows (a given
    name, a father's or family name) and none a category (a city, a team: few values over
    many rows), whose values together differ from row to row: around the first column whose
    own values differ (a given name may repeat: "Nino" on many rows), or, when none does,
    the first such run from one of the first three name-like columns."""

    allowed = set(lettered)

    def part(i: int) -> bool:
        return i in allowed and _one_word(rows, i) and not _category(rows, i)

    for first in candidates[:1] or lettered[:3]:  # a few tries: a header may be 20,000 wide
        run = [first] if part(first) else []
        while run and len(run) < 3 and part(run[0] - 1):
            run.insert(0, run[0] - 1)
        while run and len(run) < 3 and part(run[-1] + 1):
            run.append(run[-1] + 1)
        if len(run) > 1 and _distinct(rows, *run):
            return run
    return []


# Scripts in which a name's parts are written without a space between them (박지훈, 山本健一).
_JOINED_NAMES = frozenset({"CJK", "HIRAGANA", "KATAKANA", "HANGUL"})


def _a_name_by_values_alone(rows, header, words, columns: list[int], email) -> bool:
    """Columns under no name word, their values name-like, are the name only on evidence
    that they are people's names: whole names (two words or more, or written in a script
    that joins a name's parts, on four in five values); or one-word values under a header
    in a script no vocabulary reads (Syriac ܫܡܐ, the name word we cannot read), named
    email (headers swapped: _guess_email's rule) or none (a file without a header), under
    headers sharing a word, or carried by the rows' addresses (Lucía beside
    lucia.fernandez@). A header we can read that says no name ("City" over Berlin, Paris;
    "Subscribed" over yes, no; "Tags") is some other field: storing its values as the name
    would store the wrong people."""
    if len(columns) == 1 and _whole_names(rows, columns[0]):
        return True
    said = [i for i in columns if header[i] != position_header(i) and not words[i].has("email")]
    # A header cell without a letter ("", "7") names nothing: no evidence either way.
    blank = [i for i in said if not any(c.isalpha() for c in header[i])]
    if not all(readable(header[i]) for i in said if i not in blank) or len(said) < len(columns):
        return True
    if len(columns) > 1 and _one_words_parts([header[i] for i in columns]):
        return True
    return _carried_by_addresses(rows, columns, email)


def _repeated_like(rows, candidates: list[int], lettered: list[int]) -> bool:
    """Do the candidates repeat one value on more than half their rows, every one, beside a
    column of whole names (name-like values, not a candidate) that repeats one too?"""
    others = [i for i in lettered if i not in candidates and _whole_names(rows, i)]
    return bool(others) and all(_one_value_on_most(rows, i) for i in candidates + others)


def _one_value_on_most(rows, i: int) -> bool:
    values = [f[i].strip().casefold() for f in rows if i < len(f) and f[i].strip()]
    return bool(values) and Counter(values).most_common(1)[0][1] * 2 > len(values)


def _one_words_parts(headers: list[str]) -> bool:
    """Headers that each share a word with another (or end with it, three letters or more):
    the parts of one thing, named by its word in a language no vocabulary has (Swahili
    `Jina la kwanza`, `Jina la ukoo`; Basque `Izena`, `Abizena`; Welsh `Enw`, `Cyfenw`),
    where `City` and `State` share none."""
    words = [words_of(h) for h in headers]

    def share(a: list[str], b: list[str]) -> bool:
        return any(x == y or (min(len(x), len(y)) >= 3 and (x.endswith(y) or y.endswith(x)))
                   for x in a for y in b)  # fmt: skip

    return all(any(share(a, b) for b in words if b is not a) for a in words)


def _whole_names(rows, i: int) -> bool:
    """Four in five values of two words or more, or written in a script that joins a name's
    parts (박지훈): a person's whole name."""
    return _most_values(
        rows, i, lambda v: len(v) > 1 or any(script(c) in _JOINED_NAMES for c in v[0])
    )


def _most_values(rows, i: int, holds) -> bool:
    """holds(words) on four in five of the column's filled values, split into words."""
    values = [f[i].split() for f in rows if i < len(f) and f[i].strip()]
    return bool(values) and sum(map(holds, values)) * 5 >= len(values) * 4


def _pair_the_addresses_carry(rows, header, slots, chosen, email) -> tuple:
    """Of two name pairs or more, each a given and a family name under its own qualifier
    (bol.com's "Voornaam verzending" and "Voornaam facturatie": the ship-to and the
    invoiced customer), the pair the rows' addresses carry (a name of it in the address's
    local part) on more rows than the chosen pair's, counting the rows where one pair
    alone is carried: the address is that person's. Else the chosen pair (file order)."""
    given, family = chosen
    if given is None or family is None or len(slots["given"]) < 2 or len(slots["family"]) < 2:
        return chosen
    pairs = {}
    for g in slots["given"]:
        same = [f for f in slots["family"] if _qualifier(header[f]) == _qualifier(header[g])]
        if len(same) == 1:
            pairs[g] = same[0]
    if pairs.get(given) != family or len(pairs) < 2:
        return chosen
    votes: Counter[int] = Counter()
    for fields in rows:
        local = _local_part(fields, email)
        carried = [g for g, f in pairs.items() if local and _carries(local, fields, (g, f))]
        if len(carried) == 1:
            votes[carried[0]] += 1
    best = max(pairs, key=lambda g: (votes[g], g == given))
    return (best, pairs[best]) if votes[best] > votes[given] else chosen


def _carries(local: str, fields: list[str], columns) -> bool:
    """A value of the columns (folded, two letters or more) is in the local part."""
    values = (_folded(fields[i]) for i in columns if i < len(fields))
    return any(len(v) > 1 and v in local for v in values)


def _carried_by_addresses(rows, columns: list[int], email) -> bool:
    """On half the rows with an address or more, one of the columns' values (folded, two
    letters or more) is in the local part of the row's first address."""
    carried = seen = 0
    for fields in rows:
        local = _local_part(fields, email)
        values = [_folded(fields[i]) for i in columns if i < len(fields)]
        if local and any(values):
            seen += 1
            carried += any(len(v) > 1 and v in local for v in values)
    return seen > 0 and carried * 2 >= seen


def _category(rows, i: int) -> bool:
    """Few different values over many rows (a quarter or fewer, of 8 or more): a city, a
    team, a status; given names differ more than that over a real list."""
    values = [f[i].strip().casefold() for f in rows if i < len(f) and f[i].strip()]
    return len(values) >= 8 and len(set(values)) * 4 <= len(values)


def _one_word(rows, i: int) -> bool:
    return _most_values(rows, i, lambda v: len(v) == 1)


def _guess_name_of(columns, words, evidence, why):
    """The name word columns holding no names, when nothing else can be the name."""
    slots = {k: [i for i in columns if _kind(words[i]) == k] for k in ("given", "middle", "family")}
    parts = tuple(x for x in (_first_filled(slots[k], evidence) for k in slots) if x is not None)
    whole = tuple(i for i in columns if _kind(words[i]) not in slots)[:1]
    for i in (*whole, *parts):
        why[i] = "header says name (its values do not look like names)"
    return whole, parts, slots["family"][0] if slots["family"] else None


def _the_other_part(rows, plain: list[int], part: int | None, other: int | None) -> bool:
    """A plain "Name" beside one name part alone is the other part ("Name;Vorname"), unless
    its values hold the part's ("Mrs. Helen Carter" beside "First name": a whole name)."""
    return bool(plain) and part is not None and other is None and not _holds(rows, plain[0], part)


def _persons_given(header, full: list[int], family: int, rows) -> int | None:
    """A whole-name column headed as the family name's column is, its family word a plain
    name word ("Yetkili Adı" beside "Yetkili Soyadı", the authorised person's name and
    surname; "Contact Name" beside "Contact Surname"), that person's given name, unless its
    values hold the family name's (a whole name)."""
    theirs = words_of(header[family])
    for i in full:
        mine = words_of(header[i])
        if len(mine) != len(theirs):
            continue
        differ = [k for k, (a, b) in enumerate(zip(mine, theirs, strict=True)) if a != b]
        if len(differ) != 1:
            continue
        a, b = read_header(mine[differ[0]]), read_header(theirs[differ[0]])
        plain = a.has("name") and not (a.means & {"given", "family", "full", "display"})
        if plain and b.has("family") and not _holds(rows, i, family):
            return i
    return None


def _holds(rows, whole: int, part: int) -> bool:
    """On most rows with both, the column's value holds the part's and more: a whole name."""
    both = [(f[whole].strip().casefold(), f[part].strip().casefold()) for f in rows
            if max(whole, part) < len(f) and f[whole].strip() and f[part].strip()]  # fmt: skip
    held = sum(p in w and p != w for w, p in both)
    return bool(both) and held * 2 > len(both)


def _share_pairs(rows, a: int, b: int, test) -> float:
    """The share of sampled rows with both columns filled where test(a's value, b's) holds."""
    both = [(f[a].strip().casefold(), f[b].strip().casefold()) for f in rows
            if max(a, b) < len(f) and f[a].strip() and f[b].strip()]  # fmt: skip
    return sum(test(x, y) for x, y in both) / len(both) if both else 0.0


def _group_of(family: str, value: str) -> bool:
    """A group named after the family: its words, less the family name's, one or more
    ("Walker Family", "Osei Household", "Famille Martin")."""
    words, name = value.split(), family.split()
    return len(words) > len(name) and all(w in words for w in name)


def _same(rows, a: int, b: int) -> bool:
    """Two columns holding the same values wherever both are filled (a family name twice)."""
    both = [(f[a].strip().casefold(), f[b].strip().casefold()) for f in rows
            if max(a, b) < len(f) and f[a].strip() and f[b].strip()]  # fmt: skip
    return bool(both) and all(x == y for x, y in both)


def _no_names(rows, i: int, e: ColumnEvidence, whole: bool) -> bool:
    """Several values, none with a letter: amounts, numbers, dates. For a whole-name
    column, none a name at all: codes and paths too ("CN=Weiß\\, Jürgen,OU=Vertrieb",
    Active Directory's "distinguishedName", whose camelCase reads as a name word). A part
    keeps values with a digit ("Ann0" in generated lists)."""
    if e.filled < 2 or e.names or e.ats:
        return False
    return whole or not any(i < len(f) and any(c.isalpha() for c in f[i]) for f in rows)


_FILING = re.compile(r"[^,\d@]+,[^,\d@]+")


def _filing_form(value: str) -> bool:
    """A name as filed: "Family, Given" (one comma, words of two to four around it)."""
    value = value.strip()
    return _FILING.fullmatch(value) is not None and 2 <= len(value.split()) <= 4


def _first_filled(columns: list[int], evidence) -> int | None:
    """Of several columns for one part, the one filled on most sampled rows, the first of
    equals: an empty one (Arabic Outlook's title column اللقب, which other tools use for the
    family name) loses, and so does a legal "Given Name" the product leaves blank beside the
    "First Name" it always fills (Planning Center)."""
    if not columns:
        return None
    return max(columns, key=lambda i: (evidence[i].filled, -i))


def _repeated_over(rows, column: int, beside) -> tuple[int, int]:
    """(rows whose value of `column` stood on an earlier row beside something else, rows
    compared): `beside(fields)` is what the value goes with on a row (None: not compared)."""
    seen: dict[str, object] = {}
    repeated = compared = 0
    for fields in rows:
        if column >= len(fields) or not fields[column].strip():
            continue
        companion = beside(fields)
        if companion is None:
            continue
        compared += 1
        key = fields[column].strip().casefold()
        repeated += key in seen and seen[key] != companion
        seen.setdefault(key, companion)
    return repeated, compared


def _shared_whole(rows, whole: int, parts: tuple[int, ...]) -> tuple[int, int]:
    """(rows whose whole-name value stood on an earlier row with other parts, rows compared):
    a household's, team's or account's name repeats over its members' own names."""
    if not parts:
        return 0, 0

    def names(fields):
        values = tuple(fields[p].strip().casefold() for p in parts if p < len(fields))
        return values if any(values) else None

    return _repeated_over(rows, whole, names)


def _names_a_group(rows, whole: int, other: int) -> bool:
    """One value of `whole` on rows of different values of `other` (on more than a tenth of
    the rows compared), while `other`'s values do not repeat so over `whole`'s."""
    shared, compared = _shared_whole(rows, whole, (other,))
    back, again = _shared_whole(rows, other, (whole,))
    return shared * 10 > compared and not back * 10 > again


def _relatives_name(header, rows, whole: int, given, family, email) -> bool:
    """A whole-name column under a qualifier neither the email columns nor the parts carry
    ("Shipping Name", "Spouse Name") holding, on most sampled rows that have the three, the
    family name under another given name (not the given name, nor its initial)."""
    if given is None or family is None:
        return False
    qualifier = _qualifier(header[whole])
    carried = {_qualifier(header[i]) for i in (*email, given, family)}
    if not qualifier or any(qualifier <= q for q in carried):
        return False
    other = compared = 0
    for fields in rows:
        if max(whole, given, family) >= len(fields):
            continue
        name, first, last = (fields[i].strip().casefold() for i in (whole, given, family))
        if not (name and first and last) or "@" in name:
            continue
        compared += 1
        words = name.replace(".", " ").split()
        own = first.split()[0]
        other += last in name and own not in words and own[:1] not in words
    return other * 2 > compared > 0


def _repeats_over_addresses(rows, column: int, email: set) -> bool:
    """One value of the column on rows of different addresses, on more than a tenth of the
    rows compared: a name that is not each row's own."""
    columns = sorted(email)

    def address(fields):
        return next((fields[i].strip().casefold() for i in columns
                     if i < len(fields) and fields[i].strip()), None)  # fmt: skip

    repeated, compared = _repeated_over(rows, column, address)
    return repeated > 0 and repeated * 10 > compared


def _distinct(rows, *columns: int, every: bool = False) -> bool:
    """The columns' values, taken together, differ from row to row: more than half of them
    (every one)."""
    last = max(columns)
    values = [tuple(f[i].strip().casefold() for i in columns) for f in rows
              if last < len(f) and any(f[i].strip() for i in columns)]  # fmt: skip
    if not values:
        return False
    different = len(set(values))
    return different == len(values) if every else different * 2 > len(values)


def _logins(rows, i: int) -> bool:
    """Most of the column's values are one word of small Latin letters, digits and `._-`
    (asharma, ext-okeefe, tom.k): an account's login (a CJK name is one word too, no login)."""
    return _most_values(rows, i, lambda v: len(v) == 1 and bool(_LOGIN.fullmatch(v[0])))


_LOGIN = re.compile(r"[a-z0-9._\-]*[a-z][a-z0-9._\-]*")  # no capital, no script but Latin


def _two_words(rows, i: int) -> bool:
    """Most of the column's values are of two words or more (a whole name, not a login)."""
    return _most_values(rows, i, lambda v: len(v) > 1)


def _kind(words) -> str | None:
    if words.has("given") and words.has("family"):
        return "full"  # "Vor- und Nachname", "First/Last Name"
    part = _persons_part(words)
    if part is not None:
        return part
    kind = next((k for k in ("full", "display", "given", "family", "middle") if words.has(k)), None)
    return "name" if kind is None and words.has("name") else kind


def _persons_part(words) -> str | None:
    """One name part beside a word for a person, each a word of its own and no name word
    among them: that person's part ("Kontaktperson etternavn", the contact person's family
    name), not a whole name. "Attendee name: Given name" (a name word) stays as it reads,
    and so does a whole-name phrase with no person word of its own ("Vor- und Nachname",
    the given and the family name: "Nachname" is one of its words, not a person's part)."""
    if not words.has("full"):
        return None
    alone = [read_header(w) for w in words_of(words.text) if not w.isdigit()]
    if len(alone) < 2 or any(a.has("name") for a in alone) or _whole_phrase(words.text, "full"):
        return None
    found = {k for a in alone if not a.has("full") for k in NAME_PARTS if a.has(k)}
    return found.pop() if len(found) == 1 else None


def _disagreement(rows, whole: int, parts: tuple[int, ...], family=None) -> tuple[int, int]:
    """Rows where the whole name holds none of the parts' values, of the rows that have both;
    beside a given and a family name, one word without the family name disagrees too (a
    preferred or nick name, "Bob" or "Anna" for Anna Smith, is no whole name)."""
    if not parts:
        return 0, 0
    disagree = compared = 0
    for fields in rows:
        if whole >= len(fields) or not fields[whole].strip() or "@" in fields[whole]:
            continue  # an address is never the name on its row (table.py): nothing to compare
        written = [fields[p].strip() for p in parts if p < len(fields) and fields[p].strip()]
        if not written or (len(written) == 1 and legal_form(written[0])):
            continue  # MYOB's company card: a firm's name in "Co./Last Name", no person's
        values = [v.casefold() for v in written]
        compared += 1
        name = fields[whole].casefold()
        has_family = family is not None and family < len(fields)
        last = fields[family].strip().casefold() if has_family else ""
        # One word beside a given and a family name, not the family name: a given name.
        alone = last and len(values) > 1 and len(name.split()) == 1 and last not in name
        disagree += alone or not any(v in name for v in values)
    return disagree, compared


def _family_first(header, rows, parts) -> bool:
    """Family name first: the part headers are Japanese, Chinese, Korean, Hungarian or
    Vietnamese ("Họ đệm" + "Tên": Nguyễn Văn An)."""
    languages: set[str] = set()
    for i in parts:
        languages |= read_header(header[i]).languages
    return bool(languages) and languages <= FAMILY_FIRST


def writes_family_first(value: str) -> bool:
    """A name in Han or Hangul: the family name comes first whatever the header's language."""
    if not value or value[0] < "\u3400":  # the common case, one comparison
        return False
    o = ord(value[0])
    return 0x3400 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF


def given_first(full: str, given: str, family: str) -> str:
    """A whole name written "family, given" by its own record's parts (an LDIF entry's cn or
    displayName `Nguyen, Thi Lan` beside `sn: Nguyen` and `givenName: Thi Lan`, as Active
    Directory writes them; a vCard's FN `Stone, Bob` beside `N:Stone;Bob`): the given name
    first, as the name is stored from any other file. Only when the parts spell the whole
    name exactly: a comma elsewhere (`Lee, Jr.`, a firm's `Boyd, Inc.`) is kept as written."""
    if not (given and family and "," in full):
        return full
    spelled = " ".join(full.split()).casefold()
    if spelled != f"{' '.join(family.split())}, {' '.join(given.split())}".casefold():
        return full
    return f"{given.strip()} {family.strip()}"


LISTED = 30  # columns named in a message; a 20,000-column header is not one line to read


def listing(header: list[str]) -> str:
    names = ", ".join(f"'{shown(h[:100])}'" for h in header[:LISTED]) or "none"
    more = len(header) - LISTED
    return f"{names}, and {more:,} more" if more > 0 else names


def has_email_column(record: list[str]) -> bool:
    """Whether a record could be the header: a header word says email."""
    return any(read_header(h).has("email") for h in record if h and len(h) < 100)
