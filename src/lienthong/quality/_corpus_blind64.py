"""The sixty-fourth part of the outside corpus, **blind 64** (written 11:25 UTC, 2026-12-06, never
used for tuning): person files a ward paying typhoon relief, a provincial justice department, a
commune youth union, a private clinic, the city of Lisbon, Kraków's social welfare centre, an
Attica municipality, Istanbul's metropolitan municipality and a Nairobi cash-transfer office could
hand over. Four Vietnamese files: a Hạ Long ward's list of households paid cash support after
typhoon Yagi (bão số 3) in Excel (the household head, the address by residential group, the
damage, the household size, the amount, the decision, the way it was paid, a bank account, the day
it was received); a justice department's criminal-record certificate (lý lịch tư pháp) requests in
Windows-1258 with semicolons (the dossier code, the place of birth, the father's and mother's
names, which certificate, how many, what for, the day received and the day due, how the result is
sent); a commune's youth union members going on the summer volunteer campaign in UTF-16 with tabs
and headers without diacritics (the branch, the day they joined the union, their school, the
team, where it works, a shirt size, someone to call and their phone); and a private clinic's
patients in UTF-8 with a BOM (the patient code, the health insurance card, the referring doctor
and where they referred from, the diagnosis, the visit, the fee, the time last updated).
Five foreign files: Lisbon affordable-rent applications in Windows-1252 with semicolons (the
cartão de cidadão with its two check digits, the NIF beside it, the morada with floor and side,
código postal, freguesia, an emergency contact); Kraków social-welfare applications in
Windows-1250 with semicolons (the PESEL with its check digit, the identity card number, the
street line, the postcode, the city and the dzielnica, the social worker); an Attica municipality's
list of social solidarity income beneficiaries in Windows-1253 with tabs and upper-case Greek
headers (AMKA with its Luhn digit, ΑΦΜ, identity card, father's and mother's names, Τ.Κ., δήμος,
the amount); Istanbul social assistance applications in Windows-1254 with semicolons (T.C. Kimlik
No with its two check digits, father's and mother's names, place of birth, the full address with
its ilçe and the ilçe alone); and a Nairobi cash-transfer list in Excel with English and Swahili
headers (the national ID, the KRA PIN, the sub-county and the estate, the next of kin, the chief).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind64_writers import WRITERS_BLIND64
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND64: tuple[Shape, ...] = (
    _shape(
        "ho_tro_thiet_hai_bao_so3_vn64",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD/CC=cccd | Địa chỉ (tổ, khu)=address:home64 | Số nhân khẩu=-:members64"
        " | Mức độ thiệt hại về nhà ở=-:damage64 | Số tiền hỗ trợ (đồng)=-:grant64"
        " | Theo QĐ số=-:decision64 | Hình thức chi trả=-:pay64 | Số tài khoản=-:account64"
        " | SĐT liên hệ=phone | Ngày nhận tiền=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ho_so_ly_lich_tu_phap_vn64",
        "TT=row | Mã hồ sơ=-:dossier64 | Họ và tên người được cấp Phiếu=full_name"
        " | Giới tính=sex | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Nơi sinh=-:birthplace64"
        " | Số CCCD/Định danh cá nhân=cccd:cccd_spaced | Nơi cư trú=address"
        " | Họ tên cha=-:father64 | Họ tên mẹ=-:mother64 | Loại Phiếu yêu cầu=-:form64"
        " | Số lượng Phiếu=-:copies64 | Mục đích sử dụng=-:purpose64"
        " | Ngày tiếp nhận=date@%d/%m/%Y | Ngày hẹn trả KQ=date:due64 | Điện thoại=phone"
        " | Hình thức nhận kết quả=-:receive64",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "doan_vien_mua_he_xanh_vn64",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Chi doan=-:branch64 | Ngay vao Doan=date:joined64"
        " | Dang hoc tai / Noi cong tac=-:study64 | Noi o hien nay=address | Doi hinh=-:team64"
        " | Dia ban tham gia=-:area64 | Size ao=-:shirt64 | DT=phone | Email=email"
        " | Nguoi lien he khi can=-:urgent64 | SDT nguoi lien he=-:urgent_phone64",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_phong_kham_gioi_thieu_vn64",
        "STT=row | Mã BN=-:patient64 | Họ tên bệnh nhân=full_name | NS=birth_date@%d-%m-%Y"
        " | Giới=sex | CCCD=cccd | Số thẻ BHYT=bhyt | Địa chỉ=address | ĐT=phone"
        " | BS giới thiệu=-:doctor64 | Nơi giới thiệu=-:referrer64 | Chẩn đoán=-:diagnosis64"
        " | Ngày khám=date@%d/%m/%Y | Phí khám (VNĐ)=-:fee64 | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
    ),
    _shape(
        "candidaturas_renda_acessivel_pt64",
        "N.º=row | Nome completo=full_name:pt_name64"
        " | N.º do Cartão de Cidadão=national_id:cc_pt64 | NIF=-:nif_pt64"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_pt64"
        " | Morada=street:street_pt64 | Código Postal=postcode:cp_pt64"
        " | Localidade=district:loc_pt64 | Freguesia=suburb:freg_pt64"
        " | Telemóvel=phone:phone_pt64 | Dimensão do agregado=-:household_pt64"
        " | Rendimento anual bruto=-:income_pt64 | Contacto de emergência=-:contact_pt64"
        " | Data da candidatura=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "wnioski_mops_krakow_pl64",
        "Lp.=row | Nazwisko=family_name:pl_family64 | Imię/Imiona=given_name:pl_given64"
        " | PESEL=national_id:pesel_pl64 | Data urodzenia=birth_date@%d.%m.%Y"
        " | Płeć=sex:sex_pl64 | Seria i nr dowodu osobistego=-:dowod_pl64"
        " | Adres zamieszkania (ulica, nr domu/lokalu)=street:street_pl64"
        " | Kod pocztowy=postcode:pc_pl64 | Miejscowość=district:city_pl64"
        " | Dzielnica=suburb:dzielnica_pl64 | Nr telefonu=phone:phone_pl64"
        " | Rodzaj świadczenia=-:benefit_pl64 | Pracownik socjalny=-:worker_pl64"
        " | Data złożenia wniosku=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "dikaiouxoi_kea_attiki_gr64",
        "Α/Α=row | ΕΠΩΝΥΜΟ=family_name:gr_family64 | ΟΝΟΜΑ=given_name:gr_given64"
        " | ΟΝΟΜΑ ΠΑΤΡΟΣ=-:gr_father64 | ΟΝΟΜΑ ΜΗΤΡΟΣ=-:gr_mother64"
        " | ΗΜ/ΝΙΑ ΓΕΝΝΗΣΗΣ=birth_date@%d/%m/%Y | ΦΥΛΟ=sex:sex_gr64"
        " | Α.Μ.Κ.Α.=national_id:amka_gr64 | Α.Φ.Μ.=-:afm_gr64 | Α.Δ.Τ.=-:adt_gr64"
        " | ΔΙΕΥΘΥΝΣΗ=street:street_gr64 | Τ.Κ.=postcode:tk_gr64 | ΔΗΜΟΣ=district:dimos_gr64"
        " | ΚΙΝΗΤΟ=phone:phone_gr64 | ΠΟΣΟ ΕΝΙΣΧΥΣΗΣ (€)=-:amount_gr64"
        " | ΗΜ/ΝΙΑ ΑΙΤΗΣΗΣ=date@%d/%m/%Y",
        english=True,
        encoding="cp1253",
        delimiter="\t",
    ),
    _shape(
        "sosyal_yardim_basvuru_ibb_tr64",
        "Sıra No=row | T.C. Kimlik No=national_id:tc_tr64 | Adı=given_name:tr_given64"
        " | Soyadı=family_name:tr_family64 | Baba Adı=-:tr_father64 | Anne Adı=-:tr_mother64"
        " | Doğum Yeri=-:tr_birthplace64 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Cinsiyeti=sex:sex_tr64 | Adres=address:addr_tr64 | İlçe=district:ilce_tr64"
        " | Cep Telefonu=phone:phone_tr64 | Yardım Türü=-:aid_tr64"
        " | Başvuru Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "inua_jamii_nairobi_ke64",
        "No.=row | Jina Kamili / Full Name=full_name:ke_name64"
        " | ID No. / Nambari ya Kitambulisho=national_id:id_ke64 | KRA PIN=-:kra_ke64"
        " | Tarehe ya Kuzaliwa / DOB=birth_date@%d/%m/%Y | Jinsia / Sex=sex:sex_ke64"
        " | Sub-County / Kaunti Ndogo=district:subcounty_ke64 | Estate / Mtaa=suburb:estate_ke64"
        " | Nambari ya Simu / Phone No.=phone:phone_ke64 | Programme=-:programme_ke64"
        " | Next of Kin / Jamaa wa Karibu=-:nok_ke64 | Uhusiano / Relationship=-:nok_rel_ke64"
        " | Simu ya Mlezi / Caregiver Phone=-:carer_phone_ke64 | Chifu / Chief=-:chief_ke64"
        " | Tarehe ya Usajili / Date Enrolled=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cc_pt64", "pesel_pl64", "amka_gr64", "tc_tr64", "id_ke64")
SEX_HOLDS: tuple[str, ...] = ("sex_pt64", "sex_pl64", "sex_gr64", "sex_tr64", "sex_ke64")
NAME_HOLDS = frozenset(
    {"pt_name64", "pl_family64", "pl_given64", "gr_family64", "gr_given64"}
    | {"tr_given64", "tr_family64", "ke_name64"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pt64",
    "phone_pl64",
    "phone_gr64",
    "phone_tr64",
    "phone_ke64",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("home64", "addr_tr64")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND64",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND64",
]
