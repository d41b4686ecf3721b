"""Words in a column's name that make its "name" (``tên``) something other than a person's:
a company, a product, a street, a city, a shop (``Tên doanh nghiệp``, ``street_name``,
``Nome da rua``). Phrases as :mod:`._hints` compares them (folded words)."""

from __future__ import annotations

from lienthong.profiling._lexicon import lexicon

_PHRASES = (
    "company",
    "business",
    "organisation",
    "organization",
    "product",
    "item",
    "file",
    "team",
    "street",
    "city",
    "town",
    "suburb",
    "ward",
    "district",
    "province",
    "state",
    "country",
    "project",
    "brand",
    "shop",
    "store",
    "dataset",
    "table",
    "field",
    "column",
    "username",
    "user",
    "doanh nghiep",
    "ten ho kinh doanh",
    "ten hkd",  # ... written by its initials (``Ten HKD``: ``Quán cơm Bình``)
    "ten ho kd",  # ... or half of them (``Tên hộ KD``: ``Sửa xe Dũng``)
    "baimkko",  # Nepali ``बैंकको नाम``, the bank's name (``नेपाल बैंक लि.``)
    "cua hang",
    "cong ty",
    "co quan",
    "to chuc",
    "don vi",
    "san pham",
    "hang hoa",  # goods (``Tên hàng hóa``: ``Giày dép``)
    "viet tat",  # an abbreviation, initials (``Tên viết tắt``: ``TTL``), no whole name
    "abbreviation",
    "chuong trinh",  # a programme, a tour (``Tên chương trình``: ``Hà Nội - Hạ Long 2N1Đ``)
    "hien vat",  # a museum's object (``Tên hiện vật``: ``Sắc phong``)
    "ten vua",  # a dealer's stall (``Tên vựa``: ``Vựa ngao Bình``)
    "duong",
    "pho",
    "phuong",
    "xa",
    "quan",
    "huyen",
    "tinh",
    "thanh pho",
    "truong",
    "benh vien",
    "societe",
    "entreprise",
    "empresa",
    "compania",
    "firma",
    "unternehmen",
    "perusahaan",
    "toko",  # Indonesian and Malay shops (``Nama Toko``: ``Grosir Rina``) and businesses
    "kedai",
    "usaha",
    "rue",
    "calle",
    "strasse",
    "rua",
    "jalan",
    "produit",
    "producto",
    "produk",
    # an animal's, a place's, a thing's name (``Tên chó``, ``Tên kênh``, ``Tên thuốc``)
    "ten cho",
    "ten meo",
    "ten voi",  # an elephant's (``Tên voi``: ``Khăm Pheng``, ``H'Bích``)
    "vac xin",  # a vaccine's (``Tên vắc xin``: ``Lumpivax``)
    "vaccine",
    "ten ngua",
    "con vat",
    "vat nuoi",
    "thu cung",
    "kenh",
    "du an",
    "khoa hoc",
    "ten thuoc",
    "ten mon",
    "ten nganh",
    "ten khoa",
    "ten dich vu",
    "ten goi cuoc",
    "pet",
    "dog",
    "animal",
    "drug",
    "medicine",
    "disease",
    "course",
    "route",
    "vessel",
    "boat",
    "canal",
    "river",
    # a scheme's, a programme's, a plan's name (``প্রকল্পের নাম``, ``योजना का नाम``, romanised)
    "scheme",
    "programme",
    "program",
    "prklper",
    "prkl",
    "yojna",
    "yojana",
    # a clan's name (Mongolian ``Ургийн овог``): the clan's, not the person's family name
    "urgiyn ovog",
    # another name than the legal one: an alias, a nickname (``Tên gọi khác``, ``Bí danh``)
    "ten goi khac",
    "bi danh",
    "biet danh",
    "nickname",
    "alias",
    "apodo",
    # an animal's name (a dog register: ``Nom du chien / Hundename``)
    "chien",
    "hundename",
    "hund",
    "hond",
    "dog",
    "pet",
    # a shop's trade name (``Nombre comercial``, ``Raison sociale``, ``Tên thương mại``)
    "comercial",
    "commercial",
    "commerciale",
    "razon social",
    "raison sociale",
    "ten thuong mai",
    # a name one was born with, beside the one borne now (``Geburtsname``, a maiden name)
    "geburtsname",
    "maiden name",
    "birth name",
    "szuletesi nev",
    "szuletesi neve",
    # ... and the name used beside the birth name a French form keys by (``Nom d'usage``)
    "nom d usage",
    "nom d epouse",
)
#: The phrases, and the streets and cities of every language of the lexicon.
NOT_A_PERSON: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in _PHRASES) + tuple(
    phrase
    for role in ("street", "suburb")
    for phrase in lexicon().headers.get(role, ())
    if phrase not in lexicon().whole_only and len("".join(phrase)) >= 4
)
