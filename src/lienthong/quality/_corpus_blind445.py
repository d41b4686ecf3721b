"""The four hundred and forty-fifth part of the outside corpus, **blind 445** (written 02:28 UTC,
2026-12-08, never used for tuning): person files a commune health station, a district
hospital's newborn unit, a commune population officer, a ward's nutrition programme, a Nigerian
primary health centre, an Indian anganwadi, a Bangladeshi EPI centre, a Peruvian health post and
a Turkish family health centre could hand over. Four Vietnamese files: a commune health station's
register of pregnant women in Windows-1258 with semicolons (the husband and his phone, the last
menstrual period, the expected date, the para, the tetanus doses, the hamlet); a newborn hearing
screening list in UTF-16 with tabs (the mother with her CCCD spaced, the baby's name, sex, birth
date and weight, the OAE result of each ear, the recheck date); a family-planning clients list in
Excel with unaccented headers (the number of children, the method, its date and place, the
population collaborator, a note); and a list of malnourished children with their carers in UTF-8
with a BOM (the child's name, birth date, weight, height and form of malnutrition, the carer's
identity and relation to the child, the weighing date).
Five foreign files: a Nigerian antenatal care register in UTF-8 (the NIN, the name in capitals,
the LGA, the husband, the LMP and EDD, the gestational age, blood group and HIV status); an Indian
Mother and Child Protection card list in UTF-8 with a BOM and Hindi and English headers (the
Aadhaar with its Verhoeff digit, spaced in fours, the MCP card and RCH numbers, the husband, the
ANM and the anganwadi centre); a Bangladeshi EPI list in UTF-8 with Bengali headers (the child's
17-digit birth registration number that opens with the birth year, the mother and father, the
EPI centre, the BCG and Penta-1 dates); a Peruvian CRED list in Excel (the child's DNI, two
surnames, the age in months, the mother's DNI and name, weight, height and haemoglobin); and a
Turkish pregnant women follow-up list in Windows-1254 with semicolons (the T.C. Kimlik No with its
two check digits, the spouse, the last menstrual date and due date, the family doctor, the risk).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind445_writers import WRITERS_BLIND445
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND445: tuple[Shape, ...] = (
    _shape(
        "so_quan_ly_thai_nghen_tyt_xa_vn445",
        "STT=row | Họ tên thai phụ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Họ tên chồng=-:husband445 | SĐT chồng=-:husband_phone445 | Thôn/xóm=-:hamlet445"
        " | Địa chỉ thường trú=address | SĐT thai phụ=phone | Ngày đầu KKC=date:lmp445"
        " | Dự kiến sinh=date:edd445 | PARA=-:gravida445 | Tiêm UV=-:tetanus445"
        " | Ngày đăng ký=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "sang_loc_thinh_luc_so_sinh_vn445",
        "STT=row | Họ tên mẹ=full_name | Ngày sinh mẹ=birth_date@%d/%m/%Y"
        " | CCCD mẹ=cccd:cccd_spaced | Họ tên con=-:baby_name445 | Giới tính trẻ=-:baby_sex445"
        " | Ngày sinh trẻ=date:baby_dob445 | Cân nặng (gram)=-:weight445"
        " | OAE tai phải=-:oae445 | OAE tai trái=-:oae_l445 | Hẹn tái khám=date:recheck445"
        " | Điện thoại liên hệ=phone | Địa chỉ=address | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_khhgd_vn445",
        "TT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | So dinh danh=cccd"
        " | So con hien co=-:children445 | Bien phap tranh thai=-:fp445"
        " | Ngay thuc hien=date@%d-%m-%Y | Noi thuc hien=-:fp_place445"
        " | CTV dan so=-:ctv445 | Dien thoai=phone | Noi o hien tai=address | Ghi chu=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "tre_suy_dinh_duong_nguoi_cham_soc_vn445",
        "STT=row | Họ tên trẻ=-:mal_child445 | Ngày sinh của trẻ=date:mal_dob445"
        " | Cân nặng (kg)=-:kg445 | Chiều cao (cm)=-:cm445 | Thể SDD=-:sdd445"
        " | Họ tên người chăm sóc=full_name | Quan hệ với trẻ=-:relation445"
        " | Ngày sinh người chăm sóc=birth_date@%d.%m.%Y | CCCD người chăm sóc=cccd"
        " | Địa chỉ=address | SĐT=phone | Ngày cân đo=date@%d.%m.%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "anc_register_ng445",
        "S/N=row | ANC No.=-:anc_no445 | Client's Name=full_name:ng_name445"
        " | Date of Birth=birth_date@%d/%m/%Y | NIN=national_id:nin_ng445"
        " | Phone No.=phone:phone_ng445 | Address=address:addr_ng445 | LGA=district:lga_ng445"
        " | Husband's Name=-:ng_husband445 | LMP=date:ng_lmp445 | EDD=date:ng_edd445"
        " | GA (wks)=-:gest445 | Blood Group=-:blood445 | HIV Status=-:hiv445"
        " | Date of Visit=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "mcp_card_list_in445",
        "क्र.सं.=row | MCP कार्ड सं. / MCP Card No.=-:mcp_no445"
        " | माता का नाम / Mother's Name=full_name:in_name445"
        " | पति का नाम / Husband's Name=-:in_husband445"
        " | जन्म तिथि / Date of Birth=birth_date@%d-%m-%Y"
        " | आधार संख्या / Aadhaar No.=national_id:aadhaar445"
        " | मोबाइल नं. / Mobile No.=phone:phone_in445 | पता / Address=address:addr_in445"
        " | RCH ID=-:rch445 | ANM का नाम=-:anm445 | आंगनवाड़ी केंद्र=-:awc445"
        " | पंजीकरण तिथि=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "epi_list_bd445",
        "ক্রমিক নং=row | শিশুর নাম=full_name:bd_child445 | জন্ম তারিখ=birth_date:bd_dob445"
        " | জন্ম নিবন্ধন নম্বর=national_id:brn445 | লিঙ্গ=sex:sex_bd445"
        " | মাতার নাম=-:bd_mother445 | পিতার নাম=-:bd_father445"
        " | মোবাইল নম্বর=phone:phone_bd445 | ঠিকানা=address:addr_bd445"
        " | ইপিআই কেন্দ্র=-:centre_bd445 | বিসিজি=date:bcg445 | পেন্টা-১=date:penta445",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "cred_ninos_pe445",
        "N°=row | DNI=national_id:dni_pe445 | Apellido Paterno=family_name:pe_pat445"
        " | Apellido Materno=-:pe_mat445 | Nombres=given_name:pe_given445"
        " | Fecha Nac.=birth_date:pe_dob445 | Sexo=sex:sex_pe445 | Edad (meses)=-:months_pe445"
        " | DNI Madre=-:mother_dni445 | Nombre de la madre=-:mother_pe445"
        " | Dirección=street:street_pe445 | Distrito=district:dist_pe445"
        " | Celular=phone:phone_pe445 | Peso (kg)=-:peso445 | Talla (cm)=-:talla445"
        " | Hb (g/dL)=-:hb445 | Fecha de control=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "gebe_izlem_listesi_tr445",
        "Sıra No=row | T.C. Kimlik No=national_id:tc445 | Adı=given_name:tr_given445"
        " | Soyadı=family_name:tr_family445 | Doğum Tarihi=birth_date@%d.%m.%Y"
        " | Cep Tel.=phone:phone_tr445 | Adres=address:addr_tr445"
        " | Eşinin Adı Soyadı=-:tr_spouse445 | SAT=date:tr_sat445"
        " | Tahmini Doğum Tarihi=date:tr_tdt445 | İzlem=-:tr_izlem445"
        " | Aile Hekimi=-:tr_doctor445 | Risk Durumu=-:tr_risk445"
        " | İzlem Tarihi=date@%d.%m.%Y",
        english=True,
        encoding="cp1254",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nin_ng445", "aadhaar445", "brn445", "dni_pe445", "tc445")
SEX_HOLDS: tuple[str, ...] = ("sex_bd445", "sex_pe445")
NAME_HOLDS = frozenset(
    {"ng_name445", "in_name445", "bd_child445", "pe_pat445", "pe_given445"}
    | {"tr_given445", "tr_family445"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ng445",
    "phone_in445",
    "phone_bd445",
    "phone_pe445",
    "phone_tr445",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ng445", "addr_in445", "addr_bd445", "addr_tr445")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND445",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND445",
]
