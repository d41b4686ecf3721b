"""The hundred and thirty-ninth part of the outside corpus, **blind 139** (written 20:35 UTC,
2026-12-06, never used for tuning): person files a ward police station, a driving test centre, a
commune's veterinary station, a district police office, a German Wohngeld office, a French
département's RSA service, a Spanish Social Security office, an Italian comune's housing office
and a Dutch municipality's debt counselling service could hand over. Four Vietnamese files: a
ward police station's list of scrap and junk collectors declaring their stay, in Windows-1258
with semicolons and headers without diacritics (the home province, the cargo tricycle and its
plate, the scrap yard and its owner, the date of the declaration); a driving test centre's list of
motorbike licence candidates in Excel (the learner code, the class and course, the test date, the
theory score and the result, the test centre and its address); a commune veterinary station's list
of households whose poultry were vaccinated against avian influenza, in UTF-16 with tabs (the
hamlet and the commune apart, the flock, the number of birds and doses, the vaccine lot, the
veterinary officer, the time last updated); and a district police office's list of workers of
massage parlours, in UTF-8 with a BOM (the job, the certificate, the parlour, its owner and its
security licence, the start date, a relative's phone).
Five foreign files: a German Wohngeld list in Windows-1252 with semicolons (the Aktenzeichen, the
Steuer-IdNr. with its ISO 7064 digit, Straße/PLZ/Ort, the landlord, the rent and the benefit, the
IBAN); a French RSA beneficiaries' list in UTF-8 with semicolons (the CAF number, the NIR with its
key, the birth and the married name, the référent and the structure, the contract); a Spanish list
of domestic workers registered with the Social Security in Excel (the DNI or NIE with its letter,
the NAF with its mod-97 pair, two surnames, the employer and the employer's NIF, the hours and the
wage); an Italian public housing ranking in Windows-1252 with semicolons (the codice fiscale with
its check letter, the place of birth, the province's two letters, the ISEE, the score, the
outcome); and a Dutch debt counselling intake list in UTF-8 with a BOM (the BSN with its 11-check,
Dutch postcodes, the total debt and the creditors, the trajectory, the administrator, the IBAN,
the client manager).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind139_writers import WRITERS_BLIND139
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND139: tuple[Shape, ...] = (
    _shape(
        "nguoi_thu_gom_phe_lieu_khai_bao_cong_an_phuong_vn139",
        "TT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD/DDCN=cccd | Que quan (tinh)=-:home_prov139 | Noi o hien nay=address"
        " | So dien thoai=phone | Phuong tien=-:vehicle139 | Bien so=-:plate139"
        " | Vua/diem tap ket=-:yard139 | Chu vua=-:yard_owner139"
        " | Ngay khai bao=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "thi_sinh_sat_hach_gplx_mo_to_hang_a1_vn139",
        "Số TT=row | Mã học viên=-:learner139 | Họ và tên thí sinh=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD/ĐDCN=cccd:cccd_spaced | Nơi cư trú=address | Hạng GPLX=-:class139"
        " | Khóa học=-:course139 | Ngày sát hạch=date@%d/%m/%Y | Điểm LT=-:theory139"
        " | Kết quả=-:result139 | Trung tâm sát hạch=-:centre139"
        " | Địa chỉ TTSH=-:centre_addr139 | ĐT liên hệ=phone",
        file="xlsx",
    ),
    _shape(
        "ho_chan_nuoi_tiem_phong_cum_gia_cam_tram_thu_y_vn139",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD chủ hộ=cccd | Ấp/Tổ=-:hamlet139 | Xã=ward:commune139 | SĐT=phone"
        " | Loại gia cầm=-:flock139 | Tổng đàn (con)=-:heads139"
        " | Số liều đã tiêm=-:doses139 | Vắc xin / số lô=-:lot139"
        " | Ngày tiêm=date@%d/%m/%Y | Cán bộ thú y=-:vet139 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nhan_vien_co_so_xoa_bop_khai_bao_cong_an_vn139",
        "STT=row | Họ và tên NV=full_name | Ngày sinh=birth_date@%d-%m-%Y | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi ở hiện tại=address | Điện thoại=phone"
        " | Vị trí công việc=-:spa_job139 | Chứng chỉ nghề=-:spa_cert139"
        " | Ngày vào làm=date@%d-%m-%Y | Tên cơ sở=-:spa139 | Chủ cơ sở=-:spa_owner139"
        " | Số GCN đủ ĐK ANTT=-:spa_licence139 | SĐT người thân=-:kin_phone139",
        encoding="utf-8-sig",
    ),
    _shape(
        "wohngeld_antraege_wohngeldstelle_leipzig_de139",
        "Lfd. Nr.=row | Aktenzeichen=-:az_de139 | Familienname=family_name:de_family139"
        " | Vorname(n)=given_name:de_given139 | Geb.-Datum=birth_date@%d.%m.%Y"
        " | Steuer-IdNr.=national_id:steuer_de139 | Straße, Hausnr.=street:street_de139"
        " | PLZ=postcode:plz_de139 | Ort=district:ort_de139 | Telefon=phone:phone_de139"
        " | Haushaltsmitglieder=-:members_de139 | Bruttokaltmiete (EUR)=-:rent_de139"
        " | Vermieter=-:landlord_de139 | Bewilligt ab=date@%d.%m.%Y"
        " | Wohngeld mtl. (EUR)=-:benefit_de139 | IBAN=-:iban_de139"
        " | Sachbearbeitung=-:clerk_de139",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "beneficiaires_rsa_referents_seine_saint_denis_fr139",
        "N°=row | N° allocataire CAF=-:caf_fr139 | NIR=national_id:nir_fr139"
        " | Nom de naissance=family_name:fr_family139 | Nom d'usage=-:fr_usage139"
        " | Prénom(s)=given_name:fr_given139 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_fr139 | Adresse=street:street_fr139 | CP=postcode:cp_fr139"
        " | Commune=district:commune_fr139 | Tél. portable=phone:phone_fr139"
        " | Référent unique=-:referent_fr139 | Structure référente=-:structure_fr139"
        " | Date d'ouverture du droit=date@%d/%m/%Y | Montant RSA (€)=-:rsa_fr139"
        " | Contrat=-:cer_fr139",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "altas_empleados_hogar_tgss_es139",
        "Nº=row | DNI/NIE=national_id:dni_es139 | Nº Afiliación S.S.=-:naf_es139"
        " | Primer apellido=family_name:es_family139 | Segundo apellido=-:es_second139"
        " | Nombre=given_name:es_given139 | F. nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_es139 | Domicilio=street:street_es139 | C.P.=postcode:cp_es139"
        " | Municipio=district:muni_es139 | Provincia=state:prov_es139"
        " | Teléfono=phone:phone_es139 | Titular del hogar familiar=-:employer_es139"
        " | NIF titular=-:nif_emp_es139 | Fecha de alta=date@%d/%m/%Y"
        " | Horas/semana=-:hours_es139 | Salario mensual (€)=-:wage_es139",
        english=True,
        file="xlsx",
    ),
    _shape(
        "graduatoria_alloggi_erp_comune_cagliari_it139",
        "Pos.=row | Codice fiscale=national_id:cf_it139 | Cognome=family_name:it_family139"
        " | Nome=given_name:it_given139 | Data di nascita=birth_date@%d/%m/%Y"
        " | Luogo di nascita=-:birthplace_it139 | Sesso=sex:sex_it139"
        " | Indirizzo di residenza=street:street_it139 | CAP=postcode:cap_it139"
        " | Comune=district:comune_it139 | Prov.=state:prov_it139"
        " | Cellulare=phone:phone_it139 | Componenti nucleo=-:nucleo_it139"
        " | ISEE (€)=-:isee_it139 | Punteggio=-:score_it139"
        " | Data presentazione domanda=date@%d/%m/%Y | Esito=-:esito_it139",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "schuldhulpverlening_aanmeldingen_gemeente_nl139",
        "Nr.=row | BSN=national_id:bsn_nl139 | Achternaam=family_name:nl_family139"
        " | Voornaam=given_name:nl_given139 | Geb. datum=birth_date@%d-%m-%Y"
        " | Adres=street:street_nl139 | Postcode=postcode:pc_nl139"
        " | Woonplaats=district:wp_nl139 | Mobiel=phone:phone_nl139 | E-mailadres=email"
        " | Totale schuld=-:debt_nl139 | Aantal schuldeisers=-:creditors_nl139"
        " | Traject=-:traject_nl139 | Bewindvoerder=-:bewind_nl139"
        " | IBAN=-:iban_nl139 | Datum intakegesprek=date@%d-%m-%Y"
        " | Klantmanager=-:manager_nl139",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "steuer_de139",
    "nir_fr139",
    "dni_es139",
    "cf_it139",
    "bsn_nl139",
)
SEX_HOLDS: tuple[str, ...] = ("sex_fr139", "sex_es139", "sex_it139")
NAME_HOLDS = frozenset(
    {"de_family139", "de_given139", "fr_family139", "fr_given139", "es_family139"}
    | {"es_given139", "it_family139", "it_given139", "nl_family139", "nl_given139"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_de139",
    "phone_fr139",
    "phone_es139",
    "phone_it139",
    "phone_nl139",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND139",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND139",
]
