"""The four-hundred-and-twenty-first part of the outside corpus, **blind 421** (written 00:38 UTC,
2026-12-08, never used for tuning): person files a ward's people's committee, a district's
labour, invalids and social affairs office, a social protection centre, the national child
helpline 111, an English local authority's children's services, a Brazilian Conselho Tutelar,
the South African Social Security Agency, Thailand's Department of Children and Youth and a Czech
municipal child protection office (OSPOD) could hand over about children in need of protection
and the people who care for them.
Four Vietnamese files: a ward's list of children in special circumstances, in Excel (the group
of special circumstance, the carer, their relation and phone, the school, the help given, the
day the child was found to need it); a district's register of foster families giving
alternative care, in Windows-1258 with semicolons, headers without diacritics and dotted dates
(the household code, the foster carer as the record's person, the child placed and the child's
birth date, the term, the decision and its date, the monthly allowance); a social protection
centre's list of resident children, in UTF-16 with tabs (the resident code, the ethnicity, the
home town, the day and the reason of admission, the guardian and their phone, the house, when
the row changed); and the child helpline's case list in UTF-8 with a BOM and semicolons (the
case code, the day and hour of the call, the caller, their phone and relation to the child, the
child, the kind of case, the urgency, where it was referred, the counsellor).
Five foreign files: an English local authority's looked-after children list in UTF-8 (the LCS
id, the UPN, the NHS number with its check digit, the legal status and placement codes, the
home postcode and the placement's postcode, the carers and their phone, the social worker, the
IRO, the day the child became looked after, the last review); a Brazilian Conselho Tutelar case
list in Windows-1252 with semicolons (the file number, the child's CPF, the guardian, their CPF
and phone, logradouro, bairro, município and CEP apart, the right violated, the ECA measure, the
counsellor); a South African child support grant list in Excel (the grant reference, the
child's identity number with its Luhn digit, the primary caregiver, their identity number,
relation and cell, the SASSA office, the pay point, the amount, the status); a Thai foster-care
list with romanised names in UTF-16 with tabs and Buddhist-era dates (the case number, the
13-digit ID with its check digit, the foster parent, their relation and phone, the address by
moo, tambon, amphoe and changwat, the monthly support, the case worker); and a Czech OSPOD
register in ISO-8859-2 with semicolons (the spis number, the rodné číslo, the street, obec and
PSČ apart, the legal representative and their phone, the form of care, the foster family, the
social worker).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind421_writers import WRITERS_BLIND421
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND421: tuple[Shape, ...] = (
    _shape(
        "danh_sach_tre_em_co_hoan_canh_dac_biet_tren_dia_ban_phuong_vn421",
        "STT=row | Họ và tên trẻ em=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nhóm hoàn cảnh đặc biệt=-:hcdb421"
        " | Nơi cư trú hiện nay=address | Họ tên người chăm sóc=-:carer421"
        " | Quan hệ với trẻ=-:carer_rel421 | SĐT người chăm sóc=-:carer_phone421"
        " | Trường/lớp đang học=-:school421 | Hình thức trợ giúp=-:help421"
        " | Ngày phát hiện=date@%d/%m/%Y | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_ho_gia_dinh_nhan_cham_soc_thay_the_tre_em_phong_ldtbxh_vn421",
        "TT=row | Ma ho NCSTT=-:fam421 | Ho ten nguoi nhan CSTT=full_name"
        " | Ngay sinh=birth_date@%d.%m.%Y | GT=sex | So CCCD=cccd:cccd_spaced"
        " | Noi o hien tai=address | DT lien he=phone | Ho ten tre duoc CSTT=-:foster_child421"
        " | Ngay sinh cua tre=-:child_dob421 | Thoi han CSTT (thang)=-:term421"
        " | So QD=-:decision421 | Ngay QD=date@%d.%m.%Y | Kinh phi ho tro (d/thang)=-:allow421",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "danh_sach_doi_tuong_tre_em_dang_nuoi_duong_tai_trung_tam_btxh_vn421",
        "STT=row | Mã đối tượng=-:resident421 | Họ và tên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Dân tộc=-:ethnic421"
        " | Số ĐDCN=cccd | Quê quán=-:hometown421 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Lý do tiếp nhận=-:reason421 | Người giám hộ=-:guardian421"
        " | ĐT người giám hộ=-:guardian_phone421 | Nhà/Khu nuôi dưỡng=-:house421"
        " | Cập nhật lần cuối=timestamp:stamp421",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_tiep_nhan_ca_tong_dai_quoc_gia_bao_ve_tre_em_111_vn421",
        "STT=row | Mã ca=-:case421 | Ngày tiếp nhận=date@%d/%m/%Y | Giờ gọi=-:hour421"
        " | Người gọi=-:caller421 | Số máy gọi đến=-:caller_phone421"
        " | Quan hệ với trẻ=-:caller_rel421 | Họ tên trẻ=full_name"
        " | Ngày sinh của trẻ=birth_date@%d/%m/%Y | Giới tính trẻ=sex"
        " | Địa chỉ của trẻ=address | Loại vụ việc=-:abuse421 | Mức độ=-:level421"
        " | Chuyển tuyến=-:referral421 | Tư vấn viên=-:counsellor421",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "looked_after_children_list_childrens_services_uk421",
        "Row=row | LCS ID=-:uk_lcs421 | UPN=-:uk_upn421 | NHS No.=national_id:nhs421"
        " | Forename=given_name | Surname=family_name | DOB=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_uk421 | Legal Status=-:uk_legal421"
        " | Placement Type=-:uk_place421 | Home Postcode=postcode:uk_pc421"
        " | Placement Postcode=-:uk_ppc421 | Carer(s)=-:uk_carer421"
        " | Carer Tel=-:uk_carer_tel421 | Allocated SW=-:uk_sw421 | IRO=-:uk_iro421"
        " | Date Became LAC=date@%d/%m/%Y | Last CLA Review=date:uk_review421",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "conselho_tutelar_registro_de_atendimentos_br421",
        "Nº=row | Nº Prontuário=-:br_pront421 | Nome da criança/adolescente=full_name:br_child421"
        " | Data nasc.=birth_date@%d/%m/%Y | Sexo=sex:sex_br421"
        " | CPF da criança=national_id:br_ccpf421 | Responsável legal=-:br_guard421"
        " | CPF do responsável=-:br_cpf421 | Parentesco=-:br_rel421"
        " | Telefone do responsável=-:br_tel421 | Logradouro=street:br_street421"
        " | Bairro=suburb:br_bairro421 | Município=district:br_city421 | CEP=postcode:br_cep421"
        " | Direito violado=-:br_right421 | Medida aplicada (ECA)=-:br_measure421"
        " | Conselheiro(a) de referência=-:br_cons421 | Data do atendimento=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "sassa_child_support_grant_beneficiaries_za421",
        "#=row | Grant Ref No=-:za_ref421 | Child Surname=family_name:za_fam421"
        " | Child First Names=given_name:za_giv421 | Child ID No=national_id:za_id421"
        " | Date of Birth=birth_date@%Y/%m/%d | Gender=sex:sex_za421"
        " | Primary Caregiver=-:za_pcg421 | PCG ID No=-:za_pcg_id421"
        " | Relationship to Child=-:za_rel421 | PCG Cell No=-:za_cell421"
        " | Residential Address=address:za_addr421 | SASSA Office=-:za_office421"
        " | Pay Point=-:za_pay421 | Grant Amount (R)=-:za_amt421"
        " | Date Approved=date@%Y/%m/%d | Grant Status=-:za_status421",
        english=True,
        file="xlsx",
    ),
    _shape(
        "foster_care_register_dept_children_youth_th421",
        "No.=row | Case No.=-:th_case421 | Child's Name=full_name:th_child421"
        " | ID Card No.=national_id:th_id421 | Date of Birth (B.E.)=birth_date:th_dob421"
        " | Sex=sex:sex_th421 | Foster Parent=-:th_fp421 | Relationship=-:th_rel421"
        " | Foster Parent Tel.=-:th_tel421 | Address=address:th_addr421"
        " | Placement Date (B.E.)=date:th_start421 | Monthly Support (THB)=-:th_amt421"
        " | Case Worker=-:th_cw421",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "evidence_deti_ospod_mestsky_urad_cz421",
        "Poř. č.=row | Č. spisu=-:cz_spis421 | Příjmení=family_name:cz_fam421"
        " | Jméno=given_name:cz_giv421"
        " | Datum narození=birth_date@%d.%m.%Y | Rodné číslo=national_id:cz_rc421"
        " | Pohlaví=sex:sex_cz421 | Ulice a č.p.=street:cz_street421 | Obec=district:cz_town421"
        " | PSČ=postcode:cz_psc421 | Zákonný zástupce=-:cz_parent421"
        " | Telefon zástupce=-:cz_tel421 | Forma péče=-:cz_care421"
        " | Pěstoun / osoba pečující=-:cz_foster421 | Zařazeno do evidence=date@%d.%m.%Y"
        " | Sociální pracovník=-:cz_sw421",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nhs421", "br_ccpf421", "za_id421", "th_id421", "cz_rc421")
SEX_HOLDS: tuple[str, ...] = ("sex_uk421", "sex_br421", "sex_za421", "sex_th421", "sex_cz421")
NAME_HOLDS = frozenset(
    {"br_child421", "za_fam421", "za_giv421", "th_child421", "cz_fam421", "cz_giv421"}
)
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("za_addr421", "th_addr421")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND421",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND421",
]
