"""The two-hundred-and-thirty-third part of the outside corpus, **blind 233** (written 07:10
UTC, 2026-12-07, never used for tuning): person files a provincial photographers' association,
a national park's sea-turtle rescue programme, a highland commune's farming office, an industrial
park's trade union, a Cameroonian council, Chad's hajj office, a Central African coffee
cooperative, Equatorial Guinea's traffic directorate and São Tomé's market administration could
hand over. Four Vietnamese files: the works members sent to a photographic exhibition, in UTF-8
with a BOM and semicolons (the pen name, the title of the work, the genre, the number of
prints, the year they joined, the day they handed them in); the volunteers of a sea-turtle
rescue programme, in Excel (the school or employer, the batch, the ranger station, the nests
they moved, a relative and the relative's phone, the day they went out to the island); the
households given buckwheat-flower seed, in Windows-1258 with tabs (the ethnic group, the area
registered, the kilograms of seed, the season, the signature, the day of the handout); and the
workers entered for a welders' skills contest, in UTF-16 with tabs (the company, the welding
method, the grade, the years of trade, the theory and practice marks, the prize, the day of the
contest). Five foreign files: the commercial motorcycle riders a Cameroonian council registered,
in Excel with French headers beside English (the CNI, the quarter and town, the plate, the
licence, the motor park, the vest number); the hajj pilgrims of Chad, in UTF-8 with semicolons
and French headers beside Arabic (the NNI, the passport, the address, the mahram, the agency,
the amount paid); the members of a Central African coffee cooperative, in Windows-1252 with
semicolons and French headers beside Sango (the CNI, the village and prefecture, the hectares,
the harvest, the share); the applicants for a driving licence in Equatorial Guinea, in UTF-8
with tabs and Spanish headers (the DIP, the home, the class, the driving school, the result);
and the vendors of a São Toméan municipal market, in UTF-8 with a BOM and Portuguese headers
(the BI, the home, the goods, the stall, the monthly fee, the standing).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind233_writers import WRITERS_BLIND233
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND233: tuple[Shape, ...] = (
    _shape(
        "hoi_vien_hoi_nhiep_anh_tinh_gui_anh_du_trien_lam_anh_nghe_thuat_vn233",
        "STT=row | Họ và tên tác giả=full_name | Bút danh=-:pen233"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Địa chỉ liên hệ=address | Điện thoại=phone | Email=email"
        " | Tên tác phẩm=-:work233 | Thể loại=-:genre233 | Số ảnh gửi=-:count233"
        " | Hội viên từ năm=-:since233 | Ngày nộp ảnh=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "tinh_nguyen_vien_cuu_ho_rua_bien_vuon_quoc_gia_con_dao_vn233",
        "TT=row | Họ tên TNV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | CCCD/ĐDCN=cccd:cccd_spaced | HKTT=address | ĐT liên hệ=phone:phone_spaced"
        " | Trường / Cơ quan=-:school233 | Đợt=-:batch233 | Trạm bảo tồn=-:station233"
        " | Số tổ trứng di dời=-:nests233 | Người liên hệ khẩn cấp=-:kin233"
        " | SĐT người thân=-:kin_phone233 | Ngày ra đảo=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_trong_hoa_tam_giac_mach_nhan_hat_giong_phong_nong_nghiep_huyen_dong_van_vn233",
        "STT=row | Họ tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Dân tộc=-:eth233"
        " | Số CCCD=cccd | Nơi ở=address | SĐT=phone:phone_dotted"
        " | Diện tích ĐK (m2)=-:area233 | Hạt giống (kg)=-:seed233 | Vụ=-:crop233"
        " | Ký nhận=-:sign233 | Ngày nhận=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "cong_nhan_du_thi_tho_han_gioi_hoi_thi_tay_nghe_cong_doan_kcn_vn233",
        "STT=row | Họ và tên=full_name | Ngày tháng năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi ở hiện tại=address | SĐT=phone"
        " | Đơn vị (Công ty)=-:firm233 | Phương pháp hàn=-:weld233 | Bậc thợ=-:grade233"
        " | Số năm nghề=-:exp233 | Điểm LT=-:theory233 | Điểm TH=-:practice233"
        " | Xếp giải=-:prize233 | Ngày thi=date@%d/%m/%Y | Ngày trao giải=date:next233",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "registre_conducteurs_mototaxis_commercial_motorcycle_riders_commune_douala5_cm233",
        "N° / No.=row | Nom / Surname=family_name:cm_family233"
        " | Prénoms / Given names=given_name:cm_given233"
        " | Date de naissance / Date of birth=birth_date@%d/%m/%Y | Sexe / Sex=sex:cm_sex233"
        " | N° CNI / NIC No.=national_id:cm_cni233"
        " | Quartier / Neighbourhood=suburb:cm_quarter233 | Ville / Town=district:cm_town233"
        " | Téléphone / Phone=phone:cm_phone233"
        " | Immatriculation / Plate No.=-:cm_plate233"
        " | Permis cat. A / Licence A=-:cm_licence233 | Parking / Motor park=-:cm_park233"
        " | N° chasuble / Vest No.=-:cm_vest233"
        " | Date d'enregistrement / Date registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "liste_pelerins_hajj_qaimat_hujjaj_direction_affaires_religieuses_td233",
        "N° / الرقم=row | Nom / اللقب=family_name:td_family233"
        " | Prénom / الاسم=given_name:td_given233"
        " | Date de naissance / تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | Sexe / الجنس=sex:td_sex233 | NNI / الرقم الوطني=national_id:td_nni233"
        " | N° Passeport / رقم الجواز=-:td_passport233 | Adresse / العنوان=address:td_addr233"
        " | Téléphone / الهاتف=phone:td_phone233 | Mahram / المحرم=-:td_mahram233"
        " | Agence / الوكالة=-:td_agency233 | Montant versé (FCFA) / المبلغ=-:td_paid233"
        " | Date de versement / تاريخ الدفع=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "registre_membres_cooperative_cafe_lobaye_buku_ti_aita_ti_kafe_cf233",
        "No=row | Ïrï / Nom et prénoms=full_name:cf_name233"
        " | Lâ ti dûngo / Date de naissance=birth_date@%d/%m/%Y"
        " | Kôlï wala wâlî / Sexe=sex:cf_sex233 | Nömörö ti CNI / N° CNI=national_id:cf_cni233"
        " | Ködörö / Village=district:cf_village233 | Préfecture=state:cf_prefecture233"
        " | Fôno / Téléphone=phone:cf_phone233 | Yâ ti yâkä (ha) / Superficie=-:cf_area233"
        " | Kafe (kg) / Récolte=-:cf_kg233 | Part sociale (FCFA)=-:cf_share233"
        " | Date d'adhésion=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "solicitantes_permiso_de_conducir_direccion_general_de_trafico_malabo_gq233",
        "Nº=row | Apellidos=family_name:gq_family233 | Nombre=given_name:gq_given233"
        " | Fecha de nacimiento=birth_date@%d/%m/%Y | Sexo=sex:gq_sex233"
        " | DIP Nº=national_id:gq_dip233 | Domicilio=address:gq_home233"
        " | Teléfono=phone:gq_phone233 | Clase de permiso=-:gq_class233"
        " | Autoescuela=-:gq_school233 | Resultado=-:gq_result233"
        " | Fecha del examen=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "registo_vendedores_mercado_municipal_camara_distrital_agua_grande_st233",
        "Nº=row | Nome completo=full_name:st_name233 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:st_sex233 | Nº do BI=national_id:st_bi233"
        " | Residência=address:st_home233 | Telemóvel=phone:st_phone233"
        " | Produto=-:st_goods233 | Nº da banca=-:st_stall233"
        " | Taxa mensal (Dbs)=-:st_fee233 | Situação=-:st_state233"
        " | Data de inscrição=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "cm_cni233",
    "td_nni233",
    "cf_cni233",
    "gq_dip233",
    "st_bi233",
)
SEX_HOLDS: tuple[str, ...] = ("cm_sex233", "td_sex233", "cf_sex233", "gq_sex233", "st_sex233")
NAME_HOLDS = frozenset(
    {
        "cm_family233",
        "cm_given233",
        "td_family233",
        "td_given233",
        "cf_name233",
        "gq_family233",
        "gq_given233",
        "st_name233",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "cm_phone233",
    "td_phone233",
    "cf_phone233",
    "gq_phone233",
    "st_phone233",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("td_addr233", "gq_home233", "st_home233")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND233",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND233",
]
