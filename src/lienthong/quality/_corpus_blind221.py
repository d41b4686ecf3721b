"""The two-hundred-and-twenty-first part of the outside corpus, **blind 221** (written 05:20 UTC,
2026-12-07, never used for tuning): person files a fisheries training centre, a district's
labour office, a provincial forest protection sub-department, a district's social affairs
office, a South African community learning centre, an Eswatini input subsidy programme, a
Mozambican fisheries administration, an Angolan provincial education office and Lesotho's land
administration could hand over. Four Vietnamese files: the candidates who sat the fishing-boat
master and engineer examination, in Windows-1258 with tabs (the candidate number, the place of
birth, the class, the boat's registration, the theory and practice marks, the result, the
certificate number); the former frontline porters paid the one-off allowance, in Excel (the year
of birth only, the front and the years served, the porters' company, the amount, the decision,
who received it for them); the crocodile farms registered with the forest protection
sub-department, in UTF-16 with tabs (the CITES farm code, the species and purpose, the farm's own
place, the adults and the young, the ranger); and the trafficked people who came home and were
supported, in UTF-8 with a BOM and semicolons, headers without diacritics (the case number, the
country they came back from, who received them, the support and its amount, the relative and
the relative's phone). Five foreign files: a South African community learning centre's
enrolment register, in UTF-8 with Afrikaans, isiZulu and English headers (the 13-digit ID, the
centre, the programme, the home language, the employer, the next of kin and their cell); the
farmers on an Eswatini input subsidy list, in Excel with siSwati and English headers (the PIN,
the input, the area, the farmer's share, the voucher, the extension officer); the artisanal
fishers licensed by a Mozambican district, in UTF-8 with semicolons and Portuguese headers (the
BI, the bairro, district and province, the boat, the gear, the fishing council, the licence and
its fee); the candidates of an Angolan province's public competition for teachers, in Excel
with Portuguese headers (the father, the BI of 14 characters, the place of birth, the
residence, the qualification, the subject, the mark, the result); and the applicants for a land
lease in Lesotho, in UTF-8 with Sesotho and English headers (the ID number, the address, the
plot number and its use, the chief, the dates, the state).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind221_writers import WRITERS_BLIND221
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND221: tuple[Shape, ...] = (
    _shape(
        "thi_sinh_sat_hach_cap_chung_chi_thuyen_truong_may_truong_tau_ca_vn221",
        "STT=row | SBD=-:boat_sbd221 | Họ và tên=full_name | Ngày sinh=birth_date@%d/%m/%Y"
        " | Nơi sinh=-:boat_birthplace221 | Số CCCD=cccd | Nơi thường trú=address"
        " | Số ĐT=phone | Hạng dự thi=-:boat_class221 | Số ĐK tàu=-:boat_reg221"
        " | Điểm LT=-:boat_lt221 | Điểm TH=-:boat_th221 | Kết quả=-:boat_result221"
        " | Ngày sát hạch=date@%d/%m/%Y | Số chứng chỉ=-:boat_cert221 | Ghi chú=-:note_vi",
        encoding="cp1258",
        delimiter="\t",
    ),
    _shape(
        "dan_cong_hoa_tuyen_huong_tro_cap_mot_lan_phong_ldtbxh_huyen_vn221",
        "TT=row | Họ và tên=full_name | Năm sinh=birth_date:birth_year27 | Giới tính=sex"
        " | Số định danh cá nhân=cccd | Nơi cư trú hiện nay=address"
        " | Điện thoại=phone:phone_dotted | Chiến trường/địa bàn=-:front221"
        " | Thời gian tham gia=-:front_years221 | Đơn vị=-:front_unit221"
        " | Mức trợ cấp (đồng)=-:front_amount221 | Số QĐ=-:front_decision221"
        " | Ngày QĐ=date@%d/%m/%Y | Người nhận thay=-:front_proxy221",
        file="xlsx",
    ),
    _shape(
        "co_so_nuoi_ca_sau_dang_ky_ma_so_cites_chi_cuc_kiem_lam_vn221",
        "STT=row | Mã số cơ sở=-:croc_code221 | Chủ cơ sở=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | CCCD=cccd:cccd_spaced | Địa chỉ chủ cơ sở=address"
        " | ĐT=phone:phone_spaced | Địa điểm nuôi=-:croc_farm221 | Loài=-:croc_kind221"
        " | Mục đích nuôi=-:croc_purpose221 | Cá thể trưởng thành=-:croc_adults221"
        " | Cá thể con=-:croc_young221 | Ngày cấp mã số=date@%d/%m/%Y"
        " | Kiểm lâm phụ trách=-:croc_ranger221",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "nan_nhan_bi_mua_ban_tro_ve_duoc_ho_tro_phong_lao_dong_xa_hoi_vn221",
        "STT=row | Ma ho so=-:traff_case221 | Ho va ten=full_name"
        " | Ngay sinh=birth_date@%d/%m/%Y | Gioi tinh=sex | So CCCD=cccd"
        " | Noi cu tru=address | SDT=phone | Tro ve tu=-:traff_from221"
        " | Ngay tro ve=date@%d/%m/%Y | Co quan tiep nhan=-:traff_received221"
        " | Hinh thuc ho tro=-:traff_support221 | So tien (d)=-:traff_amount221"
        " | Than nhan=-:traff_relative221 | SDT than nhan=-:traff_relative_phone221"
        " | Ghi chu=-:note_vi",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "ingeskrewe_leerders_community_learning_centre_aet_za221",
        "Nr.=row | Van / Isibongo / Surname=family_name:za_family221"
        " | Voorname / Amagama / First names=given_name:za_given221"
        " | ID-nommer / Inombolo kamazisi / ID number=national_id:za_id221"
        " | Geboortedatum / Usuku lokuzalwa / Date of birth=birth_date@%Y/%m/%d"
        " | Geslag / Ubulili / Gender=sex:za_sex221"
        " | Huisadres / Ikheli lasekhaya / Home address=address:za_addr221"
        " | Selfoon / Umakhalekhukhwini / Cell=phone:za_cell221 | E-pos / Email=email"
        " | Sentrum / Centre=-:za_centre221 | Program / Programme=-:za_programme221"
        " | Huistaal / Home language=-:za_lang221 | Werkgewer / Employer=-:za_employer221"
        " | Naasbestaande / Isihlobo / Next of kin=-:za_kin221"
        " | Naasbestaande sel / Next of kin cell=-:za_kin_cell221"
        " | Datum ingeskryf / Date enrolled=date@%Y/%m/%d | Status=-:za_status221",
        english=True,
        encoding="utf-8",
    ),
    _shape(
        "balimi_labatfola_lusito_lwetinhlanyelo_input_subsidy_sz221",
        "Nombolo / No.=row | Sibongo / Surname=family_name:sz_family221"
        " | Emagama / First names=given_name:sz_given221"
        " | Inombolo yemazisi (PIN)=national_id:sz_pin221"
        " | Lusuku lwekutalwa / Date of birth=birth_date@%d/%m/%Y | Bulili / Sex=sex:sz_sex221"
        " | Likheli / Address=address:sz_addr221 | Inombolo yelucingo / Cell=phone:sz_phone221"
        " | Lusito / Input=-:sz_input221 | Bukhulu bensimu / Field size=-:sz_area221"
        " | Imali lekhokhiwe / Farmer's share=-:sz_paid221"
        " | Inombolo ye-voucher=-:sz_voucher221 | Lusuku / Date issued=date@%d/%m/%Y"
        " | Lisebenti / Extension officer=-:sz_officer221",
        english=True,
        file="xlsx",
    ),
    _shape(
        "registo_licencas_pesca_artesanal_servico_distrital_actividades_economicas_mz221",
        "N.º=row | Nome completo=full_name:mz_name221 | Data de nascimento=birth_date@%d/%m/%Y"
        " | Sexo=sex:mz_sex221 | N.º do BI=national_id:mz_bi221 | Bairro=suburb:mz_bairro221"
        " | Distrito=district:mz_district221 | Província=state:mz_prov221"
        " | Contacto=phone:mz_phone221 | Tipo de embarcação=-:mz_boat221"
        " | Arte de pesca=-:mz_gear221 | CCP=-:mz_ccp221 | N.º da licença=-:mz_licence221"
        " | Taxa paga=-:mz_fee221 | Data de emissão=date@%d/%m/%Y"
        " | Válida até=date:mz_valid221",
        english=True,
        encoding="utf-8",
        delimiter=";",
    ),
    _shape(
        "lista_candidatos_concurso_publico_ingresso_docentes_gabinete_educacao_ao221",
        "N.º de ordem=row | N.º de candidato=-:ao_candidate221 | Nome completo=full_name:ao_name221"
        " | Filiação (pai)=-:ao_father221 | N.º do B.I.=national_id:ao_bi221"
        " | Data de nascimento=birth_date@%d-%m-%Y | Género=sex:ao_sex221"
        " | Naturalidade=-:ao_birthplace221 | Residência=address:ao_addr221"
        " | Telefone=phone:ao_phone221 | E-mail=email | Habilitações literárias=-:ao_level221"
        " | Disciplina=-:ao_subject221 | Nota final=-:ao_score221 | Resultado=-:ao_result221"
        " | Data da prova=date@%d-%m-%Y",
        english=True,
        file="xlsx",
    ),
    _shape(
        "lenane_la_likopo_tsa_lease_land_administration_authority_ls221",
        "No.=row | Fane / Surname=family_name:ls_family221 | Mabitso / Names=given_name:ls_given221"
        " | Nomoro ea boitsebiso / ID No.=national_id:ls_id221"
        " | Letsatsi la tsoalo / Date of birth=birth_date@%d/%m/%Y | Botona / Sex=sex:ls_sex221"
        " | Aterese / Address=address:ls_addr221 | Mohala / Phone=phone:ls_phone221"
        " | Nomoro ea setsha / Plot No.=-:ls_plot221 | Tšebeliso / Land use=-:ls_use221"
        " | Morena / Chief=-:ls_chief221 | Letsatsi la kabo / Date allocated=date@%d/%m/%Y"
        " | Letsatsi la kopo / Date applied=date:ls_applied221 | Boemo / Status=-:ls_status221",
        english=True,
        encoding="utf-8",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("za_id221", "sz_pin221", "mz_bi221", "ao_bi221", "ls_id221")
SEX_HOLDS: tuple[str, ...] = ("za_sex221", "sz_sex221", "mz_sex221", "ao_sex221", "ls_sex221")
NAME_HOLDS = frozenset(
    {
        "za_family221",
        "za_given221",
        "sz_family221",
        "sz_given221",
        "mz_name221",
        "ao_name221",
        "ls_family221",
        "ls_given221",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "za_cell221",
    "sz_phone221",
    "mz_phone221",
    "ao_phone221",
    "ls_phone221",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("za_addr221", "sz_addr221", "ao_addr221", "ls_addr221")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND221",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND221",
]
