"""The hundred-and-fifteenth part of the outside corpus, **blind 115** (written 19:27 UTC,
2026-12-06, never used for tuning): person files a Bắc Giang commune certifying copies, a Hà
Giang kindergarten paying children's lunch support, a Hà Nội ward police confirming residence, a
Quảng Nam ward's Fatherland Front collecting for the Fund for the Poor, Ghana's DVLA, a Côte
d'Ivoire polling centre, a Rwandan sector's community health insurance office, a Zambian district
agricultural office and a Botswana district's old age pension pay point could hand over. Four
Vietnamese files: a commune's register of copies certified from their originals in UTF-8 with a
BOM and semicolons (the certification's number and day, the requester, the CCCD, the home, the
paper copied, how many copies, the fee, who signed, a note); a kindergarten's list of children
paid lunch support under Decree 105 in Excel (real Excel birth dates, the ethnic group, the
personal identification number, the class, the home, the parent and the parent's phone, the
group that earns it, the rate, the months, the sum); a ward police's requests for residence
confirmation (CT07) in UTF-16 with tabs (the file code, ``dd-mm-yyyy`` dates, the spaced number,
the permanent home, what is to be confirmed, how it was filed, the day received and the day
promised, the officer, a spaced phone); and a ward's donors to the Fund for the Poor in
Windows-1258 with tabs and abbreviated headers (the home, the sum with dotted thousands, cash or
transfer, the receipt, the day paid, who collected). Five foreign files: Ghana's driving licence
register in UTF-8 (the licence number, the Ghana Card PIN, the surname in capitals and first
name apart, ``dd/mm/yyyy`` dates, ``M``/``F``, the GhanaPost GPS digital address and the town,
``024`` phones, the class, the blood group, the days issued and expiring, the centre, the driving
school); a Côte d'Ivoire voters' list in Windows-1252 with semicolons and French headers (the
voter's number, the NNI and the CNI's number, NOM and Prénoms apart, the place of birth, the
profession, the quarter lived in, the polling place and station); a Rwandan sector's mutuelle de
santé (CBHI) register in UTF-8 with Kinyarwanda/English/French headers (the sixteen-digit ID
spaced as the card prints it, the whole name, ``Gabo``/``Gore``, the district, sector, cell and
village apart, ``+250 78`` phones, the Ubudehe category, the household's size, the premium in
Frw, the health centre, the day paid, the village leader); a Zambian Farmer Input Support
Programme register in Excel (the NRC ``123456/61/1``, the camp and agricultural block, the
district, ``+260 97`` phones, the cooperative, the hectares, the input pack, the contribution,
the e-voucher, the day redeemed); and a Botswana old age pension pay list in UTF-8 with tabs and
Setswana/English headers (the nine-digit Omang whose fifth digit gives the sex, ``Monna``/
``Mosadi``, the village, kgotla ward and district apart, ``+267 7`` phones, the pay point, the
amount in pula, the status, the next of kin and his or her phone, the pay day).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind115_writers import WRITERS_BLIND115
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND115: tuple[Shape, ...] = (
    _shape(
        "so_chung_thuc_ban_sao_tu_ban_chinh_vn115",
        "STT=row | Số chứng thực=-:copy_no115 | Ngày, tháng, năm chứng thực=date@%d/%m/%Y"
        " | Họ và tên người yêu cầu chứng thực=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/ĐDCN=cccd | Địa chỉ=address:copy_home115"
        " | Tên của bản chính giấy tờ, văn bản=-:copied115 | Số bản sao=-:copies115"
        " | Lệ phí/Phí chứng thực (đồng)=-:copy_fee115"
        " | Người ký chứng thực=-:copy_signer115 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_tro_tien_an_trua_tre_mau_giao_nd105_vn115",
        "TT=row | Họ và tên trẻ=full_name | Ngày tháng năm sinh=birth_date:excel_date"
        " | Giới tính=sex | Dân tộc=-:ethnic115 | Mã định danh cá nhân=cccd"
        " | Lớp=-:lunch_class115 | Nơi thường trú=address:lunch_home115"
        " | Họ tên cha (mẹ) hoặc người giám hộ=-:lunch_parent115"
        " | SĐT cha/mẹ=-:lunch_parent_phone115 | Đối tượng=-:lunch_group115"
        " | Mức hỗ trợ/tháng (đ)=-:lunch_rate115 | Số tháng hưởng=-:lunch_months115"
        " | Thành tiền (đ)=-:lunch_total115",
        file="xlsx",
    ),
    _shape(
        "xac_nhan_thong_tin_cu_tru_ct07_vn115",
        "STT=row | Mã hồ sơ=-:ct07_no115 | Họ, chữ đệm và tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd:cccd_spaced | Nơi thường trú=address:ct07_home115"
        " | Nội dung đề nghị xác nhận=-:ct07_purpose115 | Hình thức nộp=-:ct07_channel115"
        " | Ngày tiếp nhận=date@%d-%m-%Y | Ngày hẹn trả KQ=date:ct07_due115"
        " | Cán bộ tiếp nhận=-:ct07_officer115 | Số điện thoại=phone:phone_spaced",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ung_ho_quy_vi_nguoi_ngheo_mttq_phuong_vn115",
        "TT=row | Họ tên người UH=full_name | NS=birth_date@%d/%m/%Y | GT=sex | Số CCCD=cccd"
        " | Đ/c=address:fund_home115 | ĐT=phone | Số tiền UH (đ)=-:fund_amount115"
        " | HT nộp=-:fund_way115 | Số BL=-:fund_receipt115 | Ngày nộp=date@%d/%m/%Y"
        " | Người thu=-:fund_collector115",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "dvla_driving_licence_register_gh115",
        "S/N=row | Licence No.=-:gh_licence115 | Ghana Card PIN=national_id:gh_card115"
        " | Surname=family_name:gh_surname115 | First Name=given_name:gh_first115"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_gh115"
        " | Digital Address (GhanaPostGPS)=postcode:gh_gps115 | Town=district:gh_town115"
        " | Mobile No.=phone:gh_phone115 | Class=-:gh_class115 | Blood Group=-:gh_blood115"
        " | Date of Issue=date@%d/%m/%Y | Expiry Date=date:gh_expiry115"
        " | Issuing Centre=-:gh_centre115 | Driving School=-:gh_school115",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "liste_electorale_cei_lieu_de_vote_ci115",
        "N° d'ordre=row | N° électeur=-:ci_voter115 | NNI=national_id:ci_nni115"
        " | N° CNI=-:ci_cni115 | Nom=family_name:ci_nom115 | Prénoms=given_name:ci_prenoms115"
        " | Date de naissance=birth_date@%d/%m/%Y | Lieu de naissance=-:ci_birthplace115"
        " | Sexe=sex:sex_ci115 | Profession=-:ci_job115 | Domicile=suburb:ci_home115"
        " | Lieu de vote=-:ci_place115 | Bureau de vote=-:ci_office115",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "mutuelle_de_sante_cbhi_umurenge_rw115",
        "No=row | Nomero y'indangamuntu / National ID / N° carte d'identité=national_id:rw_nid115"
        " | Amazina / Names / Noms=full_name:rw_name115"
        " | Itariki y'amavuko / Date of birth / Date de naissance=birth_date@%d/%m/%Y"
        " | Igitsina / Sex / Sexe=sex:sex_rw115 | Akarere / District=district:rw_district115"
        " | Umurenge / Sector / Secteur=suburb:rw_sector115"
        " | Akagari / Cell / Cellule=suburb:rw_cell115"
        " | Umudugudu / Village=suburb:rw_village115"
        " | Telefoni / Phone / Téléphone=phone:rw_phone115"
        " | Icyiciro cy'ubudehe / Ubudehe category=-:rw_category115"
        " | Abagize urugo / Household members / Membres du ménage=-:rw_members115"
        " | Amafaranga yishyuwe / Amount paid / Montant payé=-:rw_paid115"
        " | Ikigo nderabuzima / Health centre / Centre de santé=-:rw_health115"
        " | Itariki yishyuriyeho / Date paid / Date de paiement=date@%d/%m/%Y"
        " | Umukuru w'umudugudu / Village leader=-:rw_head115",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "fisp_farmer_register_district_agric_office_zm115",
        "No.=row | Farmer's Name=full_name:zm_name115 | NRC No.=national_id:zm_nrc115"
        " | Date of Birth=birth_date:excel_date | Sex=sex:sex_zm115 | Camp=-:zm_camp115"
        " | Agric Block=-:zm_block115 | District=district:zm_district115"
        " | Cell No.=phone:zm_phone115 | Cooperative/Farmer Group=-:zm_coop115"
        " | Hectarage=-:zm_hectares115 | Input Pack=-:zm_pack115"
        " | Farmer Contribution=-:zm_contribution115 | E-Voucher Card No.=-:zm_evoucher115"
        " | Date Redeemed=date:excel_event",
        english=True,
        file="xlsx",
    ),
    _shape(
        "old_age_pension_pay_list_bw115",
        "Nomoro / No.=row | Nomoro ya Omang / Omang No.=national_id:bw_omang115"
        " | Leina le sefane / Full Name=full_name:bw_name115"
        " | Letsatsi la matsalo / Date of Birth=birth_date@%d/%m/%Y"
        " | Bong / Sex=sex:sex_bw115 | Motse / Village=district:bw_village115"
        " | Kgotla / Ward=suburb:bw_ward115 | Kgaolo / District=state:bw_district115"
        " | Mogala / Cell=phone:bw_phone115 | Lefelo la tuelo / Pay Point=-:bw_paypoint115"
        " | Madi / Amount=-:bw_amount115 | Seemo / Status=-:bw_status115"
        " | Wa losika / Next of Kin=-:bw_nok115 | Mogala wa wa losika / NOK Cell=-:bw_nok_phone115"
        " | Letsatsi la tuelo / Pay Date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "gh_card115",
    "ci_nni115",
    "rw_nid115",
    "zm_nrc115",
    "bw_omang115",
)
SEX_HOLDS: tuple[str, ...] = ("sex_gh115", "sex_ci115", "sex_rw115", "sex_zm115", "sex_bw115")
NAME_HOLDS = frozenset(
    {"gh_surname115", "gh_first115", "ci_nom115", "ci_prenoms115", "rw_name115"}
    | {"zm_name115", "bw_name115"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "gh_phone115",
    "rw_phone115",
    "zm_phone115",
    "bw_phone115",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "copy_home115",
    "lunch_home115",
    "ct07_home115",
    "fund_home115",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND115",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND115",
]
