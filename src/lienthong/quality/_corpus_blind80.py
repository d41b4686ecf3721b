"""The eightieth part of the outside corpus, **blind 80** (written 16:12 UTC, 2026-12-06, never
used for tuning): person files a labour-export company, a tax office, a provincial construction
department, a coastal district paying fishermen's insurance, a Somali regional cash programme, a
Comorian social safety net, the Social Register of Mauritius, a Maldivian social protection
agency and a Montenegrin social work centre could hand over. Four Vietnamese files: a
labour-export company's trainees in Excel (the trainee code, the CCCD and its date of issue, the
passport, the home village as quê quán, the market, the trade, the language level, the start
date, the guarantor with relation, CCCD and phone, the escrow deposit, the status); a tax
office's list of individuals paying the lump-sum household-business tax (thuế khoán) for 2025 in
Windows-1258 with semicolons (the tax code, the home address beside the business address, the
trade, the monthly revenue, VAT and personal income tax, the tax team); a construction
department's list of people issued construction-practice certificates in UTF-8 with a BOM and
semicolons (the degree and the university, the certificate number, field and grade, issue and
expiry dates, the employer, the decision, the e-mail); and a list of fishermen whose accident
insurance is paid under Decree 67 in UTF-16 with tabs (the role on board, the boat registration
number, its owner, engine power and length, the gear, the policy, the premium, the start date).
Five foreign files: a Somali cash assistance list in UTF-8 with Somali/Arabic headers (the NIN of
eleven digits, the three-part name, the mother's name, the place of birth, xaafad, degmo and
gobol, +252 phones); a Comorian safety-net list in UTF-8 with a BOM and semicolons with
French/Comorian headers (the CNI number, the village and the island, the household code, the
mobile-money channel, the substitute recipient); a Mauritian Social Register extract in Excel
with English/French headers (the NIC with the surname-at-birth letter and its mod-17 check
character, the street line, village or town, postcode, next of kin, the social worker); a
Maldivian disability allowance list in UTF-8 with Dhivehi/English headers (the ID card number
A123456, the name in Latin and Thaana script, house and island, the atoll, the caretaker and
their ID card); and a Montenegrin social work centre's list in Windows-1250 with semicolons (the
JMBG with its mod-11 digit, one parent's name, the street line, postcode and municipality, the
decision, the right and amount, dates written 01.02.2025.).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind80_writers import WRITERS_BLIND80
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND80: tuple[Shape, ...] = (
    _shape(
        "hoc_vien_xuat_khau_lao_dong_vn80",
        "STT=row | Mã HV=-:trainee80 | Họ và tên=full_name | Ngày sinh=birth_date:excel_date"
        " | Giới tính=sex | Số CCCD=cccd | Ngày cấp=date:excel_event | Số hộ chiếu=-:passport80"
        " | Quê quán=-:hometown80 | Nơi thường trú=address | Điện thoại=phone"
        " | Thị trường=-:market80 | Ngành nghề=-:trade80 | Trình độ tiếng=-:lang80"
        " | Ngày nhập học=date:enrolled80 | Người bảo lãnh - Họ tên=-:guarantor80"
        " | Người bảo lãnh - Quan hệ=-:guar_rel80 | Người bảo lãnh - Số CCCD=-:guar_cccd80"
        " | Người bảo lãnh - SĐT=-:guar_phone80 | Tiền ký quỹ (đ)=-:escrow80"
        " | Tình trạng=-:trainee_status80",
        file="xlsx",
    ),
    _shape(
        "ca_nhan_kinh_doanh_nop_thue_khoan_vn80",
        "STT=row | MST=mst | Họ tên người nộp thuế=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ cư trú=address | Địa chỉ kinh doanh=-:biz_addr80"
        " | Ngành nghề KD=-:biz_trade80 | Doanh thu khoán/tháng (đồng)=-:revenue80"
        " | Thuế GTGT=-:vat80 | Thuế TNCN=-:pit80 | Tổng số thuế/tháng=-:tax_total80"
        " | Kỳ tính thuế=-:tax_period80 | Ngày bắt đầu KD=date@%d/%m/%Y"
        " | Đội thuế quản lý=-:tax_team80 | SĐT=phone | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ca_nhan_cap_chung_chi_hanh_nghe_xay_dung_vn80",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD/Hộ chiếu=cccd | Địa chỉ thường trú=address"
        " | Trình độ chuyên môn=-:degree80 | Cơ sở đào tạo=-:university80"
        " | Mã số chứng chỉ=-:cert_no80 | Lĩnh vực hành nghề=-:field80 | Hạng=-:grade80"
        " | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=date:valid_until80"
        " | Đơn vị công tác=-:firm80 | Số QĐ cấp=-:cert_decision80 | Email=email",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "thuyen_vien_bao_hiem_nd67_vn80",
        "STT=row | Họ và tên thuyền viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Nơi thường trú=address:fisher_addr80"
        " | Chức danh=-:crew_role80 | Số đăng ký tàu cá=-:boat80 | Chủ tàu=-:owner80"
        " | Công suất máy (CV)=-:horsepower80 | Chiều dài tàu (m)=-:length80"
        " | Nghề khai thác=-:gear80 | Số GCN bảo hiểm=-:fisher_policy80"
        " | Phí BH tai nạn thuyền viên (đ)=-:fisher_premium80"
        " | Hiệu lực từ ngày=date@%d/%m/%Y | SĐT=phone | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "liiska_gargaarka_lacageed_so80",
        "Tr. / الرقم=row | Magaca oo dhan / الاسم الكامل=full_name:so_name80"
        " | Magaca hooyada / اسم الأم=-:so_mother80"
        " | Lambarka Aqoonsiga (NIN) / رقم الهوية الوطنية=national_id:nin_so80"
        " | Taariikhda dhalashada / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | Jinsiga / الجنس=sex:sex_so80 | Goobta dhalashada / مكان الميلاد=-:birthplace_so80"
        " | Xaafadda / الحي=suburb:xaafad_so80 | Degmada / المديرية=district:degmo_so80"
        " | Gobolka / الإقليم=state:gobol_so80 | Lambarka taleefanka / رقم الهاتف=phone:phone_so80"
        " | Tirada qoyska / عدد أفراد الأسرة=-:household_so80 | Nooca gargaarka=-:aid_so80"
        " | Lacagta (USD) / المبلغ=-:amount_so80"
        " | Taariikhda diiwaangelinta / تاريخ التسجيل=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "beneficiaires_filets_sociaux_km80",
        "N°=row | Code ménage=-:household_km80 | Nom et prénom(s) / Dzina=full_name:km_name80"
        " | Sexe=sex:sex_km80 | Date de naissance=birth_date@%d/%m/%Y | N° CNI=national_id:cni_km80"
        " | Localité / Mdji=district:village_km80 | Île=state:island_km80"
        " | Téléphone / Simu=phone:phone_km80 | Taille du ménage=-:members_km80"
        " | Montant (KMF)=-:amount_km80 | Mode de paiement=-:payment_km80"
        " | Bénéficiaire suppléant=-:substitute_km80 | Date d'inscription=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "social_register_mu80",
        "S/N=row | SRM Ref.=-:srm_ref80 | NIC No. / No. de CIN=national_id:nic_mu80"
        " | Surname / Nom=family_name:mu_family80 | Other Names / Prénoms=given_name:mu_given80"
        " | Date of Birth / Date de naissance=birth_date@%d/%m/%Y | Sex / Sexe=sex:sex_mu80"
        " | Address / Adresse=street:street_mu80 | Village/Town / Ville=district:town_mu80"
        " | Postcode / Code postal=postcode:post_mu80 | Mobile / Portable=phone:phone_mu80"
        " | Household Size / Taille du ménage=-:members_mu80"
        " | Monthly Income / Revenu mensuel=-:income_mu80 | Status / Statut=-:status_mu80"
        " | Next of Kin / Proche parent=-:nok_mu80 | Social Worker=-:worker_mu80"
        " | Date of Application / Date de demande=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "disability_allowance_mv80",
        "#=row | ދ.ރ.އ ނަންބަރު / ID Card No.=national_id:id_mv80"
        " | ނަން / Name (English)=full_name:mv_latin80 | ނަން (ދިވެހިން)=full_name:mv_thaana80"
        " | އުފަން ތާރީޚް / Date of Birth=birth_date@%d/%m/%Y | ޖިންސު / Gender=sex:sex_mv80"
        " | ދާއިމީ އެޑްރެސް / Permanent Address=address:addr_mv80"
        " | އަތޮޅު / Atoll=state:atoll_mv80 | ރަށް / Island=district:island_mv80"
        " | ފޯނު ނަންބަރު / Contact No.=phone:phone_mv80"
        " | ބަލަހައްޓާ މީހާ / Caretaker=-:caretaker_mv80"
        " | ބަލަހައްޓާ މީހާގެ ދ.ރ.އ / Caretaker ID=-:caretaker_id_mv80"
        " | ނުކުޅެދުމުގެ ބާވަތް / Type of Disability=-:disability_mv80"
        " | ޢިނާޔަތް / Allowance=-:allowance_mv80"
        " | ރަޖިސްޓްރީ ކުރި ތާރީޚް / Date Registered=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "korisnici_prava_csr_me80",
        "R. br.=row | Prezime=family_name:me_family80 | Ime=given_name:me_given80"
        " | Ime jednog roditelja=-:me_parent80 | JMBG=national_id:jmbg_me80"
        " | Datum rođenja=birth_date@%d.%m.%Y. | Pol=sex:sex_me80 | Adresa=street:street_me80"
        " | Poštanski broj=postcode:post_me80 | Opština=district:opstina_me80"
        " | Kontakt telefon=phone:phone_me80 | Broj rješenja=-:decision_me80"
        " | Vrsta prava=-:right_me80 | Iznos (€)=-:amount_me80"
        " | Broj članova porodice=-:members_me80 | Datum rješenja=date@%d.%m.%Y."
        " | Napomena=-:note_me80",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats (the Montenegrin one ends in a dot).
INVALID_DAY: dict[str, str] = {"%d.%m.%Y.": "31.02.{y}."}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nin_so80", "cni_km80", "nic_mu80", "id_mv80", "jmbg_me80")
SEX_HOLDS: tuple[str, ...] = ("sex_so80", "sex_km80", "sex_mu80", "sex_mv80", "sex_me80")
NAME_HOLDS = frozenset(
    {"so_name80", "km_name80", "mu_family80", "mu_given80", "mv_latin80", "mv_thaana80"}
    | {"me_family80", "me_given80"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_so80",
    "phone_km80",
    "phone_mu80",
    "phone_mv80",
    "phone_me80",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("fisher_addr80", "addr_mv80")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND80",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND80",
]
