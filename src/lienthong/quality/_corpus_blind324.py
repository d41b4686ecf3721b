"""The three-hundred-and-twenty-fourth part of the outside corpus, **blind 324** (written 11:11 UTC,
2026-12-07, never used for tuning): person files a garment company's grassroots trade union, a
hamlet branch of the Women's Union, a ward youth union, a commune gardeners' association, an IG
Metall works group in Germany, a CGT section of a Lyon hospital, the shop workers' union of
Argentina, a South African metalworkers' union local and a Korean trade union branch could hand
over.
Four Vietnamese files: union members issued member cards in Excel (the sex, the department and
the job, the day they joined the union, the card number, the monthly union fee); members of the
Women's Union's savings-and-loan group in Windows-1258 with semicolons (the hamlet apart from the
address, the husband, the loan book, the Social Policy Bank programme, the purpose, the balance
owed, the monthly saving, the day the loan was paid out); youth union members moving their
membership to where they live in UTF-16 with tabs and headers without diacritics (the day
admitted to the Union, the member card, the branch left and the branch joined, the reason, the
day moved, the time last updated); and the gardeners' association's members in UTF-8 with a BOM
and semicolons (the village, the garden's area, the main crop, the model, the day admitted, the
fee paid, the branch, the branch head with a phone).
Five foreign files: a works union group's members in Windows-1252 with semicolons (the membership
number, the surname and first name apart, ``m``/``w``, the street, postcode and town apart, the
mobile, the day joined, the staff number, the department, the monthly dues, the office held, the
status); a hospital union section's members in Windows-1252 with semicolons (the member number,
M./Mme, the surname in capitals and the first name, the street, postcode and town apart, the
mobile in pairs, the service, the grade, the dues in euros, how they are paid, the mandate, the
day joined); the shop workers' union's roll in Excel (the member number, ``SURNAME, Names``, the
DNI with its thousands dots beside the CUIL, the sex, the street, town, province and postcode
apart, the mobile with the area code and 15, the employer and its CUIT, the day registered, the
union dues in pesos, the status); a metalworkers' local's stop-order register in UTF-8 (the
membership number, the surname and first names apart, the identity number, the birth date
``1985/03/12``, the cellphone, the address, the employer, the clock number, the local, the shop
steward, the day joined, the subscription in rand, the status); and a Korean union branch's
member roll in EUC-KR (the member number, the resident registration number in full, the sex, the
company, the department, the employee number, the days hired and joined, the dues in won, the
mobile, the address, the branch, a note).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind324_writers import WRITERS_BLIND324
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND324: tuple[Shape, ...] = (
    _shape(
        "doan_vien_cong_doan_de_nghi_cap_the_doan_vien_cdcs_cong_ty_may_vn324",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Bộ phận=-:cd_dept324 | Chức danh=-:cd_job324"
        " | Ngày gia nhập CĐ=date:cd_join324 | Số thẻ ĐVCĐ=-:cd_card324"
        " | ĐPCĐ (đồng/tháng)=-:cd_fee324 | Điện thoại=phone | Địa chỉ thường trú=address"
        " | Ghi chú=-:cd_note324",
        file="xlsx",
    ),
    _shape(
        "hoi_vien_to_tiet_kiem_vay_von_nhcsxh_chi_hoi_phu_nu_ap_vn324",
        "TT=row | Họ và tên người vay=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Ấp=-:pn_hamlet324 | Địa chỉ=address | SĐT=phone"
        " | Người thừa kế=-:pn_heir324 | Số sổ vay=-:pn_book324"
        " | Chương trình vay=-:pn_loan324 | Mục đích sử dụng vốn=-:pn_purpose324"
        " | Dư nợ (đ)=-:pn_debt324 | Gửi TK hằng tháng (đ)=-:pn_saving324"
        " | Ngày giải ngân=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "doan_vien_chuyen_sinh_hoat_doan_ve_noi_cu_tru_doan_phuong_vn324",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So dinh danh=cccd | Ngay vao Doan=date:dtn_join324 | So the DV=-:dtn_card324"
        " | Noi chuyen di=-:dtn_from324 | Chi doan tiep nhan=-:dtn_to324"
        " | Ly do chuyen=-:dtn_why324 | Noi cu tru=address | Dien thoai=phone"
        " | Ngay chuyen SH=date@%d-%m-%Y | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_hoi_lam_vuon_xa_so_theo_doi_hoi_vien_va_mo_hinh_vuon_vn324",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d.%m.%Y | Số CCCD=cccd"
        " | Thôn=-:lv_thon324 | Nơi cư trú=address | Điện thoại=phone"
        " | Diện tích vườn (m2)=-:lv_area324 | Cây trồng chính=-:lv_tree324"
        " | Loại mô hình=-:lv_model324 | Ngày kết nạp=date:lv_join324"
        " | Hội phí năm 2026=-:lv_fee324 | Chi hội=-:lv_branch324"
        " | Chi hội trưởng=-:lv_head324",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mitgliederliste_betriebsgruppe_ig_metall_geschaeftsstelle_de324",
        "Lfd. Nr.=row | Mitgl.-Nr.=-:de_no324 | Name=family_name:de_family324"
        " | Vorname=given_name:de_given324 | Geb.-Datum=birth_date@%d.%m.%Y"
        " | Geschl.=sex:de_sex324 | Straße/Hausnr.=street:de_street324"
        " | PLZ=postcode:de_plz324 | Ort=district:de_town324 | Mobil=phone:de_phone324"
        " | E-Mail privat=email | Eintritt=date:de_join324 | Pers.-Nr.=-:de_pers324"
        " | Abteilung=-:de_dept324 | Beitrag mtl. (EUR)=-:de_fee324"
        " | Funktion=-:de_role324 | Status=-:de_status324",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "liste_adherents_section_syndicale_cgt_hopital_edouard_herriot_fr324",
        "N°=row | N° adhérent=-:fr_no324 | Civilité=sex:fr_civ324 | NOM=family_name:fr_family324"
        " | Prénom=given_name:fr_given324 | Né(e) le=birth_date@%d/%m/%Y"
        " | Adresse=street:fr_street324 | CP=postcode:fr_cp324 | Ville=district:fr_town324"
        " | Portable=phone:fr_phone324 | Courriel=email | Service=-:fr_service324"
        " | Grade=-:fr_grade324 | Cotisation mensuelle=-:fr_fee324"
        " | Mode de règlement=-:fr_pay324 | Mandat=-:fr_mandate324"
        " | Date d'adhésion=date:fr_join324",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "padron_afiliados_sindicato_empleados_de_comercio_seccional_ar324",
        "Orden=row | Nro. Afiliado=-:ar_no324 | Apellido y Nombre=full_name:ar_name324"
        " | Tipo y Nro. Doc.=national_id:ar_dni324 | CUIL=-:ar_cuil324"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:ar_sex324"
        " | Domicilio=street:ar_street324 | Localidad=district:ar_town324"
        " | Provincia=state:ar_prov324 | C.P.=postcode:ar_cp324 | Celular=phone:ar_phone324"
        " | Empleador=-:ar_emp324 | CUIT Empleador=-:ar_cuit324"
        " | Fecha Alta=date:ar_alta324 | Cuota Sindical=-:ar_fee324"
        " | Estado=-:ar_status324",
        english=True,
        file="xlsx",
    ),
    _shape(
        "stop_order_membership_register_metalworkers_union_local_za324",
        "No.=row | Membership No=-:za_no324 | Surname=family_name:za_family324"
        " | First Names=given_name:za_given324 | ID Number=national_id:za_id324"
        " | Date of Birth=birth_date@%Y/%m/%d | Gender=sex:za_sex324"
        " | Cell No=phone:za_phone324 | Residential Address=address:za_addr324"
        " | Employer=-:za_emp324 | Clock No=-:za_clock324 | Local=-:za_local324"
        " | Shop Steward=-:za_steward324 | Date Joined=date:za_join324"
        " | Monthly Subs=-:za_subs324 | Status=-:za_status324",
        english=True,
    ),
    _shape(
        "nodongjohap_jibu_johabwon_myeongbu_kr324",
        "연번=row | 조합원번호=-:kr_no324 | 성명=full_name:kr_name324"
        " | 주민등록번호=national_id:kr_rrn324 | 생년월일=birth_date@%Y-%m-%d"
        " | 성별=sex:kr_sex324 | 회사명=-:kr_company324 | 부서=-:kr_dept324"
        " | 사번=-:kr_emp324 | 입사일=date:kr_hired324 | 가입일=date:kr_joined324"
        " | 조합비(원)=-:kr_fee324 | 휴대전화=phone:kr_phone324 | 주소=address:kr_addr324"
        " | 소속지부=-:kr_branch324 | 비고=-:kr_note324",
        english=True,
        encoding="cp949",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ar_dni324", "za_id324", "kr_rrn324")
SEX_HOLDS: tuple[str, ...] = (
    "de_sex324",
    "fr_civ324",
    "ar_sex324",
    "za_sex324",
    "kr_sex324",
)
NAME_HOLDS = frozenset(
    {
        "de_family324",
        "de_given324",
        "fr_family324",
        "fr_given324",
        "ar_name324",
        "za_family324",
        "za_given324",
        "kr_name324",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "de_phone324",
    "fr_phone324",
    "ar_phone324",
    "za_phone324",
    "kr_phone324",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("za_addr324", "kr_addr324")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND324",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND324",
]
