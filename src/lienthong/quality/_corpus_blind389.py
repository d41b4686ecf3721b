"""The three-hundred-and-eighty-ninth part of the outside corpus, **blind 389** (written 19:22
UTC, 2026-12-07, never used for tuning): person files a commune health station screening the
households of tuberculosis patients, a district health centre giving TB preventive treatment, a
provincial anti-TB programme paying food allowances to drug-resistant patients, a hospital's
heart-failure clinic, a Zimbabwean clinic's TB register, an Azerbaijani TB dispensary, a
Paraguayan family health unit, a Tajik TB centre and a Mongolian family health centre could hand
over. Four Vietnamese files: a commune's list of household contacts of TB patients screened by
chest X-ray, in UTF-8 with a BOM and tabs (the relation to the index patient, the index
patient's name and register number, cough, the X-ray and Xpert results); a district's list of
people on 3HP preventive treatment in Excel (the code, the weight, the regimen, the doses taken,
the station that hands out the pills); a province's list of drug-resistant TB patients paid a
monthly food allowance in Windows-1258 with semicolons (the type, the regimen, the month, the
amount, who received it in the patient's stead, the treatment supporter and their phone); and a
heart-failure clinic's follow-up list in UTF-16 with tabs (NYHA class, ejection fraction, drugs,
the visit and the next appointment, the doctor, the time last updated).
Five foreign files: a Zimbabwean TB register in UTF-8 (the national ID ``63-123456A78`` with its
check letter, surname and first names, the treatment supporter, the outcome); an Azerbaijani TB
dispensary list in UTF-8 with semicolons (the FİN, the father's name with oğlu/qızı, the ID
card's series and number, the case history number); a Paraguayan TB programme list in UTF-8 with
Spanish and Guaraní headers (the cédula with or without dots, barrio or compañía, distrito and
departamento, the TAES promoter); a Tajik list in Cyrillic in UTF-8 with tabs (the passport, the
patronymic, the phase of treatment, the directly observing nurse); and a Mongolian chronic
disease list in UTF-16 (the регистрийн дугаар, the father's name as овог and the clan name,
дүүрэг and хороо, the diagnosis and the drug).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind389_writers import WRITERS_BLIND389
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND389: tuple[Shape, ...] = (
    _shape(
        "nguoi_tiep_xuc_ho_gia_dinh_benh_nhan_lao_sang_loc_xquang_tram_y_te_xa_vn389",
        "STT=row | Họ tên người tiếp xúc=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số ĐDCN=cccd | Quan hệ với BN=-:relation389"
        " | Họ tên người bệnh lao (ca chỉ điểm)=-:index_case389 | Số ĐK BN lao=-:index_code389"
        " | Địa chỉ hộ gia đình=address:contact_addr389 | SĐT=phone"
        " | Ho > 2 tuần=-:cough389 | Ngày chụp XQ=date@%d/%m/%Y | KQ XQ phổi=-:xray389"
        " | Xpert MTB/RIF=-:xpert389 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "nguoi_dieu_tri_du_phong_lao_phac_do_3hp_ttyt_huyen_vn389",
        "TT=row | Mã số ĐTDP=-:tpt_code389 | Họ và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex | Số CCCD=cccd"
        " | Số thẻ BHYT=bhyt | Địa chỉ thường trú=address | Cân nặng (kg)=-:weight389"
        " | Phác đồ=-:regimen389 | Ngày bắt đầu=date@%d/%m/%Y | Số liều đã uống=-:doses389"
        " | Nơi cấp thuốc=-:station389 | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "nguoi_benh_lao_khang_thuoc_nhan_ho_tro_tien_an_hang_thang_chuong_trinh_chong_lao_tinh_vn389",
        "STT=row | Mã BN=-:mdr_code389 | Họ và tên người bệnh=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD=cccd:cccd_spaced"
        " | Địa chỉ=address | Điện thoại=phone | Thể bệnh=-:mdr_type389"
        " | Phác đồ điều trị=-:mdr_regimen389 | Ngày thu nhận điều trị=date@%d/%m/%Y"
        " | Tháng hỗ trợ=-:month389 | Số tiền (đồng)=-:allowance389"
        " | Tình trạng nhận=-:receipt389 | Người nhận thay=-:receiver389"
        " | Người hỗ trợ điều trị=-:supporter389 | SĐT người hỗ trợ=-:sup_phone389",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_suy_tim_man_tai_kham_phong_kham_suy_tim_benh_vien_tinh_vn389",
        "STT=row | Mã BN=-:hf_code389 | Họ tên=full_name | NS=birth_date@%d/%m/%Y | Giới=sex"
        " | Số định danh=cccd | Số thẻ BHYT=bhyt | Địa chỉ=address | ĐT liên hệ=phone"
        " | Phân độ NYHA=-:nyha389 | EF (%)=-:ef389 | Thuốc đang dùng=-:hf_drugs389"
        " | Ngày tái khám=date@%d/%m/%Y | Hẹn tái khám lần sau=date:next_visit389"
        " | BS điều trị=-:doctor389 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tb_register_zw389",
        "No.=row | TB Reg No.=-:zw_tbno389 | National ID No.=national_id:zw_id389"
        " | Surname=family_name:zw_family389 | First Name(s)=given_name:zw_given389"
        " | Sex=sex:sex_zw389 | Date of Birth=birth_date@%d/%m/%Y"
        " | Physical Address=street:zw_street389 | Town/District=district:zw_town389"
        " | Cell No.=phone:zw_phone389 | Health Facility=-:zw_clinic389"
        " | Treatment Start Date=date@%d/%m/%Y | Treatment Supporter=-:zw_supporter389"
        " | Outcome=-:zw_outcome389",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "veram_dispanseri_xesteler_az389",
        "S/s=row | FİN kod=national_id:fin_az389 | Soyadı=family_name:az_family389"
        " | Adı=given_name:az_given389 | Ata adı=-:az_father389"
        " | Doğum tarixi=birth_date@%d.%m.%Y | Cinsi=sex:sex_az389"
        " | Şəxsiyyət vəsiqəsinin seriya və nömrəsi=-:az_passport389"
        " | Yaşayış ünvanı=street:az_street389 | Şəhər/rayon=district:az_city389"
        " | Mobil telefon=phone:az_phone389 | Dispanser=-:az_disp389"
        " | Xəstəlik tarixi №=-:az_case389 | Qeydiyyata alınma tarixi=date@%d.%m.%Y"
        " | Müalicə həkimi=-:az_doctor389",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "pnct_pacientes_tb_py389",
        "Nro.=row | C.I. N°=national_id:ci_py389 | Nombres (Téra)=given_name:py_given389"
        " | Apellidos (Terajoapy)=family_name:py_family389"
        " | Fecha de nacimiento (Ara heñói)=birth_date@%d/%m/%Y | Sexo=sex:sex_py389"
        " | Barrio/Compañía=suburb:py_barrio389 | Distrito=district:py_city389"
        " | Departamento=state:py_dept389 | Celular=phone:py_phone389"
        " | Establecimiento (USF)=-:py_usf389 | Baciloscopía=-:py_baci389"
        " | Fecha inicio tratamiento=date@%d/%m/%Y | Promotor/a TAES=-:py_tratante389",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bemoroni_sil_markazi_tj389",
        "№=row | Насаб=family_name:tj_family389 | Ном=given_name:tj_given389"
        " | Номи падар=-:tj_patr389 | Санаи таваллуд=birth_date@%d.%m.%Y | Ҷинс=sex:sex_tj389"
        " | Рақами шиноснома=national_id:tj_passport389 | Суроға=street:tj_street389"
        " | Шаҳр/ноҳия=district:tj_town389 | Телефон=phone:tj_phone389"
        " | Рақами корти беморӣ=-:tj_card389 | Марҳилаи табобат=-:tj_phase389"
        " | Санаи оғози табобат=date@%d.%m.%Y | Ҳамшираи ТБНБ=-:tj_dot389",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "shiljilt_ugui_uvchtei_mn389",
        "Д/д=row | Регистрийн дугаар=national_id:mn_reg389 | Ургийн овог=-:mn_family389"
        " | Эцэг/эхийн нэр=family_name:mn_parent389 | Нэр=given_name:mn_given389"
        " | Төрсөн огноо=birth_date@%Y.%m.%d | Хүйс=sex:sex_mn389"
        " | Дүүрэг/сум=district:mn_district389 | Хороо/баг=suburb:mn_khoroo389"
        " | Гудамж, байр, тоот=street:mn_street389 | Утас=phone:mn_phone389"
        " | Онош=-:mn_dx389 | Хөнгөлөлттэй эм=-:mn_drug389 | Үзлэгийн огноо=date@%Y.%m.%d"
        " | Өрхийн эмч=-:mn_doctor389",
        english=True,
        encoding="utf-16",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "zw_id389",
    "fin_az389",
    "ci_py389",
    "tj_passport389",
    "mn_reg389",
)
SEX_HOLDS: tuple[str, ...] = ("sex_zw389", "sex_az389", "sex_py389", "sex_tj389", "sex_mn389")
NAME_HOLDS = frozenset(
    {"zw_family389", "zw_given389", "az_family389", "az_given389", "py_given389"}
    | {"py_family389", "tj_family389", "tj_given389", "mn_parent389", "mn_given389"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "zw_phone389",
    "az_phone389",
    "py_phone389",
    "tj_phone389",
    "mn_phone389",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("contact_addr389", "mn_street389")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND389",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND389",
]
