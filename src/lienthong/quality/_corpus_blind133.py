"""The hundred-and-thirty-third part of the outside corpus, **blind 133** (written 20:20 UTC,
2026-12-06, never used for tuning): person files a provincial justice department, a commune's
agriculture desk, a district military command, a second-hand phone shop, Jamaica's Ministry of
Labour, Trinidad and Tobago's GATE unit, Barbados' Welfare Department, the Bahamas'
Parliamentary Registration Department and Haiti's immigration directorate could hand over. Four
Vietnamese files: a justice department's book of marriages with a foreign element in UTF-16 with
tabs (the file number, the foreign spouse, their nationality, passport and birth year, the
interview, the status, the officer); a commune's list of households switching rice land to
orchards in Excel (the field, the map sheet and plot, the area, the crop and the trees, the
support); a district military command's call-up deferrals for students in Windows-1258 with
semicolons and headers without diacritics (the school, the course, the year of graduation, the
father, the decision number, the officer); and a second-hand phone shop's purchase book kept
for the ward police in UTF-8 with a BOM and semicolons (the seller, the model and the IMEI, the
price, where it came from, the buyer and their phone).
Five foreign files: a Jamaican farm work programme list (the 9-digit TRN, the NIS number, the
address and the parish apart, the passport, the farm abroad, the liaison officer, the next of
kin, the status); a Trinidad and Tobago GATE funding list in Excel (the 11-digit national ID
with the birth date first, the BIR number, the street and town apart, the institution and
programme, the tuition); a Barbadian welfare register in UTF-8 with a BOM (the national
registration number with the birth date first, the street, parish and postcode apart, the
household, the kind of assistance and the amount, the caseworker); a Bahamian voters' register
(the NIB number, the voter card number, the street, settlement and island apart, the
constituency and polling division, the occupation); and a Haitian passport applications list
with French and Kreyòl headers in UTF-8 (the CIN and the NIF, the father and the mother, the
place of birth, the department, commune and address, the receipt, the status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind133_writers import WRITERS_BLIND133
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND133: tuple[Shape, ...] = (
    _shape(
        "dang_ky_ket_hon_co_yeu_to_nuoc_ngoai_so_tu_phap_vn133",
        "STT=row | Số hồ sơ=-:case133 | Họ tên công dân VN=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số ĐDCN/CCCD=cccd"
        " | Nơi cư trú=address | Điện thoại=phone | Họ tên người nước ngoài=-:spouse133"
        " | Quốc tịch=-:country133 | Số hộ chiếu (NNN)=-:spouse_pp133"
        " | Năm sinh (NNN)=-:spouse_year133 | Ngày tiếp nhận=date@%d/%m/%Y"
        " | Lịch phỏng vấn=-:interview133 | Tình trạng=-:tp_status133"
        " | CB thụ lý=-:tp_officer133",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chuyen_doi_cay_trong_dat_lua_sang_cay_an_qua_xa_vn133",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd"
        " | Địa chỉ=address | Xứ đồng=-:field133 | Tờ bản đồ / Thửa=-:map133"
        " | DT chuyển đổi (m²)=-:area133 | Cây trồng chuyển sang=-:crop133"
        " | Số cây (cây)=-:trees133 | Kinh phí hỗ trợ (đ)=-:support133"
        " | Ngày đăng ký=date@%d/%m/%Y | SĐT=phone | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "tam_hoan_goi_nhap_ngu_sinh_vien_ban_chqs_huyen_vn133",
        "TT=row | Ho va ten=full_name | Ngay thang nam sinh=birth_date@%d/%m/%Y"
        " | So dinh danh=cccd | Noi o hien nay=address | Ho ten cha=-:father133"
        " | Truong dang hoc=-:school133 | Khoa hoc=-:course133"
        " | Nam TN du kien=-:grad133 | So QD tam hoan=-:defer_no133"
        " | Ngay QD=date@%d/%m/%Y | Can bo theo doi=-:mil_officer133 | SDT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_mua_ban_dien_thoai_cu_cua_hang_vn133",
        "Số TT=row | Ngày mua vào=date@%d/%m/%Y | Họ tên người bán=full_name"
        " | Số CCCD người bán=cccd:cccd_spaced | Ngày sinh=birth_date@%d/%m/%Y"
        " | Địa chỉ người bán=address | SĐT người bán=phone:phone_spaced"
        " | Loại máy=-:model133 | Số IMEI=-:imei133 | Giá mua (đ)=-:price133"
        " | Nguồn gốc=-:origin133 | Người mua lại=-:buyer133 | SĐT người mua=-:buyer_phone133"
        " | Cập nhật lúc=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "farm_work_programme_applicants_mlss_jm133",
        "No.=row | TRN=national_id:trn_jm133 | NIS No.=-:nis_jm133 | Surname=family_name"
        " | First Name=given_name | D.O.B.=birth_date@%d-%b-%Y | Sex=sex:sex_en"
        " | Address=address:addr_jm133 | Parish=state:parish_jm133 | Tel. No.=phone:phone_jm133"
        " | Passport No.=-:pp_jm133 | Farm Placement=-:farm_jm133"
        " | Liaison Officer=-:liaison_jm133 | Next of Kin=-:kin_jm133"
        " | Date Interviewed=date@%d-%b-%Y | Status=-:stat_jm133",
        english=True,
    ),
    _shape(
        "gate_funding_applicants_tt133",
        "Ref=row | Applicant Name=full_name | National ID No.=national_id:id_tt133"
        " | BIR No.=-:bir_tt133 | Date of Birth=birth_date@%d/%m/%Y"
        " | Address Line 1=street:street_tt133 | Town/City=district:town_tt133"
        " | Contact No.=phone:phone_tt133 | Email=email | Institution=-:inst_tt133"
        " | Programme of Study=-:prog_tt133 | Tuition Fee=-:tuition_tt133"
        " | Date Submitted=date@%d/%m/%Y | Approval Status=-:stat_tt133",
        english=True,
        file="xlsx",
    ),
    _shape(
        "welfare_department_assistance_register_bb133",
        "File=row | Client Surname=family_name | Client First Name=given_name"
        " | N.R. No.=national_id:nrn_bb133 | Date of Birth=birth_date@%d.%m.%Y"
        " | Gender=sex:sex_en | Street / Area=street:street_bb133"
        " | Parish=state:parish_bb133 | Postal Code=postcode:post_bb133"
        " | Telephone=phone:phone_bb133 | Persons in Household=-:hh_bb133"
        " | Type of Assistance=-:kind_bb133 | Amount (BDS$)=-:amount_bb133"
        " | Date Approved=date@%d.%m.%Y | Social Worker=-:worker_bb133",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "parliamentary_voters_register_bs133",
        "Line=row | Voter's Card No.=-:voter_bs133 | Surname=family_name"
        " | Given Names=given_name | NIB No.=national_id:nib_bs133"
        " | Date of Birth=birth_date@%m/%d/%Y | Sex=sex:sex_en"
        " | Street=street:street_bs133 | Settlement=district:settle_bs133"
        " | Island=state:island_bs133 | Constituency=-:const_bs133"
        " | Polling Div.=-:div_bs133 | Occupation=-:occ_bs133"
        " | Phone=phone:phone_bs133 | Date Registered=date@%m/%d/%Y",
        english=True,
    ),
    _shape(
        "demandes_passeport_die_ht133",
        "No=row | Non ak Siyati / Nom et Prénom=full_name:name_ht133"
        " | CIN=national_id:cin_ht133 | NIF=-:nif_ht133 | Sèks / Sexe=sex:sex_ht133"
        " | Dat nesans / Date de naissance=birth_date@%d/%m/%Y"
        " | Kote li fèt / Lieu de naissance=-:pob_ht133"
        " | Non papa / Nom du père=-:father_ht133 | Non manman / Nom de la mère=-:mother_ht133"
        " | Depatman / Département=state:dept_ht133 | Komin / Commune=district:commune_ht133"
        " | Adrès / Adresse=address:addr_ht133 | Telefòn / Téléphone=phone:phone_ht133"
        " | Tip demann / Type=-:kind_ht133 | No resi / N° reçu=-:receipt_ht133"
        " | Dat depo / Date de dépôt=date@%d/%m/%Y | Eta / Statut=-:stat_ht133",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "trn_jm133",
    "id_tt133",
    "nrn_bb133",
    "nib_bs133",
    "cin_ht133",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ht133",)
NAME_HOLDS = frozenset({"name_ht133"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_jm133",
    "phone_tt133",
    "phone_bb133",
    "phone_bs133",
    "phone_ht133",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_jm133", "addr_ht133")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND133",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND133",
]
