"""The four-hundred-and-fourteenth part of the outside corpus, **blind 414** (written 22:25 UTC,
2026-12-07, never used for tuning): person files a commune's association of the elderly, a
district social insurance office, a commune health station, a ward's people's committee,
Argentina's ANSES, Korea's National Health Insurance Service, Algeria's CNR, an Austrian
Pensionsversicherung office and a Filipino city's social welfare office could hand over about
old people cared for at home, their pensions and their carers.
Four Vietnamese files: an intergenerational self-help club's pairing of home care volunteers
with old people, in Excel (the state of health, the circumstances, the volunteer and the
volunteer's phone, the visits a month, the date the pair began); a district social insurance
office's list of pensions and allowances left unclaimed to be paid in arrears, in Windows-1258
with semicolons (the BHXH number, the kind of benefit, the monthly amount, the months unclaimed,
the sum, the pay point, the proxy); a commune health station's register of old people screened
for dementia, in UTF-8 with a BOM and headers without diacritics (the health insurance card, the
MMSE score, the conclusion, other illnesses, the main carer and the carer's phone, the screening
date and the next visit); and a ward's list of pensioners registering to be paid into an account
rather than in cash, in UTF-16 with tabs (the account, the bank, a holder who is not the
pensioner, how they are paid now, the registration date and the time the row changed).
Five foreign files: an ANSES list of PUAM holders with semicolons (the CUIL with its mod 11
check digit, street, town, province and postcode, the bank branch that pays, the amount, the
proxy, the status); a Korean list of family care allowance recipients in UTF-8 with a BOM (the
resident registration number, the care grade, when the recognition expires, the family carer and
the relation, the amount); an Algerian CNR list of pensioners with French and Arabic headers (the
NIN, the pension number, the commune, wilaya and postcode, the CCP account, the kind of pension,
the family carer); an Austrian Pflegegeld list in Windows-1252 with semicolons (the
Sozialversicherungsnummer with its check digit, the care level and amount, 24-hour care support,
the caring relative, the decision date); and a Filipino list of social pensioners (the OSCA ID,
the PSN, purok, barangay, city and province, the authorised representative, the stipend, the
payout date and remarks).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind414_writers import WRITERS_BLIND414
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND414: tuple[Shape, ...] = (
    _shape(
        "ghep_cap_tinh_nguyen_vien_cham_soc_nct_tai_nha_clb_lien_the_he_tu_giup_nhau_vn414",
        "STT=row | Họ và tên NCT=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi ở hiện nay=address"
        " | Tình trạng sức khỏe=-:health414 | Hoàn cảnh=-:circ414"
        " | Họ tên TNV chăm sóc=-:volunteer414 | SĐT TNV=-:vol_phone414"
        " | Số lần thăm/tháng=-:visits414 | Ngày bắt đầu ghép cặp=date@%d/%m/%Y"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ds_de_nghi_truy_linh_luong_huu_tro_cap_bhxh_chua_nhan_bhxh_huyen_vn414",
        "TT=row | Mã số BHXH=bhxh | Họ tên người hưởng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd | Loại chế độ=-:regime414"
        " | Mức hưởng (đồng/tháng)=-:pension414 | Số tháng chưa nhận=-:months414"
        " | Từ tháng=-:from414 | Số tiền truy lĩnh (đ)=-:arrears414"
        " | Điểm chi trả=-:paypoint414 | Địa chỉ cư trú=address"
        " | Người nhận thay=-:proxy414 | Ngày đề nghị=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_quan_ly_nguoi_cao_tuoi_sang_loc_sa_sut_tri_tue_tram_y_te_xa_vn414",
        "STT=row | Ho ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | GT=sex"
        " | So the BHYT=bhyt | CCCD=cccd | Dia chi=address | Diem MMSE=-:mmse414"
        " | Ket luan=-:dementia414 | Benh kem theo=-:comorb414"
        " | Nguoi cham soc chinh=-:carer414 | SDT nguoi CS=-:carer_phone414"
        " | Ngay sang loc=date@%d/%m/%Y | Hen tai kham=date:recheck414",
        encoding="utf-8-sig",
    ),
    _shape(
        "dang_ky_nhan_luong_huu_tro_cap_qua_tai_khoan_khong_dung_tien_mat_ubnd_phuong_vn414",
        "STT=row | Mã số BHXH=bhxh | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số ĐDCN=cccd:cccd_spaced | Số điện thoại=phone | Địa chỉ cư trú=address"
        " | Số tài khoản=-:acct414 | Ngân hàng=-:bank414 | Chủ TK (nếu khác)=-:holder414"
        " | Hình thức nhận hiện tại=-:current414 | Ngày đăng ký=date@%d/%m/%Y"
        " | Cập nhật lúc=timestamp:stamp414",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "titulares_pension_universal_adulto_mayor_puam_anses_ar414",
        "N°=row | CUIL=national_id:ar_cuil414 | Apellido y Nombre=full_name:ar_name414"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_ar414 | Domicilio=street:ar_street414"
        " | Localidad=district:ar_town414 | Provincia=state:ar_prov414 | C.P.=postcode:ar_cp414"
        " | Teléfono=phone:phone_ar414 | Boca de pago=-:ar_bank414"
        " | Haber mensual ($)=-:ar_amount414 | Apoderado=-:ar_proxy414"
        " | Fecha de alta=date@%d/%m/%Y | Estado=-:ar_state414",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "janggi_yoyang_gajok_yoyangbi_sugeupja_nhis_kr414",
        "연번=row | 성명=full_name:kr_name414 | 주민등록번호=national_id:kr_rrn414"
        " | 생년월일=birth_date@%Y.%m.%d | 성별=sex:sex_kr414 | 주소=address:kr_addr414"
        " | 연락처=phone:phone_kr414 | 장기요양등급=-:kr_grade414"
        " | 인정유효기간 만료일=date:kr_expiry414 | 가족요양보호자=-:kr_carer414"
        " | 관계=-:kr_rel414 | 월 지급액(원)=-:kr_pay414 | 지급개시일=date@%Y.%m.%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "liste_retraites_cnr_agence_wilaya_dz414",
        "N°=row | NIN / رقم التعريف الوطني=national_id:dz_nin414"
        " | N° pension / رقم المعاش=-:dz_pension_no414 | Nom / اللقب=family_name:dz_fam414"
        " | Prénom / الاسم=given_name:dz_giv414"
        " | Date de naissance / تاريخ الازدياد=birth_date@%d/%m/%Y | Sexe=sex:sex_dz414"
        " | Adresse / العنوان=address:dz_addr414 | Commune / البلدية=district:dz_commune414"
        " | Wilaya / الولاية=state:dz_wilaya414 | Code postal=postcode:dz_post414"
        " | Téléphone / الهاتف=phone:phone_dz414 | Nature pension=-:dz_type414"
        " | Montant mensuel (DA)=-:dz_amount414 | Compte CCP=-:dz_ccp414"
        " | Date de jouissance=date@%d/%m/%Y | Aidant familial=-:dz_carer414",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "pflegegeldbezieher_landesstelle_pva_at414",
        "Lfd. Nr.=row | SV-Nummer=national_id:at_svnr414 | Familienname=family_name:at_fam414"
        " | Vorname=given_name:at_giv414 | Geburtsdatum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:sex_at414 | Straße/Hausnr.=street:at_street414 | PLZ=postcode:at_plz414"
        " | Ort=district:at_ort414 | Bundesland=state:at_land414 | Telefon=phone:phone_at414"
        " | Pflegestufe=-:at_stufe414 | Pflegegeld mtl. (€)=-:at_amount414"
        " | Förderung 24-h-Betreuung=-:at_24h414 | Pflegende/r Angehörige/r=-:at_carer414"
        " | Bescheid vom=date@%d.%m.%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "social_pension_indigent_senior_citizens_cswdo_osca_ph414",
        "No.=row | OSCA ID No.=-:ph_osca414 | PhilSys No. (PSN)=national_id:ph_psn414"
        " | Last Name=family_name:ph_fam414 | First Name=given_name:ph_giv414"
        " | Birthdate=birth_date@%m/%d/%Y | Sex=sex:sex_ph414"
        " | House No./Street/Purok=street:ph_street414 | Barangay=suburb:ph_brgy414"
        " | City/Municipality=district:ph_city414 | Province=state:ph_prov414"
        " | Contact No.=phone:phone_ph414 | Authorized Representative=-:ph_rep414"
        " | Stipend (PHP/sem)=-:ph_stipend414 | Payout Date=date@%m/%d/%Y"
        " | Remarks=-:ph_remark414",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ar_cuil414",
    "kr_rrn414",
    "dz_nin414",
    "at_svnr414",
    "ph_psn414",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ar414", "sex_kr414", "sex_dz414", "sex_at414", "sex_ph414")
NAME_HOLDS = frozenset(
    {"ar_name414", "kr_name414", "dz_fam414", "dz_giv414", "at_fam414", "at_giv414"}
    | {"ph_fam414", "ph_giv414"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ar414",
    "phone_kr414",
    "phone_dz414",
    "phone_at414",
    "phone_ph414",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kr_addr414", "dz_addr414")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND414",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND414",
]
