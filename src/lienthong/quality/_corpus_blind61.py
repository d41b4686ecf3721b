"""The sixty-first part of the outside corpus, **blind 61** (written 11:20 UTC, 2026-12-06, never
used for tuning): person files a ward handing out the city's Tết gifts, a district's legal aid
centre, a commune health station, a vocational school, a Transylvanian social assistance office,
a Western Australian community services provider, a Saxon home-care service, a Valparaíso
municipality and a Penang welfare office could hand over. Four Vietnamese files: a ward's list of
households receiving the city's Tết gifts in Excel (the household head,
the other members with their relation in one cell, the household size, the kind of household and
the gift, the fund it came from, who took it, the day and an empty signature column); a
district's list of people granted legal aid in Windows-1258 with semicolons (the group that
entitles them, the case number, the field, the kind of aid, the lawyer or legal aid officer, the
other party, the day accepted, the outcome); a commune health station's register of hypertension
and diabetes patients in UTF-16 with tabs (the patient code, the health insurance card, the
diagnosis, the blood pressure, the blood sugar with a decimal comma, the drugs, the day found, the
doctor, the time last updated); and a vocational school's trainees in UTF-8 with a BOM and
semicolons (family name and given names apart, the street, the new ward and the province in
their own columns, the trade, level and class, the sponsoring employer with its address, tax code,
contact person and phone, the fee the employer pays, the day enrolled).
Five foreign files: a Transylvanian social assistance list in Excel with Romanian and Hungarian
headers side by side (the CNP with its 279146358279 check digit, the identity card's series and
number and its expiry on the birthday, the judeţ); a Western Australian referral list in
Windows-1252 (the Centrelink CRN with its check letter, suburb, state and postcode apart, the
Medicare card, the payment, a nominee); a Saxon home-care client list in Windows-1252 with
semicolons (the Krankenversichertennummer of a letter, eight digits and a check digit, the
insurer, the care grade, the legal guardian); a Valparaíso health programme list in UTF-8 with
semicolons (the RUT with its mod-11 digit or K, two surnames, comuna and región, the CESFAM, a
guardian); and a Penang assistance list in UTF-8 with Malay, Chinese and English headers (the
MyKad number, Malay, Chinese and Indian names in one column, poskod, bandar and negeri, the next
of kin).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind61_writers import WRITERS_BLIND61
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND61: tuple[Shape, ...] = (
    _shape(
        "ho_nhan_qua_tet_vn61",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex"
        " | Số CCCD chủ hộ=cccd | Địa chỉ=address | Số nhân khẩu=-:size61"
        " | Thành viên trong hộ (ghi rõ quan hệ)=-:members61 | Diện hộ / Mức quà=-:gift61"
        " | Nguồn kinh phí=-:source61 | Người nhận=-:receiver61 | Ngày nhận=date@%d/%m/%Y"
        " | Ký nhận=-:none",
        file="xlsx",
    ),
    _shape(
        "nguoi_duoc_tro_giup_phap_ly_vn61",
        "STT=row | Họ tên người được TGPL=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address | SĐT=phone"
        " | Diện người được TGPL=-:aid_group61 | Số thụ lý=-:case61 | Lĩnh vực=-:field61"
        " | Hình thức TGPL=-:aid_kind61 | Người thực hiện TGPL=-:helper61"
        " | Bên liên quan / bên tranh chấp=-:other_party61 | Ngày thụ lý=date@%d/%m/%Y"
        " | Kết quả vụ việc=-:aid_status61",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_tha_dtd_tram_y_te_vn61",
        "TT=row | Mã BN=-:patient61 | Họ và tên=full_name | NS=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số thẻ BHYT=bhyt | CCCD=cccd | Địa chỉ=address | ĐT=phone"
        " | Chẩn đoán=-:diag61 | HA (mmHg)=-:bp61 | ĐH lúc đói (mmol/l)=-:glucose61"
        " | Thuốc điều trị=-:drug61 | Ngày phát hiện bệnh=date@%d/%m/%Y"
        " | BS quản lý=-:doctor61 | Cập nhật lần cuối=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_hoc_nghe_doanh_nghiep_vn61",
        "STT=row | Mã HV=-:trainee61 | Họ=family_name | Tên đệm và tên=given_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Số nhà, đường=street | Phường/Xã=ward:ward61 | Tỉnh/TP=province:prov61"
        " | Điện thoại=phone"
        " | Email=email | Nghề đào tạo=-:trade61 | Trình độ=-:level61 | Lớp=-:class61"
        " | Doanh nghiệp cử học=-:employer61 | Địa chỉ doanh nghiệp=-:employer_addr61"
        " | MST doanh nghiệp=-:employer_mst61 | Người phụ trách (DN)=-:mentor61"
        " | ĐT doanh nghiệp=-:mentor_phone61 | Học phí DN chi trả (đồng)=-:fee61"
        " | Ngày nhập học=date@%d-%m-%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "beneficiari_asistenta_sociala_ro61",
        "Nr. crt. / Ssz.=row | CNP / Személyi szám=national_id:cnp_ro61"
        " | Nume / Családnév=family_name:ro_family61 | Prenume / Utónév=given_name:ro_given61"
        " | Sex / Nem=sex:sex_ro61 | Data nașterii / Születési dátum=birth_date@%d.%m.%Y"
        " | Serie și nr. CI / Szem. ig. száma=-:ci_ro61"
        " | CI valabil până la / Érvényes=date:ci_exp_ro61"
        " | Domiciliu / Lakcím=street:street_ro61 | Localitate / Helység=district:loc_ro61"
        " | Județ / Megye=state:judet_ro61 | Telefon=phone:phone_ro61"
        " | Tip beneficiu / Ellátás típusa=-:benefit_ro61"
        " | Data cererii / Kérelem dátuma=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "client_referrals_wa_au61",
        "Record No.=row | Centrelink CRN=national_id:crn_au61 | Surname=family_name:au_family61"
        " | Given Name(s)=given_name:au_given61 | DOB=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_au61 | Residential Address=street:street_au61"
        " | Suburb/Town=suburb:suburb_au61 | State=state:state_au61 | P/Code=postcode:pc_au61"
        " | Mobile=phone:phone_au61 | Medicare Card No.=-:medicare_au61"
        " | Centrelink Payment=-:payment_au61 | Nominee / Contact=-:nominee_au61"
        " | Referral Date=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "klienten_pflegedienst_sn61",
        "Lfd. Nr.=row | Krankenversichertennr.=national_id:kvnr_de61"
        " | Name=family_name:de_family61 | Vorname=given_name:de_given61"
        " | Geb.-Datum=birth_date@%d.%m.%Y | Geschlecht=sex:sex_de61"
        " | Straße, Hausnr.=street:street_de61 | PLZ=postcode:plz_de61 | Ort=district:ort_de61"
        " | Telefon=phone:phone_de61 | Pflegekasse=-:kasse_de61"
        " | Pflegegrad=-:pflegegrad_de61 | Gesetzl. Betreuer/in=-:betreuer_de61"
        " | Versorgungsbeginn=date@%d.%m.%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "programa_adulto_mayor_valparaiso_cl61",
        "N°=row | RUT=national_id:rut_cl61 | Nombres=given_name:cl_given61"
        " | Apellido Paterno=family_name:cl_pat61 | Apellido Materno=-:cl_mat61"
        " | Fecha Nac.=birth_date@%d/%m/%Y | Sexo=sex:sex_cl61 | Domicilio=street:street_cl61"
        " | Comuna=district:comuna_cl61 | Región=state:region_cl61 | Fono=phone:phone_cl61"
        " | CESFAM inscrito=-:cesfam_cl61 | Apoderado/a=-:apoderado_cl61"
        " | Fecha ingreso=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "penerima_bantuan_pulau_pinang_my61",
        "Bil. / 序号=row | No. K/P (MyKad) / 身份证号码=national_id:ic_my61"
        " | Nama / 姓名 / Name=full_name:name_my61 | Tarikh Lahir / 出生日期=birth_date@%d/%m/%Y"
        " | Jantina / 性别=sex:sex_my61 | Alamat / 地址=street:street_my61"
        " | Poskod / 邮区=postcode:pc_my61 | Bandar / 城市=district:bandar_my61"
        " | Negeri / 州=state:negeri_my61 | No. Telefon / 电话=phone:phone_my61"
        " | Waris / 家属=-:waris_my61 | Jenis Bantuan / 援助类别=-:bantuan_my61"
        " | Tarikh Mohon / 申请日期=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cnp_ro61", "crn_au61", "kvnr_de61", "rut_cl61", "ic_my61")
SEX_HOLDS: tuple[str, ...] = ("sex_ro61", "sex_au61", "sex_de61", "sex_cl61", "sex_my61")
NAME_HOLDS = frozenset(
    {"ro_family61", "ro_given61", "au_family61", "au_given61", "de_family61", "de_given61"}
    | {"cl_given61", "cl_pat61", "name_my61"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ro61",
    "phone_au61",
    "phone_de61",
    "phone_cl61",
    "phone_my61",
)
#: addresses written with ``", "`` between their parts: none of this part's own writers
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND61",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND61",
]
