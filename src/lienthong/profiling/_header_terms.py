"""The header words the role hints are written in: Vietnamese and English phrases per role, the
multilingual lexicon's, and the exceptions around them, each in the form :func:`canonical`
gives it.

Data, not logic: :mod:`._header_words` reads headers against :data:`VOCABULARY`,
:mod:`._hints` suggests roles from :data:`HINTS`.
"""

from __future__ import annotations

from lienthong.profiling._lexicon import lexicon
from lienthong.profiling._not_a_person import NOT_A_PERSON

EVENT_DATES = (
    ("joined",), ("join", "date"), ("date", "joined"), ("created",), ("creation", "date"),
    ("registered",), ("registration", "date"), ("issued",), ("issue", "date"), ("enrolled",),
    ("admitted",), ("admission", "date"), ("start", "date"), ("end", "date"), ("hired",),
    ("expiry",), ("expires",), ("valid", "from"), ("valid", "until"), ("visit", "date"),
    ("ngay", "cap"), ("ngay", "dang", "ky"), ("ngay", "tao"), ("ngay", "lap"), ("ngay", "nhap"),
    ("ngay", "hieu", "luc"), ("ngay", "het", "han"), ("ngay", "vao"), ("ngay", "cap", "the"),
)  # fmt: skip


def phrases(*texts: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(text.split()) for text in texts)


#: Header words of other languages, per role: the multilingual lexicon shipped as data
#: (``lexicon/headers.csv``, :mod:`lienthong.profiling._lexicon`), 119 languages, any script.
_FOREIGN = lexicon().headers

# (role, token sequences any of which, found in the folded name, suggests it); first match wins.
_VIETNAMESE_ENGLISH: tuple[tuple[str, tuple[tuple[str, ...], ...]], ...] = (
    ("cccd", (("cccd",), ("can", "cuoc"), ("dinh", "danh"), ("so", "dd"), ("madd",))),
    # "chứng minh thư" is written CMT (SO_CMT), CMTND or CMND
    ("cmnd", (("cmnd",), ("chung", "minh"), ("cmt",), ("cmtnd",))),
    ("mst", (("mst",), ("ma", "so", "thue"), ("tax",))),
    ("bhyt", (("bhyt",), ("the", "bhyt"), ("health", "insurance"))),
    ("bhxh", (("bhxh",), ("bao", "hiem"), ("so", "so", "bh"))),
    ("national_id", (("soc", "sec"), ("ssn",), ("national", "id"), ("social", "security"))),
    ("phone", (("sdt",), ("dien", "thoai"), ("phone",), ("mobile",), ("tel",), ("dt",))),
    ("email", (("email",), ("mail",), ("thu", "dien", "tu"))),
    ("birth_date", phrases("ngay sinh", "nam sinh", "ns", "dob", "birth", "date of birth")),
    ("timestamp", (("updated",), ("cap", "nhat"), ("modified",), ("timestamp",))),
    # Dates of an event, not of a birth: ids issued, people joining or registering, records made.
    ("date", EVENT_DATES),
    ("sex", (("gioi", "tinh"), ("gioi",), ("sex",), ("gender",), ("phai",))),
    ("family_name", (("ho",), ("surname",), ("last", "name"), ("family", "name"))),
    ("given_name", (("ten",), ("given", "name"), ("first", "name"), ("forename",))),
    ("full_name", (("ho", "ten"), ("hoten",), ("ho", "va", "ten"), ("full", "name"), ("name",))),
    ("postcode", (("postcode",), ("zip",), ("postal",), ("ma", "buu", "chinh"))),
    ("ward", (("phuong", "xa"), ("phuong",), ("xa",), ("ward",), ("ma", "xa"))),
    ("district", (("quan", "huyen"), ("quan",), ("huyen",), ("district",))),
    ("province", (("tinh",), ("tinh", "thanh"), ("province",), ("thanh", "pho"))),
    ("suburb", (("suburb",), ("city",), ("town",), ("locality",))),
    ("state", (("state",), ("region",))),
    ("street", (("street",), ("duong",), ("address", "1"), ("address", "2"), ("so", "nha"))),
    (
        "address",
        phrases("dia chi", "diachi", "dc", "address", "addr", "thuong tru", "tam tru", "cu tru")
        + phrases("noi o", "cho o"),
    ),
)
#: "Number" as headers abbreviate and spell it across languages (``ID-nommer``, ``Nr.``,
#: ``Número``, ``Nomor``, ``číslo``): one word on both sides of a comparison, so ``id no`` in
#: the lexicon reads ``ID-Nummer`` too. Vietnamese ``số`` stays itself (``số nhà``).
NUMBER_WORDS = frozenset(
    {"no", "nr", "number", "num", "nummer", "nommer", "numero", "nomor", "numer", "nro", "nbr"}
    | {"ndeg"}  # "N°", romanised
    | {"nombor", "broj", "cislo", "szam", "numri", "numurs", "numeris", "numar", "nomeri"}
    | {"numera", "namba"}  # Tok Pisin, Bislama
    | {"dugaar", "nomiri"}  # Mongolian ``дугаар``, Kazakh ``нөмірі`` (``Регистрийн №``)
    | {"lambar"}  # Hausa (``Lambar NIN``)
)


