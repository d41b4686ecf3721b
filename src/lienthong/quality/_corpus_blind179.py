"""The hundred-and-seventy-ninth part of the outside corpus, **blind 179** (written 01:03 UTC,
2026-12-07, never used for tuning): person files a provincial department of justice, the
Vietnam Railway Authority, Hoang Lien National Park, a provincial hospital's haematology ward,
Greenland's education grants office, the Faroese maritime authority, Norway's reindeer husbandry
administration, the Sámi parliament in Sweden and the Åland government could hand over. Four
Vietnamese files: a roster of judicial experts in Windows-1258 with semicolons (the degree, the
field of expertise, the appointing decision and its day, the workplace, the status); train
drivers' licences in Excel (the depot or metro company, the kind of licence, its number, the
days issued and valid until, the theory and practical results); climbers registered for the
Fansipan routes, in UTF-8 with a BOM and tabs (the route, the day up, the days, the porter or
guide and his phone, an emergency contact, the ticket); and thalassaemia patients on regular
transfusions in UTF-16 with tabs (the patient code, the health insurance card, the ethnic group,
the diagnosis, the blood group, ferritin, the iron chelator, the last transfusion, the units, a
relative and his phone). Five foreign files: Greenland's education grants with Kalaallisut and
Danish headers and semicolons (CPR, given name and surname apart, street, postcode, town, the
school and the course, the day studies began, the monthly grant, the bank account, an e-mail);
the Faroese crew register of fishing vessels in Windows-1252 with tabs (P-tal, given name and
surname, street, FO- postcode, town, the ship, the rank aboard, the seaman's book, the days
signed on and the medical valid until, the next of kin); a Norwegian reindeer husbandry
district's siida units with Northern Sámi and Norwegian headers (the unit, the district, the
leader, fødselsnummer, birth date, the earmark, the reindeer count, a full address, the grant);
the Sámi parliament's electoral roll in Sweden with Sámi and Swedish headers (personnummer,
names apart, ISO birth date, street, postcode, postort, the sameby, the ground for entry); and
Åland's land acquisition permits in Excel (the case, "Efternamn, Förnamn", henkilötunnus, the
right of domicile, citizenship, the property sought and its municipality, the area, the purpose,
the applicant's address in Åland, Finland or Sweden, the decision).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind179_writers import WRITERS_BLIND179
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND179: tuple[Shape, ...] = (
    _shape(
        "danh_sach_giam_dinh_vien_tu_phap_so_tu_phap_vn179",
        "STT=row | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Trình độ chuyên môn=-:degree179 | Lĩnh vực giám định=-:field179"
        " | Số QĐ bổ nhiệm=-:decision_vn179 | Ngày bổ nhiệm=date@%d/%m/%Y"
        " | Nơi công tác=-:workplace179 | Địa chỉ liên hệ=address | Điện thoại=phone"
        " | Email=email | Tình trạng=-:expert_status179",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "cap_giay_phep_lai_tau_cuc_duong_sat_viet_nam_vn179",
        "TT=row | Họ tên=full_name | Ngày, tháng, năm sinh=birth_date@%d/%m/%Y"
        " | Số CCCD=cccd | Nơi cư trú=address | SĐT=phone:phone_dotted"
        " | Đơn vị công tác=-:rail_unit179 | Loại GPLT=-:licence_kind179"
        " | Số GPLT=-:licence_no179 | Ngày cấp=date@%d/%m/%Y"
        " | Có giá trị đến=date:valid_to179@%d/%m/%Y"
        " | Điểm LT=-:score_lt179 | Kết quả TH=-:score_th179 | Ghi chú=-:note_rail179",
        file="xlsx",
    ),
    _shape(
        "dang_ky_leo_nui_tuyen_tram_ton_fansipan_vqg_hoang_lien_vn179",
        "STT=row | Họ tên khách=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | CCCD/Hộ chiếu=cccd | SĐT=phone | Địa chỉ=address | Tuyến=-:route179"
        " | Ngày lên=date@%d/%m/%Y | Số ngày=-:days179 | Porter/HDV=-:guide179"
        " | SĐT HDV=-:guide_phone179 | Người liên hệ khẩn cấp=-:emergency179"
        " | SĐT khẩn cấp=-:phone_rel179 | Vé (đ)=-:ticket179",
        encoding="utf-8-sig",
        delimiter="\t",
    ),
    _shape(
        "benh_nhan_thalassemia_truyen_mau_dinh_ky_khoa_huyet_hoc_bvdk_tinh_vn179",
        "STT=row | Mã BN=-:pid179 | Họ và tên BN=full_name | NS=birth_date@%d/%m/%Y | GT=sex"
        " | Số định danh=cccd | Số thẻ BHYT=bhyt | Dân tộc=-:ethnic179 | Địa chỉ=address"
        " | Chẩn đoán=-:diagnosis179 | Nhóm máu=-:blood179 | Ferritin (ng/ml)=-:ferritin179"
        " | Thuốc thải sắt=-:chelator179 | Ngày truyền gần nhất=date@%d/%m/%Y"
        " | Số đv máu/lần=-:units179 | Người nhà=-:kin179 | SĐT người nhà=-:phone_rel179",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ilinniartitaanermut_ikiorsiissutit_uddannelsesstotte_naalakkersuisut_gl179",
        "Nr.=row | Inuup normua / CPR-nr.=national_id:cpr_gl179"
        " | Ateq / Fornavn=given_name:gl_given179"
        " | Ateq kingulleq / Efternavn=family_name:gl_family179"
        " | Inunngorfia / Fødselsdato=birth_date@%d-%m-%Y"
        " | Najugaq / Adresse=street:gl_street179 | Postnr.=postcode:gl_post179"
        " | Illoqarfik / By=district:gl_town179 | Oqarasuaat / Telefon=phone:gl_phone179"
        " | E-mail=email:gl_email179 | Ilinniarfik / Uddannelsessted=-:gl_school179"
        " | Ilinniagaq / Uddannelse=-:gl_course179"
        " | Ilinniarnerup aallartinnera / Studiestart=date@%d-%m-%Y"
        " | Qaammammut kr. / Støtte pr. md.=-:gl_grant179"
        " | Aningaaserivik / Reg.nr. og konto=-:gl_bank179",
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "manningarskra_fiskiskip_sjovinnustyrid_fo179",
        "Nr.=row | P-tal=national_id:ptal_fo179 | Fyrinavn=given_name:fo_given179"
        " | Eftirnavn=family_name:fo_family179 | Føðingardagur=birth_date@%d.%m.%Y"
        " | Bústaður=street:fo_street179 | Postnr.=postcode:fo_post179"
        " | Bygd/býur=district:fo_town179 | Telefon=phone:fo_phone179 | Skip=-:fo_ship179"
        " | Starv umborð=-:fo_rank179 | Sjóferðabók nr.=-:fo_book179"
        " | Tilmunstraður=date@%d.%m.%Y | Heilsuváttan galdandi til=date:medical_to179@%d.%m.%Y"
        " | Næsti avvarðandi=-:fo_kin179",
        encoding="cp1252",
        delimiter="\t",
    ),
    _shape(
        "siidaosiid_boazodoallu_siidaandeler_reindrift_finnmark_no179",
        "Nr.=row | Siidaoassi / Siidaandel=-:siidaoassi179"
        " | Orohat / Reinbeitedistrikt=-:orohat179"
        " | Siidaoassejođiheaddji / Siidaandelsleder=full_name:no_name179"
        " | Riegádannummir / Fødselsnr.=national_id:fnr179"
        " | Riegádanbeaivi / Fødselsdato=birth_date@%d.%m.%Y"
        " | Boazomearka / Reinmerke=-:mark179 | Boazolohku 31.3. / Reintall=-:reindeer179"
        " | Čujuhus / Adresse=address:no_addr179 | Telefovdna / Telefon=phone:no_phone179"
        " | Doarjja (ru) / Tilskudd (kr)=-:grant_no179"
        " | Dieđáhus boahtán / Melding mottatt=date@%d.%m.%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "jienastuslogu_rostlangd_sametinget_kiruna_se179",
        "Nr=row | Persovdnanummar / Personnummer=national_id:pnr179"
        " | Sohkanamma / Efternamn=family_name:se_family179"
        " | Ovdanamma / Förnamn=given_name:se_given179"
        " | Riegádanbeaivi / Födelsedatum=birth_date@%Y-%m-%d"
        " | Čujuhus / Adress=street:se_street179 | Poastanummar / Postnummer=postcode:se_post179"
        " | Poastabáiki / Postort=district:se_town179 | Telefovdna / Telefon=phone:se_phone179"
        " | Čearru / Sameby=-:sameby179 | Vuođđu / Grund för upptagande=-:ground179"
        " | Čálihuvvon / Upptagen=date@%Y-%m-%d",
        encoding="utf-8",
        delimiter="\t",
    ),
    _shape(
        "jordforvarvstillstand_alands_landskapsregering_ax179",
        "Löpnr=row | Ärendenr=-:ax_case179 | Sökandes namn=full_name:ax_name179"
        " | Personbeteckning=national_id:hetu179 | Född=birth_date@%d.%m.%Y"
        " | Hembygdsrätt=-:hbr179 | Medborgarskap=-:citizen179"
        " | Fastighet (by, RNr)=-:ax_rn179 | Kommun (fastighet)=-:ax_prop_muni179"
        " | Areal m²=-:ax_area179 | Ändamål=-:purpose179 | Sökandes adress=street:ax_street179"
        " | Postnummer=postcode:ax_post179 | Postanstalt=district:ax_town179"
        " | Telefon=phone:ax_phone179 | Beslut=-:decision179 | Beslutsdatum=date@%d.%m.%Y",
        file="xlsx",
    ),
)

#: How a 31 February reads in this part's date formats.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("cpr_gl179", "ptal_fo179", "fnr179", "pnr179", "hetu179")
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {
        "gl_given179",
        "gl_family179",
        "fo_given179",
        "fo_family179",
        "no_name179",
        "se_given179",
        "se_family179",
        "ax_name179",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "gl_phone179",
    "fo_phone179",
    "no_phone179",
    "se_phone179",
    "ax_phone179",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("no_addr179",)

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND179",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND179",
]
