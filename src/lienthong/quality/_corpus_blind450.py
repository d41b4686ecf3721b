"""The four-hundred-and-fiftieth part of the outside corpus, **blind 450** (written 02:28 UTC,
2026-12-08, never used for tuning): person files a ward police, a traffic police vehicle lot, a
ward's people's committee, a ward police's business section, a Brazilian civil police station, a
Turkish police centre, a Kenyan police station, a Filipino barangay and a Romanian local police
could hand over.
Four Vietnamese files: a ward police's list of people fined for disorderly conduct in UTF-8 with
tabs (the record and decision numbers, the breach and the clause of the decree, the fine, the
payment, the officer who drew up the record); a traffic police lot's list of seized vehicles
with their owners in Windows-1258 with semicolons (the plate, the kind and make, the colour, the
frame number, the reason, the driver when not the owner, the lot, the status, the date it may be
collected); a ward's list of people under the education measure at the commune in Excel (the
breach, the decision and its date, the term and the day it ends, the person charged with
educating them, the family's representative and phone, how the term is going); and a ward police's
list of owners of businesses run under security and order conditions in UTF-16 with tabs (the
business, its trade, address and tax code, the certificate number and date, the staff, the last
inspection's result).
Five foreign files: a Brazilian boletim de ocorrência export in UTF-8 with semicolons (the BO
number, the CPF with its two check digits, the RG, the mother's name, the person's part in the
case, street, bairro, city, UF and CEP apart, the police station); a Turkish emniyet list in
Windows-1254 with semicolons (the T.C. Kimlik No, ad and soyad apart, the father's name, the
birthplace, the address from mahalle to il, ilçe and il apart, the file number, the status); a
Kenyan occurrence book register in Excel (the OB number, the ID number, the postal address, the
area and county, the offence, the action taken, the officer with his service number); a
Filipino barangay blotter list in UTF-8 with a BOM (SURNAME, Given M.I., the age, the purok and
barangay address, the respondent, the incident, the action, the tanod who recorded it); and a
Romanian poliția locală list of fines in ISO-8859-2 with semicolons (nume and prenume apart, the
CNP with its mod-11 digit, the identity card series, the address, the town and județ, the
report number, the deed, the fine, the agent).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind450_writers import WRITERS_BLIND450
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND450: tuple[Shape, ...] = (
    _shape(
        "xu_phat_gay_mat_trat_tu_vn450",
        "STT=row | Số BB=-:bb450 | Họ và tên người vi phạm=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số định danh cá nhân=cccd"
        " | Nơi ở hiện tại=address:home450 | Số điện thoại=phone | Hành vi vi phạm=-:disorder450"
        " | Điều khoản áp dụng=-:clause450 | Ngày vi phạm=date@%d/%m/%Y | Số QĐ=-:qd450"
        " | Mức phạt (đ)=-:fine450 | Nộp phạt=-:paid450 | CB lập BB=-:officer450"
        " | Ghi chú=-:note_vi",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "phuong_tien_tam_giu_vn450",
        "TT=row | Bien so=-:plate450 | Loai PT=-:vkind450 | Nhan hieu=-:brand450"
        " | Mau son=-:colour450 | So khung=-:frame450 | Chu phuong tien=full_name"
        " | Ngay sinh chu xe=birth_date@%d-%m-%Y | CCCD chu xe=cccd:cccd_spaced"
        " | Dia chi chu xe=address:home450 | DT lien he=phone | Nguoi dieu khien=-:driver450"
        " | Ly do tam giu=-:seize450 | Ngay tam giu=date@%d-%m-%Y | Noi giu=-:lot450"
        " | Han tam giu=-:until450 | Tinh trang=-:state450",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "giao_duc_tai_xa_phuong_vn450",
        "STT=row | Họ tên=full_name | Năm sinh=birth_date@%Y-%m-%d | Nam/Nữ=sex"
        " | Số CCCD=cccd | Nơi cư trú=address:home450 | ĐTDĐ=phone"
        " | Hành vi vi phạm=-:edu_breach450 | QĐ áp dụng BPGD tại xã, phường=-:edu_qd450"
        " | Ngày QĐ=date@%Y-%m-%d | Thời hạn=-:edu_months450 | Ngày hết hạn=-:edu_end450"
        " | Người được giao quản lý, giáo dục=-:edu_mentor450"
        " | Đại diện gia đình (tên - SĐT)=-:edu_family450 | Tình hình chấp hành=-:edu_state450",
        file="xlsx",
    ),
    _shape(
        "co_so_kinh_doanh_co_dieu_kien_antt_vn450",
        "STT=row | Tên cơ sở=-:biz_name450 | Ngành nghề kinh doanh=-:biz_kind450"
        " | Địa chỉ cơ sở=-:biz_addr450 | MST cơ sở=-:biz_mst450"
        " | Người đứng tên GCN=full_name | Sinh ngày=birth_date@%d.%m.%Y | CCCD/ĐDCN=cccd"
        " | Giới tính=sex | Địa chỉ thường trú=address:home450 | Điện thoại=phone"
        " | Số GCN đủ ĐK về ANTT=-:biz_cert450 | Ngày cấp=date@%d.%m.%Y"
        " | Số người lao động=-:biz_staff450 | Kết quả kiểm tra gần nhất=-:biz_inspect450",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "boletim_ocorrencia_br450",
        "Nº BO=-:br_bo450 | Seq=row | Data do fato=date@%d/%m/%Y | Natureza=-:br_nature450"
        " | Envolvimento=-:br_role450 | Nome=full_name:br_name450 | CPF=national_id:br_cpf450"
        " | RG=-:br_rg450 | Nome da mãe=-:br_mother450 | Sexo=sex:sex_br450"
        " | Data de nascimento=birth_date@%d/%m/%Y | Logradouro=street:br_street450"
        " | Bairro=suburb:br_bairro450 | Município=district:br_city450 | UF=state:br_uf450"
        " | CEP=postcode:br_cep450 | Telefone=phone:phone_br450 | Delegacia=-:br_dp450",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "emniyet_kayit_tr450",
        "S.No=row | T.C. Kimlik No=national_id:tr_tc450 | Adı=given_name:tr_ad450"
        " | Soyadı=family_name:tr_soyad450 | Baba Adı=-:tr_father450 | Cinsiyeti=sex:sex_tr450"
        " | Doğum Yeri=-:tr_born450 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Adres=address:tr_addr450 | İlçe=district:tr_ilce450 | İl=state:tr_il450"
        " | GSM=phone:phone_tr450 | Olay=-:tr_suc450 | Sıfatı=-:tr_statu450"
        " | Dosya No=-:tr_dosya450 | Birim=-:tr_karakol450 | Olay Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
    _shape(
        "occurrence_book_ke450",
        "S/No=row | OB No.=-:ke_ob450 | Time=-:ke_time450"
        " | Name of Complainant=full_name:ke_name450"
        " | ID No.=national_id:ke_id450 | Sex=sex:sex_ke450 | D.O.B=birth_date@%d/%m/%Y"
        " | Postal Address=address:ke_addr450 | Estate/Village=suburb:ke_area450"
        " | County=state:ke_county450 | Tel No.=phone:phone_ke450"
        " | Nature of Report=-:ke_offence450"
        " | Action Taken=-:ke_action450 | Reporting Officer=-:ke_officer450"
        " | Station=-:ke_station450 | Date Reported=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "barangay_blotter_ph450",
        "Entry No.=-:ph_entry450 | No.=row | Date Recorded=date@%m/%d/%Y"
        " | Complainant (Surname, First Name M.I.)=full_name:ph_name450 | Age=-:ph_age450"
        " | Sex=sex:sex_ph450 | Birthdate=birth_date@%m/%d/%Y | Address=address:ph_addr450"
        " | Contact No.=phone:phone_ph450 | Respondent=-:ph_resp450"
        " | Nature of Incident=-:ph_incident450 | Action Taken=-:ph_action450"
        " | Recorded by=-:ph_tanod450",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "politia_locala_amenzi_ro450",
        "Nr. crt.=row | Nume=family_name:ro_nume450 | Prenume=given_name:ro_prenume450"
        " | CNP=national_id:ro_cnp450 | Serie/nr. CI=-:ro_ci450"
        " | Data naşterii=birth_date@%d.%m.%Y | Domiciliu=address:ro_addr450"
        " | Localitate=district:ro_city450 | Judeţ=state:ro_judet450"
        " | Telefon=phone:phone_ro450 | Nr. proces-verbal=-:ro_pv450"
        " | Data constatării=date@%d.%m.%Y | Fapta=-:ro_fapta450 | Amendă=-:ro_amenda450"
        " | Agent constatator=-:ro_agent450",
        english=True,
        encoding="iso-8859-2",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("br_cpf450", "tr_tc450", "ke_id450", "ro_cnp450")
SEX_HOLDS: tuple[str, ...] = ("sex_br450", "sex_tr450", "sex_ke450", "sex_ph450")
NAME_HOLDS = frozenset(
    {"br_name450", "tr_ad450", "tr_soyad450", "ke_name450", "ph_name450"}
    | {"ro_nume450", "ro_prenume450"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_br450",
    "phone_tr450",
    "phone_ke450",
    "phone_ph450",
    "phone_ro450",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "home450",
    "br_street450",
    "tr_addr450",
    "ke_addr450",
    "ph_addr450",
    "ro_addr450",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND450",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND450",
]
