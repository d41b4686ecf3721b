"""The hundred-and-fifty-first part of the outside corpus, **blind 151** (written 22:08 UTC,
2026-12-06, never used for tuning): person files a provincial lottery company, a district Party
committee's political centre, a continuing education centre, an industrial zone's trade union,
the Mahapola scholarship trust fund of Sri Lanka, Nepal's Department of Foreign Employment, a
Bhutanese chiwog's election office, the Maldivian fisheries ministry and Mauritius' National
Housing Development Company could hand over.
Four Vietnamese files: lottery prizes paid out in Excel (the lottery station and the draw's day,
the prize and the winning ticket, the amount, the income tax withheld and what was handed over,
the cashier); a class on the Party for its candidates in UTF-16 with tabs (the home town, the
Party cell that put them forward, the member who helps them, the degree, the mark and grade, the
certificate's day); a continuing education class in Windows-1258 with semicolons and abbreviated
headers (the place of birth, the class, the trade learned beside it, the parent and the parent's
phone, the day they enrolled, the status); and workers on the union's spring train home in UTF-8
with a BOM and semicolons (the factory, the union card, the stations, the day, the coach and seat,
who travels with them).
Five foreign files: Mahapola scholarship holders in Sinhala and English (the registration number,
the name with its initials, the NIC old or new, the university and faculty, the Z-score, the
bank account, the instalment and the day it was paid); Nepali labour permits in Devanagari (the
Bikram Sambat birth date, the citizenship certificate number, the passport, the ward of the
municipality, the country, employer and manpower agency, the permit's number and Bikram Sambat
day, the insurance, the heir); a Bhutanese electoral roll in English (the CID, house and thram
numbers, the chiwog, gewog and dzongkhag, the polling station, the postal ballot); the Maldivian
fishermen's registry in Thaana and English (the ``A`` card, the name in both scripts, the house
and island, ``+960`` phones, the vessel and its number, the role on board, the bank account); and
Mauritian social housing applicants in English (surname and other names apart, the NIC with its
check character, the street, the town and its postcode, the spouse, the income, the site, the
status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind151_writers import WRITERS_BLIND151
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND151: tuple[Shape, ...] = (
    _shape(
        "khach_hang_linh_thuong_xo_so_kien_thiet_khau_tru_tncn_vn151",
        "STT=row | Ngày trả thưởng=date@%d/%m/%Y | Họ tên người lĩnh thưởng=full_name"
        " | Số CCCD=cccd | Ngày sinh=birth_date@%d/%m/%Y | Địa chỉ=address | Điện thoại=phone"
        " | Đài mở thưởng=-:lotto_station151 | Kỳ mở thưởng=date:lotto_draw151"
        " | Giải=-:lotto_prize151 | Vé trúng=-:lotto_ticket151"
        " | Tiền thưởng (đ)=-:lotto_amount151 | Thuế TNCN 10% (đ)=-:lotto_tax151"
        " | Thực lĩnh (đ)=-:lotto_net151 | Thủ quỹ chi=-:lotto_cashier151",
        file="xlsx",
    ),
    _shape(
        "hoc_vien_lop_boi_duong_nhan_thuc_ve_dang_ttct_huyen_vn151",
        "TT=row | Họ và tên quần chúng=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN=cccd | Quê quán=-:party_home151 | Nơi ở hiện nay=address"
        " | Chi bộ đề nghị=-:party_cell151 | Đảng viên giúp đỡ=-:party_helper151"
        " | Trình độ CM=-:party_degree151 | Điểm thu hoạch=-:party_score151"
        " | Xếp loại=-:party_grade151 | Ngày cấp GCN=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoc_vien_lop_bo_tuc_thpt_trung_tam_gdnn_gdtx_vn151",
        "STT=row | Họ tên HV=full_name:full_name_caps | NS=birth_date@%d/%m/%Y | GT=sex"
        " | Mã ĐD=cccd | Nơi sinh=-:gdtx_pob151 | HKTT=address | Lớp=-:gdtx_class151"
        " | Học nghề=-:gdtx_trade151 | Họ tên PH=-:gdtx_parent151"
        " | ĐT PH=-:gdtx_parent_phone151 | Ngày NH=date@%d/%m/%Y"
        " | Tình trạng=-:gdtx_status151",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cong_nhan_dang_ky_chuyen_tau_mua_xuan_cong_doan_kcn_vn151",
        "STT=row | Họ và tên CNLĐ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | SĐT=phone:phone_dotted | Đơn vị=-:train_company151"
        " | Số thẻ ĐV=-:train_card151 | Địa chỉ thường trú (quê)=address"
        " | Ga đi=-:train_from151 | Ga đến=-:train_to151 | Ngày đi=date@%d/%m/%Y"
        " | Toa/Ghế=-:train_seat151 | Người đi cùng=-:train_relative151 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "mahapola_shishyadhara_laabhin_lk151",
        "අනු අංකය=row | ලියාපදිංචි අංකය / Reg. No.=-:lk_regno151"
        " | මුලකුරු සමග නම / Name with Initials=full_name:lk_name151"
        " | ජා.හැ.අංකය / NIC No.=national_id:lk_nic151 | උපන් දිනය / DOB=birth_date@%Y-%m-%d"
        " | ස්ත්‍රී/පුරුෂ=sex:lk_sex151 | ස්ථිර ලිපිනය / Permanent Address=address:lk_home151"
        " | ජංගම දුරකථන=phone:lk_phone151 | විශ්වවිද්‍යාලය=-:lk_university151"
        " | පීඨය / Faculty=-:lk_faculty151 | Z-Score=-:lk_zscore151"
        " | බැංකු ගිණුම් අංකය=-:lk_account151 | වාරිකය (රු.)=-:lk_instalment151"
        " | ගෙවූ දිනය=date@%Y-%m-%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "shram_swikriti_baideshik_rojgar_bibhag_np151",
        "क्र.सं.=row | श्रमिकको नाम थर=full_name:np_name151 | लिङ्ग=sex:np_sex151"
        " | जन्म मिति (वि.सं.)=birth_date:np_birth151"
        " | नागरिकता प्र.नं.=national_id:np_citizen151 | राहदानी नं.=-:np_passport151"
        " | स्थायी ठेगाना=address:np_home151 | मोबाइल नं.=phone:np_phone151"
        " | गन्तव्य देश=-:np_country151 | रोजगारदाता कम्पनी=-:np_employer151"
        " | म्यानपावर कम्पनी=-:np_agency151 | श्रम स्वीकृति नं.=-:np_permit151"
        " | स्वीकृति मिति=date:np_permit_date151 | बीमा रकम (रु.)=-:np_insurance151"
        " | हकवाला=-:np_heir151",
        english=True,
    ),
    _shape(
        "electoral_roll_chiwog_ecb_bt151",
        "Sl. No.=row | Name of Voter=full_name:bt_name151 | CID No.=national_id:bt_cid151"
        " | Sex=sex:bt_sex151 | Date of Birth=birth_date@%d/%m/%Y | House No.=-:bt_house151"
        " | Thram No.=-:bt_thram151 | Chiwog=-:bt_chiwog151 | Gewog=suburb:bt_gewog151"
        " | Dzongkhag=state:bt_dzongkhag151 | Contact No.=phone:bt_phone151"
        " | Polling Station=-:bt_station151 | Postal Ballot=-:bt_postal151"
        " | Date of Registration=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "fishermen_registry_ministry_of_fisheries_mv151",
        "#=row | Name=full_name:mv_name151 | ނަން=full_name:mv_name_dv151"
        " | ދރ.ކ ނަންބަރު / ID Card No.=national_id:mv_id151"
        " | އުފަން ތާރީޚް / DOB=birth_date@%d/%m/%Y | ޖިންސު / Gender=sex:mv_sex151"
        " | ދާއިމީ އެޑްރެސް / Permanent Address=address:mv_addr151"
        " | ފޯނު / Mobile=phone:mv_phone151 | Vessel Name=-:mv_vessel151"
        " | Vessel Reg. No.=-:mv_vessel_reg151 | Role on Vessel=-:mv_role151"
        " | Fishery Type=-:mv_fishery151 | BML Account=-:mv_bank151"
        " | Registered Date=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "social_housing_applicants_nhdc_mu151",
        "No.=row | Surname=family_name:mu_surname151 | Other Names=given_name:mu_given151"
        " | NIC No.=national_id:mu_nic151 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:mu_sex151 | Present Address=street:mu_street151"
        " | Town/Village=district:mu_town151 | Postcode=postcode:mu_post151"
        " | Mobile No.=phone:mu_phone151 | Name of Spouse=-:mu_spouse151"
        " | Household Income=-:mu_income151 | Site Applied For=-:mu_site151"
        " | Date of Application=date@%d/%m/%Y | Status=-:mu_status151",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "lk_nic151",
    "np_citizen151",
    "bt_cid151",
    "mv_id151",
    "mu_nic151",
)
SEX_HOLDS: tuple[str, ...] = ("lk_sex151", "np_sex151", "bt_sex151", "mv_sex151", "mu_sex151")
NAME_HOLDS = frozenset(
    {
        "lk_name151",
        "np_name151",
        "bt_name151",
        "mv_name151",
        "mv_name_dv151",
        "mu_surname151",
        "mu_given151",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "lk_phone151",
    "np_phone151",
    "bt_phone151",
    "mv_phone151",
    "mu_phone151",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("lk_home151", "np_home151", "mv_addr151")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND151",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND151",
]
