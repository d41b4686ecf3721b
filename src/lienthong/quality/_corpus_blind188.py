"""The hundred-and-eighty-eighth part of the outside corpus, **blind 188** (written 01:41 UTC,
2026-12-07, never used for tuning): person files a toll-road operator, a city's social protection
centre, a charity cleft-surgery programme, a border gate's customs team, the Serbian pension fund,
a Bosnian cantonal employment service, a Montenegrin student centre, a Macedonian public health
centre and the Kosovo vehicle registration office could hand over. Four Vietnamese files: a BOT
toll station's list of nearby residents granted a reduced or free pass, in Excel (the plate, the
vehicle class, the e-tag serial, the kind of pass, the station, valid from and until, the
commune's confirmation); a social protection centre's intake book of vagrants and beggars in
Windows-1258 with semicolons (the place of origin, the home before wandering, where they were
found, the unit that handed them over, their health, the relative who came for them and the
relative's phone, the outcome); a charity programme's list of cleft lip and palate patients in
UTF-16 with tabs (the patient code, the health insurance card, the companion and the companion's
phone, the diagnosis, the weight, the surgery date, the surgeon, the travel allowance, the time
last updated); and a border gate's book of border residents buying goods within the duty-free
allowance in UTF-8 with a BOM (the spaced CCCD, the border pass, the hamlet, commune, district and
province, the goods and their value, the gate, the customs officer).
Five foreign files: a Serbian PIO fund list of pensioners in Windows-1251 with semicolons and
Cyrillic headers (the ЈМБГ with its region and mod 11 digit, the father's name, dates with a
closing dot, the kind and amount of pension, the bank, the decision number); a Bosnian cantonal
employment service's register of the unemployed in Excel (the JMBG, a parent's name, općina and
kanton, the qualification, the occupation, health insurance through the service, the adviser);
a Montenegrin student dormitory and scholarship list in UTF-8 (the JMBG, the whole name in one
column, the address with postcode and town in one cell, the faculty, the index number, the
average grade, the room, a parent and the parent's phone); a Macedonian vaccination register in
UTF-8 with a BOM and headers in Macedonian and Albanian (the ЕМБГ, names in Cyrillic or Latin by
community, the municipality in either language, the vaccine, dose and lot, the vaccination point,
the family doctor); and a Kosovo vehicle register in Windows-1250 with semicolons and headers in
Albanian and Serbian (the ten-digit personal number, the municipality in both languages, the
plate, the make and model, the chassis number, the registration and expiry dates).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind188_writers import WRITERS_BLIND188
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND188: tuple[Shape, ...] = (
    _shape(
        "cu_dan_mien_giam_phi_tram_thu_phi_bot_vn188",
        "STT=row | Họ và tên chủ phương tiện=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Hộ khẩu thường trú=address | Biển kiểm soát=-:plate188"
        " | Loại xe=-:vehicle188 | Số serial thẻ ETC (e-tag)=-:etag188"
        " | Loại vé ưu tiên=-:ticket188 | Trạm thu phí=-:station188"
        " | Hiệu lực từ ngày=date@%d/%m/%Y | Đến ngày=date:until188 | Số điện thoại=phone"
        " | Xác nhận của UBND xã=-:confirm188",
        file="xlsx",
    ),
    _shape(
        "doi_tuong_lang_thang_xin_an_tiep_nhan_trung_tam_btxh_vn188",
        "TT=row | Họ và tên đối tượng=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD (nếu có)=cccd | Quê quán=-:origin188"
        " | Nơi cư trú trước khi lang thang=address | Nơi phát hiện, tập trung=-:found188"
        " | Ngày tiếp nhận=date@%d/%m/%Y | Đơn vị bàn giao=-:handover188"
        " | Tình trạng sức khỏe=-:health188 | Thân nhân đến nhận=-:kin188"
        " | SĐT thân nhân=-:kin_phone188 | Kết quả giải quyết=-:outcome188",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_benh_phau_thuat_khe_ho_moi_vom_mieng_chuong_trinh_nu_cuoi_vn188",
        "STT=row | Mã BN=-:patient188 | Họ tên người bệnh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | Mã định danh cá nhân=cccd"
        " | Số thẻ BHYT=bhyt | Người nhà đi cùng=-:companion188"
        " | ĐT người nhà=-:companion_phone188 | Địa chỉ=address | Chẩn đoán=-:diag188"
        " | Cân nặng (kg)=-:weight188 | Ngày PT=date@%d/%m/%Y | BS phẫu thuật=-:surgeon188"
        " | Hỗ trợ đi lại (VNĐ)=-:travel188 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cu_dan_bien_gioi_mua_hang_trong_dinh_muc_mien_thue_cua_khau_vn188",
        "STT=row | Họ tên cư dân=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | CCCD=cccd:cccd_spaced | Số giấy thông hành biên giới=-:pass188"
        " | Thôn/bản, xã, huyện, tỉnh=address:border_addr188 | Ngày mua=date@%d-%m-%Y"
        " | Tên hàng hóa=-:goods188 | Trị giá (đồng)=-:value188 | Cửa khẩu/lối mở=-:gate188"
        " | Cán bộ HQ xác nhận=-:customs188 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "korisnici_penzija_pio_fond_rs188",
        "Ред. бр.=row | ЈМБГ=national_id:jmbg_rs188 | Презиме=family_name:rs_family188"
        " | Име=given_name:rs_given188 | Име оца=-:rs_father188"
        " | Датум рођења=birth_date@%d.%m.%Y. | Пол=sex:sex_rs188"
        " | Улица и број=street:street_rs188 | Поштански број=postcode:pb_rs188"
        " | Место=district:mesto_rs188 | Телефон=phone:phone_rs188"
        " | Врста пензије=-:vrsta_rs188 | Износ пензије (РСД)=-:iznos_rs188"
        " | Датум остваривања права=date@%d.%m.%Y. | Банка исплате=-:banka_rs188"
        " | Број решења=-:resenje_rs188",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "evidencija_nezaposlenih_kantonalna_sluzba_zaposljavanja_ba188",
        "R.br.=row | JMBG=national_id:jmbg_ba188 | Prezime=family_name:ba_family188"
        " | Ime=given_name:ba_given188 | Ime roditelja=-:ba_parent188"
        " | Datum rođenja=birth_date@%d.%m.%Y | Spol=sex:sex_ba188"
        " | Adresa prebivališta=street:street_ba188 | Općina=district:opcina_ba188"
        " | Kanton=state:kanton_ba188 | Kontakt telefon=phone:phone_ba188"
        " | Stručna sprema=-:sprema_ba188 | Zanimanje=-:zanimanje_ba188"
        " | Datum prijave=date@%d.%m.%Y | Zdravstveno osiguranje=-:zo_ba188"
        " | Savjetnik=-:savjetnik_ba188",
        english=True,
        file="xlsx",
    ),
    _shape(
        "studentski_dom_stipendije_me188",
        "Rb.=row | JMBG=national_id:jmbg_me188 | Ime i prezime=full_name:me_full188"
        " | Datum rođenja=birth_date@%d.%m.%Y | Pol=sex:sex_me188"
        " | Prebivalište=address:addr_me188 | Fakultet=-:faculty_me188"
        " | Broj indeksa=-:index_me188 | Godina studija=-:year_me188"
        " | Prosječna ocjena=-:grade_me188 | Dom / soba=-:dorm_me188"
        " | Mobilni=phone:phone_me188 | E-mail=email:email_me188"
        " | Roditelj / staratelj=-:parent_me188 | Telefon roditelja=-:parent_phone_me188"
        " | Datum podnošenja zahtjeva=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "registar_vakcinirani_lica_cjz_mk188",
        "Ред. бр. / Nr. rendor=row | ЕМБГ / NUAQ=national_id:embg_mk188"
        " | Име / Emri=given_name:mk_given188 | Презиме / Mbiemri=family_name:mk_family188"
        " | Датум на раѓање / Data e lindjes=birth_date@%d.%m.%Y | Пол / Gjinia=sex:sex_mk188"
        " | Адреса / Adresa=street:street_mk188 | Општина / Komuna=district:opstina_mk188"
        " | Телефон / Telefoni=phone:phone_mk188 | Вакцина / Vaksina=-:vaccine_mk188"
        " | Доза / Doza=-:dose_mk188 | Серија / Seria=-:lot_mk188"
        " | Датум на вакцинација / Data e vaksinimit=date@%d.%m.%Y"
        " | Пункт / Pika=-:point_mk188 | Матичен лекар / Mjeku amë=-:doctor_mk188",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "regjistri_automjeteve_pronaret_xk188",
        "Nr.=row | Numri personal / Lični broj=national_id:np_xk188"
        " | Emri / Ime=given_name:xk_given188 | Mbiemri / Prezime=family_name:xk_family188"
        " | Data e lindjes / Datum rođenja=birth_date@%d.%m.%Y | Gjinia / Pol=sex:sex_xk188"
        " | Adresa e banimit / Adresa stanovanja=street:street_xk188"
        " | Komuna / Opština=district:komuna_xk188 | Telefoni / Telefon=phone:phone_xk188"
        " | Targat / Tablice=-:plate_xk188 | Marka dhe modeli=-:car_xk188"
        " | Nr. i shasisë / Broj šasije=-:vin_xk188"
        " | Data e regjistrimit / Datum registracije=date@%d.%m.%Y"
        " | Skadon më / Važi do=date:expiry_xk188",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: the Serbian date with its closing dot.
INVALID_DAY: dict[str, str] = {"%d.%m.%Y.": "31.02.{y}."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "jmbg_rs188",
    "jmbg_ba188",
    "jmbg_me188",
    "embg_mk188",
    "np_xk188",
)
SEX_HOLDS: tuple[str, ...] = ("sex_rs188", "sex_ba188", "sex_me188", "sex_mk188", "sex_xk188")
NAME_HOLDS = frozenset(
    {"rs_family188", "rs_given188", "ba_family188", "ba_given188", "me_full188"}
    | {"mk_given188", "mk_family188", "xk_given188", "xk_family188"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_rs188",
    "phone_ba188",
    "phone_me188",
    "phone_mk188",
    "phone_xk188",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("border_addr188", "addr_me188")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND188",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND188",
]
