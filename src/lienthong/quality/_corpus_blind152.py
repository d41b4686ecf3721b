"""The hundred-and-fifty-second part of the outside corpus, **blind 152** (written 22:10 UTC,
2026-12-06, never used for tuning): person files a commune handing out smartphones as 2G is
switched off, a district paying salt farmers, a commune's community digital technology teams, a
ward's team that catches stray dogs, an Israeli municipality's dog licensing office, Cyprus's
state student grant service, a Greek employer's ERGANI hiring announcements, Malta's electoral
commission and an Albanian road transport office could hand over.
Four Vietnamese files: poor households given a smartphone to replace a 2G phone, in Windows-1258
with semicolons (the 2G number they use, the carrier, the household's category and code, the
handset and its IMEI, the day it was handed over, who signed); salt farmers' support in Excel
(the salt field, the area, the way they make salt, the salt left unsold, the amount, the
cooperative); the members of a community digital technology team in UTF-16 with tabs (the team,
the post in it, the job they already hold, Zalo, the task, the decision that set it up); and a
ward's record of stray dogs caught, in UTF-8 with a BOM and semicolons, headers with odd spacing
(the record number, the day and place it was caught, the breed, the owner, the fine, the
outcome, the officer and the officer's phone, the time the row was updated).
Five foreign files: an Israeli municipality's register of dogs in Windows-1255 with Hebrew
headers (the Teudat Zehut with its check digit, given and family names, the street, house and
town, the postcode, the mobile, the dog's name, breed and microchip, the rabies shot, the vet,
the licence fee in shekels); Cyprus's state student grant in Windows-1253 with Greek headers (the
identity card number, the student's name in capitals, the street and flat, the town, the
postcode, the mobile, the parent and the parent's identity card, the university, the IBAN, the
family income, the status); ERGANI hiring announcements in ISO-8859-7 with semicolons (the ΑΦΜ
with its check digit beside the ΑΜΚΑ with its Luhn digit and the identity card, names in
capitals without accents, the patronymic, the street, Τ.Κ. and δήμος, the employer, the post,
the contract, the pay, the Ε3 protocol); Malta's electoral register with Maltese and English
headers (the identity card number with its letter, the house and street, the locality, the
electoral district, whether the voting document was collected, the polling station); and an
Albanian register of vehicle owners in Windows-1250 with semicolons (the plate, the make, the
VIN, the owner's NID with its decade and control letters, the father's name, the day of birth
with dots, the place of birth, the address, the phone, the insurer, the day registered).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind152_writers import WRITERS_BLIND152
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND152: tuple[Shape, ...] = (
    _shape(
        "ho_ngheo_nhan_dien_thoai_thong_minh_chuyen_doi_2g_xa_vn152",
        "STT=row | Họ và tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Số thuê bao 2G đang dùng=phone | Nhà mạng=-:g2_carrier152"
        " | Diện hộ=-:g2_kind152 | Mã hộ=-:g2_code152 | Địa chỉ=address"
        " | Loại máy được hỗ trợ=-:g2_model152 | Số IMEI=-:g2_imei152"
        " | Ngày nhận máy=date@%d/%m/%Y | Ký nhận=-:g2_sign152",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "diem_dan_nhan_ho_tro_muoi_ton_dong_huyen_vn152",
        "TT=row | Họ và tên diêm dân=full_name:full_name_caps | Giới tính=sex"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Số CCCD/ĐDCN=cccd"
        " | Số ĐT=phone:phone_spaced | Nơi thường trú=address | Đồng muối=-:salt_field152"
        " | Diện tích SX (m2)=-:salt_area152 | Phương pháp SX=-:salt_way152"
        " | Muối tồn (tấn)=-:salt_tons152 | Số tiền hỗ trợ (đ)=-:salt_amount152"
        " | Thành viên HTX=-:salt_coop152 | Ngày chi trả=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "thanh_vien_to_cong_nghe_so_cong_dong_xa_vn152",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐDCN=cccd | Tổ CNSCĐ=-:cns_team152 | Chức danh trong Tổ=-:cns_role152"
        " | Chức vụ/nghề nghiệp hiện nay=-:cns_job152 | SĐT (Zalo)=phone"
        " | Dùng Zalo=-:cns_zalo152 | Email=email | Nhiệm vụ phụ trách=-:cns_task152"
        " | Nơi ở hiện nay=address | QĐ thành lập Tổ=-:cns_decision152",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_theo_doi_bat_giu_cho_tha_rong_phuong_vn152",
        "STT=row | Số  biên bản=-:dog_case152 | Ngày bắt giữ=date@%d/%m/%Y"
        " | Nơi bắt=-:dog_place152 | Loại chó=-:dog_breed152 | Họ tên  chủ nuôi=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD  chủ nuôi=cccd:cccd_spaced"
        " | Địa chỉ chủ nuôi=address | ĐT chủ nuôi=phone:phone_dotted"
        " | Mức phạt (đ)=-:dog_fine152 | Kết quả xử lý=-:dog_outcome152"
        " | Cán bộ lập BB=-:dog_officer152 | ĐT cán bộ=-:dog_officer_phone152"
        " | Ghi chú=-:note_vi | Cập nhật=timestamp",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "rishui_kelavim_iriya_il152",
        "מס' סידורי=row | מספר זהות=national_id:il_tz152 | שם פרטי=given_name:il_given152"
        " | שם משפחה=family_name:il_family152 | כתובת=address:il_addr152"
        " | מיקוד=postcode:il_pc152 | טלפון נייד=phone:il_phone152 | דואר אלקטרוני=email"
        " | שם הכלב=-:il_dog152 | גזע=-:il_breed152 | מספר שבב=-:il_chip152"
        " | תאריך חיסון כלבת=date:il_rabies152 | וטרינר מחסן=-:il_vet152"
        " | אגרת רישיון=-:il_fee152",
        english=True,
        encoding="cp1255",
    ),
    _shape(
        "kratiki_foititiki_merimna_foititiki_chorigia_cy152",
        "Α/Α=row | Αρ. Ταυτότητας=national_id:cy_id152"
        " | Ονοματεπώνυμο Φοιτητή=full_name:cy_name152 | Ημερ. Γέννησης=birth_date:cy_birth152"
        " | Διεύθυνση=street:cy_street152 | Πόλη/Κοινότητα=district:cy_town152"
        " | Ταχ. Κώδικας=postcode:cy_pc152 | Τηλ. Κινητό=phone:cy_phone152"
        " | Όνομα Γονέα=-:cy_parent152 | Αρ. Ταυτ. Γονέα=-:cy_parent_id152"
        " | Ίδρυμα Φοίτησης=-:cy_uni152 | IBAN=-:cy_iban152"
        " | Οικογενειακό Εισόδημα (€)=-:cy_income152 | Κατάσταση Αίτησης=-:cy_status152"
        " | Ημερ. Υποβολής=date@%d/%m/%Y",
        english=True,
        encoding="cp1253",
    ),
    _shape(
        "ergani_anaggelia_proslipsis_e3_gr152",
        "Α/Α=row | ΑΦΜ Εργαζομένου=-:gr_afm152 | ΑΜΚΑ=national_id:gr_amka152"
        " | Αρ. Δελτ. Ταυτότητας=-:gr_adt152 | Επώνυμο=family_name:gr_family152"
        " | Όνομα=given_name:gr_given152 | Πατρώνυμο=-:gr_father152 | Φύλο=sex:gr_sex152"
        " | Ημ/νία Γέννησης=birth_date@%d/%m/%Y | Διεύθυνση Κατοικίας=street:gr_street152"
        " | Τ.Κ.=postcode:gr_pc152 | Δήμος=district:gr_dimos152"
        " | Κινητό Τηλ.=phone:gr_phone152 | Εργοδότης=-:gr_employer152"
        " | Ειδικότητα=-:gr_job152 | Είδος Σύμβασης=-:gr_term152"
        " | Ημ/νία Πρόσληψης=date@%d/%m/%Y | Μικτές Αποδοχές=-:gr_pay152"
        " | Αρ. Πρωτ. Ε3=-:gr_protocol152",
        english=True,
        encoding="iso-8859-7",
        delimiter=";",
    ),
    _shape(
        "registru_elettorali_kummissjoni_elettorali_mt152",
        "Nru.=row | Nru. tal-Karta tal-Identità / ID Card No.=national_id:mt_id152"
        " | Kunjom / Surname=family_name:mt_family152 | Isem / Name=given_name:mt_given152"
        " | Data tat-Twelid / Date of Birth=birth_date@%d/%m/%Y"
        " | Indirizz / Address=street:mt_addr152 | Lokalità / Locality=district:mt_town152"
        " | Distrett / District=-:mt_district152 | Dokument tal-Vot=-:mt_vote_doc152"
        " | Post tal-Votazzjoni / Polling Station=-:mt_polling152"
        " | Data tar-Reġistrazzjoni=date@%d/%m/%Y",
        english=True,
    ),
    _shape(
        "regjistri_pronareve_automjeteve_dpshtrr_al152",
        "Nr.=row | Targa=-:al_plate152 | Marka/Modeli=-:al_make152"
        " | Viti i prodhimit=-:al_year152 | Nr. i shasisë (VIN)=-:al_vin152"
        " | Numri personal i pronarit=national_id:al_nid152 | Emri=given_name:al_given152"
        " | Atësia=-:al_father152 | Mbiemri=family_name:al_family152"
        " | Datëlindja=birth_date@%d.%m.%Y | Gjinia=sex:al_sex152"
        " | Vendlindja=-:al_pob152 | Adresa e banimit=address:al_addr152"
        " | Nr. telefoni=phone:al_phone152 | Siguracioni (TPL)=-:al_insurer152"
        " | Data e regjistrimit=date:al_registered152",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("il_tz152", "cy_id152", "gr_amka152", "mt_id152", "al_nid152")
SEX_HOLDS: tuple[str, ...] = ("gr_sex152", "al_sex152")
NAME_HOLDS = frozenset(
    {
        "il_given152",
        "il_family152",
        "cy_name152",
        "gr_family152",
        "gr_given152",
        "mt_family152",
        "mt_given152",
        "al_given152",
        "al_family152",
    }
)
PHONE_HOLDS: tuple[str, ...] = ("il_phone152", "cy_phone152", "gr_phone152", "al_phone152")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("il_addr152", "al_addr152")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND152",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND152",
]
