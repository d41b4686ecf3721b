"""The three-hundred-and-seventy-fourth part of the outside corpus, **blind 374** (written 16:12
UTC, 2026-12-07, never used for tuning): person files a post office paying pensions in cash, a
district social insurance office, a provincial social insurance office receiving transferred
pensions, a ward's retirees' association, Serbia's pension fund, Jamaica's National Insurance
Scheme, Jordan's Social Security Corporation, Laos' social security fund and Chile's Instituto de
Previsión Social could hand over, all lists of pensioners and retirees. A post office's list of
pensioners paid in cash for the month in UTF-8 with a BOM and semicolons (the BHXH number, the
regime, the period, the sum, the pay point, the receiver who signed for an absent pensioner, the
clerk); a list of people on monthly social insurance allowances with the authorised receiver in
Excel (a "Nữ" column marked x, the allowance, the proxy's name, CCCD, relation, phone and the end of
the authorisation); a list of pensioners whose pension moved in from another province in UTF-16 with
tabs (the office it came from, the decision, the month of retirement and the first month paid here,
the new address); a ward retirees' association membership list with unaccented headers and names in
Windows-1258 (the card, the branch, the former workplace, the role, the dues, the health); a Serbian
pension fund list in UTF-8 with Cyrillic and Latin headers (ЈМБГ with its mod-11 digit, the father's
name, the kind of pension, the decision number, the sum in dinars, a Latin street, town and
postcode); a Jamaican NIS pension payment register in Excel (the TRN, the NIS number, the parish,
the weekly rate, the pay point); a Jordanian retirement pension list in Arabic in UTF-8 with a BOM
(the national number, the four-part name, the insurance number, the kind and sum in dinars, the
governorate); a Lao pension list in Lao script in UTF-16 (the ID card, the social security number,
ບ້ານ/ເມືອງ/ແຂວງ, the sector, the sum in kip); and a Chilean PGU payment list in UTF-8 with
semicolons (the RUT with its check digit, both surnames, the comuna and región, the payment channel,
the proxy).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind374_writers import WRITERS_BLIND374
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND374: tuple[Shape, ...] = (
    _shape(
        "buu_dien_danh_sach_chi_tra_luong_huu_tien_mat_hang_thang_vn374",
        "STT=row | Mã số BHXH=bhxh | Họ và tên người hưởng=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Loại chế độ=-:regime374 | Kỳ chi=-:period374 | Số tiền (đồng)=-:pension374"
        " | Điểm chi trả=-:paypoint374 | Địa chỉ cư trú=address:addr374"
        " | Người nhận thay=-:proxy374 | Ngày nhận=date@%d/%m/%Y | Ký nhận=-:signed374"
        " | Nhân viên chi trả=-:staff374 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ds_huong_tro_cap_bhxh_hang_thang_nguoi_duoc_uy_quyen_vn374",
        "TT=row | Mã số BHXH=bhxh | Họ tên người hưởng=full_name"
        " | Năm sinh=birth_date@%d/%m/%Y | Nữ=sex:nu374 | Số định danh cá nhân=cccd:cccd_spaced"
        " | Chế độ hưởng=-:allowance374 | Mức hưởng (đ/tháng)=-:allow_sum374"
        " | Xã/phường=ward:ward374 | Tỉnh/TP=province:province374"
        " | Số ĐT người hưởng=phone:phone_dotted | Họ tên người được ủy quyền=-:proxy374"
        " | Số CCCD người được ủy quyền=-:proxy_cccd374 | Quan hệ=-:relation374"
        " | SĐT người được UQ=-:proxy_phone374 | Ngày lập giấy UQ=date@%d/%m/%Y"
        " | UQ đến tháng=-:proxy_until374",
        file="xlsx",
    ),
    _shape(
        "ds_nguoi_huong_luong_huu_chuyen_den_tu_tinh_khac_vn374",
        "STT=row | Số sổ BHXH=bhxh | Họ và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD/ĐDCN=cccd"
        " | Nơi chuyển đi=-:from_prov374 | Số QĐ hưởng=-:decision374"
        " | Tháng nghỉ hưu=-:retired374 | Lương hưu (đồng/tháng)=-:pension374"
        " | Ngày nhận hồ sơ=date@%d/%m/%Y | Chi trả từ tháng=-:first_pay374"
        " | Địa chỉ cư trú mới=address:addr374 | Điện thoại=phone | Lý do=-:move_reason374",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_huu_tri_phuong_danh_sach_hoi_vien_go_khong_dau_vn374",
        "STT=row | So the HV=-:card374 | Ho va ten=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi=sex | CCCD=cccd"
        " | Noi cong tac truoc khi nghi huu=-:former_job374 | Nghi huu tu=-:retired374"
        " | Chi hoi=-:branch374 | Chuc vu trong Hoi=-:assoc_role374"
        " | Ngay vao Hoi=date@%d/%m/%Y | Hoi phi 2026=-:dues374 | Suc khoe=-:health374"
        " | Dien thoai=phone:phone_spaced | Cho o hien nay=address:address_ascii"
        " | Khen thuong=-:title374",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "pio_fond_spisak_korisnika_penzije_filijala_rs374",
        "Ред. бр.=row | ЈМБГ / JMBG=national_id:jmbg374"
        " | Презиме / Prezime=family_name:rs_family374"
        " | Име оца=-:rs_father374 | Име / Ime=given_name:rs_given374"
        " | Датум рођења=birth_date@%d.%m.%Y. | Пол=sex:sex_rs374 | Врста пензије=-:rs_kind374"
        " | Број решења=-:rs_decision374 | Износ пензије (RSD)=-:rs_sum374"
        " | Остварено право од=date@%d.%m.%Y. | Adresa=street:rs_street374"
        " | Mesto=district:rs_town374 | Poštanski broj=postcode:rs_post374"
        " | Телефон=phone:rs_phone374 | Банка исплатилац=-:rs_bank374",
        english=True,
    ),
    _shape(
        "nis_pension_payment_register_mlss_jm374",
        "Item=row | TRN=national_id:trn374 | NIS No.=-:jm_nis374"
        " | SURNAME=family_name:jm_family374 | First Name=given_name:jm_given374"
        " | D.O.B.=birth_date@%d-%b-%Y | Gender=sex:sex_jm374 | Address=street:jm_street374"
        " | Town/District=district:jm_town374 | Parish=state:jm_parish374"
        " | Telephone=phone:jm_phone374 | Benefit Type=-:jm_kind374"
        " | Weekly Rate (JMD)=-:jm_rate374 | Date of Award=date@%d-%b-%Y"
        " | Pay Point=-:jm_pay374 | Remarks=-:note_en",
        file="xlsx",
        english=True,
    ),
    _shape(
        "ssc_retirement_pensioners_list_jo374",
        "الرقم المتسلسل=row | الرقم الوطني=national_id:jo_nn374"
        " | الاسم الرباعي=full_name:jo_name374 | تاريخ الميلاد=birth_date@%Y/%m/%d"
        " | الجنس=sex:sex_jo374 | رقم التأمين=-:jo_ssc374 | نوع الراتب=-:jo_kind374"
        " | قيمة الراتب (دينار)=-:jo_sum374 | تاريخ التخصيص=date@%Y/%m/%d"
        " | المحافظة=state:jo_gov374 | المدينة=district:jo_city374"
        " | العنوان=address:jo_addr374 | رقم الهاتف=phone:jo_phone374"
        " | البنك=-:jo_bank374",
        encoding="utf-8-sig",
        english=True,
    ),
    _shape(
        "sso_pension_recipients_list_la374",
        "ລ/ດ=row | ຊື່ ແລະ ນາມສະກຸນ=full_name:la_name374 | ວັນເດືອນປີເກີດ=birth_date@%d/%m/%Y"
        " | ເພດ=sex:sex_la374 | ເລກບັດປະຈຳຕົວ=national_id:lao_id374"
        " | ເລກປະກັນສັງຄົມ=-:la_sso374 | ປະເພດ=-:la_kind374 | ຂະແໜງ=-:la_sector374"
        " | ຈຳນວນເງິນ (ກີບ)=-:la_sum374 | ວັນທີເລີ່ມຮັບ=date@%d/%m/%Y"
        " | ບ້ານ=suburb:la_village374 | ເມືອງ=district:la_district374"
        " | ແຂວງ=state:la_province374 | ເບີໂທ=phone:la_phone374",
        encoding="utf-16",
        english=True,
    ),
    _shape(
        "ips_nomina_pago_pgu_pension_garantizada_universal_cl374",
        "N°=row | RUT=national_id:rut374 | Apellido paterno=family_name:cl_pat374"
        " | Apellido materno=-:cl_mat374 | Nombres=given_name:cl_given374"
        " | Fecha nacimiento=birth_date@%d-%m-%Y | Sexo=sex:sex_cl374"
        " | Beneficio=-:cl_kind374 | Monto bruto=-:cl_sum374 | Fecha de pago=date@%d-%m-%Y"
        " | Medio de pago=-:cl_pay374 | Dirección=street:cl_street374"
        " | Comuna=district:cl_comuna374 | Región=state:cl_region374"
        " | Teléfono=phone:cl_phone374 | Apoderado=-:cl_proxy374",
        encoding="utf-8",
        delimiter=";",
        english=True,
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("jmbg374", "trn374", "jo_nn374", "lao_id374", "rut374")
SEX_HOLDS: tuple[str, ...] = ("sex_rs374", "sex_jm374", "sex_jo374", "sex_la374", "sex_cl374")
NAME_HOLDS: frozenset[str] = frozenset(
    {"rs_family374", "rs_given374", "jm_family374", "jm_given374", "jo_name374", "la_name374"}
    | {"cl_pat374", "cl_given374"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "rs_phone374",
    "jm_phone374",
    "jo_phone374",
    "la_phone374",
    "cl_phone374",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr374",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND374",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND374",
]
