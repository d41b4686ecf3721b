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
    "cua hang",
    "cong ty",
    "co quan",
    "to chuc",
    "don vi",
    "san pham",
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
    "rue",
    "calle",
    "strasse",
    "rua",
    "jalan",
    "produit",
    "producto",
    "produk",
)
#: The phrases, and the streets and cities of every language of the lexicon.
NOT_A_PERSON: tuple[tuple[str, ...], ...] = tuple(tuple(p.split()) for p in _PHRASES) + tuple(
    phrase
    for role in ("street", "suburb")
    for phrase in lexicon().headers.get(role, ())
    if phrase not in lexicon().whole_only and len("".join(phrase)) >= 4
)
