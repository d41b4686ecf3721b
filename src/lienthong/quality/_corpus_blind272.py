"""The two-hundred-and-seventy-second part of the outside corpus, **blind 272** (written 09:58 UTC,
2026-12-07, never used for tuning): person files a Hanoi village's kite festival board, a south
central province's culture department, a Khmer district's festival board, a Mekong farmers'
cooperative, Avannaata municipality in North Greenland, the Faroese food and veterinary agency,
Ålandstrafiken, NHS Shetland and Ísafjarðarbær in Iceland's Westfjords could hand over.
Four Vietnamese files: contestants of a flute-kite (diều sáo) festival in UTF-16 with tabs and
headers without diacritics (the team, the kite's number and wingspan, its flutes, the helper who
launches it and his phone, the check of the kite, the day registered); bài chòi folk artists
paid a monthly allowance in Windows-1258 with semicolons (the club, the role on the stage, the
title, the years performing, the allowance, the bank account, the decision and its day); ox
owners entering pairs in the Bảy Núi ox race in Excel (the pair, the commune, the pagoda that
sponsors it, the jockey, the oxen's age and weight, the round reached, the race day); and
farmers enrolling plots in the low-emission high-quality rice scheme in UTF-8 with a BOM and
semicolons (the cooperative, the map sheet and plot, the area in hectares, the variety, the way
of sowing and watering, the sowing day, a note).
Five files of the North Atlantic islands: Avannaata's sled-dog register in Windows-1252 with
semicolons and headers in Kalaallisut and Danish (the CPR, the owner's name and birth date, the
street, town and postcode apart, the dogs, the dog yard, the rabies vaccination day, the dog
tax, whether a hunter by trade, a note); Faroese pilot whale hunt licences in UTF-8 with
semicolons (the licence, the given name and family name apart, the P-tal, the sex, the street,
postcode and village, a mobile, an email, the course day and place, the tool licensed, the grind
foreman, a note); Åland's archipelago ferry commuter cards in UTF-8 with a BOM and tabs (the
card, the names apart, the henkilötunnus, the sex, the island address in three columns, a
mobile or a landline, an email, the card's kind, the ferry line, the car's plate, the
workplace, the day valid from, the officer, the status); NHS Shetland's patient travel claims in
Excel (the claim, the CHI, the names apart, the birth date, the address and postcode, the phone,
the appointment day, the hospital and specialty, how the patient travelled, the escort and why,
the amount, the day paid, the status); and Ísafjarðarbær's home help register in Windows-1252
with semicolons (the name, the kennitala, the street, postcode and place apart, the phone, the
help given and its hours, a relative and the relative's phone, the start day, the review day,
the home help worker, the fee band, a note).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind272_writers import WRITERS_BLIND272
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND272: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_dang_ky_thi_tha_dieu_sao_le_hoi_lang_ban_to_chuc_ha_noi_vn272",
        "STT=row | Ho va ten nghe nhan=full_name:full_name_ascii | Nam sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex:sex_caps | So CCCD=cccd | Dia chi=address:address_ascii"
        " | Dien thoai=phone:phone_dotted | Doi/CLB=-:kite_team272 | So dieu=-:kite_no272"
        " | Sai canh (m)=-:kite_span272 | Loai sao=-:kite_flute272"
        " | Nguoi tha dieu phu=-:kite_helper272 | DT nguoi phu=-:kite_helper_phone272"
        " | Kiem tra=-:kite_status272 | Ngay dang ky=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nghe_nhan_hoi_vien_clb_bai_choi_dan_gian_huong_tro_cap_hang_thang_so_vhttdl_vn272",
        "TT=row | Họ tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | CCCD=cccd | Thường trú=address | Số ĐT=phone:phone_spaced"
        " | Tên CLB/ Đội=-:choi_club272 | Vai diễn=-:choi_role272"
        " | Danh hiệu=-:choi_level272 | Số năm tham gia=-:choi_years272"
        " | Mức trợ cấp/tháng (đ)=-:choi_support272 | Số TK=-:choi_bank272"
        " | Số QĐ=-:choi_decision272 | Ngày QĐ=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "chu_bo_dang_ky_doi_bo_tham_gia_le_hoi_dua_bo_bay_nui_ban_to_chuc_huyen_vn272",
        "STT=row | Đôi bò=-:ox_pair272 | Chủ bò=full_name | Năm sinh chủ bò=birth_date@%d/%m/%Y"
        " | Giới tính=sex | CCCD chủ bò=cccd:cccd_spaced | Địa chỉ=address | ĐT=phone"
        " | Đại diện xã=-:ox_place272 | Chùa bảo trợ=-:ox_pagoda272 | Nài bò=-:ox_jockey272"
        " | Tuổi bò=-:ox_age272 | Trọng lượng=-:ox_weight272 | Kết quả=-:ox_result272"
        " | Ngày đua=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nong_ho_dang_ky_tham_gia_de_an_1_trieu_ha_lua_chat_luong_cao_phat_thai_thap_htx_vn272",
        "STT=row | Họ và tên nông hộ=full_name | Ngày sinh=birth_date@%d-%m-%Y | Nam/Nữ=sex"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | Điện thoại=phone"
        " | HTX/THT=-:rice_coop272 | Tờ BĐ, thửa=-:rice_sheet272 | Diện tích (ha)=-:rice_area272"
        " | Giống lúa=-:rice_seed272 | Kỹ thuật canh tác=-:rice_method272"
        " | Ngày ĐK=date@%d-%m-%Y | Ngày xuống giống=-:rice_sown272@%d-%m-%Y"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "qimmit_nalunaarsuiffiat_slaedehunderegister_avannaata_kommunia_gl272",
        "Nr.=row | Inuup normua / CPR-nr.=national_id:gl_cpr272 | Ateq / Navn=full_name:gl_name272"
        " | Inunngorfia / Fødselsdato=birth_date@%d-%m-%Y | Najugaq / Adresse=street:gl_street272"
        " | Illoqarfik / By=district:gl_town272 | Postnr.=postcode:gl_post272"
        " | Oqarasuaat / Tlf.=phone:gl_phone272 | Qimmit amerlassusaat / Antal hunde=-:gl_dogs272"
        " | Qimmeqarfik / Hundeplads=-:gl_yard272"
        " | Kaputtigaaneq / Rabiesvaccineret=date@%d-%m-%Y"
        " | Qimmit akileraarutaat / Hundeskat kr.=-:gl_fee272"
        " | Piniartoq / Erhvervsfanger=-:gl_hunter272 | Oqaaseqaatit / Bemærkninger=-:gl_note272",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "grindaloyvi_skeid_heilsufrodiliga_starvsstovan_fo272",
        "Nr.=row | Loyvi nr.=-:fo_licence272 | Fyrinavn=given_name:fo_given272"
        " | Eftirnavn=family_name:fo_family272 | P-tal=national_id:fo_ptal272"
        " | Kyn=sex:fo_sex272 | Bústaður=street:fo_street272 | Postnr.=postcode:fo_post272"
        " | Bygd=district:fo_town272 | Fartelefon=phone:fo_phone272"
        " | Teldupostur=email:fo_email272 | Skeið dagfest=date@%d.%m.%Y"
        " | Skeiðsstaður=-:fo_course_place272 | Loyvi til=-:fo_lance272"
        " | Grindaformaður=-:fo_foreman272 | Viðmerking=-:fo_note272",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "pendlarkort_skargardstrafiken_alandstrafiken_ax272",
        "Löpnr=row | Kortnummer=-:ax_card272 | Efternamn=family_name:ax_family272"
        " | Förnamn=given_name:ax_given272 | Personbeteckning=national_id:ax_hetu272"
        " | Kön=sex:ax_sex272 | Gatuadress=street:ax_street272 | Postnr=postcode:ax_post272"
        " | Kommun=district:ax_kommun272 | Telefon=phone:ax_phone272"
        " | E-post=email:ax_email272 | Kortslag=-:ax_kind272 | Linje=-:ax_line272"
        " | Fordonets reg.nr=-:ax_reg272 | Arbetsplats/skola=-:ax_work272"
        " | Giltigt fr.o.m.=date@%d.%m.%Y | Handläggare=-:ax_officer272 | Status=-:ax_status272",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "patient_travel_claims_nhs_shetland_scot272",
        "Line=row | Claim Ref=-:sh_claim272 | CHI No=national_id:sh_chi272"
        " | Surname=family_name:sh_family272"
        " | Forename=given_name:sh_given272 | DOB=birth_date@%d/%m/%Y | Sex=sex:sex_en"
        " | Address=address:sh_addr272 | Postcode=postcode:sh_post272"
        " | Tel No=phone:sh_phone272 | Appt Date=date@%d/%m/%Y"
        " | Hospital/Clinic=-:sh_hosp272 | Specialty=-:sh_spec272 | Travel Mode=-:sh_mode272"
        " | Escort=-:sh_escort272 | Escort Reason=-:sh_escort_why272"
        " | Amount Claimed (£)=-:sh_amount272 | Date Paid=date:sh_paid272@%d/%m/%Y"
        " | Status=-:sh_status272",
        english=True,
        file="xlsx",
    ),
    _shape(
        "felagsleg_heimathjonusta_notendur_isafjardarbaer_vestfirdir_is272",
        "Nr.=row | Nafn=full_name:is_name272 | Kennitala=national_id:is_kt272"
        " | Lögheimili=street:is_street272 | Póstnr.=postcode:is_post272"
        " | Staður=district:is_town272 | Sími=phone:is_phone272"
        " | Tegund þjónustu=-:is_service272 | Klst. á viku=-:is_hours272"
        " | Aðstandandi=-:is_kin272 | Sími aðstandanda=-:is_kin_phone272"
        " | Þjónusta hefst=date@%d.%m.%Y | Endurmat=-:is_review272@%d.%m.%Y"
        " | Starfsmaður=-:is_worker272 | Gjaldflokkur=-:is_fee272"
        " | Athugasemdir=-:is_note272",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "gl_cpr272",
    "fo_ptal272",
    "ax_hetu272",
    "sh_chi272",
    "is_kt272",
)
SEX_HOLDS: tuple[str, ...] = ("fo_sex272", "ax_sex272")
NAME_HOLDS = frozenset(
    {
        "gl_name272",
        "fo_given272",
        "fo_family272",
        "ax_family272",
        "ax_given272",
        "sh_family272",
        "sh_given272",
        "is_name272",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "gl_phone272",
    "fo_phone272",
    "ax_phone272",
    "sh_phone272",
    "is_phone272",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("sh_addr272",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND272",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND272",
]
