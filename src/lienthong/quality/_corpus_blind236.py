"""The two-hundred-and-thirty-sixth part of the outside corpus, **blind 236** (written 07:14 UTC,
2026-12-07, never used for tuning): person files a hair donation club for cancer patients, a
pigeon racing club, an airport's pick-up zone for ride-hailing drivers, an apartment block's
management board, a Breton intercommunal mutual health insurance, an Alsatian wine estate, the
Corsican transport office, a French Basque local currency and Monaco's social centre could hand
over. Four Vietnamese files: the people who give their hair to make wigs for cancer patients, in
UTF-8 with a BOM and semicolons (the hair's length and state, where it was sent, who told them of
the club); the members of a pigeon racing club entering a race, in UTF-16 with tabs (the loft's
code and GPS point, the ring, the birds, the distance, the speed); the ride-hailing drivers who
ask for a card to pick passengers up at the airport, in Excel (the app, the plate, the car, the
driving licence and its class, the card and when it runs out); and the residents who park by the
month in the block's basement, in Windows-1258 with semicolons and headers without diacritics
(the flat, the vehicle and plate, the tag, the fee). Five foreign files: the members of a
communal mutual insurance in the Poher, in UTF-8 with semicolons and Breton headers beside
French (the NIR with its key, the street, postcode and kumun, the formula, the dependants, the
monthly fee); the grape pickers of an Alsatian wine estate, in Windows-1252 with semicolons and
German and Alsatian headers beside French (the birthplace, the NIR written in one run, the
address, the plot, the grape, the hours and the rate, the first and last day); the applicants for
a Corsican resident's fare card, in Excel with Corsican headers beside French (the birthplace,
the NIR with 20, 2A or 2B, the street, postcode and cumuna, the card, the proof, the status); the
members of the eusko, in UTF-8 with Basque headers beside French (the street, postcode and
herria, the member number and account, the association they sponsor, the language they want,
the euskos changed); and the elderly people with a home alarm from Monaco's social centre, in
UTF-8 with a BOM and tabs (the street and quartier of the Principality, phones written +377, in
eight digits or +33, the doctor, the person to warn and their phone, the box, the fee, notes).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind236_writers import WRITERS_BLIND236
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND236: tuple[Shape, ...] = (
    _shape(
        "nguoi_dang_ky_hien_toc_lam_toc_gia_tang_benh_nhan_ung_thu_clb_hien_toc_vn236",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD=cccd | Địa chỉ liên hệ=address | SĐT (Zalo)=phone | Email=email"
        " | Độ dài tóc=-:hair_len236 | Tình trạng tóc=-:hair_state236"
        " | Nơi nhận tóc=-:hair_point236 | Người giới thiệu=-:hair_ref236"
        " | Ngày gửi tóc=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoi_vien_clb_chim_bo_cau_dua_dang_ky_giai_bay_vn236",
        "TT=row | Họ tên chủ chuồng=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd:cccd_spaced | Địa chỉ=address | Điện thoại=phone:phone_dotted"
        " | Mã chuồng=-:loft236 | Tọa độ chuồng (GPS)=-:gps236 | Số khoen=-:ring236"
        " | Số chim ĐK=-:birds236 | Cự ly (km)=-:dist236 | Vận tốc (m/phút)=-:speed236"
        " | Ngày ĐK=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "lai_xe_cong_nghe_dang_ky_the_ra_vao_diem_don_khach_cang_hang_khong_vn236",
        "STT=row | Họ và tên lái xe=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Nơi thường trú=address | SĐT=phone:phone_spaced"
        " | Hãng=-:app236 | Biển kiểm soát=-:plate236 | Loại xe=-:car236"
        " | Số GPLX=-:licence236 | Hạng=-:class236 | Số thẻ=-:card236"
        " | Ngày cấp thẻ=date@%d/%m/%Y | Hạn thẻ=date:card_exp236",
        file="xlsx",
    ),
    _shape(
        "cu_dan_dang_ky_gui_xe_thang_ham_xe_chung_cu_ban_quan_tri_vn236",
        "STT=row | Ho ten chu xe=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Can ho=-:apt236 | HK thuong tru=address | DT lien he=phone | Loai xe=-:veh236"
        " | Bien so=-:plate_moto236 | So the xe=-:tag236 | Phi gui (d/thang)=-:park_fee236"
        " | Tu ngay=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ezeled_mutuelle_kumunel_adherents_mutuelle_communautaire_poher_bzh236",
        "Niv. / N°=row | Anv-familh / Nom=family_name:bzh_family236"
        " | Anv-bihan / Prénom=given_name:bzh_given236"
        " | Deiziad ganedigezh / Date de naissance=birth_date@%d/%m/%Y"
        " | Niverenn surentez sokial / N° de Sécurité sociale=national_id:bzh_nir236"
        " | Chomlec'h / Adresse=street:bzh_street236 | Kod-post / CP=postcode:bzh_cp236"
        " | Kumun / Commune=district:bzh_town236 | Pellgomz / Tél.=phone:bzh_phone236"
        " | Postel / Courriel=email | Formulenn / Formule=-:bzh_formula236"
        " | Tud e karg / Ayants droit=-:bzh_benef236"
        " | Skodenn bep miz / Cotisation mensuelle=-:bzh_fee236"
        " | Deiziad emezelañ / Date d'adhésion=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "erntehelfer_vendangeurs_tesa_msa_weingut_domaine_ribeauville_als236",
        "Nr. / N°=row | Name / Nom=family_name:als_family236"
        " | Vorname / Prénom=given_name:als_given236"
        " | Geburtsdatum / Date de naissance=birth_date@%d/%m/%Y"
        " | Gebùrtsort / Lieu de naissance=-:als_pob236"
        " | Sozialversicherungsnummer / N° SS=national_id:als_nir236"
        " | Adress / Adresse=address:als_addr236 | Händy / Portable=phone:als_phone236"
        " | Parzell / Parcelle=-:als_plot236 | Rebsorte / Cépage=-:als_grape236"
        " | Stunde / Heures=-:als_hours236 | Stundelohn / Taux horaire=-:als_rate236"
        " | Àfàng / Début=date@%d/%m/%Y | Ànd / Fin=date:als_end236",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "dumande_carta_di_residente_tariffa_trasportu_otc_cor236",
        "N°=row | Casata / Nom=family_name:cor_family236 | Nome / Prénom=given_name:cor_given236"
        " | Data di nascita / Date de naissance=birth_date@%d/%m/%Y"
        " | Locu di nascita / Lieu de naissance=-:cor_pob236 | Sessu / Sexe=sex:sex_fr"
        " | Numeru di securità suciale / N° de sécurité sociale=national_id:cor_nir236"
        " | Indirizzu / Adresse=street:cor_street236"
        " | Codice pustale / Code postal=postcode:cor_cp236"
        " | Cumuna / Commune=district:cor_town236 | Telefonu / Téléphone=phone:cor_phone236"
        " | Numeru di carta / N° de carte=-:cor_card236"
        " | Ghjustificativu / Justificatif=-:cor_proof236"
        " | Data di dumanda / Date de demande=date@%d/%m/%Y"
        " | Statutu / Statut=-:cor_status236",
        english=True,
        file="xlsx",
    ),
    _shape(
        "eusko_kideak_adherents_monnaie_locale_euskal_moneta_eus236",
        "Zk. / N°=row | Kide zk. / N° adhérent=-:eus_member236"
        " | Deitura / Nom=family_name:eus_family236 | Izena / Prénom=given_name:eus_given236"
        " | Sortze data / Date de naissance=birth_date@%d/%m/%Y"
        " | Helbidea / Adresse=street:eus_street236 | Posta kodea / CP=postcode:eus_cp236"
        " | Herria / Commune=district:eus_town236 | Telefonoa / Tél.=phone:eus_phone236"
        " | Helbide elektronikoa / Courriel=email | Kontua / Compte=-:eus_account236"
        " | Babestutako elkartea / Association parrainée=-:eus_assoc236"
        " | Hizkuntza / Langue=-:eus_lang236 | Aldatutako euskoak / Euskos changés=-:eus_change236"
        " | Sartze data / Date d'adhésion=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "beneficiaires_teleassistance_ccas_principaute_monaco_mc236",
        "N°=row | NOM=family_name:mc_family236 | Prénom=given_name:mc_given236"
        " | Né(e) le=birth_date@%d/%m/%Y | Sexe=sex:sex_fr | Nationalité=-:mc_nat236"
        " | Adresse=street:mc_street236 | Quartier=suburb:mc_quarter236"
        " | Téléphone=phone:mc_phone236 | Médecin traitant=-:mc_doctor236"
        " | Personne à prévenir=-:mc_kin236 | Tél. personne à prévenir=-:mc_kin_phone236"
        " | N° boîtier=-:mc_box236 | Participation mensuelle=-:mc_fee236"
        " | Date d'installation=date@%d/%m/%Y | Observations=-:mc_obs236",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("bzh_nir236", "als_nir236", "cor_nir236")
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {
        "bzh_family236",
        "bzh_given236",
        "als_family236",
        "als_given236",
        "cor_family236",
        "cor_given236",
        "eus_family236",
        "eus_given236",
        "mc_family236",
        "mc_given236",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "bzh_phone236",
    "als_phone236",
    "cor_phone236",
    "eus_phone236",
    "mc_phone236",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("als_addr236",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND236",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND236",
]