#: Words database exports shorten (``custNm``, ``fullNm``, ``BIRTH_DT``), written out. Only
#: shortenings that are no Vietnamese abbreviation: ``dt`` stays ``điện thoại``.
ABBREVIATED = {"nm": "name", "nme": "name", "brth": "birth", "dte": "date", "adr": "address"}


def canonical(phrase: tuple[str, ...]) -> tuple[str, ...]:
    """The phrase as :func:`header_words` writes a header: ``number`` in any spelling, and in
    a phrase of several words a database shortening written out, as the header's is (a
    romanised ``نام پدر`` is ``nm pdr``, and ``nm`` in a header reads ``name``)."""
    words = tuple("number" if word in NUMBER_WORDS else word for word in phrase)
    if len(words) > 1:
        words = tuple(ABBREVIATED.get(word, word) for word in words)
    return words


#: Header phrases of one role counted only as the whole header (``rut``, ``tin``: also
#: Vietnamese words).
WHOLE_ONLY = frozenset(canonical(phrase) for phrase in lexicon().whole_only)
#: Header phrases only a term in another script folds to: read in headers in that script alone.
SCRIPT_ONLY = frozenset(canonical(phrase) for phrase in lexicon().script_only)
#: ... and, per role, the scripts of the terms of that role that fold to each.
SCRIPT_ONLY_IN = {
    (role, canonical(phrase)): found for (role, phrase), found in lexicon().script_only_in.items()
}
_BUILT_IN = frozenset(canonical(n) for _, needles in _VIETNAMESE_ENGLISH for n in needles)
#: Lexicon phrases only a language written in Latin letters alone has: read in Latin headers alone.
LATIN_ONLY = frozenset(canonical(phrase) for phrase in lexicon().latin_only) - _BUILT_IN
#: The Vietnamese and English phrases of each role with the lexicon's, in the order roles are tried.
HINTS = tuple(
    (role, tuple(canonical(n) for n in needles + _FOREIGN.get(role, ())))
    for role, needles in _VIETNAMESE_ENGLISH
)

