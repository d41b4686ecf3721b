"""The two-hundred-and-twenty-second part of the outside corpus, **blind 222** (written 05:20 UTC,
2026-12-07, never used for tuning): person files a provincial fisheries sub-department, a centre
for inclusive education, a district post office, a haematology institute, a Sardinian comune's
Ardia committee, a Val Gardena kindergarten directorate, an Etna comune's technical office, an
Aosta Valley ski-lift company and the Friuli region's fuel-card desk could hand over. Four
Vietnamese files: the fishermen who sat the exam for a fishing-vessel captain's or chief
engineer's certificate, in UTF-16 with tabs (the class, the boat's registration and tonnage, the
theory and practice marks, the certificate number, the result); the carers of young autistic
children trained in early intervention, in Windows-1258 with semicolons (the child, the child's
age and diagnosis, the carer's relation, the sessions attended, the teacher); the farmers a
district post office put on its online farm-produce shop, in Excel (the product and its OCOP
stars, the post office, the kilograms and orders, the postal account); and the volunteers on a
stem-cell donor register, in UTF-8 with a BOM (the blood group, the HLA sample's state, the
event where they signed, the next of kin and their phone). Five foreign files: the riders of
the Ardia of San Costantino at Sedilo, in UTF-8 with Sardinian headers beside Italian (the place
of birth, the codice fiscale, the horse and its microchip, the flag or escort, the medical
certificate, the insurance); the enrolments in Val Gardena's Ladin kindergartens, in
UTF-8 with semicolons and German, Italian and Ladin headers, one row a parent (the codice fiscale,
the street, CAP and village, the phone, the child and the child's birth date, the kindergarten,
the hours, the language); the
households of an Etna comune granted the cost of removing volcanic sand, in Windows-1252 with
semicolons (the protocol, the codice fiscale, the residence, the cadastral parcel, the quintals,
the amount, the IBAN, the state); the residents' season ski passes of an Aosta Valley lift
company, in Excel with French headers beside Italian (the codice fiscale, the street, hamlet,
CAP and commune, the pass, the card, the price); and the regional fuel discount cards of
Friulian residents, in UTF-8 with Friulian headers beside Italian (the codice fiscale, the
street, CAP and comune, the plate, the fuel, the band, the card, the day it was issued).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind222_writers import WRITERS_BLIND222
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND222: tuple[Shape, ...] = (
    _shape(
        "thuyen_truong_may_truong_tau_ca_thi_cap_van_bang_chung_chi_chi_cuc_thuy_san_vn222",
        "STT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi cư trú=address | Số ĐT=phone | Hạng dự thi=-:class222"
        " | Số đăng ký tàu=-:boat222 | Tổng dung tích (GT)=-:tonnage222"
        " | Điểm LT=-:theory222 | Điểm TH=-:practice222 | Kết quả=-:result222"
        " | Số văn bằng/CC=-:licence222 | Ngày thi=date@%d/%m/%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nguoi_cham_soc_tre_tu_ky_tap_huan_can_thiep_som_tt_ho_tro_giao_duc_hoa_nhap_vn222",
        "TT=row | Ho ten nguoi cham soc=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Gioi=sex | So dinh danh=cccd | Dien thoai=phone:phone_dotted"
        " | Dia chi lien he=address | Quan he voi tre=-:relation222"
        " | Ho ten tre=-:child222 | Tuoi tre=-:child_age222 | Chan doan=-:diag222"
        " | So buoi tham du=-:sessions222 | GV phu trach=-:teacher222"
        " | Ngay bat dau=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "ho_san_xuat_dua_nong_san_len_san_postmart_buu_dien_huyen_vn222",
        "STT=row | Tên hộ/chủ thể=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | CCCD/ĐDCN=cccd:cccd_spaced | Địa chỉ=address | ĐT liên hệ=phone:phone_spaced"
        " | Sản phẩm (OCOP)=-:product222 | Bưu cục phụ trách=-:post222"
        " | SL đã bán (kg)=-:kg222 | Số đơn=-:orders222 | Số TK PostPay=-:account222"
        " | Ngày lên sàn=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "tinh_nguyen_vien_dang_ky_hien_te_bao_goc_tao_mau_vien_huyet_hoc_vn222",
        "STT=row | Họ và tên TNV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | CCCD=cccd | Email=email | ĐTDĐ=phone | Địa chỉ thường trú=address"
        " | Nhóm máu=-:blood222 | Tình trạng mẫu HLA=-:hla222 | Nơi đăng ký=-:event222"
        " | Người thân liên hệ=-:kin222 | SĐT người thân=-:kin_phone222"
        " | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-8-sig",
    ),
    _shape(
        "elencu_cadderis_ardia_santu_antinu_sedilo_elenco_cavalieri_it222",
        "Nùm./N.=row | Sambenadu / Cognome=family_name:sa_family222"
        " | Nùmene / Nome=given_name:sa_given222 | Nàschidu in / Nato a=-:sa_born222"
        " | Die de nàschida / Data di nascita=birth_date@%d/%m/%Y"
        " | Còdighe fiscale / Codice fiscale=national_id:sa_cf222"
        " | Residèntzia / Residenza=address:sa_addr222"
        " | Telèfonu / Telefono=phone:sa_phone222 | Caddu / Cavallo=-:sa_horse222"
        " | Microchip=-:sa_chip222 | Bandela / Ruolo=-:sa_role222"
        " | Tzertificadu mèdicu / Certificato medico=date:sa_med222"
        " | Asseguratzione / Polizza=-:sa_policy222",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "einschreibung_kindergarten_groeden_iscrizione_scuola_infanzia_scritura_scolina_it222",
        "Nr.=row | Zuname / Cognome / Sorenom=family_name:st_family222"
        " | Vorname / Nome / Inom=given_name:st_given222"
        " | Geburtsdatum / Data di nascita / Data de nasciuda=birth_date@%d.%m.%Y"
        " | Geburtsort / Luogo di nascita / Luech de nasciuda=-:st_born222"
        " | Steuernummer / Codice fiscale / Codesc fiscal=national_id:st_cf222"
        " | Straße / Via / Streda=street:st_street222 | PLZ / CAP=postcode:st_cap222"
        " | Gemeinde / Comune / Chemun=district:st_town222"
        " | Telefon / Telefono / Telefon=phone:st_phone222"
        " | Kind / Bambino/a / Mut=-:st_child222"
        " | Geburtsdatum Kind / Nato/a il / Nasciu l=-:st_child_birth222"
        " | Kindergarten / Scuola dell'infanzia / Scolina=-:st_kg222"
        " | Betreuungszeit / Orario / Orar=-:st_time222"
        " | Familiensprache / Lingua / Lingaz=-:st_lang222"
        " | Eintritt / Inizio / Entrada=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "contributi_rimozione_sabbia_vulcanica_etna_comune_zafferana_etnea_it222",
        "N.=row | Prot. istanza=-:si_protocol222 | Cognome e nome=full_name:si_name222"
        " | Luogo di nascita=-:si_born222 | Data di nascita=birth_date@%d/%m/%Y"
        " | C.F.=national_id:si_cf222 | Residenza=address:si_addr222"
        " | Tel.=phone:si_phone222 | Dati catastali immobile=-:si_parcel222"
        " | Sabbia rimossa (q.li)=-:si_sand222 | Importo (€)=-:si_amount222"
        " | IBAN=-:si_iban222 | Stato pratica=-:si_status222"
        " | Data istanza=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "abonnements_saison_residents_remontees_mecaniques_tessere_stagionali_vda_it222",
        "N°=row | Nom / Cognome=family_name:ao_family222 | Prénom / Nome=given_name:ao_given222"
        " | Date de naissance / Data di nascita=birth_date@%d/%m/%Y"
        " | Code fiscal / Codice fiscale=national_id:ao_cf222"
        " | Adresse / Indirizzo=street:ao_street222 | Hameau / Frazione=-:ao_hamlet222"
        " | CAP=postcode:ao_cap222 | Commune / Comune=district:ao_commune222"
        " | Téléphone / Telefono=phone:ao_phone222 | Courriel / E-mail=email"
        " | Type d'abonnement / Tipo di tessera=-:ao_pass222"
        " | N° carte / N. tessera=-:ao_card222 | Prix / Prezzo (€)=-:ao_price222"
        " | Date de délivrance / Data emissione=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "cjarte_carburant_regjonal_carta_carburante_regionale_fvg_it222",
        "Nr.=row | Cognon / Cognome=family_name:fr_family222 | Non / Nome=given_name:fr_given222"
        " | Dì di nassite / Data di nascita=birth_date@%d/%m/%Y"
        " | Codiç fiscâl / Codice fiscale=national_id:fr_cf222"
        " | Direzion / Indirizzo=street:fr_street222 | CAP=postcode:fr_cap222"
        " | Comun di residence / Comune di residenza=district:fr_town222"
        " | Telefon / Telefono=phone:fr_phone222 | Targhe / Targa=-:fr_plate222"
        " | Carburant / Carburante=-:fr_fuel222 | Fasse / Fascia=-:fr_band222"
        " | Numar cjarte / Numero carta=-:fr_card222"
        " | Dì dal rilassi / Data rilascio=date:fr_issued222",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("sa_cf222", "st_cf222", "si_cf222", "ao_cf222", "fr_cf222")
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {
        "sa_family222",
        "sa_given222",
        "st_family222",
        "st_given222",
        "si_name222",
        "ao_family222",
        "ao_given222",
        "fr_family222",
        "fr_given222",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "sa_phone222",
    "st_phone222",
    "si_phone222",
    "ao_phone222",
    "fr_phone222",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("sa_addr222", "si_addr222")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND222",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND222",
]
