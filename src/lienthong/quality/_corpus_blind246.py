"""The two-hundred-and-forty-sixth part of the outside corpus, **blind 246** (written 07:50 UTC,
2026-12-07, never used for tuning): person files a commune's people's committee, a district
association of the blind, a provincial justice department, a forest management board, an Oromia
coffee farmers' cooperative union, a Bahir Dar kebele administration, a Mekelle site for
displaced people, a Somali region livestock bureau and Addis Ababa's trade bureau could hand over.
Four Vietnamese files: a commune's list of the boatmen of its cross-river ferries in UTF-8 with a
BOM and semicolons (the ferry landing, the boat's registration, how many people it carries, the
boatman's certificate, the life jackets, the day it was checked); a district association of the
blind's list of members working as massage and acupressure therapists in Excel (the degree of
disability, where they work, the year they learned the trade, the certificate, the monthly
income, the person who helps them, a spaced phone); a justice department's list of auctioneers
given their cards in UTF-16 with tabs (the practising certificate and its date, the card, the
auction firm they work for, the e-mail); and a forest management board's payments for forest
environment services to households that guard the forest in Windows-1258 with semicolons and
headers without diacritics (the ethnic group, the sub-compartment and the plot, the hectares,
the rate and the amount, how it was paid, the day of payment).
Five foreign files: an Oromia coffee cooperative's members with Afaan Oromo headers (the
three-part name, the Fayda FIN unspaced, aanaa and ganda, the primary cooperative, the member
number, the shares, the coffee delivered and the dividend); a Bahir Dar kebele's register of
resident ID cards in UTF-8 with a BOM, tabs and Amharic headers in Ge'ez script (the kebele ID
number as printed, the place of birth, the house number, kebele and sub-city, marital status and
job, the person to call in an emergency and their phone, the day the card was given); a Mekelle
register of internally displaced people with Tigrinya headers (the name with the father's, the
spaced Fayda FIN, the woreda they fled, the site, the family size, the ration card, the need);
a Somali region livestock vaccination list in Excel with Somali headers (the FIN in dashed
groups, degmo and tuulo, the goats and sheep, cattle and camels, the vaccine, the animal health
worker); and an Addis Ababa trade licence register in UTF-16 with tabs and Amharic/English
headers (the FIN, the ten-digit TIN, sub-city and woreda, the trade name, the sector, the
licence number, the capital, the day it was renewed).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind246_writers import WRITERS_BLIND246
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND246: tuple[Shape, ...] = (
    _shape(
        "nguoi_lai_do_ngang_song_ben_khach_ubnd_xa_vn246",
        "STT=row | Họ và tên người lái=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi cư trú=address | SĐT=phone | Bến đò=-:ferry246"
        " | Số ĐK phương tiện=-:boat_reg246 | Sức chở (người)=-:capacity246"
        " | Bằng/CCCM=-:boat_cert246 | Áo phao (chiếc)=-:lifejackets246"
        " | Ngày kiểm tra=date@%d/%m/%Y | Ghi chú=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "hoi_vien_hanh_nghe_xoa_bop_bam_huyet_hoi_nguoi_mu_huyen_vn246",
        "TT=row | Họ và tên=full_name | Giới tính=sex | Ngày sinh=birth_date@%d/%m/%Y"
        " | Số định danh cá nhân=cccd | Địa chỉ=address | Mức độ khuyết tật=-:disability246"
        " | Nơi hành nghề=-:massage_site246 | Năm học nghề=-:trained246"
        " | Số chứng chỉ=-:massage_cert246 | Thu nhập BQ/tháng (đ)=-:income246"
        " | Người hỗ trợ=-:helper246 | SĐT liên hệ=phone:phone_spaced",
        file="xlsx",
    ),
    _shape(
        "dau_gia_vien_duoc_cap_the_so_tu_phap_tinh_vn246",
        "STT=row | Họ tên đấu giá viên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Giới tính=sex | Số CCCD=cccd | Nơi thường trú=address"
        " | Số CCHN đấu giá=-:auction_cc246 | Ngày cấp CCHN=date@%d/%m/%Y"
        " | Số thẻ ĐGV=-:auction_card246 | Tổ chức hành nghề=-:auction_firm246"
        " | Email=email | Điện thoại=phone",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "chi_tra_dich_vu_moi_truong_rung_ho_nhan_khoan_ban_qlr_vn246",
        "STT=row | Ho ten chu ho=full_name | Ngay sinh=birth_date@%d/%m/%Y | So CCCD=cccd"
        " | Dan toc=-:ethnic246 | Dia chi=address | Tieu khu=-:subcompartment246"
        " | Khoanh=-:khoanh246 | Dien tich nhan khoan (ha)=-:forest_ha246"
        " | Don gia (d/ha/nam)=-:unit_price246 | Thanh tien (d)=-:forest_pay246"
        " | Hinh thuc chi tra=-:pay_way246 | Ngay chi tra=date@%d/%m/%Y | Ghi chu=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "galmee_miseensota_waldaa_gamtaa_qonnaan_bultoota_bunaa_oromia_et246",
        "Lakk.=row | Maqaa Miseensaa=full_name:or_name246 | Saala=sex:sex_or246"
        " | Guyyaa Dhalootaa=birth_date@%d/%m/%Y | Lakk. Fayda=national_id:fin_or246"
        " | Bilbila=phone:phone_or246 | Aanaa=district:aanaa_or246 | Ganda=suburb:ganda_or246"
        " | Waldaa Bu'uuraa=-:coop_or246 | Lakk. Miseensummaa=-:member_or246"
        " | Aksiyoona (Birrii)=-:share_or246 | Buna Dhiyeesse (kg)=-:coffee_kg_or246"
        " | Qooda Bu'aa (Birrii)=-:dividend_or246 | Guyyaa Miseensa Ta'e=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "yenewarinet_metawekia_mezgeb_kebele_bahir_dar_amhara_et246",
        "ተ.ቁ=row | ሙሉ ስም (ከነአያት)=full_name:am_name246 | ጾታ=sex:sex_am246"
        " | የትውልድ ቀን=birth_date@%d/%m/%Y | የትውልድ ቦታ=-:am_birthplace246"
        " | የመታወቂያ ቁጥር=national_id:kebele_id_am246 | የቤት ቁጥር=-:house_am246"
        " | ቀበሌ=suburb:kebele_am246 | ክፍለ ከተማ=district:subcity_am246"
        " | ስልክ ቁጥር=phone:phone_am246 | የጋብቻ ሁኔታ=-:marital_am246 | ሥራ=-:job_am246"
        " | በአደጋ ጊዜ ተጠሪ=-:contact_am246 | የተጠሪ ስልክ=-:contact_phone_am246"
        " | የተሰጠበት ቀን=date@%d/%m/%Y",
        english=True,
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "mezgeb_temezabelti_mekelle_tigray_et246",
        "ተ.ቁ=row | ሽም ምሉእ=full_name:tg_name246 | ጾታ=sex:sex_tg246"
        " | ዕለት ልደት=birth_date@%d/%m/%Y | ቁጽሪ ፋይዳ=national_id:fin_tg246"
        " | ቁጽሪ ስልኪ=phone:phone_tg246 | ዝተመዛበልሉ ወረዳ=-:origin_tg246"
        " | ዘለዉሉ መዕቆቢ=-:site_tg246 | ብዝሒ ስድራ=-:size_tg246"
        " | ቁጽሪ ካርድ ረድኤት=-:ration_tg246 | ቀዳማይ ጠለብ=-:need_tg246"
        " | ዕለት ምዝጋብ=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "diiwaanka_tallaalka_xoolaha_xoola_dhaqatada_somali_et246",
        "Tirsi=row | Magaca oo dhan=full_name:so_name246 | Jinsi=sex:sex_so246"
        " | Taariikhda Dhalashada=birth_date@%d/%m/%Y | Lambarka Fayda=national_id:fin_so246"
        " | Taleefan=phone:phone_so246 | Degmada=district:degmo_so246"
        " | Tuulada/Kebele=suburb:tuulo_so246 | Ari (tiro)=-:goats_so246"
        " | Lo' (tiro)=-:cattle_so246 | Geel (tiro)=-:camels_so246"
        " | Nooca Tallaalka=-:vaccine_so246 | Shaqaalaha Caafimaadka Xoolaha=-:vet_so246"
        " | Taariikhda Tallaalka=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "yenigd_fekad_mezgeb_addis_ababa_trade_bureau_et246",
        "ተ.ቁ / No.=row | የባለቤቱ ሙሉ ስም / Owner's Full Name=full_name:aa_name246"
        " | ጾታ / Sex=sex:sex_aa246 | የትውልድ ቀን / Date of Birth=birth_date@%d/%m/%Y"
        " | ፋይዳ / FIN=national_id:fin_aa246 | የግብር ከፋይ መለያ ቁጥር / TIN=-:tin_aa246"
        " | ስልክ / Phone=phone:phone_aa246 | ክፍለ ከተማ / Sub-city=district:subcity_aa246"
        " | ወረዳ / Woreda=suburb:woreda_aa246 | የንግድ ስም / Trade Name=-:trade_aa246"
        " | የንግድ ዘርፍ / Sector=-:sector_aa246 | የፈቃድ ቁጥር / Licence No.=-:licence_aa246"
        " | ካፒታል (ብር) / Capital=-:capital_aa246 | ኢሜይል / Email=email"
        " | የታደሰበት ቀን / Renewed=date@%d/%m/%Y",
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
    "fin_or246",
    "kebele_id_am246",
    "fin_tg246",
    "fin_so246",
    "fin_aa246",
)
SEX_HOLDS: tuple[str, ...] = ("sex_or246", "sex_am246", "sex_tg246", "sex_so246", "sex_aa246")
NAME_HOLDS = frozenset({"or_name246", "am_name246", "tg_name246", "so_name246", "aa_name246"})
PHONE_HOLDS: tuple[str, ...] = (
    "phone_or246",
    "phone_am246",
    "phone_tg246",
    "phone_so246",
    "phone_aa246",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ()

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND246",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND246",
]