#: A family name with the middle name(s) after it: Vietnamese forms split a name into "Họ và tên
#: đệm" (or "Họ đệm", "Họ lót" in the south) and "Tên". For linkage that is the family name.
FAMILY_AND_MIDDLE = (
    ("ho", "dem"), ("ho", "lot"), ("ho", "va", "ten", "dem"), ("ho", "va", "ten", "lot"),
    ("ho", "ten", "dem"), ("ho", "ten", "lot"),
    ("ho", "va", "chu", "dem"), ("ho", "va", "chu", "lot"),  # "Họ và chữ đệm" (the civil forms')
)  # fmt: skip
#: The given name with the middle name(s) before it ("Tên đệm và tên"): the given names.
GIVEN_AND_MIDDLE = (("ten", "dem", "va", "ten"), ("ten", "lot", "va", "ten"), ("dem", "va", "ten"))
#: The family, the middle and the given name together, as the civil status forms write the
#: whole name (``Họ, chữ đệm và tên``).
WHOLE_WITH_MIDDLE = (("ho", "chu", "dem", "va", "ten"), ("ho", "chu", "dem", "ten"))
#: A whole name written family name first (``Rider's Name (Surname First)``), or a name and a
#: surname together (``Lebitso le Fane / Name & Surname``): the whole name.
NAME_ORDER: tuple[tuple[str, ...], ...] = (
    ("surname", "first"), ("family", "name", "first"), ("last", "name", "first"),
    ("name", "surname"), ("name", "and", "surname"),
)  # fmt: skip
#: The parts of a name in the order a whole name's cell writes them, with no word for "name"
#: (``Applicant (Last, First)``, ``Client - Surname, Given``): the whole name.
PARTS_IN_ORDER: tuple[tuple[str, ...], ...] = (
    ("last", "first"), ("surname", "first"), ("surname", "given"), ("last", "given"),
    ("family", "given"),
)  # fmt: skip
#: The middle name alone: a part of a person's name that none of our name roles is.
#: ... and the second given name of Spanish and Portuguese forms (``Segundo nombre``).
MIDDLE_ONLY: tuple[tuple[str, ...], ...] = (
    ("ten", "dem"), ("ten", "lot"), ("middle", "name"), ("middle",),
    ("segundo", "nombre"), ("segundo", "nome"), ("drugie", "imie"), ("post", "nom"),
)  # fmt: skip
#: ... and, as the whole header, a Catholic's saint's name (``Tên Thánh``; ``Họ và tên thành
#: viên`` is a member's whole name)
SAINTS_NAME = frozenset({("ten", "thanh"), ("baptismal", "name")})
#: Vietnamese words of two syllables one of which, folded, is a relative's (``bố``, father):
#: bổ sung (to add: ``Người được bổ sung``), bộ phận (a department), bố trí (to arrange), công
#: bố (to announce), toàn bộ (whole), sơ bộ (preliminary), bộ ngành (a ministry).
KIN_LOOKALIKES = (
    ("bo", "sung"), ("bo", "phan"), ("bo", "tri"), ("cong", "bo"), ("toan", "bo"), ("so", "bo"),
    ("bo", "nganh"),
)  # fmt: skip
#: The names besides the first (``Other Names``): the given names beside a surname, the middle
#: names beside a first name too (Ghana's ``First Name``, ``Other Name(s)``).
OTHER_NAMES = (("other", "name"), ("otros", "nombres"), ("outros", "nomes"), ("autres", "prenoms"))
#: Headers that name one part of a person's name without doubt: kept even when the values
#: read as whole Vietnamese names (a "Họ đệm" of "Nguyễn Văn" looks like a two-word name).
NAMED_PART = (
    *FAMILY_AND_MIDDLE, ("surname",), ("forename",), ("given", "name"), ("first", "name"),
    ("other", "name"),  # beside a surname: the given names (Hong Kong, Ghana, Nigeria)
    ("last", "name"), ("family", "name"),
    ("etunimet",), ("etunimi",), ("sukunimi",),  # Finnish: the given names, the surname
)  # fmt: skip

#: Headers of free-text notes: whatever their values mention (a time, a house number, a
#: place), a remark is never a person's address or street.
NOTES = tuple(canonical(phrase) for phrase in lexicon().headers["note"])
#: Headers of another person than the record's own (a parent, a spouse, the head of the
#: household): their names are never the record's name roles.
RELATIVES = tuple(canonical(phrase) for phrase in lexicon().headers["relative"])

#: Other countries as a Vietnamese header names them, and "abroad": a Vietnamese card's name
#: qualified by one (``Số CMND Campuchia``, a Cambodian's) is that country's card, a national
#: id, no CMND or CCCD. (``Lào`` is left out: folded, it is ``lao`` of ``lao động``, labour.)
ANOTHER_COUNTRY = phrases("campuchia", "cam pu chia", "trung quoc", "thai lan", "han quoc")
ANOTHER_COUNTRY += phrases("nhat ban", "dai loan", "nuoc ngoai", "hoa ky", "philippines")
ANOTHER_COUNTRY += phrases("myanmar", "malaysia", "singapore", "indonesia")

