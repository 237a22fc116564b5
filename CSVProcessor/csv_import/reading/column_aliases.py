"""Header aliases, as data: which column holds which part of a person, in our users' languages.

Headers are compared by key (columns.header_key): casefolded, accents removed,
spaces and punctuation dropped, so "E-Mail-Adresse", "e-mail adresse" and
"EMAILADRESSE" are one key. Sources of the spellings: the exports of Google
Contacts (legacy and current), Outlook, LinkedIn, HubSpot, Salesforce, Mailchimp,
Xero, and Excel sheets in English, German, French, Spanish, Italian, Portuguese
and Dutch.
"""

import re

# Email columns: every header that matches, in the file's order, is a fallback for the one before.
EMAIL = frozenset({
    "email", "emails", "emailaddress", "emailaddresses", "mail", "mailaddress", "emailaddr",
    "emailid", "primaryemail", "workemail", "homeemail", "personalemail", "businessemail",
    "otheremail", "emailadresse", "mailadresse", "emailadresseprivat", "emailadressegeschaftlich",
    "adresseemail", "adressemail", "adresseelectronique", "courriel", "adressecourriel",
    "correoelectronico", "correo", "direcciondecorreo", "direcciondecorreoelectronico",
    "indirizzoemail", "indirizzomail", "postaelettronica", "indirizzodipostaelettronica",
    "enderecodeemail", "enderecoemail", "correioeletronico", "emailadres", "mailadres",
})  # fmt: skip
# Numbered ones: Google's "E-mail 1 - Value", Outlook's "E-mail 2 Address", "Email 3".
EMAIL_NUMBERED = re.compile(r"(?:e)?mail\d+(?:value|address|adresse|adres)?|emailaddress\d+")

# A person's whole name.
FULL_NAME = frozenset({
    "fullname", "fullnames", "names", "personname", "displayname", "nomcomplet",
    "nombrecompleto", "nomecompleto", "nominativo", "nomeecognome", "nombreyapellidos",
    "vollstandigername", "vollername", "volledigenaam",
})  # fmt: skip
GIVEN = frozenset({
    "firstname", "givenname", "forename", "first", "fname", "given", "vorname", "prenom",
    "primernombre", "primeironome", "voornaam", "roepnaam",
})  # fmt: skip
MIDDLE = frozenset({
    "middlename", "additionalname", "middlenames", "middleinitial", "secondname", "zweitername",
    "weiterevornamen", "deuxiemeprenom", "autresprenoms", "segundonombre", "secondonome",
    "nomedomeio", "tussenvoegsel",
})  # fmt: skip
FAMILY = frozenset({
    "lastname", "surname", "familyname", "last", "lname", "family", "nachname", "familienname",
    "nomdefamille", "apellido", "apellidos", "primerapellido", "cognome", "sobrenome",
    "apelido", "ultimonome", "achternaam",
})  # fmt: skip

# Words whose meaning depends on their neighbours:
# - "Name" (German Excel: the surname), "Nom" (French: the surname), "Naam": the family
#   name beside a given-name column with no family column, else the full name;
# - "Nombre", "Nome" (Spanish, Italian, Portuguese): the given name beside a family-name
#   column, else the full name;
# - "Contact Name" (Xero's *ContactName is the company): a full name only when the file has
#   no other name column at all.
NAME_OR_FAMILY = frozenset({"name", "nom", "naam"})
NAME_OR_GIVEN = frozenset({"nombre", "nome"})
LAST_RESORT_FULL_NAME = frozenset({"contactname", "contact"})

# Never a person's name, even though they say "name" (listed so the choice is explicit):
# companies, accounts, owners, e-mail display names, job titles, prefixes and suffixes.
NOT_A_NAME = frozenset({
    "company", "companyname", "organization", "organisation", "organizationname", "account",
    "accountname", "accountowner", "contactowner", "owner", "emaildisplayname", "title",
    "jobtitle", "nameprefix", "namesuffix", "prefix", "suffix", "anrede", "titel", "civilite",
    "firma", "unternehmen", "societe", "entreprise", "empresa", "azienda", "bedrijf",
    "username", "nickname", "fileas",
})  # fmt: skip
