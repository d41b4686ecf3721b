"""The hundred-and-ninety-ninth part of the outside corpus, **blind 199** (written 02:20 UTC,
2026-12-07, never used for tuning): person files a provincial construction department, a
provincial hospital's dialysis unit, a power company, a transport department, an Assam tea
estate's provident fund office, a Manipur relief camp, a Shillong Dorbar Shnong, a Mizoram
district's livelihood scheme cell and a Nagaland deputy commissioner's office could hand over.
Four Vietnamese files: the households applying to buy a social housing flat, in UTF-8 with a BOM
and semicolons (the file code, the group the law lets buy, the monthly income, the spouse, the
workplace, the project, the flat, the result); the patients on a hospital's haemodialysis rota in
Windows-1258 with tabs (the patient code, the health insurance card, the diagnosis, the shift, the
machine, the days, the vascular access, the first session, the relative and their phone); the
households registering rooftop solar panels with the power company, in Excel (the customer code,
the kWp and the panels, the inverter, whether surplus is sold, the day the two-way meter was hung,
the installer, the status); and the international driving permits a transport department issued,
in UTF-16 with tabs (the file number, the licence number, class and issuer, the permit number, its
expiry, the country, how the request came).
Five foreign files: the workers of an Assam tea estate on the provident fund roll, in Excel with
Assamese and English headers (the ATPF account, the estate and the line, the father or husband,
the Aadhaar number spaced, the EPIC, the district and PIN, the job, the daily wage); the inmates of
a Manipur relief camp in UTF-8 with tabs (Meitei names with the sagei first, the father or
husband, the Aadhaar number, the EPIC, the place fled, the family size, the ration issued); the
residence certificates a Shillong Dorbar Shnong issued, in UTF-8 with a BOM (Khasi and Garo names,
the mother as the Khasi clans reckon, the Aadhaar masked to its last four, the EPIC, the locality
address and the PIN, the purpose, the Rangbah Shnong who signed); the beneficiaries of a Mizoram
livelihood scheme in Windows-1252 with Mizo headers (Mizo names with or without the clan, the father
or husband, Mipa or Hmeichhia, the Aadhaar, the EPIC, the veng and the town, the trade, the sum,
the bank account); and the indigenous inhabitant certificates of a Nagaland district, in UTF-8
with semicolons (Angami, Ao, Sumi, Lotha and Konyak names, the father, the tribe, the village of
origin, the present address, the Aadhaar, the EPIC, the Gaon Bura who vouched).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind199_writers import WRITERS_BLIND199
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND199: tuple[Shape, ...] = (
    _shape(
        "ho_gia_dinh_dang_ky_mua_nha_o_xa_hoi_so_xay_dung_vn199",
        "STT=row | Mã hồ sơ=-:noxh_code199 | Họ và tên người đứng đơn=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Đối tượng (Điều 76 Luật Nhà ở)=-:noxh_group199 | Thu nhập BQ/tháng (đ)=-:income199"
        " | Họ tên vợ/chồng=-:spouse199 | Nơi làm việc=-:noxh_work199"
        " | Nơi thường trú=address | SĐT=phone | Dự án đăng ký=-:noxh_project199"
        " | Loại căn hộ=-:noxh_unit199 | Ngày nộp HS=date@%d/%m/%Y"
        " | Kết quả xét duyệt=-:noxh_result199",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "benh_nhan_chay_than_nhan_tao_chu_ky_don_nguyen_loc_mau_bvdk_tinh_vn199",
        "TT=row | Mã BN=-:renal_pid199 | Họ tên bệnh nhân=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | Số thẻ BHYT=bhyt | CCCD=cccd"
        " | Địa chỉ=address | Chẩn đoán=-:renal_diag199 | Ca=-:renal_shift199"
        " | Máy số=-:renal_machine199 | Lịch chạy=-:renal_sched199"
        " | Đường vào mạch máu=-:renal_access199 | Ngày bắt đầu CTNT=date@%d/%m/%Y"
        " | SĐT BN=phone:phone_spaced | Người nhà=-:renal_kin199"
        " | SĐT người nhà=-:renal_kin_phone199",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "khach_hang_dang_ky_dien_mat_troi_mai_nha_tu_san_tu_tieu_cong_ty_dien_luc_vn199",
        "STT=row | Mã KH=-:solar_code199 | Tên khách hàng=full_name | Số CCCD/ĐDCN=cccd"
        " | Địa chỉ lắp đặt=address | Điện thoại=phone:phone_dotted | Email=email"
        " | Công suất ĐK (kWp)=-:solar_kwp199 | Số tấm pin=-:solar_panels199"
        " | Inverter=-:solar_inverter199 | Bán điện dư lên lưới=-:solar_surplus199"
        " | Ngày đăng ký=date@%d/%m/%Y | Ngày treo CT 2 chiều=date:solar_meter199"
        " | Đơn vị thi công=-:solar_installer199 | Trạng thái=-:solar_status199",
        file="xlsx",
    ),
    _shape(
        "cap_giay_phep_lai_xe_quoc_te_idp_so_gtvt_vn199",
        "STT=row | Số hồ sơ=-:idp_file199 | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So dinh danh ca nhan=cccd:cccd_spaced | Số GPLX=-:gplx199 | Hạng=-:gplx_class199"
        " | Nơi cấp GPLX=-:gplx_place199 | Số IDP=-:idp_no199 | Ngày cấp=date@%d/%m/%Y"
        " | Có giá trị đến=date:idp_exp199 | Nước dự kiến đến=-:idp_dest199"
        " | Hình thức nộp=-:idp_channel199 | Lệ phí (đ)=-:idp_fee199 | ĐT liên hệ=phone"
        " | Địa chỉ nhận KQ=address",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "atpf_shramik_talika_tea_estate_provident_fund_as199",
        "ক্ৰমিক নং / Sl. No.=row | ATPF A/c No.=-:as_pf199 | বাগিছা / Tea Estate=-:as_estate199"
        " | শ্ৰমিকৰ নাম / Name of Worker=full_name:as_name199"
        " | পিতৃ/স্বামীৰ নাম / Father/Husband=-:as_kin199 | লিংগ / Sex=sex:as_sex199"
        " | জন্মৰ তাৰিখ / DOB=birth_date@%d-%m-%Y"
        " | আধাৰ নং / Aadhaar No.=national_id:as_aadhaar199 | EPIC নং=-:as_epic199"
        " | লাইন / Division=-:as_line199 | জিলা / District=district:as_district199"
        " | পিন / PIN=postcode:as_pin199 | মবাইল / Mobile=phone:as_phone199"
        " | কাম / Category=-:as_job199 | দৈনিক হাজিৰা (₹)=-:as_wage199"
        " | যোগদানৰ তাৰিখ / DOJ=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "relief_camp_inmates_register_imphal_east_mn199",
        "Sl.=row | Relief Camp=-:mn_camp199 | Name of Inmate=full_name:mn_name199"
        " | Father's/Husband's Name=-:mn_kin199 | Sex=sex:mn_sex199"
        " | Date of Birth=birth_date@%d.%m.%Y | Aadhaar=national_id:mn_aadhaar199"
        " | EPIC No.=-:mn_epic199 | Displaced from=-:mn_from199"
        " | No. of Family Members=-:mn_members199 | Date of Entry=date@%d.%m.%Y"
        " | Ration Issued=-:mn_ration199 | Contact No.=phone:mn_phone199",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "dorbar_shnong_residential_certificate_register_shillong_ml199",
        "Sl No=row | Certificate No.=-:ml_cert199 | Name=full_name:ml_name199"
        " | Mother's Name (Kmie)=-:ml_mother199 | Gender=sex:ml_sex199"
        " | D.O.B=birth_date@%d/%m/%Y | Aadhaar No.=national_id:ml_aadhaar199"
        " | EPIC=-:ml_epic199 | Residential Address=address:ml_addr199"
        " | PIN Code=postcode:ml_pin199 | Mobile=phone:ml_phone199"
        " | Purpose=-:ml_purpose199 | Date of Issue=date@%d/%m/%Y"
        " | Rangbah Shnong=-:ml_headman199",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "hamthatna_scheme_beneficiary_list_district_mz199",
        "S/N=row | Hming=full_name:mz_name199 | Pa/Pasal hming=-:mz_kin199"
        " | Mipa/Hmeichhia=sex:mz_sex199 | Pian ni=birth_date@%d-%m-%Y"
        " | Aadhaar No.=national_id:mz_aadhaar199 | EPIC No.=-:mz_epic199"
        " | Veng=suburb:mz_veng199 | Khua/Khawpui=district:mz_town199"
        " | PIN=postcode:mz_pin199 | Phone No.=phone:mz_phone199"
        " | Hnathawh (Trade)=-:mz_trade199 | Pawisa (Rs.)=-:mz_amount199"
        " | Bank A/c=-:mz_bank199 | Pek ni=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "indigenous_inhabitant_certificate_register_dc_office_nl199",
        "Sl. No.=row | Certificate No.=-:nl_cert199 | Name of Applicant=full_name:nl_name199"
        " | Father's Name=-:nl_kin199 | Tribe=-:nl_tribe199 | Sex=sex:nl_sex199"
        " | Date of Birth=birth_date@%d-%m-%Y | Aadhaar No.=national_id:nl_aadhaar199"
        " | EPIC No.=-:nl_epic199 | Village of Origin=-:nl_village199"
        " | Present Address=address:nl_addr199 | District=district:nl_district199"
        " | Mobile No.=phone:nl_phone199 | Recommended by (GB)=-:nl_gb199"
        " | Date of Issue=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "as_aadhaar199",
    "mn_aadhaar199",
    "ml_aadhaar199",
    "mz_aadhaar199",
    "nl_aadhaar199",
)
SEX_HOLDS: tuple[str, ...] = ("as_sex199", "mn_sex199", "ml_sex199", "mz_sex199", "nl_sex199")
NAME_HOLDS = frozenset({"as_name199", "mn_name199", "ml_name199", "mz_name199", "nl_name199"})
PHONE_HOLDS: tuple[str, ...] = (
    "as_phone199",
    "mn_phone199",
    "ml_phone199",
    "mz_phone199",
    "nl_phone199",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ml_addr199", "nl_addr199")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND199",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND199",
]
