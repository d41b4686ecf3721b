"""The hundred-and-sixty-ninth part of the outside corpus, **blind 169** (written 23:03 UTC,
2026-12-06, never used for tuning): person files a district labour and social affairs office, a
city public transport centre, a motor vehicle inspection centre, a provincial construction
department, a KwaZulu-Natal traditional council, an Eastern Cape school governing body, a Free
State taxi association, a North West community policing forum and a Dutch Reformed congregation
could hand over. Four Vietnamese files: a district's register of foster carers of children
needing alternative care, in Excel (the carer's relation to the child, the child and the child's
birth date, the form of care, the decision number and date, the monthly allowance, the officer);
a transport centre's free bus cards for the elderly in UTF-16 with tabs (the card number, the
collection point, the usual route, the issue and expiry dates, the card status, the time last
updated); a vehicle inspection centre's owners in Windows-1258 with semicolons and headers
without diacritics (the inspection stamp, the plate, the kind and make of vehicle, the
inspection and due dates, the result, the inspector); and a real-estate broker licence exam in
UTF-8 with a BOM and semicolons (the candidate number, the place of birth, the spaced CCCD, the
workplace, the two scores, the result, the licence number).
Five foreign files: a traditional council's proof-of-residence register with isiZulu and English
headers (the thirteen-digit ID number, the ward and the isigodi, the induna, the purpose, the
reference); a school governing body's parent voters' roll with isiXhosa and English headers (the
erf address, the learner, the grade, the relation, the school); a taxi association's drivers'
register with Sesotho and English headers in Excel (the driver's licence, the PrDP expiry, the
taxi owner and the owner's ID, the plate, the route, +27 phones); a community policing forum's
members with Setswana and English headers in UTF-16 with tabs (first names and surname apart, the
ward alone, the sector, the police station, the record check); and a Dutch Reformed
congregation's members' register in Windows-1252 with semicolons and Afrikaans headers (the
baptism and confirmation dates, the spouse and the spouse's ID, the church ward and its elder,
the congregation the certificate came from).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind169_writers import WRITERS_BLIND169
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND169: tuple[Shape, ...] = (
    _shape(
        "gia_dinh_nhan_cham_soc_thay_the_tre_em_phong_ldtbxh_vn169",
        "TT=row | Họ và tên người nhận chăm sóc=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Quan hệ với trẻ=-:care_rel169 | Họ tên trẻ được chăm sóc=-:child169"
        " | Ngày sinh của trẻ=-:child_birth169 | Hình thức chăm sóc=-:care_form169"
        " | Số QĐ giao nhận=-:care_decision169 | Ngày QĐ=date@%d/%m/%Y"
        " | Kinh phí hỗ trợ/tháng (đ)=-:care_allowance169 | Số ĐT=phone"
        " | Cán bộ theo dõi=-:care_officer169 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "nguoi_cao_tuoi_the_xe_buyt_mien_phi_trung_tam_gtcc_vn169",
        "STT=row | Mã thẻ=-:bus_card169 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD/ĐDCN=cccd | Nơi ở hiện tại=address | Điện thoại=phone"
        " | Tuyến thường đi=-:bus_route169 | Điểm nhận thẻ=-:bus_point169"
        " | Ngày cấp=date@%d/%m/%Y | Trạng thái thẻ=-:bus_status169 | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chu_xe_kiem_dinh_xe_co_gioi_trung_tam_dang_kiem_vn169",
        "STT=row | So tem KD=-:stamp169 | Bien so=-:plate169 | Loai PT=-:vehicle_kind169"
        " | Nhan hieu=-:vehicle_make169 | Chu PT=full_name | Nam sinh chu PT=birth_date@%d/%m/%Y"
        " | CCCD chu PT=cccd | Dia chi chu PT=address | DT lien he=phone"
        " | Ngay KD=date@%d/%m/%Y | Han KD=date:due169@%d/%m/%Y | KQ=-:inspect_result169"
        " | DKV=-:inspector169",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thi_sinh_sat_hach_chung_chi_moi_gioi_bat_dong_san_so_xd_vn169",
        "STT=row | SBD=-:exam_no169 | Họ và tên thí sinh=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Nơi sinh=-:birthplace169 | Giới=sex"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ liên hệ=address | Nơi công tác=-:workplace169"
        " | Điện thoại=phone:phone_dotted | Email=email | Điểm PL cơ sở=-:score_theory169"
        " | Điểm KT chuyên môn=-:score_practice169 | Kết quả=-:exam_result169"
        " | Số chứng chỉ=-:broker_licence169 | Ngày cấp CC=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "irejista_yobufakazi_bokuhlala_traditional_council_za169",
        "Inombolo / No.=row | Inkomba / Ref.=-:zu_ref169"
        " | Igama Nesibongo / Name & Surname=full_name:zu_name169"
        " | Inombolo kaMazisi / ID Number=national_id:za_id169"
        " | Usuku Lokuzalwa / Date of Birth=birth_date@%Y/%m/%d | Ubulili / Gender=sex:zu_sex169"
        " | Iwadi / Ward=ward:zu_ward169 | Isigodi / Village=suburb:zu_village169"
        " | Induna=-:zu_induna169 | Umkhandlu / Traditional Council=-:zu_council169"
        " | Inombolo Yocingo / Cell No.=phone:zu_phone169 | Injongo / Purpose=-:zu_purpose169"
        " | Usuku Lokukhishwa / Date Issued=date@%Y/%m/%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "uluhlu_lwabavoti_abazali_sgb_za169",
        "No.=row | Igama nefani yomzali / Parent's Name & Surname=full_name:xh_name169"
        " | Inombolo yesazisi / ID No.=national_id:za_id169"
        " | Idilesi yasekhaya / Home Address=address:xh_addr169"
        " | Inombolo yefowuni / Contact No.=phone:xh_phone169"
        " | Igama lomfundi / Learner's Name=-:xh_learner169 | Ibanga / Grade=-:xh_grade169"
        " | Ubudlelwane / Relationship=-:xh_relation169 | Isikolo / School=-:xh_school169"
        " | Utyikitye / Signed=-:xh_signed169 | Umhla / Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "lenane_la_bakhanni_taxi_association_za169",
        "Nomoro / No.=row | Lebitso le Fane / Name & Surname=full_name:st_name169"
        " | Nomoro ya Boitsebiso / ID Number=national_id:za_id169"
        " | Letsatsi la Tswalo / Date of Birth=birth_date@%d-%m-%Y | Bong / Gender=sex:st_sex169"
        " | Aterese / Residential Address=address:st_addr169"
        " | Nomoro ya Mohala / Cell No.=phone:st_phone169"
        " | Laesense ya ho Khanna / Licence No.=-:st_licence169"
        " | PrDP e fela / PrDP Expiry=date@%d-%m-%Y | Mong'a Taxi / Owner=-:st_owner169"
        " | ID ya Mong'a Taxi / Owner ID=-:st_owner_id169"
        " | Nomoro ya Koloi / Reg. No.=-:st_plate169"
        " | Tsela / Route=-:st_route169 | Letsatsi la ho Ngodiswa / Date Joined=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "lenaane_la_maloko_a_cpf_za169",
        "Nomoro / No.=row | Leina / First Names=given_name:tn_given169"
        " | Sefane / Surname=family_name:tn_family169"
        " | Nomoro ya Boitshupo / ID No.=national_id:za_id169 | Bong / Sex=sex:tn_sex169"
        " | Aterese ya Legae / Home Address=address:tn_addr169 | Kgaolo / Ward=ward:tn_ward169"
        " | Sector=-:tn_sector169 | Mogala / Cell=phone:tn_phone169"
        " | Seteišene sa Sepodisi / Police Station=-:tn_station169"
        " | Letlha la go Tsena / Date Joined=date@%Y/%m/%d"
        " | Tlhatlhobo ya Rekoto / Record Check=-:tn_check169",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lidmaatregister_ng_gemeente_za169",
        "Nr=row | Van=family_name:af_family169 | Voorname=given_name:af_given169"
        " | ID-nommer=national_id:za_id169 | Geboortedatum=birth_date@%Y-%m-%d"
        " | Geslag=sex:af_sex169 | Doopdatum=date:baptism169@%Y-%m-%d"
        " | Belydenis afgelê=date:confirmed169@%Y-%m-%d"
        " | Huwelikstaat=-:af_marital169 | Eggenoot=-:af_spouse169"
        " | Eggenoot ID-nr=-:af_spouse_id169 | Wyk=-:af_wyk169 | Wyksouderling=-:af_elder169"
        " | Woonadres=address:af_addr169 | Selfoon=phone:af_phone169 | E-pos=email"
        " | Attestaat van=-:af_attest169",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("za_id169",)
SEX_HOLDS: tuple[str, ...] = ("zu_sex169", "st_sex169", "tn_sex169", "af_sex169")
NAME_HOLDS = frozenset(
    {
        "zu_name169",
        "xh_name169",
        "st_name169",
        "tn_given169",
        "tn_family169",
        "af_given169",
        "af_family169",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "zu_phone169",
    "xh_phone169",
    "st_phone169",
    "tn_phone169",
    "af_phone169",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("xh_addr169", "st_addr169", "tn_addr169", "af_addr169")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND169",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND169",
]
