"""The nineteenth part of the outside corpus, **blind 19** (written 04:50 UTC, 2026-12-06, never
used for tuning): person files a district job-service centre, a provincial justice department, a
city's construction department, a notary office, the Bolivian national health fund, the Nepali
health insurance board, the Azerbaijani state social protection fund, a Rwandan district's
community health insurance section and the Lebanese national social security fund could hand
over, in layouts no other part uses. Four Vietnamese files: a job-service centre's list of people
drawing unemployment benefit (trợ cấp thất nghiệp) in Excel with ``Số sổ BHXH`` beside ``Số
CCCD``, the decision's number and date, the monthly benefit, the postcode and who collects it for
them; a justice department's criminal-record certificate applications (lý lịch tư pháp) in
Windows-1258 with ``Số CCCD/ĐDCN``, the father's and mother's names, the certificate's kind, the
postcode the certificate is mailed to and the person authorised to collect it; a construction
department's social-housing applications (nhà ở xã hội) in UTF-8 with a byte-order mark,
``yyyy-mm-dd`` dates, the spouse's name and phone, the income and the project; and a notary
office's register in UTF-16 with abbreviated headers (``Người YC``, ``GTTT``, ``MBC``),
``dd.mm.yyyy`` dates, the deed, the other party and the notary. Five foreign files: a Bolivian CNS
list in Windows-1252 (``C.I.`` with ``Exp.`` for the issuing department beside it, ``Ap.
Paterno``/``Ap. Materno``, the CNS matrícula, zones instead of postcodes, a relative's name and
cell phone); a Nepali health insurance list in UTF-16 with Devanagari headers (``नागरिकता प्र.प.
नं.`` written ``27-01-73-05678``, Bikram Sambat dates ``2042/11/28``, ``हुलाक कोड``, the father's
name); an Azerbaijani DSMF list in Excel (``FİN`` of seven letters and digits beside the identity
card's series and number, ``Atasının adı``, ``AZ1010`` postcodes, ``(050) 123-45-67`` phones); a
Rwandan CBHI (mutuelle de santé) list with Kinyarwanda headers (the 16-digit ``Indangamuntu``,
``Gabo``/``Gore``, district, sector, cell and village instead of an address, the household head's
name and phone, the ubudehe category); and a Lebanese NSSF list in Windows-1256 with Arabic
headers (``رقم بطاقة الهوية``, ``رقم السجل`` and ``محل القيد``, the father's and mother's names,
LibanPost codes).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind19_writers import WRITERS_BLIND19
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND19: tuple[Shape, ...] = (
    _shape(
        "tro_cap_that_nghiep_vn",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Số sổ BHXH=bhxh | Nơi cư trú=address | Mã bưu chính=postcode:postcode19"
        " | Điện thoại=phone | Đơn vị trước khi nghỉ việc=-:employer19 | Số QĐ hưởng=-:decision19"
        " | Ngày ký QĐ=date@%d/%m/%Y | Mức hưởng/tháng (đồng)=-:benefit19"
        " | Người nhận thay=-:proxy19 | SĐT người nhận thay=-:proxy_phone19",
        file="xlsx",
    ),
    _shape(
        "ly_lich_tu_phap_vn",
        "STT=row | Số biên nhận=-:receipt19 | Họ tên người yêu cầu cấp phiếu=full_name"
        " | Giới tính=sex | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số CCCD/ĐDCN=cccd"
        " | Nơi thường trú=address | Họ tên cha=-:father19 | Họ tên mẹ=-:mother19"
        " | Loại phiếu=-:kind19 | Mã bưu chính nhận phiếu=postcode:postcode19"
        " | Số điện thoại=phone | Người được ủy quyền nhận=-:proxy19"
        " | SĐT người được ủy quyền=-:proxy_phone19 | Ngày hẹn trả=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nha_o_xa_hoi_vn",
        "STT=row | Mã hồ sơ=-:case19 | Họ tên người đứng đơn=full_name"
        " | Ngày sinh=birth_date@%Y-%m-%d | Số định danh cá nhân=cccd | Nơi làm việc=-:workplace19"
        " | Thu nhập bình quân/tháng=-:income19 | Họ tên vợ/chồng=-:spouse19"
        " | SĐT vợ/chồng=-:spouse_phone19 | Địa chỉ liên hệ=address"
        " | Mã bưu điện=postcode:postcode19 | Di động=phone:phone_spaced"
        " | Ngày nộp hồ sơ=date@%Y-%m-%d | Dự án đăng ký=-:project19",
        encoding="utf-8-sig",
    ),
    _shape(
        "so_cong_chung_vn",
        "TT=row | Số CC=-:notary_no19 | Ngày CC=date@%d.%m.%Y | Tên VB=-:deed19"
        " | Người YC=full_name | NS=birth_date@%d.%m.%Y | GTTT=cccd | ĐC=address"
        " | MBC=postcode:postcode19 | SĐT=phone"
        " | Bên còn lại=-:counterparty19 | SĐT bên còn lại=-:counter_phone19 | CCV=-:notary19",
        encoding="utf-16",
    ),
    _shape(
        "asegurados_cns_bo",
        "Nro.=row | Matrícula=-:matricula_bo | Ap. Paterno=family_name:bo_paterno"
        " | Ap. Materno=family_name:bo_materno | Nombres=given_name:bo_given"
        " | C.I.=national_id:ci_bo | Exp.=-:exp_bo | Fecha Nac.=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_bo | Domicilio=street:street_bo | Zona=-:zona_bo | Celular=phone:phone_bo"
        " | Ref. familiar=-:ref_bo | Cel. ref.=-:ref_phone_bo | Empleador=-:employer_bo"
        " | Fecha Afiliación=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "bimit_hib_np",
        "क्र.सं.=row | बीमित नं.=-:insuree_np | नाम थर=full_name:np_full | लिङ्ग=sex:sex_np"
        " | जन्म मिति (वि.सं.)=birth_date:bs_birth_np | नागरिकता प्र.प. नं.=national_id:citizen_np"
        " | जारी जिल्ला=-:district_np | ठेगाना=address:address_np | हुलाक कोड=postcode:post_np"
        " | मोबाइल नं.=phone:phone_np | बाबुको नाम=-:father_np"
        " | सम्पर्क मोबाइल=-:contact_phone_np | दर्ता मिति=date:bs_date_np",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "pensiyacilar_dsmf_az",
        "S/s=row | Soyadı=family_name:az_family | Adı=given_name:az_given"
        " | Atasının adı=-:az_father | Doğum tarixi=birth_date@%d.%m.%Y | Cinsi=sex:sex_az"
        " | FİN=national_id:fin_az | Ş/V seriya və nömrəsi=-:idcard_az"
        " | Qeydiyyat ünvanı=address:address_az | Poçt indeksi=postcode:post_az"
        " | Mobil telefon=phone:phone_az | Əlaqə şəxsi=-:contact_az"
        " | Əlaqə telefonu=-:contact_phone_az | Təyinat tarixi=date@%d.%m.%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "mutuelle_cbhi_rw",
        "No=row | Indangamuntu=national_id:nid_rw | Amazina=full_name:rw_full"
        " | Igitsina=sex:sex_rw | Itariki y'amavuko=birth_date@%d/%m/%Y | Akarere=-:district_rw"
        " | Umurenge=-:sector_rw | Akagari=-:cell_rw | Umudugudu=-:village_rw"
        " | Telefone=phone:phone_rw | Umukuru w'umuryango=-:head_rw"
        " | Telefone y'umukuru=-:head_phone_rw | Icyiciro cy'ubudehe=-:ubudehe_rw"
        " | Itariki yishyuriyeho=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "madmunin_cnss_lb",
        "الرقم=row | رقم المضمون=-:cnss_lb | الاسم=given_name:lb_given | اسم الأب=-:lb_father"
        " | الشهرة=family_name:lb_family | اسم الأم وشهرتها=-:lb_mother"
        " | تاريخ الولادة=birth_date@%d/%m/%Y | الجنس=sex:sex_lb"
        " | رقم بطاقة الهوية=national_id:idcard_lb | رقم السجل=-:sijill_lb"
        " | محل القيد=-:qayd_lb | العنوان=address:address_lb | الرمز البريدي=postcode:post_lb"
        " | الخلوي=phone:phone_lb | للطوارئ: الاسم=-:emergency_lb"
        " | للطوارئ: الهاتف=-:emergency_phone_lb | تاريخ الانتساب=date@%d/%m/%Y",
        english=True,
        encoding="cp1256",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ci_bo", "citizen_np", "fin_az", "nid_rw", "idcard_lb")
SEX_HOLDS: tuple[str, ...] = ("sex_bo", "sex_np", "sex_az", "sex_rw", "sex_lb")
NAME_HOLDS = frozenset(
    {"bo_paterno", "bo_materno", "bo_given", "np_full", "az_family", "az_given", "rw_full"}
    | {"lb_given", "lb_family"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_bo", "phone_np", "phone_az", "phone_rw", "phone_lb")
#: addresses written with ``", "`` between their parts (the Lebanese ones use the Arabic comma)
ADDRESS_HOLDS: tuple[str, ...] = ("address_np", "address_az")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND19",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND19",
]
