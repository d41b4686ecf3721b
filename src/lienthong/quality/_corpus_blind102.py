"""The hundred-and-second part of the outside corpus, **blind 102** (written 17:14 UTC, 2026-12-06,
never used for tuning): person files a district social insurance office paying one-off
benefits, a town's political training centre, a commune collecting family health insurance, a
farmers' union lending from its support fund, a Gironde MDPH, an Ixelles CPAS/OCMW, Esch-sur-
Alzette's dog register, Monaco's public car parks and Andorra's employment service could hand
over. Four Vietnamese files: a Bình Dương social insurance office's list of workers paid the
one-off social insurance benefit (BHXH một lần) in UTF-8 with a BOM and semicolons (the BHXH
number beside the CCCD, years and months paid, the reason, the last employer, the amount with
dotted thousands, cash or ATM with the account and bank, the file number, the day the file was
lodged); a Tây Ninh town's political centre's list of those who finished the party awareness
class (lớp bồi dưỡng nhận thức về Đảng) in Windows-1258 with tabs and abbreviated headers (ethnic
group, religion, home town apart from the home, schooling ``12/12``, the party cell that sent
them, the essay mark with a decimal comma, the grade, the certificate's number and day); an
Đông Anh commune's family health insurance declaration (BHYT hộ gia đình) in Excel (the household
code, the BHXH number, real Excel birth dates, the relation to the head and the head's name, the
first-visit clinic with its code, the member's rank in the household and the amount it pays, the
months, the day the card starts); and a Vĩnh Long farmers' union's list of members borrowing
from the farmers' support fund (Quỹ hỗ trợ nông dân) in UTF-16 with tabs and headers without
diacritics (the member card, the branch, the project, the loan in millions, its term, the day
paid out, the group leader and his phone, an empty column to sign). Five foreign files: a
Gironde MDPH's list of CDAPH decisions in Windows-1252 with semicolons (the file number, the NIR
with its key in groups, the birth name and the married name apart, the given names, the place of
birth, the street, postcode and commune apart, ``06 12 34 56 78`` phones, e-mail, the benefit,
the disability rate, the decision and the end of rights, the payer, the CAF number, the
referent); an Ixelles CPAS/OCMW list of the social heating fund's allowances in Excel with
Dutch/French headers (the file, the national register number with its mod 97 digits, ``M``/``V``
or ``F``, street, postcode and bilingual commune apart, ``0475/12.34.56`` and ``02`` phones, the
category, the fuel, the supplier, the invoice's day, litres, the allowance with a decimal comma,
the social worker, the committee's decision); Esch-sur-Alzette's dog register in UTF-8 with
French/German/Luxembourgish headers (the thirteen-digit matricule with its Luhn and Verhoeff
digits, ``dd.mm.yyyy`` dates, ``L-4011`` postcodes, ``+352 621`` phones, the dog's name, breed and
chip, the liability insurer, the tax, the day declared); Monaco's residents' car park
subscriptions in UTF-8 with semicolons and French headers (the name as ``NOM Prénom``, ``M.``/
``Mme``, the residence card, the nationality, the building and street, the quartier, ``+377``
phones, the plate, the car park, the subscription and its monthly price, its start); and the
Andorran employment service's job seekers in UTF-8 with a BOM and Catalan headers (the seeker's
number, both surnames, ``Home``/``Dona``, the nationality, the CASS number, the passport or
residence permit, the street, parish and ``AD500`` postcode apart, ``+376`` phones, e-mail, the
studies, the job sought, the last employer, the day registered, the unemployment benefit, the
officer).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind102_writers import WRITERS_BLIND102
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND102: tuple[Shape, ...] = (
    _shape(
        "de_nghi_huong_bhxh_mot_lan_vn102",
        "STT=row | Họ và tên=full_name | Mã số BHXH=bhxh | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Địa chỉ liên hệ=address:oneoff_addr102"
        " | Số ĐT=phone | Thời gian đóng BHXH=-:paid_years102 | Lý do hưởng=-:oneoff_reason102"
        " | Đơn vị đóng cuối cùng=-:employer102 | Số tiền hưởng (đồng)=-:oneoff_amount102"
        " | Hình thức nhận=-:pay_way102 | Số tài khoản=-:account102 | Ngân hàng=-:bank102"
        " | Số hồ sơ=-:file_no102 | Ngày nộp hồ sơ=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoc_vien_lop_nhan_thuc_ve_dang_vn102",
        "TT=row | Họ và tên=full_name | Ng/sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Dân tộc=-:ethnic102 | Tôn giáo=-:religion102 | Số ĐDCN=cccd"
        " | Quê quán=-:hometown102 | Nơi ở hiện nay=address:party_addr102"
        " | TĐ VH=-:schooling102 | Đơn vị cử đi học=-:party_unit102"
        " | Điểm bài thu hoạch=-:essay102 | Xếp loại=-:grade102 | Số GCN=-:certificate102"
        " | Ngày cấp GCN=date@%d/%m/%Y",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "ke_khai_bhyt_ho_gia_dinh_vn102",
        "STT=row | Mã hộ GĐ=-:household_code102 | Họ và tên=full_name | Mã số BHXH=bhxh"
        " | Ngày sinh=birth_date:excel_date | Giới tính=sex | Số CCCD/ĐDCN=cccd"
        " | Quan hệ với chủ hộ=-:house_rel102 | Họ tên chủ hộ=-:head102"
        " | Nơi ĐK KCB ban đầu=-:clinic102 | Người thứ=-:member_no102"
        " | Số tiền đóng (đồng)=-:bhyt_amount102 | Số tháng=-:months102"
        " | Hạn thẻ từ ngày=date:excel_event | Địa chỉ=address:bhyt_addr102 | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "vay_quy_ho_tro_nong_dan_vn102",
        "STT=row | Ho ten hoi vien=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd:cccd_spaced | So the HV=-:member_card102 | Chi hoi=-:branch102"
        " | Dia chi=address:farm_addr102 | Ten du an / mo hinh=-:project102"
        " | So tien vay (tr.d)=-:loan102 | Thoi han (thang)=-:term102"
        " | Ngay giai ngan=date@%d/%m/%Y | To truong to vay=-:group_head102"
        " | DT to truong=-:group_phone102 | SDT=phone:phone_spaced | Ky nhan=-:sign102",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "decisions_cdaph_mdph_gironde_fr102",
        "N°=row | N° dossier MDPH=-:mdph_file102 | N° de sécurité sociale (NIR)=national_id:nir102"
        " | Nom de naissance=family_name:fr_family102 | Nom d'usage=-:fr_married102"
        " | Prénom(s)=given_name:fr_given102 | Né(e) le=birth_date@%d/%m/%Y"
        " | Lieu de naissance=-:fr_birthplace102 | Sexe=sex:sex_fr102"
        " | Adresse=street:fr_street102 | CP=postcode:fr_postcode102"
        " | Commune=district:fr_town102 | Téléphone=phone:fr_phone102"
        " | Courriel=email:fr_email102 | Prestation / orientation=-:benefit102"
        " | Taux d'incapacité=-:rate102 | Date décision CDAPH=date@%d/%m/%Y"
        " | Fin de droits=date:until102 | Organisme payeur=-:payer102"
        " | N° allocataire CAF=-:caf102 | Référent=-:referent102",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "fonds_social_chauffage_cpas_ocmw_ixelles_be102",
        "Volgnr. / N° ordre=row | Dossier nr / N° dossier=-:be_file102"
        " | Naam / Nom=family_name:be_family102"
        " | Voornaam / Prénom=given_name:be_given102"
        " | Rijksregisternr. / N° registre national=national_id:niss102"
        " | Geboortedatum / Date de naissance=birth_date:excel_date"
        " | Geslacht / Sexe=sex:sex_be102 | Adres / Adresse=street:be_street102"
        " | Postcode / Code postal=postcode:be_postcode102"
        " | Gemeente / Commune=district:be_town102 | Tel. / Tél.=phone:be_phone102"
        " | Categorie / Catégorie=-:be_category102 | Brandstof / Combustible=-:fuel102"
        " | Leverancier / Fournisseur=-:supplier102 | Factuurdatum / Date facture=date:excel_event"
        " | Liter / Litres=-:litres102 | Toelage / Allocation (EUR)=-:allowance102"
        " | Maatschappelijk werker / Assistant social=-:be_worker102"
        " | Beslissing BCSD / Décision CSSS=date:be_decision102",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registre_chiens_hunderegister_esch_lu102",
        "Nr.=row | Matricule / Matrikelnummer / Matrikel=national_id:matricule102"
        " | Nom / Name / Numm=family_name:lu_family102"
        " | Prénom / Vorname / Virnumm=given_name:lu_given102"
        " | Date de naissance / Geburtsdatum / Gebuertsdatum=birth_date@%d.%m.%Y"
        " | Adresse / Anschrift / Adress=street:lu_street102"
        " | Code postal / Postleitzahl / Postcode=postcode:lu_postcode102"
        " | Localité / Ortschaft / Uertschaft=district:lu_town102"
        " | Téléphone / Telefon / Telefon=phone:lu_phone102"
        " | Nom du chien / Hundename / Numm vum Hond=-:dog102 | Race / Rasse / Rass=-:breed102"
        " | N° puce / Chipnummer / Chip-Nummer=-:chip102"
        " | Assurance RC / Haftpflicht / Versécherung=-:insurer102"
        " | Taxe / Hundesteuer / Hondstax (EUR)=-:dog_tax102"
        " | Date de déclaration / Anmeldedatum / Deklaratioun=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "abonnements_residents_parkings_publics_mc102",
        "N°=row | N° abonné=-:mc_sub_no102 | Civilité=sex:sex_mc102"
        " | NOM Prénom=full_name:mc_name102"
        " | Date de naissance=birth_date@%d/%m/%Y | N° carte de séjour / identité=-:mc_card102"
        " | Nationalité=-:mc_nation102 | Adresse=street:mc_street102"
        " | Quartier=suburb:mc_quarter102 | Téléphone=phone:mc_phone102 | E-mail=email:mc_email102"
        " | Immatriculation=-:plate102 | Parking=-:car_park102"
        " | Formule=-:subscription102 | Tarif mensuel (€)=-:monthly102"
        " | Début d'abonnement=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "demandants_ocupacio_servei_ocupacio_ad102",
        "Núm.=row | Núm. demandant=-:ad_seeker102 | Cognoms=family_name:ad_family102"
        " | Nom=given_name:ad_given102 | Data de naixement=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_ad102 | Nacionalitat=-:ad_nation102 | Núm. CASS=national_id:cass102"
        " | Passaport / Permís de residència=-:ad_passport102 | Adreça=street:ad_street102"
        " | Parròquia=district:ad_parish102 | Codi postal=postcode:ad_postcode102"
        " | Telèfon=phone:ad_phone102 | Correu electrònic=email:ad_email102"
        " | Nivell d'estudis=-:ad_studies102 | Ocupació sol·licitada=-:ad_job102"
        " | Darrera empresa=-:ad_employer102 | Data d'inscripció=date@%d/%m/%Y"
        " | Prestació per desocupació=-:ad_benefit102 | Tècnic/a=-:ad_officer102",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: every date format of this part is one the corpus already knows how to spoil
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("nir102", "niss102", "matricule102", "cass102")
SEX_HOLDS: tuple[str, ...] = ("sex_fr102", "sex_be102", "sex_mc102", "sex_ad102")
NAME_HOLDS = frozenset(
    {"fr_family102", "fr_given102", "be_family102", "be_given102", "lu_family102"}
    | {"lu_given102", "mc_name102", "ad_family102", "ad_given102"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "fr_phone102",
    "be_phone102",
    "lu_phone102",
    "mc_phone102",
    "ad_phone102",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "oneoff_addr102",
    "party_addr102",
    "bhyt_addr102",
    "farm_addr102",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND102",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND102",
]
