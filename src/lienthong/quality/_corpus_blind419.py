"""The four-hundred-and-nineteenth part of the outside corpus, **blind 419** (written 00:40 UTC,
2026-12-08, never used for tuning): person files a craft village's people's committee, a folk-art
troupe, a heritage site's management board, a history museum, Peru's Registro Nacional del
Artesano, a Japanese prefecture's culture division, a Moroccan Chambre d'Artisanat, a Polish folk
artists' association and Kenya's heritage department could hand over about the artisans,
performers, guides and donors who keep crafts and heritage alive.
Four Vietnamese files: a craft village's registry of artisans in Excel (the craft, the title the
province gave them and the decision, the years in the trade, the workshop and how many apprentices
they teach); a folk-art troupe's members with their honours in Windows-1258 with semicolons and
headers without diacritics (the stage name, the art form, the part they play, the NSND/NSUT
title and its decision, the master who taught them); a heritage site's guide roster in UTF-16 with
tabs and ISO dates (the guide card, the kind of guide, the language, the card's issue and expiry,
the shift, when the row changed); and a museum's donors of artefacts in UTF-8 with a BOM and
semicolons (the inventory number and the object, the street, ward and province apart, the kind of
handover, the estimated value, the minutes, the officer who received it and their phone).
Five foreign files: a Peruvian RNA artisans' registry in Excel (the DNI and its check digit in a
column of its own, both surnames apart, departamento, provincia and distrito, the craft line, the
RUC, the market); a Japanese Living National Treasure support list written in romaji in UTF-8 with
tabs (the recognition number, the My Number with its mod-11 digit, the prefecture, the postcode,
the art, the year of recognition in the era calendar, the special grant and the bank account);
a Moroccan artisans' chamber list in UTF-8 with a BOM and semicolons, French and Arabic headers
(the CIN, the address and the town, the region, the trade and the quality, the artisan card, the
CNSS number); a Polish folk-artists association's members in Windows-1250 with semicolons (the
membership card, the PESEL with its check digit, the street, postcode, town and voivodeship, the
field of art, the fee); and a Kenyan cultural-heritage grant list in UTF-8 (the ID number, the
KRA PIN, county and sub-county, the postal address, the community group, the heritage element,
the amount, the status and the reference).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind419_writers import WRITERS_BLIND419
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND419: tuple[Shape, ...] = (
    _shape(
        "danh_sach_nghe_nhan_tho_gioi_lang_nghe_truyen_thong_ubnd_xa_vn419",
        "STT=row | Họ và tên nghệ nhân=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | Số CCCD=cccd | Nghề=-:craft419 | Danh hiệu=-:title419"
        " | Số QĐ công nhận=-:decision419 | Ngày công nhận=date@%d/%m/%Y"
        " | Số năm trong nghề=-:years419 | Cơ sở sản xuất=-:workshop419"
        " | Số thợ đang truyền nghề=-:apprentices419 | Địa chỉ thường trú=address"
        " | Điện thoại=phone",
        file="xlsx",
    ),
    _shape(
        "danh_sach_thanh_vien_doan_nghe_thuat_dan_gian_danh_hieu_vn419",
        "TT=row | Ho va ten=full_name:full_name_ascii | Nghe danh=-:stage419"
        " | Ngay sinh=birth_date@%d.%m.%Y | Gioi tinh=sex | So  CCCD=cccd:cccd_spaced"
        " | Loai hinh=-:form419 | Vai tro=-:role419 | Danh hieu=-:honour419"
        " | So QD phong tang=-:qd419 | Ngay QD=date@%d.%m.%Y | Thay truyen nghe=-:teacher419"
        " | Noi o hien nay=address:address_ascii | SDT=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_theo_doi_thuyet_minh_vien_khu_di_tich_ban_quan_ly_vn419",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%Y-%m-%d | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Số thẻ TMV=-:card419 | Loại=-:gkind419"
        " | Ngoại ngữ=-:lang419 | Ngày cấp thẻ=date@%Y-%m-%d | Hạn thẻ=date:expiry419"
        " | Ca trực=-:shift419 | Email=email | Số ĐT=phone | Cập nhật=timestamp:stamp419",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_tiep_nhan_hien_vat_hien_tang_bao_tang_lich_su_vn419",
        "STT=row | Số ĐK hiện vật=-:inv419 | Tên hiện vật=-:artefact419"
        " | Người hiến tặng=full_name | Ngày sinh=birth_date@%d-%m-%Y | CCCD/ĐDCN=cccd"
        " | Số nhà, đường=street | Phường/Xã=ward:mward419 | Tỉnh/Thành phố=province:mprov419"
        " | Điện thoại=phone | Hình thức=-:handover419 | Giá trị ước tính (VNĐ)=-:value419"
        " | Số biên bản=-:minutes419 | Ngày tiếp nhận=date@%d-%m-%Y"
        " | Cán bộ tiếp nhận=-:receiver419 | SĐT cán bộ=-:receiver_phone419",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "registro_nacional_del_artesano_rna_mincetur_pe419",
        "N°=row | N° RNA=-:pe_rna419 | DNI=national_id:pe_dni419 | Dígito verif.=-:pe_dv419"
        " | Apellido paterno=family_name:pe_pat419 | Apellido materno=-:pe_mat419"
        " | Nombres=given_name:pe_giv419 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_pe419 | Departamento=state:pe_dep419 | Provincia=district:pe_prov419"
        " | Distrito=suburb:pe_dist419 | Línea artesanal=-:pe_line419"
        " | Celular=phone:pe_phone419 | RUC=-:pe_ruc419 | Destino de la producción=-:pe_market419"
        " | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "juyo_mukei_bunkazai_hojisha_tokubetsu_joseikin_shikyu_meibo_jp419",
        "No.=row | Nintei Bango=-:jp_no419 | Kojin Bango=national_id:jp_mynum419"
        " | Shi (Sei)=family_name:jp_fam419 | Mei=given_name:jp_giv419"
        " | Seinengappi=birth_date@%Y/%m/%d | Seibetsu=sex:sex_jp419"
        " | Geino / Kogei Gijutsu=-:jp_art419 | Nintei Nendo=-:jp_year419"
        " | Todofuken=state:jp_pref419"
        " | Yubin Bango=postcode:jp_zip419 | Jusho=address:jp_addr419"
        " | Denwa Bango=phone:jp_phone419 | Joseikin (en)=-:jp_grant419"
        " | Furikomi Saki=-:jp_bank419 | Shikyu Bi=date@%Y/%m/%d",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "liste_artisans_chambre_artisanat_ma419",
        "N°=row | CIN / رقم البطاقة=national_id:ma_cin419 | Nom / النسب=family_name:ma_fam419"
        " | Prénom / الاسم=given_name:ma_giv419 | Date de naissance=birth_date@%d/%m/%Y"
        " | Sexe=sex:sex_ma419 | Adresse / العنوان=address:ma_addr419"
        " | Ville=district:ma_city419 | Région=state:ma_region419 | Métier / الحرفة=-:ma_trade419"
        " | Qualité=-:ma_quality419 | N° carte artisan=-:ma_card419"
        " | Tél / الهاتف=phone:ma_phone419 | N° CNSS=-:ma_cnss419"
        " | Date d'adhésion=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "wykaz_czlonkow_stowarzyszenia_tworcow_ludowych_pl419",
        "Lp.=row | Nr legitymacji=-:pl_card419 | Nazwisko=family_name:pl_fam419"
        " | Imię=given_name:pl_giv419 | PESEL=national_id:pl_pesel419"
        " | Data urodzenia=birth_date@%d.%m.%Y | Płeć=sex:sex_pl419"
        " | Ulica i nr domu=street:pl_street419 | Kod pocztowy=postcode:pl_post419"
        " | Miejscowość=district:pl_town419 | Województwo=state:pl_voiv419"
        " | Telefon=phone:pl_phone419 | Dziedzina twórczości=-:pl_field419"
        " | Składka=-:pl_fee419 | Data przyjęcia=date@%d.%m.%Y",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
    _shape(
        "cultural_heritage_grants_beneficiaries_ke419",
        "S/No=row | Ref. No.=-:ke_ref419 | Surname=family_name:ke_fam419"
        " | Other Names=given_name:ke_giv419 | ID No.=national_id:ke_id419 | KRA PIN=-:ke_kra419"
        " | Sex=sex:sex_ke419 | D.O.B=birth_date@%d-%m-%Y | County=state:ke_county419"
        " | Sub-County=district:ke_sub419 | Postal Address=address:ke_box419"
        " | Mobile No.=phone:ke_phone419 | Group / CBO=-:ke_group419"
        " | Heritage Element=-:ke_grant419 | Amount (KES)=-:ke_amount419"
        " | Status=-:ke_status419 | Date Approved=date@%d-%m-%Y",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pe_dni419",
    "jp_mynum419",
    "ma_cin419",
    "pl_pesel419",
    "ke_id419",
)
SEX_HOLDS: tuple[str, ...] = ("sex_pe419", "sex_jp419", "sex_ma419", "sex_pl419", "sex_ke419")
NAME_HOLDS = frozenset(
    {"pe_pat419", "pe_giv419", "jp_fam419", "jp_giv419", "ma_fam419", "ma_giv419"}
    | {"pl_fam419", "pl_giv419", "ke_fam419", "ke_giv419"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "pe_phone419",
    "jp_phone419",
    "ma_phone419",
    "pl_phone419",
    "ke_phone419",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("jp_addr419", "ma_addr419", "ke_box419")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND419",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND419",
]
