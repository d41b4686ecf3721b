"""The hundred-and-seventieth part of the outside corpus, **blind 170** (written 23:03 UTC,
2026-12-06, never used for tuning): person files a provincial hospital's free-meal kitchen, a
deposit insurance branch, a commune people's committee, a rubber company, a South Tyrolean
volunteer fire brigade, an Aosta Valley cow-fight association, a Sardinian health agency, a
Sicilian fishing-boat owner and a bilingual comune of the Trieste Karst could hand over. Four
Vietnamese files: the patients a hospital's zero-dong kitchen feeds, in UTF-8 with a BOM and
semicolons (the patient number, the ward and bed, the hardship, the relative who cares for them
and their phone, the meals a day, the donor); a deposit insurer's payout list for a failed
people's credit fund, in Excel (the savings book, the spaced CCCD, the balance and the insured
amount, the day paid, the proxy who collected); a commune's register of people serving a
suspended sentence, in Windows-1258 with tabs and headers without diacritics (the nickname, the
judgment, the court, the offence, the sentence, the probation, the officer who supervises, a
dotted phone); and a rubber company's tapping contracts in UTF-16 with tabs (the worker number,
the ethnic group, the team and plot, the planting year, the area, the trees, the latex quota,
the time last updated).
Five foreign files: a South Tyrolean volunteer fire brigade's member roll in ISO-8859-15 with
semicolons and German headers (the codice fiscale as Steuernummer, Fraktion and Gemeinde, the
rank, the breathing-apparatus fitness, a youth member's guardian); an Aosta Valley register of
breeders entering the batailles de reines, in Windows-1252 with French headers (hameau, CAP and
commune, the queen's name, ear tag, weight and category, the alpage); a Sardinian health agency's
colorectal screening invitations in Excel (the codice fiscale, the tessera sanitaria and its
expiry, the frazione, the province, the family doctor, the test result); a Mazara del Vallo
fishing boat's crew list in Windows-1252 with tabs (Sicilian and Tunisian seamen, omocode codici
fiscali of those born abroad, the seaman's register number, the boarding and landing dates, the
owner); and a Carta Famiglia register of Duino Aurisina / Devin Nabrežina with Italian and
Slovene headers in UTF-8 with a BOM (the codice fiscale, the bilingual frazione, the children,
the ISEE and its band, the card and its expiry).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind170_writers import WRITERS_BLIND170
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND170: tuple[Shape, ...] = (
    _shape(
        "benh_nhan_bep_an_khong_dong_benh_vien_tinh_vn170",
        "STT=row | Mã BN=-:ma_bn170 | Họ và tên bệnh nhân=full_name"
        " | NS=birth_date@%d/%m/%Y | Giới=sex | Số CCCD=cccd | Địa chỉ=address"
        " | Khoa điều trị=-:khoa170 | Giường=-:giuong170 | Hoàn cảnh=-:hoancanh170"
        " | Người nhà chăm sóc=-:nguoinha170 | SĐT người nhà=-:phone_rel170"
        " | Số suất/ngày=-:suat170 | Từ ngày=date@%d/%m/%Y"
        " | Nhà hảo tâm tài trợ=-:donor170 | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "chi_tra_bao_hiem_tien_gui_qtdnd_do_vo_vn170",
        "TT=row | Số sổ tiết kiệm=-:so_tk170 | Tên người gửi tiền=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD/ĐDCN=cccd:cccd_spaced"
        " | Địa chỉ liên hệ=address | Số dư tiền gửi (đồng)=-:so_du170"
        " | Số tiền được bảo hiểm chi trả (đồng)=-:duoc_bh170 | Ngày chi trả=date@%d/%m/%Y"
        " | Người nhận thay (ủy quyền)=-:uy_quyen170 | ĐT=phone | Quỹ TDND=-:qtd170",
        file="xlsx",
    ),
    _shape(
        "nguoi_duoc_huong_an_treo_ubnd_xa_giam_sat_vn170",
        "STT=row | Ho ten nguoi duoc huong an treo=full_name | Ten goi khac=-:alias170"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex | So dinh danh=cccd"
        " | Noi cu tru=address | Ban an so=-:ban_an170 | Toa an xet xu=-:toa170"
        " | Toi danh=-:toi170 | Muc an=-:muc_an170 | Thoi gian thu thach=-:thu_thach170"
        " | Ngay bat dau thu thach=date@%d/%m/%Y | Nguoi duoc giao giam sat=-:giam_sat170"
        " | DT lien he=phone:phone_dotted",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cong_nhan_nhan_khoan_vuon_cay_cao_su_cong_ty_vn170",
        "TT=row | Mã CN=-:ma_cn170 | Họ và tên công nhân=full_name"
        " | Năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex | CCCD=cccd | Dân tộc=-:dantoc170"
        " | Chỗ ở hiện nay=address:home_vn170 | Đội SX=-:doi170 | Lô=-:lo170"
        " | Năm trồng=-:nam_trong170 | Diện tích khoán (ha)=-:dien_tich170"
        " | Số cây cạo=-:so_cay170 | SL khoán (kg mủ quy khô)=-:san_luong170"
        " | Ngày nhận khoán=date@%d/%m/%Y | Cập nhật=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "mitgliederverzeichnis_freiwillige_feuerwehr_suedtirol_it170",
        "Lfd. Nr.=row | Mitgl.-Nr.=-:ffw_nr170 | Zuname=family_name:st_family170"
        " | Vorname=given_name:st_given170 | Geb.-Datum=birth_date@%d.%m.%Y"
        " | Geburtsort=-:st_born170 | Steuernummer=national_id:cf_st170"
        " | Geschlecht=sex:sex_st170 | Anschrift=street:street_st170"
        " | PLZ=postcode:cap_st170 | Fraktion=suburb:fraz_st170"
        " | Gemeinde=district:gem_st170 | Handy=phone:phone_st170"
        " | Dienstgrad=-:rank_st170 | Eintritt=date@%d.%m.%Y"
        " | Atemschutz tauglich bis=-:ats_st170"
        " | Erziehungsberechtigter (Jugend)=-:guard_st170",
        english=True,
        encoding="iso-8859-15",
        delimiter=";",
    ),
    _shape(
        "registre_eleveurs_batailles_de_reines_vallee_aoste_it170",
        "N°=row | Nom=family_name:ao_family170 | Prénom=given_name:ao_given170"
        " | Code fiscal=national_id:cf_ao170 | Né(e) le=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_ao170 | Adresse=street:street_ao170 | Hameau=suburb:hameau_ao170"
        " | CAP=postcode:cap_ao170 | Commune=district:commune_ao170"
        " | Téléphone=phone:phone_ao170 | Nom de la reine=-:reine170"
        " | N° marque auriculaire=-:tag_ao170 | Poids (kg)=-:weight_ao170"
        " | Catégorie=-:cat_ao170 | Combat éliminatoire du=date@%d/%m/%Y"
        " | Alpage=-:alpage170",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "screening_colon_retto_invitati_asl_ogliastra_it170",
        "Progr.=row | Cognome=family_name:sa_family170 | Nome=given_name:sa_given170"
        " | Sesso=sex:sex_sa170 | Data nascita=birth_date@%d/%m/%Y"
        " | Comune di nascita=-:sa_born170 | Codice Fiscale=national_id:cf_sa170"
        " | N. Tessera Sanitaria=-:ts_sa170 | Scadenza TS=-:ts_exp170"
        " | Indirizzo=street:street_sa170 | Frazione=suburb:fraz_sa170"
        " | CAP=postcode:cap_sa170 | Comune residenza=district:comune_sa170"
        " | Prov.=state:prov_sa170 | Recapito telefonico=phone:phone_sa170"
        " | MMG=-:mmg_sa170 | Data invito=date@%d/%m/%Y | Esito FIT=-:fit_sa170",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ruolino_equipaggio_motopesca_mazara_del_vallo_it170",
        "N.=row | Cognome e nome=full_name:si_name170 | Nato a=-:si_born170"
        " | il=birth_date@%d/%m/%Y | Cittadinanza=-:si_cit170"
        " | Codice fiscale=national_id:cf_si170 | Matricola gente di mare=-:matr_si170"
        " | Qualifica=-:qual_si170 | Residenza=address:addr_si170"
        " | Cell.=phone:phone_si170 | Motopesca=-:boat_si170"
        " | Imbarcato il=date@%d/%m/%Y | Sbarcato il=-:sbarco_si170"
        " | Armatore=-:armatore_si170",
        english=True,
        encoding="cp1252",
        delimiter="\t",
    ),
    _shape(
        "carta_famiglia_duino_aurisina_devin_nabrezina_it170",
        "N./Št.=row | Cognome/Priimek=family_name:fv_family170 | Nome/Ime=given_name:fv_given170"
        " | Codice fiscale/Davčna številka=national_id:cf_fv170"
        " | Data di nascita/Datum rojstva=birth_date@%d.%m.%Y"
        " | Luogo di nascita/Kraj rojstva=-:fv_born170 | Indirizzo/Naslov=street:street_fv170"
        " | Frazione/Vas=suburb:fraz_fv170 | CAP/Poštna št.=postcode:cap_fv170"
        " | Telefono/Telefon=phone:phone_fv170 | E-mail=email:mail_fv170"
        " | Figli a carico/Otroci=-:kids_fv170 | ISEE (€)=-:isee_fv170"
        " | Fascia/Razred=-:fascia_fv170 | N. carta/Št. izkaznice=-:card_fv170"
        " | Rilasciata il/Izdana dne=date@%d.%m.%Y | Scadenza/Veljavnost=-:exp_fv170",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cf_st170", "cf_ao170", "cf_sa170", "cf_si170", "cf_fv170")
SEX_HOLDS: tuple[str, ...] = ("sex_st170", "sex_ao170", "sex_sa170")
NAME_HOLDS = frozenset(
    {"st_family170", "st_given170", "ao_family170", "ao_given170", "sa_family170"}
    | {"sa_given170", "si_name170", "fv_family170", "fv_given170"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_st170",
    "phone_ao170",
    "phone_sa170",
    "phone_si170",
    "phone_fv170",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_si170", "home_vn170")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND170",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND170",
]
