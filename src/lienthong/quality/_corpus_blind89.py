"""The eighty-ninth part of the outside corpus, **blind 89** (written 16:40 UTC, 2026-12-06, never
used for tuning): person files a ward's police, a province's home affairs department, a Đắk Lắk
commune's agricultural extension station, a Thanh Hóa commune handing out lean-season rice,
Turkey's İŞKUR, Iran's Imam Khomeini Relief Foundation, the Haifa municipality, Egypt's
Ministry of Supply and a Moroccan province after the Al Haouz earthquake could hand over. Four
Vietnamese files: a ward police's list of the members of its grassroots security and order
teams (tổ bảo vệ ANTT ở cơ sở) in Excel (the personal identification number, the schooling,
party membership ticked with x, the post in the team, the team by neighbourhood, the decision
and its date, the monthly allowance by post, the bank account and bank); a province's list of
Agent Orange victims receiving monthly allowances in Windows-1258 with semicolons (the home
town apart from where they live now, veteran or child of a veteran by the birth year, the
years and theatre of service, the reduced working capacity or the child's disability, the
allowance, the caregiver, the decision and the day it starts); a commune's coffee replanting
support list in UTF-16 with tabs (the CCCD in groups, the buôn or thôn and commune, the
ethnicity, the area in hectares with a decimal comma, the clone varieties, the seedlings, the
bank loan in millions, the seedling support, the day of acceptance, the extension officer);
and a mountain commune's lean-season rice relief list in UTF-8 with tabs and headers without
diacritics (the household members, the hungry ones, the months, the kilograms at 15 kg a person
a month, the reason, who collected it in the head's stead, an empty signature column). Five
foreign files: an İŞKUR community benefit programme (TYP) participant list in Windows-1254
with tabs (the T.C. Kimlik No with its two check digits, the surname in capitals, the father's
name, the schooling, the street line with its İç Kapı No, ilçe and il apart, ``0532 123 45
67`` phones, the IBAN with its mod 97 check, the programme, the public body the person works
at, its end date, the disability, the İŞKUR adviser); an Imam Khomeini Relief Foundation
list of supported households in UTF-8 with a BOM and Persian headers (the کد ملی, the father's
name and the birth certificate number, Solar Hijri birth and file-opening dates, the province
and county, a street line with Persian digits, the ten-digit postcode with its dash, the
dependants, the kind of support, the monthly pension in rials, the Sheba number, the social
worker); the Haifa municipality's arnona discounts in UTF-16 with tabs and Hebrew headers (the
payer number, the ת.ז. with its check digit, ז/נ, the property's street line, the seven-digit
mikud, the discount with its percent, the area in m², the end of its validity); an Egyptian
ration card register in Excel with Arabic headers (the card number, the four-part name, the
14-digit national number, the address with its district, the governorate, the supply office,
the members, the grocer, ``01x`` phones, the card's status, the day of the last dispensing);
and an Al Haouz earthquake reconstruction aid list in Windows-1256 with semicolons and
French/Arabic headers (the surname in capitals, the CIN, the douar, commune and province, the
RSU household identifier, the damage, the reconstruction and monthly aid in dirhams, the
caïdat).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind89_writers import WRITERS_BLIND89
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND89: tuple[Shape, ...] = (
    _shape(
        "to_bao_ve_antt_co_so_vn89",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | Trình độ VH=-:school89"
        " | Đảng viên=-:party89 | Chức danh=-:post89 | Thuộc Tổ=-:team89"
        " | Số QĐ công nhận=-:team_decision89 | Ngày QĐ=date@%d/%m/%Y"
        " | Mức hỗ trợ (đ/tháng)=-:team_pay89 | Số TK=-:account89 | Ngân hàng=-:bank89"
        " | SĐT=phone",
        file="xlsx",
    ),
    _shape(
        "nan_nhan_chat_doc_da_cam_vn89",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Quê quán=-:hometown89"
        " | Nơi ở hiện nay=address:ao_home89 | Đối tượng=-:ao_kind89"
        " | Thời gian, địa bàn tham gia KC=-:ao_service89"
        " | Tỷ lệ suy giảm KNLĐ / Tình trạng=-:ao_rate89"
        " | Mức trợ cấp hằng tháng (đồng)=-:ao_amount89"
        " | Người trực tiếp chăm sóc=-:ao_carer89 | Số Quyết định=-:ao_decision89"
        " | Hưởng từ ngày=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_tai_canh_ca_phe_vn89",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd:cccd_spaced | Buôn/thôn, xã=address:coffee_addr89"
        " | Dân tộc=-:coffee_ethnic89 | DT tái canh (ha)=-:coffee_area89"
        " | Giống=-:variety89 | Số cây giống=-:trees89 | Vay vốn (tr.đ)=-:loan89"
        " | Ngân hàng cho vay=-:coffee_bank89 | Hỗ trợ giống (đồng)=-:seedling_aid89"
        " | Ngày nghiệm thu=date@%d/%m/%Y | CB khuyến nông=-:extension89"
        " | Điện thoại=phone:phone_dotted",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "cuu_doi_giap_hat_vn89",
        "STT=row | Ho ten chu ho=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex:sex_vn89 | So CCCD=cccd | Dia chi=address:rice_addr89"
        " | So nhan khau=-:members89 | So khau thieu doi=-:hungry89 | So thang=-:months89"
        " | So gao (kg)=-:rice_kg89 | Ly do=-:rice_reason89 | Nguoi nhan thay=-:proxy89"
        " | Ngay nhan=date@%d/%m/%Y | Ky nhan=-:none89",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "typ_katilimci_iskur_tr89",
        "Sıra No=row | T.C. Kimlik No=national_id:tckn_tr89 | Adı=given_name:given_tr89"
        " | Soyadı=family_name:family_tr89 | Baba Adı=-:father_tr89"
        " | Doğum Tarihi=birth_date@%d.%m.%Y | Cinsiyeti=sex:sex_tr89"
        " | Öğrenim Durumu=-:edu_tr89 | Adres=street:street_tr89 | İlçe=district:ilce_tr89"
        " | İl=province:il_tr89 | Cep Telefonu=phone:phone_tr89 | IBAN=-:iban_tr89"
        " | Program Adı=-:program_tr89 | Çalıştığı Kurum=-:employer_tr89"
        " | Başlama Tarihi=date@%d.%m.%Y | Bitiş Tarihi=date:end_tr89"
        " | Engellilik Durumu=-:disab_tr89 | İş ve Meslek Danışmanı=-:advisor_tr89",
        english=True,
        encoding="cp1254",
        delimiter="\t",
    ),
    _shape(
        "komite_emdad_mashhad_ir89",
        "ردیف=row | کد ملی=national_id:melli_ir89 | نام=given_name:given_ir89"
        " | نام خانوادگی=family_name:family_ir89 | نام پدر=-:father_ir89"
        " | شماره شناسنامه=-:shenas_ir89 | تاریخ تولد=birth_date:birth_ir89"
        " | جنسیت=sex:sex_ir89 | استان=state:province_ir89 | شهرستان=district:county_ir89"
        " | نشانی=street:street_ir89 | کد پستی=postcode:postcode_ir89"
        " | تلفن همراه=phone:phone_ir89 | تعداد افراد تحت تکفل=-:dependants_ir89"
        " | نوع حمایت=-:support_ir89 | مستمری ماهانه (ریال)=-:amount_ir89"
        " | شماره شبا=-:sheba_ir89 | مددکار=-:worker_ir89"
        " | تاریخ تشکیل پرونده=date:opened_ir89",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "hanachot_arnona_haifa_il89",
        "מס\u05f3=row | מספר משלם=-:payer_il89 | ת.ז.=national_id:tz_il89"
        " | שם משפחה=family_name:family_il89 | שם פרטי=given_name:given_il89"
        " | תאריך לידה=birth_date@%d/%m/%Y | מין=sex:sex_il89"
        " | כתובת הנכס=street:street_il89 | ישוב=district:city_il89"
        " | מיקוד=postcode:mikud_il89 | טלפון=phone:phone_il89"
        " | סוג הנחה=-:discount_il89 | אחוז הנחה=-:pct_il89"
        " | שטח (מ\u05f4ר)=-:area_il89 | תוקף עד=date:until_il89"
        " | תאריך הגשה=date@%d/%m/%Y | הערות=-:note_il89",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bataqat_tamwin_eg89",
        "م=row | رقم البطاقة التموينية=-:card_eg89 | اسم صاحب البطاقة=full_name:name_eg89"
        " | الرقم القومي=national_id:nid_eg89 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | النوع=sex:sex_eg89 | العنوان=address:addr_eg89 | المحافظة=state:gov_eg89"
        " | مكتب التموين=-:office_eg89 | عدد الأفراد المقيدين=-:members_eg89"
        " | البقال التمويني=-:grocer_eg89 | رقم المحمول=phone:phone_eg89"
        " | حالة البطاقة=-:status_eg89 | تاريخ آخر صرف=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "aide_reconstruction_haouz_ma89",
        "N°=row | Nom / النسب=family_name:family_ma89 | Prénom / الاسم=given_name:given_ma89"
        " | CIN / ب.ت.و=national_id:cin_ma89 | Date de naissance / تاريخ الازدياد=birth_date"
        "@%d/%m/%Y | Sexe / الجنس=sex:sex_ma89 | Douar / الدوار=suburb:douar_ma89"
        " | Commune / الجماعة=district:commune_ma89 | Province / الإقليم=state:province_ma89"
        " | GSM / الهاتف=phone:phone_ma89 | Identifiant RSU=-:rsu_ma89"
        " | Dommages / الأضرار=-:damage_ma89 | Aide reconstruction (DH)=-:aid_ma89"
        " | Aide mensuelle (DH)=-:monthly_ma89 | Date 1er versement=date@%d/%m/%Y"
        " | Caïdat / القيادة=-:caid_ma89",
        english=True,
        encoding="cp1256",
        delimiter=";",
    ),
)

#: Every date format of this part is one the corpus already knows.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "tckn_tr89",
    "melli_ir89",
    "tz_il89",
    "nid_eg89",
    "cin_ma89",
)
SEX_HOLDS: tuple[str, ...] = (
    "sex_vn89",
    "sex_tr89",
    "sex_ir89",
    "sex_il89",
    "sex_eg89",
    "sex_ma89",
)
NAME_HOLDS = frozenset(
    {"given_tr89", "family_tr89", "given_ir89", "family_ir89", "given_il89", "family_il89"}
    | {"name_eg89", "given_ma89", "family_ma89"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_tr89",
    "phone_ir89",
    "phone_il89",
    "phone_eg89",
    "phone_ma89",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("ao_home89", "coffee_addr89", "rice_addr89")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND89",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND89",
]
