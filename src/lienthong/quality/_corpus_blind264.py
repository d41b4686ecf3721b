"""The two-hundred-and-sixty-fourth part of the outside corpus, **blind 264** (written 09:51 UTC,
2026-12-07, never used for tuning): person files a province Justice Department, a province
lawyers' association, the Ministry of Finance's price management department, the labour
ministry's safety inspection board, an Irish summer college scheme in the Gaeltacht, Gwynedd's
social services, NHS Highland, the Isle of Man's housing authorities and the seamen's insurance
office in Le Guilvinec could hand over.
Four Vietnamese files: insolvency administrators on the Justice Department's list in
Windows-1258 with semicolons (the practice certificate and its day, whether they practise alone
or in a firm, the firm and its office apart from the administrator's home, the former
profession, a note); legal consultants of the lawyers' association's advice centres in Excel
(the degree, the years in legal work, the centre, the consultant's card and its day, why a card
was taken back); price appraisers registered to practise in UTF-16 with tabs and headers
without diacritics (the home province apart from the address, the appraiser's card and its day,
the appraisal firm, the post there, the year registered, the status, the firm's phone, the time
last updated); and occupational safety inspectors in UTF-8 with a BOM and semicolons (the
inspection body, the certificate, the field, the day it was issued and the day it runs out, the
body's head, a note).
Five files from the Celtic regions: households hosting Irish summer college learners in the
Gaeltacht with Irish headers (the name written in Irish with ``Ó``/``Ní``, the PPS number with
its check letter, the address in Irish, the county alone, the Eircode, the college, the beds,
the Garda vetting, the status, the grant); Gwynedd's sight impairment register with Welsh
headers in Windows-1252 (the NHS number with its mod-11 check digit, the street, the town and
the postcode apart, the certificate's category and day, the cause, the format and the language
wanted, the rehabilitation officer); NHS Highland's audiology waiting list with Gaelic and
English headers and tabs (the CHI number, the address, the postcode, the practice, who referred,
the priority, the referral day, the clinic, the weeks waited); the Isle of Man's public sector
housing waiting list in Excel (the Manx insurance number, the household, the bedrooms needed,
the points, the joint applicant, the authority, the tenure now, the day registered, the status);
and sea fishermen enrolled in the Guilvinec maritime district with Breton and French headers
(the place of birth, the NIR, the street, the postcode and the commune apart, the seaman's
number, the boat and its registration, the post aboard, the first embarkation).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind264_writers import WRITERS_BLIND264
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND264: tuple[Shape, ...] = (
    _shape(
        "danh_sach_quan_tai_vien_hanh_nghe_quan_ly_thanh_ly_tai_san_so_tu_phap_vn264",
        "STT=row | Họ và tên QTV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi thường trú=address | Điện thoại=phone | Email=email"
        " | Số CCHN Quản tài viên=-:qtv_cert264 | Ngày cấp CCHN=date@%d/%m/%Y"
        " | Hình thức hành nghề=-:qtv_form264 | Tên DN QL, TLTS=-:qtv_firm264"
        " | Địa chỉ trụ sở DN=-:qtv_office264 | Nghề nghiệp trước đây=-:qtv_prior264"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "tu_van_vien_phap_luat_trung_tam_tu_van_phap_luat_hoi_luat_gia_tinh_vn264",
        "TT=row | Họ tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd:cccd_spaced | Địa chỉ cư trú=address | Số điện thoại=phone"
        " | Trình độ chuyên môn=-:tvv_degree264 | Số năm công tác PL=-:tvv_years264"
        " | Trung tâm TVPL=-:tvv_centre264 | Số thẻ TVV=-:tvv_card264"
        " | Ngày cấp thẻ=date@%d/%m/%Y | Thu hồi thẻ (lý do)=-:tvv_revoke264",
        file="xlsx",
    ),
    _shape(
        "tham_dinh_vien_ve_gia_dang_ky_hanh_nghe_cuc_quan_ly_gia_bo_tai_chinh_vn264",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%Y-%m-%d | So CCCD=cccd"
        " | Que quan=-:tdg_home264 | Dia chi thuong tru=address | DT di dong=phone"
        " | So the TDV=-:tdg_card264 | Ngay cap the=date@%Y-%m-%d"
        " | DN tham dinh gia dang ky hanh nghe=-:tdg_firm264 | Chuc danh=-:tdg_role264"
        " | Nam dang ky=-:tdg_year264 | Tinh trang=-:tdg_status264"
        " | DT doanh nghiep=-:tdg_contact264 | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "kiem_dinh_vien_ky_thuat_an_toan_lao_dong_cuc_an_toan_lao_dong_vn264",
        "TT=row | Họ và tên KĐV=full_name | Năm sinh=birth_date@%d-%m-%Y | Nam/Nữ=sex"
        " | CCCD=cccd | Chỗ ở hiện tại=address | SĐT liên hệ=phone"
        " | Tổ chức kiểm định=-:kdv_org264 | Số chứng chỉ KĐV=-:kdv_cert264"
        " | Lĩnh vực được kiểm định=-:kdv_field264 | Ngày cấp=date@%d-%m-%Y"
        " | Có giá trị đến=date:kdv_expiry264 | Thủ trưởng tổ chức=-:kdv_head264"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "clar_mna_ti_sceim_na_bhfoghlaimeoiri_gaeilge_colaisti_samhraidh_gaeltacht_ie264",
        "Uimh.=row | Ainm an tSealbhóra=full_name:ie_name264 | Dáta Breithe=birth_date@%d/%m/%Y"
        " | Uimhir PSP=national_id:ie_pps264 | Seoladh=address:ie_addr264"
        " | Contae=state:ie_county264 | Éirchód=postcode:ie_eircode264"
        " | Uimhir Theileafóin=phone:ie_phone264 | Ríomhphost=email"
        " | Coláiste Samhraidh=-:ie_college264 | Líon leapacha=-:ie_beds264"
        " | Grinnfhiosrú an Gharda=-:ie_vetting264 | Stádas=-:ie_status264"
        " | Deontas in aghaidh an fhoghlaimeora=-:ie_grant264"
        " | Dáta cigireachta=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "cofrestr_nam_ar_y_golwg_gwasanaethau_cymdeithasol_cyngor_gwynedd_wls264",
        "Cyf.=row | Cyfenw=family_name:wls_family264 | Enw(au) cyntaf=given_name:wls_given264"
        " | Dyddiad geni=birth_date@%d.%m.%Y | Rhyw=sex:wls_sex264"
        " | Rhif GIG=national_id:wls_nhs264 | Cyfeiriad=street:wls_street264"
        " | Tref=district:wls_town264 | Cod post=postcode:wls_pc264"
        " | Rhif ffôn=phone:wls_phone264 | Categori CVI=-:wls_cvi264"
        " | Dyddiad CVI=date@%d.%m.%Y | Achos=-:wls_cause264"
        " | Fformat gohebiaeth=-:wls_format264 | Iaith=-:wls_lang264"
        " | Gweithiwr=-:wls_officer264",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "liosta_feitheimh_claisneachd_audiology_waiting_list_nhs_ghaidhealtachd_scot264",
        "Àir.=row | Àireamh CHI / CHI No=national_id:sc_chi264"
        " | Sloinneadh / Surname=family_name:sc_family264 | Ainm / Forename=given_name:sc_given264"
        " | Ceann-latha breith / DOB=birth_date@%d/%m/%Y | Gnè / Sex=sex:sc_sex264"
        " | Seòladh / Address=address:sc_addr264 | Còd-puist / Postcode=postcode:sc_pc264"
        " | Fòn / Tel=phone:sc_phone264 | Lèigh-teaghlaich / GP Practice=-:sc_practice264"
        " | Referred by=-:sc_referrer264 | Prìomhachas / Priority=-:sc_priority264"
        " | Referral Date=date@%d/%m/%Y | Clinic=-:sc_clinic264 | Weeks waiting=-:sc_weeks264",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "public_sector_housing_waiting_list_rheynn_bun_troggalys_im264",
        "Ref=row | Surname=family_name:im_family264 | Forename(s)=given_name:im_given264"
        " | D.O.B.=birth_date@%d/%m/%Y | NI No.=national_id:im_ni264"
        " | Present Address=address:im_addr264 | Postcode=postcode:im_pc264"
        " | Tel No.=phone:im_phone264 | Email=email | Household Size=-:im_size264"
        " | Bedrooms Req.=-:im_beds264 | Points=-:im_points264"
        " | Joint Applicant=-:im_joint264 | Housing Authority=-:im_authority264"
        " | Current Tenure=-:im_tenure264 | Date Registered=date@%d/%m/%Y"
        " | Status=-:im_status264",
        english=True,
        file="xlsx",
    ),
    _shape(
        "roll_pesketaerien_marins_pecheurs_enim_kartier_mor_ar_gelveneg_bzh264",
        "Niv. / N°=row | Anv-familh / Nom=family_name:bzh_family264"
        " | Anv-bihan / Prénom=given_name:bzh_given264"
        " | Deiziad ganedigezh / Date de naissance=birth_date@%d/%m/%Y"
        " | Lec'h ganedigezh / Lieu de naissance=-:bzh_birthplace264"
        " | NIR / N° de sécurité sociale=national_id:bzh_nir264"
        " | Chomlec'h / Adresse=street:bzh_street264 | Kod-post / CP=postcode:bzh_pc264"
        " | Kumun / Commune=district:bzh_town264 | Pellgomz / Tél.=phone:bzh_phone264"
        " | Niverenn martolod / N° de marin=-:bzh_sailor264"
        " | Lestr / Navire=-:bzh_boat264 | Karg / Fonction à bord=-:bzh_job264"
        " | Kentañ lestradur / 1re inscription=date:bzh_first264"
        " | Deiziad hizivaat / Mise à jour=timestamp",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ie_pps264",
    "wls_nhs264",
    "sc_chi264",
    "im_ni264",
    "bzh_nir264",
)
SEX_HOLDS: tuple[str, ...] = ("wls_sex264", "sc_sex264")
NAME_HOLDS = frozenset(
    {"ie_name264", "wls_family264", "wls_given264", "sc_family264", "sc_given264"}
    | {"im_family264", "im_given264", "bzh_family264", "bzh_given264"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ie_phone264",
    "wls_phone264",
    "sc_phone264",
    "im_phone264",
    "bzh_phone264",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ie_addr264", "sc_addr264", "im_addr264")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND264",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND264",
]
