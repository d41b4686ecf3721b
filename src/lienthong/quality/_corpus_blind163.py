"""The hundred-and-sixty-third part of the outside corpus, **blind 163** (written 22:49 UTC,
2026-12-06, never used for tuning): person files a regional frequency centre, a provincial
museum, a provincial eye hospital, a provincial literature and arts association, an Oromia
woreda land administration office, Kampala's boda boda registration desk, a Rwandan Umurenge
SACCO, a Burundian commune's fertiliser programme and a Bukavu market office could hand over.
Four Vietnamese files: amateur radio station licences in UTF-8 with a BOM and semicolons (the
CCCD, the call sign, the operator's class, the licence and its date, where the station stands,
the power and the bands); a museum's register of privately owned antiquities in Excel (the
object, its age, material and size, how the owner came by it, the registration certificate, the
day it was appraised and by whom, a spaced phone); a charity cataract-surgery list in UTF-16 with
tabs (the BHYT card, the eye, the sight before, the operation and its day, the surgeon, the
sponsor, the relative who came along and their phone); and a literature and arts association's
members in Windows-1258 with semicolons and headers without diacritics (the pen name, the home
province of the family, the art, the workplace, the year admitted, the member card).
Five foreign files: an Oromia rural land holding certificate register with Afaan Oromo headers
(the three-part name, the Fayda FIN, aanaa and ganda, the spouse, the certificate, the parcel and
its hectares, the land use, +251 phones); a Kampala boda boda riders' register in Excel with
English headers (surname first, the NIN, division and parish, the stage, the motorcycle plate,
the permit class, the LC1 chairperson, the reflector jacket); a Rwandan Umurenge SACCO loan list
with Kinyarwanda headers (the sixteen-digit ID, the district, the village, cell and sector, the
account, the loan and its purpose, the guarantor); a Burundian subsidised-fertiliser list in
Windows-1252 with semicolons and Kirundi/French headers (the CNI, province, commune and colline,
the fertiliser, the crop, bags and the amount paid, the voucher, the chef de colline); and a
Bukavu market vendors' register in UTF-16 with Swahili headers (the voter card standing for an
id, avenue, quartier and commune, +243 phones, the goods, the market and stall, the tax, the
guarantor).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind163_writers import WRITERS_BLIND163
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND163: tuple[Shape, ...] = (
    _shape(
        "giay_phep_dai_vo_tuyen_dien_nghiep_du_trung_tam_tan_so_vn163",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số ĐDCN=cccd"
        " | Địa chỉ thường trú=address | Hô hiệu=-:callsign163"
        " | Chứng chỉ VTĐ nghiệp dư=-:ham_class163 | Số GP=-:ham_licence163"
        " | Ngày cấp GP=date@%d/%m/%Y | Vị trí đặt đài=-:ham_site163"
        " | Công suất (W)=-:ham_power163 | Băng tần=-:ham_band163 | Điện thoại=phone"
        " | Thư điện tử=email",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "dang_ky_co_vat_so_huu_tu_nhan_bao_tang_tinh_vn163",
        "TT=row | Chủ sở hữu=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Nơi ở hiện nay=address | Tên cổ vật=-:antique163 | Niên đại=-:era163"
        " | Chất liệu=-:material163 | Kích thước (cm)=-:size163"
        " | Nguồn gốc sở hữu=-:origin163 | Số GCN đăng ký=-:antique_cert163"
        " | Ngày giám định=date@%d/%m/%Y | Đơn vị giám định=-:board163"
        " | SĐT chủ sở hữu=phone:phone_spaced | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "mo_mat_duc_thuy_tinh_the_nhan_dao_benh_vien_mat_tinh_vn163",
        "STT=row | Họ tên BN=full_name | Giới=sex | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số thẻ BHYT=bhyt | CCCD=cccd | Địa chỉ=address | Mắt mổ=-:eye163"
        " | Thị lực trước mổ=-:acuity163 | Phương pháp=-:eye_result163"
        " | Ngày mổ=date@%d/%m/%Y | PTV=-:surgeon163 | Nguồn tài trợ=-:sponsor163"
        " | Người nhà đi cùng=-:escort163 | SĐT người nhà=-:escort_phone163"
        " | SĐT BN=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "hoi_vien_hoi_van_hoc_nghe_thuat_tinh_vn163",
        "STT=row | Ho va ten=full_name | But danh=-:pen163 | Gioi tinh=sex"
        " | Ngay sinh=birth_date@%d-%m-%Y | Que quan=-:hometown163 | So CCCD=cccd"
        " | Noi o hien nay=address | Chuyen nganh=-:art163 | Co quan cong tac=-:workplace163"
        " | Nam ket nap=-:joined163 | So the hoi vien=-:member_card163 | Dien thoai=phone"
        " | Email=email",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "galmee_waraqaa_ragaa_qabiyyee_lafaa_baadiyyaa_oromia_et163",
        "T.L=row | Maqaa Abbaa Qabiyyee (Maqaa, Abbaa, Akaakayyuu)=full_name:or_name163"
        " | Saala=sex:sex_or163 | Guyyaa Dhalootaa=birth_date@%d/%m/%Y"
        " | Lakk. Fayda (FIN)=national_id:fin_or163 | Aanaa=district:aanaa_or163"
        " | Ganda=suburb:ganda_or163 | Maqaa Haadha/Abbaa Manaa=-:spouse_or163"
        " | Lakk. Waraqaa Ragaa=-:cert_or163 | Lakk. Lafa Qotiisaa (Paarselii)=-:parcel_or163"
        " | Bal'ina (Hektaara)=-:area_or163 | Itti Fayyadama Lafaa=-:use_or163"
        " | Lakk. Bilbilaa=phone:phone_or163 | Guyyaa Galmee=date@%d/%m/%Y"
        " | Haala Waraqaa=-:status_or163",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "boda_boda_riders_registration_kcca_ug163",
        "S/N=row | Rider's Name (Surname First)=full_name:ug_name163 | NIN=national_id:nin_ug163"
        " | Sex=sex:sex_ug163 | D.O.B=birth_date@%d/%m/%Y | Division=district:division_ug163"
        " | Parish=suburb:parish_ug163 | Stage=-:stage_ug163 | Motorcycle Reg. No.=-:plate_ug163"
        " | Driving Permit Class=-:permit_ug163 | Tel. Contact=phone:phone_ug163"
        " | LC1 Chairperson (Recommender)=-:lc1_ug163 | Reflector Jacket No.=-:jacket_ug163"
        " | Date Registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "urutonde_rw_abahawe_inguzanyo_umurenge_sacco_rw163",
        "No=row | Amazina y'umunyamuryango=full_name:rw_name163"
        " | Nomero y'indangamuntu=national_id:nid_rw163 | Igitsina=sex:sex_rw163"
        " | Itariki y'amavuko=birth_date@%d/%m/%Y | Akarere=district:district_rw163"
        " | Aho atuye (Umudugudu, Akagari, Umurenge)=address:addr_rw163"
        " | Telefoni=phone:phone_rw163 | Nomero ya konti=-:account_rw163"
        " | Inguzanyo (Frw)=-:loan_rw163 | Icyo izakoreshwa=-:purpose_rw163"
        " | Umwishingizi=-:guarantor_rw163 | Itariki yahawe inguzanyo=date@%d/%m/%Y"
        " | Uko yishyura=-:status_rw163",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "liste_beneficiaires_engrais_subventionnes_pnseb_colline_bi163",
        "No=row | Izina n'amatazirano / Nom et prénom=full_name:bi_name163"
        " | Igitsina / Sexe=sex:sex_bi163"
        " | Itariki y'amavuko / Date de naissance=birth_date@%d/%m/%Y"
        " | Inomero y'ikarata karangamuntu / N° CNI=national_id:cni_bi163"
        " | Intara / Province=state:province_bi163 | Komine / Commune=district:commune_bi163"
        " | Umutumba / Colline=suburb:colline_bi163 | Telefone=phone:phone_bi163"
        " | Ifumbire / Type d'engrais=-:fert_bi163 | Igihingwa / Culture=-:crop_bi163"
        " | Imifuko (50 kg) / Sacs=-:bags_bi163 | Yarishe / Montant payé=-:paid_bi163"
        " | N° bon de commande=-:voucher_bi163 | Itariki / Date de retrait=date@%d/%m/%Y"
        " | Umukuru w'umutumba / Chef de colline=-:chef_bi163",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "daftari_la_wachuuzi_soko_mairie_bukavu_cd163",
        "Na.=row | Jina kamili=full_name:cd_name163 | Jinsia=sex:sex_cd163"
        " | Tarehe ya kuzaliwa=birth_date@%d-%m-%Y"
        " | Namba ya kadi ya mpiga kura=national_id:voter_cd163"
        " | Avenue / Barabara=street:avenue_cd163 | Quartier / Mtaa=suburb:quartier_cd163"
        " | Commune=district:commune_cd163 | Namba ya simu=phone:phone_cd163"
        " | Bidhaa=-:goods_cd163 | Soko=-:market_cd163 | Namba ya meza=-:stall_cd163"
        " | Ushuru wa mwezi=-:tax_cd163 | Mdhamini=-:sponsor_cd163"
        " | Tarehe ya kusajiliwa=date@%d-%m-%Y",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats (all are the common ones).
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "fin_or163",
    "nin_ug163",
    "nid_rw163",
    "cni_bi163",
    "voter_cd163",
)
SEX_HOLDS: tuple[str, ...] = ("sex_or163", "sex_ug163", "sex_rw163", "sex_bi163", "sex_cd163")
NAME_HOLDS = frozenset({"or_name163", "ug_name163", "rw_name163", "bi_name163", "cd_name163"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_or163",
    "phone_ug163",
    "phone_rw163",
    "phone_bi163",
    "phone_cd163",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_rw163",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND163",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND163",
]
