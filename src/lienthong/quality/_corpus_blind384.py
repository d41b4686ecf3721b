"""The three-hundred-and-eighty-fourth part of the outside corpus, **blind 384** (written 18:40
UTC, 2026-12-07, never used for tuning): person files a commune paying rent to households whose
houses a flood destroyed, a commune health station disinfecting wells after a flood, a district
paying support for people killed or missing in a landslide, a bank branch rescheduling the debts
of storm-hit borrowers, a Bangladeshi union parishad, a Sindh flood survey, Mozambique's disaster
management institute, Honduras' COPECO and Sri Lanka's Disaster Management Centre could hand
over. Four Vietnamese files: a commune's list of households paid temporary rent while their house
swept away or buried is rebuilt, in Excel (the house as it was, where they stay now, the members,
the months, the monthly rate and the total, who signed on the head's behalf); a health station's
list of households given Cloramin B and Aquatabs for their wells after the flood, in Windows-1258
with tabs and headers without diacritics (the hamlet alone, the kind of well, the packets and the
tablets, the nurse); a district's list of relatives paid support for a person who died or went
missing in a landslide, in UTF-16 with tabs (the spaced CCCD of the one paid, the victim, the
kinship, dead or missing, the day and the place it happened, the amount, the decision); and a
bank's list of storm-hit borrowers whose debts were frozen or rescheduled, in UTF-8 with a BOM and
semicolons (the customer code, the loan contract, the debt hit, the share lost, the measure, the
new due date, the savings and loan group, the time the row was updated).
Five foreign files: a Bangladeshi union parishad's list of flood victims given rice and cash in
UTF-8 with Bengali headers (the father's or husband's name, the NID of 10, 13 or 17 digits, the
village and union in one cell, the upazila, phones in Bengali or Latin digits, the loss, the
kilograms, the ward member); a Sindh flood damage survey in UTF-8 with English and Urdu headers
(the CNIC, the father or husband, the goth and union council with the tehsil and district, the
house as pacca or katcha, the rupees, the survey team); a Mozambican INGD list of people at
accommodation centres after a cyclone in Windows-1252 with semicolons (the BI with its letter,
bairro, distrito and província apart, ``+258`` phones, the centre, the household, the kit, the
community leader); a Honduran COPECO list of people whose homes a storm damaged, in Excel (the
DNI, two surnames, colonia, municipio and departamento, the shelter, the damage, the bono in
lempiras); and a Sri Lankan DMC list of families evacuated from landslide areas in UTF-8 with
Sinhala, Tamil and English headers (the old or new NIC, the address, the DS and GN divisions, the
damage, the safe centre, the family size, ISO dates).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind384_writers import WRITERS_BLIND384
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND384: tuple[Shape, ...] = (
    _shape(
        "ho_ho_tro_thue_nha_o_tam_sau_lu_vn384",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi ở trước khi bị thiệt hại=address | Tình trạng nhà ở=-:house384"
        " | Nơi ở tạm hiện nay=-:tempstay384 | Số nhân khẩu=-:members384"
        " | Số tháng hỗ trợ=-:months384 | Mức hỗ trợ/tháng (đồng)=-:rate384"
        " | Thành tiền (đồng)=-:total384 | Ngày chi trả=date@%d/%m/%Y"
        " | Người nhận thay=-:proxy384 | Ký nhận=-:sign384 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "cap_cloramin_b_xu_ly_gieng_sau_lu_vn384",
        "TT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | Thon=-:hamlet384 | So khau=-:members384 | Nguon nuoc=-:well384"
        " | Cloramin B (goi 25g)=-:clor384 | Vien Aquatabs (vien)=-:tabs384"
        " | Ngay cap=date@%d/%m/%Y | Dien thoai=phone | Can bo TYT=-:nurse384",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ho_tro_nguoi_chet_mat_tich_sat_lo_vn384",
        "STT=row | Họ tên người nhận hỗ trợ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd:cccd_spaced | Nơi thường trú=address | SĐT=phone"
        " | Họ tên người chết/mất tích=-:victim384 | Quan hệ với người nhận=-:kin384"
        " | Tình trạng=-:fate384 | Ngày xảy ra=date@%d/%m/%Y | Nơi xảy ra=-:where384"
        " | Mức hỗ trợ (đ)=-:death_aid384 | Số Quyết định=-:decision384",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_co_cau_no_sau_bao_vn384",
        "STT=row | Mã KH=-:cust384 | Tên khách hàng=full_name | Ngày sinh=birth_date@%Y-%m-%d"
        " | CCCD=cccd | Địa chỉ=address | Điện thoại=phone | Số HĐTD=-:loan384"
        " | Dư nợ bị ảnh hưởng (VNĐ)=-:owed384 | Mức độ thiệt hại=-:loss384"
        " | Biện pháp xử lý=-:measure384 | Hạn trả nợ mới=date@%d/%m/%Y"
        " | Tổ TK&VV=-:group384 | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "bonna_tran_bitoron_bd384",
        "ক্রমিক নং=row | উপকারভোগীর নাম=full_name:bd_name384"
        " | পিতা/স্বামীর নাম=-:bd_father384 | জাতীয় পরিচয়পত্র নম্বর=national_id:bd_nid384"
        " | জন্ম তারিখ=birth_date@%d/%m/%Y | লিঙ্গ=sex:sex_bd384"
        " | ঠিকানা=address:bd_addr384 | উপজেলা=district:bd_upz384"
        " | মোবাইল নম্বর=phone:bd_phone384 | ক্ষতির ধরন=-:bd_loss384"
        " | চাল (কেজি)=-:bd_rice384 | নগদ (টাকা)=-:bd_cash384"
        " | বিতরণের তারিখ=date@%d/%m/%Y | ইউপি সদস্যের নাম=-:bd_member384",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "flood_damage_survey_sindh_pk384",
        "S.No=row | Name / نام=full_name:pk_name384 | Father/Husband Name / ولدیت=-:pk_father384"
        " | CNIC No. / شناختی کارڈ نمبر=national_id:cnic384"
        " | Date of Birth / تاریخ پیدائش=birth_date@%d-%m-%Y | Gender / جنس=sex:sex_pk384"
        " | Address / پتہ=address:pk_addr384 | Tehsil / تحصیل=district:pk_tehsil384"
        " | Mobile No. / موبائل=phone:pk_phone384 | House Damage / مکان کا نقصان=-:pk_damage384"
        " | Amount (Rs.)=-:pk_amount384 | Survey Date=date@%d-%m-%Y | Survey Team=-:pk_team384",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "ingd_centros_acomodacao_mz384",
        "N.º=row | Nome completo=full_name:mz_name384 | N.º do BI=national_id:mz_bi384"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sex_mz384"
        " | Bairro=suburb:mz_bairro384 | Distrito=district:mz_dist384"
        " | Província=state:mz_prov384 | Contacto=phone:mz_phone384"
        " | Centro de acomodação=-:mz_centre384 | N.º membros do agregado=-:mz_hh384"
        " | Kit recebido=-:mz_kit384 | Data de registo=date@%d/%m/%Y"
        " | Líder comunitário=-:mz_leader384",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "copeco_viviendas_afectadas_hn384",
        "No.=row | Número de Identidad=national_id:dni384 | Nombre Completo=full_name:hn_name384"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_hn384"
        " | Colonia/Aldea=suburb:hn_col384 | Municipio=district:hn_mun384"
        " | Departamento=state:hn_dep384 | Teléfono=phone:hn_phone384"
        " | Albergue=-:hn_shelter384 | Miembros del hogar=-:mz_hh384"
        " | Daño a la vivienda=-:hn_damage384 | Bono entregado=-:hn_bono384"
        " | Fecha de evaluación=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "dmc_landslide_evacuees_lk384",
        "අනු අංකය / வ.எண் / No.=row | නම / பெயர் / Name=full_name:lk_name384"
        " | ජා.හැ.අ. / தே.அ.அ. / NIC No.=national_id:lk_nic384"
        " | උපන් දිනය / பிறந்த திகதி / Date of Birth=birth_date@%Y-%m-%d"
        " | ලිංගය / பால் / Sex=sex:sex_lk384 | ලිපිනය / முகவரி / Address=address:lk_addr384"
        " | ප්‍රා.ලේ. කොට්ඨාසය / பி.செ.பி. / DS Division=district:lk_ds384"
        " | ග්‍රා.නි. වසම / கி.அ.பி. / GN Division=suburb:lk_gn384"
        " | දුරකථන / தொலைபேசி / Phone=phone:lk_phone384 | Damage=-:lk_damage384"
        " | Safe Centre=-:lk_centre384 | Family Members=-:lk_hh384"
        " | Date Evacuated=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("bd_nid384", "cnic384", "mz_bi384", "dni384", "lk_nic384")
SEX_HOLDS: tuple[str, ...] = ("sex_bd384", "sex_pk384", "sex_mz384", "sex_hn384", "sex_lk384")
NAME_HOLDS = frozenset({"bd_name384", "pk_name384", "mz_name384", "hn_name384", "lk_name384"})
PHONE_HOLDS: tuple[str, ...] = (
    "bd_phone384",
    "pk_phone384",
    "mz_phone384",
    "hn_phone384",
    "lk_phone384",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("bd_addr384", "pk_addr384", "lk_addr384")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND384",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND384",
]
