"""The two-hundred-and-fifty-third part of the outside corpus, **blind 253** (written 08:26 UTC,
2026-12-07, never used for tuning): person files a Bình Thuận dragon fruit cooperative's cold
store, a Hà Nam commune handing out water filters, a ward's shared vegetable garden, a charity
class, Dhaka North City Corporation's revenue department, the Rangamati deputy commissioner's
office, a Sylhet tea estate, a Cox's Bazar camp's cash-for-work partner and a Khulna upazila
fisheries office could hand over. Four Vietnamese files: the members who rent room in a
cooperative's cold store for their dragon fruit, in Windows-1258 with semicolons (the member
code, the fruit, the kilograms, the chamber, the days in and out, the fee); households given a
reverse-osmosis filter where the wells hold arsenic, in Excel (the well, the arsenic measured,
the people in the household, the filter and its serial, the share the household paid, the day
it was fitted); the ward's list of people renting a plot in a shared vegetable garden, in UTF-16
with tabs (the plot and its area, the crops, the yearly rent, the residents' group, the start
of the lease); and the volunteer teachers of a free evening class for poor children, in UTF-8
with a BOM and headers without diacritics (the subject, the job, the sessions, the pupils, the
coordinator and her phone, the day they began).
Five Bangladeshi files: a trade licence register of Dhaka North City Corporation in UTF-8 with a
BOM and English headers (the licence number, the owner, ``Father/Husband Name``, the NID of 10,
13 or 17 digits, ``dd-mm-yyyy`` dates, the business name, trade and address beside the owner's
permanent address, the ward and zone, the fee); a register of permanent resident certificates of
the Rangamati Hill District in UTF-16 with Bengali headers (Chakma, Marma and Tanchangya names,
the father's and mother's names, the people, the mouza, the headman and the circle, the village,
union and upazila, phones in Bengali or Latin digits, the certificate, the purpose); a Sylhet tea
estate's workers in Excel with English/Bengali headers (the worker number, the labour line in the
estate as home, ``dd.mm.yyyy`` dates, the section, permanent or casual, the daily wage, the
ration); a Cox's Bazar camp's cash-for-work volunteers in UTF-8 with English headers (no NID:
the FCN of the family and the MoHA/UNHCR individual number, camp, block and shelter, the
activity, days and amount, the partner); and a Khulna upazila fisheries office's register of
fishers' cards and VGF rice in Excel with Bengali headers (the card number in Bengali digits,
the NID, phones in Bengali digits, the gear and the boat, the Sundarbans BLC, the rice given).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind253_writers import WRITERS_BLIND253
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND253: tuple[Shape, ...] = (
    _shape(
        "xa_vien_thue_kho_lanh_bao_quan_thanh_long_htx_ham_thuan_bac_vn253",
        "STT=row | Mã XV=-:member253 | Họ tên xã viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address | SĐT=phone:phone_dotted | Loại quả=-:fruit253"
        " | Khối lượng gửi (kg)=-:tonnes253 | Buồng lạnh=-:chamber253"
        " | Ngày nhập kho=date@%d/%m/%Y | Số ngày gửi=-:days253 | Phí lưu kho (đ)=-:fee253"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_nhan_may_loc_nuoc_ro_vung_nhiem_asen_ubnd_xa_ha_nam_vn253",
        "TT=row | Họ và tên chủ hộ=full_name | Năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Thôn/xóm, xã=address | Điện thoại=phone"
        " | Nguồn nước đang dùng=-:source253 | Hàm lượng Asen=-:arsenic253"
        " | Số nhân khẩu=-:people253 | Loại máy lọc=-:filter253 | Số seri máy=-:serial253"
        " | Hộ đối ứng (đ)=-:counterpart253 | Ngày lắp đặt=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "nguoi_thue_o_dat_vuon_rau_chung_ubnd_phuong_vn253",
        "STT=row | Họ tên người thuê=full_name | NS=birth_date@%d/%m/%Y | CCCD/ĐDCN=cccd"
        " | Nơi ở hiện nay=address | ĐT=phone:phone_spaced | Tổ DP=-:group253"
        " | Ô đất số=-:plot253 | Diện tích=-:plot_area253 | Cây trồng=-:crop253"
        " | Tiền thuê/năm (đ)=-:rent253 | Ngày bắt đầu thuê=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "giao_vien_tinh_nguyen_lop_hoc_tinh_thuong_mien_phi_phuong_vn253",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | GT=sex"
        " | So CCCD=cccd | Cho o=address | SDT=phone | Nghe nghiep=-:job253"
        " | Mon day=-:subject253 | Buoi day=-:session253 | So HS=-:pupils253"
        " | Nguoi phu trach=-:coordinator253 | SDT phu trach=-:coord_phone253"
        " | Ngay bat dau=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "trade_licence_register_revenue_dept_dncc_dhaka_bd253",
        "SL No.=row | Trade License No=-:dh_licence253 | Owner Name=full_name:dh_name253"
        " | Father/Husband Name=-:dh_father253 | NID No=national_id:dh_nid253"
        " | Date of Birth=birth_date@%d-%m-%Y | Gender=sex:dh_sex253"
        " | Mobile No=phone:dh_phone253 | Business Name=-:dh_shop253"
        " | Nature of Business=-:dh_trade253 | Business Address=-:dh_biz253"
        " | Ward No=-:dh_ward253 | Zone=-:dh_zone253 | Permanent Address=address:dh_home253"
        " | License Fee (Tk)=-:dh_fee253 | Issue Date=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "sthayi_basinda_sonod_register_dc_office_rangamati_cht_bd253",
        "ক্রমিক নং=row | আবেদনকারীর নাম=full_name:ch_name253 | পিতার নাম=-:ch_father253"
        " | মাতার নাম=-:ch_mother253 | জন্ম তারিখ=birth_date@%d/%m/%Y | লিঙ্গ=sex:ch_sex253"
        " | জাতীয় পরিচয়পত্র নং=national_id:ch_nid253 | জাতিসত্তা=-:ch_people253"
        " | স্থায়ী ঠিকানা=address:ch_home253 | মৌজা=-:ch_mouza253"
        " | হেডম্যানের নাম=-:ch_headman253 | সার্কেল=-:ch_circle253"
        " | মোবাইল নং=phone:ch_phone253 | সনদ নং=-:ch_cert253 | উদ্দেশ্য=-:ch_purpose253"
        " | ইস্যুর তারিখ=date@%d/%m/%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cha_bagan_shramik_register_malnicherra_tea_estate_sylhet_bd253",
        "Sl=row | Worker No / শ্রমিক নং=-:te_worker253 | Name / নাম=full_name:te_name253"
        " | Father's Name / পিতার নাম=-:te_father253 | Sex=sex:te_sex253"
        " | DOB / জন্ম তারিখ=birth_date@%d.%m.%Y | NID=national_id:te_nid253"
        " | Line / ঠিকানা=address:te_home253 | Mobile / মোবাইল=phone:te_phone253"
        " | Section=-:te_section253 | Status=-:te_status253 | Daily Wage (Tk)=-:te_wage253"
        " | Weekly Ration=-:te_ration253 | Joining Date=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cash_for_work_volunteers_camp_cxb_rohingya_bd253",
        "S/N=row | Camp/Block/Shelter=address:ro_shelter253 | FCN=-:ro_fcn253"
        " | MoHA/UNHCR Ind. ID=-:ro_moha253 | Name of Volunteer=full_name:ro_name253"
        " | Father's Name=-:ro_father253 | Sex (M/F)=sex:ro_sex253"
        " | DOB (dd/mm/yyyy)=birth_date@%d/%m/%Y | Contact No=phone:ro_phone253"
        " | Activity=-:ro_activity253 | Days Worked=-:ro_days253 | Amount (BDT)=-:ro_amount253"
        " | Partner=-:ro_partner253 | Payment Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "jele_nibondhon_vgf_chal_bitoron_upazila_matsya_office_khulna_bd253",
        "ক্রঃ নং=row | জেলে কার্ড নং=-:kh_card253 | জেলের নাম=full_name:kh_name253"
        " | পিতা/স্বামীর নাম=-:kh_father253 | লিঙ্গ=sex:kh_sex253"
        " | জন্ম তারিখ=birth_date@%d/%m/%Y | এনআইডি নং=national_id:kh_nid253"
        " | মোবাইল নং=phone:kh_phone253 | ঠিকানা=address:kh_home253"
        " | মাছ ধরার ধরন=-:kh_gear253 | নৌকা=-:kh_boat253 | বিএলসি নং=-:kh_blc253"
        " | চাল (কেজি)=-:kh_rice253 | বিতরণের তারিখ=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("dh_nid253", "ch_nid253", "te_nid253", "kh_nid253")
SEX_HOLDS: tuple[str, ...] = (
    "dh_sex253",
    "ch_sex253",
    "te_sex253",
    "ro_sex253",
    "kh_sex253",
)
NAME_HOLDS = frozenset({"dh_name253", "ch_name253", "te_name253", "ro_name253", "kh_name253"})
PHONE_HOLDS: tuple[str, ...] = (
    "dh_phone253",
    "ch_phone253",
    "te_phone253",
    "ro_phone253",
    "kh_phone253",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "dh_home253",
    "ch_home253",
    "te_home253",
    "ro_shelter253",
    "kh_home253",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND253",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND253",
]
