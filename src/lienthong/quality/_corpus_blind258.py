"""The two-hundred-and-fifty-eighth part of the outside corpus, **blind 258** (written 08:54 UTC,
2026-12-07, never used for tuning): person files a commune's anti-IUU fishing steering board, a
ward youth union, a commune farmers' association, a provincial culture department, Ulaanbaatar's
ger district redevelopment agency, an index livestock insurance scheme of the aimags, the
Bayan-Ölgii eagle festival committee, a Darkhan school and the Erdenet regional hospital could
hand over.
Four Vietnamese files: the fishing boat owners who signed the commitment not to fish illegally in
foreign waters, in Windows-1258 with semicolons and headers without diacritics (the boat's
registration, its length, the gear, the VMS device, the captain and his phone, the day signed);
the people who brought used batteries to a youth union's "batteries for trees" day, in UTF-8
with a BOM and semicolons (the kilograms, the gift, the collection point, the time recorded); the
households whose gardens a commune assessed as model gardens, in Excel (a spaced CCCD, the area,
the main crop, the score, the rank, the decision and its day); and the applicants for the title
of people's or meritorious artisan, in UTF-16 with tabs (the craft, the craft village, the years
in the craft, awards, pupils taught, the day the file was received).
Five foreign files: Ulaanbaatar ger district households in the land-clearing and redevelopment
plan, in UTF-8 with semicolons (the овог and нэр apart, the register number, the khashaa address,
the land certificate, the parcel, the area, the option chosen, the family size, the contract day);
herders' index livestock insurance in the aimags, in Excel (aimag, sum and bag apart, the sheep,
goats and horses, the premium, the policy, the agent); Bayan-Ölgii's eagle festival entrants in
UTF-16 with tabs and Kazakh/Mongolian headers (the Kazakh name with the father's name, the
register number in small letters, the eagle's name and age, the contest); a Darkhan school's
teachers in UTF-8 with a BOM and tabs (the subject, the professional degree, the social insurance
book, the diploma); and the Erdenet hospital's inpatients in Excel (the case history number, the
ward, the ICD-10 diagnosis, admission and discharge, the doctor, the carer and their phone).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind258_writers import WRITERS_BLIND258
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND258: tuple[Shape, ...] = (
    _shape(
        "chu_tau_ca_ky_cam_ket_khong_khai_thac_iuu_vung_bien_nuoc_ngoai_bcd_iuu_xa_vn258",
        "STT=row | Ho ten chu tau=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Noi thuong tru=address | SDT chu tau=phone | So dang ky tau=-:boat258"
        " | Chieu dai (m)=-:boat_len258 | Nghe KT=-:gear258 | Thiet bi GSHT=-:vms258"
        " | Thuyen truong=-:captain258 | SDT thuyen truong=-:captain_phone258"
        " | Ngay ky cam ket=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_dan_mang_pin_cu_doi_cay_xanh_doan_thanh_nien_phuong_vn258",
        "TT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐT=phone:phone_dotted | Email=email | Địa chỉ=address"
        " | KL pin (kg)=-:battery_kg258 | Quà tặng=-:battery_gift258"
        " | Điểm thu gom=-:collect_point258 | Thời gian ghi nhận=timestamp@%d/%m/%Y %H:%M",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ho_dat_vuon_mau_nong_thon_moi_kieu_mau_hoi_nong_dan_xa_vn258",
        "STT=row | Chủ hộ=full_name | Năm sinh (ngày/tháng/năm)=birth_date@%d/%m/%Y"
        " | Nam/Nữ=sex | CCCD=cccd:cccd_spaced | Địa chỉ=address | ĐT=phone"
        " | Diện tích vườn (m²)=-:garden_m2258 | Cây trồng chính=-:garden_crop258"
        " | Điểm chấm=-:garden_score258 | Xếp loại=-:garden_rank258"
        " | Số QĐ công nhận=-:garden_qd258 | Ngày QĐ=date@%d/%m/%Y",
        file="xlsx",
    ),
    _shape(
        "ho_so_de_nghi_xet_tang_danh_hieu_nghe_nhan_nhan_dan_uu_tu_so_vhttdl_vn258",
        "STT=row | Họ và tên nghệ nhân=full_name | Ngày, tháng, năm sinh=birth_date@%d-%m-%Y"
        " | Giới tính=sex | Số định danh cá nhân=cccd | Nơi cư trú=address | Điện thoại=phone"
        " | Nghề=-:craft258 | Làng nghề=-:village258 | Danh hiệu đề nghị=-:title258"
        " | Số năm hành nghề=-:years_craft258 | Giải thưởng=-:award258"
        " | Số người đã truyền nghề=-:pupils258 | Ngày nhận hồ sơ=date@%d-%m-%Y",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "gazar_chuluulult_dakhin_tuluvlult_ger_khoroolol_niislel_mn258",
        "№=row | Эцэг/эхийн нэр=family_name:father258 | Нэр=given_name:given258"
        " | Регистрийн дугаар=national_id:reg258 | Төрсөн огноо=birth_date@%Y.%m.%d"
        " | Хүйс=sex:sex_mn258 | Утас=phone:phone_mn258 | Хаяг=address:ger_addr258"
        " | Газар өмчлөх гэрчилгээ №=-:land_cert258 | Нэгж талбарын дугаар=-:parcel258"
        " | Талбай (м²)=-:area_m2258 | Сонгосон хувилбар=-:choice258"
        " | Ам бүл=-:members258 | Гэрээ байгуулсан огноо=date@%Y.%m.%d",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "malyn_indeksjuulsen_daatgal_malchid_aimag_mn258",
        "д/д=row | Аймаг=state:aimag258 | Сум=district:sum258 | Баг=-:bag258"
        " | Малчны овог=family_name:father258 | Малчны нэр=given_name:given258"
        " | РД=national_id:reg258 | Төрсөн он сар өдөр=birth_date@%Y-%m-%d"
        " | Хүйс=sex:sex_short258 | Гар утас=phone:phone_plain258 | Хонь=-:sheep258"
        " | Ямаа=-:goat258 | Адуу=-:horse258 | Хураамж (₮)=-:premium258"
        " | Даатгалын гэрээ №=-:policy258 | Гэрээ хийсэн огноо=date@%Y-%m-%d"
        " | Даатгалын төлөөлөгч=-:agent258",
        english=True,
        file="xlsx",
    ),
    _shape(
        "burkitshi_festival_qatysushylar_bayan_olgii_mn258",
        "Р/с=row | Аты-жөні / Овог нэр=full_name:kz_full258"
        " | Тіркеу нөмірі / Регистр=national_id:reg_low258"
        " | Туған күні / Төрсөн огноо=birth_date@%Y.%m.%d | Жынысы=sex:sex_mn258"
        " | Сұм / Сум=district:kz_sum258 | Мекенжайы=address:kz_addr258"
        " | Телефон=phone:phone_976258 | Бүркіттің аты=-:eagle_name258"
        " | Бүркіттің жасы=-:eagle_age258 | Сайыс түрі=-:event258"
        " | Тіркелген күні=date@%Y.%m.%d",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "bagsh_ajilchdyn_burtgel_darkhan_surguuli_mn258",
        "№=row | Овог=family_name:father258 | Нэр=given_name:given258"
        " | Регистрийн №=national_id:reg258 | Төрсөн огноо=birth_date@%Y.%m.%d"
        " | Хүйс=sex:sex_mn258 | Хичээл=-:subject258 | Мэргэжлийн зэрэг=-:degree258"
        " | НДД дугаар=-:ndd258 | Дипломын №=-:diploma258"
        " | Гэрийн хаяг=address:darkhan_addr258 | Утас=phone:phone_plain258"
        " | И-мэйл=email | Ажилд орсон огноо=date@%Y.%m.%d",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "khevten_emchluulegchdiin_burtgel_erdenet_bus_onoshilgoo_mn258",
        "№=row | Өвчний түүх №=-:history258 | Овог=family_name:father258"
        " | Нэр=given_name:given258 | РД=national_id:reg258"
        " | Төрсөн огноо=birth_date@%Y-%m-%d | Хүйс=sex:sex_short258"
        " | Хаяг=address:erdenet_addr258 | Утас=phone:phone_mn258 | Тасаг=-:ward258"
        " | Онош (ӨОУА-10)=-:icd258 | Хэвтсэн=date@%Y-%m-%d | Гарсан=-:out258@%Y-%m-%d"
        " | Эмчлэгч эмч=-:doctor258 | Асран хамгаалагч=-:keeper258"
        " | Асран хамгаалагчийн утас=-:keeper_phone258 | Давтан үзлэг=-:next_visit258@%Y-%m-%d",
        english=True,
        file="xlsx",
    ),
)

#: no file of this part writes an impossible day
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("reg258", "reg_low258")
SEX_HOLDS: tuple[str, ...] = ("sex_mn258", "sex_short258")
NAME_HOLDS = frozenset({"kz_full258", "given258", "father258"})
PHONE_HOLDS: tuple[str, ...] = ("phone_mn258", "phone_plain258", "phone_976258")
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "ger_addr258",
    "kz_addr258",
    "darkhan_addr258",
    "erdenet_addr258",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND258",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND258",
]
