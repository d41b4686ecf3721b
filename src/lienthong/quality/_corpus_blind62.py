"""The sixty-second part of the outside corpus, **blind 62** (written 11:20 UTC, 2026-12-06, never
used for tuning): person files a ward's police, a district tax office, a provincial blood
donation committee, a commune's social affairs officer, a Brussels CPAS/OCMW, a Valencian health
department, a Turkish social assistance foundation, a Maharashtra tahsil office and a Javanese
puskesmas could hand over. Four Vietnamese files: a ward's list of people serving community
service (lao động công ích) in Windows-1258 with semicolons (the offence, the decision number and
date, the hours, where the work is done, the supervising officer and his phone, the result); a
district's list of household businesses exempt from tax in Excel (the business's name, its
registration number, the owner's tax code and CCCD, the business's address beside the owner's
home, the trade, the yearly revenue, the reason, the decision date); a provincial blood drive's
donor list in UTF-16 with tabs (blood group and Rh apart, the volume, how many times, the
employer or school, the site, the day of the drive, the time last updated); and a commune's list
of elderly people given free health insurance cards in UTF-8 with a BOM and headers without
diacritics (the group, the BHXH code and the card number, the first-contact clinic, the card's
start, who received the card for them).
Five foreign files: a Brussels social integration income list in Windows-1252 with semicolons and
French/Dutch headers (the NISS/INSZ with its mod-97 pair, bilingual street names, the postcode
and commune, the mutual insurer, the social worker, the amount in euros); a Valencian vaccination
list in UTF-8 with semicolons and Valencian/Spanish headers (the DNI with its letter, the SIP
number, two surnames in their own columns, municipality and province, the health centre); a
Turkish aid list in Windows-1254 with semicolons (the T.C. Kimlik No with its two check digits,
father's and mother's names, place of birth, the address with its ilçe/il, ilçe and il apart, the
aid and amount, the muhtar); a Maharashtra pension list in UTF-8 with Marathi and English headers
(the Aadhaar with its Verhoeff digit, the PAN, names in Devanagari or Latin script, the
father's/husband's name, the district and PIN, the bank account and IFSC); and a Javanese list of
insured people in Excel with Indonesian headers (the NIK with a woman's day plus 40, the family
card number, place of birth, RT/RW, kelurahan, kabupaten/kota and province, the BPJS number, the
first-level clinic, the mother's maiden name).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind62_writers import WRITERS_BLIND62
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND62: tuple[Shape, ...] = (
    _shape(
        "lao_dong_cong_ich_phuong_vn62",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Nơi cư trú=address | Hành vi vi phạm=-:offence62"
        " | Số QĐ=-:decision62 | Ngày QĐ=date@%d/%m/%Y | Số giờ LĐCI=-:hours62"
        " | Địa điểm thực hiện=-:workplace62 | Cán bộ giám sát=-:officer62"
        " | SĐT CB giám sát=-:officer_phone62 | Kết quả=-:result62 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_kinh_doanh_mien_thue_vn62",
        "STT=row | Tên hộ kinh doanh=-:shop62 | Số GCN ĐKHKD=-:licence62"
        " | Họ tên chủ hộ=full_name | Mã số thuế=mst | CCCD chủ hộ=cccd:cccd_spaced"
        " | Ngày sinh=birth_date@%d/%m/%Y | Địa chỉ kinh doanh=-:shop_addr62"
        " | Nơi thường trú của chủ hộ=address | Ngành nghề KD=-:trade62"
        " | Doanh thu năm (đồng)=-:revenue62 | Lý do miễn thuế=-:reason62"
        " | Ngày QĐ miễn=date:excel_event | ĐT liên hệ=phone:phone_dotted",
        file="xlsx",
    ),
    _shape(
        "nguoi_hien_mau_tinh_nguyen_vn62",
        "STT=row | Mã người hiến=-:donor_code62 | Họ tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới=sex | CCCD/ĐDCN=cccd | Nhóm máu ABO=-:blood62 | Rh=-:rh62"
        " | Thể tích (ml)=-:volume62 | Số lần hiến=-:times62 | Đơn vị/Trường=-:employer62"
        " | Địa chỉ liên lạc=address | Điện thoại=phone | Email=email"
        " | Điểm hiến máu=-:site62 | Ngày hiến=date@%d/%m/%Y | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_cao_tuoi_cap_the_bhyt_vn62",
        "TT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | So CCCD=cccd | Ma so BHXH=bhxh | Doi tuong=-:elder62"
        " | Ma the BHYT=bhyt | Dia chi=address:address_ascii | Noi DKKCB ban dau=-:clinic62"
        " | Gia tri tu ngay=date@%d/%m/%Y"
        " | Nguoi nhan the thay=-:receiver62 | So DT=phone",
        encoding="utf-8-sig",
    ),
    _shape(
        "revenu_integration_leefloon_be62",
        "N°/Nr=row | NISS / INSZ=national_id:niss_be62 | Nom / Naam=family_name:be_family62"
        " | Prénom / Voornaam=given_name:be_given62 | Sexe / Geslacht=sex:sex_be62"
        " | Date de naissance / Geboortedatum=birth_date@%d/%m/%Y"
        " | Adresse / Adres=street:street_be62 | CP / PC=postcode:pc_be62"
        " | Commune / Gemeente=district:commune_be62 | GSM=phone:phone_be62"
        " | Mutualité / Ziekenfonds=-:mutual_be62"
        " | Assistant social / Maatschappelijk werker=-:worker_be62"
        " | Montant / Bedrag (€)=-:amount_be62 | Date décision / Beslissingsdatum=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "vacunacio_vacunacion_va62",
        "Núm.=row | DNI/NIE=national_id:dni | Núm. SIP=-:sip_va62"
        " | Nom / Nombre=given_name:va_given62"
        " | Primer cognom / Primer apellido=family_name:va_fam1_62"
        " | Segon cognom / Segundo apellido=-:va_fam2_62"
        " | Data naixement / Fecha nacimiento=birth_date@%d/%m/%Y | Sexe / Sexo=sex:sex_va62"
        " | Adreça / Dirección=street:street_va62 | CP=postcode:cp_va62"
        " | Municipi / Municipio=district:town_va62 | Província / Provincia=state:prov_va62"
        " | Telèfon / Teléfono=phone:phone_va62 | Centre de salut / Centro de salud=-:centre_va62"
        " | Vacuna=-:vaccine_va62 | Data vacunació / Fecha vacunación=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "sydv_yardim_listesi_tr62",
        "Sıra No=row | T.C. Kimlik No=national_id:tckn_tr62 | Adı=given_name:tr_given62"
        " | Soyadı=family_name:tr_family62 | Baba Adı=-:tr_father62 | Ana Adı=-:tr_mother62"
        " | Doğum Yeri=-:tr_birthplace62 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Cinsiyeti=sex:sex_tr62 | Adres=address:addr_tr62 | İlçe=district:ilce_tr62"
        " | İl=province:il_tr62 | Cep Tel.=phone:phone_tr62 | Yardım Türü=-:aid_tr62"
        " | Tutar (TL)=-:amount_tr62 | Karar Tarihi=date@%d.%m.%Y | Muhtar=-:muhtar_tr62",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "niradhar_anudan_labharthi_mh62",
        "अ.क्र. / Sr. No.=row | लाभार्थ्याचे नाव / Beneficiary Name=full_name:mh_name62"
        " | वडिलांचे/पतीचे नाव / Father's/Husband's Name=-:mh_guardian62"
        " | जन्म दिनांक / Date of Birth=birth_date@%d-%m-%Y | लिंग / Gender=sex:sex_mh62"
        " | आधार क्रमांक / Aadhaar No.=national_id:aadhaar_mh62 | पॅन / PAN=-:pan_mh62"
        " | मोबाईल क्र. / Mobile No.=phone:phone_mh62 | पत्ता / Address=address:addr_mh62"
        " | जिल्हा / District=district:dist_mh62 | पिन कोड / PIN=postcode:pin_mh62"
        " | योजना / Scheme=-:scheme_mh62 | बँक खाते क्र. / Bank A/c No.=-:bank_mh62"
        " | IFSC=-:ifsc_mh62 | मंजुरी दिनांक / Sanction Date=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "peserta_jkn_puskesmas_id62",
        "No=row | NIK=national_id:nik_id62 | No. KK=-:kk_id62 | Nama Lengkap=full_name:id_name62"
        " | Tempat Lahir=-:id_birthplace62 | Tanggal Lahir=birth_date@%d-%m-%Y"
        " | Jenis Kelamin=sex:sex_id62 | Alamat=street:street_id62 | RT/RW=-:rtrw_id62"
        " | Kelurahan/Desa=suburb:kel_id62 | Kabupaten/Kota=district:kab_id62"
        " | Provinsi=state:prov_id62 | No. BPJS=-:bpjs_id62 | No. HP=phone:phone_id62"
        " | Faskes Tingkat I=-:faskes_id62 | Nama Ibu Kandung=-:mother_id62"
        " | Tgl Daftar=date:excel_event",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("niss_be62", "tckn_tr62", "aadhaar_mh62", "nik_id62")
SEX_HOLDS: tuple[str, ...] = ("sex_be62", "sex_va62", "sex_tr62", "sex_mh62", "sex_id62")
NAME_HOLDS = frozenset(
    {"be_family62", "be_given62", "va_given62", "va_fam1_62", "tr_given62", "tr_family62"}
    | {"mh_name62", "id_name62"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_be62",
    "phone_va62",
    "phone_tr62",
    "phone_mh62",
    "phone_id62",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_tr62", "addr_mh62")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND62",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND62",
]
