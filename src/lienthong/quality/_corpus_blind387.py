"""The three-hundred-and-eighty-seventh part of the outside corpus, **blind 387** (written 19:20
UTC, 2026-12-07, never used for tuning): person files a district court's accounts office, a
provincial court's mediation and dialogue centre, a provincial legal aid centre, a district police
custody house, the Albanian free legal aid directorate, a Georgian city court's registry, Bhutan's
national legal aid centre, the Cambodian bar's lawyers for the poor and a Rwandan access to justice
office could hand over. Four Vietnamese files: a court's payments to witnesses, interpreters and
experts summoned to hearings in Windows-1258 with semicolons and headers without diacritics (the
role, the case number, the days attended, the allowance, the travel money, the signature, the day
paid); a court's register of mediation and dialogue before filing in Excel (the other party with his
phone, the kind of dispute, the mediator, the result, the day the request came in); a legal aid
centre's list of legal aid collaborators in UTF-16 with tabs and merged two-line headers (the job,
the collaborator's card, the cases done, the day appointed); and a custody house's book of notices
of the right to legal aid in UTF-8 with a byte-order mark and tabs (where held, the group entitled,
the answer, the officer who gave the notice).
Five foreign files: Albanian free legal aid beneficiaries in UTF-8 with semicolons (the file, the
numri personal with its decade letter and control letter, the father's name, the town, ``069 123
4567`` phones, the category, the court, the assigned lawyer, the decision day); a Georgian city
court's witnesses in UTF-8 with Georgian headers (the eleven-digit personal number, the city, ``5xx
xx xx xx`` mobiles, the case, the procedural status, the day summoned); Bhutan's legal aid
applicants in Excel with English and Dzongkha headers (the CID, the gewog and dzongkhag, the case
type, the reference, the day applied); Cambodian defendants assigned a lawyer in UTF-8 with Khmer
headers (the nine-digit ID card, the province, the court, the lawyer, the case number, the hearing
day); and a Rwandan access to justice office's clients in UTF-8 with Kinyarwanda, French and English
headers (the sixteen-digit ID, akagari, umurenge, akarere and intara, ``078 123 4567`` phones, the
matter, the office, the day received).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind387_writers import WRITERS_BLIND387
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND387: tuple[Shape, ...] = (
    _shape(
        "chi_boi_duong_nguoi_lam_chung_toa_vn387",
        "STT=row | Ho ten=full_name | Nam sinh (ngay/thang/nam)=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Dia chi cu tru=address | Tu cach tham gia=-:vn_role387"
        " | So thu ly vu an=-:vn_case387 | So ngay tham gia=-:vn_days387"
        " | Tien boi duong (d)=-:vn_allow387 | Tien tau xe (d)=-:vn_travel387"
        " | DT lien he=phone | Ky nhan=-:vn_sign387 | Ngay chi=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_hoa_giai_doi_thoai_tai_toa_vn387",
        "Số thứ tự=row | Ngày nhận đơn=date@%d/%m/%Y | Người khởi kiện/yêu cầu=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD/ĐDCN=cccd"
        " | Nơi cư trú=address | Điện thoại=phone | Người bị kiện=-:vn_other_party387"
        " | SĐT người bị kiện=-:vn_other_phone387 | Loại việc=-:vn_kind387"
        " | Hòa giải viên được chỉ định=-:vn_mediator387 | Kết quả=-:vn_result387"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "danh_sach_cong_tac_vien_tgpl_vn387",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh - Ngày sinh=birth_date@%d/%m/%Y"
        " | Ngày, tháng, năm sinh - Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi ở hiện nay=address | Nghề nghiệp / chức vụ=-:vn_ctv_job387"
        " | Số thẻ CTV=-:vn_ctv_card387 | Số vụ việc đã thực hiện=-:vn_cases_done387"
        " | Ngày cấp thẻ=date@%d/%m/%Y | Số điện thoại=phone | Email=email",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_thong_bao_quyen_tgpl_tam_giu_vn387",
        "TT=row | Họ tên người bị tạm giữ, tạm giam=full_name"
        " | Sinh ngày=birth_date@%Y-%m-%d | Số CCCD=cccd:cccd_spaced"
        " | Nơi ĐKTT=address | Nơi tạm giữ/tạm giam=-:vn_custody387"
        " | Thuộc diện=-:vn_group387 | Ý kiến người được thông báo=-:vn_status387"
        " | Cán bộ thông báo=-:vn_officer387 | Ngày thông báo=date@%Y-%m-%d"
        " | Người thân liên hệ=-:vn_other_party387 | SĐT người thân=-:vn_other_phone387",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "perfitues_ndihme_juridike_falas_al387",
        "Nr.=row | Nr. i dosjes=-:al_file387 | Emri=given_name:al_given387"
        " | Atësia=-:al_father387 | Mbiemri=family_name:al_family387"
        " | Numri personal=national_id:al_nid387 | Datëlindja=birth_date@%d.%m.%Y"
        " | Gjinia=sex:al_sex387 | Qyteti=district:al_town387 | Nr. telefoni=phone:al_phone387"
        " | Kategoria e përfituesit=-:al_cat387 | Gjykata=-:al_court387"
        " | Avokati i caktuar=-:al_lawyer387 | Data e vendimit=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "motsmeta_sia_saqalaqo_sasamartlo_ge387",
        "№=row | გვარი=family_name:ge_family387 | სახელი=given_name:ge_given387"
        " | პირადი ნომერი=national_id:ge_pn387 | დაბადების თარიღი=birth_date@%d.%m.%Y"
        " | სქესი=sex:ge_sex387 | ქალაქი/მუნიციპალიტეტი=district:ge_town387"
        " | ტელეფონი=phone:ge_phone387 | საქმის ნომერი=-:ge_case387"
        " | საპროცესო სტატუსი=-:ge_status387 | გამოძახების თარიღი=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "legal_aid_applicants_nlac_bt387",
        "Sl. No.=row | Ref. No.=-:bt_ref387 | Name / མིང་=full_name:bt_name387"
        " | CID No. / ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་=national_id:bt_cid387"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:bt_sex387"
        " | Gewog / རྒེད་འོག=suburb:bt_gewog387 | Dzongkhag / རྫོང་ཁག=district:bt_dzongkhag387"
        " | Contact No.=phone:bt_phone387 | Nature of Case=-:bt_case387"
        " | Date of Application=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "chong_chaot_mean_meathavi_kh387",
        "ល.រ=row | ឈ្មោះជនជាប់ចោទ=full_name:kh_name387 | ភេទ=sex:kh_sex387"
        " | ថ្ងៃខែឆ្នាំកំណើត=birth_date@%d/%m/%Y"
        " | លេខអត្តសញ្ញាណប័ណ្ណ=national_id:kh_id387 | ខេត្ត/រាជធានី=state:kh_place387"
        " | លេខទូរស័ព្ទ=phone:kh_phone387 | តុលាការ=-:kh_court387"
        " | មេធាវីការពារក្តី=-:kh_lawyer387 | លេខសំណុំរឿង=-:kh_case387"
        " | ថ្ងៃសវនាការ=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "abagenerwa_maj_rw387",
        "No=row | Amazina / Noms et prénoms=full_name:rw_full387"
        " | Indangamuntu / N° ID=national_id:rw_nid387"
        " | Itariki y'amavuko / Date de naissance=birth_date@%d/%m/%Y"
        " | Igitsina / Sexe=sex:rw_sex387 | Akagari / Cell=suburb:rw_cell387"
        " | Umurenge / Secteur=-:rw_sector387 | Akarere / District=district:rw_district387"
        " | Intara / Province=state:rw_province387 | Telefoni=phone:rw_phone387"
        " | Ikibazo / Nature du litige=-:rw_issue387 | MAJ=-:rw_maj387"
        " | Itariki yakiriweho / Date reçu=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("al_nid387", "ge_pn387", "bt_cid387", "kh_id387", "rw_nid387")
SEX_HOLDS: tuple[str, ...] = ("al_sex387", "ge_sex387", "bt_sex387", "kh_sex387", "rw_sex387")
NAME_HOLDS = frozenset(
    {"al_given387", "al_family387", "ge_family387", "ge_given387"}
    | {"bt_name387", "kh_name387", "rw_full387"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "al_phone387",
    "ge_phone387",
    "bt_phone387",
    "kh_phone387",
    "rw_phone387",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND387",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND387",
]
