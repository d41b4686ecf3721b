"""The two-hundred-and-fifty-sixth part of the outside corpus, **blind 256** (written 08:25
UTC, 2026-12-07, never used for tuning): person files a residential group collecting for alley
street lights, a lower secondary school's shared textbook shelf, a ward women's union, a commune
farm office, the Tamil Nadu fishermen's welfare board, a Kerala Kudumbashree neighbourhood
group, a Karnataka electricity supply company, a Telangana tahsildar's office and an Andhra
Pradesh ward secretariat could hand over. Four Vietnamese files: the households paying toward
the street lights of their alley, in UTF-8 with a BOM and semicolons (the people in the
household, the amount asked, whether it was paid, the day, who collected it); the pupils who
borrowed a set of textbooks from the school's shared shelf, in Windows-1258 with tabs and no
diacritics in the headers (the class, a parent and the parent's phone, the set, the number of
books, the day borrowed, the state they came back in); the women in a ward cooking contest, in
Excel (the branch, the dish, its main ingredients, the score, the prize); and the households
whose crops were flooded after a heavy rain, in UTF-16 with tabs (the crop, the area and the
share lost, the aid, the day counted, the officer who counted). Five foreign files: the members
of the Tamil Nadu fishermen's welfare board, in UTF-8 with a BOM and Tamil headers beside English
(the father or husband, the Aadhaar number in groups of four, the family ration card, the
fishing village, district and PIN, the boat's registration, the gear, the nominee, dates written
12-03-2024); the members of a Kudumbashree neighbourhood group, in UTF-16 with tabs and
Malayalam beside English (the husband or father, the Aadhaar, the ration card and its colour,
the house name and address, the weekly thrift, the CDS); the Gruha Jyothi free electricity
registrations of Karnataka, in Excel with Kannada beside English (the account ID and RR number,
the Aadhaar, the address and PIN, owner or tenant, the average units, the ESCOM); the Kalyana
Lakshmi and Shaadi Mubarak applications of a Telangana mandal, in UTF-8 with Telugu beside
English (the bride, her mother and her mother's Aadhaar, the bridegroom, the marriage date, the
caste, the food security card, the village, mandal and district); and the auto and taxi drivers
paid under Vahana Mitra in Andhra Pradesh, in Excel with Telugu beside English (the father, the
EPIC number, the vehicle, the driving licence, the address and PIN, the ward secretariat, the
amount paid).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind256_writers import WRITERS_BLIND256
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND256: tuple[Shape, ...] = (
    _shape(
        "ho_dong_gop_kinh_phi_lap_den_duong_chieu_sang_ngo_xom_to_dan_pho_vn256",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ=address | SĐT=phone:phone_dotted"
        " | Số khẩu=-:members256 | Mức đóng góp (đồng)=-:contrib256 | Tình trạng=-:paid256"
        " | Ngày nộp=date@%d/%m/%Y | Người thu=-:collector256 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_sinh_muon_sach_giao_khoa_tu_sach_dung_chung_truong_thcs_vn256",
        "TT=row | Ho ten hoc sinh=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex | Ma dinh danh=cccd | Lop=-:class256"
        " | Ho ten cha/me=-:parent256 | SDT phu huynh=-:parent_phone256"
        " | Dia chi=address:address_ascii | Bo sach muon=-:books256 | So cuon=-:count256"
        " | Ngay muon=date@%d/%m/%Y | Tinh trang khi tra=-:state256",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_du_hoi_thi_nau_an_ngon_hoi_lien_hiep_phu_nu_phuong_vn256",
        "STT=row | Họ và tên hội viên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | CCCD=cccd:cccd_spaced | Chi hội=-:branch256 | Nơi ở hiện nay=address"
        " | Điện thoại=phone | Món dự thi=-:dish256 | Nguyên liệu chính=-:ingredient256"
        " | Điểm TB BGK=-:score256 | Giải=-:prize256 | Ngày thi=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_co_hoa_mau_bi_ngap_ung_sau_mua_lon_de_nghi_ho_tro_xa_vn256",
        "STT=row | Họ tên chủ hộ=full_name | NS=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD/ĐDCN=cccd | Nơi cư trú=address | SĐT=phone:phone_spaced"
        " | Loại cây trồng=-:crop256 | DT thiệt hại (m²)=-:area256 | Mức thiệt hại=-:loss256"
        " | Số tiền đề nghị HT (đ)=-:aid256 | Ngày kiểm đếm=date@%d/%m/%Y"
        " | CB kiểm đếm=-:officer256",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "meenavar_nala_variyam_uruppinar_pathivedu_tn256",
        "வ.எண் / Sl. No.=row | உறுப்பினர் பதிவு எண் / Member Regn. No.=-:tn_member256"
        " | உறுப்பினர் பெயர் / Name of Member=full_name:tn_name256"
        " | தந்தை / கணவர் பெயர் / Father / Husband Name=-:tn_father256"
        " | பாலினம் / Sex=sex:tn_sex256 | பிறந்த தேதி / Date of Birth=birth_date@%d-%m-%Y"
        " | ஆதார் எண் / Aadhaar No.=national_id:aadhaar_tn256"
        " | குடும்ப அட்டை எண் / Ration Card No.=-:tn_ration256"
        " | மீனவ கிராமம் / Fishing Village=suburb:tn_village256"
        " | மாவட்டம் / District=district:tn_district256"
        " | அஞ்சல் குறியீடு / PIN=postcode:tn_pin256"
        " | கைபேசி எண் / Mobile No.=phone:tn_phone256"
        " | படகு பதிவு எண் / Boat Regn. No.=-:tn_boat256"
        " | மீன்பிடி முறை / Type of Fishing=-:tn_gear256"
        " | வாரிசுதாரர் / Nominee=-:tn_nominee256 | பதிவு நாள் / Date of Regn.=date@%d-%m-%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "kudumbashree_ayalkoottam_angangalude_register_kl256",
        "ക്രമ നം. / Sl. No.=row | അംഗത്തിന്റെ പേര് / Name of Member=full_name:kl_name256"
        " | ഭർത്താവ് / പിതാവ് / Husband / Father=-:kl_husband256"
        " | ജനന തീയതി / Date of Birth=birth_date@%d/%m/%Y"
        " | ആധാർ നമ്പർ / Aadhaar No.=national_id:aadhaar_kl256"
        " | റേഷൻ കാർഡ് നം. / Ration Card No.=-:kl_ration256"
        " | കാർഡ് വിഭാഗം / Card Type=-:kl_card256"
        " | വീട്ടുപേര്, വിലാസം / House Name, Address=address:kl_addr256"
        " | അയൽക്കൂട്ടം / NHG=-:kl_nhg256 | മൊബൈൽ / Mobile=phone:kl_phone256"
        " | തൊഴിൽ / Occupation=-:kl_job256 | ആഴ്ചത്തെ സമ്പാദ്യം (₹) / Weekly Thrift=-:kl_thrift256"
        " | ചേർന്ന തീയതി / Date of Joining=date@%d/%m/%Y | ADS / CDS=-:kl_cds256",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "gruha_jyothi_nondani_phalanubhavigalu_escom_ka256",
        "ಕ್ರ.ಸಂ. / Sl. No.=row | ಗ್ರಾಹಕರ ಹೆಸರು / Consumer Name=full_name:ka_name256"
        " | ಖಾತೆ ಸಂಖ್ಯೆ / Account ID=-:ka_account256 | ಆರ್.ಆರ್. ಸಂಖ್ಯೆ / RR No.=-:ka_rr256"
        " | ಆಧಾರ್ ಸಂಖ್ಯೆ / Aadhaar No.=national_id:aadhaar_ka256"
        " | ಜನ್ಮ ದಿನಾಂಕ / DOB=birth_date@%d-%m-%Y | ಲಿಂಗ / Gender=sex:ka_sex256"
        " | ವಿಳಾಸ / Address=address:ka_addr256 | ಪಿನ್ ಕೋಡ್ / PIN Code=postcode:ka_pin256"
        " | ಮೊಬೈಲ್ ಸಂಖ್ಯೆ / Mobile No.=phone:ka_phone256"
        " | ಸ್ವಂತ / ಬಾಡಿಗೆ / Owner / Tenant=-:ka_tenure256"
        " | ಸರಾಸರಿ ಬಳಕೆ (ಯೂನಿಟ್) / Avg. Units=-:ka_units256 | ಎಸ್ಕಾಂ / ESCOM=-:ka_escom256"
        " | ನೋಂದಣಿ ದಿನಾಂಕ / Regn. Date=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "kalyana_lakshmi_shaadi_mubarak_darakhastulu_tahsildar_ts256",
        "క్ర.సం. / S.No=row | దరఖాస్తు సంఖ్య / Application ID=-:ts_app256"
        " | వధువు పేరు / Bride Name=full_name:ts_bride256"
        " | వధువు ఆధార్ / Bride Aadhaar=national_id:aadhaar_ts256"
        " | పుట్టిన తేదీ / DOB=birth_date@%d/%m/%Y | తల్లి పేరు / Mother Name=-:ts_mother256"
        " | తల్లి ఆధార్ / Mother Aadhaar=-:ts_mother_aadhaar256"
        " | వరుడి పేరు / Bridegroom Name=-:ts_groom256"
        " | వివాహ తేదీ / Date of Marriage=date@%d/%m/%Y | కులం / Caste=-:ts_caste256"
        " | ఆహార భద్రత కార్డు / FSC No.=-:ts_fsc256 | గ్రామం / Village=suburb:ts_village256"
        " | మండలం / Mandal=-:ts_mandal256 | జిల్లా / District=district:ts_district256"
        " | మొబైల్ / Mobile=phone:ts_phone256 | స్థితి / Status=-:ts_status256",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "vahana_mitra_labdhidarula_jabita_ward_sachivalayam_ap256",
        "క్రమ సంఖ్య / Sl.No=row | లబ్ధిదారుని పేరు / Beneficiary Name=full_name:ap_name256"
        " | తండ్రి పేరు / Father Name=-:ap_father256 | లింగం / Gender=sex:ap_sex256"
        " | పుట్టిన తేదీ / Date of Birth=birth_date@%d-%m-%Y"
        " | ఆధార్ నంబర్ / Aadhaar Number=national_id:aadhaar_ap256"
        " | ఓటరు కార్డు / EPIC No.=-:ap_epic256"
        " | వాహనం నంబర్ / Vehicle Regn. No.=-:ap_vehicle256"
        " | వాహన రకం / Vehicle Type=-:ap_vtype256 | డ్రైవింగ్ లైసెన్స్ / DL No.=-:ap_dl256"
        " | చిరునామా / Address=address:ap_addr256 | పిన్ కోడ్ / PIN=postcode:ap_pin256"
        " | సచివాలయం / Secretariat=-:ap_secretariat256 | మొబైల్ / Mobile=phone:ap_phone256"
        " | మంజూరు మొత్తం (₹) / Amount=-:ap_amount256"
        " | చెల్లింపు తేదీ / Payment Date=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "aadhaar_tn256",
    "aadhaar_kl256",
    "aadhaar_ka256",
    "aadhaar_ts256",
    "aadhaar_ap256",
)
SEX_HOLDS: tuple[str, ...] = ("tn_sex256", "ka_sex256", "ap_sex256")
NAME_HOLDS = frozenset({"tn_name256", "kl_name256", "ka_name256", "ts_bride256", "ap_name256"})
PHONE_HOLDS: tuple[str, ...] = (
    "tn_phone256",
    "kl_phone256",
    "ka_phone256",
    "ts_phone256",
    "ap_phone256",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("kl_addr256", "ka_addr256", "ap_addr256")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND256",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND256",
]
