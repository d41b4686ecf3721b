"""The three-hundred-and-fifty-fourth part of the outside corpus, **blind 354** (written 12:55 UTC,
2026-12-07, never used for tuning): person files a provincial exam council, a public
kindergarten, a primary school's health room, a district school insurance desk, a French collège,
an Italian istituto comprensivo, a Valencian school-meals office, a Portuguese agrupamento de
escolas and a Greek secondary school could hand over, all about examinations and school health.
Four Vietnamese files: the high-school graduation exam's candidates by exam room in UTF-8 with a
BOM and semicolons (the candidate number, the exam council and site, the room, the school and
class, the elective subjects, the priority group and area, the place of birth); a public
kindergarten's enrolment list in Excel with both parents' columns (the child's personal
identification number, ethnicity, the father's and the mother's name, year of birth, occupation,
phone and CCCD, the class); a primary school's yearly health check results in UTF-16 with tabs
and headers without diacritics (height, weight, BMI, nutrition class, eyesight, teeth, spine,
ENT, conclusion, the health insurance card, a parent's phone, the doctor); and pupils' accident
insurance claims in Windows-1258 with tabs (the certificate, the school and class, the accident,
the hospital, days in hospital, the amounts asked and paid, the insurer, the guardian and the
bank account).
Five foreign files: a French collège's pupil list exported from SIECLE in Windows-1252 with
semicolons (the INE with its key letter, the division, the régime, the first legal guardian's
name, phone and e-mail); an Italian school's enrolled pupils in Excel (the codice fiscale with its
check character, the place of birth, class, residence, CAP, comune and province, a parent and his
mobile, the religion option); a Valencian school-meals grant list in UTF-8 with semicolons where
the guardian is the record (the guardian's DNI with its letter, surnames, name, address, phone,
the pupil's NIA and name as other people's values, the course, the centre, income and points); a
Portuguese school's enrolments in UTF-8 with a BOM (the cartão de cidadão with its check digits,
the NIF and the SNS number as secondary numbers, the morada and código postal, the class, the
encarregado de educação and the ASE band); and a Greek school's pupil register in UTF-16 with
tabs and Greek headers (the register number, the AMKA with its Luhn digit, the father's and
mother's given names, the address, postal code and municipality, the guardian's phone, the
class).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind354_writers import WRITERS_BLIND354
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND354: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_theo_phong_thi_ky_thi_tot_nghiep_thpt_hoi_dong_thi_so_gddt_vn354",
        "STT=row | Số báo danh=-:tn_sbd354 | Hội đồng thi=-:tn_council354"
        " | Điểm thi=-:tn_site354 | Phòng thi=-:tn_room354 | Họ và tên thí sinh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Nơi sinh=-:tn_birthplace354"
        " | Số CCCD/ĐDCN=cccd | Trường THPT (mã - tên)=-:tn_school354 | Lớp=-:tn_class354"
        " | Bài thi tự chọn=-:tn_elective354 | Đối tượng UT=-:tn_priority354"
        " | Khu vực=-:tn_area354 | Miễn thi / ghi chú=-:tn_exempt354"
        " | SĐT thí sinh=phone | Địa chỉ liên hệ=address",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "tre_dang_ky_nhap_hoc_lop_mam_truong_mam_non_cong_lap_kem_thong_tin_cha_me_vn354",
        "TT=row | Họ và tên trẻ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Mã định danh cá nhân của trẻ=cccd | Dân tộc=-:kg_ethnic354"
        " | Nơi thường trú=address | Họ tên cha=-:kg_dad354 | Năm sinh (cha)=-:kg_dadyear354"
        " | Nghề nghiệp (cha)=-:kg_dadjob354 | SĐT cha=-:kg_dadphone354"
        " | Số CCCD cha=-:kg_dadcccd354 | Họ tên mẹ=-:kg_mom354"
        " | Năm sinh (mẹ)=-:kg_momyear354 | Nghề nghiệp (mẹ)=-:kg_momjob354"
        " | SĐT mẹ=-:kg_momphone354 | Số CCCD mẹ=-:kg_momcccd354"
        " | Hình thức ĐK=-:kg_form354 | Xếp lớp=-:kg_class354"
        " | Ngày nhập học=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "ket_qua_kham_suc_khoe_hoc_sinh_dau_nam_hoc_phong_y_te_truong_tieu_hoc_vn354",
        "STT=row | Ma HS=-:sk_pupilno354 | Ho va ten HS=full_name | Lop=-:sk_class354"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex | So the BHYT=bhyt"
        " | Chieu cao (cm)=-:sk_height354 | Can nang (kg)=-:sk_weight354 | BMI=-:sk_bmi354"
        " | Phan loai DD=-:sk_nutrition354 | Thi luc MP/MT=-:sk_vision354"
        " | Rang mieng=-:sk_teeth354 | Cot song=-:sk_spine354 | TMH=-:sk_ent354"
        " | Ket luan=-:sk_result354 | Ngay kham=date@%d/%m/%Y"
        " | SDT phu huynh=-:sk_parentphone354 | BS kham=-:sk_doctor354",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_sinh_de_nghi_chi_tra_bao_hiem_tai_nan_tu_nguyen_ban_bh_phong_gddt_quan_vn354",
        "STT=row | Số GCN bảo hiểm=-:bh_cert354 | Họ tên học sinh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh HS=cccd"
        " | Trường=-:bh_school354 | Lớp=-:bh_class354 | Ngày xảy ra TN=date@%d/%m/%Y"
        " | Diễn biến tai nạn=-:bh_event354 | Nơi điều trị=-:bh_hospital354"
        " | Số ngày nằm viện=-:bh_days354 | Số tiền đề nghị (đ)=-:bh_asked354"
        " | Số tiền được chi trả (đ)=-:bh_paid354 | Công ty BH=-:bh_insurer354"
        " | Tình trạng hồ sơ=-:bh_state354 | Người giám hộ=-:bh_guardian354"
        " | ĐT người giám hộ=-:bh_gphone354 | STK nhận tiền=-:bh_account354"
        " | Địa chỉ=address",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "liste_eleves_export_siecle_college_fr354",
        "N°=row | INE=national_id:fr_ine354 | Nom de famille=family_name:fr_family354"
        " | Prénom=given_name:fr_given354 | Né(e) le=birth_date@%d/%m/%Y | Sexe=sex:fr_sex354"
        " | Division=-:fr_div354 | Régime=-:fr_regime354 | Langues=-:fr_lv354"
        " | Adresse=street:fr_street354 | CP=postcode:fr_cp354 | Commune=district:fr_city354"
        " | Resp. légal 1=-:fr_resp354 | Tél. portable resp. 1=-:fr_resptel354"
        " | Courriel resp. 1=-:fr_respmail354 | Date d'entrée dans l'établissement=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "elenco_alunni_iscritti_istituto_comprensivo_it354",
        "N.=row | Cognome=family_name:it_family354 | Nome=given_name:it_given354"
        " | Codice fiscale=national_id:it_cf354 | Data di nascita=birth_date@%d/%m/%Y"
        " | Luogo di nascita=-:it_born354 | Sesso=sex:it_sex354 | Classe=-:it_class354"
        " | Indirizzo di residenza=street:it_street354 | CAP=postcode:it_cap354"
        " | Comune=district:it_comune354 | Prov.=state:it_prov354"
        " | Genitore / tutore=-:it_parent354 | Cellulare genitore=-:it_pphone354"
        " | Insegnamento religione cattolica=-:it_rel354 | Data iscrizione=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "relacion_solicitantes_ayudas_comedor_escolar_conselleria_es354",
        "Nº orden=row | DNI/NIE solicitante=national_id:es_dni354"
        " | Apellidos solicitante=family_name:es_surn354 | Nombre=given_name:es_given354"
        " | Fecha nacimiento=birth_date@%d/%m/%Y | Parentesco=-:es_kin354"
        " | Domicilio=street:es_street354 | C.P.=postcode:es_cp354"
        " | Municipio=district:es_city354 | Provincia=state:es_prov354"
        " | Teléfono=phone:es_phone354 | Correo electrónico=email"
        " | NIA alumno/a=-:es_nia354 | Alumno/a=-:es_kid354 | Curso=-:es_course354"
        " | Centro=-:es_school354 | Renta per cápita (€)=-:es_rent354"
        " | Puntuación=-:es_points354 | Estado=-:es_state354"
        " | Fecha solicitud=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "matriculas_alunos_agrupamento_de_escolas_pt354",
        "N.º=row | Nome completo=full_name:pt_family354"
        " | N.º Cartão de Cidadão=national_id:pt_cc354 | NIF=-:pt_nif354"
        " | N.º Utente SNS=-:pt_sns354 | Data de nascimento=birth_date@%d-%m-%Y"
        " | Sexo=sex:pt_sex354 | Morada=street:pt_street354"
        " | Código postal=postcode:pt_cp354 | Localidade=district:pt_city354"
        " | Ano/Turma=-:pt_class354 | Encarregado de educação=-:pt_ee354"
        " | Telemóvel EE=-:pt_eephone354 | Escalão ASE=-:pt_ase354"
        " | Data da matrícula=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mitroo_mathiton_gymnasio_gr354",
        "Α/Α=row | Αρ. Μητρώου=-:gr_am354 | Επώνυμο=family_name:gr_family354"
        " | Όνομα=given_name:gr_given354 | Πατρώνυμο=-:gr_father354"
        " | Μητρώνυμο=-:gr_mother354 | Ημ/νία γέννησης=birth_date@%d/%m/%Y"
        " | Φύλο=sex:gr_sex354 | ΑΜΚΑ=national_id:gr_amka354"
        " | Διεύθυνση κατοικίας=street:gr_street354 | Τ.Κ.=postcode:gr_tk354"
        " | Δήμος=district:gr_dimos354 | Τηλ. κηδεμόνα=-:gr_gphone354"
        " | Σχολική μονάδα=-:gr_school354 | Τάξη/Τμήμα=-:gr_class354"
        " | Ημ/νία εγγραφής=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "fr_ine354",
    "it_cf354",
    "es_dni354",
    "pt_cc354",
    "gr_amka354",
)
SEX_HOLDS: tuple[str, ...] = ("fr_sex354", "it_sex354", "pt_sex354", "gr_sex354")
NAME_HOLDS = frozenset(
    {"fr_family354", "fr_given354", "it_family354", "it_given354", "es_surn354", "es_given354"}
    | {"pt_family354", "gr_family354", "gr_given354"}
)
PHONE_HOLDS: tuple[str, ...] = ("es_phone354",)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND354",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND354",
]
