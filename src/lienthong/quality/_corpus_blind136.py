"""The hundred-and-thirty-sixth part of the outside corpus, **blind 136** (written 20:20 UTC,
2026-12-06, never used for tuning): person files a district people's committee, a motorbike
insurance agent, a provincial fisheries sub-department, a commune's agriculture desk, a South
African labour centre, a Namibian communal land board, Lesotho's National Manpower Development
Secretariat, Eswatini's scholarship unit and a Zimbabwean agricultural extension office could
hand over. Four Vietnamese files: a district's list of seasonal workers sent to a Korean county
in UTF-8 with a BOM and semicolons (the passport number, the Korean county, the visa, the
departure date and the months of the contract, the deposit, the guarantor, how they are related
and their phone, the status); an insurance agent's compulsory motorbike cover in Excel (the
certificate number, the plate, the model and the frame number, the cover's start and end, the
premium, the passenger cover, the agent); a fisheries sub-department's support for vessel
monitoring devices in Windows-1258 with semicolons and headers without diacritics (the vessel's
registration, its length and engine power, the fishing gear, the device and the vendor, the
installation date, the support, the skipper); and a commune's biogas digesters in UTF-16 with
tabs (the hamlet, the pigs kept, the volume and kind of the digester, the support and the
household's own money, the acceptance date, the technician).
Five foreign files: a South African labour centre's unemployment insurance claims in Windows-1252
with isiZulu/English headers (the 13-digit ID number with the birth date and its Luhn digit, the
last employer, the dates engaged and terminated, the reason, the reference, the centre, the
status); a Namibian communal land board's register of land rights in Excel (the 11-digit ID
number opening with the birth date, the residential address, the board, the village of the
parcel, the kind of right, the parcel and its size, the spouse and their ID number, the
certificate); a Lesotho list of bursary loans in UTF-8 with Sesotho/English headers (the 12-digit
ID number, the institution, programme and year of study, the parent, the amount in maloti, the
loan number); an Eswatini scholarship list in UTF-8 with a BOM and siSwati/English headers (the
13-digit PIN opening with the birth date, the address by umphakatsi and inkhundla, the
institution and programme, the guardian, the amount in emalangeni, the status); and a Zimbabwean
list of farmers who received inputs in UTF-8 with Shona/English headers (the national ID
``63-123456 A 78`` with its check letter, the village, ward and district in one column, the plot,
the seed and fertiliser received, the extension officer, the signature or thumbprint).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind136_writers import WRITERS_BLIND136
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND136: tuple[Shape, ...] = (
    _shape(
        "lao_dong_thoi_vu_han_quoc_ubnd_huyen_vn136",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN/CCCD=cccd | Nơi thường trú=address"
        " | Số hộ chiếu=-:passport136 | Điện thoại=phone"
        " | Địa phương tiếp nhận (Hàn Quốc)=-:kr_place136 | Loại visa=-:visa136"
        " | Ngày xuất cảnh=date@%d/%m/%Y | Thời hạn HĐ (tháng)=-:months136"
        " | Tiền ký quỹ (đ)=-:deposit136 | Người bảo lãnh=-:guarantor136"
        " | Quan hệ=-:guar_rel136 | SĐT người bảo lãnh=-:guar_phone136"
        " | Tình trạng=-:status136",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "bao_hiem_bat_buoc_tnds_xe_may_dai_ly_vn136",
        "TT=row | Số GCN BH=-:gcn136 | Tên chủ xe=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD chủ xe=cccd | Địa chỉ=address | Số ĐT=phone | Biển kiểm soát=-:plate136"
        " | Nhãn hiệu xe=-:bike136 | Số khung=-:frame136 | BH từ ngày=date@%d/%m/%Y"
        " | Đến ngày=-:until136 | Phí BH (gồm VAT)=-:premium136"
        " | BH người ngồi trên xe=-:pax136 | Đại lý=-:agent136",
        file="xlsx",
    ),
    _shape(
        "ho_tro_thiet_bi_giam_sat_hanh_trinh_tau_ca_chi_cuc_ts_vn136",
        "STT=row | Ho ten chu tau=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Dia chi=address | DT=phone | So dang ky tau=-:reg136"
        " | Chieu dai lon nhat (m)=-:length136 | Cong suat (CV)=-:hp136"
        " | Nghe khai thac=-:gear136 | Loai thiet bi GSHT=-:vms136"
        " | Nha cung cap=-:vendor136 | Ngay lap dat=date@%d/%m/%Y"
        " | Kinh phi ho tro (dong)=-:aid136 | Thuyen truong=-:captain136 | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_dang_ky_ho_tro_xay_ham_biogas_xa_vn136",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Thôn=-:hamlet136 | Địa chỉ=address | SĐT=phone"
        " | Số đầu lợn nuôi (con)=-:pigs136 | Thể tích hầm (m3)=-:volume136"
        " | Loại hầm=-:kind136 | Kinh phí hỗ trợ (đ)=-:aid_bio136"
        " | Vốn đối ứng của hộ (đ)=-:own136 | Ngày nghiệm thu=date@%d/%m/%Y"
        " | Cán bộ kỹ thuật=-:tech136 | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "uif_claims_labour_centre_za136",
        "No.=row | Isibongo / Surname=family_name:family_za136"
        " | Amagama / First names=given_name:given_za136"
        " | Inombolo kamazisi / ID Number=national_id:id_za136"
        " | Usuku lokuzalwa / Date of birth=birth_date@%Y-%m-%d"
        " | Ubulili / Gender=sex:sex_za136"
        " | Ikheli lasekhaya / Residential address=address:addr_za136"
        " | Inombolo yeselula / Cell no.=phone:phone_za136"
        " | Umqashi wokugcina / Last employer=-:employer_za136"
        " | Usuku lokuqashwa / Date engaged=-:engaged_za136"
        " | Usuku lokuyeka / Date terminated=date@%Y-%m-%d"
        " | Isizathu / Reason=-:reason_za136 | UIF Ref No.=-:ref_za136"
        " | Labour Centre=-:centre_za136 | Status=-:status_za136",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "communal_land_rights_register_na136",
        "No.=row | Surname=family_name:family_na136 | First Name(s)=given_name:given_na136"
        " | ID No.=national_id:id_na136 | Date of Birth=birth_date@%d/%m/%Y"
        " | Sex=sex:sex_na136 | Cell No.=phone:phone_na136"
        " | Residential Address=address:addr_na136 | Land Board=-:board_na136"
        " | Village / Area of parcel=-:village_na136 | Type of Right=-:right_na136"
        " | Parcel No.=-:parcel_na136 | Size (ha)=-:ha_na136"
        " | Date Approved=date@%d/%m/%Y | Spouse=-:spouse_na136"
        " | Spouse ID No.=-:spouse_id_na136 | Certificate No.=-:cert_na136",
        english=True,
        file="xlsx",
    ),
    _shape(
        "nmds_bursary_loans_ls136",
        "No.=row | Fane / Surname=family_name:family_ls136"
        " | Mabitso / Names=given_name:given_ls136"
        " | Nomoro ea Boitsebiso / ID No.=national_id:id_ls136"
        " | Letsatsi la tsoalo / Date of Birth=birth_date@%d/%m/%Y"
        " | Bong / Sex=sex:sex_ls136 | Aterese / Address=address:addr_ls136"
        " | Nomoro ea mohala / Phone=phone:phone_ls136"
        " | Setsi sa thuto / Institution=-:inst_ls136"
        " | Lenaneo la thuto / Programme=-:prog_ls136"
        " | Selemo / Year of study=-:year_ls136"
        " | Motsoali / Parent or Guardian=-:parent_ls136"
        " | Chelete / Amount (M)=-:amount_ls136"
        " | Letsatsi la tumellano / Date of agreement=date@%d/%m/%Y"
        " | Loan No.=-:loan_ls136",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "scholarship_unit_beneficiaries_sz136",
        "Nombolo / No.=row | Sibongo / Surname=family_name:family_sz136"
        " | Libito / Name=given_name:given_sz136"
        " | Inombolo yemazisi / PIN=national_id:pin_sz136"
        " | Lusuku lwekutalwa / Date of Birth=birth_date@%d/%m/%Y"
        " | Bulili / Sex=sex:sex_sz136 | Likheli / Address=address:addr_sz136"
        " | Inombolo yelucingo / Cell=phone:phone_sz136"
        " | Sikolwa / Institution=-:inst_sz136 | Tifundvo / Programme=-:prog_sz136"
        " | Umbheki / Parent or Guardian=-:guardian_sz136"
        " | Imali / Amount (E)=-:amount_sz136"
        " | Lusuku lwekunikwa / Date awarded=date@%d/%m/%Y | Simo / Status=-:status_sz136",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "input_scheme_beneficiaries_agritex_zw136",
        "No.=row | Zita / Name=given_name:given_zw136"
        " | Zita remhuri / Surname=family_name:family_zw136"
        " | National ID No.=national_id:id_zw136"
        " | Zuva rekuzvarwa / DOB=birth_date@%d/%m/%Y | M/F=sex:sex_zw136"
        " | Kwaunogara / Village, Ward, District=address:addr_zw136"
        " | Nhamba yefoni / Phone=phone:phone_zw136 | Plot size (ha)=-:plot_zw136"
        " | Maize seed (kg)=-:seed_zw136 | Compound D (kg)=-:compd_zw136"
        " | AN (kg)=-:an_zw136 | Date received=date@%d/%m/%Y | AEO=-:aeo_zw136"
        " | Signature / Thumbprint=-:sign_zw136",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "id_za136",
    "id_na136",
    "id_ls136",
    "pin_sz136",
    "id_zw136",
)
SEX_HOLDS: tuple[str, ...] = ("sex_za136", "sex_na136", "sex_ls136", "sex_sz136", "sex_zw136")
NAME_HOLDS = frozenset(
    {"family_za136", "given_za136", "family_na136", "given_na136", "family_ls136"}
    | {"given_ls136", "family_sz136", "given_sz136", "given_zw136", "family_zw136"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_za136",
    "phone_na136",
    "phone_ls136",
    "phone_sz136",
    "phone_zw136",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_za136",
    "addr_na136",
    "addr_ls136",
    "addr_sz136",
    "addr_zw136",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND136",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND136",
]
