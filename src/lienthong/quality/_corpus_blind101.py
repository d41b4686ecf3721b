"""The hundred-and-first part of the outside corpus, **blind 101** (written 17:14 UTC, 2026-12-06,
never used for tuning): person files a city tax office collecting the registration fee, a
district farmers' union lending its support fund, a city health centre screening for liver
cancer, a gold shop keeping its anti-money-laundering register, Kaduna's contributory health
agency, Senegal's fund for women's and young people's enterprise, Cameroon's election body, a
Malagasy fokontany and a Rwandan sector giving out Girinka cows could hand over. Four
Vietnamese files: a Thủ Dầu Một tax office's book of registration fee (lệ phí trước bạ)
declarations for motorbikes and cars in Windows-1258 with semicolons (the declaration number,
the payer's MST and CCCD, the home, the vehicle's kind, make, chassis and engine numbers, the
price the fee is counted on, the rate in per cent, the fee, the day paid, the treasury receipt);
a Thanh Miện farmers' union's list of borrowers from the farmers' support fund (Quỹ hỗ trợ nông
dân) in UTF-16 with tabs (the union branch, the cooperative group, the project, the loan in
đồng, the monthly rate, the day lent and the day due, the balance, the status, the guarantor);
a Thái Nguyên health centre's liver cancer screening list in UTF-8 with a BOM, semicolons and
headers without diacritics (the CCCD in groups, the BHYT card, the risk, AFP in ng/ml, HBsAg, the
ultrasound, the result, the doctor, the day screened); and a gold shop's register of customers
identified under the anti-money-laundering law in Excel (the day of the trade, the CCCD with the
day and authority it was issued by, the nationality, the home, buying or selling, the product,
the quantity in chỉ, the price, the total, the way paid, the clerk). Five foreign files: Kaduna
State's contributory health management agency's BHCPF list of vulnerable enrollees in UTF-8
with English/Hausa headers (the enrollee number, the NIN, surname, first and other names, the
sex in both languages, ``0803 123 4567`` phones, a settlement address, the political ward and
the LGA apart, the vulnerable category, the PHC chosen, the household head and his phone, the
day enrolled, the status); Senegal's DER/FJ financing beneficiaries in Windows-1252 with
semicolons and French/Wolof headers (first name and surname in capitals, the place of birth,
``H / Góor`` sexes, the CEDEAO card's thirteen-digit NIN, ``77 123 45 67`` phones, a villa and
quartier address, the commune and region apart, the trade, the GIE, the amount in FCFA
with spaces, the term, the day paid out, the repayment status); an ELECAM polling station's
electoral list in UTF-16 with tabs and French/English headers (the surname in capitals, given
names, the place of birth, the CNI, the profession, the quartier and arrondissement apart, the
polling station, the voter card, the father's and mother's names, the day registered, the
phone); a Malagasy fokontany's population book in Excel with Malagasy headers (the name in
capitals and the given names apart, ``Lahy``/``Vavy``, the CIN in groups of three with its day
and place of issue, the job, the ``Lot`` address, the fokontany, ``034 12 345 67`` phones, the
father and mother, whether the person heads the household, the day they came); and a Rwandan
sector's Girinka beneficiaries in UTF-8 with a BOM and Kinyarwanda headers (the name, the
sixteen-digit Indangamuntu, ``Gabo``/``Gore``, the district, sector, cell and village apart, the
Ubudehe category, the cow's breed and ear tag, the day given, the donor, whether the first calf
was passed on and when, the vet).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind101_writers import WRITERS_BLIND101
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND101: tuple[Shape, ...] = (
    _shape(
        "so_theo_doi_le_phi_truoc_ba_xe_vn101",
        "STT=row | Số tờ khai=-:decl_no101 | Tên người nộp LPTB=full_name | MST=mst"
        " | Số CCCD=cccd | Ngày sinh=birth_date@%d/%m/%Y | Địa chỉ=address:fee_home101"
        " | Loại tài sản=-:asset_kind101 | Nhãn hiệu, số loại=-:model101"
        " | Số khung=-:chassis101 | Số máy=-:engine101 | Giá tính LPTB (đ)=-:fee_price101"
        " | Tỷ lệ (%)=-:fee_rate101 | Số tiền LPTB (đ)=-:fee101 | Ngày nộp=date@%d/%m/%Y"
        " | Số chứng từ KBNN=-:treasury101 | ĐT liên hệ=phone:phone_dotted",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "vay_von_quy_ho_tro_nong_dan_vn101",
        "TT=row | Họ và tên hội viên=full_name | Năm sinh=birth_date:birth_year101 | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ cư trú=address:fund_home101"
        " | Chi hội=-:fund_branch101 | Tổ hợp tác/Tổ vay=-:fund_group101"
        " | Tên dự án/phương án SX=-:project101 | Số tiền vay (đ)=-:loan101"
        " | Lãi suất=-:rate101 | Ngày vay=date@%d/%m/%Y | Hạn trả=date:due101"
        " | Dư nợ hiện tại (đ)=-:balance101 | Tình trạng=-:fund_status101"
        " | Người bảo lãnh=-:guarantor101 | Điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "sang_loc_ung_thu_gan_ttyt_vn101",
        "STT=row | Ho ten=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi=sex:sex_caps | So CCCD=cccd:cccd_spaced | Ma the BHYT=-:bhyt"
        " | Dia chi=address:screen_home101 | SDT=phone:phone_spaced | Yeu to nguy co=-:risk101"
        " | AFP (ng/ml)=-:afp101 | HBsAg=-:hbsag101 | Sieu am gan=-:ultrasound101"
        " | Ket luan=-:screen_result101 | BS kham=-:doctor101 | Ngay kham=date@%d/%m/%Y"
        " | Ghi chu=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "so_nhan_biet_khach_hang_giao_dich_vang_vn101",
        "STT=row | Ngày GD=date:excel_event | Họ tên khách hàng=full_name"
        " | Ngày sinh=birth_date:excel_date | Số CCCD/Hộ chiếu=cccd"
        " | Ngày cấp=-:gold_issue101 | Nơi cấp=-:gold_issuer101 | Quốc tịch=-:nationality101"
        " | Địa chỉ thường trú=address:gold_home101 | SĐT=phone | Loại GD=-:deal101"
        " | Sản phẩm=-:product101 | Số lượng (chỉ)=-:gold_qty101"
        " | Đơn giá (đ/chỉ)=-:gold_price101 | Thành tiền (đ)=-:gold_total101"
        " | Hình thức TT=-:pay101 | Nhân viên GD=-:gold_staff101",
        file="xlsx",
    ),
    _shape(
        "bhcpf_vulnerable_enrollees_kadchma_ng101",
        "S/N=row | Enrollee ID=-:enrollee_ng101 | NIN / Lambar Shaida=national_id:nin_ng101"
        " | Surname / Sunan Iyali=family_name:family_ng101"
        " | First Name / Suna=given_name:given_ng101 | Other Name=-:other_ng101"
        " | Date of Birth / Ranar Haihuwa=birth_date@%d/%m/%Y | Gender / Jinsi=sex:sex_ng101"
        " | Phone No. / Lambar Waya=phone:phone_ng101 | Address / Adireshi=address:addr_ng101"
        " | Ward / Mazaba=suburb:ward_ng101 | LGA / Karamar Hukuma=district:lga_ng101"
        " | Vulnerable Category=-:category_ng101 | Preferred PHC=-:phc_ng101"
        " | Household Head / Maigida=-:head_ng101 | HH Head Phone=-:head_phone_ng101"
        " | Date Enrolled=date@%d/%m/%Y | Status=-:status_ng101",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "beneficiaires_financement_derfj_sn101",
        "N°=row | Prénom / Tur=given_name:given_sn101 | Nom / Sant=family_name:family_sn101"
        " | Date de naissance / Bés bu mu juddoo=birth_date@%d/%m/%Y"
        " | Lieu de naissance / Fu mu juddoo=-:birthplace_sn101"
        " | Sexe / Góor walla Jigéen=sex:sex_sn101 | N° CNI CEDEAO=national_id:cni_sn101"
        " | Téléphone / Telefon=phone:phone_sn101 | Adresse / Fu mu dëkk=address:addr_sn101"
        " | Commune / Komin=district:commune_sn101 | Région / Gox=state:region_sn101"
        " | Activité / Liggéey=-:sector_sn101 | GIE=-:gie_sn101"
        " | Montant accordé (FCFA)=-:amount_sn101 | Durée=-:terms_sn101"
        " | Date de décaissement=date@%d/%m/%Y | Remboursement=-:repaid_sn101",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "liste_electorale_elecam_cm101",
        "N° d'ordre / Serial No.=row | Nom(s) / Surname(s)=family_name:family_cm101"
        " | Prénom(s) / Given name(s)=given_name:given_cm101"
        " | Date de naissance / Date of birth=birth_date@%d/%m/%Y"
        " | Lieu de naissance / Place of birth=-:birthplace_cm101 | Sexe / Sex=sex:sex_cm101"
        " | N° CNI / NIC No.=national_id:cni_cm101 | Profession / Occupation=-:job_cm101"
        " | Quartier / Neighbourhood=suburb:quartier_cm101"
        " | Arrondissement / Subdivision=district:arr_cm101"
        " | Bureau de vote / Polling station=-:station_cm101"
        " | N° carte d'électeur / Voter card No.=-:card_cm101"
        " | Nom du père / Father's name=-:father_cm101"
        " | Nom de la mère / Mother's name=-:mother_cm101"
        " | Date d'inscription / Registration date=date@%d/%m/%Y"
        " | Téléphone / Phone=phone:phone_cm101",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bokim_pokontany_mponina_mg101",
        "Laharana=row | Anarana=family_name:family_mg101 | Fanampiny=given_name:given_mg101"
        " | Daty nahaterahana=birth_date@%d/%m/%Y | Toerana nahaterahana=-:birthplace_mg101"
        " | Lahy/Vavy=sex:sex_mg101 | Laharan'ny karapanondro (CIN)=national_id:cin_mg101"
        " | Daty nahazoana=-:cin_date_mg101 | Toerana nahazoana=-:cin_place_mg101"
        " | Asa=-:job_mg101 | Adiresy=street:addr_mg101 | Fokontany=suburb:fkt_mg101"
        " | Laharana finday=phone:phone_mg101 | Anaran'ny ray=-:father_mg101"
        " | Anaran'ny reny=-:mother_mg101 | Loham-pianakaviana=-:head_mg101"
        " | Daty niditra=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "abagenerwabikorwa_girinka_rw101",
        "No=row | Amazina=full_name:name_rw101 | Nimero y'indangamuntu=national_id:nid_rw101"
        " | Itariki y'amavuko=birth_date@%d/%m/%Y | Igitsina=sex:sex_rw101"
        " | Telefoni=phone:phone_rw101 | Akarere=district:akarere_rw101"
        " | Umurenge=suburb:umurenge_rw101 | Akagari=suburb:akagari_rw101"
        " | Umudugudu=suburb:umudugudu_rw101 | Icyiciro cy'Ubudehe=-:ubudehe_rw101"
        " | Ubwoko bw'inka=-:breed_rw101 | Nimero y'inka (ear tag)=-:tag_rw101"
        " | Itariki yahawe inka=date:given_rw101 | Uwatanze inka=-:donor_rw101"
        " | Kwitura=-:return_rw101 | Itariki yituriyeho=date:returned_on_rw101"
        " | Veterineri=-:vet_rw101",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nin_ng101",
    "cni_sn101",
    "cni_cm101",
    "cin_mg101",
    "nid_rw101",
)
SEX_HOLDS: tuple[str, ...] = (
    "sex_ng101",
    "sex_sn101",
    "sex_cm101",
    "sex_mg101",
    "sex_rw101",
)
NAME_HOLDS = frozenset(
    {"family_ng101", "given_ng101", "given_sn101", "family_sn101", "family_cm101"}
    | {"given_cm101", "family_mg101", "given_mg101", "name_rw101"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ng101",
    "phone_sn101",
    "phone_cm101",
    "phone_mg101",
    "phone_rw101",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "fee_home101",
    "fund_home101",
    "screen_home101",
    "gold_home101",
    "addr_ng101",
    "addr_sn101",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND101",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND101",
]
