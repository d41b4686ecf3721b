"""The two-hundred-and-seventy-first part of the outside corpus, **blind 271** (written 09:57 UTC,
2026-12-07, never used for tuning): person files a district agriculture office, a province's
foreign affairs department, a city students' association, a garment factory, the Elections
Commission of the Maldives, the Maldives Hajj Corporation, the land office of a Vavuniya or
Kilinochchi divisional secretariat, the Eastern Province's road passenger transport authority
and Lakshadweep's port, shipping and aviation department could hand over.
Four Vietnamese files: cage fish farmers on the Mã and Chu rivers whose fish died in one night,
asking for support, in Windows-1258 with semicolons (the hamlet alone, where the cages float,
how many cages and their volume, the fish, the kilograms lost and the share, the day the fish
died, the support in dong, the officer who checked, an empty column to sign); officials asking
for official and diplomatic passports through the foreign affairs department in UTF-16 with tabs
(the name in capitals, the province of birth, the post and agency, the kind of passport, the old
passport, the country, the purpose, the trip's days, the day the file came in); poor students
given a flight home for Tet by the city students' association in Excel (the student number, the
university and class, the home address, the student's and a parent's phone, the email, the
hardship, the route, the flight day, the booking code, the fare, the unit that put them
forward); and garment workers paid for days the factory stood idle for want of orders in UTF-8
with a BOM and tabs (the social insurance number, the line, the labour contract, the first and
last idle day, the days, the pay, the bank account, an empty column to sign).
Five foreign files: Maldivian voters re-registering to vote away from their home island in UTF-8
with Dhivehi/English headers (the ``A`` card, the name in Latin and Thaana letters, the sex in
Dhivehi, house and island, the atoll alone and the island alone, ``+960`` phones, the ballot box,
the form number, the status, the day submitted); Maldivian Hajj pilgrims in UTF-8 with a BOM and
Dhivehi/English headers (the ``A`` card beside the passport, ``yyyy-mm-dd`` dates, the package,
the group, a woman's mahram, the deposit in MVR); state land permit holders under the Land
Development Ordinance in Vavuniya and Kilinochchi in UTF-8 with a BOM, tabs and Tamil/English
headers (the old NIC of nine digits, its mod-11 digit and ``V``, the new
twelve-digit one for those born from 2000, the father's name before the
given name, ``yyyy.mm.dd`` dates, the village address, the GN and DS divisions, the lot on the
field plan and its extent in acres, roods and perches, the kind of land, the nominated successor,
the status); three-wheeler drivers holding a permit of the Eastern Province in Trincomalee and
Batticaloa in UTF-8 with Tamil/English headers (the old or new twelve-digit NIC, the town alone,
the police area, ``07x`` phones, the ``EP`` plate, the make, the driving licence, the stand,
the meter, the permit's expiry); and passengers on Lakshadweep's island ships in UTF-8 with
Malayalam/English headers (the ticket, the Aadhaar with its Verhoeff digit in groups of four,
the sex in Malayalam, the house name and island, the island alone, the ``6825xx`` PIN, ``+91``
mobiles, the ship, the port of embarkation, the class, the fare, the kind of entry, a companion,
the sailing day).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind271_writers import WRITERS_BLIND271
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND271: tuple[Shape, ...] = (
    _shape(
        "ho_nuoi_ca_long_be_ca_chet_hang_loat_de_nghi_ho_tro_phong_nn_huyen_vn271",
        "TT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Thôn/xóm=-:cage_hamlet271 | Nơi thường trú=address | SĐT=phone"
        " | Vị trí đặt lồng=-:cage_site271 | Số lồng=-:cage_count271"
        " | Thể tích lồng (m3)=-:cage_volume271 | Đối tượng nuôi=-:cage_species271"
        " | SL thiệt hại (kg)=-:cage_loss271 | Tỷ lệ thiệt hại=-:cage_rate271"
        " | Ngày cá chết=date@%d/%m/%Y | Mức hỗ trợ (đồng)=-:cage_support271"
        " | CB kiểm tra=-:cage_officer271 | Ký nhận=-:none",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "can_bo_de_nghi_cap_ho_chieu_cong_vu_ngoai_giao_so_ngoai_vu_vn271",
        "STT=row | HỌ VÀ TÊN (chữ in hoa)=full_name:full_name_caps | Giới tính=sex"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Nơi sinh (tỉnh/TP)=-:pp_birthplace271"
        " | Số định danh cá nhân=cccd | Chức vụ=-:pp_post271 | Cơ quan công tác=-:pp_agency271"
        " | Loại hộ chiếu đề nghị=-:pp_kind271 | Số HC cũ (nếu có)=-:pp_old271"
        " | Nước đến=-:pp_country271 | Mục đích chuyến đi=-:pp_purpose271"
        " | Thời gian=-:pp_trip271 | Ngày nhận hồ sơ=date@%d/%m/%Y | ĐT liên hệ=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "sinh_vien_kho_khan_nhan_ve_may_bay_ve_que_an_tet_hoi_sinh_vien_thanh_pho_vn271",
        "STT=row | MSSV=-:tet_mssv271 | Họ tên sinh viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | CCCD=cccd"
        " | Trường=-:tet_school271 | Lớp=-:tet_class271 | Địa chỉ thường trú=address"
        " | SĐT SV=phone | SĐT phụ huynh=-:tet_parent_phone271 | Email=email"
        " | Hoàn cảnh=-:tet_case271 | Chặng bay=-:tet_route271 | Ngày bay=date@%d/%m/%Y"
        " | Mã đặt chỗ=-:tet_pnr271 | Giá vé (VNĐ)=-:tet_fare271"
        " | Đơn vị giới thiệu=-:tet_unit271",
        file="xlsx",
    ),
    _shape(
        "nguoi_lao_dong_ngung_viec_do_thieu_don_hang_huong_luong_ngung_viec_cong_ty_may_vn271",
        "TT=row | Họ và tên NLĐ=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số CCCD=cccd | Mã số BHXH=bhxh | Bộ phận=-:stop_section271"
        " | Số HĐLĐ=-:stop_contract271 | Ngừng việc từ ngày=date@%d-%m-%Y"
        " | Đến ngày=date:stop_end271 | Số ngày=-:stop_days271"
        " | Tiền lương ngừng việc (đ)=-:stop_pay271 | Số TK ngân hàng=-:stop_bank271"
        " | Chỗ ở hiện nay=address | SĐT=phone | Ký nhận=-:none",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "voter_re_registration_elections_commission_mv271",
        "#=row | ކާޑު ނަންބަރު / ID Card No.=national_id:mv_id271"
        " | ނަން / Name=full_name:mv_latin271 | ފުރިހަމަ ނަން (ދިވެހިން)=full_name:mv_thaana271"
        " | އުފަން ތާރީޚު / Date of Birth=birth_date@%d/%m/%Y | ޖިންސު / Sex=sex:sex_mv271"
        " | ދާއިމީ އެޑްރެސް / Permanent Address=address:mv_addr271"
        " | އަތޮޅު / Atoll=state:mv_atoll271 | ރަށް / Island=district:mv_island271"
        " | ފޯނު ނަންބަރު / Contact No.=phone:mv_phone271"
        " | ވޯޓުލާ ބޮކްސް / Ballot Box=-:mv_box271 | ފޯމު ނަންބަރު / Form No.=-:mv_form271"
        " | ހާލަތު / Status=-:mv_status271 | ހުށަހެޅި ތާރީޚު / Date Submitted=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "hajj_pilgrims_registration_hajj_corporation_mv271",
        "No.=row | ޕާސްޕޯޓު ނަންބަރު / Passport No.=-:hj_passport271"
        " | ދ.ރ.އ / National ID=national_id:mv_id271 | ނަން / Full Name=full_name:mv_latin271"
        " | އުފަން ތާރީޚު / DOB=birth_date@%Y-%m-%d | Gender=sex:hj_sex271"
        " | އެޑްރެސް / Address=address:mv_addr271 | މޯބައިލް / Mobile=phone:mv_phone271"
        " | ޕެކޭޖް / Package=-:hj_package271 | ގްރޫޕް / Group=-:hj_group271"
        " | މަޙްރަމް / Mahram=-:hj_mahram271 | ޑިޕޮޒިޓް / Deposit Paid=-:hj_paid271"
        " | ރަޖިސްޓްރީ ތާރީޚު / Registered=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ldo_state_land_permit_holders_ds_land_branch_vavuniya_kilinochchi_lk271",
        "தொ.இல. / S.No=row | அனுமதிப்பத்திர இல. / Permit No.=-:ln_permit271"
        " | அனுமதிப்பத்திரதாரர் பெயர் / Permit Holder=full_name:ln_name271"
        " | தே.அ.அ. இல / NIC=national_id:ln_nic271"
        " | பிறந்த திகதி / DOB=birth_date@%Y.%m.%d | பால் / Sex=sex:sex_lk271"
        " | முகவரி / Address=address:ln_addr271 | கி.அ. பிரிவு / GN Division=suburb:ln_gn271"
        " | பி.செ. பிரிவு / DS Division=district:ln_ds271"
        " | தொலைபேசி / Tel.=phone:ln_phone271 | காணித் துண்டு / Lot=-:ln_lot271"
        " | விஸ்தீரணம் / Extent=-:ln_extent271 | காணி வகை / Land Type=-:ln_kind271"
        " | பெயர் குறிப்பிடப்பட்ட வாரிசு / Nominated Successor=-:ln_successor271"
        " | வழங்கிய திகதி / Date Issued=date@%Y.%m.%d | நிலை / Status=-:ln_status271",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "three_wheeler_permits_ep_rpta_trincomalee_batticaloa_lk271",
        "இல / No=row | அனுமதி இல. / Permit No.=-:tw_permit271"
        " | சாரதியின் பெயர் / Driver's Name=full_name:tw_name271"
        " | தே.அ.அ. இல / NIC No.=national_id:tw_nic271"
        " | பிறந்த திகதி / Date of Birth=birth_date@%d/%m/%Y"
        " | வதிவிட முகவரி / Residential Address=address:tw_addr271"
        " | நகரம் / Town=district:tw_town271 | பொலிஸ் பிரிவு / Police Area=-:tw_police271"
        " | கையடக்கத் தொலைபேசி / Mobile=phone:tw_phone271"
        " | வாகன இல. / Vehicle No.=-:tw_plate271 | வாகன வகை / Make=-:tw_make271"
        " | சாரதி அனுமதிப்பத்திர இல. / DL No.=-:tw_licence271"
        " | தரிப்பிடம் / Stand=-:tw_stand271 | மீற்றர் / Meter=-:tw_meter271"
        " | காலாவதி திகதி / Expiry=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "inter_island_ship_passengers_port_shipping_aviation_lakshadweep_in271",
        "ക്രമ നം. / Sl.No=row | ടിക്കറ്റ് നമ്പർ / Ticket No.=-:ld_ticket271"
        " | യാത്രക്കാരന്റെ പേര് / Passenger Name=full_name:ld_name271"
        " | ആധാർ നമ്പർ / Aadhaar No.=national_id:ld_aadhaar271"
        " | ജനന തീയതി / Date of Birth=birth_date@%d-%m-%Y | ലിംഗം / Sex=sex:sex_ld271"
        " | വിലാസം / Address=address:ld_addr271 | ദ്വീപ് / Island=district:ld_island271"
        " | പിൻകോഡ് / PIN=postcode:ld_pin271 | മൊബൈൽ / Mobile=phone:ld_phone271"
        " | കപ്പൽ / Ship=-:ld_ship271 | പുറപ്പെടുന്ന തുറമുഖം / From=-:ld_from271"
        " | ക്ലാസ് / Class=-:ld_class271 | നിരക്ക് / Fare=-:ld_fare271"
        " | വിഭാഗം / Category=-:ld_permit271 | കൂടെയുള്ളയാൾ / Escort=-:ld_escort271"
        " | യാത്രാ തീയതി / Date of Journey=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("mv_id271", "ln_nic271", "tw_nic271", "ld_aadhaar271")
SEX_HOLDS: tuple[str, ...] = ("sex_mv271", "hj_sex271", "sex_lk271", "sex_ld271")
NAME_HOLDS = frozenset({"mv_latin271", "mv_thaana271", "ln_name271", "tw_name271", "ld_name271"})
PHONE_HOLDS: tuple[str, ...] = ("mv_phone271", "ln_phone271", "tw_phone271", "ld_phone271")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("mv_addr271", "ln_addr271", "tw_addr271", "ld_addr271")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND271",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND271",
]
