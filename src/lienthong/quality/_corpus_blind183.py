"""The hundred-and-eighty-third part of the outside corpus, **blind 183** (written 01:30 UTC,
2026-12-07, never used for tuning): person files a poison control centre, a provincial
department of construction, a provincial hospital's burns ward, a JLPT test centre, a Kilifi
beach management unit, a Zanzibar seaweed programme, Malawi's Tobacco Commission, a Copperbelt
constituency development fund committee and Harare's housing department could hand over. Four
Vietnamese files: snakebite patients given antivenom, in UTF-16 with tabs (the hour of the bite,
the snake, the site, the vials, who referred the patient, the outcome, the case number, a
relative's phone); foreign driving licences exchanged for Vietnamese ones, in Windows-1258 with
semicolons and headers without diacritics (the foreign licence, its country and class, its
expiry, the class given, the new licence number); people hurt by fireworks over Tết, in Excel
(the day and hour of admission, the firework, the injury, surgery, who brought the news); and
JLPT candidates in UTF-8 with a BOM and semicolons (the candidate number, the name in capitals
without diacritics, year-first birth dates, the level, the venue, the payment code, the fee).
Five foreign files: a Kilifi beach management unit's fishers with Swahili/English headers
(national ID, KRA PIN, village, sub-county, vessel and its number, gear, next of kin); Zanzibar
seaweed farmers in Swahili (Zan ID, three-part names, shehia, wilaya, mkoa, group, ropes,
harvest, price); Malawi tobacco growers with Chichewa/English headers (national ID, Mwamuna or
Mkazi, village, district, EPA, grower number, club, hectares, buyer); Copperbelt CDF skills
bursary applicants with Bemba/English headers (NRC, ward, constituency, town, the college, the
programme, the guardian, the amount); and Harare's housing waiting list with Shona/English
headers (first names and surnames apart, national ID, address, spouse, employer, the waiting
list number).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind183_writers import WRITERS_BLIND183
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND183: tuple[Shape, ...] = (
    _shape(
        "benh_nhan_ran_can_dieu_tri_huyet_thanh_khang_noc_trung_tam_chong_doc_vn183",
        "STT=row | Số bệnh án=-:case_no183 | Họ và tên BN=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | Giới=sex | Số CCCD=cccd | Địa chỉ=address"
        " | Ngày bị cắn=date@%d/%m/%Y | Giờ bị cắn=-:bite_hour183 | Loài rắn=-:snake183"
        " | Vị trí vết cắn=-:bite_site183 | Số lọ HTKN đã dùng=-:vials183"
        " | Nơi giới thiệu=-:referral183 | Kết quả=-:outcome183"
        " | SĐT người nhà=-:phone_rel183",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "doi_gplx_nuoc_ngoai_cap_so_xay_dung_ha_noi_vn183",
        "TT=row | Ho va ten=full_name | Ngay sinh=birth_date@%d/%m/%Y"
        " | Quoc tich=-:nationality183 | So dinh danh ca nhan=cccd | Noi cu tru=address"
        " | So GPLX nuoc ngoai=-:foreign_dl183 | Nuoc cap=-:dl_country183"
        " | Hang GPLX NN=-:dl_class183 | Han su dung GPLX NN=date:dl_expiry183"
        " | Hang doi=-:vn_class183 | So GPLX cap doi=-:new_gplx183"
        " | Ngay nhan HS=date@%d/%m/%Y | DT lien he=phone",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "nguoi_bi_thuong_do_phao_no_dip_tet_khoa_bong_bvdk_tinh_vn183",
        "STT=row | Họ tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD/Mã ĐDCN=cccd | Địa chỉ thường trú=address | Ngày vào viện=date@%d/%m/%Y"
        " | Giờ vào=-:er_hour183 | Loại pháo=-:firework183 | Tổn thương=-:burn_injury183"
        " | Phẫu thuật=-:surgery183 | Người báo tin (quan hệ)=-:informer183"
        " | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "thi_sinh_du_thi_nang_luc_tieng_nhat_jlpt_dot_12_vn183",
        "STT=row | Số báo danh=-:jlpt_sbd183"
        " | HỌ VÀ TÊN (in hoa không dấu)=full_name:jlpt_name183"
        " | Ngày sinh (năm/tháng/ngày)=birth_date@%Y/%m/%d | Giới tính=sex"
        " | Số CCCD=cccd | Cấp độ=-:level183 | Địa điểm thi=-:venue183 | Email=email"
        " | Số điện thoại=phone | Mã thanh toán=-:pay183 | Lệ phí (VNĐ)=-:fee183"
        " | Ngày đăng ký=date@%d/%m/%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "wanachama_bmu_watamu_fisherfolk_register_kilifi_ke183",
        "Na./No.=row | Jina Kamili / Full Name=full_name:kc_name183"
        " | Nambari ya Kitambulisho / ID No.=national_id:ke_id183 | KRA PIN=-:kra183"
        " | Tarehe ya Kuzaliwa / DOB=birth_date@%d/%m/%Y | Jinsia / Sex=sex:kc_sex183"
        " | Nambari ya Simu / Mobile=phone:kc_phone183 | Kijiji / Village=suburb:kc_village183"
        " | Kaunti Ndogo / Sub-County=district:kc_subcounty183 | BMU=-:bmu183"
        " | Aina ya Chombo / Vessel=-:vessel183 | Nambari ya Chombo / Vessel Reg.=-:vessel_no183"
        " | Zana / Gear=-:gear183 | Mrithi / Next of Kin=-:kc_kin183"
        " | Simu ya Mrithi / NOK Phone=-:kc_kin_phone183"
        " | Tarehe ya Usajili / Date Registered=date@%d/%m/%Y",
        encoding="utf-8",
    ),
    _shape(
        "daftari_wakulima_wa_mwani_unguja_kusini_znz183",
        "Na.=row | Jina la Mkulima=full_name:zz_name183 | Nambari ya Zan ID=national_id:zan_id183"
        " | Tarehe ya Kuzaliwa=birth_date@%d/%m/%Y | Jinsia=sex:zz_sex183"
        " | Shehia=suburb:zz_shehia183 | Wilaya=district:zz_wilaya183 | Mkoa=state:zz_mkoa183"
        " | Simu=phone:zz_phone183 | Kikundi=-:zz_group183 | Aina ya Mwani=-:zz_kind183"
        " | Idadi ya Kamba=-:ropes183 | Mavuno (kg)=-:harvest183 | Bei kwa kilo (TSh)=-:zz_price183"
        " | Tarehe ya Mauzo=date@%d/%m/%Y",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "tobacco_growers_registration_tobacco_commission_kasungu_mw183",
        "No.=row | Grower No.=-:grower183 | Dzina / Name=full_name:mw_name183"
        " | National ID No.=national_id:mw_id183"
        " | Tsiku lobadwa / Date of Birth=birth_date@%d/%m/%Y"
        " | Mwamuna/Mkazi=sex:mw_sex183 | Mudzi / Village=suburb:mw_village183"
        " | Boma / District=district:mw_district183 | EPA=-:epa183 | Club=-:club183"
        " | Hectares=-:ha183 | Buyer / Contractor=-:buyer183"
        " | Foni / Phone=phone:mw_phone183 | Date Registered=date@%d-%b-%Y",
        encoding="cp1252",
    ),
    _shape(
        "cdf_skills_development_bursary_applicants_kitwe_copperbelt_zm183",
        "S/N=row | Ishina Lyonse / Full Name=full_name:zm_name183 | NRC No.=national_id:zm_nrc183"
        " | Ubushiku bwa Kufyalwa / Date of Birth=birth_date@%d/%m/%Y"
        " | Umwaume/Umwanakashi / Sex=sex:zm_sex183 | Ward=suburb:zm_ward183"
        " | Constituency=-:zm_const183 | Town=district:zm_town183"
        " | Institution Applied=-:zm_inst183 | Programme=-:zm_prog183"
        " | Guardian=-:zm_guardian183 | Foni / Phone=phone:zm_phone183"
        " | Amount Approved=-:zm_amount183 | Date Approved=date@%d/%m/%Y",
        encoding="utf-8",
    ),
    _shape(
        "housing_waiting_list_city_of_harare_zw183",
        "No.=row | Waiting List No.=-:zw_waiting183 | Zita / First Name(s)=given_name:zw_given183"
        " | Zita reMhuri / Surname=family_name:zw_family183"
        " | Chitupa / National ID=national_id:zw_id183"
        " | Zuva reKuzvarwa / Date of Birth=birth_date@%d/%m/%Y | Sex=sex:zw_sex183"
        " | Kero / Current Address=address:zw_addr183 | Nhare / Cell=phone:zw_phone183"
        " | Marital Status=-:zw_marital183 | Spouse Name=-:zw_spouse183"
        " | Employer=-:zw_employer183 | Date Registered=-:zw_registered183"
        " | Last Renewal=date@%d/%m/%Y",
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {"%d-%b-%Y": "31-Feb-{y}"}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("ke_id183", "zan_id183", "mw_id183", "zm_nrc183", "zw_id183")
SEX_HOLDS: tuple[str, ...] = ("kc_sex183", "zz_sex183", "mw_sex183", "zm_sex183", "zw_sex183")
NAME_HOLDS = frozenset({"jlpt_name183", "kc_name183", "zz_name183", "mw_name183", "zm_name183"})
PHONE_HOLDS: tuple[str, ...] = (
    "kc_phone183",
    "zz_phone183",
    "mw_phone183",
    "zm_phone183",
    "zw_phone183",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("zw_addr183",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND183",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND183",
]
