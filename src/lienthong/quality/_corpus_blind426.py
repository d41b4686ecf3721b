"""The four-hundred-and-twenty-sixth part of the outside corpus, **blind 426** (written 00:40 UTC,
2026-12-08, never used for tuning): person files a commune's steering committee for disaster
prevention, a commune's Fatherland Front, a district's survey team, a provincial people's
committee, the Philippine DSWD, a Nepali rural municipality's reconstruction desk, Türkiye's AFAD,
Mozambique's INGD and a Pakistani PDMA could hand over about people evacuated, helped and paid
after floods, storms, earthquakes and cyclones.
Four Vietnamese files: a commune's list of households evacuated before a flood, in Excel (the
household head, the address by hamlet, commune and district, how many people and who among them
is vulnerable, the shelter, the kind of evacuation, the hour and day they left, the vehicle, the
officer in charge); a relief distribution list in Windows-1258 with semicolons and headers
without diacritics (rice in kilograms, cash in dong, cartons of noodles, the witness and their
post, the signature, the donor, the day received); a survey of damaged houses in UTF-16 with tabs
(the survey slip, the house type, the damage and its share, the estimated loss, the surveyor
and their team, the survey day, when the row changed); and a province's list of support paid for
people who died in a storm, in UTF-8 with a BOM and ISO dates (the day and cause of death, the
heir with their relation, CCCD and phone, the amount, the decision number).
Five foreign files: a DSWD DAFAC list of families in an evacuation centre, in UTF-8 (the DAFAC
serial, last, first and middle name and extension, birthdate month first, birthplace, civil
status, mother's maiden name, the ID presented and its number, the 4Ps flag, the family size,
the tenure and damage of the house); a Nepali list of earthquake beneficiaries in UTF-8 with tabs
(the name, father's and grandfather's names, the birth date in Bikram Sambat, the citizenship
certificate number and district of issue, the address by rural municipality and ward, the
beneficiary number, the damage grade, the tranche and its day, the bank and account); an AFAD
list of earthquake aid in Windows-1254 with semicolons (the T.C. Kimlik No with its check digits,
the father's name, il, ilçe, mahalle and the street line, the damage, the shelter, the aid and its
amount, the IBAN, the application); an INGD list of families hit by a cyclone, in Excel (the BI
with its check letter, head of household or not, household size, província, distrito and bairro,
the accommodation centre, the aid, the beneficiary card); and a PDMA Sindh flood compensation list
in UTF-8 with a BOM (the CNIC, father's or husband's name, the address and district, the damage,
the amount, the transaction, the tapedar who verified, the status, the next instalment).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind426_writers import WRITERS_BLIND426
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND426: tuple[Shape, ...] = (
    _shape(
        "danh_sach_ho_dan_so_tan_tranh_lu_ban_chi_huy_pctt_tkcn_xa_vn426",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ (thôn, xã, huyện)=address:addr426 | Số nhân khẩu=-:nk426"
        " | Trong đó đối tượng dễ bị tổn thương=-:vul426 | Nơi sơ tán đến=-:shelter426"
        " | Hình thức sơ tán=-:mode426 | Thời gian di dời=date:evac426"
        " | Phương tiện=-:vehicle426 | SĐT liên hệ=phone:phone_spaced"
        " | Cán bộ phụ trách=-:officer426 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "danh_sach_nhan_hang_cuu_tro_gao_tien_mat_mttq_xa_vn426",
        "TT=row | Ho ten nguoi nhan=full_name | Ngay thang nam sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Noi o=address:addr426 | Gao (kg)=-:rice426"
        " | Tien mat (dong)=-:cash426 | Mi tom (thung)=-:noodle426"
        " | Nguoi chung kien=-:witness426 | Chuc vu=-:wrole426 | Ngay nhan=date@%d/%m/%Y"
        " | Ky nhan=-:sign426 | Nguon ho tro=-:donor426",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "phieu_khao_sat_nha_o_hu_hong_do_bao_lu_to_khao_sat_vn426",
        "STT=row | Mã phiếu=-:ks426 | Họ tên chủ nhà=full_name | Ngày sinh=birth_date@%d-%m-%Y"
        " | Số ĐDCN/CCCD=cccd:cccd_spaced | Địa chỉ ngôi nhà=address:addr426"
        " | Điện thoại=phone:phone_dotted | Loại nhà=-:housetype426"
        " | Mức độ thiệt hại=-:damage426 | Tỷ lệ hư hỏng (%)=-:pct426"
        " | Ước giá trị thiệt hại (tr.đ)=-:loss426 | Người khảo sát=-:surveyor426"
        " | Đơn vị khảo sát=-:unit426 | Ngày khảo sát=date@%d-%m-%Y"
        " | Cập nhật lần cuối=timestamp:stamp426",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_ho_tro_nguoi_chet_do_bao_so_3_ubnd_tinh_vn426",
        "STT=row | Họ và tên người chết=full_name | Ngày sinh=birth_date@%Y-%m-%d"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi thường trú=address:addr426"
        " | Ngày mất=date@%Y-%m-%d | Nguyên nhân=-:cause426"
        " | Người nhận hỗ trợ (thừa kế)=-:heir426 | Quan hệ với người chết=-:heir_rel426"
        " | CCCD người nhận=-:heir_cccd426 | SĐT người nhận=-:heir_phone426"
        " | Số tiền hỗ trợ (đồng)=-:paid426 | Số Quyết định=-:qd426",
        encoding="utf-8-sig",
    ),
    _shape(
        "dswd_dafac_evacuation_center_families_ph426",
        "No.=row | DAFAC Serial No.=-:ph_serial426 | Last Name=family_name:ph_fam426"
        " | First Name=given_name:ph_giv426 | Middle Name=-:ph_mid426"
        " | Name Ext.=-:ph_ext426 | Birthdate=birth_date@%m/%d/%Y | Sex=sex:sex_ph426"
        " | Birthplace=-:ph_born426 | Civil Status=-:ph_civil426"
        " | Mother's Maiden Name=-:ph_mother426 | Contact No.=phone:phone_ph426"
        " | Permanent Address=address:ph_addr426 | Evacuation Center=-:ph_ec426"
        " | ID Card Presented=-:ph_idtype426 | ID Card No.=-:ph_idno426"
        " | 4Ps Beneficiary=-:ph_4ps426 | No. of Family Members=-:ph_fm426"
        " | House Ownership=-:ph_own426 | Shelter Damage=-:ph_dmg426"
        " | Date Registered=date@%m/%d/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bhukampa_pidit_labhagrahi_suchi_gaunpalika_np426",
        "क्र.सं.=row | लाभग्राही क्रमांक=-:np_benef426 | लाभग्राहीको नाम थर=full_name:np_name426"
        " | बाबुको नाम थर=-:np_father426 | बाजेको नाम=-:np_grand426 | लिङ्ग=sex:sex_np426"
        " | जन्म मिति (वि.सं.)=birth_date:np_dob426"
        " | नागरिकता प्रमाणपत्र नं.=national_id:np_cit426 | जारी जिल्ला=-:np_issue426"
        " | ठेगाना=address:np_addr426 | मोबाइल नं.=phone:phone_np426"
        " | क्षतिको वर्ग=-:np_grade426 | किस्ता रकम (रु.)=-:np_tranche426"
        " | रकम प्राप्त मिति=date:np_paid426 | बैंकको नाम=-:np_bank426"
        " | खाता नं.=-:np_acct426",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "afad_deprem_hak_sahipligi_yardim_listesi_tr426",
        "Sıra No=row | T.C. Kimlik No=national_id:tr_tc426 | Adı=given_name:tr_giv426"
        " | Soyadı=family_name:tr_fam426 | Baba Adı=-:tr_father426"
        " | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyeti=sex:sex_tr426"
        " | Cep Tel=phone:phone_tr426 | İl=state:tr_il426 | İlçe=district:tr_ilce426"
        " | Mahalle=suburb:tr_mah426 | Cadde/Sokak/Kapı No=street:tr_street426"
        " | Hasar Tespit Sonucu=-:tr_dmg426 | Barınma Durumu=-:tr_shelter426"
        " | Yardım Türü=-:tr_aid426 | Tutar (TL)=-:tr_amount426 | IBAN=-:tr_iban426"
        " | Başvuru No=-:tr_app426 | Ödeme Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "ingd_lista_agregados_afectados_ciclone_mz426",
        "Nº=row | Nome Completo=full_name:mz_name426 | Nº do BI=national_id:mz_bi426"
        " | Data de Nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_mz426"
        " | Chefe do Agregado=-:mz_head426 | Nº de Membros=-:mz_members426"
        " | Província=state:mz_prov426 | Distrito=district:mz_dist426"
        " | Bairro=suburb:mz_bairro426 | Centro de Acomodação=-:mz_centre426"
        " | Tipo de Apoio=-:mz_aid426 | Nº Cartão Beneficiário=-:mz_card426"
        " | Contacto=phone:phone_mz426 | Data de Registo=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "pdma_sindh_flood_2022_house_damage_compensation_pk426",
        "S.No=row | Name of Head of Household=full_name:pk_name426"
        " | Father/Husband Name=-:pk_father426 | CNIC No.=national_id:pk_cnic426"
        " | Date of Birth=birth_date@%d-%m-%Y | Gender=sex:sex_pk426"
        " | Mobile No. (registered with CNIC)=phone:phone_pk426"
        " | Address (as per CNIC)=address:pk_addr426 | District=district:pk_dist426"
        " | Damage Category=-:pk_damage426 | Amount (PKR)=-:pk_amount426"
        " | Transaction ID=-:pk_txn426 | Verified by=-:pk_patwari426"
        " | Survey Date=date@%d-%m-%Y | Payment Status=-:pk_status426"
        " | Next Instalment Due=date:pk_next426",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("np_cit426", "tr_tc426", "mz_bi426", "pk_cnic426")
SEX_HOLDS: tuple[str, ...] = ("sex_ph426", "sex_np426", "sex_tr426", "sex_mz426", "sex_pk426")
NAME_HOLDS = frozenset(
    {"ph_fam426", "ph_giv426", "np_name426", "tr_giv426", "tr_fam426", "mz_name426"}
    | {"pk_name426"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ph426",
    "phone_np426",
    "phone_tr426",
    "phone_mz426",
    "phone_pk426",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr426", "ph_addr426", "np_addr426", "pk_addr426")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND426",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND426",
]
