"""The fifty-fifth part of the outside corpus, **blind 55** (written 11:05 UTC, 2026-12-06, never
used for tuning): person files a ward's sanitation fee team, a district's urban-management office,
a commune's social-affairs officer, a driving school, an Azorean social-security office, a
Sicilian health authority, a Tamil Nadu taluk office, Guadeloupe's departmental council and the
Cayman Islands' Needs Assessment Unit could hand over. Four Vietnamese files: a ward's households
paying the garbage-collection fee in Windows-1258 with semicolons (the household head, the number
of members, the residents' group, the monthly rate, the months paid, the amount, the receipt
number, the collector); a district's construction permits for single houses in Excel (the permit
number and date, the owner and their permanent address, the plot's address, parcel and map sheet,
the areas and floors, the contractor and its representative); a commune's old people living alone
in UTF-16 with tabs (the health insurance card, the monthly allowance, the state of health, the
relative who looks after them, the relationship and their phone, the time last updated); and a
driving school's students in UTF-8 with a BOM and unaccented capital headers (the street, ward
and city apart, the licence class, the course, the dossier number, the instructor).
Five foreign files: an Azorean regional pension supplement list in UTF-8 with semicolons (the NIF
with its mod-11 digit, the número de utente, the NISS, the código postal and localidade, the
case officer); a Sicilian list of ticket exemptions in Excel (the codice fiscale with its check
letter, the place and province of birth, the tessera sanitaria, the CAP, comune and province, the
family doctor); a Tamil Nadu old-age pension list in UTF-8 with a BOM and headers in Tamil and
English (the Aadhaar with its Verhoeff digit, the ration card, the father's or husband's name,
the PIN code, the bank account, the village officer's order); a Guadeloupe APA list in
Windows-1252 with semicolons (the NIR of a birth in 971 with its key, the commune of birth, the
GIR, the family carer); and a Cayman Islands financial-assistance register in English (the
district and KY postal code, a (345) phone, the emergency contact, the CINICO number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind55_writers import WRITERS_BLIND55
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND55: tuple[Shape, ...] = (
    _shape(
        "thu_phi_rac_sinh_hoat_vn55",
        "STT=row | Họ tên chủ hộ=full_name | Số NK=-:members55 | Địa chỉ=address"
        " | Tổ DP=-:to_dp55 | CCCD chủ hộ=cccd | ĐT liên hệ=phone"
        " | Mức thu (đồng/tháng)=-:fee55 | Số tháng nộp=-:months55 | Thành tiền (đ)=-:paid55"
        " | Ngày nộp=date@%d/%m/%Y | Số BL=-:receipt55 | Người thu=-:collector55"
        " | Ghi chú=-:fee_note55",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_phep_xay_dung_nha_o_vn55",
        "STT=row | Số giấy phép=-:permit55 | Ngày cấp phép=date@%d/%m/%Y"
        " | Chủ đầu tư (chủ nhà)=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address"
        " | Địa điểm xây dựng=-:plot_addr55 | Thửa đất số=-:parcel55 | Tờ bản đồ số=-:sheet55"
        " | DT đất (m2)=-:land_area55 | DT xây dựng (m2)=-:floor_area55 | Số tầng=-:floors55"
        " | Đơn vị thi công=-:builder55 | Người đại diện ĐVTC=-:builder_rep55"
        " | Điện thoại=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_cao_tuoi_song_mot_minh_vn55",
        "TT=row | Họ  và  tên=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh=cccd | Nơi ở hiện nay=address | Số thẻ BHYT=bhyt"
        " | ĐT (nếu có)=phone | Trợ cấp XH hàng tháng (đồng)=-:allowance55"
        " | Tình trạng sức khỏe=-:health55 | Người thân chăm sóc=-:carer55"
        " | Quan hệ=-:kin55 | SĐT người chăm sóc=-:carer_phone55"
        " | Ngày rà soát=date@%d/%m/%Y | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_dao_tao_lai_xe_vn55",
        "STT=row | MA HO SO=-:dossier55 | HO VA TEN=full_name | NGAY SINH=birth_date@%d-%m-%Y"
        " | GIOI TINH=sex | SO CCCD=cccd | SO NHA, DUONG=street | PHUONG/XA=ward:ward55"
        " | TINH/TP=province:city55 | DIEN THOAI=phone | EMAIL=email"
        " | HANG DAO TAO=-:licence_class55 | KHOA HOC=-:course55"
        " | NGAY KHAI GIANG=date@%d-%m-%Y | GV THUC HANH=-:teacher55",
        encoding="utf-8-sig",
    ),
    _shape(
        "complemento_regional_pensao_acores_pt55",
        "N.º=row | Nome completo=full_name:pt_name55 | NIF=national_id:nif_pt55"
        " | N.º Utente SNS=-:utente_pt55 | NISS=-:niss_pt55"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_pt55"
        " | Morada=street:street_pt55 | Código Postal=postcode:cp_pt55"
        " | Localidade=district:loc_pt55 | Telefone/Telemóvel=phone:phone_pt55"
        " | Tipo de pensão=-:pension_pt55 | Valor CRP (€)=-:cpr_pt55"
        " | Data de deferimento=date@%d-%m-%Y | Técnico(a) gestor(a)=-:tech_pt55",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "esenzioni_ticket_asp_sicilia_it55",
        "N.=row | Cognome=family_name:it_family55 | Nome=given_name:it_given55"
        " | Codice Fiscale=national_id:cf_it55 | Sesso=sex:sex_it55"
        " | Data di nascita=birth_date@%d/%m/%Y | Luogo di nascita=-:born_it55"
        " | Prov. nascita=-:born_prov_it55 | Indirizzo di residenza=street:street_it55"
        " | CAP=postcode:cap_it55 | Comune di residenza=district:comune_it55"
        " | Prov.=province:prov_it55 | Recapito telefonico=phone:phone_it55"
        " | N. Tessera Sanitaria=-:ts_it55 | Codice esenzione=-:esenzione_it55"
        " | Scadenza=date@%d/%m/%Y | Medico curante=-:medico_it55",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mudhiyor_udhavi_thogai_tn55",
        "வ.எண் / S.No=row | பயனாளி பெயர் / Beneficiary Name=full_name:tn_name55"
        " | தந்தை / கணவர் பெயர் / Father / Husband Name=-:tn_father55"
        " | பாலினம் / Gender=sex:sex_tn55 | பிறந்த தேதி / Date of Birth=birth_date@%d-%m-%Y"
        " | ஆதார் எண் / Aadhaar No.=national_id:aadhaar55"
        " | குடும்ப அட்டை எண் / Ration Card No.=-:ration55 | அட்டை வகை / Card Type=-:card_type55"
        " | முகவரி / Address=address:addr_tn55 | மாவட்டம் / District=district:dist_tn55"
        " | அஞ்சல் குறியீடு / PIN Code=postcode:pin_tn55 | கைபேசி எண் / Mobile No.=phone:phone_tn55"
        " | வங்கி கணக்கு எண் / Bank A/c No.=-:bank_tn55 | நியாய விலைக் கடை / FPS=-:shop_tn55"
        " | ஆணை தேதி / Order Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "beneficiaires_apa_guadeloupe_gp55",
        "N°=row | N° dossier=-:dossier_gp55 | NIR=national_id:nir55 | NOM=family_name:gp_family55"
        " | Prénom(s)=given_name:gp_given55 | Sexe=sex:sex_gp55"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:born_gp55"
        " | Adresse=street:street_gp55 | CP=postcode:cp_gp55 | Commune=district:commune_gp55"
        " | Tél.=phone:phone_gp55 | GIR=-:gir55 | Montant APA mensuel (€)=-:apa55"
        " | Aidant principal=-:aidant55 | Date de notification=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "nau_financial_assistance_ky55",
        "#=row | Client No.=-:client_ky55 | Surname=family_name:ky_family55"
        " | First Name=given_name:ky_given55 | Date of Birth=birth_date@%d-%b-%Y"
        " | Sex=sex:sex_ky55 | Marital Status=-:marital_ky55"
        " | Residential Address=street:street_ky55 | District=district:district_ky55"
        " | Postal Code=postcode:post_ky55 | Tel. No.=phone:phone_ky55 | Email Address=email"
        " | Emergency Contact=-:contact_ky55 | Emergency Contact Tel.=-:contact_tel_ky55"
        " | CINICO No.=-:cinico_ky55 | Type of Assistance=-:aid_ky55"
        " | Amount (CI$)=-:amount_ky55 | Social Worker=-:worker_ky55"
        " | Date Assessed=date@%d-%b-%Y",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: the Caymanian ``31-Feb-1970`` is new.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nif_pt55", "cf_it55", "aadhaar55", "nir55")
SEX_HOLDS: tuple[str, ...] = ("sex_pt55", "sex_it55", "sex_tn55", "sex_gp55", "sex_ky55")
NAME_HOLDS = frozenset(
    {"pt_name55", "it_family55", "it_given55", "tn_name55", "gp_family55", "gp_given55"}
    | {"ky_family55", "ky_given55"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pt55",
    "phone_it55",
    "phone_tn55",
    "phone_gp55",
    "phone_ky55",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_tn55",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND55",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND55",
]
