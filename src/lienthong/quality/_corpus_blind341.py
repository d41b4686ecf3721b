"""The three-hundred-and-forty-first part of the outside corpus, **blind 341** (written 12:40 UTC,
2026-12-07, never used for tuning): person files a pagoda, a Catholic parish, a Cao Đài temple
council, a Protestant Bible school, the Muslim Community of Albania, a Macedonian Orthodox
church, the municipality of Cetinje, a hunters' association in Republika Srpska and Moldova's
blood transfusion centre could hand over. Four Vietnamese files: a pagoda's list of its resident
monks and nuns declared to the commune police, in Windows-1258 with semicolons (the dharma name
beside the birth name, the monastic rank, the duty at the pagoda, the year of ordination, the
master, the home town, the pagoda as the residence); a parish's baptism book copied into Excel
from the old registers (the baptism number, the saint's name, the place of birth, father and
mother with their saints' names, the day of baptism, the priest, the godparent, confirmation,
marriage note, the chapel); a Cao Đài temple council's list of dignitaries proposed for
promotion in UTF-16 with tabs (the rank, the holy name, the Cao Đài branch beside the sex, the
year of initiation, the day of ordination, the temple and its address, the proposal, the
opinion); and a Protestant Bible school's students in UTF-8 with a BOM, tabs and headers without
diacritics (the student code, the ethnic group, the local church and its pastor, the class, the
fee paid, the mark).
Five foreign files: the Muslim Community of Albania's Hajj pilgrims in UTF-8 (first name,
father's name and surname apart, the NID with its decade letter, the passport, the street and
the municipality, the mufti office, the group, the payment); a Macedonian church's marriage
register in Windows-1251 with semicolons (the ЕМБГ, the place of birth, the spouse, the best man,
the priest, the volume and page); Cetinje's one-off cash aid list in UTF-8 with semicolons
(ijekavian headers, the JMBG, dates with a closing dot, the decision number, the basis, the
amount in euro, the bank account); a Republika Srpska hunters' association's members in UTF-8
with a BOM and Cyrillic headers (the ЈМБГ, the father's name, the hunting licence and firearm
permit, the section, the fee in KM); and a Moldovan blood donors' register in UTF-8 with
semicolons and Romanian headers (the IDNP, the blood group and Rh, the domicile, the employer,
the volume and the donation count).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind341_writers import WRITERS_BLIND341
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND341: tuple[Shape, ...] = (
    _shape(
        "tang_ni_thuong_tru_tai_chua_khai_bao_luu_tru_cong_an_xa_vn341",
        "STT=row | Pháp danh=-:dharma341 | Thế danh=full_name | Ngày, tháng, năm sinh"
        "=birth_date@%d/%m/%Y | Nam/Nữ=sex | Số CCCD=cccd | Giáo phẩm=-:rank341"
        " | Chức vụ tại chùa=-:duty341 | Năm xuất gia=-:ordain341 | Bổn sư (thầy thế độ)"
        "=-:master341 | Quê quán=-:hometown341 | Nơi thường trú (cơ sở tôn giáo)"
        "=address:pagoda_addr341 | ĐTDĐ=phone | Ngày đến chùa=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_rua_toi_giao_xu_so_hoa_tu_so_goc_vn341",
        "STT=row | Số RT=-:rt_no341 | Tên Thánh=-:saint341 | Họ và tên=full_name"
        " | Sinh ngày=birth_date@%d-%m-%Y | Phái=sex | Nơi sinh=-:birthplace341"
        " | Tên cha=-:father341 | Tên mẹ=-:mother341 | Ngày rửa tội=date:baptism341@%d-%m-%Y"
        " | Người rửa tội=-:priest341 | Người đỡ đầu=-:godparent341"
        " | Thêm sức (ngày)=date:confirm341@%d-%m-%Y | Hôn phối=-:marriage341"
        " | Giáo họ=-:chapel341 | Cư ngụ hiện nay=address | Ghi chú bên lề=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "chuc_sac_cao_dai_de_nghi_thang_pham_ban_cai_quan_thanh_that_vn341",
        "TT=row | Phẩm vị=-:cd_rank341 | Thánh danh=-:cd_holy341 | Họ và tên (thế danh)=full_name"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Phái=-:cd_branch341 | Giới tính=sex"
        " | Số CCCD=cccd:cccd_spaced | Nhập môn năm=-:cd_join341 | Thọ phong ngày=date@%d/%m/%Y"
        " | Nhiệm sở=-:cd_temple341 | Địa chỉ nhiệm sở=-:cd_temple_addr341 | Chỗ ở hiện nay=address"
        " | Điện thoại=phone:phone_dotted | Đề nghị thăng phẩm=-:cd_promo341"
        " | Ý kiến Khâm Châu Đạo=-:cd_opinion341",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_lop_thanh_kinh_than_hoc_hoi_thanh_tin_lanh_vn341",
        "Stt=row | MSHV=-:tl_code341 | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Dan toc=-:tl_ethnic341"
        " | Chi hoi / Hoi thanh dia phuong=-:tl_church341 | Quan nhiem (MS/TD)=-:tl_pastor341"
        " | Lop=-:tl_class341 | Dia chi lien lac=address | Dien thoai=phone | Email=email"
        " | Hoc phi da dong (d)=-:tl_fee341 | Ngay nhap hoc=date@%d/%m/%Y"
        " | Ket qua HK1=-:tl_score341",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "lista_e_pelegrineve_haxh_komuniteti_mysliman_shqiperise_al341",
        "Nr.=row | Emri=given_name:al_given341 | Atësia=-:al_father341"
        " | Mbiemri=family_name:al_family341 | Datëlindja=birth_date@%d.%m.%Y"
        " | Gjinia=sex:al_sex341 | Nr. Personal (NID)=national_id:al_nid341"
        " | Nr. Pasaportës=-:al_pass341 | Adresa=street:al_street341"
        " | Bashkia=district:al_city341 | Cel.=phone:al_phone341 | Myftinia=-:al_mufti341"
        " | Grupi=-:al_group341 | Data e nisjes=date@%d.%m.%Y | Shuma e paguar (€)=-:al_paid341",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "maticna_kniga_na_venchani_crkovna_opshtina_mk341",
        "Ред. бр.=row | Презиме=family_name:mk_family341 | Име=given_name:mk_given341"
        " | Татково име=-:mk_father341 | Датум на раѓање=birth_date@%d.%m.%Y"
        " | ЕМБГ=national_id:mk_embg341 | Место на раѓање=-:mk_birthplace341"
        " | Адреса на живеење=street:mk_street341 | Општина=district:mk_city341"
        " | Телефон=phone:mk_phone341 | Брачен другар=-:mk_spouse341 | Кум / Кума=-:mk_kum341"
        " | Датум на венчавање=date@%d.%m.%Y | Свештеник=-:mk_priest341 | Том / Страна=-:mk_tom341",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "spisak_korisnika_jednokratne_novcane_pomoci_prijestonica_cetinje_me341",
        "R. br.=row | Ime i prezime=full_name:me_full341 | Ime roditelja=-:me_parent341"
        " | JMBG=national_id:me_jmbg341 | Datum rođenja=birth_date@%d.%m.%Y."
        " | Pol=sex:me_sex341 | Adresa stanovanja=street:me_street341"
        " | Mjesto=district:me_place341 | Kontakt telefon=phone:me_phone341"
        " | Broj rješenja=-:me_decision341 | Osnov=-:me_basis341 | Iznos (€)=-:me_amount341"
        " | Žiro račun=-:me_account341 | Datum isplate=date@%d.%m.%Y.",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "spisak_clanova_lovackog_udruzenja_republika_srpska_ba341",
        "Р. бр.=row | Презиме и име=full_name:ba_full341 | Име оца=-:ba_father341"
        " | ЈМБГ=national_id:ba_jmbg341 | Датум рођења=birth_date@%d.%m.%Y."
        " | Пол=sex:ba_sex341 | Адреса=street:ba_street341 | Општина=district:ba_city341"
        " | Телефон=phone:ba_phone341 | Бр. ловачке легитимације=-:ba_licence341"
        " | Бр. оружног листа=-:ba_gun341 | Секција=-:ba_section341"
        " | Чланарина (КМ)=-:ba_fee341 | Датум уплате=date@%d.%m.%Y.",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "registrul_donatorilor_de_sange_centrul_national_transfuzie_md341",
        "Nr. d/o=row | Numele=family_name:md_family341 | Prenumele=given_name:md_given341"
        " | Data nașterii=birth_date@%d.%m.%Y | Sexul=sex:md_sex341 | IDNP=national_id:md_idnp341"
        " | Grupa sanguină=-:md_blood341 | Rh=-:md_rh341 | Domiciliul=address:md_addr341"
        " | Telefon=phone:md_phone341 | Locul de muncă=-:md_work341"
        " | Data donării=date@%d.%m.%Y | Volum recoltat (ml)=-:md_volume341"
        " | Nr. donării=-:md_count341",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats (the Montenegrin and Bosnian closing dot).
INVALID_DAY: dict[str, str] = {"%d.%m.%Y.": "31.02.{y}."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "al_nid341",
    "mk_embg341",
    "me_jmbg341",
    "ba_jmbg341",
    "md_idnp341",
)
SEX_HOLDS: tuple[str, ...] = ("al_sex341", "me_sex341", "ba_sex341", "md_sex341")
NAME_HOLDS = frozenset(
    {"al_given341", "al_family341", "mk_family341", "mk_given341", "me_full341", "ba_full341"}
    | {"md_family341", "md_given341"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "al_phone341",
    "mk_phone341",
    "me_phone341",
    "ba_phone341",
    "md_phone341",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("pagoda_addr341", "md_addr341")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND341",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND341",
]
