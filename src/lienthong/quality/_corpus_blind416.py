"""The four-hundred-and-sixteenth part of the outside corpus, **blind 416** (written 22:24 UTC,
2026-12-07, never used for tuning): person files a provincial election committee, a district
election board, a police lock-up, a commune's police, Honduras's CNE, Taiwan's Central Election
Commission, the Electoral Commission of Zambia, a Romanian county electoral bureau and an Uzbek
precinct election commission could hand over about voters, polling-station staff and candidates.
Four Vietnamese files: a provincial election committee's list of people who put themselves
forward for the National Assembly, in Excel (the dossier number, the constituency, the workplace,
the education, party membership, the date the dossier was lodged, the state of the dossier); the
members of a district's election board for the provincial council, in Windows-1258 with
semicolons (the decision, the role on the board, the body that nominated them, the post they
hold); the list of voters held in a district police lock-up, in UTF-16 with tabs (the cell, the
charge, the hold status, the detention order and the date it runs to, the polling area); and a
commune's list of the team guarding a polling area, in UTF-8 with a BOM and headers without
diacritics (the role, the force, the shift, the team leader, the polling area).
Five foreign files: a Honduran CNE list of the members of the polling tables (JRV) in Windows-1252
(the DNI, the two surnames, the party that proposed them, the role, the JRV number, the voting
centre, departamento and municipio, the celular); a Taiwanese list of candidates registered for a
local election in UTF-8 (the 國民身分證統一編號 with its check digit, the ROC birth date, the
party, the education, the office, the ballot number, the deposit and the registration date); a
Zambian list of polling staff in Excel (the NRC, the voter card number, the polling station and
stream, the ward and constituency, the payment channel); a Romanian list of the members of the
polling-station bureaus in Windows-1250 with semicolons (the CNP with its check digit, the ID card
series, street, town and county, the role, the party, the polling section); and an Uzbek voter
list for a precinct in UTF-8 (the JShShIR with its check digit, the name with the patronymic,
the passport, the home address, the precinct and whether the voter voted).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind416_writers import WRITERS_BLIND416
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND416: tuple[Shape, ...] = (
    _shape(
        "nguoi_tu_ung_cu_dbqh_khoa_xvi_nop_ho_so_uy_ban_bau_cu_tinh_vn416",
        "STT=row | Số hồ sơ=-:hs416 | Họ và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi ở hiện nay=address"
        " | Nghề nghiệp, chức vụ, nơi công tác=-:job416 | Trình độ GDPT; chuyên môn=-:level416"
        " | Đảng viên/Quần chúng=-:party416 | Dự kiến ứng cử tại=-:unit416"
        " | Ngày nộp HS=date@%d/%m/%Y | Điện thoại=phone | Tình trạng hồ sơ=-:dossier416",
        file="xlsx",
    ),
    _shape(
        "thanh_vien_ban_bau_cu_dai_bieu_hdnd_tinh_don_vi_bau_cu_huyen_vn416",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số định danh cá nhân=cccd | Chức vụ, cơ quan công tác=-:title416"
        " | Cơ quan giới thiệu=-:board_org416 | Chức danh trong Ban BC=-:board_role416"
        " | Số QĐ thành lập=-:qd416 | Ngày QĐ=date@%d/%m/%Y | SĐT=phone"
        " | Chỗ ở hiện nay=address | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cu_tri_dang_bi_tam_giam_tam_giu_nha_tam_giu_cong_an_huyen_vn416",
        "Số TT=row | Họ tên cử tri=full_name | Sinh ngày=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd:cccd_spaced | Nơi thường trú=address | Buồng giam=-:cell416"
        " | Tội danh=-:charge416 | Tình trạng=-:hold416 | Lệnh tạm giam số=-:order416"
        " | Tạm giam đến ngày=date@%d/%m/%Y | Khu vực bỏ phiếu=-:kvbp416"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "to_bao_ve_an_ninh_trat_tu_khu_vuc_bo_phieu_cong_an_xa_vn416",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | CCCD=cccd | Luc luong=-:force416 | Nhiem vu trong to=-:guard_role416"
        " | Khu vuc bo phieu=-:kv416 | Ca truc=-:shift416 | To truong=-:leader416"
        " | So DT=phone | Dia chi=address | Ngay truc=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "miembros_juntas_receptoras_de_votos_cne_hn416",
        "No.=row | DNI=national_id:hn_dni416 | Apellidos=family_name:hn_fam416"
        " | Nombres=given_name:hn_giv416 | Fecha de Nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_hn416 | Partido Político=-:hn_party416 | Cargo en la JRV=-:hn_role416"
        " | No. JRV=-:hn_jrv416 | Centro de Votación=-:hn_center416"
        " | Departamento=state:hn_dep416 | Municipio=district:hn_mun416"
        " | Celular=phone:phone_hn416 | Fecha de Acreditación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "difang_gongzhi_renyuan_xuanju_houxuanren_dengji_tw416",
        "編號=row | 候選人姓名=full_name:tw_name416 | 國民身分證統一編號=national_id:tw_id416"
        " | 出生年月日=birth_date:tw_birth416 | 性別=sex:sex_tw416 | 戶籍地址=address:tw_addr416"
        " | 推薦政黨=-:tw_party416 | 學歷=-:tw_edu416 | 參選職稱=-:tw_office416"
        " | 號次=-:tw_no416 | 保證金(新臺幣)=-:tw_deposit416 | 登記日期=date:tw_reg416"
        " | 聯絡電話=phone:phone_tw416",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "polling_staff_general_election_electoral_commission_zm416",
        "S/N=row | NRC No.=national_id:zm_nrc416 | Voter's Card No.=-:zm_card416"
        " | Surname=family_name:zm_fam416 | First Name(s)=given_name:zm_giv416"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_zm416"
        " | Designation=-:zm_role416 | Polling Station=-:zm_station416"
        " | Stream=-:zm_stream416 | Ward=-:zm_ward416 | Constituency=-:zm_const416"
        " | Mobile No.=phone:phone_zm416 | Payment Channel=-:zm_bank416"
        " | Training Attended=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "membri_birouri_electorale_sectii_votare_bej_ro416",
        "Nr. crt.=row | CNP=national_id:ro_cnp416 | Nume=family_name:ro_fam416"
        " | Prenume=given_name:ro_giv416 | Data naşterii=birth_date@%d.%m.%Y"
        " | Serie şi nr. CI=-:ro_ci416 | Domiciliul=street:ro_street416"
        " | Localitatea=district:ro_town416 | Judeţul=state:ro_county416"
        " | Telefon=phone:phone_ro416 | E-mail=email | Funcţia în birou=-:ro_role416"
        " | Propus de=-:ro_party416 | Secţia de votare nr.=-:ro_section416"
        " | Data tragerii la sorţi=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "saylovchilar_royxati_uchastka_saylov_komissiyasi_uz416",
        "T/r=row | Familiyasi, ismi, otasining ismi=full_name:uz_name416"
        " | Tug‘ilgan sanasi=birth_date@%d.%m.%Y | JShShIR=national_id:uz_pinfl416"
        " | Pasport seriyasi va raqami=-:uz_passport416"
        " | Doimiy yashash joyi manzili=address:uz_addr416 | Telefon=phone:phone_uz416"
        " | Saylov uchastkasi=-:uz_station416 | Byulleten berilganligi belgisi=-:uz_mark416"
        " | Ro‘yxatga kiritilgan sana=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "hn_dni416",
    "tw_id416",
    "zm_nrc416",
    "ro_cnp416",
    "uz_pinfl416",
)
SEX_HOLDS: tuple[str, ...] = ("sex_hn416", "sex_tw416", "sex_zm416")
NAME_HOLDS = frozenset(
    {"hn_fam416", "hn_giv416", "tw_name416", "zm_fam416", "zm_giv416"}
    | {"ro_fam416", "ro_giv416", "uz_name416"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_hn416",
    "phone_tw416",
    "phone_zm416",
    "phone_ro416",
    "phone_uz416",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("uz_addr416",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND416",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND416",
]
