"""The two-hundred-and-ninety-sixth part of the outside corpus, **blind 296** (written 10:25 UTC,
2026-12-07, never used for tuning): person files a commune's health insurance collection agent,
a district farmers' union, a coastal border guard station, a commune people's committee, a
letting agent in Argentina, a Japanese neighbourhood association, Turkey's student loan and
dormitory agency, the Philippines' overseas workers' welfare administration and a Chilean
municipality's social department could hand over. Every file is wide: one row per household,
loan, crew member or claimant, with other people's columns spread beside the record's own.
Four Vietnamese files: households buying family health insurance through the commune's agent in
Windows-1258 with semicolons (the head of household's own columns and card, then the second and
third members' names, birth dates and relation to the head, the amount and the day paid); a
district farmers' support fund's borrowers in Excel (the plan, the amount in millions, the term,
two guarantors with their names and CCCD numbers, the second guarantor's phone, the day paid out,
the balance); fishing crew declared at a border guard station before sailing in UTF-16 with tabs
and headers without diacritics (the post on board, the boat's number, the owner, an emergency
contact with the relation, phone and CCCD, the day out, the time last updated); and couples
with two children proposed for the commune's population reward in UTF-8 with a BOM and
semicolons (the spouse, each child's name and birth date, the reward, the decision's day, a
note).
Five foreign files: an Argentine letting agent's current leases in Windows-1252 with semicolons
(the tenant's surname and names, DNI with dots, CUIL, the home address, the town and postcode
apart, the mobile, the unit let, the monthly rent, the start, two guarantors with their DNIs,
the kind of guarantee); a Japanese neighbourhood association's household roster in Shift-JIS
(the head of the household, the birth date in the era calendar, the postcode and address, the
phone, the block group, the second and third members with their relation and era birth dates,
the fee, the day joined); Turkish student loan bonds in UTF-8 with a BOM (the T.C. Kimlik No, the
name and surname apart, the student's birth date, the mobile, the address, the university, the
loan, the monthly amount, two joint guarantors with their T.C. numbers and the first one's
phone, the bond's date); Philippine overseas workers' OWWA membership in Excel (surname and
given names apart in capitals, the birth date month first, the PhilSys number, the passport, the
mobile, email, the home address and the province alone, the jobsite, employer and position, the
spouse, an emergency contact with the relation, phone and ID, the membership's validity); and
Chilean family allowance (SUF) beneficiaries in UTF-8 (the RUN, the names and both surnames, the
street, commune and region apart, the mobile, two dependants with their RUNs and birth dates,
the social registry bracket, the day granted).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind296_writers import WRITERS_BLIND296
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND296: tuple[Shape, ...] = (
    _shape(
        "ho_gia_dinh_tham_gia_bhyt_theo_ho_thanh_vien_2_3_dai_ly_thu_xa_vn296",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ (thôn/xóm)=address | SĐT=phone | Mã thẻ BHYT=bhyt"
        " | Thành viên 2=-:hh_m2_296 | NS TV2=date:hh_m2_birth296"
        " | QH với chủ hộ=-:hh_m2_rel296 | Thành viên 3=-:hh_m3_296"
        " | NS TV3=date:hh_m3_birth296 | QH với CH=-:hh_m3_rel296"
        " | Số tiền đóng (đ)=-:hh_amount296 | Ngày nộp=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_vay_quy_ho_tro_nong_dan_hai_nguoi_bao_lanh_hoi_nong_dan_huyen_vn296",
        "TT=row | Họ và tên người vay=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Địa chỉ=address | ĐT=phone"
        " | Phương án SXKD=-:loan_plan296 | Số tiền vay (tr.đ)=-:loan_amt296"
        " | Thời hạn (tháng)=-:loan_term296 | Người bảo lãnh 1=-:g1_name296"
        " | CCCD NBL 1=-:g1_id296 | Người bảo lãnh 2=-:g2_name296 | CCCD NBL 2=-:g2_id296"
        " | SĐT NBL 2=-:g2_phone296 | Ngày giải ngân=date@%d/%m/%Y"
        " | Tình hình trả nợ=-:loan_left296",
        file="xlsx",
    ),
    _shape(
        "thuyen_vien_tau_ca_xuat_ben_nguoi_lien_he_khan_cap_tram_bien_phong_vn296",
        "TT=row | Ho ten thuyen vien=full_name | Ngay sinh=birth_date@%d-%m-%Y | So CCCD=cccd"
        " | Noi thuong tru=address | SDT=phone | Chuc danh=-:crew_role296"
        " | So dang ky tau=-:crew_boat296 | Chu tau=-:crew_owner296"
        " | Nguoi lien he khi khan cap=-:crew_kin296 | Quan he=-:crew_kin_rel296"
        " | SDT nguoi lien he=-:crew_kin_phone296 | CCCD nguoi lien he=-:crew_kin_id296"
        " | Ngay xuat ben=date@%d-%m-%Y | Cap nhat=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cap_vo_chong_sinh_du_hai_con_de_nghi_khen_thuong_dan_so_ubnd_xa_vn296",
        "STT=row | Họ tên người đề nghị=full_name | Ngày sinh=birth_date@%d.%m.%Y"
        " | Số định danh cá nhân=cccd | Nơi cư trú=address | Số ĐT=phone"
        " | Họ tên vợ/chồng=-:mom_husband296 | Con thứ nhất=-:mom_child1_296"
        " | NS con thứ nhất=date:mom_child1_birth296 | Con thứ hai=-:mom_child2_296"
        " | NS con thứ hai=date:mom_child2_birth296 | Hình thức khen thưởng=-:mom_amount296"
        " | Ngày QĐ=date@%d.%m.%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "contratos_locacion_vigentes_garantes_inmobiliaria_ar296",
        "N°=row | Locatario (Apellido, Nombres)=full_name:ar_name296 | DNI=national_id:ar_dni296"
        " | CUIT/CUIL=-:ar_cuil296 | Fecha de nac.=birth_date@%d/%m/%Y"
        " | Domicilio real=address:ar_addr296 | Localidad=district:ar_town296"
        " | CP=postcode:ar_cp296 | Celular=phone:ar_phone296 | Inmueble=-:ar_unit296"
        " | Canon mensual ($)=-:ar_rent296 | Inicio contrato=date@%d/%m/%Y"
        " | Garante 1=-:ar_g1_296 | DNI Garante 1=-:ar_g1_dni296 | Garante 2=-:ar_g2_296"
        " | DNI Garante 2=-:ar_g2_dni296 | Tipo de garantía=-:ar_kind296",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "jichikai_setai_meibo_kaiin_daicho_han_betsu_jp296",
        "No.=row | 世帯主氏名=full_name:jp_name296 | 生年月日=birth_date:jp_birth296"
        " | 性別=sex:jp_sex296 | 〒=postcode:jp_zip296 | 住所=address:jp_addr296"
        " | 電話番号=phone:jp_phone296 | 班=-:jp_han296 | 世帯員2 氏名=-:jp_m2_296"
        " | 続柄(2)=-:jp_m2_rel296 | 世帯員2 生年月日=date:jp_m2_birth296"
        " | 世帯員3 氏名=-:jp_m3_296 | 続柄(3)=-:jp_m3_rel296"
        " | 世帯員3 生年月日=date:jp_m3_birth296 | 会費=-:jp_fee296"
        " | 入会日=date:jp_join296",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "kyk_ogrenim_kredisi_senet_muteselsil_kefil_listesi_tr296",
        "Sıra No=row | T.C. Kimlik No=national_id:tr_tc296 | Adı=given_name:tr_given296"
        " | Soyadı=family_name:tr_family296 | Doğum Tarihi=birth_date:tr_birth296"
        " | Cinsiyet=sex:tr_sex296 | Cep Telefonu=phone:tr_phone296"
        " | İkamet Adresi=address:tr_addr296 | Üniversite=-:tr_uni296"
        " | Kredi Türü=-:tr_kind296 | Aylık Tutar (TL)=-:tr_amount296"
        " | 1. Kefil Adı Soyadı=-:tr_k1_296 | 1. Kefil T.C. No=-:tr_k1_tc296"
        " | 1. Kefil Telefon=-:tr_k1_phone296 | 2. Kefil Adı Soyadı=-:tr_k2_296"
        " | 2. Kefil T.C. No=-:tr_k2_tc296 | Senet Tarihi=date:tr_senet296",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "owwa_membership_ofw_information_sheet_emergency_contact_ph296",
        "No.=row | SURNAME=family_name:ph_family296 | GIVEN NAME=given_name:ph_given296"
        " | DATE OF BIRTH=birth_date@%m/%d/%Y | SEX=sex:ph_sex296"
        " | PhilSys No.=national_id:ph_psn296 | Passport No.=-:ph_passport296"
        " | Mobile No.=phone:ph_phone296 | E-mail=email | Home Address=address:ph_addr296"
        " | Province=state:ph_prov296 | Jobsite=-:ph_country296"
        " | Employer/Principal=-:ph_employer296 | Position=-:ph_pos296"
        " | Name of Spouse=-:ph_spouse296 | Emergency Contact Person=-:ph_kin296"
        " | Relationship=-:ph_kin_rel296 | Contact No.=-:ph_kin_phone296"
        " | Valid ID Presented (Contact)=-:ph_kin_id296"
        " | Membership Valid Until=date@%m/%d/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "subsidio_familiar_suf_beneficiarias_causantes_dideco_municipalidad_cl296",
        "N°=row | RUN Beneficiario=national_id:cl_run296 | Nombres=given_name:cl_given296"
        " | Apellidos=family_name:cl_family296 | Fecha Nacimiento=birth_date@%d-%m-%Y"
        " | Sexo=sex:cl_sex296 | Dirección=street:cl_street296 | Comuna=district:cl_comuna296"
        " | Región=state:cl_region296 | Teléfono=phone:cl_phone296"
        " | Causante 1=-:cl_c1_296 | RUN Causante 1=-:cl_c1_run296"
        " | F. Nac. Causante 1=date:cl_c1_birth296 | Causante 2=-:cl_c2_296"
        " | RUN Causante 2=-:cl_c2_run296 | F. Nac. Causante 2=date:cl_c2_birth296"
        " | Tramo RSH=-:cl_rsh296 | Fecha Concesión=date:cl_grant296",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ar_dni296", "tr_tc296", "ph_psn296", "cl_run296")
SEX_HOLDS: tuple[str, ...] = ("jp_sex296", "tr_sex296", "ph_sex296", "cl_sex296")
NAME_HOLDS = frozenset(
    {
        "ar_name296",
        "jp_name296",
        "tr_given296",
        "tr_family296",
        "ph_family296",
        "ph_given296",
        "cl_given296",
        "cl_family296",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "ar_phone296",
    "jp_phone296",
    "tr_phone296",
    "ph_phone296",
    "cl_phone296",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ph_addr296",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND296",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND296",
]
