"""The hundred-and-third part of the outside corpus, **blind 103** (written 17:30 UTC, 2026-12-06,
never used for tuning): person files a district's home affairs office recruiting commune civil
servants, a city district's economy office licensing alcohol shops, a district labour office
sending war invalids to convalescence, a company's occupational safety officer, a Ugandan
district's SAGE desk, a Burundian commune's health card office, Somaliland's traffic police, the
Djiboutian social ministry and a Malawian district agriculture office could hand over. Four
Vietnamese files: a Phú Ninh home affairs office's list of candidates in the commune civil
servant exam (thi tuyển công chức cấp xã) in UTF-8 with a BOM and semicolons (the candidate
number, the degree and major, the post applied for, the priority group, the score with a decimal
comma, the result, the phone and e-mail, the day the file was lodged); a Hải Phòng district's
register of retail alcohol licences (giấy phép bán lẻ rượu) in Windows-1258 with semicolons (the
licence number, the shop's name and its kiosk apart from the owner's home, the tax code, the kind
of liquor, the day issued and the day it runs out, a note); a Hải Hậu labour office's list of
people with merit sent to rotating convalescence (điều dưỡng luân phiên) in UTF-16 with tabs and
headers without diacritics (the category and injury rate, the file number, the centre or at home,
the round, the amount, the one who receives it on their behalf); and a Đà Nẵng company's register
of workplace accidents (sổ theo dõi tai nạn lao động) in Excel (the BHXH number, the job, the day
of the accident, the place, the injury, the days off, the cost, the loss of working capacity,
the home, the colleague who reported it and his phone). Five foreign files: a Mukono SAGE payroll
in UTF-8 with English/Luganda headers (the grant number, the NIN, surname and given name apart,
village, parish and sub-county in one column, the district, ``+256`` phones, the alternate
recipient and phone, the payment mode, the amount in UGX, the day paid, the status); a Burundian
commune's register of Cartes d'Assistance Médicale in Windows-1252 with semicolons and
French/Kirundi headers (the card number, the CNI, colline, commune and province apart, ``+257``
phones, dependants, the category, the day issued and the end, the health centre, the hill chief);
Somaliland's driving licences in UTF-8 with Somali/English headers (the licence, a three-part
name, the national id card in groups, the address with xaafad and degmo, ``+252 63`` phones, the
class, issue and expiry, the office, the blood group, the officer); the Djiboutian family
solidarity programme's beneficiaries in UTF-8 with a BOM, semicolons and French/Arabic headers
(the social register household, the CNI, quartier and ville apart, ``77`` phones, the household's
size, the PMT score, the quarterly amount in FDJ, the way it is paid, the day, the agent); and a
Malawian district's Affordable Inputs Programme redemptions in Excel with English/Chichewa headers
(the farmer id, the national id, surname and first name apart, the village, the group village
head, the district, ``0999`` phones, the EPA, the input, bags, the price paid, the agro-dealer,
the day redeemed, the extension worker).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind103_writers import WRITERS_BLIND103
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND103: tuple[Shape, ...] = (
    _shape(
        "thi_tuyen_cong_chuc_cap_xa_vn103",
        "STT=row | SBD=-:exam_no103 | Họ và tên thí sinh=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Nơi thường trú=address:exam_addr103 | Trình độ, chuyên ngành=-:degree103"
        " | Chức danh dự tuyển=-:post103 | Đối tượng ưu tiên=-:priority103"
        " | Điểm thi vòng 2=-:score103 | Kết quả=-:exam_result103 | Số điện thoại=phone"
        " | Email=email | Ngày nộp hồ sơ=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "giay_phep_ban_le_ruou_vn103",
        "TT=row | Số GP=-:licence103 | Tên cơ sở KD=-:shop103 | Địa điểm KD=-:shop_addr103"
        " | Chủ cơ sở=full_name | Ngày sinh=birth_date@%Y-%m-%d | Số CCCD=cccd | MST=mst"
        " | Nơi ĐKTT=address:liquor_addr103 | ĐT liên hệ=phone:phone_dotted"
        " | Loại rượu KD=-:liquor103 | Ngày cấp=date@%d/%m/%Y | Có giá trị đến=-:valid103"
        " | Ghi chú=-:liquor_note103",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "dieu_duong_luan_phien_nguoi_co_cong_vn103",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex"
        " | So CCCD=cccd:cccd_spaced | Doi tuong / Ty le TT=-:veteran103"
        " | So ho so=-:veteran_file103 | Dia chi=address:convalescence_addr103"
        " | Hinh thuc / Noi dieu duong=-:convalescence103 | Dot=-:round103"
        " | Ngay di=date@%d-%m-%Y | So tien (dong)=-:convalescence_amount103"
        " | Nguoi nhan thay=-:proxy103 | SDT=phone:phone_spaced",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_tai_nan_lao_dong_vn103",
        "TT=row | Họ tên người bị nạn=full_name | Ngày sinh=birth_date:excel_date"
        " | Giới tính=sex | Số CCCD=cccd | Số sổ BHXH=bhxh | Nghề nghiệp=-:accident_job103"
        " | Ngày xảy ra TNLĐ=date:excel_event | Nơi xảy ra=-:accident_place103"
        " | Mức độ thương tích=-:injury103 | Số ngày nghỉ=-:days_off103"
        " | Chi phí (đồng)=-:accident_cost103 | Tỷ lệ suy giảm KNLĐ=-:capacity_loss103"
        " | Địa chỉ thường trú=address:accident_addr103 | Người báo tin=-:reporter103"
        " | SĐT người báo=-:reporter_phone103",
        file="xlsx",
    ),
    _shape(
        "sage_senior_citizens_grant_payroll_ug103",
        "S/N=row | Grant No.=-:sage_id103 | NIN / Ennamba ya Ndagamuntu=national_id:nin_ug103"
        " | Surname / Erinnya ly'ekika=family_name:ug_family103"
        " | Given Name / Erinnya=given_name:ug_given103"
        " | Date of Birth / Olunaku lw'okuzaalibwa=birth_date@%d/%m/%Y"
        " | Sex / Ekikula=sex:sex_ug103"
        " | Village, Parish, Sub-county / Ekyalo, Omuluka, Eggombolola=address:ug_home103"
        " | District / Disitulikiti=district:ug_district103"
        " | Phone / Essimu=phone:ug_phone103"
        " | Alternate Recipient / Omusigire=-:ug_alternate103"
        " | Alternate Phone=-:ug_alt_phone103 | Payment Mode=-:ug_mode103"
        " | Amount (UGX) / Ssente=-:ug_amount103 | Date Paid / Olunaku lw'okusasulwa=date@%d/%m/%Y"
        " | Status=-:ug_status103",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "cartes_assistance_medicale_commune_bi103",
        "N°=row | N° CAM / Inomero y'ikarata=-:cam_no103"
        " | Nom / Izina ry'umuryango=family_name:bi_family103"
        " | Prénom / Izina=given_name:bi_given103"
        " | Date de naissance / Itariki y'amavuko=birth_date@%d/%m/%Y"
        " | Sexe / Igitsina=sex:sex_bi103"
        " | N° CNI / Ikarata karangamuntu=national_id:cni_bi103"
        " | Colline-Quartier / Umusozi=suburb:bi_hill103 | Commune / Komine=district:bi_commune103"
        " | Province / Intara=state:bi_province103 | Téléphone / Terefone=phone:bi_phone103"
        " | Personnes à charge / Abo atunze=-:bi_dependants103"
        " | Catégorie / Iciciro=-:bi_category103"
        " | Date de délivrance / Itariki yatangiweko=date@%d/%m/%Y"
        " | Valable jusqu'au=-:bi_until103 | Centre de santé / Ivuriro=-:bi_clinic103"
        " | Chef de colline / Umukuru w'umusozi=-:bi_chief103",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "liisanka_darawalnimada_somaliland_sl103",
        "Tirsi / No.=row | Lambarka Liisanka / Licence No.=-:sl_licence103"
        " | Magaca oo Saddexan / Full Name=full_name:sl_name103"
        " | Taariikhda Dhalashada / Date of Birth=birth_date@%d/%m/%Y"
        " | Jinsiga / Sex=sex:sex_sl103"
        " | Kaarka Aqoonsiga / National ID Card=national_id:sl_nid103"
        " | Cinwaanka / Address=address:sl_home103 | Telefoonka / Phone=phone:sl_phone103"
        " | Nooca Liisanka / Class=-:sl_class103"
        " | Taariikhda la Bixiyay / Date of Issue=date@%d/%m/%Y"
        " | Taariikhda uu Dhacayo / Expiry=-:sl_expiry103 | Xafiiska / Office=-:sl_office103"
        " | Nooca Dhiigga / Blood Group=-:sl_blood103 | Sarkaalka / Officer=-:sl_officer103",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "beneficiaires_pnsf_solidarite_famille_dj103",
        "N° / الرقم=row | N° ménage RSU / رقم الأسرة=-:dj_household103"
        " | Nom et prénom(s) / الاسم الكامل=full_name:dj_name103"
        " | Date de naissance / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | Sexe / الجنس=sex:sex_dj103 | N° CNI / رقم بطاقة الهوية=national_id:cni_dj103"
        " | Quartier / الحي=suburb:dj_quarter103 | Ville / المدينة=district:dj_town103"
        " | Téléphone / الهاتف=phone:dj_phone103"
        " | Taille du ménage / عدد أفراد الأسرة=-:dj_size103 | Score PMT=-:dj_pmt103"
        " | Montant trimestriel (FDJ) / المبلغ=-:dj_amount103"
        " | Mode de paiement / طريقة الدفع=-:dj_pay103"
        " | Date de paiement / تاريخ الدفع=date@%d/%m/%Y | Agent / العون=-:dj_agent103",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "affordable_inputs_programme_redemptions_mw103",
        "No.=row | Farmer ID=-:mw_farmer103"
        " | National ID No. / Nambala ya Chiphaso cha Unzika=national_id:mw_nid103"
        " | Surname / Dzina la Banja=family_name:mw_family103"
        " | First Name / Dzina Loyamba=given_name:mw_given103"
        " | Date of Birth / Tsiku Lobadwa=birth_date:excel_date"
        " | Sex / Mwamuna kapena Mkazi=sex:sex_mw103 | Village / Mudzi=suburb:mw_village103"
        " | GVH / Gulupu=-:mw_gvh103 | District / Boma=district:mw_district103"
        " | Phone / Foni=phone:mw_phone103 | EPA=-:mw_epa103 | Input / Zolowa=-:mw_input103"
        " | Bags / Matumba=-:mw_bags103 | Amount Paid / Ndalama=-:mw_paid103"
        " | Agro-dealer / Wogulitsa=-:mw_dealer103 | Date Redeemed / Tsiku=date:excel_event"
        " | Extension Worker / Mlangizi=-:mw_officer103",
        english=True,
        file="xlsx",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nin_ug103",
    "cni_bi103",
    "sl_nid103",
    "cni_dj103",
    "mw_nid103",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ug103", "sex_bi103", "sex_sl103", "sex_dj103", "sex_mw103")
NAME_HOLDS = frozenset(
    {"ug_family103", "ug_given103", "bi_family103", "bi_given103", "sl_name103"}
    | {"dj_name103", "mw_family103", "mw_given103"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "ug_phone103",
    "bi_phone103",
    "sl_phone103",
    "dj_phone103",
    "mw_phone103",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "exam_addr103",
    "liquor_addr103",
    "convalescence_addr103",
    "accident_addr103",
    "ug_home103",
    "sl_home103",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND103",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND103",
]
