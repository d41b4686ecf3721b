"""The two-hundred-and-ninety-seventh part of the outside corpus, **blind 297** (written 10:25 UTC,
2026-12-07, never used for tuning): person files a commune's justice officer, a ward's civil
status desk, Skatteverket's estate inventory unit, a Polish civil registry office, Chile's
Registro Civil, a Seoul gu office and an Italian guardianship judge could hand over. Every row
names two or three people; only one of them is the record's person.
Four Vietnamese files: marriages contracted abroad and written into the civil status book
(ghi chú kết hôn) in Windows-1258 with semicolons, whose person is the Vietnamese applicant (the
foreign spouse, the nationality, the spouse's passport, the foreign office and the day it
married them, the entry day and the officer beside); deaths registered again (đăng ký lại khai
tử) in UTF-16 with tabs and headers without diacritics, whose person is the deceased (the day and
place of death, the cause, the declarant with the declarant's CCCD and phone and kinship, the
day registered again); births registered again (đăng ký lại khai sinh) in Excel, whose person is
the one registered (the ethnicity, place of birth, home town, the mother with her birth date, the
father, the papers relied on, the book); and adults put under guardianship by a court decision
(đăng ký giám hộ) in UTF-8 with a BOM and semicolons, whose person is the ward (the decision,
the guardian with the guardian's birth date, CCCD, phone and kinship, the supervisor).
Five foreign files: Swedish estate inventories (bouppteckningar) registered by Skatteverket in
Windows-1252 with semicolons, whose person is the deceased (the personnummer, the day of death,
the last street, postcode and town, the estate's declarant and the declarant's phone and
kinship, the inventory meeting, assets and debts, the case); Polish death acts (akty zgonu) of a
USC in UTF-8, whose person is the deceased (given name and surname apart, PESEL, birth date and
place, the place and day of death, the last home, the declarant with the declarant's PESEL and
kinship, the office); Chilean intestate successions (posesiones efectivas) in Excel, whose
person is the deceased (the RUN, the day of death, the last home and its comuna, the applicant
with the applicant's RUN, phone, email and standing, the resolution, the status); Korean
adoption reports (입양신고) at a gu office in CP949, whose person is the adoptee (the resident
registration number, the birth date, the sex, the registration base, the address, the adoptive
father with his birth date and the adoptive mother, the reporter's phone, the kind, the
outcome); and Italian support administrations (amministrazioni di sostegno) of a tribunale in
UTF-8 with semicolons, whose person is the beneficiary (surname and name apart, the codice
fiscale, the birth date and comune, the residence, the administrator with the administrator's
phone and standing, the decree, the judge, the state).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind297_writers import WRITERS_BLIND297
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND297: tuple[Shape, ...] = (
    _shape(
        # the record's person: the Vietnamese applicant (the foreign spouse is `-`)
        "so_ghi_chu_ket_hon_da_dang_ky_o_nuoc_ngoai_phong_tu_phap_vn297",
        "STT=row | Số ghi chú=-:gc_no297 | Họ, chữ đệm, tên người yêu cầu=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐDCN/CCCD=cccd | Nơi cư trú=address | Số ĐT=phone"
        " | Họ tên bên kia (vợ/chồng)=-:gc_spouse297 | Quốc tịch=-:gc_nation297"
        " | Số hộ chiếu bên kia=-:gc_passport297 | Cơ quan đã ĐKKH=-:gc_office297"
        " | Ngày ĐKKH tại NN=date:gc_married297 | Ngày ghi vào sổ=date@%d/%m/%Y"
        " | Công chức TP-HT=-:gc_officer297",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        # the record's person: the deceased (the declarant is `-`)
        "so_dang_ky_lai_khai_tu_cong_chuc_tu_phap_ho_tich_ubnd_xa_vn297",
        "So TT=row | Ho ten nguoi chet=full_name | Ngay sinh=birth_date@%d-%m-%Y"
        " | Gioi tinh=sex | So dinh danh ca nhan=cccd | Noi cu tru cuoi cung=address"
        " | Ngay chet=date:kt_died297 | Noi chet=-:kt_place297 | Nguyen nhan chet=-:kt_cause297"
        " | Ho ten nguoi di khai=-:kt_declarant297 | Quan he voi nguoi chet=-:kt_kin297"
        " | CCCD nguoi khai=-:kt_declarant_id297 | SDT nguoi khai=-:kt_declarant_phone297"
        " | Ngay dang ky lai=date@%d-%m-%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        # the record's person: the one whose birth is registered again (the parents are `-`)
        "so_dang_ky_lai_khai_sinh_nguoi_da_co_ho_so_giay_to_ca_nhan_ubnd_phuong_vn297",
        "Số=row | Quyển số=-:ks_book297 | Họ, chữ đệm, tên=full_name"
        " | Ngày tháng năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Dân tộc=-:ks_ethnic297"
        " | Nơi sinh=-:ks_born297 | Quê quán=-:ks_hometown297 | Số định danh cá nhân=cccd"
        " | Nơi cư trú=address | ĐT liên hệ=phone | Họ tên mẹ=-:ks_mother297"
        " | Ngày sinh mẹ=date:ks_mother_birth297 | Họ tên cha=-:ks_father297"
        " | Giấy tờ làm căn cứ=-:ks_proof297 | Ngày đăng ký=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        # the record's person: the ward (the guardian and the supervisor are `-`)
        "so_dang_ky_giam_ho_nguoi_mat_nang_luc_hanh_vi_dan_su_theo_qd_toa_an_ubnd_xa_vn297",
        "STT=row | Họ tên người được giám hộ=full_name | Ngày sinh=birth_date@%d.%m.%Y"
        " | Số CCCD=cccd | Nơi cư trú=address | Căn cứ (QĐ Tòa án)=-:gh_decision297"
        " | Họ tên người giám hộ=-:gh_guardian297 | Ngày sinh NGH=date:gh_guardian_birth297"
        " | CCCD người giám hộ=-:gh_guardian_id297 | ĐT người giám hộ=-:gh_guardian_phone297"
        " | Quan hệ=-:gh_kin297 | Người giám sát việc GH=-:gh_watcher297"
        " | Ngày đăng ký=date@%d.%m.%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        # the record's person: the deceased (the estate's declarant is `-`)
        "bouppteckningar_registrerade_skatteverket_dodsbo_se297",
        "Löpnr=row | Diarienr=-:se_case297 | Den avlidnes namn=full_name:se_name297"
        " | Personnummer=national_id:se_pnr297 | Dödsdag=date:se_death297"
        " | Senaste folkbokföringsadress=street:se_street297 | Postnr=postcode:se_post297"
        " | Postort=district:se_town297 | Bouppgivare=-:se_heir297"
        " | Relation till avliden=-:se_kin297 | Bouppgivarens tfn=-:se_heir_phone297"
        " | Förrättningsdag=date:se_meeting297 | Inkom=date:se_filed297"
        " | Tillgångar (kr)=-:se_assets297 | Skulder (kr)=-:se_debts297",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        # the record's person: the deceased (the declarant is `-`)
        "akty_zgonu_rejestr_stanu_cywilnego_usc_pl297",
        "Lp.=row | Nr aktu=-:pl_act297 | Imię (imiona)=given_name:pl_given297"
        " | Nazwisko=family_name:pl_family297 | PESEL=national_id:pl_pesel297"
        " | Data urodzenia=birth_date@%d.%m.%Y | Miejsce urodzenia=-:pl_birthplace297"
        " | Data zgonu=date:pl_died297 | Miejsce zgonu=-:pl_death_place297"
        " | Ostatnie miejsce zamieszkania=address:pl_addr297"
        " | Zgłaszający=-:pl_declarant297 | PESEL zgłaszającego=-:pl_declarant_pesel297"
        " | Stosunek do zmarłego=-:pl_kin297 | Kierownik USC=-:pl_usc297",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        # the record's person: the causante (the applicant is `-`)
        "posesiones_efectivas_intestadas_registro_civil_cl297",
        "N°=row | N° solicitud=-:cl_case297 | Nombre causante=full_name:cl_name297"
        " | RUN causante=national_id:cl_run297 | Fecha defunción=date:cl_death297"
        " | Último domicilio=address:cl_addr297 | Comuna=district:cl_comuna297"
        " | Solicitante=-:cl_applicant297 | RUN solicitante=-:cl_applicant_run297"
        " | Calidad=-:cl_kin297 | Teléfono solicitante=-:cl_phone297"
        " | Correo electrónico=-:cl_mail297 | Fecha resolución=date:cl_resolved297"
        " | Estado=-:cl_status297",
        english=True,
        file="xlsx",
    ),
    _shape(
        # the record's person: the adoptee (the adoptive parents are `-`)
        "ipyang_singo_jeopsu_daejang_gucheong_gajokgwangye_kr297",
        "연번=row | 접수번호=-:kr_receipt297 | 양자 성명=full_name:kr_name297"
        " | 양자 주민등록번호=national_id:kr_rrn297 | 양자 생년월일=birth_date:kr_birth297"
        " | 성별=sex:kr_sex297 | 등록기준지=-:kr_base297 | 주소=address:kr_addr297"
        " | 양부 성명=-:kr_father297 | 양부 생년월일=date:kr_father_birth297"
        " | 양모 성명=-:kr_mother297 | 신고인 연락처=-:kr_phone297"
        " | 입양 구분=-:kr_kind297 | 신고일=date@%Y-%m-%d | 처리결과=-:kr_result297",
        english=True,
        encoding="cp949",
    ),
    _shape(
        # the record's person: the beneficiary (the administrator is `-`)
        "registro_amministrazioni_di_sostegno_giudice_tutelare_tribunale_it297",
        "N.=row | R.G. V.G.=-:it_rg297 | Cognome beneficiario=family_name:it_family297"
        " | Nome=given_name:it_given297 | Codice fiscale=national_id:it_cf297"
        " | Nato/a il=birth_date@%d/%m/%Y | Luogo di nascita=-:it_born297"
        " | Residenza=address:it_addr297 | Amministratore di sostegno=-:it_admin297"
        " | Rapporto=-:it_kin297 | Tel. amministratore=-:it_admin_phone297"
        " | Data decreto=date:it_decree297 | Giudice tutelare=-:it_judge297"
        " | Stato procedura=-:it_status297",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "se_pnr297",
    "pl_pesel297",
    "cl_run297",
    "kr_rrn297",
    "it_cf297",
)
SEX_HOLDS: tuple[str, ...] = ("kr_sex297",)
NAME_HOLDS = frozenset({"se_name297", "cl_name297", "kr_name297"})
PHONE_HOLDS: tuple[str, ...] = ()
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("pl_addr297", "cl_addr297", "kr_addr297", "it_addr297")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND297",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND297",
]
