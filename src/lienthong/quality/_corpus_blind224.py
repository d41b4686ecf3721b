"""The two-hundred-and-twenty-fourth part of the outside corpus, **blind 224** (written 05:51 UTC,
2026-12-07, never used for tuning): person files a district ornamental-plant society, a
provincial environment department's sand-mining desk, a provincial dermatology centre, a
provincial political school, a Swedish kommun's marina office, a Finnish city library, a
Norwegian kommune's housing office, a Danish allotment-garden association and an Icelandic
municipality's welfare office could hand over. Four Vietnamese files: the members of a
district's ornamental-plant society (bonsai, ornamental rocks, song birds), in Excel (the
member's card, the branch, what they keep, the yearly fee, the prizes); the crews of the sand
dredgers licensed on a river, in UTF-16 with tabs (the role on board, the certificate, the
boat's number, its owner and the owner's phone, the mining site, the pumping capacity); the
leprosy patients a dermatology centre keeps under watch in their communes, in Windows-1258 with
semicolons and no diacritics (the case code, the form, the day it was found, the present state,
the carer, the health worker); and the officials and teachers on a course in a minority
language, in UTF-8 with a BOM (the post, the unit, the language, the final mark, the
certificate). Five foreign files: the boat-berth queue of a Swedish kommun, in UTF-8 with
semicolons (the queue number, the personnummer, the street, postal code and town, the boat, the
harbour wished for, the queue fee); the patrons of a bilingual Finnish city library, in UTF-8
with tabs and Finnish and Swedish headers (the library card, the henkilötunnus, the address, the
home branch, the language, the fines owed, the guardian); the applications for a start-up
housing loan to a Norwegian kommune, in Excel (the case number, the fødselsnummer, the address,
the co-applicant, the sum sought, the decision); the waiting list of a Danish allotment-garden
association, in UTF-8 with a BOM and semicolons (the CPR number, the address, the association,
the plot wished for, the fee); and the waiting list for social housing of an Icelandic
municipality, in UTF-8 (the kennitala, the legal domicile, the flat's size, the household, the
points, the social worker).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind224_writers import WRITERS_BLIND224
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND224: tuple[Shape, ...] = (
    _shape(
        "hoi_vien_hoi_sinh_vat_canh_huyen_so_theo_doi_hoi_phi_vn224",
        "STT=row | Số thẻ HV=-:bonsai_card224 | Họ và tên hội viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Địa chỉ=address | Điện thoại=phone"
        " | Chi hội=-:bonsai_club224 | Loại hình chơi=-:bonsai_kind224"
        " | Hội phí (đ/năm)=-:bonsai_fee224 | Giải thưởng đã đạt=-:bonsai_prize224"
        " | Ngày vào hội=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "thuyen_vien_tau_hut_cat_khai_thac_cat_long_song_so_tnmt_vn224",
        "TT=row | Họ tên thuyền viên=full_name | Sinh ngày=birth_date@%d/%m/%Y"
        " | CCCD=cccd | Nơi thường trú=address | SĐT=phone:phone_spaced"
        " | Chức danh=-:dredge_role224 | Số CCCM/GCN=-:dredge_cert224"
        " | Số hiệu phương tiện=-:dredge_boat224 | Chủ phương tiện=-:dredge_owner224"
        " | SĐT chủ PT=-:dredge_owner_phone224 | Vị trí khai thác=-:dredge_place224"
        " | Công suất hút=-:dredge_tons224 | Ngày kiểm tra=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_phong_quan_ly_tai_cong_dong_trung_tam_da_lieu_tinh_vn224",
        "Stt=row | Ma BN=-:leprosy_code224 | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi=sex | So CCCD=cccd | Dia chi=address | DT=phone:phone_dotted"
        " | The benh=-:leprosy_form224 | Ngay phat hien=date@%d/%m/%Y"
        " | Tinh trang hien tai=-:leprosy_state224 | Nguoi cham soc=-:leprosy_carer224"
        " | Can bo giam sat=-:leprosy_officer224 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "can_bo_cong_chuc_hoc_tieng_dan_toc_thieu_so_truong_chinh_tri_tinh_vn224",
        "STT=row | Họ và tên học viên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Chức vụ=-:lang_job224"
        " | Đơn vị công tác=-:lang_unit224 | Địa chỉ liên hệ=address | Số điện thoại=phone"
        " | Email=email | Tiếng DTTS theo học=-:lang_lang224 | Điểm thi cuối khóa=-:lang_mark224"
        " | Số chứng chỉ=-:lang_cert224 | Ngày cấp=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "batplatsko_nacka_kommun_se224",
        "Löpnr=row | Kö-nr=-:se_queue224 | Efternamn=family_name:se_family224"
        " | Förnamn=given_name:se_given224 | Personnummer=national_id:se_pnr224"
        " | Utdelningsadress=street:se_street224 | Postnr=postcode:se_zip224"
        " | Postort=district:se_town224 | Mobil=phone:se_phone224 | E-post=email"
        " | Båttyp=-:se_boat224 | Önskad hamn=-:se_harbour224 | Köavgift=-:se_fee224"
        " | Anmäld datum=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "kirjaston_asiakasrekisteri_bibliotekets_kundregister_espoo_fi224",
        "Nro / Nr=row | Asiakasnumero / Kundnummer=-:fi_card224 | Nimi / Namn=full_name:fi_name224"
        " | Henkilötunnus / Personbeteckning=national_id:fi_hetu224"
        " | Syntymäaika / Födelsedatum=birth_date@%d.%m.%Y | Osoite / Adress=address:fi_addr224"
        " | Puhelin / Telefon=phone:fi_phone224 | Sähköposti / E-post=email"
        " | Kotikirjasto / Hembibliotek=-:fi_branch224 | Asiointikieli / Språk=-:fi_lang224"
        " | Maksut / Avgifter=-:fi_fines224 | Huoltaja / Vårdnadshavare=-:fi_guardian224"
        " | Liittynyt / Registrerad=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "startlan_soknader_trondheim_kommune_no224",
        "Nr.=row | Saksnr.=-:no_case224 | Søker (etternavn, fornavn)=full_name:no_name224"
        " | Fødselsnummer=national_id:no_fnr224 | Adresse=street:no_street224"
        " | Postnr.=postcode:no_zip224 | Poststed=district:no_town224"
        " | Telefon=phone:no_phone224 | E-post=email | Medsøker=-:no_coapp224"
        " | Søknadsbeløp (kr)=-:no_amount224 | Vedtak=-:no_status224"
        " | Mottatt dato=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "venteliste_kolonihaver_haveforening_odense_dk224",
        "Nr.=row | Navn=full_name:dk_name224 | CPR-nr.=national_id:dk_cpr224"
        " | Adresse=address:dk_addr224 | Tlf.=phone:dk_phone224 | E-mail=email"
        " | Forening=-:dk_association224 | Ønsket havelod nr.=-:dk_place224"
        " | Ventelistegebyr=-:dk_fee224 | Indskrevet=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "bidlisti_felagslegt_leiguhusnaedi_reykjavik_is224",
        "Nr.=row | Nafn=full_name:is_name224 | Kennitala=national_id:is_kt224"
        " | Lögheimili=street:is_street224 | Póstnúmer=postcode:is_zip224"
        " | Staður=district:is_town224 | Sími=phone:is_phone224 | Netfang=email"
        " | Stærð íbúðar=-:is_rooms224 | Fjöldi í heimili=-:is_household224"
        " | Stig=-:is_points224 | Ráðgjafi=-:is_worker224 | Dags. umsóknar=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("se_pnr224", "fi_hetu224", "no_fnr224", "dk_cpr224", "is_kt224")
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {"se_family224", "se_given224", "fi_name224", "no_name224", "dk_name224", "is_name224"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "se_phone224",
    "fi_phone224",
    "no_phone224",
    "dk_phone224",
    "is_phone224",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("fi_addr224", "dk_addr224")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND224",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND224",
]
