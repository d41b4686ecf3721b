"""The three-hundred-and-seventy-first part of the outside corpus, **blind 371** (written 16:12
UTC, 2026-12-07, never used for tuning): person files a ward's people's committee, a provincial
hospital, Ghana's Electoral Commission, Peru's electoral registry, a Mongolian district election
committee, Fiji's elections office and an Estonian rural municipality could hand over, all
electoral rolls and voter lists.
Four Vietnamese files: a ward's list of voters moved from one polling area to another in UTF-16
with tabs (the old and new polling area, the reason, the day moved, the neighbourhood group head
who confirmed it); a ward's book of certificates to vote elsewhere (giấy chứng nhận đi bầu cử ở
nơi khác) in Windows-1258 with semicolons (the certificate number, the spaced CCCD, the polling
area where it will be used, the reason, the day issued, the signer, whether the name was struck
from the home list); a provincial hospital's list of in-patient voters in Excel (the health
insurance card, the department and bed, the day admitted, the carer and the carer's phone, where
the patient votes); and a ward's list of voters struck off or added to the voters' list in UTF-8
with a BOM and headers without diacritics (struck or added, the reason, the document it rests
on, the day adjusted, the official who made the list).
Five foreign files: a Ghanaian voters' register extract in UTF-8 (the voter ID number, the Ghana
Card PIN, the surname in capitals, the house line, the GhanaPostGPS digital address, the district
and region, the polling station, its code and constituency); a Peruvian padrón electoral in
Windows-1252 with semicolons (the DNI and its verification digit apart, two surnames, the ubigeo,
distrito, provincia and departamento, the polling place and table); a Mongolian voters' list in
UTF-8 with a BOM and Cyrillic headers (the register number with two letters, the clan name, the
father's name, aimag, sum/district, bag/khoroo, the precinct committee); a Fijian register of
voters in Excel (the voter number, iTaukei and Indo-Fijian names, the town and division, the
polling venue, the FNPF number); and an Estonian voters' list in Windows-1257 with semicolons
(the isikukood, a full address with linnaosa and maakond, the postal index, the electoral
district and polling division, the citizenship, how the voter voted).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind371_writers import WRITERS_BLIND371
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND371: tuple[Shape, ...] = (
    _shape(
        "cu_tri_chuyen_khu_vuc_bo_phieu_ubnd_phuong_vn371",
        "STT=row | Họ và tên cử tri=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số ĐDCN=cccd | Chỗ ở hiện nay=address | Chuyển từ KVBP=-:kvbp_old371"
        " | Chuyển đến KVBP=-:kvbp_new371 | Lý do chuyển=-:move_reason371"
        " | Ngày chuyển=date@%d/%m/%Y | Xác nhận của Tổ trưởng TDP=-:tdp_head371"
        " | Ghi chú=-:note_vi",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "so_cap_giay_chung_nhan_di_bau_cu_noi_khac_vn371",
        "Số TT=row | Số GCN=-:gcn_no371 | Họ và tên cử tri=full_name"
        " | Ngày, tháng, năm sinh=birth_date@%d-%m-%Y | Số CCCD=cccd:cccd_spaced"
        " | Nơi thường trú=address | Nơi bỏ phiếu (KVBP, xã/phường)=-:vote_elsewhere371"
        " | Lý do=-:gcn_reason371 | Ngày cấp=date@%d-%m-%Y | Người ký=-:signer371"
        " | Số ĐT=phone | Đã xóa tên trong DSCT nơi cư trú=-:struck371",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cu_tri_nguoi_benh_dieu_tri_noi_tru_benh_vien_tinh_vn371",
        "TT=row | Họ tên người bệnh=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex"
        " | Số định danh cá nhân=cccd | Số thẻ BHYT=bhyt | Địa chỉ=address"
        " | Khoa điều trị=-:dept371 | Phòng - Giường=-:bed371 | Ngày vào viện=date@%d/%m/%Y"
        " | Người nhà chăm sóc=-:carer371 | SĐT người nhà=-:carer_phone371"
        " | Hình thức bỏ phiếu=-:hosp_vote371",
        file="xlsx",
    ),
    _shape(
        "cu_tri_xoa_ten_bo_sung_danh_sach_cu_tri_phuong_vn371",
        "STT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex"
        " | So CCCD=cccd | Dia chi thuong tru=address | Khu vuc bo phieu=-:kvbp371"
        " | Xoa ten / Bo sung=-:strike_kind371 | Ly do=-:strike_reason371"
        " | Can cu=-:basis371 | Ngay dieu chinh=date@%d/%m/%Y | Nguoi lap=-:maker371",
        encoding="utf-8-sig",
    ),
    _shape(
        "voters_register_ec_gh371",
        "S/N=row | Voter ID No.=-:gh_voter371 | Ghana Card PIN=national_id:gh_pin371"
        " | Surname=family_name:gh_sur371 | Other Names=given_name:gh_other371"
        " | Sex=sex:sex_gh371 | Date of Birth=birth_date@%d/%m/%Y"
        " | Residential Address=street:gh_street371 | Digital Address=postcode:gh_gps371"
        " | District=district:gh_dist371 | Region=state:gh_region371"
        " | Polling Station=-:gh_ps371 | PS Code=-:gh_psc371 | Constituency=-:gh_const371"
        " | Phone No.=phone:phone_gh371 | Date of Registration=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "padron_electoral_reniec_pe371",
        "N°=row | DNI=national_id:dni_pe371 | Díg. verif.=-:dni_cd_pe371"
        " | Apellido paterno=family_name:pe_pat371 | Apellido materno=-:pe_mat371"
        " | Nombres=given_name:pe_given371 | Fecha de nacimiento=birth_date@%d/%m/%Y"
        " | Sexo=sex:sex_pe371 | Ubigeo=-:ubigeo_pe371 | Dirección=street:street_pe371"
        " | Distrito=district:dist_pe371 | Provincia=province:prov_pe371"
        " | Departamento=state:dep_pe371 | Grado de instrucción=-:edu_pe371"
        " | Local de votación=-:local_pe371 | Mesa de sufragio=-:mesa_pe371"
        " | Celular=phone:phone_pe371 | Fecha de inscripción=date@%d/%m/%Y",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "songogchdiin_nersiin_jagsaalt_mn371",
        "№=row | Регистрийн дугаар=national_id:reg_mn371 | Ургийн овог=-:mn_clan371"
        " | Эцэг /эх/-ийн нэр=family_name:mn_patr371 | Нэр=given_name:mn_given371"
        " | Төрсөн он, сар, өдөр=birth_date@%Y.%m.%d | Хүйс=sex:sex_mn371"
        " | Аймаг, нийслэл=state:aimag_mn371 | Сум, дүүрэг=district:sum_mn371"
        " | Баг, хороо=suburb:khoroo_mn371 | Гудамж, байр, тоот=street:street_mn371"
        " | Хэсгийн хороо=-:khesg_mn371 | Утас=phone:phone_mn371"
        " | Бүртгэсэн огноо=date@%Y.%m.%d",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "register_of_voters_feo_fj371",
        "No.=row | Voter No.=national_id:fj_voter371 | Surname=family_name:fj_sur371"
        " | Given Name(s)=given_name:fj_given371 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:sex_fj371 | Residential Address=street:fj_street371"
        " | Town/Village=district:fj_town371 | Division=state:fj_div371"
        " | Mobile=phone:phone_fj371 | Polling Venue=-:fj_venue371 | FNPF No.=-:fj_fnpf371"
        " | Occupation=-:fj_occ371 | Date Registered=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "valijate_nimekiri_vald_ee371",
        "Jrk nr=row | Isikukood=national_id:ik_ee371 | Eesnimi=given_name:ee_given371"
        " | Perekonnanimi=family_name:ee_family371 | Sünniaeg=birth_date@%d.%m.%Y"
        " | Sugu=sex:sex_ee371 | Elukoha aadress=address:addr_ee371"
        " | Postiindeks=postcode:pi_ee371 | Valimisringkond=-:ringkond_ee371"
        " | Valimisjaoskond=-:jaoskond_ee371 | Kodakondsus=-:kodak_ee371"
        " | Telefon=phone:phone_ee371 | E-post=email | Hääletamise viis=-:viis_ee371"
        " | Hääletamise kuupäev=date@%d.%m.%Y",
        english=True,
        encoding="cp1257",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("gh_pin371", "dni_pe371", "reg_mn371", "fj_voter371", "ik_ee371")
SEX_HOLDS: tuple[str, ...] = ("sex_gh371", "sex_pe371", "sex_mn371", "sex_fj371", "sex_ee371")
NAME_HOLDS = frozenset(
    {"gh_sur371", "gh_other371", "pe_pat371", "pe_given371", "mn_patr371", "mn_given371"}
    | {"fj_sur371", "fj_given371", "ee_given371", "ee_family371"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_gh371",
    "phone_pe371",
    "phone_mn371",
    "phone_fj371",
    "phone_ee371",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("addr_ee371",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND371",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND371",
]
