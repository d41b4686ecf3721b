"""The eighty-second part of the outside corpus, **blind 82** (written 16:12 UTC, 2026-12-06, never
used for tuning): person files a commune recognising its mediators, a district re-issuing land-use
certificates, a border health post checking citizens who come home, a ward's retirees'
association, a Cameroonian safety-net project, a Gabonese payroll census, a Goma displacement
register, a Luanda rehousing programme and a Namibian municipality could hand over. Four
Vietnamese files: a commune's list of people's mediators (hòa giải viên) in UTF-8 with a BOM and
semicolons (the ethnic group, the training, the job, the village's mediation team, the role in it
and the team leader, left empty on the leader's own row, the recognising decision with its date,
the year of the last training); a district's list of people who handed in their land-use
certificates for re-issue in Windows-1258 with semicolons (the spouse who shares the certificate,
the old certificate's series and book number, plot, map sheet, area and the plot's own village,
the reason, the day handed in and the day promised, the officer who took it); a list of
Vietnamese citizens coming home from abroad, checked or quarantined at the border gate, in Excel
(the passport, the country, the flight, the gate, the day of entry, where they will live, the
quarantine and its site, the first test, the day it ends, the unit that took them); and a ward's
list of retirees receiving Tết gifts in UTF-16 with tabs (the pension book and BHXH code, the
former unit, the association branch and its head, the gift, an empty signature column). Five
foreign files: a Cameroonian cash-transfer list in UTF-8 with semicolons and French/English
headers (NOM in capitals, the CNI and the day it was issued, quarter, subdivision and region, the
mobile money operator); a Gabonese census of public servants in Windows-1252 with capital French
headers (the NIP, the payroll number, the ministry and posting, quarter and town); a Goma register
of displaced households with French headers (name, post-name and first name in one column, the
voter card number, the household head or ``Lui-même``, the territory they fled, the host family's
address with its avenue, quarter and commune); an Angolan rehousing list in UTF-8 with a BOM and
Portuguese headers (the BI like 001234567LA012, the spouse, the former home, the block and house,
bairro and município); and a Namibian indigent register with English/Afrikaans headers (the ID
of eleven digits, the erf, street, suburb and town, the income in N$, the account number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind82_writers import WRITERS_BLIND82
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND82: tuple[Shape, ...] = (
    _shape(
        "danh_sach_hoa_giai_vien_vn82",
        "STT=row | Họ và tên hòa giải viên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Dân tộc=-:ethnic82 | Số định danh cá nhân=cccd"
        " | Nơi cư trú=address:mediator_addr82 | Trình độ CM/ LL=-:training82"
        " | Nghề nghiệp, chức vụ=-:mediator_job82 | Thuộc Tổ hòa giải=-:team82"
        " | Chức danh trong Tổ=-:team_role82 | Tổ trưởng Tổ HG=-:team_leader82"
        " | Điện thoại=phone | QĐ công nhận (số, ngày)=-:recognised82"
        " | Bồi dưỡng nghiệp vụ năm=-:trained82",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "nop_gcn_cap_doi_vn82",
        "STT=row | Tên người sử dụng đất=full_name | Ngày/tháng/năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Địa chỉ thường trú=address:land_addr82"
        " | Họ tên vợ (chồng) cùng đứng tên=-:spouse82 | Số phát hành GCN cũ=-:gcn_series82"
        " | Số vào sổ cấp GCN=-:gcn_book82 | Thửa số=-:plot82 | Tờ BĐ số=-:map_sheet82"
        " | Diện tích (m²)=-:land_area82 | Vị trí thửa đất=-:plot_place82"
        " | Lý do cấp đổi=-:reissue_reason82 | Ngày nhận HS=date@%d/%m/%Y"
        " | Ngày hẹn trả KQ=date:due82@%d/%m/%Y | Cán bộ tiếp nhận=-:land_officer82"
        " | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cong_dan_nhap_canh_cach_ly_vn82",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date:excel_date | Giới tính=sex"
        " | Số hộ chiếu=-:passport_vn82 | Số CCCD/ĐDCN=cccd | Trở về từ nước=-:from_country82"
        " | Chuyến bay/phương tiện=-:flight82 | Cửa khẩu nhập cảnh=-:border_gate82"
        " | Ngày nhập cảnh=date:excel_event | Nơi cư trú sau khi về địa phương=address:home_after82"
        " | SĐT liên lạc=phone | Hình thức cách ly=-:quarantine_kind82"
        " | Khu cách ly=-:quarantine_site82 | KQ XN lần 1=-:test1_82"
        " | Ngày kết thúc cách ly=date:quarantine_end82 | Đơn vị tiếp nhận=-:receiving82",
        file="xlsx",
    ),
    _shape(
        "huu_tri_nhan_qua_tet_vn82",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | Số sổ hưu=-:pension_book82 | Mã số BHXH=bhxh | Nguyên đơn vị công tác=-:former_unit82"
        " | Chi hội=-:branch82 | Chi hội trưởng=-:branch_head82 | Nơi ở hiện nay=address"
        " | Điện thoại=phone:phone_dotted | Mức quà (đồng)=-:gift82"
        " | Ngày nhận quà=date:tet_day82@%d/%m/%Y | Ký nhận=-:none | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "beneficiaires_transferts_cm82",
        "N° / No.=row | Nom(s) / Surname(s)=family_name:cm_family82"
        " | Prénom(s) / Given name(s)=given_name:cm_given82"
        " | Date de naissance / Date of birth=birth_date@%d/%m/%Y"
        " | Lieu de naissance / Place of birth=-:cm_birthplace82 | Sexe / Sex=sex:sex_cm82"
        " | N° CNI / NIC No.=national_id:cni_cm82"
        " | Délivrée le / Issued on=date:cni_issued82@%d/%m/%Y"
        " | Quartier / Quarter=suburb:quarter_cm82"
        " | Arrondissement / Subdivision=district:subdiv_cm82"
        " | Région / Region=state:region_cm82 | Téléphone / Phone=phone:phone_cm82"
        " | Opérateur / Mobile money=-:momo_cm82 | Taille du ménage / Household size=-:hh_cm82"
        " | Montant (FCFA) / Amount (FCFA)=-:amount_cm82"
        " | Date de paiement / Payment date=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "controle_physique_agents_ga82",
        "N°=row | NOM=family_name:ga_family82 | PRÉNOMS=given_name:ga_given82"
        " | DATE DE NAISSANCE=birth_date@%d/%m/%Y | LIEU DE NAISSANCE=-:ga_birthplace82"
        " | SEXE=sex:sex_ga82 | NIP=national_id:nip_ga82 | MATRICULE SOLDE=-:matricule_ga82"
        " | MINISTÈRE DE TUTELLE=-:ministry_ga82 | LIEU D'AFFECTATION=-:posting_ga82"
        " | QUARTIER=suburb:quartier_ga82 | VILLE=district:ville_ga82"
        " | TÉLÉPHONE=phone:phone_ga82 | DATE DE PRISE DE SERVICE=date@%d/%m/%Y"
        " | OBSERVATIONS=-:obs_ga82",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "registre_menages_deplaces_goma_cd82",
        "N°=row | Nom, Postnom et Prénom=full_name:cd_name82 | Sexe=sex:sex_cd82"
        " | Date de naissance=birth_date@%d/%m/%Y | N° carte d'électeur=national_id:voter_cd82"
        " | Qualité dans le ménage=-:hh_role_cd82 | Nom du chef de ménage=-:hh_head_cd82"
        " | Taille du ménage=-:hh_size_cd82 | Territoire / localité d'origine=-:origin_cd82"
        " | Adresse actuelle (famille d'accueil)=address:addr_cd82"
        " | Commune=district:commune_cd82 | Téléphone=phone:phone_cd82"
        " | Date d'arrivée=date@%d/%m/%Y | Vulnérabilité=-:vuln_cd82"
        " | Enquêteur=-:enumerator_cd82",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "lista_familias_realojadas_ao82",
        "N.º=row | Nome completo=full_name:ao_name82 | N.º do BI=national_id:bi_ao82"
        " | Data de nascimento=birth_date@%d-%m-%Y | Sexo=sex:sex_ao82"
        " | Estado civil=-:civil_ao82 | Nome do cônjuge=-:spouse_ao82"
        " | N.º de membros do agregado=-:hh_ao82 | Residência anterior=-:old_home_ao82"
        " | Quarteirão / Casa=street:house_ao82 | Bairro=suburb:bairro_ao82"
        " | Município=district:mun_ao82 | Telefone=phone:phone_ao82"
        " | Data de realojamento=date@%d-%m-%Y | Técnico responsável=-:officer_ao82"
        " | Observações=-:obs_ao82",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "indigent_register_na82",
        "No. / Nr.=row | Surname / Van=family_name:na_family82"
        " | First names / Voorname=given_name:na_given82"
        " | ID No. / ID-nommer=national_id:id_na82"
        " | Date of birth / Geboortedatum=birth_date@%Y/%m/%d | Sex / Geslag=sex:sex_na82"
        " | Erf No. / Erf nr.=-:erf_na82 | Street address / Straatadres=street:street_na82"
        " | Suburb / Voorstad=suburb:suburb_na82 | Town / Dorp=district:town_na82"
        " | Cell no. / Selfoon nr.=phone:phone_na82"
        " | Household size / Gesinsgrootte=-:hh_na82"
        " | Monthly income / Maandelikse inkomste=-:income_na82"
        " | Account no. / Rekeningnr.=-:account_na82"
        " | Date approved / Datum goedgekeur=date@%Y/%m/%d"
        " | Approved by / Goedgekeur deur=-:officer_na82",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cni_cm82", "nip_ga82", "voter_cd82", "bi_ao82", "id_na82")
SEX_HOLDS: tuple[str, ...] = ("sex_cm82", "sex_ga82", "sex_cd82", "sex_ao82", "sex_na82")
NAME_HOLDS = frozenset(
    {"cm_family82", "cm_given82", "ga_family82", "ga_given82", "cd_name82", "ao_name82"}
    | {"na_family82", "na_given82"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_cm82",
    "phone_ga82",
    "phone_cd82",
    "phone_ao82",
    "phone_na82",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "mediator_addr82",
    "land_addr82",
    "home_after82",
    "addr_cd82",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND82",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND82",
]
