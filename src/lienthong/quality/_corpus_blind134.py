"""The hundred-and-thirty-fourth part of the outside corpus, **blind 134** (written 20:18 UTC,
2026-12-06, never used for tuning): person files a people's credit fund, a district social
insurance office, a district's home affairs office, a commune's agriculture desk, a Georgian
vocational college, an Armenian university's admissions committee, Azerbaijan's Mortgage and
Credit Guarantee Fund, a Turkmen farmers' association and a Tajik district land committee could
hand over. Four Vietnamese files: a people's credit fund's members in Excel (the member code, the
founding and the regular capital paid in, the share book, the loan outstanding, the person named
to receive the capital, a note); a district social insurance office's changes of the
first-contact health facility in Windows-1258 with semicolons and headers without diacritics (the
social insurance number, the health card code, the old and the new facility and its code, the
quarter the change applies from, the reason, the clerk); civil servants' private trips abroad in
UTF-16 with tabs (the post and the agency, the passport number, the country, the first and the
last day, the purpose, who pays, the letter allowing it); and a commune's biogas digester support
in UTF-8 with a BOM and tabs (the hamlet, the volume and kind of digester, the pigs kept, the
mason, the acceptance date, the amount, the signature).
Five foreign files: a Georgian vocational college's enrolments in UTF-8 with Georgian headers
(the 11-digit personal number, the father's name, the profession and the college, the parent and
their personal number, the order number, the status); an Armenian university's applicants in
UTF-8 with a BOM and Armenian headers (the 10-digit social card number beside the passport, the
patronymic, the school finished, the faculty and speciality, the score, paid or free); an
Azerbaijani list of mortgage borrowers in Excel (the 7-character FİN beside the identity card
series and number, the father's name, the employer and income, the bank, the kind of mortgage,
the amount, term and rate, the guarantor); a Turkmen farmers' association's leaseholders in
UTF-8 with semicolons and Turkmen headers (the passport with its velayat series, the
patronymic, the association, the contour, the area and the crop, the plan in tonnes, the
contract); and a Tajik list of dehqan farm certificates in UTF-16 with Tajik Cyrillic headers
(the passport, the taxpayer number, the father's name, the farm, the land in hectares, the
certificate and its date, the members).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind134_writers import WRITERS_BLIND134
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND134: tuple[Shape, ...] = (
    _shape(
        "thanh_vien_gop_von_quy_tin_dung_nhan_dan_vn134",
        "STT=row | Mã TV=-:mem134 | Họ và tên thành viên=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex | Số CCCD=cccd"
        " | Nơi cư trú=address | Điện thoại=phone | Ngày kết nạp=date@%d/%m/%Y"
        " | Vốn góp xác lập (đ)=-:capital134 | Vốn góp thường xuyên (đ)=-:regular134"
        " | Số sổ góp vốn=-:book134 | Dư nợ (đ)=-:debt134"
        " | Người được chỉ định nhận vốn góp=-:heir134 | Ghi chú=-:note134",
        file="xlsx",
    ),
    _shape(
        "thay_doi_noi_dang_ky_kcb_ban_dau_bhxh_huyen_vn134",
        "STT=row | Ma so BHXH=bhxh | Ho va ten=full_name:full_name_ascii"
        " | Ngay sinh=birth_date@%d/%m/%Y | GT=sex | So CCCD=cccd"
        " | Dia chi=address:address_ascii | Ma the BHYT=bhyt | Noi KCB BD cu=-:old_kcb134"
        " | Noi KCB BD moi=-:new_kcb134 | Ma CSKCB=-:kcb_code134"
        " | Ap dung tu ngay=date@%d/%m/%Y | Ly do thay doi=-:reason134"
        " | Nguoi lap=-:clerk134",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "can_bo_cong_chuc_di_nuoc_ngoai_viec_rieng_vn134",
        "TT=row | Họ và tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số ĐDCN/CCCD=cccd | Chức vụ=-:post134"
        " | Đơn vị công tác=-:unit134 | Nơi ở hiện nay=address"
        " | Số hộ chiếu phổ thông=-:passport134 | Nước đến=-:country134"
        " | Thời gian đi: từ ngày=date@%d/%m/%Y | đến ngày=date:until134"
        " | Mục đích chuyến đi=-:purpose134 | Kinh phí=-:fund134"
        " | Văn bản đồng ý số=-:decision134 | ĐTDĐ=phone:phone_spaced",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_ho_tro_xay_ham_biogas_xa_vn134",
        "STT=row | Tên chủ hộ=full_name | Ngày sinh=birth_date@%d/%m/%Y | Số CCCD=cccd"
        " | Thôn/xóm/bản=-:hamlet134 | Địa chỉ=address | Thể tích hầm (m³)=-:vol134"
        " | Loại hầm=-:kind134 | Số lợn nuôi TX (con)=-:pigs134 | Thợ xây=-:mason134"
        " | Ngày nghiệm thu=date@%d/%m/%Y | Mức hỗ trợ (đồng)=-:aid134 | Số ĐT=phone"
        " | Ký nhận=-:sign134",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "profesiuli_kolejis_studentebi_ge134",
        "N=row | პირადი ნომერი=national_id:pn_ge134 | გვარი=family_name:family_ge134"
        " | სახელი=given_name:given_ge134 | მამის სახელი=-:father_ge134"
        " | დაბადების თარიღი=birth_date@%d.%m.%Y | სქესი=sex:sex_ge134"
        " | ფაქტობრივი მისამართი=address:addr_ge134 | მობილური ტელეფონი=phone:phone_ge134"
        " | ელ. ფოსტა=email:email_ge134 | პროფესია=-:prof_ge134"
        " | დაწესებულება=-:college_ge134"
        " | კანონიერი წარმომადგენელი=-:parent_ge134"
        " | წარმომადგენლის პ/ნ=-:parent_pn_ge134 | ბრძანების N=-:order_ge134"
        " | ჩარიცხვის თარიღი=date@%d.%m.%Y | სტატუსი=-:status_ge134",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "dimordneri_tsutsak_bouh_am134",
        "Հ/Հ=row | Ազգանուն=family_name:family_am134 | Անուն=given_name:given_am134"
        " | Հայրանուն=-:patr_am134 | Ծննդյան ամսաթիվ=birth_date@%d.%m.%Y"
        " | Սեռ=sex:sex_am134 | ՀԾՀ / սոց. քարտի համար=national_id:hth_am134"
        " | Անձնագրի համար=-:pass_am134 | Հաշվառման հասցե=address:addr_am134"
        " | Հեռախոս=phone:phone_am134 | Էլ. փոստ=email:email_am134"
        " | Ավարտած ուսումնական հաստատություն=-:school_am134"
        " | Ֆակուլտետ=-:fac_am134 | Մասնագիտություն=-:spec_am134"
        " | Մրցութային միավոր=-:score_am134 | Ուսուցման ձև=-:form_am134"
        " | Դիմումի ամսաթիվ=date@%d.%m.%Y",
        english=True,
        encoding="utf-8-sig",
    ),
    _shape(
        "ipoteka_borcalanlar_ikzf_az134",
        "S/N=row | Soyadı=family_name:family_az134 | Adı=given_name:given_az134"
        " | Atasının adı=-:father_az134 | Doğum tarixi=birth_date@%d.%m.%Y"
        " | FİN kod=national_id:fin_az134 | Ş/v seriyası və nömrəsi=-:idcard_az134"
        " | Qeydiyyat ünvanı=address:addr_az134 | Mobil nömrə=phone:phone_az134"
        " | İş yeri=-:employer_az134 | Aylıq gəlir (AZN)=-:income_az134"
        " | Müvəkkil bank=-:bank_az134 | İpotekanın növü=-:kind_az134"
        " | Kredit məbləği (AZN)=-:loan_az134 | Müddət (ay)=-:term_az134"
        " | İllik faiz=-:rate_az134 | Müqavilə tarixi=date@%d.%m.%Y"
        " | Zamin=-:guarantor_az134",
        english=True,
        file="xlsx",
    ),
    _shape(
        "ykjam_yer_eyeleri_dayhan_birlesigi_tm134",
        "T/b=row | Familiýasy=family_name:family_tm134 | Ady=given_name:given_tm134"
        " | Atasynyň ady=-:patr_tm134 | Doglan senesi=birth_date@%d.%m.%Y"
        " | Jynsy=sex:sex_tm134 | Pasport belgisi=national_id:passport_tm134"
        " | Ýaşaýan salgysy=address:addr_tm134 | Telefon belgisi=phone:phone_tm134"
        " | Daýhan birleşigi=-:farm_tm134 | Kontur №=-:contour_tm134"
        " | Ekin meýdany (ga)=-:area_tm134 | Ekiniň görnüşi=-:crop_tm134"
        " | Meýilnama (tonna)=-:plan_tm134 | Şertnama belgisi=-:contract_tm134"
        " | Şertnamanyň senesi=date@%d.%m.%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "shahodatnomahoi_khojagii_dehqoni_tj134",
        "№ т/р=row | Насаб=family_name:family_tj134 | Ном=given_name:given_tj134"
        " | Номи падар=-:father_tj134 | Санаи таваллуд=birth_date@%d.%m.%Y"
        " | Ҷинс=sex:sex_tj134 | Рақами шиноснома=national_id:passport_tj134"
        " | РМА=-:inn_tj134 | Суроғаи истиқомат=address:addr_tj134"
        " | Телефон=phone:phone_tj134 | Номи хоҷагии деҳқонӣ=-:farm_tj134"
        " | Масоҳати замин (га)=-:area_tj134 | Рақами шаҳодатнома=-:cert_tj134"
        " | Санаи додани шаҳодатнома=date@%d.%m.%Y | Шумораи аъзоён=-:members_tj134",
        english=True,
        encoding="utf-16",
        delimiter="\t",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = (
    "pn_ge134",
    "hth_am134",
    "fin_az134",
    "passport_tm134",
    "passport_tj134",
)
SEX_HOLDS: tuple[str, ...] = ("sex_ge134", "sex_am134", "sex_tm134", "sex_tj134")
NAME_HOLDS = frozenset(
    {"family_ge134", "given_ge134", "family_am134", "given_am134", "family_az134"}
    | {"given_az134", "family_tm134", "given_tm134", "family_tj134", "given_tj134"}
)
PHONE_HOLDS: tuple[str, ...] = (
    "phone_ge134",
    "phone_am134",
    "phone_az134",
    "phone_tm134",
    "phone_tj134",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = (
    "addr_ge134",
    "addr_am134",
    "addr_az134",
    "addr_tm134",
    "addr_tj134",
)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND134",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND134",
]