#: Headers of a passport number: an identity number, but beside the country's own id
#: (a CCCD, a civil id) not the record's national id (see ``_context``).
PASSPORTS = frozenset(phrases("passport", "ho chieu", "pasaporte", "passeport", "passaporte"))
PASSPORTS |= set(phrases("reisepass", "paspoort", "pasporta", "pasport", "ljwz", "pp"))
PASSPORTS |= set(phrases("jwz", "jwz lsfr"))  # Arabic ``جواز السفر`` without the article
PASSPORTS |= set(phrases("shinosnoma", "pasportnyy", "andznagir", "andznagri"))  # Armenian
PASSPORTS |= set(phrases("passaport", "pasaport", "passaporto", "paszport", "paszportu"))
PASSPORTS |= set(phrases("paspor"))  # Indonesian, Malay
PASSPORTS |= set(phrases("huzhao", "yeogwon"))  # Chinese ``护照``, Korean ``여권``
#: ... and the other documents a person's number stands beside: an identity card's series and
#: number (Romanian ``Serie și nr. CI``), a family card (Indonesian ``No. KK``), a voter's key
#: (Mexican ``Clave de Elector``): the document's number, not the person's.
PASSPORTS |= set(phrases("serie si nr ci", "serie nr ci", "serie ci", "no kk", "nomor kk"))
PASSPORTS |= set(phrases("kartu keluarga", "clave de elector", "clave elector"))
#: ... an identity card's own number beside the personal number (Polish ``Seria i nr dowodu
#: osobistego`` beside the PESEL, Kazakh ``№ удостоверения`` beside the ИИН, Greek ``Α.Δ.Τ.``)
PASSPORTS |= set(phrases("dowodu", "dowod osobisty", "udostovereniya", "zheke kualik"))
PASSPORTS |= set(phrases("udostoverenie", "adt", "deltioy taytotitas", "pashpart"))
PASSPORTS |= set(phrases("deltio taytotitas", "pashparta"))  # ``Αρ. Δελτ. Ταυτότητας``
#: ... a driving licence beside the social security number (California's ``caDlIdNumber``)
PASSPORTS |= set(phrases("dl id", "dl number", "driver license", "drivers license"))
#: ... an identity card beside the personal number in the Balkans (``Бр. на лична карта`` beside
#: the ЕМБГ), a residence card beside it (``N° carte de séjour``): alone, each is the person's
PASSPORTS |= set(phrases("lichna karta", "licna karta", "carte de sejour", "titre de sejour"))
#: ... and Germany's identity card beside the tax identification number (``Ausweisnummer``
#: beside the ``Steuer-IdNr.``, the number a German keeps for life)
PASSPORTS |= set(phrases("ausweisnummer", "personalausweisnummer", "ausweis nr", "personalausweis"))
#: ... and Romania's identity card (``Act de identitate (serie, nr.)`` beside the CNP), a ration
#: card (Egypt's ``رقم البطاقة التموينية`` beside the national number, romanised)
PASSPORTS |= set(phrases("act de identitate", "act identitate", "ration card"))
PASSPORTS |= set(phrases("lbtqh ltmwyny", "btqh ltmwyn", "lbtqh ltmwynyh"))
PASSPORTS |= set(phrases("lbtqh lsryh", "btqh lsryh"))  # Syria's family card (البطاقة الأسرية)
#: ... and a voter's card beside the identity card (Cameroon's ``N° carte d'électeur``)
PASSPORTS |= set(phrases("carte d electeur", "carte electeur", "voter card", "voter s card"))
PASSPORTS |= set(phrases("kadi ya mpiga kura"))  # ... in Swahili
PASSPORTS |= set(phrases("epic", "epic number", "voter id"))  # ... India's voter card (EPIC)
PASSPORTS |= set(phrases("voter no", "voter number", "voter registration number"))
#: ... and an organisation's number a sole trader holds beside the personal one (the Czech and
#: Slovak ``IČO`` beside the ``rodné číslo``): alone, as the lexicon reads it, the person's
PASSPORTS |= set(phrases("ico"))
#: ... a local office's card beside the national one (the Philippines' ``OSCA ID No.``, a
#: senior citizens' office's, beside the PhilSys number), Ukraine's register record number
#: (``УНЗР``) beside the РНОКПП that Ukrainian registers key people by
PASSPORTS |= set(phrases("osca id", "osca", "unzr", "pwd id"))  # ... a disability card's
PASSPORTS = frozenset(canonical(phrase) for phrase in PASSPORTS)
#: An identity card's number: beside a personal number that is no document's (Côte d'Ivoire's
#: ``N° CNI`` beside the NNI) the card's, a document's; beside documents only (Cameroon's
#: ``N° CNI`` beside the voter's card) or alone, the person's.
IDENTITY_CARDS = phrases("cni", "rg")  # Brazil's ``RG``, a state's card, beside the CPF
#: ... and a Czech card beside the rodné číslo (``Číslo OP``: ``číslo`` folds to ``number``)
IDENTITY_CARDS += phrases("number op", "obcansky prukaz")
#: A fund's number a country keys its people by for life (Greece's ``ΑΜΚΑ``, Russia's
#: ``СНИЛС``): beside a passport or an identity card, the person's number.
LIFELONG_FUNDS = phrases("amka", "snils")
#: ... and the United States' social security number, the one a US register keys people by
LIFELONG_FUNDS += phrases("ssn", "social security number")


#: ... but a parent's name that is the person's own surname (Mongolian ``Эцэг/эхийн нэр``, the
#: father's or the mother's name written before one's own): the record's family name.
PARENTS_NAME_AS_SURNAME = phrases("etseg ekh iyn ner", "etseg ekhiyn ner", "etsgiyn ner")


