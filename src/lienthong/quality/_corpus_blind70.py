"""The seventieth part of the outside corpus, **blind 70** (written 14:01 UTC, 2026-12-06, never
used for tuning): person files an agricultural cooperative, a ward's police, a bus company, a
district's social affairs office, a Sri Lankan divisional secretariat, a Cambodian commune, a
Belarusian social protection office, a Senegalese health mutual and a Panamanian social
programme could hand over. Four Vietnamese files: a cooperative's member list in Excel (the
capital contributed, the land area brought in and its kind, the member book, the post, the
joining date); a ward's list of VNeID level-2 activations in UTF-16 with tabs (the phone used,
the device and its system, the dossier, the activating police officer and rank, the status, the
time last updated); a bus company's monthly pass holders with unaccented headers and semicolons
(the category of student, elderly or worker, the school or employer, the student number, the
route, the pass, its price and expiry); and a district's list of severely disabled people
receiving the social allowance in Windows-1258 with semicolons (the commune, the kind and level
of disability, the coefficient and amount, the carer's name, relation, CCCD, phone and pay).
Five foreign files: a Sri Lankan Aswesuma welfare list in UTF-8 with headers in Sinhala and
English (the new 12-digit NIC with the birth year and day of year, +500 for women, the name with
initials and in full, the GN and DS divisions, the GN officer, the bank account); a Cambodian
IDPoor list in UTF-8 with a BOM and Khmer headers (the 9-digit ID card number, Khmer names and
the name in Latin, commune, district and province, the equity card, the head of household); a
Belarusian benefit list in Windows-1251 with semicolons and headers in Belarusian and Russian
(the 14-character identification number, the patronymic, the passport, the employer, the
specialist); a Senegalese health-mutual enrolment list in UTF-8 with semicolons, French headers
and Wolof notes (the 13-digit CNI number, the place of birth, commune and région, the community
relay); and a Panamanian transfer programme list in Windows-1252 (the cédula like 8-123-4567,
two surnames, provincia, distrito and corregimiento, the bank account, the promoter).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind70_writers import WRITERS_BLIND70
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND70: tuple[Shape, ...] = (
    _shape(
        "thanh_vien_hop_tac_xa_vn70",
        "STT=row | Họ và tên thành viên=full_name | Ngày sinh=birth_date:excel_date"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ=address | Điện thoại=phone"
        " | Vốn góp (đồng)=-:capital70 | Diện tích đất góp (m2)=-:land70"
        " | Loại đất=-:landtype70 | Ngày gia nhập HTX=date:excel_event"
        " | Số sổ TV=-:memberbook70 | Chức vụ=-:coop_role70 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "kich_hoat_vneid_muc_2_vn70",
        "STT=row | Họ tên công dân=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh=cccd | Nơi thường trú=address | SĐT đăng ký tài khoản=phone"
        " | Thiết bị=-:device70 | HĐH=-:os70 | Mức tài khoản=-:level70"
        " | Mã hồ sơ=-:dossier70 | Ngày kích hoạt=date@%d/%m/%Y"
        " | CB Công an thực hiện=-:vneid_officer70 | Cấp bậc=-:rank70"
        " | Trạng thái=-:vneid_status70 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ve_thang_xe_buyt_vn70",
        "STT=row | Ma the=-:pass_no70 | Ho ten=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex:sex_ascii70 | So CCCD=cccd"
        " | Dia chi=address:address_ascii | SDT=phone | Doi tuong=-:bus_cat70"
        " | Truong / Co quan=-:bus_place70 | MSSV=-:student_no70 | Tuyen=-:route70"
        " | Loai ve=-:pass_type70 | Gia ve (VND)=-:pass_price70 | Han su dung=date@%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "tro_cap_khuyet_tat_dac_biet_nang_vn70",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Xã, thị trấn=ward:ward70"
        " | Dạng tật=-:disability70 | Mức độ KT=-:dis_level70 | Hệ số=-:coef70"
        " | Mức trợ cấp (đ/tháng)=-:allowance70 | Họ tên người chăm sóc=-:carer70"
        " | Quan hệ=-:carer_rel70 | CCCD người chăm sóc=-:carer_cccd70"
        " | SĐT người chăm sóc=-:carer_phone70 | Hỗ trợ chăm sóc (đ)=-:carer_pay70"
        " | Ngày hưởng=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "aswesuma_beneficiaries_lk70",
        "අනු අංකය / No.=row | ජා.හැ.අ. / NIC No.=national_id:nic_lk70"
        " | මුලකුරු සමග නම / Name with Initials=full_name:lk_initials70"
        " | සම්පූර්ණ නම / Name in Full=full_name:lk_full70"
        " | උපන් දිනය / Date of Birth=birth_date@%Y-%m-%d | ස්ත්‍රී/පුරුෂ / Sex=sex:sex_lk70"
        " | ස්ථිර ලිපිනය / Permanent Address=address:addr_lk70"
        " | ග්‍රා.නි. වසම / GN Division=suburb:gn_lk70"
        " | ප්‍රා.ලේ. කොට්ඨාසය / DS Division=district:ds_lk70"
        " | ජංගම දුරකථන / Mobile=phone:phone_lk70 | කාණ්ඩය / Category=-:welfare_lk70"
        " | මාසික දීමනාව (රු.) / Benefit (Rs.)=-:benefit_lk70"
        " | බැංකු ගිණුම් අංකය / Bank A/C=-:bank_lk70"
        " | ග්‍රාම නිලධාරී / GN Officer=-:gn_officer70"
        " | ලියාපදිංචි දිනය / Date Registered=date@%Y-%m-%d",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "idpoor_household_members_kh70",
        "ល.រ=row | គោត្តនាម=family_name:kh_family70 | នាម=given_name:kh_given70"
        " | ឈ្មោះជាអក្សរឡាតាំង=full_name:kh_latin70 | ភេទ=sex:sex_kh70"
        " | ថ្ងៃខែឆ្នាំកំណើត=birth_date@%d/%m/%Y"
        " | លេខអត្តសញ្ញាណប័ណ្ណសញ្ជាតិខ្មែរ=national_id:id_kh70"
        " | ឃុំ/សង្កាត់=suburb:commune_kh70 | ស្រុក/ក្រុង/ខណ្ឌ=district:district_kh70"
        " | ខេត្ត/រាជធានី=state:province_kh70 | លេខទូរស័ព្ទ=phone:phone_kh70"
        " | លេខប័ណ្ណសមធម៌=-:equity_kh70 | កម្រិតភាពក្រីក្រ=-:poverty_kh70"
        " | ឈ្មោះមេគ្រួសារ=-:head_kh70 | កាលបរិច្ឆេទចុះបញ្ជី=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "atrymalniki_dapamogi_by70",
        "№ п/п=row | Ідэнтыфікацыйны нумар (Идентификационный номер)=national_id:idn_by70"
        " | Прозвішча / Фамилия=family_name:by_family70 | Імя / Имя=given_name:by_given70"
        " | Імя па бацьку / Отчество=-:by_patr70"
        " | Дата нараджэння / Дата рождения=birth_date@%d.%m.%Y | Пол=sex:sex_by70"
        " | Пашпарт (серыя, нумар)=-:passport_by70"
        " | Адрас рэгістрацыі / Адрес регистрации=address:addr_by70"
        " | Тэлефон=phone:phone_by70 | Месца працы=-:employer_by70"
        " | Від дапамогі / Вид пособия=-:benefit_by70 | Сума, руб.=-:amount_by70"
        " | Дата прызначэння=date@%d.%m.%Y | Спецыяліст=-:officer_by70",
        english=True,
        encoding="cp1251",
        delimiter=";",
    ),
    _shape(
        "adherents_mutuelle_sante_sn70",
        "N°=row | N° CNI (NIN)=national_id:cni_sn70 | Prénom(s)=given_name:sn_given70"
        " | Nom=family_name:sn_family70 | Date de naissance=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:birthplace_sn70 | Sexe=sex:sex_sn70"
        " | Adresse (quartier / villa)=street:street_sn70 | Commune=district:commune_sn70"
        " | Région=state:region_sn70 | Téléphone=phone:phone_sn70"
        " | Mutuelle=-:mutuelle_sn70 | N° adhérent=-:member_sn70"
        " | Date d'adhésion=date@%d/%m/%Y | Relais communautaire=-:relais_sn70"
        " | Observations (wolof)=-:note_sn70",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "beneficiarios_red_oportunidades_pa70",
        "N°=row | Cédula=national_id:cedula_pa70 | Nombre=given_name:pa_given70"
        " | Primer apellido=family_name:pa_family70 | Segundo apellido=-:pa_family2_70"
        " | Sexo=sex:sex_pa70 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Provincia=state:prov_pa70 | Distrito=district:dist_pa70"
        " | Corregimiento=suburb:correg_pa70 | Dirección=street:street_pa70"
        " | Celular=phone:phone_pa70 | Cuenta Banco Nacional=-:account_pa70"
        " | Monto (B/.)=-:amount_pa70 | Fecha de ingreso=date@%d/%m/%Y"
        " | Promotor(a)=-:promoter_pa70",
        english=True,
        encoding="cp1252",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nic_lk70", "id_kh70", "idn_by70", "cni_sn70", "cedula_pa70")
SEX_HOLDS: tuple[str, ...] = (
    "sex_ascii70",
    "sex_lk70",
    "sex_kh70",
    "sex_by70",
    "sex_sn70",
    "sex_pa70",
)
NAME_HOLDS = frozenset(
    {"lk_initials70", "lk_full70", "kh_family70", "kh_given70", "kh_latin70"}
    | {"by_family70", "by_given70", "sn_given70", "sn_family70", "pa_given70", "pa_family70"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_lk70",
    "phone_kh70",
    "phone_by70",
    "phone_sn70",
    "phone_pa70",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_lk70", "addr_by70", "street_sn70", "street_pa70")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND70",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND70",
]
