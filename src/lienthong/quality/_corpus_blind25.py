"""The twenty-fifth part of the outside corpus, **blind 25** (written 05:33 UTC, 2026-12-06,
never used for tuning): person files a provincial tourism department, a labour department, a
lottery company, a power company, the Panamanian Caja de Seguro Social, Hamad Medical Corporation
in Qatar, the Namibian Social Security Commission, the Montenegrin health insurance fund and the
Maldivian Aasandha scheme could hand over, in layouts no other part uses. Four Vietnamese files: a
provincial tourism department's tour-guide licences in Excel (``Số thẻ HDV``, the card type, the
languages, the travel agency and its manager's phone, real Excel dates for the birth, the issue
and the expiry); the labour department's work permits for foreign workers in UTF-8 with a BOM and
semicolons (the name as the passport writes it, the nationality, ``Số hộ chiếu``, the job, the
employer's representative and his phone, the permit's dates); a lottery company's sales agents
in Windows-1258 with unaccented snake-case headers (the agent code, the contract, the deposit, the
ticket quota, ``dd-mm-yyyy`` dates and the guarantor with her phone); and households registered
for rooftop solar power in UTF-16 with tab separators and accented capital headers (the customer
code, the kWp, the two-way meter, ISO dates and the installer's contact).
Five foreign files: a Panamanian CSS list in Excel with Spanish headers (``Cédula`` written
``8-123-4567``, no check digit, both surnames, corregimientos, four-digit postal zones,
``6123-4567`` mobiles, the beneficiary); a Qatari HMC health-card list in UTF-8 (the 11-digit
``QID`` with its century, birth year and nationality code, ``Bldg 15, Street 920, Zone 63``
addresses, P.O. boxes in place of postcodes, ``5512 3456`` mobiles, the sponsor); a Namibian SSC
list in Windows-1252 with semicolons (the 11-digit ``ID Number`` starting with the birth date,
``yyyy/mm/dd`` dates, ``Erf 1234`` addresses, the next of kin); a Montenegrin FZO list in
ISO-8859-2 (``JMBG`` with its mod 11 digit and a 21-29 region, ``Prezime i ime`` in one column,
``12.03.1985.`` dates, ``81000`` postcodes, ``067/123-456`` phones, the contact person); and a
Maldivian Aasandha list in UTF-8 with a BOM and tab separators (``A123456`` national ID cards,
``12-Mar-1985`` dates, house names with their island and atoll, five-digit postcodes, the
emergency contact).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind25_writers import WRITERS_BLIND25
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND25: tuple[Shape, ...] = (
    _shape(
        "the_huong_dan_vien_vn25",
        "STT=row | Số thẻ HDV=-:guide_card25 | Loại thẻ=-:card_type25 | Họ và tên=full_name"
        " | Ngày sinh=birth_date:excel_date | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ thường trú=address | Mã bưu chính=postcode:guide_post25 | Điện thoại=phone"
        " | Email=email | Ngoại ngữ=-:language25 | Doanh nghiệp lữ hành=-:agency25"
        " | Người phụ trách DN=-:agency_head25 | ĐT doanh nghiệp=-:agency_phone25"
        " | Ngày cấp thẻ=date:excel_event | Ngày hết hạn=date:guide_expiry25",
        file="xlsx",
    ),
    _shape(
        "giay_phep_lao_dong_vn25",
        "TT=row | Số giấy phép=-:permit25 | Họ và tên (theo hộ chiếu)=full_name:wp_name25"
        " | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y | Quốc tịch=-:wp_country25"
        " | Số hộ chiếu=national_id:wp_passport25 | Vị trí công việc=-:wp_job25"
        " | Tên doanh nghiệp=-:wp_company25 | Nơi ở hiện nay=address:wp_home25"
        " | Mã bưu chính=postcode:wp_post25 | Điện thoại=phone"
        " | Người đại diện DN=-:wp_rep25 | ĐT người đại diện=-:wp_rep_phone25"
        " | Ngày cấp=date@%d/%m/%Y | Thời hạn đến=date:wp_until25",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "dai_ly_xo_so_vn25",
        "stt=row | ma_dai_ly=-:lottery_agent25 | ho_ten=full_name | ngay_sinh=birth_date@%d-%m-%Y"
        " | gioi_tinh=sex | so_cccd=cccd | noi_cu_tru=address"
        " | ma_buu_chinh=postcode:lottery_post25 | dien_thoai=phone"
        " | so_hd=-:lottery_contract25 | ngay_ky_hd=date@%d-%m-%Y | tien_ky_quy=-:deposit25"
        " | dinh_muc_ve=-:quota25 | nguoi_bao_lanh=-:guarantor25"
        " | dt_nguoi_bao_lanh=-:guarantor_phone25",
        encoding="cp1258",
        delimiter=",",
    ),
    _shape(
        "dien_mat_troi_mai_nha_vn25",
        "STT=row | MÃ KH=-:solar_customer25 | TÊN KHÁCH HÀNG=full_name"
        " | NGÀY SINH=birth_date@%Y-%m-%d | SỐ CCCD=cccd | ĐỊA CHỈ LẮP ĐẶT=address"
        " | MÃ BC=postcode:solar_post25 | SĐT=phone:phone_dotted | CÔNG SUẤT (kWp)=-:kwp25"
        " | SỐ CÔNG TƠ 2 CHIỀU=-:meter25 | NGÀY NGHIỆM THU=date@%Y-%m-%d"
        " | ĐƠN VỊ THI CÔNG=-:installer25 | NGƯỜI LIÊN HỆ=-:installer_contact25"
        " | SĐT LIÊN HỆ=-:installer_phone25",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "css_asegurados_pa25",
        "No.=row | Cédula=national_id:cedula_pa25 | Nombre=given_name:pa_given25"
        " | Apellido Paterno=family_name:pa_paterno25 | Apellido Materno=family_name:pa_materno25"
        " | Fecha de Nacimiento=birth_date@%d/%m/%Y | Sexo=sex:sex_pa25"
        " | Dirección=address:address_pa25 | Corregimiento=-:corr_pa25"
        " | Zona Postal=postcode:zone_pa25 | Celular=phone:phone_pa25"
        " | Beneficiario=-:benef_pa25 | Cel. Beneficiario=-:benef_phone_pa25"
        " | Fecha de Inscripción=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "hmc_health_card_qa25",
        "S.No=row | QID=national_id:qid_qa25 | Full Name=full_name:qa_name25"
        " | Nationality=-:qa_country25 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_qa25 | Address=address:address_qa25 | P.O. Box=postcode:box_qa25"
        " | Mobile No.=phone:phone_qa25 | Sponsor Name=-:sponsor_qa25"
        " | Sponsor Mobile=-:sponsor_phone_qa25 | Card Issue Date=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "ssc_members_na25",
        "Item=row | SSC No.=-:ssc_na25 | ID Number=national_id:nid_na25"
        " | Surname=family_name:na_family25 | First Names=given_name:na_given25"
        " | Date of Birth=birth_date@%Y/%m/%d | Gender=sex:sex_na25"
        " | Residential Address=address:address_na25 | Postal Code=postcode:post_na25"
        " | Cell No.=phone:phone_na25 | Next of Kin=-:nok_na25 | NOK Cell No.=-:nok_phone_na25"
        " | Date Registered=date@%Y/%m/%d",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "fzo_osiguranici_me25",
        "Rb.=row | Prezime i ime=full_name:me_full25 | JMBG=national_id:jmbg_me25"
        " | Datum rođenja=birth_date@%d.%m.%Y. | Pol=sex:sex_me25"
        " | Adresa stanovanja=address:address_me25 | Poštanski broj=postcode:post_me25"
        " | Mjesto=-:town_me25 | Kontakt telefon=phone:phone_me25"
        " | Kontakt osoba=-:contact_me25 | Tel. kontakt osobe=-:contact_phone_me25"
        " | Datum prijave=date@%d.%m.%Y.",
        english=True,
        encoding="iso-8859-2",
    ),
    _shape(
        "aasandha_members_mv25",
        "#=row | ID Card No=national_id:nid_mv25 | Full Name=full_name:mv_name25"
        " | Date of Birth=birth_date@%d-%b-%Y | Sex=sex:sex_mv25"
        " | Permanent Address=address:address_mv25 | Island / Atoll=-:island_mv25"
        " | Post Code=postcode:post_mv25 | Mobile=phone:phone_mv25"
        " | Emergency Contact=-:emergency_mv25 | Emergency Contact No=-:emergency_phone_mv25"
        " | Registered Date=date@%d-%b-%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new (``12.03.1985.`` is blind
#: 10's, ``12-Mar-1985`` blind 12's).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "wp_passport25",
    "cedula_pa25",
    "qid_qa25",
    "nid_na25",
    "jmbg_me25",
    "nid_mv25",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pa25", "sex_qa25", "sex_na25", "sex_me25", "sex_mv25")
NAME_HOLDS = frozenset(
    {"wp_name25", "pa_given25", "pa_paterno25", "pa_materno25", "qa_name25"}
    | {"na_family25", "na_given25", "me_full25", "mv_name25"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_pa25",
    "phone_qa25",
    "phone_na25",
    "phone_me25",
    "phone_mv25",
)
#: addresses written with ``", "`` between their parts (the Montenegrin one is the street and
#: number alone)
ADDRESS_HOLDS: tuple[str, ...] = (
    "wp_home25",
    "address_pa25",
    "address_qa25",
    "address_na25",
    "address_mv25",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND25",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND25",
]
