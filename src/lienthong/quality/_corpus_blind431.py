"""The four-hundred-and-thirty-first part of the outside corpus, **blind 431** (written 01:05 UTC,
2026-12-08, never used for tuning): person files a provincial bar association, a bailiffs'
office, a provincial legal-aid centre, the Judicial Academy, the Colegio de Abogados de Rosario,
the Ordem dos Advogados in Porto, a Korean bar association, the Slovak Bar Association and the
Egyptian Lawyers' Syndicate could hand over about lawyers, trainees and the people courts and
lawyers deal with.
Four Vietnamese files: a bar association's list of trainee lawyers, in Excel (the trainee
certificate, the firm that took them, the supervising lawyer and their card, the day the
traineeship began, the final test score); a bailiffs' office's register of documents served, in
Windows-1258 with semicolons and headers without diacritics (the document and the court or
enforcement office that sent it, how it was served, the relative who took it, the bailiff, the
fee); a legal-aid centre's cases in UTF-16 with tabs (who qualifies and why, the guardian and
their phone, the case number, the field and charge, the agency conducting the proceedings, the
legal-aid officer or lawyer, the form of aid, the status, when the row changed); and the
Judicial Academy's lawyer-training class in UTF-8 with a BOM and ISO dates (family name and the
rest of the name apart, the place of birth, the class, the average mark and grade, the day the
certificate was issued, the current employer).
Five foreign files: a Colegio de Abogados roll in UTF-8 with semicolons (tomo and folio, apellido
and nombres, the DNI with dots, the CUIT, the professional and the real domicile, the locality
and postcode, the university, the state of the matrícula); an Ordem dos Advogados list in
Windows-1252 with tabs (the cédula profissional, the civil identification number and the NIF with
their check digits, the professional domicile and its postcode, the law firm, the state of the
registration); a Korean bar directory, romanised, in UTF-8 (the registration number, the name in
romanisation and in Hangul, birth date with dots, the local bar, the firm, its address and
telephone, the mobile, the bar exam or training-institute class, the field); a Slovak list of
advocates in ISO-8859-2 with semicolons (the title, meno and priezvisko, the rodné číslo, the
registration number, the home street, PSČ and obec, the state, the trainee); and an Egyptian
syndicate roll in Arabic, in Windows-1256 (the registration number, the four-part name, the
national number, the grade of registration and its day, the sub-syndicate, the office and the
home address, the mobile, the last subscription paid, the state).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind431_writers import WRITERS_BLIND431
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND431: tuple[Shape, ...] = (
    _shape(
        "danh_sach_nguoi_tap_su_hanh_nghe_luat_su_doan_luat_su_tinh_vn431",
        "STT=row | Họ và tên người tập sự=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi cư trú=address:addr431"
        " | Điện thoại=phone:phone_dotted | Email=email | Số GCN người tập sự=-:ts_cert431"
        " | Tổ chức hành nghề nhận tập sự=-:firm431 | Luật sư hướng dẫn=-:mentor431"
        " | Số thẻ LS hướng dẫn=-:mentor_card431 | Ngày bắt đầu tập sự=date:start431"
        " | Điểm kiểm tra KQ tập sự=-:ts_score431 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_tong_dat_van_ban_van_phong_thua_phat_lai_vn431",
        "TT=row | Ho ten nguoi duoc tong dat=full_name | Ngay sinh=birth_date@%d.%m.%Y"
        " | CCCD so=cccd | Dia chi cu tru=address:addr431 | Van ban tong dat=-:doc431"
        " | Co quan yeu cau=-:court431 | Ngay tong dat=date@%d.%m.%Y"
        " | Hinh thuc tong dat=-:serve431 | Nguoi nhan thay (quan he)=-:relative431"
        " | Thua phat lai thuc hien=-:tpl431 | Chi phi (dong)=-:fee431 | SDT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_thu_ly_vu_viec_tro_giup_phap_ly_trung_tam_tgpl_nha_nuoc_tinh_vn431",
        "STT=row | Số thụ lý=-:case431 | Họ tên người được TGPL=full_name"
        " | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex | Số định danh cá nhân=cccd:cccd_spaced"
        " | Nơi cư trú=address:addr431 | SĐT=phone:phone_spaced"
        " | Diện người được TGPL=-:aid_kind431 | Người đại diện/giám hộ=-:guardian431"
        " | SĐT người đại diện=-:guardian_phone431 | Lĩnh vực / tội danh=-:field431"
        " | Cơ quan tiến hành tố tụng=-:agency431 | Người thực hiện TGPL=-:helper431"
        " | Hình thức TGPL=-:form431 | Ngày thụ lý=date@%d-%m-%Y | Tình trạng=-:state431"
        " | Cập nhật=timestamp:stamp431",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "danh_sach_hoc_vien_lop_dao_tao_nghe_luat_su_hoc_vien_tu_phap_vn431",
        "TT=row | Mã HV=-:hv431 | Họ=family_name | Đệm và tên=given_name"
        " | Ngày sinh=birth_date@%Y-%m-%d | Nơi sinh=-:born431 | Giới tính=sex"
        " | Số ĐDCN=cccd | ĐTDĐ=phone | E-mail=email | Lớp=-:class431 | Điểm TB=-:gpa431"
        " | Xếp loại=-:rank431 | Ngày cấp chứng chỉ=date@%Y-%m-%d"
        " | Nơi công tác hiện nay=-:work431",
        encoding="utf-8-sig",
    ),
    _shape(
        "padron_matriculados_colegio_abogados_rosario_ar431",
        "N°=row | Tomo/Folio=-:ar_mat431 | Apellido=family_name:ar_fam431"
        " | Nombres=given_name:ar_giv431"
        " | DNI=national_id:ar_dni431 | CUIT=-:ar_cuit431 | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ar431 | Domicilio Profesional=-:ar_office431"
        " | Domicilio Real=street:ar_street431 | Localidad=district:ar_city431"
        " | C.P.=postcode:ar_cp431 | Teléfono=phone:phone_ar431"
        " | Correo electrónico=email:email_ar431"
        " | Universidad=-:ar_univ431 | Fecha de Inscripción=date@%d/%m/%Y"
        " | Estado Matrícula=-:ar_state431",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "lista_advogados_inscritos_conselho_regional_porto_oa_pt431",
        "N.º Ordem=row | Cédula Profissional=-:pt_cedula431 | Nome Completo=full_name:pt_name431"
        " | N.º Identificação Civil=national_id:pt_cc431 | NIF=-:pt_nif431"
        " | Data de Nascimento=birth_date@%d-%m-%Y | Sexo=sex:sex_pt431"
        " | Domicílio Profissional=-:pt_office431 | Código Postal=-:pt_cp431"
        " | Localidade=-:pt_loc431 | Telemóvel=phone:phone_pt431 | Email=email:email_pt431"
        " | Sociedade de Advogados=-:pt_soc431 | Data de Inscrição=date@%d-%m-%Y"
        " | Situação=-:pt_state431",
        english=True,
        encoding="cp1252",
        delimiter="\t",
    ),
    _shape(
        "korean_bar_association_member_directory_romanized_kr431",
        "No.=row | Reg. No.=-:kr_reg431 | Name (Romanized)=full_name:kr_name431"
        " | Name (Korean)=full_name:kr_hangul431 | Date of Birth=birth_date@%Y.%m.%d"
        " | Gender=sex:sex_kr431 | Local Bar=-:kr_bar431 | Law Firm=-:kr_firm431"
        " | Office Address=-:kr_office431 | Office Tel.=-:kr_tel431"
        " | Mobile=phone:phone_kr431 | E-mail=email:email_kr431 | Qualification=-:kr_exam431"
        " | Date Registered=date@%Y.%m.%d | Practice Area=-:kr_field431",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "zoznam_advokatov_slovenska_advokatska_komora_sk431",
        "P.č.=row | Titul=-:sk_title431 | Meno=given_name:sk_giv431"
        " | Priezvisko=family_name:sk_fam431 | Rodné číslo=national_id:sk_rc431"
        " | Dátum narodenia=birth_date@%d. %m. %Y | Ev. č. SAK=-:sk_sak431"
        " | Trvalý pobyt - ulica=street:sk_street431 | PSČ=postcode:sk_psc431"
        " | Obec=district:sk_obec431 | Telefón=phone:phone_sk431 | E-mail=email:email_sk431"
        " | Dátum zápisu=date@%d. %m. %Y | Stav=-:sk_state431"
        " | Advokátsky koncipient=-:sk_koncipient431",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
    _shape(
        "jadwal_qaid_al_muhamin_niqabat_al_muhamin_eg431",
        "م=row | رقم القيد=-:eg_reg431 | اسم المحامي رباعي=full_name:eg_name431"
        " | الرقم القومي=national_id:eg_nid431 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | النوع=sex:sex_eg431 | درجة القيد=-:eg_grade431 | تاريخ القيد=date@%d/%m/%Y"
        " | النقابة الفرعية=-:eg_sub431 | عنوان المكتب=-:eg_office431"
        " | محل الإقامة=address:eg_home431 | المحمول=phone:phone_eg431"
        " | آخر سداد للاشتراك=date@%Y/%m/%d | الحالة=-:eg_state431",
        english=True,
        encoding="cp1256",
    ),
)

#: How a 31 February reads in this part's date formats: the Slovak day, month and year with
#: spaces after the dots.
INVALID_DAY: dict[str, str] = {"%d. %m. %Y": "31. 02. {y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ar_dni431", "pt_cc431", "sk_rc431", "eg_nid431")
SEX_HOLDS: tuple[str, ...] = ("sex_ar431", "sex_pt431", "sex_kr431", "sex_eg431")
NAME_HOLDS = frozenset(
    {"ar_fam431", "ar_giv431", "pt_name431", "kr_name431", "kr_hangul431", "sk_giv431"}
    | {"sk_fam431", "eg_name431"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ar431",
    "phone_pt431",
    "phone_kr431",
    "phone_sk431",
    "phone_eg431",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr431", "eg_home431")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND431",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND431",
]
