"""The hundred-and-forty-eighth part of the outside corpus, **blind 148** (written 22:07 UTC,
2026-12-06, never used for tuning): person files a district tax team following livestream
sellers, a provincial sports department carding football referees, a commune police post taking
in vehicles that change hands, a lower secondary school selling pupils' accident insurance,
Tallinn's pet register, a Riga library, Vilnius University's halls of residence, a Tampere adult
education centre and Iceland's hunting card register could hand over.
Four Vietnamese files: livestream and marketplace sellers declaring tax in Windows-1258 with
semicolons (the tax code, the platform and the shop's name, the goods, the quarter's revenue and
the VAT and personal income tax on it); football referees trained and carded in Excel (the unit
they work for, the grade, the fitness test, the laws score, the card number); vehicles changing
hands in UTF-16 with tabs, the owner's name in capitals (the old and new plates, the make, engine
and frame numbers, the seller, the officer who took the file); and pupils' accident insurance in
UTF-8 with a BOM and semicolons, headers and values without diacritics and odd spacing (the class,
the parent and the parent's phone, the plan and the fee).
Five foreign files: Tallinn's pet register (the owner's isikukood, name with the family name in
capitals, the address as the population register writes it and its postcode, the animal, breed,
microchip and rabies vaccination); a Riga library's readers in Windows-1257 (the reader's card,
personas kods, given and family names, sex, the address with its LV- postcode, the branch, the
fines); Vilnius University's halls of residence in Excel (asmens kodas, faculty, programme, year,
hall and room, the declared residence, the student mail, the monthly fee); a Tampere adult
education centre's enrolments with tabs (henkilötunnus, family and given names, street, postcode,
post town, mother tongue, the course number and name, the fee and its discount); and Iceland's
hunting card register (kennitala, name, street, postcode, place, the card, the firearms licence,
the game, whether the bag report came in).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind148_writers import WRITERS_BLIND148
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND148: tuple[Shape, ...] = (
    _shape(
        "ca_nhan_ban_hang_livestream_san_tmdt_doi_thue_vn148",
        "STT=row | Mã số thuế=mst | Họ và tên NNT=full_name | Số CCCD=cccd"
        " | Ngày sinh=birth_date@%d/%m/%Y | Điện thoại=phone | Địa chỉ cư trú=address"
        " | Sàn TMĐT=-:tmdt_platform148 | Tên gian hàng=-:tmdt_shop148"
        " | Ngành hàng=-:tmdt_goods148 | Doanh thu quý (đồng)=-:tmdt_revenue148"
        " | Thuế GTGT (1%)=-:tmdt_vat148 | Thuế TNCN (0,5%)=-:tmdt_pit148"
        " | Ngày nộp tờ khai=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "trong_tai_bong_da_tap_huan_cap_the_so_vhttdl_vn148",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Đơn vị công tác=-:ref_unit148 | Địa chỉ liên hệ=address"
        " | Điện thoại=phone:phone_dotted | Email=email | Cấp trọng tài=-:ref_level148"
        " | KT thể lực=-:ref_fitness148 | Điểm luật=-:ref_score148"
        " | Số thẻ trọng tài=-:ref_card148 | Ngày cấp thẻ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "tiep_nhan_ho_so_sang_ten_xe_cong_an_xa_vn148",
        "STT=row | Họ tên chủ xe (mới)=full_name:full_name_caps"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Nơi thường trú=address | SĐT=phone:phone_spaced | Biển số cũ=-:xe_plate_old148"
        " | Biển số mới=-:xe_plate_new148 | Nhãn hiệu=-:xe_brand148 | Số máy=-:xe_engine148"
        " | Số khung=-:xe_frame148 | Chủ xe cũ=-:xe_seller148 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Cán bộ tiếp nhận=-:xe_officer148",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_sinh_mua_bao_hiem_than_the_truong_thcs_vn148",
        "STT=row | Ho va ten hoc sinh=full_name:full_name_ascii | Lop=-:bhtt_class148"
        " | Ngay  sinh=birth_date@%d/%m/%Y | Ma dinh danh=cccd | Ho ten PHHS=-:bhtt_parent148"
        " | SDT  PHHS=-:bhtt_parent_phone148 | Dia chi=address:address_ascii"
        " | Goi BH=-:bhtt_plan148 | Muc phi (d/nam)=-:bhtt_fee148 | Ngay dong=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "lemmikloomaregister_omanikud_tallinn_ee148",
        "Jrk=row | Omaniku isikukood=national_id:ik148 | Omaniku nimi=full_name:ee_owner148"
        " | Aadress=address:ee_addr148 | Sihtnumber=postcode:ee_post148"
        " | Telefon=phone:ee_phone148 | Looma liik=-:ee_pet_kind148 | Tõug=-:ee_breed148"
        " | Looma nimi=-:ee_pet148 | Mikrokiibi number=-:ee_chip148"
        " | Marutaudi vaktsineerimine=-:ee_rabies148 | Registreeritud=date@%d.%m.%Y",
        english=True,
        delimiter=";",
    ),
    _shape(
        "rcb_lasitaju_registrs_riga_lv148",
        "Nr.p.k.=row | Lasītāja kartes Nr.=-:lv_card148 | Vārds=given_name:lv_given148"
        " | Uzvārds=family_name:lv_family148 | Personas kods=national_id:pk148"
        " | Dzimums=sex:sex_lv148 | Adrese=address:lv_addr148 | Tālrunis=phone:lv_phone148"
        " | E-pasts=email:lv_email148 | Filiāle=-:lv_branch148"
        " | Reģistrācijas datums=date@%d.%m.%Y | Parāds, EUR=-:lv_debt148",
        english=True,
        encoding="cp1257",
        delimiter=";",
    ),
    _shape(
        "vu_bendrabuciu_gyventojai_vilnius_lt148",
        "Eil. Nr.=row | Vardas=given_name:lt_given148 | Pavardė=family_name:lt_family148"
        " | Asmens kodas=national_id:ak148 | Gimimo data=birth_date@%Y-%m-%d"
        " | Lytis=sex:sex_lt148 | Fakultetas=-:lt_faculty148 | Studijų programa=-:lt_prog148"
        " | Kursas=-:lt_year148 | Bendrabutis=-:lt_dorm148 | Kambario Nr.=-:lt_room148"
        " | Deklaruota gyvenamoji vieta=address:lt_addr148 | Tel. nr.=phone:lt_phone148"
        " | El. paštas=email:lt_email148 | Įsikėlimo data=date@%Y-%m-%d"
        " | Mokestis, Eur/mėn.=-:lt_fee148",
        english=True,
        file="xlsx",
    ),
    _shape(
        "tyovaenopiston_ilmoittautumiset_tampere_fi148",
        "Nro=row | Sukunimi=family_name:fi_family148 | Etunimet=given_name:fi_given148"
        " | Henkilötunnus=national_id:hetu148 | Lähiosoite=street:fi_street148"
        " | Postinumero=postcode:fi_post148 | Postitoimipaikka=district:fi_town148"
        " | Matkapuhelin=phone:fi_phone148 | Sähköposti=email:fi_email148"
        " | Äidinkieli=-:fi_lang148 | Kurssinumero=-:fi_course_no148"
        " | Kurssin nimi=-:fi_course148 | Kurssimaksu €=-:fi_fee148"
        " | Alennus=-:fi_discount148 | Ilmoittautunut=timestamp:fi_enrolled148",
        english=True,
        delimiter="\t",
    ),
    _shape(
        "veidikortaskra_umhverfisstofnun_is148",
        "Nr.=row | Kennitala=national_id:kt148 | Nafn=full_name:is_name148"
        " | Heimilisfang=street:is_street148 | Póstnúmer=postcode:is_post148"
        " | Staður=district:is_town148 | Sími=phone:is_phone148 | Veiðikort nr.=-:is_card148"
        " | Skotvopnaleyfi=-:is_gun148 | Gildir til=date@%d.%m.%Y | Veiðitegund=-:is_game148"
        " | Veiðiskýrslu skilað=-:is_report148",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ik148", "pk148", "ak148", "hetu148", "kt148")
SEX_HOLDS: tuple[str, ...] = ("sex_lv148", "sex_lt148")
NAME_HOLDS = frozenset(
    {
        "ee_owner148",
        "lv_given148",
        "lv_family148",
        "lt_given148",
        "lt_family148",
        "fi_family148",
        "fi_given148",
        "is_name148",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "ee_phone148",
    "lv_phone148",
    "lt_phone148",
    "fi_phone148",
    "is_phone148",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ee_addr148", "lv_addr148", "lt_addr148")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND148",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND148",
]
