"""The four-hundred-and-fourth part of the outside corpus, **blind 404** (written 21:55 UTC,
2026-12-07, never used for tuning): person files a commune's justice officer, a commune recording
births registered abroad, a ward's civil-status desk, a commune police station, Ecuador's Registro
Civil, a Nepali ward office, Ghana's Births and Deaths Registry, Denmark's Familieretshuset and an
Azerbaijani civil-status office could hand over about late birth registrations, adoptions and
corrections of civil status.
Four Vietnamese files: a commune's register of de facto adoptions (adoptions begun before 2011
and registered later), in Excel, whose person is the adoptive parent (the adopted child and their
birth date, the kinship, since when, the witnesses, the register number, the officer); a
commune's book recording in the Vietnamese register births already registered abroad, in
Windows-1258 with semicolons (the foreign place and office, the foreign certificate number, the
nationality, the father, the mother, the requester); a ward's list of supplements to civil-status
entries, in UTF-8 with a BOM and headers without diacritics (what is supplemented, on what
grounds, the extract number, the requester); and a commune police station's log of changes made
to the population database after civil-status corrections, in UTF-16 with tabs (the name before,
the field, the old and new values, the ground, the police officer, the sync time).
Five foreign files: an Ecuadorian Registro Civil list of late birth registrations in UTF-8 with
semicolons (the cédula with its mod-10 check digit, two surnames, the parents, the parish of
birth, parroquia, cantón and provincia, the acta, the cause); a Nepali ward office's register of
late birth registrations in UTF-8 with Devanagari headers (the citizenship certificate number,
the father and mother, the place of birth, the address with the municipality and ward, the
registration number in the Bikram Sambat year, the late fee); a Ghanaian Births and Deaths
Registry's late registrations in Excel (the Ghana Card PIN, surname and other names, the place of
birth, the parents, the GhanaPost GPS digital address, district and region, the fee); a
Familieretshuset list of adoption orders in Windows-1252 with semicolons, whose person is the
adoptee (the CPR number, the adopters, postnummer and by, the case number, the kind of adoption);
and an Azerbaijani civil-status office's list of corrections to civil-status records in Excel
(the FİN, the patronymic, the registered address, the kind of act and its number, the change,
the decision).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind404_writers import WRITERS_BLIND404
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND404: tuple[Shape, ...] = (
    _shape(
        "so_dang_ky_nuoi_con_nuoi_thuc_te_vn404",
        "STT=row | Số đăng ký=-:reg_no404 | Họ tên cha/mẹ nuôi=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số định danh cá nhân=cccd"
        " | Nơi cư trú=address | Họ tên con nuôi=-:adoptee404"
        " | Ngày sinh con nuôi=date:adoptee_birth404 | Quan hệ trước khi nhận nuôi=-:kin404"
        " | Thời điểm nhận nuôi=-:since404 | Người làm chứng=-:witness404"
        " | Ngày đăng ký=date@%d/%m/%Y | ĐT liên hệ=phone"
        " | Công chức tư pháp - hộ tịch=-:officer404",
        file="xlsx",
    ),
    _shape(
        "so_ghi_vao_so_ho_tich_khai_sinh_nuoc_ngoai_vn404",
        "STT=row | Số ghi sổ=-:entry404 | Họ, chữ đệm, tên=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Nơi sinh=-:abroad_place404 | Quốc tịch=-:nationality404"
        " | Số ĐDCN=cccd:cccd_spaced | Giấy khai sinh do nước ngoài cấp (số)=-:foreign_cert404"
        " | Cơ quan cấp=-:abroad_office404 | Họ tên cha=-:father404 | Họ tên mẹ=-:mother404"
        " | Nơi cư trú hiện nay=address | Người yêu cầu=-:requester404"
        " | SĐT người yêu cầu=-:vn_phone_other404 | Ngày ghi sổ=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ds_bo_sung_thong_tin_ho_tich_vn404",
        "TT=row | Ho ten nguoi duoc bo sung=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | So CCCD=cccd | Noi thuong tru=address | Noi dung bo sung=-:supplement404"
        " | Giay to lam can cu=-:basis404 | So trich luc=-:extract404"
        " | Ngay bo sung=date@%d/%m/%Y | Nguoi yeu cau=-:requester404 | SDT=phone"
        " | Ghi chu=-:note_vi",
        encoding="utf-8-sig",
    ),
    _shape(
        "nhat_ky_dieu_chinh_csdl_dan_cu_sau_cai_chinh_vn404",
        "STT=row | Số định danh cá nhân=cccd | Họ và tên (sau điều chỉnh)=full_name"
        " | Họ tên trước điều chỉnh=-:old_name404 | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Nơi thường trú=address | Trường thông tin=-:field404"
        " | Giá trị cũ=-:old404 | Giá trị mới=-:new404 | Căn cứ=-:ground404"
        " | Ngày tiếp nhận=date@%d/%m/%Y | Cán bộ cập nhật=-:police404"
        " | Thời điểm đồng bộ=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "inscripciones_tardias_nacimiento_ec404",
        "N°=row | Cédula=national_id:cedula404 | Apellidos=family_name:ec_family404"
        " | Nombres=given_name:ec_given404 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_ec404 | Lugar de nacimiento=-:ec_birthplace404"
        " | Nombres del padre=-:ec_father404 | Nombres de la madre=-:ec_mother404"
        " | Dirección domiciliaria=street:ec_street404 | Parroquia=suburb:ec_parish404"
        " | Cantón=district:ec_canton404 | Provincia=state:ec_prov404"
        " | Celular=phone:phone_ec404 | Tomo/Página/Acta=-:ec_acta404"
        " | Causa de inscripción tardía=-:ec_cause404 | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "dhilo_janma_darta_ward_np404",
        "क्र.सं.=row | दर्ता नं.=-:np_reg404 | नाम थर=full_name:np_name404"
        " | जन्म मिति (ई.सं.)=birth_date@%Y-%m-%d | लिङ्ग=sex:sex_np404"
        " | नागरिकता प्रमाणपत्र नं.=national_id:np_citizen404"
        " | बाबुको नाम थर=-:np_father404 | आमाको नाम थर=-:np_mother404"
        " | जन्म स्थान=-:np_birthplace404 | स्थायी ठेगाना=address:np_addr404"
        " | सम्पर्क नं.=phone:phone_np404 | ढिलो दर्ता दस्तुर=-:np_fee404"
        " | दर्ता मिति (ई.सं.)=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "bdr_late_birth_registrations_gh404",
        "S/N=row | Late Reg. No.=-:gh_reg404 | Ghana Card PIN=national_id:gh_card404"
        " | Surname=family_name:gh_surname404 | Other Names=given_name:gh_other404"
        " | Date of Birth=birth_date@%d/%m/%Y | Sex=sex:sex_gh404"
        " | Place of Birth=-:gh_birthplace404 | Mother's Name=-:gh_mother404"
        " | Father's Name=-:gh_father404 | House No./Locality=street:gh_addr404"
        " | GhanaPost GPS=postcode:gh_gps404 | District=district:gh_district404"
        " | Region=state:gh_region404 | Phone No.=phone:phone_gh404"
        " | Fee Paid (GH₵)=-:gh_fee404 | Date Registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "adoptionsbevillinger_familieretshuset_dk404",
        "Løbenr.=row | Sagsnr.=-:dk_case404 | Adoptivbarnets CPR-nr.=national_id:cpr404"
        " | Fornavn(e)=given_name:dk_given404 | Efternavn=family_name:dk_family404"
        " | Fødselsdato=birth_date@%d-%m-%Y | Køn=sex:sex_dk404"
        " | Adoptant 1=-:dk_adopter404 | Adoptant 2=-:dk_adopter2404"
        " | Adresse=street:dk_street404 | Postnr.=postcode:dk_post404 | By=district:dk_city404"
        " | Tlf. adoptant=-:dk_phone404 | Adoptionstype=-:dk_kind404"
        " | Bevillingsdato=date@%d-%m-%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "vvaq_duzelisler_az404",
        "S/s=row | FİN=national_id:fin404 | Soyadı=family_name:az_family404"
        " | Adı=given_name:az_given404 | Atasının adı=-:az_father404"
        " | Doğum tarixi=birth_date@%d.%m.%Y | Cinsi=sex:sex_az404"
        " | Qeydiyyat ünvanı=address:az_addr404 | Mobil telefon=phone:phone_az404"
        " | Aktın növü=-:az_act404 | Akt qeydinin nömrəsi=-:az_actno404"
        " | Düzəlişin məzmunu=-:az_change404 | Müraciət tarixi=date@%d.%m.%Y"
        " | Qərar=-:az_decision404",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cedula404",
    "np_citizen404",
    "gh_card404",
    "cpr404",
    "fin404",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ec404", "sex_np404", "sex_gh404", "sex_dk404", "sex_az404")
NAME_HOLDS = frozenset(
    {"ec_family404", "ec_given404", "np_name404", "gh_surname404", "gh_other404"}
    | {"dk_given404", "dk_family404", "az_family404", "az_given404"}
)
PHONE_HOLDS: tuple[str, ...] = ("phone_ec404", "phone_np404", "phone_gh404", "phone_az404")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("np_addr404", "az_addr404")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND404",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND404",
]
