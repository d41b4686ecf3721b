"""The seventy-fourth part of the outside corpus, **blind 74** (written 14:12 UTC, 2026-12-06,
never used for tuning): person files a ward's justice officer, a district education office, a
preventive medicine centre, a ward's people's committee, a Macedonian social work centre, a
Kosovar employment office, a Cypriot welfare office, a Liechtenstein family allowance fund and
Monaco's housing directorate could hand over. Four Vietnamese files: a ward's marital status
confirmations in Excel (the status as written on the confirmation, its purpose, the intended
spouse's name, birth year and CCCD when the purpose is a marriage, the confirmation number and
signer); a district's extra-tutoring licences in Windows-1258 with semicolons (the teacher's
school, the subjects, the teaching place's address, the number of pupils, the licence and its
term); a preventive medicine centre's rabies vaccinations in UTF-16 with tabs (the case number,
the bite's date, the biting animal, the wound, the animal's owner with address and phone, the
vaccine, the serum, the dose dates D0, D3, D7 and D28); and a ward's residents' group leaders
and deputies with unaccented headers and unaccented values (the group, the post, the term, the
decision and the monthly allowance).
Five foreign files: a Macedonian social assistance list with Cyrillic headers (the 13-digit
ЕМБГ with its mod-11 check digit, female surnames in -ска/-ова, the father's name, the identity
card, the municipality); a Kosovar jobseekers' register in Windows-1250 with semicolons,
Albanian and Serbian headers (the 10-digit personal number, a parent's name, the municipality in
both languages, the employer); a Cypriot welfare list in Excel with Greek and English headers
(the identity card number beside the social insurance number, the postcode and the district);
a Liechtenstein family allowance list in UTF-8 with a BOM and tabs (the AHV number with its
EAN-13 check digit, PLZ and Ort, the Bürgerort, the employer, the children); and a Monaco
housing aid list in Windows-1252 with semicolons (the residence card number, the CCSS number,
the place of birth and nationality, the quartier, the employer, the rent).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind74_writers import WRITERS_BLIND74
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND74: tuple[Shape, ...] = (
    _shape(
        "xac_nhan_tinh_trang_hon_nhan_vn74",
        "STT=row | Họ, chữ đệm, tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address"
        " | Tình trạng hôn nhân=-:marital74 | Mục đích sử dụng=-:purpose74"
        " | Người dự định kết hôn - Họ tên=-:spouse74"
        " | Người dự định kết hôn - Năm sinh=-:spouse_year74"
        " | Người dự định kết hôn - Số ĐDCN=-:spouse_cccd74 | Số Giấy XN=-:cert_no74"
        " | Ngày cấp=date@%d/%m/%Y | Người ký=-:signer74 | SĐT người yêu cầu=phone",
        file="xlsx",
    ),
    _shape(
        "cap_phep_day_them_vn74",
        "TT=row | Họ và tên GV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Chỗ ở hiện nay=address | Điện thoại=phone | Đơn vị công tác=-:school74"
        " | Môn dạy thêm=-:subjects74 | Địa điểm tổ chức dạy thêm=-:tutor_place74"
        " | Số HS/lớp (tối đa)=-:pupils74 | Số giấy phép=-:licence74"
        " | Ngày cấp=date@%d/%m/%Y | Thời hạn=-:term74 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "tiem_phong_dai_ttytdp_vn74",
        "STT=row | Mã số=-:case74 | Họ tên người bị cắn=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | CCCD/ĐDCN=cccd:cccd_spaced"
        " | Địa chỉ=address | SĐT=phone | Ngày bị cắn=date@%d/%m/%Y"
        " | Con vật cắn=-:animal74 | Vị trí vết thương=-:wound74 | Chủ vật nuôi=-:owner74"
        " | Địa chỉ chủ nuôi=-:owner_addr74 | SĐT chủ nuôi=-:owner_phone74"
        " | Loại vắc xin=-:vaccine74 | HTKD=-:sat74 | Mũi 1 (N0)=date:dose0_74@%d/%m/%Y"
        " | Mũi 2 (N3)=date:dose3_74@%d/%m/%Y | Mũi 3 (N7)=date:dose7_74@%d/%m/%Y"
        " | Mũi 4 (N28)=date:dose28_74@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "to_truong_to_pho_tdp_vn74",
        "STT=row | Ho va ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi tinh=sex:sex_caps | So CCCD=cccd | Dia chi thuong tru=address:address_ascii"
        " | So DT=phone:phone_dotted | To dan pho=-:group74 | Chuc danh=-:post74"
        " | Nhiem ky=-:term_tdp74 | So QD cong nhan=-:decision_tdp74"
        " | Ngay QD=date@%d/%m/%Y | Muc phu cap (dong/thang)=-:allowance74",
        encoding="utf-8",
    ),
    _shape(
        "socijalna_pomos_csr_mk74",
        "Ред. бр.=row | ЕМБГ=national_id:embg_mk74 | Презиме=family_name:mk_family74"
        " | Име=given_name:mk_given74 | Татково име=-:mk_father74"
        " | Датум на раѓање=birth_date@%d.%m.%Y | Пол=sex:sex_mk74"
        " | Адреса на живеење=street:street_mk74 | Општина=district:opstina_mk74"
        " | Телефон=phone:phone_mk74 | Бр. на лична карта=-:lk_mk74"
        " | Вид на право=-:right_mk74 | Бр. на решение=-:decision_mk74"
        " | Износ=-:amount_mk74 | Датум на решение=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "punekerkues_zrp_xk74",
        "Nr. / Br.=row | Numri personal / Lični broj=national_id:np_xk74"
        " | Mbiemri / Prezime=family_name:xk_family74 | Emri / Ime=given_name:xk_given74"
        " | Emri i prindit / Ime roditelja=-:xk_parent74"
        " | Data e lindjes / Datum rođenja=birth_date@%d.%m.%Y | Gjinia / Pol=sex:sex_xk74"
        " | Adresa=street:street_xk74 | Komuna / Opština=district:komuna_xk74"
        " | Tel. / Mob.=phone:phone_xk74 | Arsimi / Obrazovanje=-:education_xk74"
        " | Punëdhënësi i fundit / Poslednji poslodavac=-:employer_xk74"
        " | Data e regjistrimit / Datum registracije=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "koinoniki_pronoia_cy74",
        "Α/Α=row | Αρ. Δελτίου Ταυτότητας / ID Card No.=national_id:id_cy74"
        " | Αρ. Κοιν. Ασφαλίσεων / Social Insurance No.=-:si_cy74"
        " | Επώνυμο / Surname=family_name:cy_family74 | Όνομα / Name=given_name:cy_given74"
        " | Ημ. Γέννησης / Date of Birth=birth_date@%d/%m/%Y | Φύλο / Sex=sex:sex_cy74"
        " | Διεύθυνση / Address=street:street_cy74 | Τ.Κ. / Postal Code=postcode:pc_cy74"
        " | Επαρχία / District=state:eparchia_cy74 | Τηλ. / Tel.=phone:phone_cy74"
        " | Εργοδότης / Employer=-:employer_cy74 | Είδος Επιδόματος / Benefit=-:allow_cy74"
        " | Ημ. Αίτησης / Date of Application=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "familienzulagen_fak_li74",
        "Lfd. Nr.=row | AHV-Nr.=national_id:ahv_li74 | Name=family_name:li_family74"
        " | Vorname=given_name:li_given74 | Geb.-Datum=birth_date@%d.%m.%Y"
        " | Geschlecht=sex:sex_li74 | Strasse / Nr.=street:street_li74"
        " | PLZ=postcode:plz_li74 | Ort=district:ort_li74 | Tel.=phone:phone_li74"
        " | Zivilstand=-:civil_li74 | Bürgerort=-:hometown_li74"
        " | Arbeitgeber=-:employer_li74 | Anz. Kinder=-:children_li74"
        " | Zulage CHF/Mt.=-:zulage_li74 | Anspruch ab=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "aide_logement_habitat_mc74",
        "N°=row | N° carte de séjour=national_id:cs_mc74 | N° CCSS=-:ccss_mc74"
        " | NOM=family_name:mc_family74 | Prénom(s)=given_name:mc_given74"
        " | Né(e) le=birth_date@%d/%m/%Y | à=-:birthplace_mc74 | Sexe=sex:sex_mc74"
        " | Nationalité=-:nationality_mc74 | Adresse=street:street_mc74"
        " | Quartier=suburb:quartier_mc74 | Tél.=phone:phone_mc74"
        " | Employeur=-:employer_mc74 | Loyer mensuel=-:rent_mc74"
        " | Date de la demande=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("embg_mk74", "np_xk74", "id_cy74", "ahv_li74", "cs_mc74")
SEX_HOLDS: tuple[str, ...] = ("sex_mk74", "sex_xk74", "sex_cy74", "sex_li74", "sex_mc74")
NAME_HOLDS = frozenset(
    {"mk_family74", "mk_given74", "xk_family74", "xk_given74", "cy_family74", "cy_given74"}
    | {"li_family74", "li_given74", "mc_family74", "mc_given74"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_mk74",
    "phone_xk74",
    "phone_cy74",
    "phone_li74",
    "phone_mc74",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("street_xk74", "street_mc74")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND74",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND74",
]
