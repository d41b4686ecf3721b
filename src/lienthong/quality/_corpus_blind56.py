"""The fifty-sixth part of the outside corpus, **blind 56** (written 11:05 UTC, 2026-12-06, never
used for tuning): person files a commune's Fatherland Front committee, a notary office, a city's
transport department, a bank branch, a Canarian municipality, a Tibetan social insurance office,
a Sarawak welfare office, a Gagauz social assistance directorate and Hawaii's Med-QUEST division
could hand over. Four Vietnamese files: a commune's list of households given a great-solidarity
house (nhà đại đoàn kết) in Windows-1258 with semicolons (the household head, the village and
commune address, the household's category, the members, the old house, new build or repair, the
amount in millions, the fund, the start and hand-over dates); a notary office's register of
property sale contracts in Excel (the notarial number and date, the seller's name and CCCD, the
buyer's own columns, the parcel, its certificate, the price, the notary, the fee); a city's list
of ride-hailing motorbike drivers in UTF-16 with tabs (the driver code, the platform, the plate,
the bike, its registered owner and the owner's CCCD, the relation to the owner, the licence, a
relative's phone, the status, the time last updated); and a bank's savings accounts with a
co-holder in UTF-8 with a BOM and unaccented capitalised core-banking headers (the CIF, the
account, the place and date of issue of the card, the co-holder's name and CCCD, the term, the
amount, the rate, the opening and maturity dates, the branch).
Five foreign files: a Canarian municipal list of applicants for the Prestación Canaria de
Inserción in Windows-1252 with semicolons (the NIE with X/Y/Z and its mod-23 letter, two
surnames, nationality, domicilio, código postal, municipio, isla, provincia); a Tibetan rural and
urban pension roll in UTF-8 with headers in Tibetan script and Chinese (the 18-digit 公民身份号码
with its ISO 7064 digit, the name in Chinese and in Tibetan, 民族, the address down to the
community, the village committee, the contribution grade, the officer); a Sarawak application
list for an elderly card in Excel with Malay and Iban headers (the MyKad with a Sarawak
birthplace code, "anak" names, the longhouse or street, poskod, bandar, negeri, the longhouse
chief, next of kin); a Gagauz social assistance list in UTF-8 with a BOM and Romanian, Russian
and Gagauz headers (the IDNP with its 7-3-1 digit, names and patronymic in Cyrillic, the street,
the town or village, the aid, the sum in lei, the social worker); and a Hawaiian Med-QUEST
member list in UTF-8 with English and Hawaiian headers (the ten-digit Medicaid member id,
Hawaiian street numbers, city, island, state, ZIP, the health plan, the renewal date, an
authorised representative, the case worker).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind56_writers import WRITERS_BLIND56
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND56: tuple[Shape, ...] = (
    _shape(
        "ho_nhan_nha_dai_doan_ket_vn56",
        "TT=row | Họ và tên chủ hộ=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Dân tộc=-:ethnic56"
        " | Địa chỉ (thôn/buôn, xã, tỉnh)=address:dk_addr56 | Đối tượng=-:target56"
        " | Số nhân khẩu=-:members56 | Hiện trạng nhà ở=-:house_now56"
        " | Hình thức hỗ trợ=-:support_kind56 | Mức hỗ trợ (triệu đồng)=-:support_amt56"
        " | Nguồn kinh phí=-:fund56 | Ngày khởi công=date@%d/%m/%Y"
        " | Ngày nghiệm thu, bàn giao=date:handover56 | SĐT liên hệ=phone | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "so_cong_chung_hd_mua_ban_vn56",
        "STT=row | Số công chứng=-:notary_no56 | Ngày công chứng=date@%d/%m/%Y"
        " | Loại hợp đồng=-:contract_kind56 | Bên bán (Bên A) - Họ tên=-:seller56"
        " | Bên A - Số CCCD=-:seller_id56 | Bên mua (Bên B) - Họ tên=full_name"
        " | Bên B - Ngày sinh=birth_date@%d/%m/%Y | Bên B - Số CCCD=cccd"
        " | Bên B - Nơi thường trú=address | Bên B - Điện thoại=phone:phone_dotted"
        " | Tài sản mua bán=-:asset56 | Thửa đất / tờ bản đồ=-:parcel56"
        " | Số GCN QSDĐ=-:gcn56 | Giá trị HĐ (VNĐ)=-:price56 | Công chứng viên=-:notary56"
        " | Phí công chứng (đ)=-:fee56",
        file="xlsx",
    ),
    _shape(
        "tai_xe_xe_om_cong_nghe_vn56",
        "STT=row | Mã tài xế=-:driver_code56 | Họ và tên tài xế=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd:cccd_spaced"
        " | SĐT đăng ký=phone | Email=email | Nơi cư trú hiện tại=address"
        " | Nền tảng=-:platform56 | Biển kiểm soát=-:plate56 | Nhãn hiệu xe=-:bike56"
        " | Chủ xe (theo giấy ĐK xe)=-:bike_owner56 | CCCD chủ xe=-:owner_id56"
        " | Quan hệ với chủ xe=-:owner_rel56 | Số GPLX (A1)=-:licence56"
        " | SĐT người thân=-:rel_phone56 | Ngày kích hoạt=date@%d/%m/%Y"
        " | Trạng thái=-:driver_status56 | Cập nhật lúc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "tiet_kiem_dong_so_huu_vn56",
        "STT=row | MA_CIF=-:cif56 | SO_TK_TIET_KIEM=-:account56"
        " | TEN_CHU_TK=full_name:full_name_caps | NGAY_SINH=birth_date@%Y%m%d"
        " | GIOI_TINH=sex:sex_caps | SO_CCCD=cccd"
        " | NGAY_CAP=date@%Y%m%d | NOI_CAP=-:issuer56 | DIA_CHI=address:address_caps"
        " | SO_DT=phone | TEN_DONG_SO_HUU=-:co_holder56 | CCCD_DONG_SO_HUU=-:co_holder_id56"
        " | QUAN_HE=-:co_rel56 | KY_HAN=-:term56 | SO_TIEN_GUI (VND)=-:deposit56"
        " | LAI_SUAT (%/NAM)=-:rate56 | NGAY_MO_SO=date:opened56"
        " | NGAY_DEN_HAN=date:maturity56 | CHI_NHANH=-:branch56",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "prestacion_canaria_insercion_es56",
        "Nº=row | NIE=national_id:nie_es56 | Primer apellido=family_name:es_family56"
        " | Segundo apellido=-:es_second56 | Nombre=given_name:es_given56"
        " | Sexo=sex:sex_es56 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Nacionalidad=-:nation_es56 | Domicilio=street:street_es56"
        " | C.P.=postcode:cp_es56 | Municipio=district:muni_es56 | Isla=-:island_es56"
        " | Provincia=province:prov_es56 | Teléfono=phone:phone_es56"
        " | Nº expediente=-:exp_es56 | Fecha de solicitud=date@%d/%m/%Y | Observaciones=-:note_es",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "cheng_xiang_yang_lao_can_bao_xz56",
        "ཨང་རིམ། 序号=row | མིང་། 姓名=full_name:name_bo56"
        " | བོད་ཡིག་མིང་། 藏文姓名=full_name:name_tib56 | ཕོ་མོ། 性别=sex:sex_bo56"
        " | མི་རིགས། 民族=-:ethnic_bo56 | སྐྱེས་ཚེས། 出生日期=birth_date@%Y.%m.%d"
        " | ངོ་སྤྲོད་ལག་ཁྱེར་ཨང་། 公民身份号码=national_id:id_bo56"
        " | གནས་ཡུལ། 户籍地址=address:addr_bo56 | ཁ་པར་ཨང་གྲངས། 联系电话=phone:phone_bo56"
        " | 村(居)委会=-:committee_bo56 | 缴费档次=-:grade_bo56 | 参保日期=date@%Y.%m.%d"
        " | 参保状态=-:state_bo56 | 经办人=-:officer_bo56",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "permohonan_kad_warga_emas_sarawak_my56",
        "Bil.=row | Nama Penuh / Nama=full_name:name_my56"
        " | No. Kad Pengenalan (MyKad) / Nombor IC=national_id:mykad_my56"
        " | Tarikh Lahir / Hari Ada=birth_date@%d/%m/%Y | Jantina / Laki-Indu=sex:sex_my56"
        " | Bangsa / Bansa=-:race_my56 | Alamat (Rumah Panjai/Jalan)=street:street_my56"
        " | Poskod=postcode:pc_my56 | Bandar / Nengeri=district:town_my56"
        " | Negeri / Menua=state:state_my56 | No. Telefon / Nombor Telipun=phone:phone_my56"
        " | Tuai Rumah=-:tuai_my56 | Waris Terdekat / Kaban=-:kin_my56"
        " | Tarikh Permohonan=date@%d/%m/%Y | Status=-:status_my56",
        english=True,
        file="xlsx",
    ),
    _shape(
        "beneficiari_ajutor_social_gagauzia_md56",
        "Nr. / № / Sıra=row | IDNP=national_id:idnp_md56"
        " | Numele / Фамилия / Soyadı=family_name:ga_family56"
        " | Prenumele / Имя / Adı=given_name:ga_given56"
        " | Patronimicul / Отчество / Babasının adı=-:ga_patr56"
        " | Data nașterii / Дата рождения / Duuma günü=birth_date@%d.%m.%Y"
        " | Sexul / Пол / Cinsi=sex:sex_md56"
        " | Domiciliul / Адрес / Yaşadıı yer=street:street_md56"
        " | Localitatea / Населённый пункт / Yerleşim=district:loc_md56"
        " | Telefon / Телефон=phone:phone_md56 | Tipul ajutorului / Вид помощи=-:aid_md56"
        " | Suma (lei) / Сумма (лей)=-:sum_md56"
        " | Data deciziei / Дата решения / Karar günü=date@%d.%m.%Y"
        " | Asistent social / Соц. работник=-:worker_md56",
        english=True,
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "med_quest_members_hi56",
        "No.=row | Medicaid ID / Helu Med-QUEST=national_id:medicaid_hi56"
        " | Last Name / Inoa ʻOhana=family_name:hi_family56"
        " | First Name / Inoa Pilikino=given_name:hi_given56"
        " | DOB / Lā Hānau=birth_date@%m/%d/%Y | Sex=sex:sex_en"
        " | Residential Address / Wahi Noho=street:street_hi56"
        " | City / Kūlanakauhale=district:city_hi56 | Island / Mokupuni=-:island_hi56"
        " | State=state:state_hi56 | ZIP=postcode:zip_hi56"
        " | Phone / Helu Kelepona=phone:phone_hi56 | Health Plan=-:plan_hi56"
        " | Eligibility Start=date@%m/%d/%Y | Renewal Due=date:renewal_hi56"
        " | Authorized Representative=-:rep_hi56 | Case Worker=-:worker_hi56",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "nie_es56",
    "id_bo56",
    "mykad_my56",
    "idnp_md56",
    "medicaid_hi56",
)
SEX_HOLDS: tuple[str, ...] = ("sex_es56", "sex_bo56", "sex_my56", "sex_md56")
NAME_HOLDS = frozenset(
    {"es_family56", "es_given56", "name_bo56", "name_tib56", "name_my56"}
    | {"ga_family56", "ga_given56", "hi_family56", "hi_given56"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_es56",
    "phone_bo56",
    "phone_my56",
    "phone_md56",
    "phone_hi56",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("dk_addr56",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND56",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND56",
]
