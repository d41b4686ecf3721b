"""The three-hundred-and-fifteenth part of the outside corpus, **blind 315** (written 10:41 UTC,
2026-12-07, never used for tuning): person files a province's sports department, a Nghệ An
district's culture house, a Buddhist pagoda's pilgrimage board, a province's department of
industry and trade, a Seville Holy Week brotherhood, a Rio samba school, a Nigerian state's
Christian pilgrims welfare board, a Kanagawa kendo federation and a Cairo sports club could
hand over.
Four Vietnamese files: the athletes a district's sports team sends to the province's sports and
physical training games in Excel (the sport, the event, the weight class, the team, the coach,
the bib number, the day of the competition, the medal); members of a Nghệ Tĩnh ví giặm
folk-song club in Windows-1258 with semicolons (the club, the voice, the years singing, the
club's head, the day joined, the membership fee); Buddhists registering with their pagoda for a
pilgrimage to the Buddha's places in India and Nepal in UTF-16 with tabs and headers without
diacritics (the Dharma name, the passport and its expiry, the group, the next of kin and that
person's phone, the deposit, the day of departure, the time last updated); and craftsmen
nominated for the title of handicraft artisan by the department of industry and trade in UTF-8
with a BOM and semicolons (the craft village, the craft, the years in the trade, the workshop's
address, the awards, the pupils trained, the council's score, the proposal).
Five foreign files: the census of brothers of a Seville Holy Week brotherhood in Windows-1252
with semicolons (the brother's number, the DNI with its letter, the street, the town and the
postcode apart, the parish of baptism, the sponsoring brother, the day joined, the place in the
procession, the fee paid); the members of the wings of a Rio samba school parading at the
carnival in UTF-8 with semicolons (the CPF with its two check digits, the wing, the wing's head,
the costume size, the costume paid, the street and the neighbourhood and the city apart, the
rehearsals attended); Christian pilgrims to Jerusalem of a Nigerian state's pilgrims welfare
board in Excel (the NIN, the church and its parish priest, the passport, the batch, the next of
kin and that person's phone, the fare paid, the state of origin, the day of departure); kendo
grading applicants of the Kanagawa kendo federation in Shift-JIS (the member number, the kana
reading apart, the birth date in the Japanese era, the dojo, the dojo's teacher, the grade
sought and held, the day of the grading, the result); and the general assembly
of a Cairo sports club listed for its board elections in Windows-1256 (the membership number, the
national number, the governorate, the kind of membership, the dependent members, the day joined,
the subscription paid, the polling booth, the notes).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind315_writers import WRITERS_BLIND315
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND315: tuple[Shape, ...] = (
    _shape(
        "van_dong_vien_doan_the_thao_huyen_du_dai_hoi_tdtt_cap_tinh_so_vhttdl_vn315",
        "STT=row | Họ và tên VĐV=full_name | Ngày sinh=birth_date@%d/%m/%Y | Giới tính=sex"
        " | Số CCCD=cccd | Địa chỉ thường trú=address | SĐT=phone"
        " | Môn thi đấu=-:dh_sport315 | Nội dung/Hạng cân=-:dh_event315"
        " | Đoàn=-:dh_team315 | HLV/ Lãnh đội=-:dh_coach315 | Số áo=-:dh_bib315"
        " | Ngày thi đấu=date@%d/%m/%Y | Huy chương=-:dh_medal315",
        file="xlsx",
    ),
    _shape(
        "hoi_vien_clb_dan_ca_vi_giam_nghe_tinh_nha_van_hoa_huyen_vn315",
        "TT=row | Họ tên hội viên=full_name | Năm sinh=birth_date@%d/%m/%Y | Nam/Nữ=sex"
        " | CCCD=cccd:cccd_spaced | Thôn/xóm, xã=address | Điện thoại=phone"
        " | Thuộc CLB=-:vg_club315 | Giọng/ vai=-:vg_voice315 | Số năm hát=-:vg_years315"
        " | Chủ nhiệm CLB=-:vg_head315 | Ngày vào CLB=date@%d/%m/%Y"
        " | Hội phí (đ/năm)=-:vg_fee315 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "phat_tu_dang_ky_hanh_huong_xu_phat_an_do_nepal_ban_tri_su_chua_vn315",
        "STT=row | Ho va ten=full_name | Phap danh=-:hh_dharma315"
        " | Ngay sinh=birth_date@%d-%m-%Y | Gioi tinh=sex | So CCCD=cccd"
        " | Dia chi=address | Dien thoai=phone | So ho chieu=-:hh_passport315"
        " | HC het han=-:hh_expiry315 | Doan=-:hh_group315"
        " | Nguoi than lien he=-:hh_kin315 | SDT nguoi than=-:hh_kin_phone315"
        " | Dat coc (VND)=-:hh_deposit315 | Ngay khoi hanh=date@%d-%m-%Y"
        " | Cap nhat luc=timestamp",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ho_so_de_nghi_xet_tang_danh_hieu_nghe_nhan_thu_cong_my_nghe_so_cong_thuong_vn315",
        "STT=row | Họ và tên nghệ nhân=full_name | Ngày, tháng, năm sinh=birth_date@%d.%m.%Y"
        " | Giới tính=sex | Số ĐDCN/CCCD=cccd | Nơi ở hiện nay=address | Số ĐT=phone"
        " | Làng nghề=-:nn_village315 | Nghề=-:nn_craft315 | Số năm hành nghề=-:nn_years315"
        " | Địa chỉ cơ sở SX=-:nn_workshop315 | Giải thưởng đã đạt=-:nn_award315"
        " | Số thợ đã truyền nghề=-:nn_pupils315 | Điểm HĐ xét chọn=-:nn_score315"
        " | Đề nghị=-:nn_proposal315 | Ngày nộp HS=date@%d.%m.%Y",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "censo_hermanos_hermandad_penitencia_semana_santa_sevilla_es315",
        "Orden=row | Nº Hno.=-:hs_number315 | Primer apellido=family_name:hs_family315"
        " | Segundo apellido=-:hs_second315 | Nombre=given_name:hs_given315"
        " | D.N.I.=national_id:hs_dni315 | F. Nacimiento=birth_date@%d/%m/%Y"
        " | Domicilio=street:hs_street315 | Localidad=district:hs_town315"
        " | C.P.=postcode:hs_cp315 | Teléfono=phone:hs_phone315 | Correo-e=email:hs_email315"
        " | Parroquia de bautismo=-:hs_parish315 | Hermano presentador=-:hs_sponsor315"
        " | Fecha de alta=date@%d/%m/%Y | Sitio en la cofradía=-:hs_place315"
        " | Cuota al día=-:hs_fee315",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "componentes_alas_desfile_carnaval_gres_escola_de_samba_rio_br315",
        "Nº=row | Nome completo=full_name:sb_name315 | CPF=national_id:sb_cpf315"
        " | Data de nascimento=birth_date@%d/%m/%Y | Sexo=sex:sb_sex315"
        " | Endereço=street:sb_street315 | Bairro=suburb:sb_bairro315"
        " | Cidade=district:sb_city315 | Celular/WhatsApp=phone:sb_phone315"
        " | Ala=-:sb_wing315 | Presidente da ala=-:sb_wing_head315"
        " | Tam. fantasia=-:sb_size315 | Fantasia paga (R$)=-:sb_paid315"
        " | Ensaios presentes=-:sb_rehearsals315 | Data inscrição=date@%d/%m/%Y",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "christian_pilgrims_jerusalem_manifest_state_pilgrims_welfare_board_ng315",
        "S/N=row | Surname=family_name:cp_surname315 | Other Names=given_name:cp_given315"
        " | NIN=national_id:cp_nin315 | Date of Birth=birth_date@%d/%m/%Y"
        " | Gender=sex:cp_sex315 | Residential Address=address:cp_addr315"
        " | Phone No=phone:cp_phone315 | State of Origin=-:cp_origin315"
        " | Church/Denomination=-:cp_church315 | Parish Priest/Pastor=-:cp_priest315"
        " | Intl Passport No=-:cp_passport315 | Batch=-:cp_batch315"
        " | Next of Kin=-:cp_kin315 | NOK Phone=-:cp_kin_phone315"
        " | Fare Paid (N)=-:cp_fare315 | Departure Date=date@%d/%m/%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "kendo_dan_shinsa_moushikomisha_ichiran_kanagawa_kendo_renmei_jp315",
        "No=row | 会員番号=-:kd_member315 | 氏名=full_name:kd_name315"
        " | フリガナ=full_name:kd_kana315 | 生年月日=birth_date:kd_birth315"
        " | 性別=sex:kd_sex315 | 住所=address:kd_addr315 | 電話番号=phone:kd_phone315"
        " | 所属団体（道場）=-:kd_dojo315 | 指導者=-:kd_teacher315"
        " | 現段位=-:kd_held315 | 受審段位=-:kd_sought315"
        " | 審査日=date:kd_exam315 | 合否=-:kd_result315",
        english=True,
        encoding="cp932",
    ),
    _shape(
        "kashf_aadaa_aljamiiya_aleumumiya_nadi_riyadi_intikhabat_eg315",
        "م=row | رقم العضوية=-:fb_member315 | الاسم رباعي=full_name:fb_name315"
        " | الرقم القومي=national_id:fb_nid315 | تاريخ الميلاد=birth_date@%d/%m/%Y"
        " | المحافظة=province:fb_gov315 | العنوان=address:fb_addr315"
        " | المحمول=phone:fb_phone315 | نوع العضوية=-:fb_kind315"
        " | الأعضاء التابعون=-:fb_family315 | تاريخ الالتحاق=date@%d/%m/%Y"
        " | سداد اشتراك 2026=-:fb_paid315 | اللجنة الفرعية=-:fb_booth315"
        " | ملاحظات=-:fb_note315",
        english=True,
        encoding="cp1256",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("hs_dni315", "sb_cpf315", "cp_nin315", "fb_nid315")
SEX_HOLDS: tuple[str, ...] = ("sb_sex315", "cp_sex315", "kd_sex315")
NAME_HOLDS = frozenset(
    {
        "hs_family315",
        "hs_given315",
        "sb_name315",
        "cp_surname315",
        "cp_given315",
        "kd_name315",
        "kd_kana315",
        "fb_name315",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "hs_phone315",
    "sb_phone315",
    "cp_phone315",
    "kd_phone315",
    "fb_phone315",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("cp_addr315", "fb_addr315")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND315",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND315",
]
