"""The three hundred and second part of the outside corpus, **blind 302** (written 10:30 UTC,
2026-12-07, never used for tuning): person files a commune health station, a district hospital's
outpatient clinic, a ward health station, a district health centre, a Punjab hepatitis sentinel
site, a Lagos teaching hospital, an Indonesian puskesmas, a Peruvian municipality and a Ukrainian
primary-care centre could hand over, the patient standing with mothers, carers, health workers and
facilities. Four Vietnamese files: a commune health station's expanded-immunisation book for
children in Windows-1258 with semicolons (the child's NIIS code, birth date and personal
identification number, the mother's name, birth date, CCCD and phone, the family's hamlet address,
the dates of BCG, two pentavalent doses and measles, the birth-dose hepatitis B, the vaccinator);
a district hospital's register of COPD and asthma outpatients in Excel (the patient code, the
health insurance card and the facility of first registration, the diagnosis with its ICD-10 code,
the GOLD group or asthma step, FEV1, the inhaler, the date found, the last revisit, the doctor, the
phone); a ward health station's hand-foot-mouth case book in UTF-16 with tabs (the child, the
carer with relation and phone, the nursery, the onset and report dates, the clinical grade, where
treated, the EV71 test, the reporter, the time last updated); and a district health centre's list
of chronic hepatitis B patients in UTF-8 with a BOM and semicolons (the case number, the spaced
personal identification number, the insurance card, the address, HBV-DNA and ALT, the regimen, a
relative and their phone, the doctor).
Five foreign files: a Punjab hepatitis C treatment register in UTF-8 (MR number, the patient's
name with S/O, D/O or W/O and the father's or husband's, the CNIC whose last digit is odd for men,
the full address with its city and the district apart, the mobile, the anti-HCV result, PCR date,
regimen, the treatment centre and its address, the physician); a Lagos sickle cell clinic register
in Excel (hospital number, SURNAME and other names, NIN, NHIA number, genotype, the address, LGA and
state, the caregiver and their phone, hydroxyurea, last crisis, next appointment); an Indonesian
puskesmas leprosy cohort register in Windows-1252 with semicolons (the register number, name in
capitals, NIK, BPJS card, street, RT/RW, desa and kabupaten, PB/MB, the MDT start, the treatment
supporter PMO and relation, the puskesmas and its address); a Peruvian padrón nominal of children
in Windows-1252 with semicolons (the child's DNI, two surnames and names in capitals, the birth
date, SIS or EsSalud and the SIS number, the health post, the address, populated centre, district
and province, the mother's DNI, name and mobile, the social programme, the date registered); and a
Ukrainian list of patients with a declaration with a family doctor in UTF-8 with a BOM and
semicolons (ПІБ, РНОКПП, УНЗР, the declaration number and date, the doctor, the centre and its
address, the home address and settlement, the phone, the trusted person).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind302_writers import WRITERS_BLIND302
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND302: tuple[Shape, ...] = (
    _shape(
        "so_tiem_chung_mo_rong_tre_em_tram_y_te_xa_vn302",
        "STT=row | Mã trẻ (NIIS)=-:niis302 | Họ và tên trẻ=full_name"
        " | Ngày sinh=birth_date:child_birth302 | Giới=sex | Số định danh của trẻ=cccd:child_id302"
        " | Họ tên mẹ=-:mother302 | Ngày sinh mẹ=-:mother_birth302"
        " | CCCD mẹ=-:mother_cccd302 | SĐT mẹ=-:mother_phone302 | Địa chỉ (thôn, xã)=address"
        " | VGB sơ sinh=-:hepb302 | BCG=date:bcg302 | DPT-VGB-Hib 1=date:penta1_302"
        " | DPT-VGB-Hib 2=date:penta2_302 | Sởi 1=date:measles302"
        " | Người tiêm=-:vaccinator302 | Ghi chú=-:tcmr_note302",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_quan_ly_benh_nhan_copd_hen_phe_quan_phong_kham_ngoai_tru_bvdk_huyen_vn302",
        "TT=row | Mã BN=-:pid302 | Họ tên người bệnh=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Số thẻ BHYT=bhyt | Nơi ĐK KCB BĐ=-:kcb302"
        " | Địa chỉ=address | Chẩn đoán=-:dx302 | Mã ICD=-:icd302"
        " | Nhóm GOLD/Bậc hen=-:stage302 | FEV1 (% lý thuyết)=-:fev302"
        " | Thuốc điều trị duy trì=-:drug302 | Ngày phát hiện=date@%d/%m/%Y"
        " | Ngày tái khám gần nhất=date:revisit302 | BS điều trị=-:doctor302"
        " | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "so_theo_doi_ca_benh_tay_chan_mieng_tram_y_te_phuong_vn302",
        "TT=row | Họ tên bệnh nhi=full_name | Ngày sinh=birth_date:child_birth302 | Giới=sex"
        " | Họ tên người chăm sóc=-:carer302 | Quan hệ với trẻ=-:carer_rel302"
        " | SĐT người chăm sóc=-:carer_phone302 | Nơi ở hiện tại=address"
        " | Trường/nhóm trẻ=-:nursery302 | Ngày khởi phát=date:onset302"
        " | Ngày báo cáo=date:report302 | Phân độ=-:grade302 | Nơi điều trị=-:treat302"
        " | XN EV71=-:ev71_302 | Người báo cáo=-:reporter302 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_quan_ly_nguoi_benh_viem_gan_b_man_dieu_tri_khang_virus_ttyt_huyen_vn302",
        "Số TT=row | Mã số BN=-:hbv_no302 | Họ và tên=full_name"
        " | Ngày/tháng/năm sinh=birth_date@%d-%m-%Y | Nam/Nữ=sex | Số ĐDCN=cccd:cccd_spaced"
        " | Mã thẻ BHYT=bhyt | Địa chỉ thường trú=address | SĐT=phone"
        " | Ngày chẩn đoán=date@%d-%m-%Y | HBV-DNA (IU/ml)=-:dna302 | ALT (U/L)=-:alt302"
        " | Phác đồ=-:regimen302 | Người nhà=-:relative302 | SĐT người nhà=-:rel_phone302"
        " | BS phụ trách=-:hbv_doctor302 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hepatitis_c_treatment_register_sentinel_site_punjab_pk302",
        "S.No=row | MR No.=-:mr_pk302 | Patient Name=full_name:pk_name302"
        " | Father/Husband Name=-:pk_guard302 | CNIC No.=national_id:cnic_pk302"
        " | Date of Birth=birth_date@%d-%m-%Y | Gender=sex:sex_pk302"
        " | Complete Address=address:addr_pk302 | District=district:dist_pk302"
        " | Contact No.=phone:phone_pk302 | Anti-HCV=-:anti_pk302 | PCR Date=date@%d-%m-%Y"
        " | Regimen=-:regimen_pk302 | Treatment Centre=-:centre_pk302"
        " | Centre Address=-:centre_addr_pk302 | Treating Physician=-:doc_pk302",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "sickle_cell_clinic_register_teaching_hospital_lagos_ng302",
        "S/N=row | Hospital No.=-:hosp_ng302 | SURNAME=family_name:ng_sur302"
        " | Other Names=given_name:ng_other302 | NIN=national_id:nin_ng302"
        " | NHIA No.=-:nhia_ng302 | D.O.B=birth_date@%d/%m/%Y | Sex=sex:sex_ng302"
        " | Genotype=-:geno_ng302 | Residential Address=address:addr_ng302"
        " | LGA=district:lga_ng302 | State=state:state_ng302 | Phone No.=phone:phone_ng302"
        " | Caregiver's Name=-:carer_ng302 | Caregiver's Phone=-:carer_phone_ng302"
        " | On Hydroxyurea=-:hu_ng302 | Last Crisis=date:crisis_ng302"
        " | Next Appointment=date:appt_ng302",
        english=True,
        file="xlsx",
    ),
    _shape(
        "register_kohort_pasien_kusta_mdt_puskesmas_id302",
        "No=row | No. Reg=-:reg_id302 | Nama Pasien=full_name:id_name302"
        " | NIK=national_id:nik_id302 | No. Kartu JKN=-:bpjs_id302"
        " | Tgl Lahir=birth_date@%d-%m-%Y | L/P=sex:sex_id302"
        " | Alamat=street:street_id302 | RT/RW=-:rtrw_id302 | Desa/Kel=suburb:desa_id302"
        " | Kab/Kota=district:kab_id302 | No. HP=phone:phone_id302 | Tipe=-:type_id302"
        " | Tgl Mulai MDT=date:mdt_id302 | Nama PMO=-:pmo_id302"
        " | Hubungan dgn Pasien=-:pmo_rel_id302 | Puskesmas=-:pkm_id302"
        " | Alamat Puskesmas=-:pkm_addr_id302",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "padron_nominal_ninas_ninos_menores_6_anos_municipalidad_pe302",
        "N°=row | DNI del niño/a=national_id:dni_pe302 | Apellido Paterno=family_name:pe_pat302"
        " | Apellido Materno=-:pe_mat302 | Nombres=given_name:pe_given302"
        " | Fecha Nac.=birth_date:child_birth_pe302 | Sexo=sex:sex_pe302"
        " | Seguro=-:seguro_pe302 | N° Afiliación=-:sis_pe302 | EESS Atención=-:eess_pe302"
        " | Dirección=street:street_pe302 | Centro Poblado=suburb:cp_pe302"
        " | Distrito=district:dist_pe302 | Provincia=-:prov_pe302"
        " | DNI Madre=-:mom_dni_pe302 | Nombre de la Madre=-:mom_pe302"
        " | Celular Madre=-:mom_cel_pe302 | Programa Social=-:prog_pe302"
        " | Fecha Registro=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "deklaratsii_z_simeinym_likarem_tsentr_pmd_ua302",
        "№ з/п=row | ПІБ пацієнта=full_name:ua_name302 | Дата народження=birth_date@%d.%m.%Y"
        " | Стать=sex:sex_ua302 | РНОКПП=national_id:rnokpp_ua302 | УНЗР=-:unzr_ua302"
        " | № декларації=-:decl_ua302 | Дата підписання=date@%d.%m.%Y"
        " | Лікар=-:doctor_ua302 | Надавач ПМД=-:clinic_ua302"
        " | Адреса місця надання послуг=-:clinic_addr_ua302"
        " | Адреса проживання=address:addr_ua302 | Населений пункт=district:town_ua302"
        " | Телефон=phone:phone_ua302 | Довірена особа=-:trusted_ua302",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cnic_pk302",
    "nin_ng302",
    "nik_id302",
    "dni_pe302",
    "rnokpp_ua302",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pk302", "sex_ng302", "sex_id302", "sex_pe302", "sex_ua302")
NAME_HOLDS = frozenset(
    {"pk_name302", "ng_sur302", "ng_other302", "id_name302", "pe_pat302", "pe_given302"}
    | {"ua_name302"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pk302",
    "phone_ng302",
    "phone_id302",
    "phone_ua302",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_pk302", "addr_ng302", "addr_ua302")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND302",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND302",
]
