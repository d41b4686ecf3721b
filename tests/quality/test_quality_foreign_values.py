"""Address and phone columns whose values are not Vietnamese are marked foreign by profiling,
and the checks that assume Vietnamese values (today's HCMC wards, the pre-2025 address form,
the Vietnamese phone format) leave them alone; a foreign phone is judged as any country's."""

from __future__ import annotations

from lienthong.profiling import infer_role, reads_foreign
from lienthong.profiling._locale import vietnamese_share
from lienthong.quality import DatasetInfo
from lienthong.quality._kinds import check_kind
from lienthong.quality._roles import FOREIGN, RoleColumn, flags_from_roles

_POLISH = ["ul. Długa 5, 00-238 Warszawa", "al. Jerozolimskie 12, Kraków", "ul. Piękna 3, Łódź"]
_VIETNAMESE = ["12 Lê Lợi, Phường Bến Thành, TP Hồ Chí Minh", "5 Nguyen Trai, P. 2, Q.5, TP HCM"]


def test_profiling_marks_foreign_addresses_and_phones_only() -> None:
    assert reads_foreign(infer_role("Adres", _POLISH * 10).evidence)
    assert not reads_foreign(infer_role("Địa chỉ", _VIETNAMESE * 10).evidence)
    assert reads_foreign(
        infer_role("Telefon", ["+48 601 234 567", "+48 512 345 678"] * 10).evidence
    )
    assert not reads_foreign(infer_role("SĐT", ["0903123456", "0912345678"] * 10).evidence)
    assert vietnamese_share("cccd", ["079203001234"]) is None  # ids do not depend on it


def _dataset(flags: dict[str, frozenset[str]]) -> DatasetInfo:
    return DatasetInfo("x.t", "A", "x", "duckdb", "t", flags, from_roles=True)


def test_vietnamese_checks_skip_foreign_columns() -> None:
    columns = {"adres": frozenset({"personal"}), "dia_chi": frozenset({"personal"})}
    profiled = [
        RoleColumn("adres", "address", 0.99, frozenset({FOREIGN})),
        RoleColumn("dia_chi", "address", 0.99),
    ]
    flags, _ = flags_from_roles(columns, profiled, threshold=0.8)
    dataset = _dataset(flags)
    for kind in ("current_unit", "old_address"):
        judged = [spec.columns[0] for spec in check_kind(kind).defaults(dataset, None)]
        assert judged == ["dia_chi"], kind


def test_a_foreign_phone_is_judged_as_any_country_s() -> None:
    dataset = _dataset({"tel": frozenset({"phone", FOREIGN}), "sdt": frozenset({"phone"})})
    formats = {
        (spec.columns[0], spec.params["format"])
        for spec in check_kind("format").defaults(dataset, None)
    }
    assert formats == {("tel", "any_phone"), ("sdt", "phone")}


def test_an_address_in_another_script_is_foreign() -> None:
    # ``ап.`` (apartment) romanises to ``ap``, a Vietnamese hamlet's word: still not Vietnamese
    bulgarian = ["гр. София, ж.к. Младост 1, бл. 12, ап. 5", "гр. Варна, бул. Левски 3, ап. 7"]
    assert vietnamese_share("address", bulgarian) == 0.0
    assert vietnamese_share("address", ["12 ap Binh Loi, xa Tan Thanh"]) == 1.0


def test_a_place_word_among_foreign_words_is_not_vietnamese() -> None:
    romanian = ["Str. Florilor nr. 5, bl. 3, ap. 12, Sector 4, București"]
    japanese = ["Tokyo-to Shinjuku-ku Nishi-Shinjuku 3-12-5"]
    lao = ["Ban Phonxay, Muang Xaysetha, Vientiane"]
    for foreign in (romanian, japanese, lao):
        assert vietnamese_share("address", foreign) == 0.0, foreign
    unaccented = ["12 Pasteur, Phuong Ben Nghe, Quan 1, TP HCM", "5 Nguyen Trai, Phuong 2, Quan 5"]
    assert vietnamese_share("address", unaccented) == 1.0


def test_a_strangers_addresses_in_another_province_get_no_check_of_the_city_s_wards() -> None:
    from lienthong.profiling import ColumnProfile
    from lienthong.quality._profiled import outside_city

    def column(*values: str) -> ColumnProfile:
        top = tuple((v, 50) for v in values)
        return ColumnProfile("dc", "VARCHAR", "VARCHAR", 300, 0, 0, 6, None, None, top, (),
                             "address", 0.9)  # fmt: skip

    villages = column(
        "Thôn Lũng Cẩm, xã Sủng Là, tỉnh Hà Giang", "Bản Nậm Cang, xã Sa Pa, tỉnh Lào Cai"
    )
    city = column(
        "12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh", "5 Nguyen Trai, P. 2, TP.HCM"
    )
    assert outside_city(villages) and not outside_city(city)
    flags = {"dc": frozenset({"address"})}
    stranger = DatasetInfo("x.t", "A", "x", "csv", "t", flags, from_roles=True,
                           outside_city=("dc",))  # fmt: skip
    assert check_kind("current_unit").defaults(stranger, None) == []
    described = DatasetInfo("x.t", "A", "x", "csv", "t", flags, outside_city=("dc",))
    assert len(check_kind("current_unit").defaults(described, None)) == 1  # the city's own
