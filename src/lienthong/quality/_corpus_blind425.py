"""The four-hundred-and-twenty-fifth part of the outside corpus, **blind 425** (written 00:39 UTC,
2026-12-08, never used for tuning): person files a ministry of science and technology's programme
office, a national key laboratory, the state council for professorial titles, a youth union's
science award committee, Brazil's CNPq, France's ANR, Korea's NRF, Spain's ANEP and the Israel
Science Foundation could hand over about researchers who apply for grants, work in laboratories,
evaluate proposals and are nominated for titles and awards.
Four Vietnamese files: a ministry-level research project's list of members, principal
investigator and co-investigators, in Excel (the project code, the member's role in the project,
the academic title and degree, the host institution, the man-months, the principal investigator's
name); a national key laboratory's register of staff and visiting researchers issued access
badges, in Windows-1258 with semicolons and headers without diacritics (the badge number, the
research group, the biosafety level cleared, the training date, the badge's expiry, the group
leader); a university's list of candidates for the associate-professor title, in UTF-16 with tabs
(the branch council, the number of papers and ISI/Scopus papers, the PhD students supervised,
the council's vote, when the dossier changed); and a youth union's nominees for a young
scientists' award, in UTF-8 with a BOM and ISO dates (the field, the nominating body, the
achievement, the jury's score, the result).
Five foreign files: a CNPq list of Lattes researchers with productivity grants, in UTF-8 with
semicolons (the CPF with its two check digits, the Lattes ID, the grant level, the institution
and its city, the committee, the validity); an ANR project's staff list in Windows-1252 with
semicolons (the NIR with its key, the ORCID with its mod 11-2 check, the partner lab, the status,
the involvement in person-months, the contract's dates); a Korean NRF researcher list in
romanised form, in Excel (the masked resident registration number with its check digit, the NRF
researcher number, the institution, the position, the project number, the home address in
romanised road-name form); a Spanish ANEP evaluator list in UTF-8 with a BOM and tabs (the DNI or
NIE with its check letter, the two surnames apart, the ANEP area, the organisation, the category,
the evaluations done and the fee); and an Israel Science Foundation grantee list in Hebrew, in
Windows-1255 (the teudat zehut with its check digit, the university and faculty, the grant number,
the yearly amount, the home address with the city).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind425_writers import WRITERS_BLIND425
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND425: tuple[Shape, ...] = (
    _shape(
        "danh_sach_thanh_vien_thuc_hien_de_tai_kh_cn_cap_bo_vn425",
        "TT=row | Mã số đề tài=-:proj425 | Họ và tên=full_name | Học hàm, học vị=-:degree425"
        " | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex | Số CCCD=cccd"
        " | Chức danh trong đề tài=-:prole425 | Cơ quan công tác=-:host425"
        " | Số tháng quy đổi=-:months425 | Điện thoại=phone | E-mail=email"
        " | Chủ nhiệm đề tài=-:pi425 | Ngày nộp hồ sơ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "so_cap_the_ra_vao_phong_thi_nghiem_trong_diem_quoc_gia_vn425",
        "STT=row | So the=-:badge425 | Ho ten=full_name | Ngay sinh=birth_date@%d.%m.%Y"
        " | GT=sex | CCCD/ho chieu=cccd:cccd_spaced | Nhom nghien cuu=-:group425"
        " | Truong nhom=-:leader425 | Cap ATSH duoc phep=-:bsl425"
        " | Ngay tap huan=date@%d.%m.%Y | Han the=-:expiry425 | DT di dong=phone"
        " | Dia chi thuong tru=address | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ung_vien_xet_cong_nhan_dat_tieu_chuan_chuc_danh_pho_giao_su_vn425",
        "STT=row | Họ và tên ứng viên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Hội đồng GS ngành=-:council425"
        " | Cơ sở đào tạo=-:univ425 | Tổng số bài báo=-:papers425"
        " | Bài ISI/Scopus=-:isi425 | Số NCS hướng dẫn=-:phd425"
        " | Phiếu tín nhiệm=-:vote425 | ĐT liên hệ=phone | Email=email"
        " | Cập nhật hồ sơ=timestamp:stamp425",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "de_cu_giai_thuong_nha_khoa_hoc_tre_tieu_bieu_doan_tn_vn425",
        "STT=row | Ho ten nguoi duoc de cu=full_name | Ngay sinh=birth_date@%Y-%m-%d"
        " | Gioi tinh=sex | So CCCD=cccd | Linh vuc=-:field425"
        " | Don vi de cu=-:nominator425 | Thanh tich noi bat=-:achieve425"
        " | Diem HDXT=-:score425 | Ket qua=-:result425 | Dien thoai=phone"
        " | Noi o hien nay=address | Ngay hop HD=date@%Y-%m-%d",
        encoding="utf-8-sig",
    ),
    _shape(
        "pesquisadores_bolsistas_produtividade_cnpq_lattes_br425",
        "Nº=row | Nome completo=full_name:br_name425 | CPF=national_id:br_cpf425"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_br425"
        " | ID Lattes=-:br_lattes425 | Nível PQ=-:br_level425 | Instituição=-:br_inst425"
        " | Cidade da instituição=-:br_city425 | Comitê Assessor=-:br_ca425"
        " | E-mail=email | Celular=phone:phone_br425 | Início da vigência=date@%d/%m/%Y"
        " | Fim da vigência=-:br_end425",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "personnel_projet_anr_aapg_fr425",
        "N°=row | NOM=family_name:fr_fam425 | Prénom=given_name:fr_giv425"
        " | Date de naissance=birth_date@%d/%m/%Y | Sexe=sex:sex_fr425"
        " | N° INSEE=national_id:fr_nir425 | ORCID=-:fr_orcid425"
        " | Partenaire (laboratoire)=-:fr_lab425 | Statut=-:fr_status425"
        " | Implication (personne.mois)=-:fr_pm425 | Courriel=email"
        " | Téléphone=phone:phone_fr425 | Début contrat=date@%d/%m/%Y"
        " | Fin contrat=-:fr_end425",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "nrf_researcher_list_romanized_kr425",
        "No.=row | Name (Romanized)=full_name:kr_name425 | RRN=national_id:kr_rrn425"
        " | Date of Birth=birth_date@%Y.%m.%d | Gender=sex:sex_kr425"
        " | NRF Researcher No.=-:kr_nrf425 | Institution=-:kr_inst425"
        " | Position=-:kr_pos425 | Project No.=-:kr_proj425 | Mobile=phone:phone_kr425"
        " | E-mail=email | Home Address=address:kr_addr425 | Start Date=date@%Y.%m.%d",
        english=True,
        file="xlsx",
    ),
    _shape(
        "evaluadores_anep_aei_es425",
        "Nº=row | DNI/NIE=national_id:es_doc425 | Nombre=given_name:es_giv425"
        " | Primer apellido=family_name:es_fam425 | Segundo apellido=family_name:es_sec425"
        " | Fecha nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_es425"
        " | Área ANEP=-:es_area425 | Organismo=-:es_org425 | Categoría=-:es_cat425"
        " | Correo electrónico=email | Teléfono=phone:phone_es425"
        " | Nº evaluaciones=-:es_count425 | Última evaluación=date@%d/%m/%Y"
        " | Importe (€)=-:es_fee425",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "zochei_maanakei_hakeren_haleumit_lemada_il425",
        "מס'=row | ת.ז.=national_id:il_tz425 | שם משפחה=family_name:il_fam425"
        " | שם פרטי=given_name:il_giv425 | ת. לידה=birth_date@%d.%m.%Y | מין=sex:sex_il425"
        " | מוסד=-:il_inst425 | פקולטה=-:il_fac425 | מס' מענק=-:il_grant425"
        ' | סכום שנתי (ש"ח)=-:il_sum425 | תחילת מענק=date@%d.%m.%Y'
        ' | טלפון נייד=phone:phone_il425 | דוא"ל=email | כתובת מגורים=address:il_addr425',
        english=True,
        encoding="cp1255",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("br_cpf425", "fr_nir425", "kr_rrn425", "es_doc425", "il_tz425")
SEX_HOLDS: tuple[str, ...] = ("sex_br425", "sex_fr425", "sex_kr425", "sex_es425", "sex_il425")
NAME_HOLDS = frozenset(
    {"br_name425", "fr_fam425", "fr_giv425", "kr_name425", "es_giv425", "es_fam425"}
    | {"es_sec425", "il_fam425", "il_giv425"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_br425",
    "phone_fr425",
    "phone_kr425",
    "phone_es425",
    "phone_il425",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kr_addr425", "il_addr425")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND425",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND425",
]
