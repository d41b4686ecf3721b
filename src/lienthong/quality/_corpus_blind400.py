"""The four-hundredth part of the outside corpus, **blind 400** (written 19:40 UTC, 2026-12-07,
never used for tuning): person files a carrier's transaction shop, a carrier's subscriber
standardisation desk, a carrier's provincial branch, a carrier's customer care centre, a
Nigerian operator's NIN-SIM linkage desk, a Pakistani franchise's biometric verification
terminal, an Indonesian outlet's prepaid registration, a Tanzanian agent's biometric SIM
registration and a Philippine telco's SIM Registration Act records could hand over. Four
Vietnamese files: a shop's ledger of SIM swaps in Windows-1258 with semicolons and headers
without diacritics (the old and the new SIM serial, the reason, the day, the fee, the clerk); a
carrier's subscribers locked one way or both ways for not matching the population register in
UTF-16 with tabs (the field that did not match, the kind of lock, the day of the one-way lock
and of the two-way lock, the status); the staff of authorised registration points in Excel (the
point's code, name and address, the authorisation contract, the subscribers registered this
month, the agent's status); and owners of four SIMs or more asked to confirm them, in UTF-8 with
a BOM and semicolons (the customer code, how many SIMs, the other numbers, the channel, the
result, the time last updated).
Five foreign files: a Nigerian operator's NIN-SIM linkage in UTF-8 (``234`` MSISDNs, the
surname, first and middle names apart, the eleven-digit NIN, the state of origin, the NIMC
verification and the barring status, the agent); a Pakistani franchise's biometric verification
records in UTF-8 with a BOM and English-Urdu headers (the CNIC with its sex digit, the father's
or husband's name, ``03xx`` mobiles, the operator, the device, the SIMs on the CNIC); an
Indonesian outlet's prepaid card registrations in Windows-1252 with semicolons (the NIK with its
birth day, plus 40 for a woman, the KK number, the street, kelurahan, kecamatan and province
apart, the Dukcapil validation); a Tanzanian agent's biometric SIM registrations in UTF-8 with
tabs and Swahili headers (the NIDA number, ``+255`` mobiles, the mtaa, wilaya and mkoa, the
network, the agent, the verification); and a Philippine telco's SIM registrations in UTF-8
(the PhilSys card number, the last, first and middle names apart, the ID presented, the SIM
type, the reference number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind400_writers import WRITERS_BLIND400
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND400: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_doi_sim_cap_lai_sim_cua_hang_giao_dich_vn400",
        "STT=row | Ho va ten chu TB=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD/DDCN=cccd | So thue bao=phone | Serial SIM cu=-:old_serial400"
        " | Serial SIM moi=-:new_serial400 | Ly do doi SIM=-:swap_reason400"
        " | Ngay doi=date@%d/%m/%Y | Phi (VND)=-:fee400 | GDV thuc hien=-:clerk400",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thue_bao_bi_khoa_mot_chieu_hai_chieu_sai_lech_csdlqg_dan_cu_vn400",
        "TT=row | Số TB=phone | Họ tên chủ TB=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd | Nơi thường trú=address"
        " | Trường thông tin sai lệch=-:mismatch400 | Hình thức khóa=-:lock400"
        " | Ngày khóa 1C=date@%d/%m/%Y | Ngày khóa 2C=date:lock2_400"
        " | Trạng thái xử lý=-:status400",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nhan_vien_diem_uy_quyen_dang_ky_thong_tin_thue_bao_chi_nhanh_nha_mang_vn400",
        "STT=row | Họ và tên NV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | SĐT liên hệ=phone:phone_dotted | Email=email"
        " | Mã điểm bán=-:shop_code400 | Tên điểm ủy quyền=-:shop400"
        " | Địa chỉ điểm bán=-:shop_addr400 | Số HĐ ủy quyền=-:contract400"
        " | Ngày cấp quyền ĐK TTTB=date@%d/%m/%Y | Số TB đã ĐK trong tháng=-:count400"
        " | Tình trạng=-:agent_status400",
        file="xlsx",
    ),
    _shape(
        "chu_thue_bao_dung_ten_tu_4_sim_tro_len_xac_nhan_vn400",
        "STT=row | Mã KH=-:cust400 | Họ tên=full_name | NS=birth_date@%Y-%m-%d | GT=sex"
        " | CCCD=cccd | Địa chỉ=address | SĐT chính=phone | SL SIM đứng tên=-:sims400"
        " | Các số TB khác=-:others400 | Kênh xác nhận=-:channel400"
        " | Kết quả xác nhận=-:confirm400 | Cập nhật lúc=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nin_sim_linkage_verification_ng400",
        "S/N=row | MSISDN=phone:ng_msisdn400 | Surname=family_name:ng_sur400"
        " | First Name=given_name:ng_first400 | Middle Name=-:ng_mid400"
        " | Date of Birth=birth_date@%d/%m/%Y | Gender=sex:sex_ng400 | NIN=national_id:ng_nin400"
        " | Residential Address=address:ng_addr400 | State of Origin=-:ng_origin400"
        " | NIMC Verification=-:ng_ver400 | Barring Status=-:ng_bar400"
        " | Date Linked=date@%d/%m/%Y | Agent Code=-:ng_agent400",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bvs_sim_activation_record_franchise_pk400",
        "Sr. No.=row | Subscriber Name / صارف کا نام=full_name:pk_name400"
        " | Father/Husband Name / ولدیت / زوجیت=-:pk_father400"
        " | CNIC No. / شناختی کارڈ نمبر=national_id:pk_cnic400"
        " | Date of Birth / تاریخ پیدائش=birth_date@%d-%m-%Y | Gender / جنس=sex:sex_pk400"
        " | Mobile No. / موبائل نمبر=phone:pk_phone400 | Address / پتہ=address:pk_addr400"
        " | Operator=-:pk_op400 | BVS Device ID=-:pk_dev400 | Franchise / Retailer=-:pk_shop400"
        " | Activation Date=date@%d-%m-%Y | SIMs on CNIC=-:pk_count400",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "registrasi_kartu_prabayar_nik_kk_outlet_id400",
        "No=row | MSISDN=phone:id_msisdn400 | NIK=national_id:id_nik400 | No. KK=-:id_kk400"
        " | Nama Lengkap=full_name:id_name400 | Tgl Lahir=birth_date@%d-%m-%Y"
        " | Jenis Kelamin=sex:sex_id400 | Alamat=street:id_street400"
        " | Kelurahan/Desa=suburb:id_kel400 | Kecamatan=district:id_kec400"
        " | Provinsi=state:id_prov400 | Status Validasi Dukcapil=-:id_valid400"
        " | Outlet=-:id_outlet400 | Tgl Registrasi=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "usajili_laini_alama_za_vidole_nida_wakala_tz400",
        "Na.=row | Jina Kamili=full_name:tz_name400 | Namba ya NIDA=national_id:tz_nida400"
        " | Tarehe ya Kuzaliwa=birth_date@%d/%m/%Y | Jinsia=sex:sex_tz400"
        " | Namba ya Simu=phone:tz_phone400 | Mtaa=suburb:tz_mtaa400"
        " | Wilaya=district:tz_wilaya400 | Mkoa=state:tz_mkoa400 | Mtandao=-:tz_net400"
        " | Wakala=-:tz_agent400 | Hali ya Uhakiki=-:tz_status400"
        " | Tarehe ya Usajili=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "sim_registration_act_philsys_telco_ph400",
        "No.=row | Mobile Number=phone:ph_mobile400 | Last Name=family_name:ph_last400"
        " | First Name=given_name:ph_first400 | Middle Name=-:ph_mid400"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:sex_ph400 | Nationality=-:ph_nat400"
        " | Address=address:ph_addr400 | ID Presented=-:ph_idtype400"
        " | PhilSys Card Number=national_id:ph_pcn400 | SIM Type=-:ph_simtype400"
        " | Date Registered=date@%m/%d/%Y | Reference No.=-:ph_ref400",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "ng_nin400",
    "pk_cnic400",
    "id_nik400",
    "tz_nida400",
    "ph_pcn400",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ng400", "sex_pk400", "sex_id400", "sex_tz400", "sex_ph400")
NAME_HOLDS = frozenset(
    {
        "ng_sur400",
        "ng_first400",
        "pk_name400",
        "id_name400",
        "tz_name400",
        "ph_last400",
        "ph_first400",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "ng_msisdn400",
    "pk_phone400",
    "id_msisdn400",
    "tz_phone400",
    "ph_mobile400",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ng_addr400", "pk_addr400", "ph_addr400")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND400",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND400",
]
