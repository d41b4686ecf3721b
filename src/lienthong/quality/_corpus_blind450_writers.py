"""How the people of the four-hundred-and-fiftieth part of the outside corpus (**blind 450**,
:mod:`lienthong.quality._corpus_blind450`) are written: four Vietnamese police files' own columns
(a ward police's list of people fined for disorderly conduct, a traffic police lot's seized
vehicles, a ward's people under the education measure at the commune, a ward police's list of
owners of businesses run under security and order conditions) and Brazilian, Turkish, Kenyan,
Filipino and Romanian police people's names, addresses, phones and numbers in the forms their
papers show (the CPF and the T.C. Kimlik No with their check digits, the Kenyan ID, the Romanian
CNP with its mod-11 digit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from lienthong.quality._corpus_blind8_writers import _by_sex, _num, _pick
from lienthong.quality._corpus_blind27_writers import _other_phone, _other_vn
from lienthong.quality._corpus_blind40_writers import _safe_day
from lienthong.quality._corpus_blind42_writers import _shift_date
from lienthong.quality._corpus_blind206_writers import _cpf
from lienthong.quality._corpus_blind248_writers import _tc_from
from lienthong.quality._corpus_blind427_writers import _ke_id

if TYPE_CHECKING:
    from lienthong.quality._corpus_people import Person
    from lienthong.quality._corpus_shapes import Col

_T = tuple[str, ...]


def _words(text: str) -> _T:
    return tuple(text.split())


def _row(p: Person, table: tuple[_T, ...], salt: int) -> _T:
    return table[int(p.bhxh) // (salt * 17 + 3) % len(table)]


def _full(p: Person, given: str, families: _T, salt: int) -> str:
    """A given name with one or two family names drawn apart (many distinct names in 300 rows)."""
    first = _pick(p, families, salt)
    second = _pick(p, families, salt + 1)
    return f"{given} {first}" if first == second or _num(p, 5) == 2 else f"{given} {first} {second}"


# -- Vietnam ------------------------------------------------------------------------------------
_VN_TO = ("tổ dân phố 3", "tổ 12", "khu phố 5", "tổ dân phố Hòa Bình", "khu phố 2", "tổ 7")
_VN_UNIT = (
    ("phường Hoàng Mai", "TP Hà Nội"),
    ("phường Định Công", "TP Hà Nội"),
    ("phường Lĩnh Nam", "TP Hà Nội"),
    ("phường Tương Mai", "TP Hà Nội"),
    ("xã Thanh Trì", "TP Hà Nội"),
)
_VN_STREETS = ("ngõ 105 Định Công", "ngách 28 Kim Giang", "phố Tam Trinh", "đường Lĩnh Nam")
_VN_DISORDER = (
    "Gây mất trật tự nơi công cộng",
    "Tụ tập đông người gây ồn ào sau 22h",
    "Đánh nhau, xô xát",
    "Thả rông vật nuôi nơi công cộng",
    "Say rượu gây rối",
    "Sử dụng loa công suất lớn gây ồn",
)
_VN_DIEM = (
    "điểm b khoản 1 Điều 7",
    "điểm a khoản 2 Điều 7",
    "điểm đ khoản 1 Điều 7",
    "khoản 3 Điều 7",
)
_VN_RANK = ("Thượng úy", "Đại úy", "Trung úy", "Thiếu tá")
_VN_VEHICLE = (
    ("Xe máy", "Honda Wave Alpha"),
    ("Xe máy", "Yamaha Exciter"),
    ("Xe máy", "Honda Vision"),
    ("Ô tô con", "Toyota Vios"),
    ("Xe máy điện", "VinFast Klara"),
    ("Xe máy", "Honda SH Mode"),
)
_VN_SEIZE = (
    "Không có GPLX",
    "Nồng độ cồn vượt mức",
    "Không có giấy đăng ký xe",
    "Đua xe trái phép",
    "Vượt đèn đỏ, bỏ chạy",
)
_VN_LOT = ("Bãi giữ xe Đội CSGT số 6", "Kho tang vật CA phường", "Bãi xe Pháp Vân")
_VN_STATE = ("Đang tạm giữ", "Đã trả xe", "Chờ xử lý", "Chuyển đấu giá")
_VN_COLOUR = ("Đen", "Trắng", "Đỏ - đen", "Xanh", "Bạc")
_VN_EDU_BREACH = (
    "Trộm cắp vặt nhiều lần",
    "Đánh bạc nhỏ lẻ, tái phạm",
    "Gây rối trật tự công cộng nhiều lần",
    "Sử dụng trái phép chất ma túy",
    "Xâm phạm sức khỏe người khác",
)
_VN_EDU_STATE = (
    "Đang chấp hành",
    "Đã chấp hành xong",
    "Được giảm thời hạn",
    "Bỏ đi khỏi nơi cư trú",
)
_VN_EDU_MENTOR = (
    "Trưởng ban công tác Mặt trận",
    "Chi hội trưởng Hội Cựu chiến binh",
    "Bí thư chi đoàn",
)
_VN_BIZ_KIND = (
    ("Kinh doanh dịch vụ cầm đồ", "Cầm đồ"),
    ("Kinh doanh dịch vụ karaoke", "Karaoke"),
    ("Kinh doanh dịch vụ lưu trú", "Nhà nghỉ"),
    ("Kinh doanh dịch vụ xoa bóp", "Massage"),
    ("Kinh doanh khí dầu mỏ hóa lỏng", "Gas"),
    ("Kinh doanh dịch vụ cầm đồ", "Tín Phát"),
)
_VN_BIZ_STREET = ("phố Giải Phóng", "phố Trương Định", "đường Nguyễn Tam Trinh", "phố Kim Đồng")
_VN_INSPECT = ("Đủ điều kiện", "Nhắc nhở", "Lập biên bản vi phạm", "Yêu cầu khắc phục PCCC")


def _vn_home(p: Person) -> str:
    unit = _row(p, _VN_UNIT, 1)
    return (
        f"Số {_num(p, 160)} {_pick(p, _VN_STREETS, 2)}, {_pick(p, _VN_TO, 3)}, {unit[0]}, {unit[1]}"
    )


def _edu_months(p: Person) -> int:
    return (3, 4, 6)[_num(p, 3) - 1]


def _edu_end(p: Person) -> str:
    month = p.other_date.month - 1 + _edu_months(p)
    end = _safe_day(p.other_date.year + month // 12, month % 12 + 1, p.other_date.day)
    return f"{end:%Y-%m-%d}"


def _plate(p: Person) -> str:
    return f"29{_pick(p, ('B1', 'H1', 'X1', 'AA', 'K1'), 4)}-{p.bhxh[-5:-2]}.{p.bhxh[-2:]}"


# -- Brazil -------------------------------------------------------------------------------------
_BR_FAMILY: _T = _words(
    "Silva Santos Oliveira Souza Rodrigues Ferreira Alves Pereira Lima Gomes Costa Ribeiro "
    "Martins Carvalho Almeida Lopes Barbosa Nascimento"
)
_BR_GIVEN_M: _T = _words(
    "João Pedro Lucas Mateus Gabriel Rafael Thiago Bruno Felipe Diego Caio Vitor"
)
_BR_GIVEN_F: _T = _words("Maria Ana Juliana Camila Fernanda Larissa Beatriz Letícia Patrícia Aline")
_BR_STREET = ("Rua Augusta", "Av. Paulista", "Rua da Consolação", "Rua Vergueiro", "Rua Tuiuti")
_BR_BAIRRO = (
    ("Santana", "São Paulo", "SP", "02012"),
    ("Pinheiros", "São Paulo", "SP", "05422"),
    ("Jardim Santo André", "Santo André", "SP", "09132"),
    ("Centro", "Osasco", "SP", "06010"),
    ("Vila Galvão", "Guarulhos", "SP", "07071"),
    ("Rudge Ramos", "São Bernardo do Campo", "SP", "09636"),
    ("Capão Redondo", "São Paulo", "SP", "05870"),
    ("Copacabana", "Rio de Janeiro", "RJ", "22041"),
    ("Savassi", "Belo Horizonte", "MG", "30140"),
    ("Centro", "Curitiba", "PR", "80020"),
    ("Consolação", "São Paulo", "SP", "01305"),
    ("Bela Vista", "São Paulo", "SP", "01310"),
    ("Tatuapé", "São Paulo", "SP", "03087"),
    ("Centro", "Guarulhos", "SP", "07010"),
    ("Vila Mariana", "São Paulo", "SP", "04101"),
)
_BR_NATURE = (
    "Furto de celular",
    "Roubo a transeunte",
    "Lesão corporal",
    "Ameaça",
    "Perturbação do sossego",
    "Estelionato",
)
_BR_DP = ("1º DP Sé", "4º DP Consolação", "30º DP Tatuapé", "36º DP Vila Mariana")
_BR_ROLE = ("Vítima", "Comunicante", "Testemunha", "Autor")

# -- Turkey -------------------------------------------------------------------------------------
_TR_FAMILY: _T = _words(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan "
    "Çetin Kara Koç Kurt Özkan Şimşek Polat Korkmaz"
)
_TR_GIVEN_M: _T = _words(
    "Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Burak Oğuz Serkan Volkan Kemal"
)
_TR_GIVEN_F: _T = _words(
    "Ayşe Fatma Emine Hatice Zeynep Elif Şükran Gülşen Özlem Büşra İrem Derya Sevgi Nur"
)
_TR_MAH = (
    ("Yenimahalle Mah.", "Yenimahalle", "Ankara"),
    ("Ulubatlı Hasan Mah.", "Osmangazi", "Bursa"),
    ("Kazım Karabekir Mah.", "Bağcılar", "İstanbul"),
    ("Mimar Sinan Mah.", "Selçuklu", "Konya"),
    ("Hürriyet Mah.", "Karşıyaka", "İzmir"),
    ("Atakent Mah.", "Ümraniye", "İstanbul"),
    ("Kültür Mah.", "Merkezefendi", "Denizli"),
    ("Cumhuriyet Mah.", "Şişli", "İstanbul"),
    ("Bahçelievler Mah.", "Bahçelievler", "İstanbul"),
    ("Kızılay Mah.", "Çankaya", "Ankara"),
    ("Alsancak Mah.", "Konak", "İzmir"),
    ("Fatih Mah.", "Esenler", "İstanbul"),
)
_TR_SOKAK = ("Atatürk Cad.", "Gül Sok.", "İnönü Cad.", "Çınar Sok.", "Menekşe Sok.")
_TR_SUC = (
    "Kasten yaralama",
    "Hırsızlık",
    "Tehdit",
    "Kamu malına zarar",
    "Trafik kazası",
    "Dolandırıcılık",
)
_TR_KARAKOL = ("Mecidiyeköy Polis Merkezi", "Kızılay Polis Merkezi", "Alsancak Karakolu")
_TR_STATU = ("Şüpheli", "Müşteki", "Tanık", "Mağdur")

# -- Kenya --------------------------------------------------------------------------------------
_KE_FAMILY: _T = _words(
    "Otieno Kamau Wanjiru Mwangi Ochieng Njoroge Kiprotich Chebet Mutua Wambui Odhiambo Kariuki"
)
_KE_GIVEN_M: _T = _words("John Peter Joseph David Samuel Brian Kevin Daniel Moses Collins")
_KE_GIVEN_F: _T = _words("Mary Grace Faith Mercy Esther Jane Ann Lucy Caroline Purity")
_KE_AREA = (
    ("Kibera", "Nairobi"),
    ("Githurai", "Kiambu"),
    ("Ruiru", "Kiambu"),
    ("Majengo", "Nyeri"),
    ("Kondele", "Kisumu"),
    ("Likoni", "Mombasa"),
    ("Bondeni", "Nakuru"),
    ("Kaptembwo", "Nakuru"),
    ("Mlolongo", "Machakos"),
    ("Kitengela", "Kajiado"),
    ("Pipeline", "Uasin Gishu"),
    ("Mathare", "Nairobi"),
    ("Kawangware", "Nairobi"),
    ("Nyalenda", "Kisumu"),
    ("Bamburi", "Mombasa"),
    ("Langas", "Uasin Gishu"),
)
_KE_OFFENCE = (
    "Stealing",
    "Assault causing actual bodily harm",
    "Creating disturbance",
    "Lost ID card",
    "Malicious damage to property",
    "Threatening violence",
)
_KE_STATION = ("Kilimani Police Station", "Kisumu Central PS", "Bamburi PS", "Langas Police Post")
_KE_ACTION = (
    "PBC",
    "Under investigation",
    "Pending arraignment",
    "Abstract issued",
    "Released on cash bail",
)

# -- Philippines --------------------------------------------------------------------------------
_PH_FAMILY: _T = _words(
    "Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Dela_Cruz Villanueva Aquino Ramos Castillo"
)
_PH_GIVEN_M: _T = _words("Juan Jose Mark Ronaldo Jerome Rodel Arnel Jomar Rey Christian")
_PH_GIVEN_F: _T = _words("Maricel Jocelyn Rowena Lovely Kristine Mary_Joy Analyn Rhea Jenny Lorna")
_PH_PUROK = ("Purok 1", "Purok 3", "Purok Sampaguita", "Purok 5", "Sitio Malinis")
_PH_BRGY = (
    ("Brgy. San Isidro", "Quezon City"),
    ("Brgy. Bagong Silang", "Caloocan City"),
    ("Brgy. Poblacion", "Makati City"),
    ("Brgy. Tumana", "Marikina City"),
)
_PH_INCIDENT = (
    "Away mag-asawa",
    "Utang na hindi binayaran",
    "Nakawan",
    "Ingay / videoke",
    "Away sa kapitbahay",
    "Pananakit",
)
_PH_ACTION = (
    "Amicably settled",
    "Referred to Lupon",
    "Referred to PNP",
    "For mediation",
    "CFA issued",
)

# -- Romania ------------------------------------------------------------------------------------
_RO_FAMILY: _T = _words(
    "Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Munteanu Rusu Ene "
    "Constantin Marin Tudor Dinu Moldovan Lazăr Barbu Neagu"
)
_RO_GIVEN_M: _T = _words("Ion Andrei Alexandru Mihai Ştefan Gheorghe Vasile Cristian Bogdan Florin")
_RO_GIVEN_F: _T = _words("Maria Elena Ioana Andreea Mihaela Cristina Ana Gabriela Alina Raluca")
_RO_PLACE = (
    ("Str. Avram Iancu", "Turda", "Cluj", "12"),
    ("Str. Gării", "Dej", "Cluj", "12"),
    ("Bd. Independenţei", "Paşcani", "Iaşi", "22"),
    ("Str. Libertăţii", "Lugoj", "Timiş", "35"),
    ("Str. Lungă", "Făgăraş", "Braşov", "08"),
    ("Bd. Tomis", "Constanţa", "Constanţa", "13"),
    ("Str. Mare", "Mangalia", "Constanţa", "13"),
    ("Calea Dorobanţilor", "Bucureşti Sector 1", "Bucureşti", "41"),
    ("Str. Horea", "Oradea", "Bihor", "05"),
    ("Str. Mihai Viteazu", "Cluj-Napoca", "Cluj", "12"),
    ("Bd. Unirii", "Bucureşti Sector 3", "Bucureşti", "43"),
    ("Str. Lăpuşneanu", "Iaşi", "Iaşi", "22"),
    ("Calea Aradului", "Timişoara", "Timiş", "35"),
    ("Str. Republicii", "Braşov", "Braşov", "08"),
)
_RO_FAPTA = (
    "Tulburarea liniştii publice",
    "Comerţ stradal neautorizat",
    "Aruncarea deşeurilor pe domeniul public",
    "Consum de alcool pe stradă",
    "Parcare pe spaţiul verde",
)


def _cnp(p: Person, county: str) -> str:
    lead = (1 if p.male else 2) + (4 if p.birth.year >= 2000 else 0)
    body = f"{lead}{p.birth:%y%m%d}{county}{p.bhxh[-3:]}"
    total = sum(int(d) * int(w) for d, w in zip(body, "279146358279", strict=True)) % 11
    return body + str(1 if total == 10 else total)


def _tckn(p: Person) -> str:
    return _tc_from(p.bhxh[1:10])


def _un(text: str) -> str:
    return text.replace("_", " ")


WRITERS_BLIND450: dict[str, Callable[[Person, Col], object]] = {
    # disorderly conduct fines
    "home450": lambda p, c: _vn_home(p),
    "disorder450": lambda p, c: _pick(p, _VN_DISORDER, 5),
    "clause450": lambda p, c: f"{_pick(p, _VN_DIEM, 6)} NĐ 144/2021/NĐ-CP",
    "bb450": lambda p, c: f"{_num(p, 800):03d}/BB-VPHC",
    "qd450": lambda p, c: f"{_num(p, 600)}/QĐ-XPVPHC",
    "fine450": lambda p, c: f"{_num(p, 12) * 250_000:,}".replace(",", "."),
    "officer450": lambda p, c: f"{_pick(p, _VN_RANK, 7)} {_other_vn(p, 8, male=_num(p, 4) != 1)}",
    "paid450": lambda p, c: _pick(p, ("Đã nộp", "Chưa nộp", "Đã nộp (DVC)", "Cưỡng chế"), 9),
    # seized vehicles
    "plate450": lambda p, c: _plate(p),
    "vkind450": lambda p, c: _row(p, _VN_VEHICLE, 10)[0],
    "brand450": lambda p, c: _row(p, _VN_VEHICLE, 10)[1],
    "colour450": lambda p, c: _pick(p, _VN_COLOUR, 11),
    "frame450": lambda p, c: f"RLHJA{p.bhxh[-8:]}{_pick(p, ('E', 'F', 'K'), 12)}",
    "seize450": lambda p, c: _pick(p, _VN_SEIZE, 13),
    "lot450": lambda p, c: _pick(p, _VN_LOT, 14),
    "state450": lambda p, c: _pick(p, _VN_STATE, 15),
    "driver450": lambda p, c: _other_vn(p, 16),
    "until450": lambda p, c: f"{_shift_date(p.other_date, 0):%d/%m/%Y}",
    # education at the commune
    "edu_qd450": lambda p, c: f"{_num(p, 90)}/QĐ-UBND",
    "edu_months450": lambda p, c: f"{_edu_months(p)} tháng",
    "edu_breach450": lambda p, c: _pick(p, _VN_EDU_BREACH, 18),
    "edu_mentor450": lambda p, c: f"{_other_vn(p, 19)} ({_pick(p, _VN_EDU_MENTOR, 20)})",
    "edu_family450": lambda p, c: f"{_other_vn(p, 21)} - {_other_phone(p, '09')}",
    "edu_state450": lambda p, c: _pick(p, _VN_EDU_STATE, 22),
    "edu_end450": lambda p, c: _edu_end(p),
    # businesses under security conditions
    "biz_kind450": lambda p, c: _row(p, _VN_BIZ_KIND, 23)[0],
    "biz_name450": lambda p, c: (
        f"{_row(p, _VN_BIZ_KIND, 23)[1]} {_pick(p, ('Hưng Thịnh', 'Minh Anh', 'An Khang'), 24)}"
        f" {_num(p, 9)}"
    ),
    "biz_addr450": lambda p, c: f"Số {_num(p, 300)} {_pick(p, _VN_BIZ_STREET, 25)}, Hoàng Mai",
    "biz_cert450": lambda p, c: f"{_num(p, 400):03d}/GCN-ANTT",
    "biz_inspect450": lambda p, c: _pick(p, _VN_INSPECT, 26),
    "biz_staff450": lambda p, c: f"{_num(p, 14)}",
    "biz_mst450": lambda p, c: f"01{p.bhxh[-8:]}",
    # Brazil
    "br_name450": lambda p, c: _full(p, _by_sex(p, _BR_GIVEN_M, _BR_GIVEN_F, 30), _BR_FAMILY, 31),
    "br_cpf450": lambda p, c: _cpf(p),
    "br_rg450": lambda p, c: f"{p.bhxh[:2]}.{p.bhxh[2:5]}.{p.bhxh[5:8]}-{p.bhxh[8]}",
    "br_mother450": lambda p, c: _full(p, _pick(p, _BR_GIVEN_F, 33), _BR_FAMILY, 34),
    "sex_br450": lambda p, c: "Masculino" if p.male else "Feminino",
    "br_street450": lambda p, c: f"{_pick(p, _BR_STREET, 35)}, {_num(p, 2500)}",
    "br_bairro450": lambda p, c: _row(p, _BR_BAIRRO, 36)[0],
    "br_city450": lambda p, c: _row(p, _BR_BAIRRO, 36)[1],
    "br_uf450": lambda p, c: _row(p, _BR_BAIRRO, 36)[2],
    "br_cep450": lambda p, c: f"{_row(p, _BR_BAIRRO, 36)[3]}-{p.bhxh[-3:]}",
    "phone_br450": lambda p, c: f"(11) 9{p.phone[2:6]}-{p.phone[6:10]}",
    "br_bo450": lambda p, c: f"{_pick(p, ('AB', 'BO', 'CE'), 37)}{_num(p, 9000)}/{p.other_date:%Y}",
    "br_nature450": lambda p, c: _pick(p, _BR_NATURE, 38),
    "br_dp450": lambda p, c: _pick(p, _BR_DP, 39),
    "br_role450": lambda p, c: _pick(p, _BR_ROLE, 40),
    # Turkey
    "tr_tc450": lambda p, c: _tckn(p),
    "tr_ad450": lambda p, c: _by_sex(p, _TR_GIVEN_M, _TR_GIVEN_F, 41),
    "tr_soyad450": lambda p, c: _pick(p, _TR_FAMILY, 42),
    "tr_father450": lambda p, c: _pick(p, _TR_GIVEN_M, 43),
    "sex_tr450": lambda p, c: "E" if p.male else "K",
    "tr_addr450": lambda p, c: (
        f"{_row(p, _TR_MAH, 44)[0]} {_pick(p, _TR_SOKAK, 45)} No:{_num(p, 90)} "
        f"D:{_num(p, 14)}, {_row(p, _TR_MAH, 44)[1]}/{_row(p, _TR_MAH, 44)[2]}"
    ),
    "tr_ilce450": lambda p, c: _row(p, _TR_MAH, 44)[1],
    "tr_il450": lambda p, c: _row(p, _TR_MAH, 44)[2],
    "phone_tr450": lambda p, c: (
        f"0{_pick(p, ('532', '542', '505', '555', '536'), 79)} {p.phone[3:6]} "
        f"{p.phone[6:8]} {p.phone[8:10]}"
    ),
    "tr_suc450": lambda p, c: _pick(p, _TR_SUC, 46),
    "tr_karakol450": lambda p, c: _pick(p, _TR_KARAKOL, 47),
    "tr_statu450": lambda p, c: _pick(p, _TR_STATU, 48),
    "tr_dosya450": lambda p, c: f"{p.other_date:%Y}/{_num(p, 9000)}",
    "tr_born450": lambda p, c: _pick(p, ("Sivas", "Erzurum", "Trabzon", "Diyarbakır", "Konya"), 49),
    # Kenya
    "ke_name450": lambda p, c: _full(p, _by_sex(p, _KE_GIVEN_M, _KE_GIVEN_F, 50), _KE_FAMILY, 51),
    "ke_id450": lambda p, c: _ke_id(p),
    "sex_ke450": lambda p, c: "M" if p.male else "F",
    "ke_addr450": lambda p, c: (
        f"P.O. Box {_num(p, 9000)}-{_pick(p, ('00100', '40100', '80100', '30100'), 52)}, "
        f"{_row(p, _KE_AREA, 53)[0]}"
    ),
    "ke_area450": lambda p, c: _row(p, _KE_AREA, 53)[0],
    "ke_county450": lambda p, c: _row(p, _KE_AREA, 53)[1],
    "phone_ke450": lambda p, c: f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ke_ob450": lambda p, c: f"OB {_num(p, 60)}/{p.other_date:%d/%m/%Y}",
    "ke_offence450": lambda p, c: _pick(p, _KE_OFFENCE, 54),
    "ke_station450": lambda p, c: _pick(p, _KE_STATION, 55),
    "ke_action450": lambda p, c: _pick(p, _KE_ACTION, 56),
    "ke_officer450": lambda p, c: (
        f"No. {_num(p, 9000) + 230000} {_pick(p, ('PC', 'Cpl', 'Sgt', 'IP'), 57)} "
        f"{_pick(p, _KE_FAMILY, 58)}"
    ),
    "ke_time450": lambda p, c: f"{_num(p, 23):02d}{_num(p, 59):02d}hrs",
    # Philippines
    "ph_name450": lambda p, c: (
        f"{_pick(p, _PH_FAMILY, 60).upper().replace('_', ' ')}, "
        f"{_un(_by_sex(p, _PH_GIVEN_M, _PH_GIVEN_F, 61))} {_pick(p, _PH_FAMILY, 62)[0]}."
    ),
    "sex_ph450": lambda p, c: "M" if p.male else "F",
    "ph_addr450": lambda p, c: (
        f"{_num(p, 250)} {_pick(p, _PH_PUROK, 63)}, {_row(p, _PH_BRGY, 64)[0]}, "
        f"{_row(p, _PH_BRGY, 64)[1]}"
    ),
    "phone_ph450": lambda p, c: f"09{p.phone[2:4]}-{p.phone[4:7]}-{p.phone[7:10]}",
    "ph_resp450": lambda p, c: f"{_un(_pick(p, _PH_GIVEN_M, 65))} {_un(_pick(p, _PH_FAMILY, 66))}",
    "ph_entry450": lambda p, c: f"{p.other_date:%Y}-{_num(p, 900):04d}",
    "ph_incident450": lambda p, c: _pick(p, _PH_INCIDENT, 67),
    "ph_action450": lambda p, c: _pick(p, _PH_ACTION, 68),
    "ph_tanod450": lambda p, c: (
        f"Kgd. {_un(_pick(p, _PH_GIVEN_M, 69))} {_un(_pick(p, _PH_FAMILY, 70))}"
    ),
    "ph_age450": lambda p, c: f"{2026 - p.birth.year}",
    # Romania
    "ro_nume450": lambda p, c: _pick(p, _RO_FAMILY, 71).upper(),
    "ro_prenume450": lambda p, c: _by_sex(p, _RO_GIVEN_M, _RO_GIVEN_F, 72),
    "ro_cnp450": lambda p, c: _cnp(p, _row(p, _RO_PLACE, 73)[3]),
    "ro_ci450": lambda p, c: f"{_pick(p, ('CJ', 'RX', 'MX', 'TM', 'BV'), 74)} {p.bhxh[-6:]}",
    "ro_addr450": lambda p, c: (
        f"{_row(p, _RO_PLACE, 73)[0]} nr. {_num(p, 120)}, bl. {_pick(p, ('A', 'B2', 'C4'), 75)}, "
        f"ap. {_num(p, 60)}, {_row(p, _RO_PLACE, 73)[1]}"
    ),
    "ro_city450": lambda p, c: _row(p, _RO_PLACE, 73)[1],
    "ro_judet450": lambda p, c: _row(p, _RO_PLACE, 73)[2],
    "phone_ro450": lambda p, c: f"07{p.phone[2:4]} {p.phone[4:7]} {p.phone[7:10]}",
    "ro_pv450": lambda p, c: f"PCA nr. {_num(p, 9000)}",
    "ro_fapta450": lambda p, c: _pick(p, _RO_FAPTA, 76),
    "ro_amenda450": lambda p, c: f"{_num(p, 20) * 100} lei",
    "ro_agent450": lambda p, c: f"ag. {_pick(p, _RO_GIVEN_M, 77)} {_pick(p, _RO_FAMILY, 78)}",
}

__all__ = ["WRITERS_BLIND450"]