#: Headers of a length of time (``Thời hạn tạm trú``, how long one stays): no place's.
DURATIONS = phrases("thoi han", "thoi gian", "so thang", "duration", "length of stay")
DURATIONS += phrases("period of residence", "period of stay", "years of residence")
#: ... and measures whose word holds a place's (``Đường kính``, the diameter, holds ``đường``)
DURATIONS += phrases("duong kinh", "chieu dai duong")


#: ... and of a birth's particulars (the hour, the birth certificate, the gestational age): a
#: register of births, whose record is the mother (a newborn has no papers of its own yet) ...
BIRTH_PARTICULARS = phrases("gio sinh", "chung sinh", "so sinh", "tuoi thai", "birth weight")
BIRTH_PARTICULARS += phrases("time of birth", "hour of birth", "gestational age", "apgar")
#: ... and the newborn's own columns there (``Họ tên con``, ``Ngày sinh của trẻ``).
NEWBORNS = phrases("con", "tre", "be", "so sinh", "newborn", "baby", "infant", "kindes")
NEWBORNS += phrases("geburtsdatum kind", "vorname kind", "name kind")  # not "Kind of aid"


#: ... and of a social-security, pension or health fund's member number (``SSN``, ``N° SS``,
#: ``NSSF No.``, ``N° immatriculation CNPS``): beside the national id (``NRC No.``, ``NIN``),
#: the fund's number, not the national id. The lexicon's ``fund`` role lists them.
SOCIAL_SECURITY = tuple(canonical(phrase) for phrase in lexicon().headers["fund"])
#: ... and of a taxpayer's number (``TIN``, ``NIF``, ``Α.Φ.Μ.``): beside the country's own
#: personal number (``PhilSys Card No.``, ``N.º do Cartão de Cidadão``), the tax office's.
TAX_NUMBERS = tuple(canonical(phrase) for phrase in lexicon().headers["tax"])


#: ... and of a place where the record's person does not live: an organisation, a building, a
#: piece of land, the place of birth (``Địa chỉ doanh nghiệp``, ``Hospital address``, ``Địa chỉ
#: thửa đất``, ``Nơi sinh``): an address under one is never the person's.
ELSEWHERE = tuple(canonical(phrase) for phrase in lexicon().headers["elsewhere"])


#: ... and of where a household business trades (``Địa chỉ kinh doanh``) or a firm has its head
#: office (``Địa chỉ trụ sở``): the record's address in a register of businesses, but beside the
#: owner's or the representative's own address, not the person's.
BUSINESS_PLACES = phrases("kinh doanh", "dia diem kinh doanh", "dia diem kd", "dia chi kd")
BUSINESS_PLACES += phrases("dia chi tru so", "tru so chinh")
#: ... unless the header names a home too (``Địa chỉ nhà ở kết hợp kinh doanh``, a home with a
#: shop): the person lives there.
HOMES = phrases("nha o", "noi o", "cho o", "thuong tru", "tam tru", "cu tru", "hktt", "ho khau")
#: A home town, the place a person comes from: beside an address as its alternative (``Quê quán
#: / Địa chỉ``), where the person is from or lives, which is the home.
HOME_TOWNS = phrases("que quan", "nguyen quan")


#: The record's own person, one letter away from another party's word (``employee`` and
#: ``employer``, ``empleado`` and ``empleador``, ``trainee`` and ``trainer``): known words, so
#: never respelled into the other party's.
OWN_WORDS = phrases("employee", "empleado", "empleada", "empregado", "empregada", "trainee")
OWN_WORDS += phrases("interviewee", "examinee", "salarie", "salariee", "pekerja", "office")
#: Common words one letter from a lexicon word of another meaning (French ``médicale``,
#: Australia's ``Medicare``): known, so never respelled into it.
OWN_WORDS += phrases("medical", "medicale")
#: ... and the Slavic page (``Том / Страна``, a register's volume and page), no ``strada``.
OWN_WORDS += phrases("strana")

#: Every word a hint or an exception above is written with: the singulars plurals fold to.
VOCABULARY = frozenset(
    word
    for group in (
        *(needles for _, needles in HINTS), EVENT_DATES, NOT_A_PERSON, NAMED_PART,
        MIDDLE_ONLY, OTHER_NAMES, NOTES, RELATIVES, OWN_WORDS, ELSEWHERE, ANOTHER_COUNTRY,
    )
    for phrase in group
    for word in phrase
)  # fmt: skip
