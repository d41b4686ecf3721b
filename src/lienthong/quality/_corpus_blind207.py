"""The two hundred and seventh part of the outside corpus, **blind 207** (written 04:25 UTC,
2026-12-07, never used for tuning): person files a provincial employment service centre, a district
health centre's smoking cessation clinic, a district social insurance office, a ward's green-tree
programme, a Ugandan district land board, a Rwandan health centre, a Burundian commune's civil
registry, a South Sudanese relief commission and the Hargeisa municipality could hand over.
Four Vietnamese files: a provincial employment service centre's list of seasonal farm workers
registered for Australia's agriculture visa, in UTF-16 with tabs (the passport, the place of
birth, the English level, the visa, the farm, the sending company, a guarantor and their phone,
the deposit, the expected departure date); a smoking cessation clinic's register in Windows-1258
with semicolons (the client code, cigarettes a day, years smoked, the Fagerström score, the
method, the status, the clinic and the counsellor, the first visit, the time last updated); a
district social insurance office's list of insured workers paid the one-off allowance at a birth
whose spouse is not insured, in Excel (the spouse and their CCCD, the child and its birth date,
the hospital, the amount, the bank account); and a ward's list of households taking a street
tree under the green-tree programme, in UTF-8 with a BOM (the street, the tree and how many, where
it stands, the group and its head, the planting date, the status).
Five foreign files: a Ugandan district land board's register of applications for a certificate of
customary ownership in Windows-1252 (the NIN ``CM9001234ABCDE``, village, parish, sub-county and
district apart, the acres, the neighbours, the area land committee chairperson); a Rwandan health
centre's list of community health workers in UTF-8 with Kinyarwanda headers (the 16-digit ID with
the birth year and sex digit, sometimes spaced as the card prints it, umudugudu, akagari, umurenge
and akarere, the role, the schooling); a Burundian commune's marriage register in Excel with
French and Kirundi headers (the groom's CNI with its commune code, place of birth, residence on
the colline, the bride and her CNI, the witnesses, the property regime, the civil registrar); a
South Sudanese relief commission's returnee register in UTF-8 (the household number, the UNHCR
proGres number from the country of asylum, age beside the birth date, state, county and payam, the
country returned from, the border point, the vulnerability); and a Hargeisa property tax roll with
Somali headers in UTF-8 with a BOM (the national ID and voter card numbers, district and xaafad,
the house number, the plot, its use, the tax in Somaliland shillings, the collector, the receipt).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind207_writers import WRITERS_BLIND207
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND207: tuple[Shape, ...] = (
    _shape(
        "lao_dong_thoi_vu_visa_nong_nghiep_australia_trung_tam_dvvl_tinh_vn207",
        "TT=row | Họ và tên người lao động=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Số hộ chiếu=-:passport207 | Nơi sinh=-:birthplace207"
        " | Địa chỉ thường trú=address | Điện thoại=phone | Trình độ tiếng Anh=-:english207"
        " | Loại thị thực=-:visa207 | Công việc / trang trại=-:farm207"
        " | Doanh nghiệp phái cử=-:sender207 | Người bảo lãnh=-:guarantor207"
        " | SĐT người bảo lãnh=-:guarantor_phone207 | Tiền ký quỹ (đ)=-:deposit207"
        " | Ngày xuất cảnh dự kiến=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_tu_van_cai_nghien_thuoc_la_phong_kham_ttyt_quan_vn207",
        "STT=row | Mã KH=-:smoke_code207 | Ho ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi=sex | So CCCD=cccd | Dia chi=address | DT lien lac=phone"
        " | So dieu/ngay=-:cigs207 | Thoi gian hut=-:years_smoked207"
        " | Diem Fagerstrom=-:fagerstrom207 | Phuong phap ho tro=-:method207"
        " | Co so tu van=-:clinic207 | Nguoi tu van=-:counsellor207"
        " | Ngay kham dau=date@%d/%m/%Y | Tinh trang lan cuoi=-:smoke_status207"
        " | Cap nhat luc=timestamp",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "huong_tro_cap_mot_lan_khi_sinh_con_vo_chong_khong_dong_bhxh_huyen_vn207",
        "STT=row | Họ và tên người lao động=full_name | Mã số BHXH=bhxh"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Họ tên vợ/chồng=-:wife207 | Số ĐDCN vợ/chồng=-:wife_cccd207 | Họ tên con=-:child207"
        " | Ngày sinh của con=-:child_birth207 | Nơi sinh con=-:hospital207"
        " | Mức hưởng (đồng)=-:allowance207 | Số tài khoản / Ngân hàng=-:account207"
        " | Ngày giải quyết=date@%d/%m/%Y | Nơi cư trú=address | SĐT=phone",
        file="xlsx",
    ),
    _shape(
        "ho_dan_nhan_cay_xanh_via_he_chuong_trinh_mot_trieu_cay_phuong_vn207",
        "TT=row | Chủ hộ=full_name | Ngày sinh=birth_date@%d-%m-%Y | CCCD chủ hộ=cccd:cccd_spaced"
        " | Số nhà, đường=street | Loại cây=-:tree207 | SL (cây)=-:tree_count207"
        " | Vị trí trồng=-:tree_spot207 | Tổ dân phố=-:group207 | Tổ trưởng=-:group_head207"
        " | Ngày trồng=date@%d/%m/%Y | Tình trạng=-:tree_status207 | Điện thoại=phone"
        " | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "customary_ownership_cco_applications_district_land_board_ug207",
        "S/No.=row | Application No.=-:app_ug207 | Name of Applicant=full_name:ug_name207"
        " | NIN=national_id:nin_ug207 | Sex=sex:sex_ug207 | D.O.B=birth_date@%d/%m/%Y"
        " | Tel. Contact=phone:phone_ug207 | Village=suburb:village_ug207"
        " | Parish=suburb:parish_ug207"
        " | Sub-county=suburb:subcounty_ug207 | District=district:district_ug207"
        " | Size of land (acres)=-:acres_ug207 | Neighbours=-:neighbours_ug207"
        " | ALC Chairperson=-:alc_ug207 | Date of application=date@%d/%m/%Y"
        " | Status=-:status_ug207",
        english=True,
        encoding="cp1252",
    ),
    _shape(
        "abajyanama_b_ubuzima_ikigo_nderabuzima_rw207",
        "No=row | Irangamuntu (ID)=national_id:nid_rw207"
        " | Izina ry'umuryango=family_name:rw_family207"
        " | Izina bwite=given_name:rw_given207 | Igitsina=sex:sex_rw207"
        " | Itariki y'amavuko=birth_date@%d/%m/%Y | Telefoni=phone:phone_rw207"
        " | Umudugudu=suburb:village_rw207 | Akagari=suburb:cell_rw207"
        " | Umurenge=suburb:sector_rw207"
        " | Akarere=district:district_rw207 | Ikigo nderabuzima=-:hc_rw207"
        " | Inshingano=-:role_rw207 | Amashuri yize=-:school_rw207"
        " | Itariki yatoranyijwe=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "registre_des_actes_de_mariage_etat_civil_commune_bi207",
        "N° d'ordre=row | N° de l'acte=-:acte_bi207"
        " | Nom et prénom de l'époux / Amazina y'umugabo=full_name:bi_name207"
        " | N° CNI / Indangamuntu=national_id:cni_bi207"
        " | Date de naissance / Itariki y'amavuko=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:birthplace_bi207"
        " | Résidence (colline, commune, province)=address:addr_bi207"
        " | Téléphone=phone:phone_bi207 | Nom de l'épouse / Amazina y'umugore=-:bride_bi207"
        " | CNI de l'épouse=-:bride_cni_bi207 | Témoins / Ivyabona=-:witness_bi207"
        " | Régime matrimonial=-:regime_bi207 | Date du mariage=date@%d/%m/%Y"
        " | Officier de l'état civil=-:officer_bi207",
        english=True,
        file="xlsx",
    ),
    _shape(
        "returnee_registration_rrc_county_office_ss207",
        "S/N=row | HH Reg. No.=-:ss_hh207 | Full Name=full_name:ss_name207"
        " | proGres ID (country of asylum)=-:ss_progres207 | Sex=sex:sex_ss207"
        " | Age=-:age_ss207 | DOB=birth_date@%d/%m/%Y | State of Return=state:state_ss207"
        " | County=district:county_ss207 | Payam=suburb:payam_ss207"
        " | Contact No.=phone:phone_ss207 | Returned from=-:from_ss207"
        " | Border Point=-:entry_ss207 | Date of Arrival=date@%d/%m/%Y"
        " | HH Size=-:hh_size_ss207 | Specific Need=-:need_ss207",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "diiwaanka_canshuurta_guryaha_dawladda_hoose_hargeysa_sl207",
        "Tr.=row | Magaca milkiilaha=full_name:sl_name207"
        " | Lambarka Aqoonsiga Qaranka=national_id:sl_nid207"
        " | Kaarka codbixinta=-:voter_sl207 | Jinsi=sex:sex_sl207"
        " | Taariikhda dhalashada=birth_date@%d/%m/%Y | Taleefan=phone:phone_sl207"
        " | Degmada=district:district_sl207 | Xaafadda=suburb:xaafad_sl207"
        " | Lambarka guriga=-:house_sl207 | Cabbirka dhulka=-:plot_sl207"
        " | Isticmaalka=-:use_sl207 | Canshuurta (SLSh)=-:tax_sl207"
        " | Taariikhda bixinta=date@%d/%m/%Y | Lambarka rasiidka=-:receipt_sl207"
        " | Qaadaha canshuurta=-:collector_sl207",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nin_ug207", "nid_rw207", "cni_bi207", "sl_nid207")
SEX_HOLDS: tuple[str, ...] = ("sex_ug207", "sex_rw207", "sex_ss207", "sex_sl207")
NAME_HOLDS = frozenset(
    {"ug_name207", "rw_family207", "rw_given207", "bi_name207", "ss_name207", "sl_name207"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ug207",
    "phone_rw207",
    "phone_bi207",
    "phone_ss207",
    "phone_sl207",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_bi207",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND207",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND207",
]
