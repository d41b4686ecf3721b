"""The hundred-and-thirteenth part of the outside corpus, **blind 113** (written 19:29 UTC,
2026-12-06, never used for tuning): person files a Quảng Bình commune collecting the disaster
prevention fund, a Hà Nội ward police station confirming residence information (CT07), a Cần Thơ
charity handing wheelchairs to disabled people, a Thanh Hóa telecom agent issuing personal
digital signature certificates, a Casablanca driving school, an Algiers AADL housing office, a
Tunisian university grants office, Libya's election commission and Mauritania's Tekavoul
social transfer programme could hand over. Four Vietnamese files: a commune's book of
contributions to the disaster prevention fund in UTF-16 with tabs (the home whole, the work, the
sum with dotted thousands, the receipt, who collected it, ``Miễn`` for poor households); a ward
police station's register of CT07 residence confirmations in UTF-8 with a BOM and semicolons (the
file's number, the personal identity number, the place of birth, the permanent home, the
purpose, the channel, the day received, the officer); a charity's list of
wheelchairs and walking aids handed out in Excel (real Excel birth dates, the ward and the
district apart, the kind and degree of disability, the certificate, the guardian and his phone,
the aid, the day handed); and a telecom agent's list of personal digital signature certificates
in Windows-1258 with semicolons and headers without diacritics (the CCCD, e-mail, phone, home,
package, serial, the day it starts and the day it ends, the agent). Five foreign files: a
Casablanca driving school's candidates in UTF-8 with semicolons and French/Arabic headers (the
CIN, ``NOM`` in capitals, ``06 61 …`` phones, the street and city apart, the category, the file,
the exam day and result, the instructor); an AADL housing office's applicants in Excel with
Arabic/French headers (the 18-digit NIN, ``ذكر``/``أنثى``, the address whole, the spouse, the
income, the file, the flat type, the site, the state); a Tunisian grants office's students in
UTF-8 with a BOM and Arabic/French headers (the 8-digit CIN, the whole name, the governorate,
``+216`` phones, the student number, the faculty, the level, the father's work, the grant, the
RIB); Libya's voter register in UTF-16 with tabs and Arabic headers only (the 12-digit national
number, the four-part name, the mother's name, ``yyyy/mm/dd`` dates, ``09x-`` phones, the
constituency, the polling centre and station, the day registered, the channel); and Tekavoul's
beneficiaries in UTF-8 with semicolons and Arabic/French headers (the household's RSU number,
the NNI, the whole name, the wilaya, moughataa and village apart, ``+222`` phones, the operator,
the household's size, the amount, the day paid).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind113_writers import WRITERS_BLIND113
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND113: tuple[Shape, ...] = (
    _shape(
        "thu_quy_phong_chong_thien_tai_xa_vn113",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ=address:pctt_home113 | Nghề nghiệp=-:pctt_job113"
        " | Số tiền nộp (đồng)=-:pctt_amount113 | Số phiếu thu=-:pctt_receipt113"
        " | Ngày nộp=date@%d/%m/%Y | Người thu=-:pctt_collector113"
        " | Ghi chú=-:pctt_note113",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "xac_nhan_thong_tin_cu_tru_ct07_vn113",
        "STT=row | Mã hồ sơ=-:ct07_file113 | Họ, chữ đệm và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi sinh=-:ct07_birthplace113"
        " | Nơi thường trú=address:ct07_home113 | Số điện thoại=phone"
        " | Mục đích sử dụng=-:ct07_purpose113 | Hình thức nộp=-:ct07_channel113"
        " | Ngày tiếp nhận=date@%d/%m/%Y | Cán bộ tiếp nhận=-:ct07_officer113",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "trao_xe_lan_nguoi_khuyet_tat_vn113",
        "TT=row | Họ tên NKT=full_name | Ngày sinh=birth_date:excel_date | Nam/Nữ=sex"
        " | CCCD=cccd | Xã/Phường=ward:ct_ward113 | Quận/Huyện=district:ct_district113"
        " | Dạng tật=-:disab_kind113 | Mức độ KT=-:disab_degree113"
        " | Số GXN khuyết tật=-:disab_cert113 | Người giám hộ=-:guardian113"
        " | ĐT người giám hộ=-:guardian_phone113 | Dụng cụ trao=-:aid_kind113"
        " | Ngày trao=date:excel_event",
        file="xlsx",
    ),
    _shape(
        "cap_chung_thu_so_ca_nhan_vn113",
        "STT=row | Ho ten thue bao=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Email=email | So DT=phone | Dia chi=address:ca_home113"
        " | Goi cuoc=-:ca_package113 | Serial CTS=-:ca_serial113"
        " | Ngay hieu luc=date@%d/%m/%Y | Ngay het han=date:ca_until113"
        " | Dai ly/Diem giao dich=-:ca_agent113",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "candidats_permis_auto_ecole_casablanca_ma113",
        "N°=row | N° dossier / رقم الملف=-:ma_file113 | CIN / ب.ت.و=national_id:cin_ma113"
        " | Nom / النسب=family_name:ma_family113 | Prénom / الاسم=given_name:ma_given113"
        " | Date de naissance / تاريخ الازدياد=birth_date@%d/%m/%Y | Sexe=sex:sex_ma113"
        " | Adresse / العنوان=street:ma_street113 | Ville=district:ma_city113"
        " | GSM=phone:ma_phone113 | Catégorie / الصنف=-:ma_category113"
        " | Date examen / تاريخ الامتحان=date@%d/%m/%Y | Résultat / النتيجة=-:ma_result113"
        " | Moniteur=-:ma_monitor113",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "souscripteurs_aadl_alger_dz113",
        "الرقم=row | رقم الملف / N° dossier=-:dz_file113"
        " | رقم التعريف الوطني / NIN=national_id:nin_dz113"
        " | اللقب / Nom=family_name:dz_family113 | الاسم / Prénom=given_name:dz_given113"
        " | تاريخ الميلاد / Date de naissance=birth_date:excel_date | الجنس=sex:sex_dz113"
        " | العنوان / Adresse=address:dz_home113 | الهاتف / Tél=phone:dz_phone113"
        " | اسم الزوج(ة) / Conjoint=-:dz_spouse113 | الدخل الشهري (دج)=-:dz_income113"
        " | الصيغة / Type=-:dz_type113 | الموقع / Site=-:dz_site113"
        " | الحالة / Etat=-:dz_state113 | تاريخ الإيداع=date:excel_event",
        english=True,
        file="xlsx",
    ),
    _shape(
        "boursiers_office_oeuvres_universitaires_tn113",
        "ع/ر=row | رقم التسجيل / N° inscription=-:tn_student_no113"
        " | ب.ت.و / CIN=national_id:cin_tn113 | الاسم واللقب / Nom et prénom=full_name:tn_name113"
        " | تاريخ الولادة / Date de naissance=birth_date@%d/%m/%Y | الجنس=sex:sex_tn113"
        " | الولاية / Gouvernorat=state:tn_gov113 | الهاتف=phone:tn_phone113"
        " | المؤسسة / Etablissement=-:tn_faculty113 | المستوى=-:tn_level113"
        " | مهنة الأب=-:tn_father_job113 | مبلغ المنحة (د)=-:tn_grant113"
        " | RIB=-:tn_rib113 | تاريخ الصرف=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "sijil_alnakhibin_ly113",
        "ت=row | الرقم الوطني=national_id:nid_ly113 | الاسم الرباعي=full_name:ly_name113"
        " | اسم الأم=-:ly_mother113 | تاريخ الميلاد=birth_date@%Y/%m/%d | الجنس=sex:sex_ly113"
        " | رقم الهاتف=phone:ly_phone113 | الدائرة الانتخابية=-:ly_constituency113"
        " | مركز الاقتراع=-:ly_centre113 | رقم المحطة=-:ly_station113"
        " | تاريخ التسجيل=date@%Y/%m/%d | طريقة التسجيل=-:ly_channel113",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "beneficiaires_tekavoul_mr113",
        "N°=row | N° ménage RSU=-:mr_household113 | NNI / الرقم الوطني=national_id:nni_mr113"
        " | Nom complet / الاسم الكامل=full_name:mr_name113"
        " | Date de naissance / تاريخ الميلاد=birth_date@%d/%m/%Y | Sexe / الجنس=sex:sex_mr113"
        " | Wilaya / الولاية=state:mr_wilaya113 | Moughataa / المقاطعة=district:mr_moughataa113"
        " | Localité / القرية=suburb:mr_village113 | Téléphone=phone:mr_phone113"
        " | Opérateur=-:mr_operator113 | Taille ménage=-:mr_size113"
        " | Montant=-:mr_amount113 | Date paiement=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cin_ma113", "nin_dz113", "cin_tn113", "nid_ly113", "nni_mr113")
SEX_HOLDS: tuple[str, ...] = ("sex_ma113", "sex_dz113", "sex_tn113", "sex_ly113", "sex_mr113")
NAME_HOLDS = frozenset(
    {"ma_family113", "ma_given113", "dz_family113", "dz_given113", "tn_name113"}
    | {"ly_name113", "mr_name113"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ma_phone113",
    "dz_phone113",
    "tn_phone113",
    "ly_phone113",
    "mr_phone113",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("pctt_home113", "ct07_home113", "ca_home113", "dz_home113")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND113",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND113",
]
