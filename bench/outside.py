"""Role accuracy and defect detection on the labelled outside corpus, each part separately.

8090 generated files (4045 shapes x 2 seeds, ``lienthong.quality._corpus``) in shapes the demo city
never uses (other column names, English/Vietnamese/French/Spanish headers, yyyymmdd, d/m/yyyy,
dd-mm-yy, yyyy.mm.dd and Excel serial dates, NFD text, a file with no header row, UTF-8-BOM,
UTF-16, Windows-1258, Latin-1, Excel), each registered as a new user would (``registry
add-source``), profiled, and scanned with the checks its roles call for. 450 parts: 8 tuning
shapes, 8 held-out shapes (looked at since their first measurement), 8 new held-out shapes (looked
at since 18:17, 2026-12-05), 8 fresh held-out shapes (looked at since 19:58), 9 blind held-out
shapes (German, Indonesian, Portuguese, Malay headers, Vietnamese abbreviations, a 40-column
export...; looked at since 20:16), 8 final blind shapes (Vietnamese officialese, Dutch, Italian,
Chilean, romanised Thai headers, units in brackets, ``ID:`` prefixes, notes in several languages;
written 20:25, never used for tuning), 9 lexicon blind shapes (Polish, Turkish, Swedish, Czech,
Romanian, Filipino, romanised Korean and Japanese, Hungarian; written 20:43 before the multilingual
lexicon, never used for tuning), 9 blind 8 shapes (Mexican CURP and RFC, Argentine DNI with dots
and CUIL, Cyrillic and Greek headers with СНИЛС and ΑΜΚΑ, Arabic-script Jordanian, a US camelCase
export with month-first dates, a Vietnamese ethnic-minority registry, romanised Khmer and Lao with
month-name dates, phones with country codes; written 22:18 UTC, 2026-12-05, never used for tuning),
9 blind 9 shapes (a Chinese household register in GBK with 公民身份号码 and ``1985年03月12日``
dates, a Hong Kong hospital's Big5 extract with HKID, Devanagari Aadhaar, Windows-1255 Hebrew ת.ז.,
a Sri Lankan legacy bank export with names with initials and old NICs, Afrikaans, a Finnish Latin-1
school roster with henkilötunnus, Georgian in UTF-16, Bangladeshi with Bengali-digit phones;
written 22:28 UTC, 2026-12-05, never used for tuning), 9 blind 10 shapes (an Icelandic Windows-1252
list with kennitala and patronymic names, an Iranian Excel sheet with کد ملی and Solar Hijri birth
dates, an Urdu UTF-16 list with CNIC, an Amharic NGO list with Fayda numbers, a Burmese list with
NRC and Burmese-digit dates, Armenian with ՀԾՀ, a Kazakh 1C Excel export with ЖСН, a pipe-separated
Swahili TASAF list with NIDA numbers, a Croatian Windows-1250 payroll export with OIB and
``12.03.1985.`` dates; written 22:55 UTC, 2026-12-05, never used for tuning), 9 blind 11 shapes (a
Vietnamese hospital's HIS export to Excel in the XML1 layout with ``yyyymmddHHMM`` birth dates and
1/2 sexes, an Estonian Windows-1257 patient list with isikukood, a Norwegian tab-separated NAV list
with fødselsnummer, a Serbian Cyrillic Windows-1251 list with ЈМБГ, a Mongolian UTF-16 khoroo
register with регистрийн дугаар, an Uzbek Latin-script mahalla list with JShShIR, a Haitian Kreyòl
NGO list with NIU, a Malagasy Latin-1 registry with CIN in groups of three, a Kuwaiti Excel sheet
with bilingual Arabic/English headers and civil ids; written 23:17 UTC, 2026-12-05, never used for
tuning), 9 blind 12 shapes (a Danish kommune list with CPR-nr. and no birth date, a Latvian
ISO-8859-13 tab-separated patient list with personas kods, a Bulgarian Excel patient list with ЕГН
and ``12.03.1985 г.`` dates, a Ukrainian 1C personnel export in KOI8-U with РНОКПП, a Taiwanese
cp950 hospital export with 身分證字號 and ROC dates ``074/03/12``, a Belgian insurer's list with
bilingual Dutch/French headers and rijksregisternummer, a Slovenian election roll with ``NOVAK
Janez`` names, EMŠO and ``12. 3. 1985`` dates, a Catalan ISO-8859-15 padró with DNI/NIE and both
surnames in Cognoms, a New Zealand NHI extract with Iwi and ``12-Mar-1985`` dates; written 23:31
UTC, 2026-12-05, never used for tuning) and 9 blind 13 shapes (a Vietnamese hospital's HIS export
with half-English headers, a contact person and the contact's phone, a Sở GD&ĐT school enrolment
Excel export with pupils' mã định danh and their fathers' and mothers' names, a Windows-1258
tab-separated building-permit applicant list with upper-case accented headers and birth years, a
social-assistance list with ``Số ĐDCN`` and addresses mostly in the two-level form of July 2025, an
Egyptian Windows-1256 Takaful and Karama list with الرقم القومي and four-part names, a Lithuanian
polyclinic list with ``A. k.`` and the family doctor's name, a Swiss payroll list with ``SV-Nr.``
AHV numbers and ``12.03.85`` dates, a Québec employer's list with bilingual NAS / SIN headers, a
pipe-separated Peruvian SIS affiliation list with ``Nro. Doc. Identidad`` and ubigeo; written 01:59
UTC, 2026-12-06, never used for tuning) and 9 blind 14 shapes (a UTF-16 commune police residence
register with the head of household's name and phone and birth years for people born before 1955, a
commune vaccination register in Excel with children's mã định danh and their carers' names and
phones, a Windows-1258 land-title holder list with ``Số GTTT`` and co-owners, an ethnic-minority
commune's voters' list from Đắk Lắk with upper-case headers, an Austrian employer's list with
``VSNR`` and academic titles, an Irish county council housing list with ``PPS No.``, Eircodes and
joint applicants, a Slovak ISO-8859-2 insurer's list with ``RČ`` and ``12. 03. 1985`` dates, a
Singapore residents' list with ``NRIC/FIN No.``, HDB block addresses and next of kin, a Moroccan
CNSS list with French/Arabic headers and ``N° C.N.I.E``; written 02:14 UTC, 2026-12-06, never used
for tuning) and 9 blind 15 shapes (a people's court's list of parties with case numbers, birth
years only, ``CCCD/CMND số`` and the other side's name, a traffic police list of camera-caught
offences with plates, times, the place of the offence and ``Số ĐDCN``, a military-service register
in Excel of young men born in 2008 with their parents' names and no sex column, a tab-separated
pension payment list with proxies and their phones, a Scottish GP practice list with ``CHI No.``
and ``12-Mar-1985`` dates, an Ecuadorian IESS list in Windows-1252 with ``Identificación`` and the
employer's RUC, a Uruguayan health provider's list with ``C.I. Nº`` written ``4.123.456-7``, a
Kenyan SHA register with ``ID/PP No.``, KRA PINs and P.O. Box addresses, a Saudi GOSI list with
English/Arabic headers and ``ID/Iqama No.``; written 02:30 UTC, 2026-12-06, never used for tuning),
9 blind 16 shapes (a power company's customer list in Windows-1258 with ``Mã KH``, meters and the
place the power is used, a district's register of business households in Excel with the shop's
place of business and ``Số định danh cá nhân``, a university's student list with ASCII camel-case
headers, e-mails and a parent's phone, a UTF-16 crew list of fishing boats with the owner's name
and phone, a Nigerian NIMC list with ``NIN``, BVNs and next of kin, a Colombian EPS list in Excel
with ``No. Documento`` and the employer's NIT, a Moldovan CNAM list in Windows-1250 with ``IDNP``,
a Macedonian social-aid list in Windows-1251 Cyrillic with ``ЕМБГ`` and ``12.03.1985 год.`` dates,
a Dominican JCE voters' list with ``Céd. Identidad y Electoral`` written ``001-1234567-8``; written
02:42 UTC, 2026-12-06, never used for tuning), 9 blind 17 shapes (a social-policy bank's borrowers
in Excel with the loan, the amount owed and the heir's name, a driving-test centre's learners in
Windows-1258 with ``Số GTTT`` and ``dd-mm-yyyy`` dates, a blood-donation list with ASCII snake-case
headers and blood groups, a tab-separated list of old people receiving longevity gifts with capital
headers, ``SỐ ĐDCN`` and the carer's name and phone, an Emirati insurer's list with ``EID No.``
written ``784-1985-1234567-1``, a Guatemalan IGSS list in Latin-1 with ``CUI``, a Tunisian CNAM
list in Windows-1256 with French/Arabic headers and ``N° C.I.N``, a Ghanaian NHIS list with ``Ghana
Card PIN`` and GhanaPost GPS digital addresses, a Luxembourg CNS list in Excel with the 13-digit
``Matricule``; written 02:51 UTC, 2026-12-06, never used for tuning), 9 blind 18 shapes (a labour
department's workers sent abroad in Excel with ``Số CC`` and the passport number, a mobile
network's subscribers in Windows-1258 with ASCII capital headers, ``SO_GT`` and ``yyyy/mm/dd``
dates, a UTF-16 list of storm-relief households with the person who collected the money, a vehicle
registry's owners separated by ``|`` with plates, chassis and engine numbers, a Salvadoran ISSS
list in Windows-1252 with ``Número de DUI``, a Costa Rican CCSS list in Excel with ``N° Céd.`` and
landmark addresses, a Portuguese SNS list in Latin-1 with ``Contribuinte n.º``, a Zimbabwean NSSA
list with ``63-2345678 F 42`` IDs and ``12 Mar 1985`` dates, a Kyrgyz FOMS list with Russian
headers and the 14-digit ``ПИН``; written 03:32 UTC, 2026-12-06, never used for tuning) and 9 blind
19 shapes (a job-service centre's unemployment-benefit list in Excel with ``Số sổ BHXH`` and who
collects the money, criminal-record certificate applications in Windows-1258 with the parents'
names and the postcode the certificate goes to, social-housing applications with ``yyyy-mm-dd``
dates and the spouse's name and phone, a notary office's register in UTF-16 with ``Người YC``,
``GTTT`` and ``MBC``, a Bolivian CNS list in Windows-1252 with ``C.I.`` and ``Exp.``, a Nepali
health-insurance list in UTF-16 with Devanagari headers, citizenship numbers and Bikram Sambat
dates, an Azerbaijani DSMF list in Excel with ``FİN`` and ``AZ1010`` postcodes, a Rwandan mutuelle
list with Kinyarwanda headers and the 16-digit ``Indangamuntu``, a Lebanese NSSF list in
Windows-1256 with ``رقم السجل`` and ``محل القيد``; written 04:50 UTC, 2026-12-06, never used for
tuning) and 9 blind 20 shapes (a notary office's contracts in Excel with ``CCCD bên A`` and party
B's name and phone, a hotel's guest declarations in Windows-1258 with ``Số giấy tờ`` and who booked
the room, a library's reader cards with ASCII snake-case headers and ``ma_buu_chinh``, a UTF-16
list of war-merit beneficiaries' allowances with the relative who collects them, a Paraguayan IPS
list in Windows-1252 with ``C.I. N°`` written ``4.567.890``, a Ugandan NSSF list in Excel with the
14-character ``NIN`` and ``P.O. Box`` addresses, a Malaysian PERKESO list with ``No. K/P`` written
``850312-14-5673`` and ``Poskod``, an Algerian CNAS list in Latin-1 with the 18-digit ``NIN`` and
the father's first name, a Macanese FSS list in Big5-HKSCS with Chinese headers and the
``1234567(8)`` BIR; written 04:50 UTC, 2026-12-06, never used for tuning), 9 blind 21 shapes (a
commune's poor and near-poor households in Excel with the ethnic group and the surveying official's
phone, a justice department's criminal-record applicants in Windows-1258 with ``Số CCCD/ĐDCN``,
``dd.mm.yyyy`` dates, both parents and a proxy, the post office's deliveries of administrative
results with ASCII snake-case headers and ``ma_buu_chinh``, a UTF-16 list of unemployment-benefit
decisions with capital headers and ``SỐ SỔ BHXH``, a Honduran Bono Vida Mejor list in Windows-1252
with ``No. IDENTIDAD`` written ``0801-1985-01234``, a Zambian NAPSA list with ``NRC No.`` written
``123456/11/1``, an Iraqi social protection list in Windows-1256 with Arabic headers, the mother's
name and addresses by mahalla, zuqaq and house, a Senegalese CMU mutual's members in Excel with
``N° CNI`` and ``Rue 22 x 17`` addresses, a Jamaican NHF list with ``TRN``, ``12-Mar-85`` dates and
``Kingston 10`` postal zones; written 04:49 UTC, 2026-12-06, never used for tuning) and 9 blind 22
shapes (a university's scholarship recipients with ``MSSV``, the award and a parent's phone, a taxi
company's drivers in Windows-1258 with ASCII capital headers, ``SO_CCCD`` in groups, the driving
licence and the plate, a UTF-16 list of households compensated for land clearance with the parcel,
the sum and who collected it, an agricultural cooperative's members in Excel with ``Số ĐDCN``, the
capital contributed and the heir, a Venezuelan IVSS list in Latin-1 with ``CEDULA`` written
``V-12.345.678``, a Tajik pension list with Tajik headers, the ``РМА`` and the passport number, a
Botswana medical aid list with ``Omang No.``, ``P.O. Box`` addresses and ``12 March 1985`` dates,
an Albanian FSDKSH list in Windows-1250 with ``Nr. personal`` written ``I50312001A`` and
``Atësia``, a Brunei TAP list in Excel with Malay headers and ``No. K/P`` written ``01-234567``;
written 05:20 UTC, 2026-12-06, never used for tuning), 9 blind 23 shapes (a commune's marriage
registrations with ``Số ĐDCN`` and the spouse's name, birth date and identity number, a trade
union's members in Excel with the text apostrophe before ``Số CCCD`` and the group leader's phone,
a district's teachers' payroll in Windows-1258 with ``MST``, ``Số sổ BHXH``, the bank account and
``dd-mm-yyyy`` dates, a UTF-16 list of free health-insurance cards for children under six with
capital headers, the ``TE1`` card number and the guardian's name, identity number and phone, a
Nicaraguan INSS list in Latin-1 with ``No. Cédula`` written ``001-150385-0012A`` and landmark
addresses, a Belarusian FSZN list in Windows-1251 with Russian headers and the 14-character
``Идентификационный номер``, a Mozambican health district's list in Excel with ``N.º do BI`` and
the NUIT, a Syrian social insurance list with Arabic headers, the father's and mother's names and
``ص.ب``, a Bhutanese NPPF list with ``CID No.``, one ``Name`` and Dzongkhag and Gewog; written
05:20 UTC, 2026-12-06, never used for tuning), 9 blind 24 shapes (a market management board's stall
traders in Windows-1258 with commas, ``NS``, ``MST`` and the helper who minds the stall, an
apartment building's residents in Excel with ``CCCD/Hộ chiếu``, the flat and an emergency contact,
a district health centre's tuberculosis patients in UTF-16 with unaccented capital headers, ``SO
THE BHYT`` and the treatment supporter, a youth union's volunteers as a Google Forms export with
the questions as headers and ``Dấu thời gian``, a Guyanese NIS list in Windows-1252 with ``National
ID No.`` and the region in place of a postcode, a Bosnian ZZO list in Windows-1250 with ``JMBG``,
``12.03.1985.`` dates and the insured holder, an Ivorian CMU list in Latin-1 with ``N° CNI``
written ``CI001234567`` and ``01 BP 1234 Abidjan 01`` post boxes, an Afghan cash-assistance list in
Excel with Dari headers, ``نمبر تذکره`` and the father's name, a Fijian FNPF list with tab
separators, ``TIN`` and ``12-03-1985`` dates; written 05:20 UTC, 2026-12-06, never used for tuning)
and 9 blind 25 shapes (a provincial tourism department's tour-guide licences in Excel with ``Số thẻ
HDV``, the languages and real Excel dates, the labour department's work permits for foreign workers
with the passport's name, nationality and ``Số hộ chiếu``, a lottery company's sales agents in
Windows-1258 with unaccented snake-case headers, the deposit and the guarantor, households
registered for rooftop solar power in UTF-16 with accented capital headers, the kWp and the
installer's contact, a Panamanian CSS list in Excel with ``Cédula`` written ``8-123-4567`` and both
surnames, a Qatari HMC health-card list with the 11-digit ``QID``, zone/street/building addresses
and the sponsor, a Namibian SSC list in Windows-1252 with the 11-digit ``ID Number`` and ``Erf``
addresses, a Montenegrin FZO list in ISO-8859-2 with ``JMBG`` and ``Prezime i ime``, a Maldivian
Aasandha list with ``A123456`` ID cards, ``12-Mar-1985`` dates and house names; written 05:33 UTC,
2026-12-06, never used for tuning), 9 blind 26 shapes (an inter-provincial ferry's passenger
manifest with a UTF-8 BOM, semicolons, ``Số CCCD/Hộ chiếu``, the route, ticket and seat and a
relative's phone, a university dormitory's residents in Excel with ``MSSV``, the room and the
parent's name and phone, a vocational school's trainees in Windows-1258 with tab separators, ``Họ
đệm``/``Tên`` and the form teacher, a ward's VNeID level-2 registrations in UTF-16 with unaccented
snake-case headers, ``so_dinh_danh`` and ``yyyy-mm-dd`` dates, a Trinidadian NIB list in
Windows-1252 with ``National ID No.`` beginning with the birth date and light-pole addresses, a
Yemeni welfare list in Windows-1256 with Arabic headers, ``الرقم الوطني``, four-part names and
``ص.ب``, an Angolan INSS list in Excel with ``N.º do BI`` written ``001234567LA041`` and the
parents' names, a Kosovan pension trust list in Windows-1250 with Albanian headers and ``Nr.
personal``, a Mauritian list with tab separators and ``NIC No.`` written ``S1203851234567``;
written 05:32 UTC, 2026-12-06, never used for tuning) and 9 blind 27 shapes (a graduation exam's
candidates in Excel with ``SBD``, the school and a parent, a maternity hospital's newborns in UTF-8
with a BOM and semicolons, the mother's ``CCCD mẹ``, the baby's weight and the father, a cemetery's
burial register in Windows-1258 with ``Năm sinh``, ``Số ĐDCN``, the plot and the relative who
registered the burial, a commune's legal-aid recipients separated by ``|`` with unaccented
snake-case headers and the legal-aid officer, a Belizean SSB list with ``SS No.`` and the district
in place of a postcode, a Libyan family-grant list in Windows-1256 with Arabic headers and the
12-digit ``الرقم الوطني``, a Malawian SCTP list with the eight-character ``National ID``,
``12-Mar-1985`` dates and T/A addresses, a Cypriot ΓεΣΥ list in Excel with Greek headers, ``Αρ.
Ταυτότητας`` and the ``Α.Φ.Τ.`` with its check letter, a Timorese SAII list in Latin-1 with Tetum
headers, the electoral card number and the ``procurador``; written 05:33 UTC, 2026-12-06, never
used for tuning) and 9 blind 28 shapes (a ward's pet-dog registrations in Excel with the dog's name
and breed and the vet officer, a bus company's monthly-pass holders in Windows-1258 with
``dd-mm-yyyy`` dates, the route and an emergency contact, a sports centre's swimming-class members
in UTF-16 with tabs, ``Số định danh`` and the coach, an association of the blind's members in UTF-8
with a BOM and capital headers, the degree of disability and the helper, a Sudanese NHIF list with
Arabic headers, ``الرقم الوطني`` and four-part names, a Turkmen pension-fund list in Excel with
Turkmen headers and the ``I-AŞ 123456`` passport, a Cape Verdean INPS list in Windows-1252 with the
``NIF`` and its mod 11 digit, a Burkinabè CNAMU list in Latin-1 with tabs, ``N° CNIB`` and ``01 BP
1234`` post boxes, a Samoan SNPF list with the member number and village addresses; written 05:55
UTC, 2026-12-06, never used for tuning), 9 blind 29 shapes (households relocated from canal banks
in Excel with the canal, the land taken back and the resettlement, a bank's social-housing loan
customers in UTF-16 with tab separators, ``Số giấy tờ tùy thân``, the credit contract and the
spouse, people doing community service in Windows-1258 with semicolons, ``Số định danh cá nhân``,
the offence and the supervisor, a school's bus-route pupils with a UTF-8 BOM and unaccented
headers, ``Ma dinh danh``, the route, the stop and the parent, a Palestinian cash-transfer list
with Arabic headers and the nine-digit ``رقم الهوية`` with its Luhn digit, a Surinamese SZF list in
Windows-1252 with Dutch headers, ``ID-nummer`` and ``dd-mm-yyyy`` dates, a Congolese CNSS list in
Excel with ``Nom``/``Post-nom``/ ``Prénom`` and ``N° Carte d'électeur``, a Lesotho old-age pension
list with the 12-digit ``ID Number``, ``Ha`` villages and the nominee, an Andorran CASS list in
Latin-1 with Catalan headers, the ``NRT`` and ``AD500`` postcodes; written 05:56 UTC, 2026-12-06,
never used for tuning), 9 blind 30 shapes (a tax office's personal income-tax finalisation filers
in Excel with ``Mã số thuế``, the refund asked for and the authorised person, a district's
street-vendor licences in Windows-1258 with ASCII capital headers, ``NAM SINH`` and the family
member who sells in the holder's place, a hospital's organ-donor registrations in UTF-16 with tabs,
``Số định danh cá nhân``, ``yyyy-mm-dd`` dates and the relative to be told, a commune's
agricultural-extension trainees with abbreviated headers ``NS``, ``GT`` and the trainer, a Bahraini
SIO list in Excel with ``CPR No.`` and its mod 11 digit and Road/Block addresses, a Mauritanian
CNAM list in Windows-1252 with ``NNI``, ``Ould``/``Mint`` names and the moughataa, a Papua New
Guinean NASFUND list with ``NID No.``, ``12-Mar-1985`` dates and Section/Lot addresses, a Togolese
CNSS list in UTF-8 with a BOM, capital French headers, ``NIU`` and ``BP 1234 Lomé``, a
Liechtenstein AHV list in Latin-1 with German headers, ``AHV-Nr.`` and ``12.03.1985`` dates;
written 05:55 UTC, 2026-12-06, never used for tuning) 9 blind 31 shapes (a ward's people with
meritorious service in Excel with the martyr and the monthly allowance, a commune's poor-household
review in Windows-1258 with the household head and the reviewer, a ward police's
temporary-residence registrations in UTF-16 with the landlord, a district library's Koha reader
cards with English field names and a pupil's guarantor, a Cameroonian CNPS list with ``N° CNI``, a
Maltese social-security list in Latin-3 with ``123456M`` cards, a Bahamian NIB list with
``mm/dd/yyyy`` dates, an Eswatini ENPF list with the 13-digit ``PIN``, a Kiribati labour-mobility
pool with passports; written 07:50 UTC, 2026-12-06, never used for tuning), 9 blind 32 shapes (a
health department's medical practising certificates with the scope of practice and the hospital,
social-housing applicants in Windows-1258 with the spouse and the income, a commune's
marital-status certificates with the purpose, a sports centre's athletes in UTF-16 with their
coach, a Sierra Leonean NASSIT list with the NIN, a Seychellois ASP list in Excel with Creole
glosses, a Gabonese CNAMGS list in Windows-1252 with ``N° CNI``, a Burundian INSS list with Kirundi
glosses, a Monegasque CCSS list in ISO-8859-15 with the French NIR; written 07:50 UTC, 2026-12-06,
never used for tuning), 9 blind 33 shapes (a hotel's guest stay declarations with the room, arrival
and departure, a commune's disability certificates in Windows-1258 with the type, degree and
guardian, a judgment-enforcement office's debtors in Excel with the amount and the creditor, a
kindergarten's enrolments in UTF-16 with both parents' names and phones, a Malagasy CNaPS list with
the 12-digit CIN, a Liberian NASSCORP list in Excel with ``mm/dd/yyyy`` dates, a Barbadian NIS list
with the ``yymmdd-nnnn`` National Registration Number, a Djiboutian CNSS list with French/Arabic
headers and a San Marino ISS list in ISO-8859-15 with the ``Codice ISS``; written 07:50 UTC,
2026-12-06, never used for tuning), 9 blind 34 shapes (a traffic police list of fines paid with the
plate, the offence and the officer, a private university's graduates in Windows-1258 with the
degree serial and the parent who paid, a fishing port's crew departure declarations in Excel with
the boat's owner, a ward's elderly cared for at home in UTF-16 with the carer, an Australian list
with the Medicare number and its check digit, the CRN and suburb, state and postcode apart, a
Brazilian social register in Windows-1252 with the CPF and CEP, a Beninese CNSS list in Excel with
the 10-digit NPI, a Comorian CPS list with French/Arabic/Shikomori headers and a Solomon Islands
NPF list in UTF-16; written 08:05 UTC, 2026-12-06, never used for tuning), 9 blind 35 shapes (a
notary office's contracts in Excel with the other party, a ward's drug-rehabilitation list in
Windows-1258 with the guarantor, a blood bank's donors in UTF-16 with the receiving hospital, a
commune's land-use certificate holders with ``Số CMND`` and the parcel, a Chadian CNPS list in
Windows-1256 with French/Arabic headers and the ``NNI``, an Eritrean pension list with Tigrinya
names in Ge'ez script, a Gambian SSHFC list in Excel with the ``NIN``, a Grenadian NIS list without
a national id and a Vanuatu VNPF list in Latin-1 with Bislama headers; written 08:05 UTC,
2026-12-06, never used for tuning), 9 blind 36 shapes (an industrial park's lodged workers in Excel
with the employer and its address, a district court's divorce cases in Windows-1258 with the
defendant, a ward's pet vaccinations in UTF-16 with the pet and the vet, a vocational college's
scholarships with the bank account and the guardian, a Somali cash-transfer list with the NIRA
number and the gobol, an Equatoguinean INSESO list in Windows-1252 with the ``DIP``, a Central
African CNSS list in Excel with ``N° CNI`` and the arrondissement, a Santomean INSS list in Latin-1
with ``N.º BI`` and a Tuvaluan TNPF list in UTF-16 with the passport; written 08:02 UTC,
2026-12-06, never used for tuning), 9 blind 37 shapes (a ward's death registrations in Windows-1258
with the declarant, an adult vaccination book with the site and its address, a driving licence
register in Excel, an apartment block's parking cards in UTF-16, an English adult social care list
with the NHS and NI numbers, a US clinic with the SSN and month-first dates, a Nigerien CNSS list
in Excel, a Palauan SSA list in UTF-16 with the passport and a Saint Lucian NIC list; written 08:26
UTC, 2026-12-06, never used for tuning), 9 blind 38 shapes (a commune's birth registrations in
Excel with the newborn's personal id number and both parents, state-housing tenants in Windows-1258
with the lease and the rent, a marathon's runners in UTF-16 with the bib and the emergency contact,
a hospital's discharges with the ICD-10 code and the doctor, a Marshallese MISSA list, a
Micronesian overseas-worker registry with the passport, the state and the ZIP, a Bissau-Guinean
INPS list in Latin-1 with ``N.º BI``, a Congolese CNSS list in Windows-1252 with ``N° CNI`` and an
Antiguan Social Security list in Excel with the parish; written 08:24 UTC, 2026-12-06, never used
for tuning) and 9 blind 39 shapes (e-commerce sellers' tax declarations with camelCase headers and
the shop and platform, a social protection centre's residents in Excel with the sponsor, a ward's
voter list in Windows-1258 with the polling station, post-office pensioners in UTF-16 with the
pension book and the person who collects, a Nauruan welfare list with the passport, a Vincentian
NIS list in Excel, a Kittitian Social Security list in UTF-16, a Guinean CNSS list in Latin-1 with
the NIN and a Dominican list with English/Kwéyòl headers; written 08:25 UTC, 2026-12-06, never used
for tuning), 9 blind 40 shapes (a ward's internet-subsidy households in Windows-1258 with the
account and the meter, a hospital's chronic patients in Excel with the commune health station,
labour-export trainees in UTF-16 with the destination and the guarantor, a commune's
military-service exemptions with the decision, an Irish list with the PPS number and Eircode, a New
Zealand list in Excel with the IRD number and NHI, an Israeli list with Hebrew headers in
Windows-1255, a Japanese list in Shift_JIS with 和暦 dates and a Kenyan SACCO list with
Swahili/English headers; written 08:41 UTC, 2026-12-06, never used for tuning), 9 blind 41 shapes
(a provincial tax department's personal income tax debtors with the withholding employer, a ward's
children under six for free health insurance cards in Excel with the mother's CCCD, a city's boat
and ferry licences in Windows-1258 with the vessel, a residents' association contribution book in
UTF-16 with the collector, a Korean NHIS list in CP949 with 주민등록번호, a Pakistani BISP list
with the CNIC, a Peruvian SUNAT list in Excel with the DNI and the RUC, a Polish welfare list in
Windows-1250 with the PESEL and an Egyptian Takaful and Karama list in Windows-1256; written 08:40
UTC, 2026-12-06, never used for tuning), 9 blind 42 shapes (a festival's volunteers from a Google
Form, a ward's fire-support list in Excel, a commune's cattle owners in Windows-1258 with the ear
tag and the vet, released prisoners in UTF-16 with the sentence, an Indian list with the Aadhaar
and the PAN, a Nigerian KYC list with the NIN and the BVN, a German payroll in Latin-1 with the
Steuer-ID, a Spanish padrón with the DNI or NIE and a Turkish list in Windows-1254 with the TC
Kimlik No; written 08:40 UTC, 2026-12-06, never used for tuning), 9 blind 43 shapes (a ward's
households relocated for a metro line in Excel, a district's karaoke and bar licences in
Windows-1258 with the venue, a city's organ waiting list in UTF-16 with the transplant centre, a
commune's ethnic-minority boarding pupils, a Mexican padrón with the CURP and the INE clave, a
Philippine 4Ps list with the PhilSys PCN and the SSS number, a Cambodian IDPoor list with Khmer
headers, a Ukrainian IDP aid list in Windows-1251 with the РНОКПП and a Ghanaian NHIS list with the
Ghana Card; written 09:05 UTC, 2026-12-06, never used for tuning), 9 blind 44 shapes (a hospital
booking app's export with snake_case headers, a ward's rooftop-garden subsidies in Excel, reservoir
hunting and fishing permits in Windows-1258, foreigners staying with a family in UTF-16 with the
passport, an Argentine list with the DNI and CUIL, an Indonesian list in Excel with the NIK and KK,
a Thai list in CP874 with Buddhist-era dates, a Romanian list in Windows-1250 with the CNP and a
Moroccan list with the CIN; written 09:05 UTC, 2026-12-06, never used for tuning), 9 blind 45
shapes (a district's address updates after the 2025 merger with the old and the new address,
private kindergarten teachers in Excel with their certificates, cyclo and tricycle drivers in
Windows-1258 with the cooperative, methadone patients in UTF-16 with the clinic, a Swedish list
with the personnummer, a Dutch list with the BSN, a Chilean list in Excel with the RUN, a Saudi
list with the ID or iqama and Hijri birth dates and an Uzbek list with the PINFL; written 09:05
UTC, 2026-12-06, never used for tuning), 9 blind 46 shapes (a ward police's boarding-house lodgers
in Windows-1258 with the landlord, a district hospital's discharges in Excel with the diagnosis and
a relative, a commune's scholarship pupils in UTF-16 with a parent's columns, a company's
social-insurance enrolment list with the BHXH code and the personal tax code, a Hungarian GP list
in Windows-1250 with the TAJ and the személyi azonosító, a Czech care-allowance list in ISO-8859-2
with the rodné číslo, a Cuban family-doctor register with the carné de identidad, a Greenlandic
housing list with the CPR and Greenlandic/Danish headers and a Puerto Rican PAN list in Excel with
the SSN and bilingual headers; written 10:40 UTC, 2026-12-06, never used for tuning), 9 blind 47
shapes (a commune's flood relief in Windows-1258 with the head of household and the members,
driving licences in Excel with the licence number beside the CCCD, disability allowances in UTF-16
with the carer, exchange students' Vietnamese hosts with the student's columns, a Welsh Blue Badge
list with bilingual headers and the NI number, a Catalan rental-aid list in Windows-1252 with the
DNI or NIE and the landlord, a Zanzibar TASAF list with Swahili headers and the ZanID, a Tatarstan
list in Windows-1251 with the СНИЛС and the passport series and a New Caledonian medical-aid list
with the CAFAT number; written 10:40 UTC, 2026-12-06, never used for tuning), 9 blind 48 shapes (a
ward's census follow-up in Excel with the household head, a district court's divorce cases in
UTF-16 with both parties, a health station's pregnant women with the husband, a border guard
station's fishermen in Windows-1258 with the boat's owner, a Faroese list in Latin-1 with the
P-tal, a Curaçao SVB list in Excel with Papiamentu headers and the sedula, an Isle of Man benefit
list with the NI number, a Sabah welfare list with Malay headers and the MyKad and a Kurdistan
Region list with Sorani headers and the national card; written 10:40 UTC, 2026-12-06, never used
for tuning), 9 blind 49 shapes (a ward's licensed sidewalk vendors in UTF-16 with the pavement
spot, a province's returned overseas contract workers in Excel with the passport beside the CCCD
and a relative, a power company's rooftop solar contracts with ASCII capital headers and the
personal tax code, a bank's borrowers in Windows-1258 with the guarantor's CCCD, an Åland
boat-berth list with Swedish headers and the personbeteckning, a South Tyrol housing ranking in
Excel with German/Italian headers and the codice fiscale, a Jeju tangerine-farm register in CP949
with the resident registration number, a French Polynesian CPS list with French/Tahitian headers
and the DN and a Bermuda financial-assistance list with the social insurance number and month-name
dates; written 10:48 UTC, 2026-12-06, never used for tuning), 9 blind 50 shapes (a ward's longevity
gifts in Windows-1258 with the relative who receives them, a district's land-use right certificates
in Excel with the co-owning spouse and the plot's address, a commune's militia in UTF-16, a
school's parents' association with the pupil's columns and unaccented headers, a Flemish carer's
allowance list in Windows-1252 with the rijksregisternummer and street, number and box apart, a
Ticino premium-subsidy list in Excel with the AVS number, an Okinawan benefit list in Shift_JIS
with the My Number, era birth dates and kana names, a Kerala pension list with Malayalam/English
headers and the Aadhaar and a Tigray safety-net list with Tigrinya headers and Ethiopian-calendar
dates; written 10:48 UTC, 2026-12-06, never used for tuning), 9 blind 51 shapes (a ward's marriage
register in Excel with both spouses, a tax office's household businesses in Windows-1258 with the
owner's and the business's addresses, a commune's people of revolutionary merit in UTF-16 with the
martyr's columns, a port authority's seafarers' certificates with bilingual headers, a Basque
guaranteed-income list with Basque/Spanish headers and the DNI, a Réunion register in Windows-1252
with the NIR, a Somaliland drought-aid list with Somali and Arabic headers, a Bangsamoro payout
list in Excel with the PhilSys number and month-first dates and an Alaska Native corporation's
shareholder roll with the SSN; written 10:49 UTC, 2026-12-06, never used for tuning), 9 blind 52
shapes (a ward's military call-ups in Excel with both parents, a university's graduates in UTF-16
with the diploma, a tax office's income tax settlements in Windows-1258 with the dependant's
columns, a commune's fertiliser subsidies with years of birth, a Tasmanian list with the Medicare
number and the IRN apart, an Ontario list in Excel with English/French headers and the OHIP number,
a Bavarian list in Windows-1252 with the Steuer-ID, a Martinique list with the NIR and a Xinjiang
list with Uyghur/Chinese headers, the 身份证 and two name columns; written 10:55 UTC, 2026-12-06,
never used for tuning), 9 blind 53 shapes (a district police's motorbike registrations in Excel
with the seller's columns, a maternity hospital's newborns in UTF-16 with the mother as the record
and the father's columns, a ward's voters' list in Windows-1258, a labour office's unemployment
benefits with unaccented headers and the former employer, a Walloon CPAS list in Windows-1252 with
the NISS, a Galician RISGA list in Excel, a Sámi home-care list with Northern Sami/Norwegian
headers and the fødselsnummer, a Dagestan list in Windows-1251 with the ИНН beside the СНИЛС and a
Corsican APA list with the NIR; written 10:54 UTC, 2026-12-06, never used for tuning), 9 blind 54
shapes (a tourism department's tour-guide cards in Excel, a district's food-safety certificates in
Windows-1258 with the owner and the business, a commune's death register in UTF-16 with the
declarant, a school's health checks with the BHYT card and a parent, a Queensland admissions list
with the UR and Medicare numbers, a British Columbia immunisation list with the PHN, a Breton CCAS
list with French/Breton headers and the NIR, an Inner Mongolian subsidy list in Excel with
Chinese/Mongolian headers and the 身份证 and a Mayotte CSSM list with the NIR; written 10:54 UTC,
2026-12-06, never used for tuning), 9 blind 55 shapes (a ward's garbage-fee households in
Windows-1258, a district's construction permits in Excel with the plot and the contractor, a
commune's elderly living alone in UTF-16 with the relative who looks after them, a driving school's
students with capital unaccented headers, an Azores pension list with the NIF beside the utente and
NISS numbers, a Sicilian list in Excel with the codice fiscale beside the tessera sanitaria, a
Tamil Nadu list with Tamil/English headers, the Aadhaar and the ration card, a Guadeloupe APA list
in Windows-1252 with the NIR and a Cayman Islands assistance list with no national id and
month-name dates; written 11:06 UTC, 2026-12-06, never used for tuning), 9 blind 56 shapes (a
commune's housing support in Windows-1258 with the household head, a notary office's sale contracts
in Excel with the buyer as the record and the seller's columns, ride-hailing drivers in UTF-16 with
the vehicle's registered owner, a bank's savings accounts with capital core-banking headers and the
co-holder, a Canary Islands list in Windows-1252 with the NIE, a Tibetan list with Tibetan/Chinese
headers, the 身份证 and the name in both scripts, a Sarawak list in Excel with Malay/Iban headers
and the MyKad, a Gagauz list with Romanian/Russian/Gagauz headers and the IDNP and a Hawaiian
Med-QUEST list with English/Hawaiian headers; written 11:08 UTC, 2026-12-06, never used for
tuning), 9 blind 57 shapes (a district hospital's transfers in UTF-16 with the escorting relative,
a commune's cattle vaccinations in Windows-1258 with unaccented headers, a university's doctoral
candidates in Excel with the supervisors, a ward's social protection at home with the caregiver, a
Yucatán list in Windows-1252 with Spanish/Maya headers and the CURP, an Amazonas list with the CPF
beside the CNS, a West Bengal list with Bengali headers, the Aadhaar and the EPIC, a Sindh list
with Sindhi/Urdu headers and the CNIC and a Lagos list in Excel with Yoruba/English headers and the
NIN; written 11:06 UTC, 2026-12-06, never used for tuning), 9 blind 58 shapes (a ward's fire-safety
inspections of homes with a shop in Excel, a district's adoption register in UTF-16 with the
spouse's and the child's columns, a commune's clean-water connections in Windows-1258 with
unaccented headers, a company payroll with the personal tax code and the BHXH book, a Northern
Ireland community care list with English/Irish headers and the H&C number, a Tyrol benefits list in
Windows-1252 with the Sozialversicherungsnummer, a Hokkaido health-check list in Shift_JIS with the
insurance card and the My Number and kanji and kana names, a Mendoza health-fund list in Excel with
the DNI beside the CUIL and a Sardinian list with Italian/Sardinian headers and the codice fiscale;
written 11:13 UTC, 2026-12-06, never used for tuning), 9 blind 59 shapes (a ward's
permanent-residence transfers in Windows-1258 with the old and the new address and the household
head, a school's teachers in Excel by title and salary grade, a hospital's on-call roster in UTF-16
with no birth date, a ward's women's union members with the husband, a Vilnius polyclinic list with
the asmens kodas, an Andalusian RMISA list in Windows-1252 with the DNI beside the NUSS, a Québec
enrolment list with the RAMQ number, a Guernsey contributions schedule with English/French headers
and a Chittagong allowance list in Excel with Bengali headers and 10- or 17-digit NIDs; written
11:13 UTC, 2026-12-06, never used for tuning), 9 blind 60 shapes (a health department's practising
licences in Excel with the clinic and its head, a commune's vitamin A round in Windows-1258 with
the child as the record and the mother's columns, an owners' committee election in UTF-16 with the
flat and the proxy, a ward's parking permits with the vehicle, a Mombasa SHA list with
Swahili/English headers and the national ID beside the SHA number, a Lapland home-care list with
Finnish/Northern Sami headers and the henkilötunnus, a Busan home-visit list in CP949 with the
resident registration number, a Rio de Janeiro CadÚnico list in Windows-1252 with the CPF beside
the NIS and a Cebu Konsulta list in Excel with Cebuano/English headers and the PhilSys number;
written 11:14 UTC, 2026-12-06, never used for tuning), 9 blind 61 shapes (a ward's Tết gifts in
Excel with the household's members in one cell, a district's legal aid in Windows-1258 with the
lawyer and the other party, a health station's hypertension and diabetes patients in UTF-16,
vocational trainees with the sponsoring employer's columns, a Transylvanian list in Excel with
Romanian/Hungarian headers and the CNP, a Western Australian list in Windows-1252 with the
Centrelink CRN, a Saxon home-care list with the Krankenversichertennummer and the guardian, a
Valparaíso list with the RUT and a Penang list with Malay/Chinese headers and the MyKad; written
11:21 UTC, 2026-12-06, never used for tuning), 9 blind 62 shapes (a ward's community service in
Windows-1258 with the supervising officer, a district's tax-exempt household businesses in Excel
with the business's and the owner's addresses, a blood drive in UTF-16 with blood groups, a
commune's elderly given free health insurance cards with unaccented headers and the person who
collected the card, a Brussels list in Windows-1252 with French/Dutch headers and the NISS, a
Valencian list with the DNI beside the SIP, an Anatolian list in Windows-1254 with the T.C. Kimlik
No, a Maharashtra list with Marathi/English headers, the Aadhaar and the PAN and a Javanese list in
Excel with the NIK, the family card and the BPJS number; written 11:21 UTC, 2026-12-06, never used
for tuning), 9 blind 63 shapes (a ward's near-poor households in Windows-1258 with scores,
school-bus drivers and attendants in Excel, insured hospital patients in UTF-16 with the referring
facility, land compensation payments with a proxy's columns, a Lombard list in Windows-1252 with
the codice fiscale beside the CRS card, a Bohemian list in Windows-1250 with the rodné číslo, a
Nizhny Novgorod list in Windows-1251 with the СНИЛС beside the polis and the passport, a Manitoba
list with English/French headers and the PHIN and a Gauteng list in Excel with
English/Afrikaans/Zulu headers and the 13-digit ID; written 11:21 UTC, 2026-12-06, never used for
tuning), 9 blind 64 shapes (a Hạ Long ward's typhoon cash support in Excel, criminal-record
certificate requests in Windows-1258 with the parents' names, youth union volunteers in UTF-16 with
unaccented headers and an emergency contact, a private clinic's patients with the referring doctor,
a Lisbon affordable-rent list in Windows-1252 with the cartão de cidadão beside the NIF, a Kraków
welfare list in Windows-1250 with the PESEL and the identity card, an Attica list in Windows-1253
with the AMKA beside the ΑΦΜ, an Istanbul list in Windows-1254 with the T.C. Kimlik No and a
Nairobi list in Excel with the national ID beside the KRA PIN; written 11:30 UTC, 2026-12-06,
measured at the session's last rules, looked at from 13:50), 9 blind 65 shapes (households
relocated for a road project in Windows-1258 with merged plot headers, newborn hearing screenings
in Excel with the mother as the record, rural vocational trainees in UTF-16, street-food vendors
with unaccented headers and the selling spot, a Cairo list in Windows-1256 with the 14-digit
national number, a Lima list with the DNI and its check character apart, a Vientiane list with Lao
headers, the ID card, the family book and the passport, a Dhaka list with Bengali headers and
digits, the NID and the birth registration number and an Almaty list in Excel with Kazakh/Russian
headers and the ИИН; written 11:30 UTC, 2026-12-06, measured at the session's last rules, looked at
from 13:50), 9 blind 66 shapes (households with a member abroad sending money, teacher transfers in
Excel with the old and the new school, beekeepers and fish farmers in Windows-1258 with unaccented
headers, organ donors in UTF-16 with a family witness, a Manila list with the PhilSys number beside
the SSS and TIN, a Bogotá list in Windows-1252 with the cédula or NUIP, a Tbilisi list with
Georgian headers, an Ulaanbaatar list in Excel with Mongolian Cyrillic headers and the registration
number and an Auckland list with English/Māori headers and the NHI; written 11:28 UTC, 2026-12-06,
measured at the session's last rules, looked at from 13:50), 9 blind 67 shapes (a commune's poor
and near-poor household review in Excel with the household head, blood donors in UTF-16, dormitory
residents with unaccented headers and the guardian, civil judgement enforcement cases in
Windows-1258 with the debtor as the record and the creditor, a Thai old-age allowance list with the
13-digit ID and Buddhist-era dates, a Lao health insurance list with Lao headers and the family
book, a Maldivian housing list with Dhivehi/English headers and names in both scripts, a Ghanaian
LEAP list with the Ghana Card and digital addresses and a Uruguayan list in Windows-1252 with the
cédula; written 13:48 UTC, 2026-12-06, never used for tuning), 9 blind 68 shapes (a ward's dog and
cat register in Excel with the owner as the record, extension course trainees in Windows-1258,
veterans in UTF-16 with enlistment years, job seekers with unaccented short headers and the last
employer, a Rwandan VUP list with Kinyarwanda/English/French headers and the 16-digit ID, a Zambian
market list in Excel with the NRC, an Ecuadorian bono list with the cédula beside the
representative's, an eThekwini list with English/Afrikaans/isiZulu headers and the 13-digit ID and
a Timorese Bolsa da Mãe list in Latin-1 with Tetum/Portuguese headers; written 13:48 UTC,
2026-12-06, never used for tuning), 9 blind 69 shapes (temporary-house replacement support in
Excel, driving-licence medical checks in UTF-16, pension payouts in Windows-1258 with the
authorised receiver, citizen complaints with the representative, an Azerbaijani list with the FIN
beside the card number, an Albanian list with the NID, a Dominican list in Windows-1252 with the
cédula beside the NSS, a Fijian FNPF list in Excel with English/iTaukei/Fiji Hindi headers and a
Luxembourg list with the 13-digit matricule; written 13:53 UTC, 2026-12-06, never used for tuning),
9 blind 70 shapes (an agricultural cooperative's members in Excel, VNeID level-2 activations in
UTF-16 with the activating officer, monthly bus passes with unaccented headers and the school or
employer, severe-disability allowances in Windows-1258 with the carer, a Sri Lankan welfare list
with Sinhala/English headers and the 12-digit NIC, a Cambodian poor-household list with Khmer
headers and names, a Belarusian list in Windows-1251 with the identification number beside the
passport, a Senegalese mutual with the CNI and a Panamanian list in Windows-1252 with the cédula;
written 14:01 UTC, 2026-12-06, never used for tuning), 9 blind 71 shapes (civil servants' asset
declarations in Windows-1258 with the spouse's columns, near-poor households' BHYT cards in Excel,
ethnic-minority boarders' scholarships in UTF-16 with the parents, boarding-house inspections with
the landlord as the record, a Costa Rican list with the cédula, a Jamaican list in Excel with the
TRN beside the NIS, a Lebanese list with Arabic/French headers and the civil registry number, a
Tajik list in Excel with the passport beside the ИНН and a Papua New Guinean list with English/Tok
Pisin headers and the NID; written 14:01 UTC, 2026-12-06, never used for tuning), 9 blind 72 shapes
(an industrial park's trade union members in Excel with the employer's address, elderly health
checks in Windows-1258, land clearance compensation in UTF-16 with the co-owner, traffic violations
with tabs and the officer, a Bhutanese Kidu list with Dzongkha/English headers and the CID, a
Kyrgyz list with the ПИН, an Algerian list in Excel with Arabic/French headers and the NIN, a
Bolivian list in Windows-1252 with the carnet and its complement and a Surinamese list with
Dutch/Sranan headers; written 14:01 UTC, 2026-12-06, never used for tuning), 9 blind 73 shapes
(social housing applicants in Excel with the spouse's columns, a rice-land protection subsidy in
Windows-1258, dialysis outpatients in UTF-16 with the escorting relative, student accident
insurance with unaccented headers and the parent, a Nicaraguan list in Excel with the cédula, a
Honduran list in Windows-1252 with the DNI, a Guatemalan list with Spanish/K'iche' headers and the
CUI, a Trinidadian list with the national ID beside the BIR number and a Guyanese list with the ID
card beside the NIS number; written 14:09 UTC, 2026-12-06, never used for tuning), 9 blind 74
shapes (marital status confirmations in Excel with the intended spouse, extra-tutoring licences in
Windows-1258 with the teaching place, rabies vaccinations in UTF-16 with the animal's owner,
residents' group leaders with unaccented headers, a North Macedonian list with Cyrillic headers and
the ЕМБГ, a Kosovan list in Windows-1250 with Albanian/Serbian headers, a Cypriot list in Excel
with Greek/English headers and the ID card beside the social insurance number, a Liechtenstein list
with the AHV number and a Monégasque list in Windows-1252 with the residence card beside the CCSS
number; written 14:12 UTC, 2026-12-06, never used for tuning), 9 blind 75 shapes (irrigation fee
exemptions in Excel, online temporary-residence registrations in UTF-16 with the landlord,
excellent pupils' awards in Windows-1258 with the teacher, cultured-family titles with tabs, an
Omani list with Arabic/English headers and the civil number, a Qatari list with the QID, a Bahraini
list in Excel with the CPR, a Saudi list with Arabic headers, the ID or iqama and Hijri dates and
an Emirati list in UTF-16 with the Emirates ID and names in both scripts; written 14:09 UTC,
2026-12-06, never used for tuning), 9 blind 76 shapes (a ward's CCCD re-issue list in Excel with
the old CMND, forest protection contracts in Windows-1258 with birth years, a tuberculosis register
in UTF-16 with the DOT supervisor, residential land allocations with unaccented headers and the
co-user spouse, a Mozambican list with the BI, an Angolan Kwenda list in Excel with the BI, a
Botswana Ipelegeng list with English/Setswana headers and the Omang, an Eswatini grant list with
English/siSwati headers and the PIN and a Liberian list with the national ID and month-first dates;
written 14:18 UTC, 2026-12-06, never used for tuning), 9 blind 78 shapes (rice crop insurance in
Excel, orphans in UTF-16 with the guardian who receives the money, scholarship bank transfers in
Windows-1258 with the account holder, flood evacuation with tabs and the household head, a Bruneian
list with Malay/English headers and the IC, a Macanese list with Portuguese/Chinese headers and the
BIR, a Solomon Islands list in Excel with English/Pijin headers and the voter ID beside the NPF
number, a Vanuatu list with Bislama/English/French headers and a Jaffna list with Tamil/English
headers and the old NIC; written 15:04 UTC, 2026-12-06, never used for tuning), 9 blind 77 shapes
(temporary residents in Windows-1258 with the host, hospital transfers with the receiving
hospital's address, clean-water subsidies in Excel with birth years, commune militia in UTF-16, a
Palestinian list with Arabic headers and the ID, an Afghan list with Dari/Pashto headers, the
e-Tazkira and Solar Hijri dates, a Turkmen list in Excel with the passport, a Yemeni list in
Windows-1256 and a South Sudanese list with the alternate payee; written 16:14 UTC, 2026-12-06,
never used for tuning), 9 blind 79 shapes (disability allowances in Excel with the carer, teachers'
BDTX certificates in Windows-1258, a death register in UTF-16 with the declarant, boarding-house
owners with the rental building's address, an Aruban list with Papiamento/Dutch headers and the
persoonsnummer, a Gibraltar housing list in Excel with the joint applicant, a Jersey list with the
social security number, an Eswatini referral list with siSwati/English headers and an Ivorian list
in Latin-1 with the NNI; written 16:12 UTC, 2026-12-06, never used for tuning), 9 blind 80 shapes
(labour-export trainees in Excel with the guarantor, lump-sum household tax in Windows-1258 with
the business address, construction-practice certificates, Decree 67 fishermen in UTF-16 with the
boat owner, a Somali list with the mother's name, a Comorian list with French/Comorian headers, a
Mauritian list in Excel with the NIC, a Maldivian list with Dhivehi/English headers and names in
both scripts and a Montenegrin list in Windows-1250 with the JMBG; written 16:15 UTC, 2026-12-06,
never used for tuning), 9 blind 81 shapes (organ and stem-cell donors with the consenting relative,
administrative fines in Windows-1258, new-rural-area support in Excel with birth years, online
school fees with the paying parent as the record, an Omani list with the civil number, a Qatari
list in Excel with the QID, a Bahraini list in UTF-16 with the CPR and the spouse's, a Libyan list
in Windows-1256 with the mahram and a Sudanese list of displaced families; written 16:14 UTC,
2026-12-06, never used for tuning), 9 blind 82 shapes (people's mediators with the team leader,
re-issued land certificates in Windows-1258 with the spouse, citizens returning at the border in
Excel with the passport, retirees' Tết gifts in UTF-16, a Cameroonian list with French/English
headers and the CNI, a Gabonese list in Windows-1252 with the NIP, a Congolese list with the voter
card and the host family's address, an Angolan list with the BI and the spouse and a Namibian list
with English/Afrikaans headers and the 11-digit ID; written 16:12 UTC, 2026-12-06, never used for
tuning), 9 blind 83 shapes (craft villages' recognised artisans in Excel, prison visitors in UTF-16
with the prisoner, literacy-class learners in Windows-1258 with unaccented headers, a ward's
mediation register with the other party, a Tamil Nadu CMCHIS list with Tamil/English headers, the
Aadhaar and S/o names, a Jakarta kelurahan's newcomers in Excel with the NIK and KK and the
landlord, a Quezon City barangay's senior citizens with month-first dates, a Khon Kaen welfare-card
list in CP874 with Buddhist-era dates and a Yokohama ward office's moving-in notices in cp932 with
Japanese-era dates and the My Number; written 16:25 UTC, 2026-12-06, never used for tuning), 9
blind 84 shapes (civil-status corrections in Excel with who asked, a pawnshop register in
Windows-1258, pardoned prisoners in UTF-16 with the person assigned to help, temporary-absence
declarations with unaccented headers, a Recife school's EJA list in Windows-1252 with the CPF
beside the SUS card and both parents, a Culiacán water utility's customers in Excel with the CURP
and the premises' owner, a Santiago university's students with the RUN and an emergency contact, a
Córdoba prison's visitors with the inmate and a Juliaca mototaxi register in UTF-16 with the DNI;
written 16:25 UTC, 2026-12-06, never used for tuning), 9 blind 85 shapes (a provincial archive's
readers, passport applications in Excel with the old passport, community mental-health patients in
Windows-1258 with birth years and the carer, teacher recruitment candidates in UTF-16, a Rennes
electoral list in Windows-1252 with the birth and married names, a Berlin Bürgeramt list with the
Steuer-IdNr. and the landlord, a Bologna CIE list in Excel with the codice fiscale, a Zaragoza SEPE
list with the DNI or NIE and a Lublin ZUS list in Windows-1250 with the PESEL and the person
authorised to collect; written 16:25 UTC, 2026-12-06, never used for tuning), 9 blind 86 shapes
(lost-CCCD reports in Windows-1258, households giving land for rural roads in Excel, grade-10
admissions in UTF-16 with a parent, a grassroots mediation book with the other party's address, a
Russian МФЦ list in Windows-1251 with the СНИЛС, the passport and the dwelling's owner, a Ukrainian
ЦНАП list in Excel with the РНОКПП and the damaged property's address, a Kazakh akimat list with
Kazakh/Russian headers and the ИИН, an Uzbek hokimiyat list in Cyrillic with the ЖШШИР and a
Georgian polyclinic list with the personal number and a contact person; written 16:25 UTC,
2026-12-06, never used for tuning), 9 blind 87 shapes (pupils receiving bicycles in Excel with the
homeroom teacher and a Nữ column, first-aid trainees in Windows-1258, tobacco retail licences with
the stall's address, landslide-damaged households in UTF-16, a Cuyahoga County SNAP list with the
SSN, ZIP+4 and the authorised representative, an Ontario long-term-care waitlist with the health
number and its version code, an English NHS continuing-care list in Excel with the NHS and NI
numbers and next of kin, a Sydney school's medical list with the Medicare number and the parent and
a Kebbi State farmers' list with English/Hausa headers, the NIN and the BVN; written 16:24 UTC,
2026-12-06, never used for tuning), 9 blind 88 shapes (voluntary social insurance contributors in
Excel with the collector, electricity support in Windows-1258 with who received it, factory
workers' rent support with the rented room and the landlord, dengue cases in UTF-16 with the school
or workplace, a Beijing street office's medical insurance list in GB18030 with the 公民身份号码 and
the 户籍地址, a Hong Kong housing list in Excel with English/Chinese names and the spouse, a Tainan
low-income list with ROC dates and the 里, a Seoul coupon list in UTF-16 with the 주민등록번호 and
the household head and an Ulaanbaatar family health centre's patients with the регистрийн дугаар
and a contact person; written 16:33 UTC, 2026-12-06, never used for tuning), 9 blind 89 shapes (a
ward's security team members in Excel, Agent Orange victims in Windows-1258 with the caregiver,
coffee replanting support in UTF-16, lean-season rice relief with unaccented headers and who
collected it, a Turkish İŞKUR list in Windows-1254 with the T.C. Kimlik No and the father's name,
an Iranian relief list with the کد ملی, Solar Hijri dates and Persian digits, a Haifa arnona list
in UTF-16 with the ת.ז., an Egyptian ration-card register in Excel and a Moroccan earthquake aid
list in Windows-1256 with French/Arabic headers and the CIN; written 16:38 UTC, 2026-12-06, never
used for tuning), 9 blind 90 shapes (APEC business travel card applicants in Windows-1258 with the
firm's tax code and head office, security guards in UTF-16 with the guarantor, broker exam results
with unaccented headers, translation collaborators in Excel, a Kisumu boda boda register with
Swahili/English headers, a Temeke loan list in Excel with the NIDA number, an Amhara health
insurance register with Amharic headers, the Fayda FIN and Ethiopian dates, a Ghanaian YEA payroll
with the Ghana Card PIN and the SSNIT number and a Drakenstein housing list in Windows-1252 with
the 13-digit ID and the spouse's; written 16:39 UTC, 2026-12-06, never used for tuning), 9 blind 91
shapes (factory workers' rent support in Excel with the landlord, ARV patients in UTF-16 with the
treatment supporter, land auction bidders in Windows-1258 with the person authorised to bid,
voluntary social insurance contributors, a Zwolle tax-remission list with the BSN, the
tussenvoegsel and the bewindvoerder, a Namur social-housing list in Excel with the registre
national number, an Umeå färdtjänst list with the personnummer and c/o lines, a Helsinki parking
list in UTF-16 with Finnish/Swedish headers and the henkilötunnus and an Aarhus jobcenter list in
Windows-1252 with the CPR-nummer and the employer's CVR; written 16:40 UTC, 2026-12-06, never used
for tuning), 9 blind 92 shapes (electricity support in Windows-1258 with who collected it, a
defence course in Excel with the home town, voluntary social insurance contributors with tabs,
workers' rent support in UTF-16 with the landlord, a Iași staff register with the CNP and the
identity card's series, a Borsod public works list in ISO-8859-2 with the TAJ, the személyi
azonosító and the adóazonosító jel, a Brno tenants' list in Windows-1250 with the rodné číslo, a
Thessaloniki home-help list in Windows-1253 with the ΑΜΚΑ beside the ΑΦΜ and a Porto senior card
list in Excel with the cartão de cidadão beside the NIF; written 16:39 UTC, 2026-12-06, never used
for tuning), 9 blind 93 shapes (early retirement under Decree 178 in Excel with birth dates under
Nam and Nữ, sickness and maternity claims in UTF-16, press card applicants in Windows-1258 with the
pen name, people under education at the commune with the person assigned to help, a DIF Estado de
México list in Excel with the CURP beside the clave de elector, a SISBÉN list in Windows-1252 with
the cédula and Calle 5 Oeste # 38A-25 addresses, an Ecuadorian driving-licence list with the
cédula, a Cuban OFICODA register in Latin-1 with the carné de identidad and a Puerto Rican Section
8 list with Spanish/English headers and the SSN's last four digits; written 17:05 UTC, 2026-12-06,
never used for tuning), 9 blind 94 shapes (maternity and paternity claims in Excel with the BHXH
number alone, Party membership transfers in Windows-1258, funeral allowances with the relative who
arranged the funeral, a land tax book in UTF-16 with the parcel's address, a Faisalabad EOBI list
with English/Urdu headers, the CNIC and the nominee, a Bangladeshi emigration list with Bengali
headers, the NID and Bengali digits, a Kurunegala Grama Niladhari register with
Sinhala/Tamil/English headers and the head of household, a Chitwan allowance list in Excel with
Devanagari digits and Bikram Sambat dates and a Barabanki ration-card list with Hindi headers and
the Aadhaar; written 17:02 UTC, 2026-12-06, never used for tuning), 9 blind 95 shapes (Party
membership transfers in Excel, a land tax roll in Windows-1258 with unaccented capital headers and
the plot's location, maternity claims in UTF-16, IT skills exam results, a Kuala Lumpur PPR
tenants' list with the MyKad and the spouse's, a Singapore ComCare list with the NRIC and block,
unit and postal code apart, a Sleman Posbindu register with the NIK beside the BPJS number, a
Chiang Mai outpatient register with Thai headers and Buddhist-era dates and a Takeo Health Equity
Fund list in Excel with Khmer headers and the carer; written 17:02 UTC, 2026-12-06, never used for
tuning), 9 blind 96 shapes (a free cataract surgery campaign in Excel with a relative, People's
Council candidates in UTF-16 with merged headers written out, COVID home treatment with unaccented
capital headers and the follow-up person, VSTEP results in Windows-1258, a Linz AMS course list in
Windows-1252 with the SV-Nummer, a Biel short-time work statement in Excel with
German/French/Italian headers and the AHV number, an Irish SUSI list with the PPSN and the
parent's, an Icelandic crew list in ISO-8859-1 with the kennitala and a Bergen GP's list with the
fødselsnummer; written 16:58 UTC, 2026-12-06, never used for tuning), 9 blind 97 shapes (funeral
allowances in Windows-1258 with the relative who organised the funeral, a land tax roll in Excel
with the notice address beside the parcel's, teachers' promotions in UTF-16 with a Nữ column,
households giving land for roads with unaccented headers, a Saudi Hajj list with Arabic/English
headers, the ID or iqama, Hijri dates and the mahram, a Dubai Ejari register with the Emirates ID
and the landlord, a Jordanian job applicants' list in Windows-1256, a Kirkuk driving-licence list
in UTF-16 with Arabic/Sorani headers and a Kuwaiti cooperative's shareholders in Excel with the
civil ID; written 17:02 UTC, 2026-12-06, never used for tuning), 9 blind 98 shapes (social pension
proposals in Windows-1258 with the collecting relative, cervical cancer screening in Excel with no
sex column, vehicle badges in UTF-16, household health insurance with unaccented headers, a CRAS
call-up list in Windows-1252 with the CPF beside the NIS, an ANSES AUH list with the CUIL and DNI
and the child's, a La Pintana Registro Social de Hogares log in Excel with the RUN, a BPS family
allowance list with the cédula and the child's and a Tekoporã list in UTF-16 with Spanish/Guaraní
headers; written 17:17 UTC, 2026-12-06, never used for tuning), 9 blind 99 shapes (Farmers' Union
members in Windows-1258, village health workers' allowances in Excel with the village served,
children's swimming classes in UTF-16 with the parent, farm economy certificates with unaccented
headers and the farm's location, a Vientiane vaccination list with Lao headers and the family book,
a Yangon factory's social security roll with Burmese headers and the NRC, a Dagupan 4Ps monitoring
list in Excel with the PhilSys number and the child, a Díli food basket list in Windows-1252 with
Tetum/Portuguese headers and the voter card and a PNG coffee growers' register with English/Tok
Pisin headers and the NID; written 17:16 UTC, 2026-12-06, never used for tuning), 9 blind 100
shapes (a guardianship register in UTF-16 with the guardian, a Party awareness class in Excel with
the sponsor, Farmers' Union members in Windows-1258, VSTEP candidates with Họ và tên đệm and Tên, a
Łódź MOPS list in Windows-1250 with the PESEL, an Ostrava labour office list with the rodné číslo
and the title, a Bratislava parking list in Excel with the vehicle's holder, a Slovenian child
benefit list with the EMŠO beside the tax number and a Split family doctor's list in UTF-16 with
the OIB beside the MBO and a contact person; written 17:17 UTC, 2026-12-06, never used for tuning),
9 blind 101 shapes (vehicle registration fees in Windows-1258 with the MST beside the CCCD,
farmers' support-fund loans in UTF-16 with the guarantor, liver cancer screening with unaccented
headers and the BHYT card, a gold shop's customer register in Excel, a Kaduna BHCPF list with
English/Hausa headers and the NIN, a Senegalese DER/FJ list in Windows-1252 with French/Wolof
headers and the CNI CEDEAO, a Cameroonian electoral list in UTF-16 with both parents, a fokontany
population book in Excel with the CIN and a Girinka list with Kinyarwanda headers and the
Indangamuntu; written 17:17 UTC, 2026-12-06, never used for tuning), 9 blind 102 shapes (one-off
BHXH payments with the BHXH number beside the CCCD, a Party awareness class in Windows-1258 with
abbreviated headers, a household health insurance declaration in Excel with the head's name,
farmers' loans in UTF-16 with the group leader, a Gironde MDPH list in Windows-1252 with the NIR,
an Ixelles CPAS list in Excel with Dutch/French headers and the national register number, an
Esch-sur-Alzette dog register with the matricule, a Monaco car park list with the residence card
and an Andorran job seekers' list with Catalan headers and the CASS number; written 17:17 UTC,
2026-12-06, never used for tuning), 9 blind 103 shapes (commune civil servant exam candidates,
retail alcohol licences in Windows-1258 with the kiosk apart from the home and the MST,
convalescence of people with merit in UTF-16 with who receives the money, a workplace accident
register in Excel with the reporting colleague, a Mukono SAGE payroll with English/Luganda headers
and the NIN, a Burundian health-card register in Windows-1252 with French/Kirundi headers and the
CNI, a Somaliland driving-licence register, a Djibouti PNSF list with French/Arabic headers and a
Malawian inputs list in Excel with English/Chichewa headers; written 17:35 UTC, 2026-12-06, never
used for tuning), 9 blind 104 shapes (licence plate auction winners in Excel, a support list for
women with two children in Windows-1258 with the husband and the second child, certificate-of-merit
proposals in UTF-16, homestay owners with the homestay's address and email, an Armenian job
seekers' list with the ՀԾՀ, an Azerbaijani driving-test list in Excel with the FİN beside the card,
a Tbilisi travel-card list in Georgian, a Tajik migrants' list with the passport and a Kyrgyz
voters' list with Kyrgyz/Russian headers and the ПИН; written 17:35 UTC, 2026-12-06, never used for
tuning), 9 blind 105 shapes (rabies vaccinations after bites in Excel with a child's guardian,
occupational safety trainees in Windows-1258, rental income tax declarations with the MST beside
the CCCD and the property let, support for visits to martyrs' graves in UTF-16, a Fijian TSLS list
with English/iTaukei/Fiji Hindi headers, a Samoan senior citizens' list with the nominee, a Tongan
welfare list in Excel, a Kiribati copra list in Windows-1252 with no national id and a New Zealand
hardship grant list with the IRD beside the NHI; written 17:35 UTC, 2026-12-06, never used for
tuning), 9 blind 106 shapes (recognitions of parentage in UTF-16 with the child, part-time
officials leaving after the 2025 reform in Excel, electric motorbike support in Windows-1258 with
the ward apart, land-use change fees with unaccented headers, a Haitian cooperative's members with
Kreyòl/French headers and the heir, a Dominican TSS payroll in Windows-1252 with the cédula beside
the NSS, a Jamaican HEART trainee register in Excel with the TRN and next of kin, a Trinidad HDC
applicants' list with the co-applicant and a Bahamian NHI list in UTF-16 with the NIB number;
written 17:34 UTC, 2026-12-06, never used for tuning), 9 blind 107 shapes (tuition fee exemptions,
martyrs' relatives visiting graves in Excel, house number certificates in UTF-16 with the
residents' group head, freelance workers' support in Windows-1258 with abbreviated headers, a Tartu
benefits list with the isikukood, a Riga housing register in Excel with the personas kods, a Kaunas
job seekers' list in Windows-1257 with the asmens kodas and the address in parts, a Faroese
driving-licence list with the P-tal and a Greenlandic hunting licence list with Kalaallisut/Danish
headers and the CPR; written 17:35 UTC, 2026-12-06, never used for tuning), 9 blind 108 shapes
(Party badge proposals in Excel with the Party card, ETC toll tag owners in UTF-16 with a
last-updated time, a land transfer book in Windows-1258 with the transferee and the transferor,
latrine support for poor households with unaccented headers, a Kópavogur electoral roll in Excel
with the kennitala, a Stavanger TT-card register in Windows-1252 with the fødselsnummer, Turku
rental housing applications with Finnish/Swedish headers and the henkilötunnus, Faroese outpatient
appointments in UTF-16 with the P-tal and a Sermersooq pension list with Kalaallisut/Danish headers
and the CPR; written 19:25 UTC, 2026-12-06, never used for tuning), 9 blind 109 shapes (tenants'
electricity quotas in UTF-16 with the landlord and the rented house, new Youth Union members in
Excel, an elderly association's dues book in Windows-1258 with unaccented headers, a good-teacher
contest with the spaced CCCD, a Bihar PM-KISAN list with Hindi/English headers and the Aadhaar, a
Nepali driving-licence test list with Bikram Sambat dates and the citizenship number, a Bhutanese
Gyalsung enrolment with Dzongkha/English headers and the CID, a Sri Lankan EPF return with old and
new NICs and a Maldivian vehicle register with Dhivehi/English headers and the name in Thaana too;
written 19:24 UTC, 2026-12-06, never used for tuning), 9 blind 110 shapes (digital literacy
learners with the VNeID level, former youth volunteers in Windows-1258 with abbreviated headers,
discharged soldiers joining the reserve in Excel, households registering security cameras in UTF-16
with unaccented headers and the street line apart, Peruvian Beca 18 holders in Excel with the DNI
and its check character, an Ecuadorian disability register with the cédula, El Alto traders in
Windows-1252 with the cédula and its department, a Paraguayan family farming register with
Spanish/Guaraní headers and Montevideo's Jornales Solidarios with the cédula 1.234.567-2 and the
street line apart; written 19:24 UTC, 2026-12-06, never used for tuning), 9 blind 111 shapes
(households registering security cameras with the ward police, an elderly health club in Excel, a
Hmong course for cadres in Windows-1258, EPS-TOPIK candidates in UTF-16 with unaccented names, a
Turkish family physician's list in Windows-1254 with the T.C. Kimlik No, an Iranian social security
list with Persian headers and Solar Hijri dates, a Duhok camp register in Excel with Arabic/Kurdish
headers, a Jordanian health insurance list in Windows-1256 and an Egyptian Hajj lottery list with
the national number beside the passport and the mahram; written 19:25 UTC, 2026-12-06, never used
for tuning), 9 blind 112 shapes (security cameras linked to the ward police in Windows-1258,
survivors' monthly allowances in UTF-16 with the dead worker's name, birth date and BHXH number,
airport security badges in Excel, licences for guards' support tools, a Korean senior jobs list in
CP949 with resident numbers masked after the seventh digit, a Japanese long-term care list in
Shift_JIS with the My Number and era dates, a Taiwanese disability list in Big5 with Minguo dates,
a Mongolian pension list with the register number and the street line apart and a Hong Kong OALA
list in Big5-HKSCS with the HKID and names in English and Chinese; written 19:25 UTC, 2026-12-06,
never used for tuning), 9 blind 113 shapes (disaster-prevention fund contributions in UTF-16, CT07
residence confirmations with the place of birth apart, wheelchairs handed out in Excel with the
ward and district apart and the guardian, personal digital-signature certificates in Windows-1258
with unaccented headers, a Casablanca driving school's candidates with French/Arabic headers and
the CIN, Algiers AADL housing applicants in Excel with the NIN, Tunisian university grants with the
CIN and the governorate, a Libyan voter register in UTF-16 with Arabic headers and the national
number and Mauritanian Tekavoul beneficiaries with the NNI and the wilaya, moughataa and locality
apart; written 19:31 UTC, 2026-12-06, never used for tuning), 9 blind 114 shapes (volunteers
helping exam candidates in UTF-16 with their lodging, durian growers' planting-area codes in Excel,
a ward's neighbourhood fire team in Windows-1258 with unaccented names, a tuberculosis treatment
register with the treatment supporter, Seville language school enrolments with the DNI or NIE,
Braga job-centre registrations in Windows-1252 with the Cartão de Cidadão beside the NIF and NISS,
Florence polling-station scrutineers in Excel with the codice fiscale, a Thessaloniki blood-donor
register with Greek headers and the ΑΜΚΑ beside the ΑΔΤ and Birkirkara parking permits with the
Maltese ID card; written 19:32 UTC, 2026-12-06, never used for tuning), 9 blind 115 shapes
(certified copies at a commune, kindergarten lunch support in Excel with the child's personal
number, CT07 requests in UTF-16 with dd-mm-yyyy dates, donors to the Fund for the Poor in
Windows-1258 with abbreviated headers, a Ghanaian DVLA register with the Ghana Card and the
GhanaPost address, an Ivorian voters' list in Windows-1252 with the NNI beside the CNI, a Rwandan
mutuelle de santé register with Kinyarwanda/English/French headers, a Zambian FISP register in
Excel with the NRC and a Botswana old age pension pay list with Setswana/English headers and the
Omang; written 19:31 UTC, 2026-12-06, never used for tuning), 9 blind 116 shapes (a commune's book
of signature and copy certifications in Windows-1258, workers' free Tết coaches in Excel, fish and
lobster cages in UTF-16, religious dignitaries, Texas unemployment claims with the SSN masked to
its last four, a New Brunswick heating benefit with English/French headers and the SIN, Jalisco
driving licences in Excel with the CURP, a Guatemalan voter enrolment with the CUI and the
municipality and department apart and Heredia trade licences with the cédula and the trade name;
written 19:31 UTC, 2026-12-06, never used for tuning), 9 blind 117 shapes (a ward's
signature-authentication book in Windows-1258, university applicants in Excel, a factory's periodic
health checks in UTF-16 with the BHXH number, union trains home for Tết, an Indonesian permanent
voters' list with the NIK, a Philippine solo parent ID register in Excel with the PSN and the
youngest child, a Thai Section 40 list with Buddhist-era dates and the address in one cell, a
Cambodian NSSF staff list with Khmer/English headers and the name in Latin letters too and Brunei
housing applicants in Windows-1252 with the IC; written 19:31 UTC, 2026-12-06, never used for
tuning), 9 blind 118 shapes (a crematorium's register in Windows-1258 with the relative who
registered it, storm-damaged house repairs in UTF-16 with who received the money, massage and sauna
staff in Excel with the business's owner and address, a library's reader cards, a German household
mini-job register in Windows-1252 with the Rentenversicherungsnummer and the birth name, Austrian
care-allowance applications with the Sozialversicherungsnummer, a Swiss premium reduction list in
Excel with German/French/Italian headers and the AHV number, a Liechtenstein rent subsidy list with
the landlord and a Luxembourg REVIS list in Latin-1 with French/German/Luxembourgish headers and
the matricule; written 19:43 UTC, 2026-12-06, never used for tuning), 9 blind 119 shapes (household
wells in Windows-1258 with VN-2000 coordinates, securities accounts in Excel with a last-updated
time, cadres sent to political theory courses in UTF-16, swiftlet houses with unaccented headers
and the house's address, a Minas Gerais blood centre's donors in Windows-1252 with the CPF beside
the RG, a Chilean artisanal fishing register with the RUN, SENA apprentices in Excel with the
cédula, a Venezuelan CLAP list with the head of the family and the street's leader and Progresar
applicants in Windows-1252 with the CUIL beside the DNI; written 19:42 UTC, 2026-12-06, never used
for tuning), 9 blind 120 shapes (drone owners in Excel, beach lifeguards in Windows-1258,
pharmacists' practising certificates in UTF-16, a bar association's lawyers with the law firm's
address, a Makhachkala unemployment register in Windows-1251 with the СНИЛС beside the passport and
the ИНН, a Belarusian list of large families with the identification number, a Kazakh driving-test
list in Excel with the ИИН, Uzbek Hajj pilgrims with o'g'li and qizi names and the JSHSHIR and a
Kyrgyz land-plot queue in UTF-16 with the ПИН; written 19:43 UTC, 2026-12-06, never used for
tuning), 9 blind 121 shapes (a fireworks shop's sales book in Windows-1258, graves moved for a land
clearance in UTF-16 with the dead, a library's reader cards in Excel, veterinary practice
certificates with unaccented headers, a Nigerian N-Power list with English/Hausa headers and the
NIN beside the BVN, Kenyan Boma Yangu applicants with the ID number and the KRA PIN, a Tanzanian
fertiliser register in Excel with the NIDA number, a Ugandan Parish Development Model list in
Windows-1252 with the NIN and an Addis Ababa condominium register with Amharic/English headers and
the Fayda FIN; written 19:42 UTC, 2026-12-06, never used for tuning), 9 blind 122 shapes
(dependants registered for the family tax deduction in Excel with the taxpayer's name and tax code,
international driving permits in UTF-16, a People's Police call-up list in Windows-1258 with the
parents, sick-leave certificates sent to social insurance with the BHXH number, an Australian
Immunisation Register upload with the Medicare number, a New Zealand employment information
schedule with the IRD number, a PNG SIM registration list with the NID, a Solomon Islands voter
transfer list and a Vanuatu labour mobility pool with Bislama/English/French headers and the
passport; written 19:42 UTC, 2026-12-06, never used for tuning), 9 blind 123 shapes (wedding
bookings at a ward's cultural house in Windows-1258 with the bride or groom, a one-stop desk's
receipt book in Excel with the receiving officer, vocational skills assessment candidates in
UTF-16, a vaccination centre's customers with the guardian, a Punjab domicile register with
English/Urdu headers and the CNIC, Afghan Kankor candidates with Dari/Pashto headers and Solar
Hijri dates, a Bangladeshi land mutation register with Bengali headers, a Yangon ward's guest
register with Burmese headers and the NRC and a Lao family book extract in Excel; written 19:56
UTC, 2026-12-06, never used for tuning), 9 blind 124 shapes (mobile subscriber registrations in
UTF-16, household business certificates in Excel with the place of business, student loans through
a savings group in Windows-1258 with the student apart from the borrowing parent, a ward's Red
Cross members with unaccented headers, French childminders in Windows-1252 with the NIR, Liège
assize jurors in Excel with French/Dutch/German headers, Dutch travel document applications with
the BSN and the name prefix, Monaco residence cards and Andorran rent aid with Catalan headers and
the CASS number; written 19:58 UTC, 2026-12-06, never used for tuning), 9 blind 125 shapes
(households giving up coal stoves in Windows-1258 with the residential group's head, job-creation
loans in UTF-16 with the heir, training cards for discharged soldiers in Excel, impounded vehicles,
Polish Large Family Cards in Windows-1250 with the second given name, Czech waste-fee payers in
Excel, a Slovak fire brigade, a Hungarian firewood scheme in ISO-8859-2 with the birth name and the
street line and house number with its dot and a Slovenian housing list in Windows-1250 with the
EMŠO; written 19:58 UTC, 2026-12-06, never used for tuning), 9 blind 126 shapes (OCOP product
owners in Excel, a motor-vehicle inspection book in UTF-16, production land for ethnic-minority
households in Windows-1258 with unaccented headers, domestic workers with the employer, Croatian
unemployed with the OIB, Serbian driving candidates in Cyrillic with the ЈМБГ, Bosnian school
enrolment in Windows-1250, Albanian economic aid with the administrative unit and municipality
apart and a Bulgarian labour office register in Windows-1251 with the ЕГН and the father's name;
written 19:57 UTC, 2026-12-06, never used for tuning), 9 blind 127 shapes (premarital health checks
in UTF-16 with the partner-to-be, border passes in Windows-1258, African swine fever compensation
in Excel, cemetery plots with the deceased, an Israeli job-seeker list in Windows-1255 with Hebrew
headers, a Lebanese University list with Arabic/French headers, a Syrian support-card list in
Windows-1256 with the family card, Palestinian medical referrals with the companion and Kuwaiti
housing applicants in Excel with the civil number; written 19:57 UTC, 2026-12-06, never used for
tuning), 9 blind 128 shapes (a medical assessment council's list in Excel with the BHXH number and
who referred them, HPV vaccination of schoolgirls in UTF-16 with the parent, Party members placed
with their residential cell in Windows-1258, retired teachers with the spaced CCCD, an Irish
medical card register with Irish/English headers and the PPS number beside the spouse's, Leeds
council tax reduction claims with the NI number beside the partner's and the property's street, an
Isle of Man employer's return with contributions in pounds, Jersey housing applications and
Gibraltar job seekers with the ID card beside the social insurance number; written 20:12 UTC,
2026-12-06, never used for tuning), 9 blind 129 shapes (single parents' allowances in Excel with
the child raised, water company customers in Windows-1258, applications to give up Vietnamese
nationality in UTF-16 with the address abroad, voluntary pension accounts with the MST, a Chinese
skill assessment list in GBK with the 居民身份证号码, a Macau training list with Chinese/Portuguese
headers written with no slash between them, a Singapore HDB list with the NRIC beside the
co-applicant's, a Malaysian JPJ test list with the MyKad and a Timor-Leste voter list with
Tetum/Portuguese headers; written 20:11 UTC, 2026-12-06, never used for tuning), 9 blind 130 shapes
(registration-fee declarations on houses and land in Excel, rural vocational trainees in UTF-16, a
medical assessment council's register in Windows-1258, grassroots security teams, a Swedish komvux
admission list with the personnummer, a Danish passport register in Windows-1252 with the CPR, a
Romanian family doctor's list with the CNP, a Moldovan unemployment register with Romanian/Russian
headers and the IDNP and Ukrainian housing subsidies in Windows-1251 with the РНОКПП; written 20:11
UTC, 2026-12-06, never used for tuning), 9 blind 131 shapes (sport-shooting weapon licences in
Excel, inland-waterway boat certificates in UTF-16, tuberculosis patients on observed treatment in
Windows-1258 with unaccented headers, quarry workers' explosives training, Senegalese family
security grants with the CEDEAO card, a Malian voter list with Bambara/French headers and the NINA,
Burkinabè displaced persons in Windows-1252 with the CNIB, Nigerien pilgrims in Excel with
Hausa/French headers and the mahram and Guinean civil servants in Latin-1 with the NIN; written
20:10 UTC, 2026-12-06, never used for tuning), 9 blind 132 shapes (social allowances paid into bank
accounts in Excel with the guardian, electric motorbikes registered in Windows-1258, a
non-agricultural land tax roll in UTF-16 with the plot's and the notice's addresses, student loans
with the household head borrowing, Cuban self-employed licences with the carné de identidad,
Dominican driving licences with the cédula and surnames with particles, Puerto Rican unemployment
claims with Spanish/English headers and the SSN, Panamanian pensions with the cédula 8-123-456 and
Honduran IHSS members with the DNI; written 20:10 UTC, 2026-12-06, never used for tuning), 9 blind
133 shapes (marriages with a foreign spouse in UTF-16 with the spouse's birth year, rice land
turned to fruit trees in Excel, deferred call-ups for students in Windows-1258, a second-hand phone
shop's purchase book with the seller and the shop's buyer, Jamaican farm work applicants with the
TRN, Trinidad GATE applicants in Excel with the national ID, a Barbados welfare register with the
NRN, a Bahamian voters' register with the NIB number and Haitian passport applications with
Kreyòl/French headers and the CIN beside the NIF; written 20:22 UTC, 2026-12-06, never used for
tuning), 9 blind 134 shapes (people's credit fund members in Excel, changes of health facility in
Windows-1258 with unaccented values, civil servants' private trips abroad in UTF-16 with the
passport, biogas digester support, Georgian college enrolments with the personal number, Armenian
university applicants with the ՀԾՀ beside the passport, Azerbaijani mortgage borrowers in Excel
with the FİN, Turkmen leaseholders with the passport written I-AH № 722332 and Tajik dehqan farm
certificates in UTF-16 with the passport beside the РМА; written 20:23 UTC, 2026-12-06, never used
for tuning), 9 blind 135 shapes (people's credit fund members in Excel with the heir, seasonal
workers to Korea in UTF-16 with the guarantor, electricity connection requests in Windows-1258,
workers owed wages by a closed company with unaccented headers, UAE marriage fund grants with the
Emirates ID, Qatari Hajj registration with the mahram's QID, Bahraini blood donors in Windows-1256
with the CPR, an Omani fishermen's register in Excel and Yemeni displaced families with four-part
names; written 20:23 UTC, 2026-12-06, never used for tuning), 9 blind 136 shapes (seasonal workers
to Korea with the guarantor, compulsory motorbike cover in Excel, vessel monitoring devices in
Windows-1258, biogas digesters in UTF-16, South African UIF claims in Windows-1252 with
isiZulu/English headers and the ID number, a Namibian land rights register in Excel with the
spouse, Lesotho bursary loans with Sesotho/English headers, an Eswatini scholarship list with the
PIN and Zimbabwean input farmers with Shona/English headers; written 20:24 UTC, 2026-12-06, never
used for tuning), 9 blind 137 shapes (a hospital's injury register in Windows-1258, fishing
licences in Excel, tree seedlings handed out in UTF-16 with the spaced CCCD, fresh-water tanks in
the salinity season, a Managua property-tax register in Windows-1252 with the cédula and an address
by landmarks, Salvadoran farm supplies with the DUI, Belizean BOOST transfers with the social
security number, Surinamese clinic registrations with Dutch/Sranan headers and Guyanese part-time
jobs in Excel with the ID beside the NIS; written 20:23 UTC, 2026-12-06, never used for tuning), 9
blind 138 shapes (a pagoda's refuge book, birth certificates from a maternity ward in Windows-1258
with the mother as the person and the child's intended name, fibre internet subscribers in Excel,
self-drive car renters in UTF-16 with the guarantor, a Japanese child allowance roll in Shift_JIS
with era and Gregorian birth dates in one column and the child's name, a Korean licence renewal
list in EUC-KR with the resident registration number, a Taiwanese health insurance roll in Big5
with Minguo dates of two forms, a Hong Kong Working Family Allowance list with the HKID and a Macau
health voucher list with the BIR; written 20:38 UTC, 2026-12-06, never used for tuning), 9 blind
139 shapes (scrap collectors in Windows-1258, A1 motorbike test candidates in Excel with the test
centre's address, a vet station's bird-flu vaccinations in UTF-16 with the vaccine's lot,
massage-parlour workers, Leipzig Wohngeld applications in Windows-1252 with the Steuer-IdNr.,
Seine-Saint-Denis RSA beneficiaries with the NIR and the used name beside the birth name, Spanish
domestic workers in Excel with the DNI or NIE, a Cagliari housing ranking with the codice fiscale
and Dutch debt counselling intakes with the BSN; written 20:37 UTC, 2026-12-06, never used for
tuning), 9 blind 140 shapes (body bequests to a medical school in Excel, subscriber checks against
the population database, households' shares of a village road in Windows-1258, fishermen's catch
logs in UTF-16, a US housing voucher waiting list with the SSN, Quebec last-resort assistance with
French headers and the NAS, Brazilian Minha Casa Minha Vida candidates with the CPF beside the NIS,
Mexican IMSS registrations with the CURP and a maternal surname, an Argentine social electricity
tariff in Windows-1252 with the CUIL (its writer saw main's last commit subjects before writing);
written 20:37 UTC, 2026-12-06, never used for tuning), 9 blind 141 shapes (health workers rotated
to commune stations in Excel, households sorting waste in Windows-1258 with the street line apart,
copyright applications in UTF-16, body donation registrations with the consenting relative,
Nigerian JAMB candidates with the NIN, Kenyan HELB applicants in Excel with the ID number beside
the KRA PIN, Ghanaian SSNIT contributors in Windows-1252 with the Ghana Card, Port Said health
insurance in Windows-1256 with the national number and a Moroccan rehousing list with French/Arabic
headers and the CNIE; written 20:37 UTC, 2026-12-06, never used for tuning), 9 blind 142 shapes (a
pawnshop's ledger in Windows-1258, relief rice in Excel with who collected it, IT certificate exams
in UTF-16, rooftop solar connections with the panels' site, an e-Shram list with Hindi/English
headers and the Aadhaar, an Indonesian Dapodik pupil roll with the NIK, a Philippine PWD registry
in Excel with the PhilSys number beside the PWD ID, a Thai conscription register in UTF-16 with
Buddhist-era dates and the house-register address and a Pakistani zakat list with Urdu headers and
the CNIC; written 20:36 UTC, 2026-12-06, never used for tuning), 9 blind 143 shapes (people's
jurors of a district court, rabies shots in Excel with unaccented headers and the guardian,
domestic workers notified to the ward police in UTF-16 with the employer's address, street sweepers
in Windows-1258 with the BHXH number, an Ontario seniors' dental list with the OHIP number and its
version code, a Victorian Housing Register extract in Excel with the Medicare number beside the
CRN, New Zealand ACC claims with the NHI, an Irish Fair Deal list in Windows-1252 with the PPSN and
the Eircode and a Scottish district nursing caseload with the CHI number; written 21:00 UTC,
2026-12-06, never used for tuning), 9 blind 144 shapes (ballots on merging communes in
Windows-1258, auctions of the commune's public land in Excel, garment factory applicants in UTF-16
with the home town and home in one column, homemade three-wheelers handed in, a Pensión 65 list in
Windows-1252 with Spanish/Quechua headers and the DNI, a Potosí mining cooperative in Excel with
the C.I. and the paternal surname, an Ecuadorian savings cooperative with the cédula and the RUC,
Colombia's register of victims and Venezuelan housing awards in UTF-16 with the cédula beside the
RIF; written 21:00 UTC, 2026-12-06, never used for tuning), 9 blind 145 shapes (river ferrymen in
Excel, delivery couriers in UTF-16, a district football league in Windows-1258, a Vovinam club's
belt grading, Saudi Ejar leases with the ID or iqama and the national address apart, an Iraqi
ration-card register in Excel with the mahalla, zuqaq and dar, Jordan's National Aid Fund with the
head of the household and the kind of aid, a Tunisian PNAFN list with Arabic/French headers and an
Algerian driving school with the NIN and the name in Arabic; written 21:00 UTC, 2026-12-06, never
used for tuning), 9 blind 146 shapes (itinerant lottery sellers in Windows-1258, Ngo boat crews in
Excel with an emergency contact, identity cards taken at home in UTF-16 with the relative who
helped, trees felled under a power line, Cameroonian ENAM candidates with French/English headers
and the CNI, Congolese artisanal miners in Excel with the post-name, Malagasy land certificates
with Malagasy/French headers, Mozambican district fund borrowers with the BI beside the NUIT and
Angolan market vendors in Windows-1252 with the BI; written 21:00 UTC, 2026-12-06, never used for
tuning), 9 blind 147 shapes (a swimming class against drowning in Windows-1258 with the child's
number, consumer finance loans in Excel with the reference person, grassroots security teams in
UTF-16, typhoon housing support with double spaces in its headers, a Lao university roll, a
Cambodian commune voter list with Khmer digits, a Myanmar SIM registration with the NRC in Burmese
digits, a Guangxi border trade register in GBK with the 居民身份证号码 and a Thai farmers' register
in TIS-620 with Buddhist-era dates; written 20:59 UTC, 2026-12-06, never used for tuning), 9 blind
148 shapes (a tax team's list of livestream sellers in Windows-1258, football referees in Excel,
vehicle ownership transfers at a commune police post in UTF-16, pupils' accident insurance with the
parent by initials (``PHHS``), a Tallinn pet register with isikukood, Riga library readers in
Windows-1257 with personas kods, Vilnius University halls with asmens kodas, Tampere adult
education enrolments with henkilötunnus and Iceland's hunting cards with kennitala; written 22:11
UTC, 2026-12-06, never used for tuning), 9 blind 149 shapes (night-market stall holders, salt
makers paid for a fallen salt price in Windows-1258 with a tax code only some have, rice seed after
a flood in Excel, village heads' allowances in UTF-16, a Fijian cane growers' register with TIN and
FNPF numbers, a Samoan electoral roll with matai titles, Tonga's retirement fund members, a Papua
New Guinea electoral roll and Solomon Islands scholarship awardees; written 22:12 UTC, 2026-12-06,
never used for tuning), 9 blind 150 shapes (an outbound tour group in UTF-16, Tết train passengers
in Excel with their coach and seat, a computer skills class in Windows-1258, pharmacists in charge
under headers without diacritics, a Braga family health unit's users with the CC and the NIF, Cape
Verde's Cadastro Social Único, Bissau market traders, São Tomé fishers in Latin-1 and Timorese
veterans' pensions with Tetum headers; written 22:11 UTC, 2026-12-06, never used for tuning), 9
blind 151 shapes (lottery prizes paid in Excel, a class for Party candidates in UTF-16, a
continuing-education class in Windows-1258, a union's spring train home, Sri Lankan Mahapola
scholarship holders with old and new NICs, Nepali labour permits with Bikram Sambat dates, a
Bhutanese chiwog's electoral roll with CIDs, Maldivian fishermen with Thaana names and Mauritian
social-housing applicants with the NIC's check character; written 22:11 UTC, 2026-12-06, never used
for tuning), 9 blind 152 shapes (smartphones for poor households in Windows-1258, salt farmers'
support in Excel, a community digital technology team in UTF-16, stray dogs caught, an Israeli dog
licensing register in Windows-1255 with the Teudat Zehut, Cypriot student grants in Windows-1253,
Greek ERGANI hiring announcements in ISO-8859-7 with the ΑΜΚΑ, the ΑΦΜ and the identity card,
Malta's electoral register with house names and an Albanian vehicle-owner register in Windows-1250
with the NID; written 22:11 UTC, 2026-12-06, never used for tuning), 9 blind 153 shapes (small
slaughtering households under the veterinary station in Windows-1258 with the officer in charge,
beekeepers given a hive-area code in Excel, proposals for the grassroots emulation title in UTF-16,
an acupuncture clinic's patients, Sierra Leone's Teaching Service Commission headcount with the
NIN, a Liberian electricity customer register with month-first dates, Gambian health insurance
enrolment, Togo's Novissi payments in Windows-1252 on the voter card and Beninese ARCH enrolment
with the NPI; written 22:28 UTC, 2026-12-06, never used for tuning), 9 blind 154 shapes (a
factory's trade grade exam in Excel, Tết flower market stalls in Windows-1258, a class for those
about to join the Party in UTF-16, public-service results sent by post, Minsk blood donors in
Windows-1251 with Belarusian headers, the identification number and the passport, a Kaspiysk
homeowners' partnership in UTF-16 with СНИЛС, ИНН and passport, Azerbaijani displaced persons with
the FIN, Kakheti grape growers with the personal number and Armenian pensioners in Excel; written
22:29 UTC, 2026-12-06, never used for tuning), 9 blind 155 shapes (a đờn ca tài tử club, a
trade-grade exam with names in capitals, drone flights reported to a commune's police in
Windows-1258, stolen property handed back in UTF-16, BC Fair PharmaCare with the PHN and a
spouse's, Alberta AISH client files with the health care number, a Texas driver-licence export with
the SSN, a California IHSS provider enrolment in camelCase with the SSN beside the licence and
Puerto Rico's Plan Vital with ``SEGURO SOCIAL``; written 22:29 UTC, 2026-12-06, never used for
tuning), 9 blind 156 shapes (forest environmental service payments in Windows-1258, home palliative
care in UTF-16, a national university's competence test candidates in Excel, drought water tanks,
an Indonesian hajj waiting list with the NIK and RT/RW, Kota Kinabalu hawker licences with the
MyKad, Brunei's JobCentre with the IC and its colour, a Davao TUPAD payroll with the PSN beside
another ID and Singapore's active ageing centre with the NRIC and HDB blocks; written 22:29 UTC,
2026-12-06, never used for tuning), 9 blind 157 shapes (a commune's first military-service
registration in Excel, a Ha Long tour boat's crew in UTF-16, a provincial traditional-medicine
association in Windows-1258, domestic-violence victims at a trusted address with the abuser,
Sudan's Zakat Chamber in Windows-1256 with the national number, a South Sudanese public service
nominal roll, a Banadir market traders' register in Somali with the NIRA number, a Djiboutian
voters' list with the voter card beside the CNI and an Eritrean ration-card register in UTF-16 with
Tigrinya headers; written 22:29 UTC, 2026-12-06, never used for tuning), 9 blind 158 shapes
(pesticide retailers checked in Excel, private nursery groups in UTF-16 with the rented premises
apart from the minder's home, an old people's xiangqi tournament in Windows-1258, grave exhumation
permits, a Basque euskaltegi's HABE enrolments with the DNI or NIE and year-first dates, Galician
shellfish gatherers in Excel, a Welsh GP surgery's flu vaccinations with the NHS number, Breton
Stumdi trainees with the NIR and Corsican ODARC pastoral aid with the NIR (2A, 2B) beside the
SIRET; written 22:40 UTC, 2026-12-06, never used for tuning), 9 blind 159 shapes (graves moved out
of a commune cemetery in Windows-1258, bears kept on farms in Excel, hearing aids for old people in
UTF-16, wrestlers at a village festival with doubled spaces in the headers, a Chadian electoral
register with French/Arabic headers and the voter card beside the NNI, a Central African
cash-for-work payroll with Sango headers, Gabonese scholarship holders with the NIP, Congolese
LISUNGI cash transfers in UTF-16 and an Equatoguinean town register with the DIP; written 22:39
UTC, 2026-12-06, never used for tuning), 9 blind 160 shapes (home rice-wine makers in Windows-1258,
FSC forest owners in Excel, weapons handed in to the police in UTF-16, micro-insurance clients,
Kazakh national test results in UTF-16 with the ЖСН, a Kyrgyz marriage register in Excel with the
ПИН and the spouse's, Uzbek jobseekers in Windows-1251 with the JShShIR, Tajik test applicants and
Turkmen gas subscribers in Windows-1250 with the passport; written 22:41 UTC, 2026-12-06, never
used for tuning), 9 blind 161 shapes (household businesses registering e-invoices in Windows-1258,
fishing boats called in from a storm in Excel, price appraisers in UTF-16, auctioneers, Chilean
SERVIU housing-subsidy applicants with the RUN and the spouse's, Rosario driving licences with the
DNI beside the CUIL, Uruguayan MEVIR applicants in Latin-1 with the cédula, Paraguayan fishers with
Guaraní headers and Bolivian Bono Juana Azurduy mothers with the carnet and its complement; written
22:41 UTC, 2026-12-06, never used for tuning), 9 blind 162 shapes (PrEP clients of a health centre,
VietGAP growers in Excel, children's summer activities in UTF-16, weapons handed in at a police
post in Windows-1258, a Kurdistan Region salary list in UTF-16 with Sorani headers, Lebanon's
disability card register in Windows-1256, Syrian free candidates for the secondary certificate, the
Palestinian voter register with the ID's Luhn digit and Omani residential plot applications in
Excel; written 22:41 UTC, 2026-12-06, never used for tuning), 9 blind 163 shapes (amateur radio
licences, privately owned antiquities in Excel, charity cataract surgery in UTF-16 with the BHYT
card, a literature and arts association in Windows-1258, an Oromia land-holding register with Afaan
Oromo headers and the Fayda FIN, Kampala boda boda riders with the NIN and names surname first, a
Rwandan SACCO loan list with Kinyarwanda headers, a Burundian fertiliser list with Kirundi/French
headers and Bukavu market vendors in UTF-16 with Swahili headers and the voter card; written 22:51
UTC, 2026-12-06, never used for tuning), 9 blind 164 shapes (a trade union's summer outing with
coach and seat, a pickleball club, a human milk bank's donor mothers in UTF-16, a children's summer
military camp in Windows-1258, Tamil Nadu's Pudhumai Penn with Tamil initials, Kerala's LIFE
Mission in UTF-16 with Malayalam headers, West Bengal's Swasthya Sathi with Bengali headers,
Punjab's Ashirwad register in Gurmukhi and Gujarat's widow assistance with the Aadhaar masked;
written 22:51 UTC, 2026-12-06, never used for tuning), 9 blind 165 shapes (a people's inspection
board in UTF-16, a parish pilgrimage with the saint's name, folk-arts performers in Excel, buffalo
and cattle insurance in Windows-1258, a Ukrainian enterprise's military register in Windows-1251
with the РНОКПП, a Polish volunteer fire brigade in Windows-1250 with PESEL, a Lithuanian farm
register in Windows-1257, Czech fishing licences in ISO-8859-2 with the rodné číslo and Hungarian
private lodgings in Excel with the adóazonosító jel; written 22:50 UTC, 2026-12-06, never used for
tuning), 9 blind 166 shapes (prestigious persons among ethnic minorities in Excel, typhoon Yagi
housing aid in UTF-16, former youth volunteers in Windows-1258 with either the home town or the
home, part-time village cadres' allowances, Oaxaca's traditional midwives with the CURP, Guatemalan
MAGA beneficiaries with the DPI, a Honduran health centre register, the Cuban electoral register
with cross streets and Colombia Mayor payments in UTF-16; written 22:51 UTC, 2026-12-06, never used
for tuning), 9 blind 167 shapes (nine Vietnamese registers: a ward's complaints book with old
three-level addresses, household businesses under tax enforcement in Windows-1258, drink-driving
licence seizures in Excel, social insurance book corrections in UTF-16 with the birth date on the
book and the corrected one, patients who left without discharge, pupils transferring, a garment
factory's shuttle with snake_case headers, address confirmations after July 2025 and contract
workers going abroad; written 22:51 UTC, 2026-12-06, never used for tuning), 9 blind 168 shapes
(parcel-split dossiers in Windows-1258, electrical safety cards in UTF-16, households moved from a
river-bank erosion zone in Excel, shop-sign registrations, a Curaçao job seekers' register with
Papiamentu headers, an Aruban social-housing list in Windows-1252 with the partner's
persoonsnummer, Sint Maarten SZV registrations with month-first dates, Guadeloupe RSMA volunteers
with the NIR and a French Guiana health centre's patients; written 23:05 UTC, 2026-12-06, never
used for tuning), 9 blind 169 shapes (foster carers of children in Excel, free bus cards for the
elderly in UTF-16, vehicle owners at an inspection centre in Windows-1258, a real-estate broker
exam, and five South African registers with the 13-digit ID: a traditional council's proof of
residence in isiZulu, a school governing body's parent voters in isiXhosa, a taxi association's
drivers in Sesotho, a community policing forum in Setswana and a Dutch Reformed congregation in
Afrikaans; written 23:05 UTC, 2026-12-06, never used for tuning), 9 blind 170 shapes (a hospital's
zero-dong kitchen, a deposit-insurance payout in Excel, people under a suspended sentence in
Windows-1258, rubber tapping contracts in UTF-16, a South Tyrol fire brigade in ISO-8859-15 with
the codice fiscale as Steuernummer, Aosta Valley cattle breeders with French headers, Sardinian
screening invitations with the tessera sanitaria, a Sicilian fishing crew with omocode codici
fiscali and a Friulian family card with Italian/Slovene headers; written 23:05 UTC, 2026-12-06,
never used for tuning), 9 blind 171 shapes (education allowance for children of people with merit,
undernourished children, rubber-tapping plots in Windows-1258, outpatient chemotherapy in UTF-16, a
Nunavut housing roster with Inuktitut headers, New Brunswick's drug plan with bilingual headers,
Manitoba's income assistance with the SIN beside the PHIN, Nova Scotia's Need a Family Practice
registry and Saskatchewan's income support in Latin-1; written 23:03 UTC, 2026-12-06, never used
for tuning), 9 blind 172 shapes (nine Vietnamese registers of Hà Nội, Hải Phòng, Đà Nẵng, Cần Thơ
and mountain provinces: spent convictions, boarding-school drop-outs in UTF-16, overdue Agribank
borrowers in ALL CAPS without diacritics, floating-market boat members, ethnic-minority mothers
paid at birth, victims whose property was returned, households in temporary housing in
Windows-1258, pavement encroachment fines and supervised TB treatment; written 23:06 UTC,
2026-12-06, never used for tuning), 9 blind 173 shapes (hookah divers' first aid in UTF-16,
electric motorbikes for Hà Nội's low-emission zone in Excel, licence points restored in
Windows-1258 with ALL CAPS headers, a National Day gift paid in cash, Mongolian mortgage borrowers
with the register number, Inner Mongolian Naadam competitors in GB18030 with Mongolian-script
headers, Buryat large families with СНИЛС, Tuvan young herders in UTF-16 and Kalmyk sheep subsidies
in Windows-1251; written 23:40 UTC, 2026-12-06, never used for tuning), 9 blind 174 shapes (Ngọc
Linh ginseng growers in Windows-1258, surveying certificates in Excel, an online law quiz in
UTF-16, sand barge owners, New Caledonian CAFAT contributors with the NIR and the RIDET, a French
Polynesian housing list with Tahitian words, Wallis and Futuna scholarships, Réunion cane cutters
and Mayotte's cyclone aid; written 23:40 UTC, 2026-12-06, never used for tuning), 9 blind 175
shapes (boarding pupils' rice support in UTF-16, paper licences exchanged in Windows-1258, water
meter replacements in Excel, a gold shop's customer book, Bavarian coaches with the Steuer-IdNr,
Saxon seasonal workers with Sorbian headers, Flensburg cross-border commuters with the CPR beside
the Steuer-IdNr, Vienna's housing list with the SV-Nummer and Vorarlberg's family pass; written
23:41 UTC, 2026-12-06, never used for tuning), 9 blind 176 shapes (nine Vietnamese registers of the
Mekong Delta and the Central Highlands: Khmer monks' temporary residence, pagoda boards in ALL
CAPS, a Khmer-script class, shrimp farmers hit by drought in UTF-16, a TB register, border-belt
farmers, poor highland inpatients in Windows-1258 (``Đăk Răng``, ``Kpă``), 4C coffee farmers and a
pagoda's rice handout; written 23:40 UTC, 2026-12-06, never used for tuning), 9 blind 177 shapes
(relatives giving DNA for martyrs' remains in UTF-16, bomb and mine victims in Windows-1258,
canteen food poisoning in Excel, people back from scam compounds, a Chihuahua ejido register with
the CURP, Sonoran fishermen with the RFC and the INE key, Nuevo León IMSS registrations, New Mexico
energy assistance with the SSN and Cameron County colonia water hookups; written 23:40 UTC,
2026-12-06, never used for tuning), 9 blind 178 shapes (keepers of martyrs' altars in Windows-1258,
a commune sports congress in Excel, gas shops inspected by the fire police in UTF-16, households
giving up honeycomb-coal stoves, Senegalese pirogue permits with the NIN, Malian cotton growers
with the NINA, Burkinabè gold diggers with the CNIB, Nigerien herders' vaccinations and Mauritanian
teacher candidates with the NNI; written 01:02 UTC, 2026-12-07, never used for tuning), 9 blind 179
shapes (judicial experts in Windows-1258, train drivers' licences in Excel, Fansipan climbers,
thalassaemia patients in UTF-16, Greenland's education grants with the CPR, Faroese fishing crews
with the P-tal, Norwegian siida units with the fødselsnummer, the Sámi parliament's roll in Sweden
with the personnummer and Åland land permits with the henkilötunnus; written 01:03 UTC, 2026-12-07,
never used for tuning), 9 blind 180 shapes (vaccine trial volunteers in UTF-16, free migrants to be
settled in Windows-1258, a sector's medal nominations in Excel, rice offtake contracts, Jamaican
poor relief with the TRN, Trinidadian CDAP patients with their pharmacies, Barbados drug benefit
cards, post-Dorian home repairs in the Bahamas with the NIB number and Guyanese flood grants;
written 01:01 UTC, 2026-12-07, never used for tuning), 9 blind 181 shapes (nine Vietnamese
registers of the Red River delta and Hanoi: lychee growing areas in Excel, a criminal hearing list,
hypertension patients in Windows-1258 without diacritics, transfer pupils in UTF-16, Trang An boat
rowers (``HKTT``), Tết peach stalls with a header ending in two spaces, people who gave themselves
up, inheritance case parties and machine rice transplanting; written 01:01 UTC, 2026-12-07, never
used for tuning), 9 blind 182 shapes (vaccine trial volunteers in UTF-16, official housing in
Excel, market kiosks in Windows-1258, martial arts athletes, Thai flood victims in TIS-620 with
Buddhist-era dates, Lao village fund borrowers, a Khmer voter list in Excel, Myanmar MOU workers
with the NRC and a Yunnan relocation roll in GB18030; written 01:03 UTC, 2026-12-07, never used for
tuning), 9 blind 183 shapes (snakebite patients given antivenom in UTF-16, foreign driving licences
exchanged in Windows-1258, Tết fireworks burns in Excel, JLPT candidates in capitals, Kilifi
fishers with the ID and the KRA PIN, Zanzibar seaweed farmers with the Zan ID, Malawian tobacco
growers, Copperbelt bursaries with the NRC and Harare's housing waiting list; written 01:30 UTC,
2026-12-07, never used for tuning), 9 blind 184 shapes (Formosa pollution damages in Windows-1258,
village midwives in Excel, ca trù teachers, a TB treatment register in UTF-16, Shiraz marriage
loans with the code melli and Solar Hijri days, Herat teachers' payroll with the e-Tazkira,
Peshawar Sehat Card admissions with the CNIC, Khorog electricity subscribers in Tajik and Basra's
social protection in Windows-1256; written 01:29 UTC, 2026-12-07, never used for tuning), 9 blind
185 shapes (nine Vietnamese registers of the Central coast: households moved out of Huế's citadel,
Hội An old house owners in Windows-1258 without diacritics, a flood shock force in Excel, leprosy
patients in UTF-16, unregistered fishing boats, life jackets for pupils, a boat's registration fee,
ID cards lost in floods (``Số CMND cũ``) and flood-safe houses; written 01:30 UTC, 2026-12-07,
never used for tuning), 9 blind 186 shapes (village boat racers in Windows-1258, port access cards
in Excel, social housing handovers, boarding-house owners' pledges in UTF-16, Okinawan island fare
cards with the My Number and era dates, Jeju sea divers in EUC-KR, Taiwanese farmers' allowances
with Minguo days without the era's name, Hong Kong voters with the HKID and Macau's economic
housing with the BIR; written 01:29 UTC, 2026-12-07, never used for tuning), 9 blind 187 shapes
(cage fish farmers on Sơn La's reservoir in Windows-1258, workers laid off in Excel, safety cards
in UTF-16, epilepsy patients, an Asháninka community's comuneros with the DNI, Kichwa smallholders
with the cédula, Guajira fishermen, Bolsa Floresta families with the CPF and French Guiana's river
health office with the NIR; written 01:30 UTC, 2026-12-07, never used for tuning), 9 blind 188
shapes (BOT toll passes in Excel, vagrants taken in in Windows-1258, cleft palate surgery in
UTF-16, border residents' duty-free goods, Serbian PIO pensioners in Windows-1251, Bosnian
unemployed in Excel, Montenegrin dormitories, a North Macedonian vaccination register with the ЕМБГ
and Kosovo vehicle owners in Windows-1250 with Albanian and Serbian headers; written 01:41 UTC,
2026-12-07, never used for tuning), 9 blind 189 shapes (nine Vietnamese registers of the Southeast:
an FDI firm's workers with English headers in Excel, leavers' insurance books in UTF-16, union
hardship grants, a boarding house's tenants without diacritics, latex weighing, a border post's
entries, ePort drivers, evening classes and motorbike thefts with old and new units; written 01:41
UTC, 2026-12-07, never used for tuning), 9 blind 190 shapes (graduation interns, set-top boxes for
the poor in Windows-1258, pool season tickets in UTF-16, union rest leave in Excel, Flemish blood
donors with the national register number, a Dutch GP's patients with the BSN, Luxembourg's
volunteer firefighters with the matricule, a Ticino civil protection roll with the AHV number and
Liechtenstein's new arrivals; written 01:41 UTC, 2026-12-07, never used for tuning), 9 blind 191
shapes (cosmetic surgery clients in Excel, the overseas employment fund in Windows-1258, building
permits in UTF-16, workers' deposits, Dubai work permits with the Emirates ID, a Saudi driving
school with Hijri days, Kahramaa accounts with the QID, Kuwaiti domestic workers in Windows-1256
and Bahraini work permits with the CPR; written 01:41 UTC, 2026-12-07, never used for tuning), 9
blind 192 shapes (apartment maintenance funds, street trees in Windows-1258, unemployment benefit
repaid in Excel, elephant damage in UTF-16, an NYSC camp with the NIN and the BVN, Ghanaian farmers
with the Ghana Card, a Cameroonian vaccination register in two languages, Abidjan job seekers and
Guinean pilgrims with Pular names; written 01:41 UTC, 2026-12-07, never used for tuning), 9 blind
193 shapes (nine Vietnamese registers of Ho Chi Minh City after the merger: metro cards with
English beside Vietnamese in Excel, a fast-ferry manifest, traders' trucks at Thủ Đức market in
Windows-1258, household businesses leaving presumptive tax in UTF-16 (``Tên hộ KD``), stroke
follow-up, exam invigilators, people after drug rehabilitation, bus crews and officials placed in
the new wards; written 02:00 UTC, 2026-12-07, never used for tuning), 9 blind 194 shapes (monks at
the summer retreat in UTF-16, trafficking victims brought home in Windows-1258, haemophilia
patients in Excel, wells tested for arsenic, Ilocos tobacco growers with the PhilSys number, Cebu
and Bohol fisherfolk, Mayon evacuees in Bikol with month-name dates, Marawi compensation claimants
in Excel and Benguet farmers with Ibaloi and Kankanaey names; written 02:00 UTC, 2026-12-07, never
used for tuning), 9 blind 195 shapes (livestock pens moved out of villages in Windows-1258, stroke
rehabilitation in UTF-16, fishermen seized abroad in Excel, Party members excused, Western Isles
bowel screening with the CHI number, Northern Ireland patient transport with the H&C number, Welsh
dental lists with the NHS number, Jersey housing and work cards and West Yorkshire pension members
with the NI number; written 02:00 UTC, 2026-12-07, never used for tuning), 9 blind 196 shapes (IT
skills candidates in Excel, gym members, folk festival performers in UTF-16, orthopaedic devices in
Windows-1258, Romanian blood donors with the CNP, Moldovan pensioners with the IDNP, Bulgarian
disability decisions with the ЕГН in Windows-1251, Slovak dog tax with the rodné číslo and Turkish
farmers with the T.C. Kimlik No in Windows-1254; written 01:58 UTC, 2026-12-07, never used for
tuning), 9 blind 197 shapes (dyke corridor breaches in Windows-1258, tobacco growers in Excel,
silicosis screening, land levies in debt in UTF-16, Hawaiian home lands with ʻokina and kahakō,
Guam's pandemic claims, American Samoa's nutrition programme, Micronesian social security and the
Marshall Islands' 177 Health Care Program with the MISSA number; written 02:00 UTC, 2026-12-07,
never used for tuning), 9 blind 198 shapes (nine Vietnamese registers of Hà Nội and the Northern
midlands: Đồng Kỵ wood workshops moving to a craft cluster, factory job interviews in Excel,
minority students nominated to medical school in Windows-1258, Xoan singers in UTF-16, newborn
screening, online fraud reports, contract-car badges, hospital carer passes and laid-off workers
retraining; written 02:21 UTC, 2026-12-07, never used for tuning), 9 blind 199 shapes (social
housing applicants, a dialysis rota in Windows-1258, rooftop solar in Excel, international driving
permits in UTF-16, an Assam tea estate's provident fund roll with Assamese headers, a Manipur
relief camp, a Shillong residence certificate register with Khasi and Garo names, a Mizoram
livelihood scheme in Mizo and Nagaland's indigenous inhabitant certificates, with the Aadhaar and
the EPIC; written 02:20 UTC, 2026-12-07, never used for tuning), 9 blind 200 shapes (insurance
agent candidates in Excel, bailiffs in Windows-1258, recruits' visiting relatives in UTF-16,
orthodontic patients, Costa Rican adult education with the cédula and otras señas, Panamanian
vaccinations, Salvadoran market stalls with the DUI, Nicaraguan fishers and Dominican SeNaSa
affiliates with the holder's cédula; written 02:20 UTC, 2026-12-07, never used for tuning), 9 blind
201 shapes (tenants asking for their own meter, Phong Nha cave expeditions in Windows-1258, septic
tank pump-outs in Excel, civil-status extracts in UTF-16, NSW rental bonds, Queensland blue cards,
Northern Territory community housing, Tasmanian orchard pickers with the Medicare number and the
TFN and New Zealand carers with the IRD number beside the NHI; written 02:21 UTC, 2026-12-07, never
used for tuning), 9 blind 202 shapes (noise complaints in Windows-1258, households leaving the poor
list in Excel, power meters moved, museum donors in UTF-16, a Malagasy fokontany voter list with
the CIN, Comorian hospital admissions in three scripts, Seychelles housing applicants, Namibian
student funding and a Botswana land board's waiting list with the Omang; written 02:21 UTC,
2026-12-07, never used for tuning), 9 blind 203 shapes (nine Mekong delta registers after the
merger: combine-harvester owners in Excel, catfish farm codes in Windows-1258, honey rafter
contracts in the U Minh Hạ forest in UTF-16, brick kilns to be converted, flood-season fishing
gear, Cầu Kè wax-coconut growers, flood-proof residential lots on deferred payment, roaming duck
flocks and boatyards, a quarter of the addresses still in the old provinces; written 04:23 UTC,
2026-12-07, never used for tuning), 9 blind 204 shapes (spring fair booths, funeral registrations
in Windows-1258 with the deceased beside the registrant, cadastral map extracts in Excel, found
property handed to the police in UTF-16, Madeira and Azores air-fare subsidy refunds with the
Cartão de Cidadão, Canary Islands protected-housing applicants with the DNI or NIE, Basque flu
vaccinations with Basque/Spanish headers, Galician social-spa applicants and Andorran hunting
licences with the passport beside the NRT; written 04:24 UTC, 2026-12-07, never used for tuning), 9
blind 205 shapes (Hương pagoda festival kiosks, leprosy patients in Windows-1258, houses cracked by
quarry blasting in Excel, waste traded for gifts in UTF-16, a Kyrgyz family benefit with the ПИН,
Tajik blood donors, Azerbaijani gas subscribers with the FİN, Georgian pensioners in Excel with
Georgian headers and people displaced from Nagorno-Karabakh in Windows-1251 with the social card
number; written 04:24 UTC, 2026-12-07, never used for tuning), 9 blind 206 shapes (bank customers'
biometric updates against the chip CCCD, cornea pledges in Excel, identity plates in UTF-16, free
exam candidates in Windows-1258, Bolivian disability pensions with the department-suffixed C.I.,
Paraguayan social electricity tariffs with Guaraní headers, a Ceará Garantia-Safra list with the
CPF and the NIS, Surinamese child allowances in Excel and Belizean health insurance with Kriol
headers; written 04:23 UTC, 2026-12-07, never used for tuning), 9 blind 207 shapes (seasonal farm
workers for Australia in UTF-16, a smoking-cessation clinic in Windows-1258, one-off birth
allowances in Excel, street trees taken by households, Ugandan customary land certificates with the
NIN, Rwandan community health workers with Kinyarwanda headers, a Burundian marriage register,
South Sudanese returnees and a Hargeisa property tax roll with Somali headers; written 04:25 UTC,
2026-12-07, never used for tuning), 9 blind 208 shapes (nine registers of the Central Highlands and
the northern mountains after the merger: working elephants' owners, Gia Rai gong learners in
Windows-1258, coffee plots surveyed for the EU deforestation rule in Excel, Mộc Châu dairy
contracts in UTF-16, ancient Shan tuyết tea trees, early and consanguineous marriages, water tanks
for ethnic-minority households with the proxy who received them, cardamom under protection forest
and Thái Nguyên tea growers, a third of the addresses in the old districts; written 04:48 UTC,
2026-12-07, never used for tuning), 9 blind 209 shapes (urns and soul tablets at a pagoda in
Windows-1258, fish raised in rice fields in Excel, pavements lent for weddings and funerals,
electric-shock fishing fines in UTF-16, Aceh zakat recipients, a Balinese mass cremation, Papuan
special-autonomy scholars, Kupang's intending migrant workers with the passport beside the NIK and
West Kalimantan land registration plots in Excel; written 04:48 UTC, 2026-12-07, never used for
tuning), 9 blind 210 shapes (fire extinguishers given to neighbourhood fire-safety groups in
UTF-16, trench permits in Windows-1258, pigs restocked after African swine fever, free reading
glasses in Excel, Chiapas weavers with Tsotsil headers and the CURP, a Guatemalan coffee estate's
IGSS affiliations with the CUI, San Pedro Sula market stalls in Excel with the DNI beside the RTN,
Cuban building subsidies in Windows-1252 and Puerto Rico's home repair applicants with the SSN;
written 04:48 UTC, 2026-12-07, never used for tuning), 9 blind 211 shapes (cattle killed by a cold
spell in Windows-1258, platelet donors in UTF-16, internet-game shops, fuel support for offshore
fishing boats in Excel, Lebanese generator subscriptions with Arabic/French headers, Kurdish wheat
deliveries with Sorani headers, Damascus student housing in Windows-1256, Palestinian work permits
and an Israeli kindergarten's registrations in Windows-1255 with the parent's teudat zehut; written
04:48 UTC, 2026-12-07, never used for tuning), 9 blind 212 shapes (clinical contraception in
Windows-1258, Hà Nội's motorbike exhaust tests in Excel, planted forest felling in UTF-16, sports
school candidates, Japanese hometown-tax donors with the My Number and era dates, Korean youth rent
support in CP949, Xinjiang cotton subsidies with Uyghur headers in Excel, Inner Mongolian grassland
rangers with Mongolian-script headers and a Kazakh house-plot queue with the ИИН; written 04:49
UTC, 2026-12-07, never used for tuning), 9 blind 213 shapes (nine registers of the north-east coast
and its islands after the merger: Vân Đồn casino players, Bạch Long Vĩ volunteers in Windows-1258,
Cô Tô ferry fares in Excel, Lan Hạ bay cruise guests, styrofoam floats swapped in UTF-16, clam sea
areas with the district empty after the merger, quan họ singers at the Lim festival, maritime
pilots and Đồ Sơn buffalo-fighting owners with the old address beside the new ward; written 05:02
UTC, 2026-12-07, never used for tuning), 9 blind 214 shapes (lumpy skin vaccinations in
Windows-1258, pavements lent for weddings and funerals, architects' and auditors' certificate
candidates in Excel and UTF-16, a Lithuanian hunting club in Windows-1257, Latvian offence reports,
Estonian fishing cards, Polish rent arrears in Windows-1250 with the PESEL and Belarusian military
registration in Excel with the личный номер; written 05:03 UTC, 2026-12-07, never used for tuning),
9 blind 215 shapes (court interpreters, badminton club members in Windows-1258, quan họ singers in
Excel, reservoir angling cards in UTF-16, Togolese nationality certificates, Beninese CIP
certificates with the NPI, Gabonese job seekers in Excel, a Brazzaville cadastre with the CNI
beside the NIU and a Kinshasa antenatal register with French/Lingala headers; written 05:02 UTC,
2026-12-07, never used for tuning), 9 blind 216 shapes (football tickets at Mỹ Đình, cabin-crew
candidates in Excel, resettlement plots by lot in Windows-1258, IVF couples in UTF-16, a Nepali
land revenue office with Devanagari headers and Bikram Sambat dates, Bhutanese De-suung trainees
with the CID, Maldives National University with Thaana headers, a Point Pedro fisheries cooperative
with Tamil headers and Gilgit-Baltistan wheat ration cards with the CNIC; written 05:03 UTC,
2026-12-07, never used for tuning), 9 blind 217 shapes (rabies shots in Windows-1258, e-bike
charging in rooming houses in Excel, market scales checked in UTF-16, osteoporosis screening,
Fijian poverty benefits with the TIN, Samoan matai titles, Tongan allotment holders in
Windows-1252, a Papua New Guinea land group with Tok Pisin headers and Vanuatu kava farmers with
Bislama/French/English headers; written 05:03 UTC, 2026-12-07, never used for tuning), 9 blind 218
shapes (nine registers of national bodies: cochlear implants at the national ENT hospital, a
science fund's lead researchers in Excel, inventors in patent applications in UTF-16,
frequent-flyer members, cord-blood mothers in Windows-1258, children's heart operations paid by a
fund, olympiad winners admitted directly, free insulin pens and workers home early from abroad;
written 05:20 UTC, 2026-12-07, never used for tuning), 9 blind 219 shapes (silkworm eggs in
Windows-1258, sand-dredging boats in Excel, snake farms in UTF-16, martyrs' remains brought home,
Martinique fishermen with the NIR, a Guadeloupe cyclone fund, Curaçao study finance in Excel with
Papiamentu/Dutch headers, Aruban vaccinations with the persoonsnummer and Sint Maarten home
repairs; written 05:21 UTC, 2026-12-07, never used for tuning), 9 blind 220 shapes (swiftlet houses
in Windows-1258, wildlife farms in Excel, worn banknotes exchanged in UTF-16, a commune's citizen
reception, Algerian farmer cards with the NIN, Libyan patients sent abroad, Tata herders'
subsidised barley with Tifinagh/Arabic/French headers, Tataouine job candidates in Excel and
Bardawil fishing licences with the Egyptian national number; written 05:20 UTC, 2026-12-07, never
used for tuning), 9 blind 221 shapes (fishing-boat masters' exams in Windows-1258, frontline
porters' allowances in Excel, crocodile farms in UTF-16, trafficking returnees, a South African
learning centre with the 13-digit ID, Eswatini input subsidies, Mozambican fishing licences, an
Angolan teachers' competition with the BI and Lesotho land leases with Sesotho headers; written
05:22 UTC, 2026-12-07, never used for tuning), 9 blind 222 shapes (fishing-vessel certificates in
UTF-16, autism carers in Windows-1258, Postmart farmers in Excel, stem-cell donors, Ardia riders
with Sardinian headers, Val Gardena kindergartens with German/Italian/Ladin headers, Etna sand
grants, Aosta ski passes in Excel and Friulian fuel cards, each with the codice fiscale; written
05:21 UTC, 2026-12-07, never used for tuning), 9 blind 223 shapes (nine registers of Khmer and Cham
communities: monks and novices at the Pali exams, Khmer Dù kê and Rô băm artists in Windows-1258,
Khmer households of the phum and sóc in Excel, pagoda repair donors with the old address, Bàu Trúc
potters in UTF-16, Mỹ Nghiệp weavers, Bà-ni clergy, Cham pilgrims to Mecca and officials learning
Khmer or Cham; written 05:51 UTC, 2026-12-07, never used for tuning), 9 blind 224 shapes (an
ornamental-plant society in Excel, sand-dredger crews in UTF-16, leprosy patients watched in their
communes in Windows-1258, officials learning a minority language, a Swedish boat-berth queue with
the personnummer, Espoo library patrons with Finnish/Swedish headers, Trondheim start-up housing
loans in Excel, an Odense allotment waiting list and Reykjavík social housing with the kennitala;
written 05:52 UTC, 2026-12-07, never used for tuning), 9 blind 225 shapes (a summer kayak course in
Excel, bulky-waste pickups in UTF-16, fruit growing-area codes in Windows-1258, hive support for
bee-keepers, Sierra Leone driving licences with the NIN, Monrovia motorcycle riders with
month-first dates, University of The Gambia admissions, Guinea-Bissau cashew growers with
Portuguese/Kriol headers and Cape Verde social housing with the NIF beside the BI; written 05:51
UTC, 2026-12-07, never used for tuning), 9 blind 226 shapes (a water-safety swimming class, waste
sorted at source in Windows-1258, sidewalk motorbike repairers in UTF-16, electricity bill support
in Excel, Chinchero textile artisans with Quechua headers, an El Alto neighbourhood council in
Excel with Aymara headers, a Cotacachi water board in Windows-1252 with Kichwa headers, a Wayuu
rancheria census and CONADI indigenous certificates in UTF-16 with the RUN; written 05:51 UTC,
2026-12-07, never used for tuning), 9 blind 227 shapes (a đờn ca tài tử club in UTF-16, a scrap
collectors' cooperative in Windows-1258, a beach rescue team in Excel, epilepsy screening, a Greek
swimming pool with the AMKA, Cypriot fishing licences with Greek/Turkish headers, Albanian student
dormitories in Windows-1250 with the NID, Maltese bulky refuse bookings in Excel and Gibraltar
swimming courses; written 05:51 UTC, 2026-12-07, never used for tuning), 9 blind 228 shapes (tour
guide cards, organ donors, lottery sellers, a living blood bank, Yakutia air ambulance flights with
Yakut headers, Buryat hunting licences in Windows-1251, Nakhodka trawler crews, Kamchatka fishing
quotas in KOI8-R and Sakhalin Koreans applying to return; written 07:07 UTC, 2026-12-07, never used
for tuning), 9 blind 229 shapes (care-worker visa candidates, e-contract drivers, a sign-language
class, agarwood growers, a Somaliland fishing cooperative, Djibouti social housing, Eritrean
micro-credit with Tigrinya headers, Sudan school certificate candidates and Juba boda-boda riders;
written 07:05 UTC, 2026-12-07, never used for tuning), 9 blind 230 shapes (nine Vietnamese
registers of the North Central coast after the merger; written 07:05 UTC, 2026-12-07, never used
for tuning), 9 blind 231 shapes (a calligraphy class, free-meal kitchen volunteers, Sa Pa herb
growers, a motorbike-taxi team, South Tyrol home emergency calls, Liechtenstein supplementary
benefits, Vorarlberg alpine pasture staff, Graubünden hunting licences with Romansh headers and
Hallertau hop pickers with the Steuer-ID; written 07:05 UTC, 2026-12-07, never used for tuning), 9
blind 232 shapes (lion-dance troupes, cross-country runners, a gong ensemble, Tết calligraphy
stalls, a Uruguayan housing cooperative, Chubut sheep credit with the CUIL, a Mapuche health
centre, a gaúcho traditions centre and Falklands firearm certificates; written 07:06 UTC,
2026-12-07, never used for tuning), 9 blind 233 shapes (an art photo exhibition, sea-turtle
volunteers, buckwheat seed, a welders' contest, Douala motorbike taxis, Chad hajj pilgrims, a
Lobaye coffee cooperative with Sango headers, Malabo driving licences and São Tomé market vendors;
written 07:10 UTC, 2026-12-07, never used for tuning), 9 blind 234 shapes (Thái xòe dancers,
digital signatures, drone sprayers, blacksmiths, Zambian CEEC loans, a Malawian village savings
group with Chichewa headers, ZIMSEC private candidates, Botswana youth fund applicants and
Ohangwena drought relief; written 07:13 UTC, 2026-12-07, never used for tuning), 9 blind 235 shapes
(nine Vietnamese registers of the Red River delta after the merger; written 07:12 UTC, 2026-12-07,
never used for tuning), 9 blind 236 shapes (hair donors, pigeon racing, airport pick-up cards,
basement parking, Breton mutual health insurance, Alsace grape pickers, Corsican resident fares,
eusko members and Monaco home alarms; written 07:14 UTC, 2026-12-07, never used for tuning), 9
blind 237 shapes (relic keepers, agarwood growers, a Braille class, loudspeaker contributors, a
Brunei pre-marriage course, Sarawak longhouse doors, Timor-Leste social security, Bangsamoro
madrasah teachers and Riau KUSUKA fishers; written 07:13 UTC, 2026-12-07, never used for tuning), 9
blind 238 shapes (Bắc Hà jockeys, a Cham script class, veterans' battlefield trips, a barista
class, Nunavut harvester support with Inuktitut syllabics, Northwest Territories student aid, Yukon
medical travel, Cree income security and Métis bursaries; written 07:20 UTC, 2026-12-07, never used
for tuning), 9 blind 239 shapes (fish-sauce makers, school glasses, air volleyball, a make-up
class, Tatarstan social cards, Bashkir beekeepers, a Chuvash military register, Mari El timber
contracts and Udmurt rural teachers; written 07:20 UTC, 2026-12-07, never used for tuning), 9 blind
240 shapes (nine Vietnamese registers of the North-West mountains after the merger; written 07:22
UTC, 2026-12-07, never used for tuning), 9 blind 241 shapes (found ID cards returned, military
licences converted, healers' remedies, travel bans, Travis County voters, Miami-Dade homestead
exemptions, NYC Fair Fares in snake_case, Restore Louisiana and Calista shareholders in camelCase;
written 07:19 UTC, 2026-12-07, never used for tuning), 9 blind 242 shapes (Chinese chess entrants,
street trees, dropouts brought back, fines enforced, Shunde dragon-boat paddlers with Cantonese
headers, Sichuan start-up loans in GBK, Xishuangbanna elephant damage in GB18030, a Zhuang brocade
class and Nagqu caterpillar-fungus permits; written 07:22 UTC, 2026-12-07, never used for tuning),
9 blind 243 shapes (fire-safety training, tuna longliner crews, a study-promotion association,
pavement permits, a Sindh tenant register, Khyber Pakhtunkhwa character certificates, Balochistan
solar tube wells, Punjab land records and Azad Kashmir refugees' allowance; written 07:50 UTC,
2026-12-07, never used for tuning), 9 blind 244 shapes (street photographers, used cooking oil, an
ambulance log, a mobile pool, Merefa firewood in Windows-1251, Lviv e-tickets, Odesa public works
in KOI8-U, a collective centre for displaced people and Crimean Tatar Qurban aid; written 07:49
UTC, 2026-12-07, never used for tuning), 9 blind 245 shapes (nine Vietnamese registers of Hà Nội
after the reorganisation; written 07:50 UTC, 2026-12-07, never used for tuning), 9 blind 246 shapes
(ferry boatmen, blind massage therapists, auctioneers, forest guard payments, an Oromia coffee
cooperative, Bahir Dar kebele IDs, Mekelle displaced people, Somali-region livestock vaccination
and Addis Ababa trade licences; written 07:50 UTC, 2026-12-07, never used for tuning), 9 blind 247
shapes (straw-burning pledges, artificial limbs, bail guarantors, camera traffic fines, Bogotá
street vendors, Venezuelan pensioners, Ecuadorian artisans, Panama education loans and Dominican
lottery sellers; written 07:47 UTC, 2026-12-07, never used for tuning), 9 blind 248 shapes (a
songbird contest, life models, pilot candidates, street performers, Kurdish seasonal farm workers,
Black Sea tea growers in Windows-1254, Istanbul urban renewal, an Izmir milk programme and a Hatay
container city; written 08:00 UTC, 2026-12-07, never used for tuning), 9 blind 249 shapes (rat
tails, parade tickets, off-campus students, a mass wedding, Aden dialysis in Windows-1256, Dhofar
camel owners, a Tripoli payroll, Baghdad generator subscribers and Aleppo earthquake damage;
written 07:58 UTC, 2026-12-07, never used for tuning), 9 blind 250 shapes (nine Vietnamese
registers of the South Central coast and the Central Highlands after the merger; written 07:57 UTC,
2026-12-07, never used for tuning), 9 blind 251 shapes (rain-gauge observers, resettlement draws,
customs declarations, insolvent debtors, Sapporo snow removal in Shift_JIS, Ishinomaki public
housing, Expo volunteers, Aso fire corps and Ōizumi foreign residents; written 08:00 UTC,
2026-12-07, never used for tuning), 9 blind 252 shapes (stomach cancer screening, an earthworm
course, rattan outworkers, a bánh chưng contest, Hungarian hunting licences in Windows-1250, Prague
2 parking in ISO-8859-2, a Slovenian fire brigade, Croatian berths and Burgenland heating
subsidies; written 08:00 UTC, 2026-12-07, never used for tuning), 9 blind 253 shapes (a
dragon-fruit cold store, arsenic water filters, a shared vegetable garden, charity class teachers,
Dhaka trade licences, Rangamati resident certificates with Chakma and Marma names, Sylhet tea
estate workers, Cox's Bazar camp volunteers without a national id and Khulna fishers' cards with
Bengali digits; written 08:26 UTC, 2026-12-07, never used for tuning), 9 blind 254 shapes (an áo
dài tailoring course, rice-shrimp conversions, market porters, a pagoda retreat, Galician community
forest commoners in ISO-8859-15, an Asturian salmon permit draw, a Basque sports centre, Navarre
communal plots and Barcelos market stallholders with the Cartão de Cidadão beside the NIF; written
08:25 UTC, 2026-12-07, never used for tuning), 9 blind 255 shapes (nine Vietnamese registers of the
industrial Southeast after the merger; written 08:25 UTC, 2026-12-07, never used for tuning), 9
blind 256 shapes (alley street lights, shared textbooks, a cooking contest, flooded crops, Tamil
Nadu fishermen's welfare, Kerala Kudumbashree members, Karnataka Gruha Jyothi, Telangana Kalyana
Lakshmi and Andhra Vahana Mitra with the Aadhaar; written 08:25 UTC, 2026-12-07, never used for
tuning), 9 blind 257 shapes (library reader cards, electricity support, bus passes, water meters,
Belém market stall holders, a Manaus vaccination register with the CNS, Mato Grosso cattle
vaccination, Goiás school enrolments and Distrito Federal food cards; written 08:25 UTC,
2026-12-07, never used for tuning), 9 blind 258 shapes (IUU fishing pledges, used batteries for
trees, model gardens, artisan titles, Ulaanbaatar ger-district redevelopment, herders' livestock
insurance, Bayan-Ölgii eagle festival entrants with Kazakh headers, Darkhan teachers and Erdenet
inpatients with the register number; written 08:54 UTC, 2026-12-07, never used for tuning), 9 blind
259 shapes (electric buggy drivers, a fishing contest, national flags handed out, drowning
rescuers, Nag Hammadi cane suppliers in Windows-1256, Nubian compensation claims, Alexandria beach
cabins, Mansoura student hostels and Suez social housing with the 14-digit national number; written
08:54 UTC, 2026-12-07, never used for tuning), 9 blind 260 shapes (nine Vietnamese registers of Đà
Nẵng, Quảng Ngãi and Huế's neighbours after the merger; written 08:53 UTC, 2026-12-07, never used
for tuning), 9 blind 261 shapes (breed chickens, temporary tractor plates, impounded vehicles,
refunded fines, Tel Aviv parking permits in Windows-1255, Sakhnin food vouchers in Windows-1256, a
Bnei Brak gemach, a kibbutz and Negev Bedouin plot applicants with the teudat zehut; written 08:53
UTC, 2026-12-07, never used for tuning), 9 blind 262 shapes (gold workshops, security guards, stem
cell donors, motorbike taxi drivers retraining, Hualien and Taitung traditional names in cp950,
Hakka language candidates, Kinmen elders, Pingtung typhoon relief and Taichung conscripts with ROC
dates; written 08:54 UTC, 2026-12-07, never used for tuning), 9 blind 263 shapes (four Vietnamese
registers, Québec injury claims with the NAS beside the RAMQ number, Acadian fishers' benefit
claims, Louisiana disaster food aid applicants, Saint-Pierre-et-Miquelon social insurance members
with the NIR and a Hearst moose-tag draw; written 09:52 UTC, 2026-12-07, never used for tuning), 9
blind 264 shapes (four Vietnamese registers of licensed professions, Gaeltacht host households with
the PPS number, a Gwynedd sight impairment register with the NHS number, a Highland audiology list
with the CHI, an Isle of Man housing list and Le Guilvinec fishermen with the NIR; written 09:52
UTC, 2026-12-07, never used for tuning), 9 blind 265 shapes (nine Vietnamese registers of the
northern midlands and border provinces after the merger; written 09:52 UTC, 2026-12-07, never used
for tuning), 9 blind 266 shapes (four Vietnamese registers, Sudan's pensioners in Windows-1256,
Gezira Scheme tenants, Bor national ID applications, Unity cattle-camp vaccination and eastern Chad
refugee registration; written 09:52 UTC, 2026-12-07, never used for tuning), 9 blind 267 shapes
(four Vietnamese registers, Sakha reindeer herders, a Buryat people's patrol, Tuvan firewood
contracts in KOI8-R, Altai instructor-guides and Khakassia gas connections; written 09:50 UTC,
2026-12-07, never used for tuning), 9 blind 268 shapes (four Vietnamese registers, a Dagestan hajj
list, Chechen gas subscribers, Ingush child allowances in KOI8-R, Ossetian blood donors and
Kabardino-Balkar teachers' compensation; written 09:58 UTC, 2026-12-07, never used for tuning), 9
blind 269 shapes (nine Vietnamese registers of the new Lâm Đồng after the merger; written 09:57
UTC, 2026-12-07, never used for tuning), 9 blind 270 shapes (four Vietnamese registers, Cherokee
Nation citizenship, White Earth wild rice permits, Polk County voters, Wisconsin injury reports and
Kansas unclaimed property; written 09:57 UTC, 2026-12-07, never used for tuning), 9 blind 271
shapes (four Vietnamese registers, Maldivian voter and hajj lists in Thaana, Vavuniya land permits
and Trincomalee three-wheelers with old and new NICs and Lakshadweep ship passengers; written 09:58
UTC, 2026-12-07, never used for tuning), 9 blind 272 shapes (four Vietnamese registers, Greenland
sled dogs with the CPR, Faroese grind licences with the P-tal, Åland ferry cards, Shetland patient
travel with the CHI and Westfjords home help with the kennitala; written 09:58 UTC, 2026-12-07,
never used for tuning), 9 blind 273 shapes (nine Vietnamese registers kept about Vietnamese abroad
and returning home; written 10:04 UTC, 2026-12-07, never used for tuning), 9 blind 274 shapes (four
Vietnamese registers, a Pattani nikah register, Yala pondok students, Narathiwat compensation in
cp874 with Thai digits, Chiang Rai nationality applications and Mae Hong Son border patrol school
pupils; written 10:04 UTC, 2026-12-07, never used for tuning), 9 blind 275 shapes (four Vietnamese
registers, Hong Kong marriage notices, hawker licences in Big5-HKSCS and niche allocations with the
HKID, Macau cash sharing and driving tests with the BIR; written 10:03 UTC, 2026-12-07, never used
for tuning), 9 blind 276 shapes (four Vietnamese registers, Sonora migrant labourers, Rarámuri late
birth registrations, Tijuana street vendors, Coahuila coal miners and a Hidalgo County colonia's
loan applicants; written 10:03 UTC, 2026-12-07, never used for tuning), 9 blind 277 shapes (four
Vietnamese registers, Lower Sorbian courses, Föhr and Amrum ferry cards, South Schleswig home
nursing in ISO-8859-15, an East Frisian Boßel club and an Oktoberfest tent's staff with the
Steuer-ID; written 10:04 UTC, 2026-12-07, never used for tuning), 9 blind 278 shapes (nine
Vietnamese registers of the new Cần Thơ after the merger; written 10:08 UTC, 2026-12-07, never used
for tuning), 9 blind 279 shapes (four Vietnamese registers, a Kano zakat list, Kaduna tricycle
riders, an Ibadan market association, Onitsha apprentices and Niger Delta amnesty stipends; written
10:10 UTC, 2026-12-07, never used for tuning), 9 blind 280 shapes (four Vietnamese registers, an
Andalusian couples register, Valencian falla members, Murcian irrigators in ISO-8859-15, Balearic
fishing licences and a Ceuta surgical waiting list; written 10:10 UTC, 2026-12-07, never used for
tuning), 9 blind 281 shapes (four Vietnamese registers, a Komi housing subsidy queue, Karelian
salmon permits, Nenets herders' early voting in KOI8-R, Lovozero reindeer races and Kholmogory drug
benefits; written 10:09 UTC, 2026-12-07, never used for tuning), 9 blind 282 shapes (four
Vietnamese registers, Belize tour guides, Honduran lobster divers, a Rama and Kriol community
census, Limón housing bonus applications and San Andrés residence cards; written 10:10 UTC,
2026-12-07, never used for tuning), 9 blind 283 shapes (nine Vietnamese registers of the new Khánh
Hòa after the merger; written 10:15 UTC, 2026-12-07, never used for tuning), 9 blind 284 shapes
(four Vietnamese registers, Serra Gaúcha grape suppliers, flood reconstruction aid in Rio Grande do
Sul, a Pomerode shooting society, Blumenau Oktoberfest vendors and a Paraná surgery waiting list;
written 10:16 UTC, 2026-12-07, never used for tuning), 9 blind 285 shapes (four Vietnamese
registers, hospital pre-approvals in Marathi, a Gujarati milk cooperative, Goan canoe owners in
Konkani, a Rajasthan LPG subsidy with the Jan Aadhaar and Mumbai street vendors; written 10:16 UTC,
2026-12-07, never used for tuning), 9 blind 286 shapes (four Vietnamese registers, Zhuang language
test candidates, Dongxing border residents' subsidy in GBK, Hekou border passes in GB18030,
Xishuangbanna rubber insurance and Hani terrace subsidies; written 10:15 UTC, 2026-12-07, never
used for tuning), 9 blind 287 shapes (four Vietnamese registers, Chamorro Land Trust applicants,
CNMI Medicaid enrollees, Palau scholarships, an FSM vaccination line list and a Marshall Islands
voter roll; written 10:16 UTC, 2026-12-07, never used for tuning), 9 blind 288 shapes (nine
Vietnamese registers of the new Gia Lai after the merger; written 10:21 UTC, 2026-12-07, never used
for tuning), 9 blind 289 shapes (data collection tools' exports: Google Forms, KoboToolbox,
public-service portal and Zalo mini-app files in Vietnam, Kobo in Kharkiv, ODK in Piura, CommCare
in Zambia, DHIS2 in Rwanda and REDCap in Thailand; written 10:22 UTC, 2026-12-07, never used for
tuning), 9 blind 290 shapes (business software exports: MISA AMIS, FAST, a hospital HIS and SMAS in
Vietnam, SAP HCM in Vienna, Workday in Canada, Odoo in Belgium, 1C in Kazakhstan and Salesforce in
Ireland; written 10:21 UTC, 2026-12-07, never used for tuning), 9 blind 291 shapes (four Vietnamese
registers, Sardinian courses in Nuoro, South Tyrol language exams, Aosta consorterie, Friulian
civil protection volunteers and Arbëreshë home care; written 10:21 UTC, 2026-12-07, never used for
tuning), 9 blind 292 shapes (lists as agencies exchange them: four Vietnamese templates with
numbered or merged headers, Finnish lay judges, Hungarian census enumerators in Windows-1250,
Estonian civil servants, Bulgarian court experts and Fribourg sworn interpreters; written 10:21
UTC, 2026-12-07, never used for tuning), 9 blind 293 shapes (nine Vietnamese registers of the new
Tây Ninh after the merger; written 10:26 UTC, 2026-12-07, never used for tuning), 9 blind 294
shapes (four Vietnamese registers, Navajo Nation hardship assistance, a Río Arriba land-grant heirs
roster, Pueblo of Laguna enrollment, an Arizona big game draw and Nevada gaming work cards; written
10:27 UTC, 2026-12-07, never used for tuning), 9 blind 295 shapes (four Vietnamese registers,
Ivorian coffee and cocoa producers, Guinean gold miners, Senegalese equal-opportunity cards, a
Liberian payroll check and Sierra Leone microfinance borrowers; written 10:26 UTC, 2026-12-07,
never used for tuning), 9 blind 296 shapes (wide rows of several people: four Vietnamese registers,
Argentine leases with guarantors, a Japanese neighbourhood roster, Turkish student loan bonds,
Philippine overseas workers and Chilean family allowances; written 10:26 UTC, 2026-12-07, never
used for tuning), 9 blind 297 shapes (civil registration events naming two or three people: four
Vietnamese registers, Swedish estate inventories, Polish death acts, Chilean successions, Korean
adoptions in cp949 and Italian support administrations; written 10:25 UTC, 2026-12-07, never used
for tuning), 9 blind 298 shapes (nine Vietnamese registers of the new Quảng Trị after the merger;
written 10:31 UTC, 2026-12-07, never used for tuning), 9 blind 299 shapes (several things in one
cell and one thing over many: four Vietnamese registers, Polish allotments in Windows-1250,
Brazilian waste pickers, a Japanese evacuation list in Shift-JIS, a Turkish muhtar's visits and
German lay judge proposals; written 10:31 UTC, 2026-12-07, never used for tuning), 9 blind 300
shapes (retyped and old-system files: four Vietnamese registers in capitals without diacritics,
FELDA settlers, an East German cooperative's land shares, a Córdoba electric cooperative, Sri
Lankan pensioners and Bağ-Kur farmers; written 10:32 UTC, 2026-12-07, never used for tuning), 9
blind 301 shapes (school and university registers: four Vietnamese, a Korean dormitory, Brazilian
Pé-de-Meia students, a Kenyan technical institute, German first-grade registrations and a
Philippine school register; written 10:31 UTC, 2026-12-07, never used for tuning), 9 blind 302
shapes (health registers: four Vietnamese, Punjab hepatitis C, a Lagos sickle cell clinic, an
Indonesian leprosy cohort, a Peruvian children's roll and Ukrainian family-doctor declarations;
written 10:31 UTC, 2026-12-07, never used for tuning), 9 blind 303 shapes (nine Vietnamese
registers of the new Vĩnh Long after the merger; written 10:35 UTC, 2026-12-07, never used for
tuning), 9 blind 304 shapes (labour registers: four Vietnamese, Polish unemployed, Egyptian
irregular workers, Colombian unemployment protection applicants, South African work seekers and
Japanese Hello Work claimants; written 10:35 UTC, 2026-12-07, never used for tuning), 9 blind 305
shapes (housing and land registers: four Vietnamese, Nairobi county tenants, Zapopan property tax,
Rhône social housing applicants, Mumbai slum rehabilitation and Jakarta rental flats; written 10:35
UTC, 2026-12-07, never used for tuning), 9 blind 306 shapes (transport registers: four Vietnamese,
São Paulo app drivers, Istanbul school bus drivers, Lagos commercial drivers, Cabanatuan tricycle
franchises and German taxi permits; written 10:35 UTC, 2026-12-07, never used for tuning), 9 blind
307 shapes (electoral and civic registers: four Vietnamese, Uttar Pradesh Form 6B, Mexican poll
workers, Kenyan ward candidates, East Java poll workers and an Arizona county's poll workers;
written 10:35 UTC, 2026-12-07, never used for tuning), 9 blind 308 shapes (nine Vietnamese
registers of the new Đồng Tháp after the merger; written 10:40 UTC, 2026-12-07, never used for
tuning), 9 blind 309 shapes (social protection registers: four Vietnamese, a Pará social
electricity tariff, PM-KISAN recovery, SASSA child support, BISP school stipends and a Bienestar
disability pension; written 10:39 UTC, 2026-12-07, never used for tuning), 9 blind 310 shapes
(finance registers: four Vietnamese, M-PESA agents, a BVN and NIN account review, Indian re-KYC, a
Philippine cooperative and Brazilian Pix keys; written 10:39 UTC, 2026-12-07, never used for
tuning), 9 blind 311 shapes (justice registers: four Vietnamese, a West Yorkshire probation
caseload, a Georgia municipal court's fines, Colombian public defender requests, Philippine public
attorney clients and Gauteng maintenance orders; written 10:39 UTC, 2026-12-07, never used for
tuning), 9 blind 312 shapes (agriculture, land and fisheries registers: four Vietnamese, Amhara
fertilizer in Amharic, Lambayeque water users, Javanese fertilizer plans, Souss fishing boats and
Poltava land-share leases; written 10:39 UTC, 2026-12-07, never used for tuning), 9 blind 313
shapes (nine Vietnamese registers of the new An Giang after the merger; written 10:44 UTC,
2026-12-07, never used for tuning), 9 blind 314 shapes (migration registers: four Vietnamese,
Hessian asylum arrivals, Syrians in Gaziantep, Venezuelans' PPT in Cúcuta, Bidibidi arrivals and
Samos asylum applications; written 10:44 UTC, 2026-12-07, never used for tuning), 9 blind 315
shapes (sports, culture and religion registers: four Vietnamese, a Seville brotherhood, a Rio samba
school, Nigerian Jerusalem pilgrims, Kanagawa kendo grading and a Cairo club's members; written
10:43 UTC, 2026-12-07, never used for tuning), 9 blind 316 shapes (utility and telecom registers:
four Vietnamese, Pakistani SIM issuance, Nairobi water customers, Lima natural gas, Polish
electricity and Indonesian prepaid electricity; written 10:43 UTC, 2026-12-07, never used for
tuning), 9 blind 317 shapes (defence and veterans registers: four Vietnamese, Korean reservists,
Israeli reservists' compensation, Colombian military situation, Finnish refresher exercises and
Thai veterans' cards in cp874; written 10:44 UTC, 2026-12-07, never used for tuning), 9 blind 318
shapes (nine Vietnamese registers of the new Hưng Yên after the merger; written 11:12 UTC,
2026-12-07, never used for tuning), 9 blind 319 shapes (nine Vietnamese registers of the new Ninh
Bình after the merger; written 11:12 UTC, 2026-12-07, never used for tuning), 9 blind 320 shapes
(tax and customs registers: four Vietnamese, Kenyan turnover tax, Philippine self-employed
registrants, Brazilian micro-entrepreneurs, Italian flat-rate taxpayers and Egyptian expatriates'
cars; written 11:12 UTC, 2026-12-07, never used for tuning), 9 blind 321 shapes (child protection
and family registers: four Vietnamese, an English child protection plan list, Kenyan foster carers,
Bihar sponsorships, Colombian rights restoration and an Indonesian children's home; written 11:13
UTC, 2026-12-07, never used for tuning), 9 blind 322 shapes (disaster registers: four Vietnamese,
Eastern Samar typhoon casualties, earthquake rent aid in Türkiye, a Sindh flood relief camp, a
Sofala cyclone centre and a Japanese evacuation shelter; written 11:12 UTC, 2026-12-07, never used
for tuning), 9 blind 323 shapes (customer lists of couriers and shops: four Vietnamese, an
Indonesian marketplace, Brazilian, Indian and Polish online shops and a Nigerian pay-on-delivery
sheet; written 11:12 UTC, 2026-12-07, never used for tuning), 9 blind 324 shapes (union and
association members: four Vietnamese, IG Metall, a CGT hospital section, Argentine shop workers, a
South African metalworkers' local and a Korean union branch; written 11:12 UTC, 2026-12-07, never
used for tuning), 9 blind 325 shapes (hospital discharge and death registers: four Vietnamese,
Mexican discharges, an Egyptian death register, Thai referrals, Russian death certificates and a
Ghanaian admission register; written 11:13 UTC, 2026-12-07, never used for tuning), 9 blind 326
shapes (nine Vietnamese registers of the new Bắc Ninh and the Phú Thọ and Hà Nội boundary after the
merger; written 11:46 UTC, 2026-12-07, never used for tuning), 9 blind 327 shapes (research and
survey registers: four Vietnamese, a Québec ageing study, an Indian ageing study, a Brazilian adult
cohort, Kilifi demographic surveillance and a German cohort's invitations; written 11:45 UTC,
2026-12-07, never used for tuning), 9 blind 328 shapes (licensing registers: four Vietnamese, NSW
security licences, Andalusian tour guides, Nigerian pharmacists, East Java security guards' cards
and Japanese hazardous-materials handlers; written 11:45 UTC, 2026-12-07, never used for tuning), 9
blind 329 shapes (environment and animal registers: four Vietnamese, a New Zealand dog register,
Chilean hunting permits, Moroccan hunting permits, Polish fishing cards and Chiang Mai burning
permits; written 11:45 UTC, 2026-12-07, never used for tuning), 9 blind 330 shapes (mixed scripts
and languages: Chinese traders, Lao students, Cambodian patients and a Korean firm's staff in
Vietnam, Singapore hawkers, a Swiss course in four languages, Brussels parking cards, an Israeli
emergency team and Canadian poll workers; written 11:45 UTC, 2026-12-07, never used for tuning), 9
blind 331 shapes (nine Vietnamese registers of the merged Lào Cai (Lào Cai and Yên Bái), H'Mông,
Dao and Hà Nhì names; written 12:35 UTC, 2026-12-07, never used for tuning), 9 blind 332 shapes
(tourism and accommodation: four Vietnamese, a Thai hotel's guest register, a Japanese ryokan, a
Korean pension, a Spanish parte de viajeros and an Australian caravan park; written 12:32 UTC,
2026-12-07, never used for tuning), 9 blind 333 shapes (the sea: four Vietnamese crew and seafarer
registers, Guatemalan, Salvadoran, Costa Rican, Dominican and Jamaican fishers; written 12:33 UTC,
2026-12-07, never used for tuning), 9 blind 334 shapes (workers abroad: four Vietnamese, a Riyadh
Iqama register, a UAE insurance census, a Doha recruitment office, Egyptian workers and Moroccan
seasonal workers; written 12:33 UTC, 2026-12-07, never used for tuning), 9 blind 335 shapes (four
Vietnamese health registers (rare blood, a Td campaign, organ pledges, a rabies clinic), South
Africa, Botswana, Fiji, Samoa and Papua New Guinea; written 12:32 UTC, 2026-12-07, never used for
tuning), 9 blind 336 shapes (four Vietnamese (burials, certified copies, lost papers, SIM
registrations), Peru, Ecuador, Bolivia, Colombia and Venezuela; written 12:32 UTC, 2026-12-07,
never used for tuning), 9 blind 337 shapes (contracts between two parties: five Vietnamese, a
Korean jeonse register, a Japanese car transfer list, a Philippine deed-of-sale register and an
Indonesian PPAT register; written 12:33 UTC, 2026-12-07, never used for tuning), 9 blind 338 shapes
(foreigners and mixed families in Vietnam, names in two scripts in Korea, Japan, mainland China,
Macau and Mongolia; written 12:33 UTC, 2026-12-07, never used for tuning), 9 blind 339 shapes (nine
Vietnamese registers of the merged Cà Mau (Cà Mau and Bạc Liêu); written 12:40 UTC, 2026-12-07,
never used for tuning), 9 blind 340 shapes (nine Vietnamese registers of the merged Hải Phòng (Hải
Phòng and Hải Dương); written 12:40 UTC, 2026-12-07, never used for tuning), 9 blind 341 shapes
(religious life: four Vietnamese, Albania, North Macedonia, Montenegro, Bosnia and Herzegovina and
Moldova; written 12:40 UTC, 2026-12-07, never used for tuning), 9 blind 342 shapes (the elderly:
four Vietnamese, Cuba, Uruguay, Paraguay, Panama and Honduras; written 12:40 UTC, 2026-12-07, never
used for tuning), 9 blind 343 shapes (sport and leisure: four Vietnamese, Rwanda, Uganda, Zambia,
Malawi and Cameroon; written 12:40 UTC, 2026-12-07, never used for tuning), 9 blind 344 shapes
(online forms whose headers are the questions: five Vietnamese, a UK council, a Mexican
municipality, an Indonesian kelurahan and a Thai subdistrict; written 12:40 UTC, 2026-12-07, never
used for tuning), 9 blind 345 shapes (old systems' exports with field names of ten capitals: five
Vietnamese, a US county's AS400, a French mairie, a German Meldeamt and a Brazilian COBOL file;
written 12:40 UTC, 2026-12-07, never used for tuning), 9 blind 346 shapes (universities: four
Vietnamese, Nepal, Bhutan, Afghanistan, Tajikistan and Kyrgyzstan; written 12:40 UTC, 2026-12-07,
never used for tuning), 9 blind 347 shapes (nine Vietnamese registers of the merged Đồng Nai (Đồng
Nai and Bình Phước); written 12:55 UTC, 2026-12-07, never used for tuning), 9 blind 348 shapes
(nine Vietnamese registers of the merged Quảng Ngãi (Quảng Ngãi and Kon Tum); written 12:55 UTC,
2026-12-07, never used for tuning), 9 blind 349 shapes (sentences served in the community: four
Vietnamese, Slovakia, Lithuania, Belarus, Malta and Cyprus; written 12:55 UTC, 2026-12-07, never
used for tuning), 9 blind 350 shapes (disability: four Vietnamese, Canada, Australia, New Zealand,
Ireland and the United Kingdom; written 12:55 UTC, 2026-12-07, never used for tuning), 9 blind 351
shapes (how registers split a name: five Vietnamese, Ethiopia, Somalia, Myanmar and Saudi Arabia;
written 12:55 UTC, 2026-12-07, never used for tuning), 9 blind 352 shapes (community health: four
Vietnamese, Thailand, the Philippines, Indonesia, Malaysia and Brunei; written 12:55 UTC,
2026-12-07, never used for tuning), 9 blind 353 shapes (money and customer identification: four
Vietnamese, India, Pakistan, Nigeria, Kenya and Ghana; written 12:55 UTC, 2026-12-07, never used
for tuning), 9 blind 354 shapes (examinations and school health: four Vietnamese, France, Italy,
Spain, Portugal and Greece; written 12:55 UTC, 2026-12-07, never used for tuning), 9 blind 355
shapes (nine Vietnamese registers of the merged Tuyên Quang (Tuyên Quang and Hà Giang); written
13:08 UTC, 2026-12-07, never used for tuning), 9 blind 356 shapes (nine Vietnamese registers of the
merged Đắk Lắk (Đắk Lắk and Phú Yên); written 13:08 UTC, 2026-12-07, never used for tuning), 9
blind 357 shapes (small trades: four Vietnamese, Azerbaijan, Turkey, Iraqi Kurdistan, Lebanon and
Jordan; written 13:08 UTC, 2026-12-07, never used for tuning), 9 blind 358 shapes (fire safety and
rescue: four Vietnamese, Luxembourg, Switzerland, Austria, Liechtenstein and Monaco; written 13:08
UTC, 2026-12-07, never used for tuning), 9 blind 359 shapes (two-row headers flattened on export:
five Vietnamese, German, French, Spanish and Japanese; written 13:10 UTC, 2026-12-07, never used
for tuning), 9 blind 360 shapes (household rosters, one row per member: five Vietnamese, the
Philippines, Indonesia, Kenya and Brazil; written 13:08 UTC, 2026-12-07, never used for tuning), 9
blind 361 shapes (road traffic: four Vietnamese, Thailand, Malaysia, the United Arab Emirates,
Chile and Argentina; written 13:10 UTC, 2026-12-07, never used for tuning), 9 blind 362 shapes
(medicines: four Vietnamese, Québec, France, the Netherlands, Germany and Sweden; written 13:08
UTC, 2026-12-07, never used for tuning), 9 blind 363 shapes (nine Vietnamese registers of the
merged Thái Nguyên (Thái Nguyên and Bắc Kạn); written 13:40 UTC, 2026-12-07, never used for
tuning), 9 blind 364 shapes (nine Vietnamese registers of the merged Đà Nẵng (Đà Nẵng and Quảng
Nam), Cơ Tu names; written 13:40 UTC, 2026-12-07, never used for tuning), 9 blind 365 shapes (water
and sanitation: four Vietnamese, Trinidad and Tobago, Barbados, the Bahamas, Guyana and Suriname;
written 13:43 UTC, 2026-12-07, never used for tuning), 9 blind 366 shapes (insurance claims: four
Vietnamese, Senegal, Côte d'Ivoire, Mali, Burkina Faso and Niger; written 13:40 UTC, 2026-12-07,
never used for tuning), 9 blind 367 shapes (lists reconciled against another register (the agency's
columns beside the population database's): five Vietnamese, an Estonian X-Road log, a Singapore
Myinfo export, an EU OOTS evidence list and an Indian DigiLocker list; written 13:40 UTC,
2026-12-07, never used for tuning), 9 blind 368 shapes (young children, the child the record: four
Vietnamese, Brazil, Mexico, the Philippines, Ghana and Pakistan; written 13:41 UTC, 2026-12-07,
never used for tuning), 9 blind 369 shapes (homes and land: four Vietnamese, a Japanese resident
list, a Korean move-in report, a Taiwanese household register, Hong Kong public housing and a
Singapore HDB ballot; written 13:40 UTC, 2026-12-07, never used for tuning), 9 blind 370 shapes
(donor-funded projects' beneficiary registers in Vietnam with English or bilingual headers; written
13:40 UTC, 2026-12-07, never used for tuning), 9 blind 371 shapes (electoral rolls: four Vietnamese
(voters moved between polling areas, certificates to vote elsewhere, in-patient voters, names
struck off or added), Ghana, Peru, Mongolia, Fiji and Estonia; written 16:12 UTC, 2026-12-07, never
used for tuning), 9 blind 372 shapes (blood donation and transfusion: four Vietnamese, Kazakhstan,
Bolivia, Sri Lanka, Lebanon and Ireland; written 16:15 UTC, 2026-12-07, never used for tuning), 9
blind 373 shapes (utility customers: four Vietnamese, Zambia, Uzbekistan, Ecuador, Cyprus and
Bangladesh; written 16:13 UTC, 2026-12-07, never used for tuning), 9 blind 374 shapes (pensions and
retirees: four Vietnamese, Serbia, Jamaica, Jordan, Laos and Chile; written 16:12 UTC, 2026-12-07,
never used for tuning), 9 blind 375 shapes (scholarships and student loans: four Vietnamese, Nepal,
Tunisia, Latvia, the Dominican Republic and Papua New Guinea; written 16:12 UTC, 2026-12-07, never
used for tuning), 9 blind 376 shapes (military service and civil defence: four Vietnamese,
Singapore, South Korea, Armenia, Colombia and Egypt; written 16:13 UTC, 2026-12-07, never used for
tuning), 9 blind 377 shapes (market traders and street vendors: four Vietnamese, Kenya, Guatemala,
the Philippines, Morocco and Slovakia; written 16:22 UTC, 2026-12-07, never used for tuning), 9
blind 378 shapes (animal owners: four Vietnamese, Uruguay, Botswana, Kyrgyzstan, Portugal and
Indonesia; written 16:22 UTC, 2026-12-07, never used for tuning), 9 blind 379 shapes (guest and
accommodation registrations: four Vietnamese, Japan, Italy, Spain, Turkey and Thailand; written
18:42 UTC, 2026-12-07, never used for tuning), 9 blind 380 shapes (fishing crews and fishers'
licences: four Vietnamese, the Philippines, Indonesia, Norway, Peru and Morocco; written 18:45
UTC, 2026-12-07, never used for tuning), 9 blind 381 shapes (taxi and ride-hailing drivers: four
Vietnamese, Kenya, Mexico, Poland, Egypt and India; written 18:42 UTC, 2026-12-07, never used for
tuning), 9 blind 382 shapes (library members: four Vietnamese, Finland, Brazil, South Korea,
Ireland and Romania; written 18:42 UTC, 2026-12-07, never used for tuning), 9 blind 383 shapes
(athletes: four Vietnamese, Nigeria, Argentina, Croatia, Iran and New Zealand; written 18:45 UTC,
2026-12-07, never used for tuning), 9 blind 384 shapes (disaster relief: four Vietnamese,
Bangladesh, Pakistan, Mozambique, Honduras and Sri Lanka; written 18:40 UTC, 2026-12-07, never used
for tuning), 9 blind 385 shapes (weapon, hunting and security-guard licences: four Vietnamese,
Czechia, Latvia, South Africa, Québec and Serbia; written 18:42 UTC, 2026-12-07, never used for
tuning), 9 blind 386 shapes (agricultural cooperatives: four Vietnamese, Ethiopia, Uzbekistan,
Colombia, Greece and Myanmar; written 18:40 UTC, 2026-12-07, never used for tuning), 9 blind 387
shapes (legal aid and courts: four Vietnamese, Albania, Georgia, Bhutan, Cambodia and Rwanda;
written 19:20 UTC, 2026-12-07, never used for tuning), 9 blind 388 shapes (transport concession
cards: four Vietnamese, Hong Kong, Chile, Portugal, Hungary and Qatar; written 19:20 UTC,
2026-12-07, never used for tuning), 9 blind 389 shapes (tuberculosis and chronic disease: four
Vietnamese, Zimbabwe, Azerbaijan, Paraguay, Tajikistan and Mongolia; written 19:22 UTC, 2026-12-07,
never used for tuning), 9 blind 390 shapes (workers going abroad: four Vietnamese, Nepal, Taiwan,
Japan, South Korea and Malaysia; written 19:20 UTC, 2026-12-07, never used for tuning), 9 blind 391
shapes (prisons and probation: four Vietnamese, Chile, Lithuania, Thailand, Jordan and Ghana;
written 19:22 UTC, 2026-12-07, never used for tuning), 9 blind 392 shapes (social housing: four
Vietnamese, France, Austria, Israel, Malaysia and Trinidad and Tobago; written 19:22 UTC,
2026-12-07, never used for tuning), 9 blind 393 shapes (apprenticeships: four Vietnamese, Germany,
Switzerland, Egypt, Indonesia and Brazil; written 19:20 UTC, 2026-12-07, never used for tuning), 9
blind 394 shapes (youth unions and volunteers: four Vietnamese, Cuba, Laos, China, Belarus and
Ukraine; written 19:23 UTC, 2026-12-07, never used for tuning), 9 blind 395 shapes (school health
and meals: four Vietnamese, Guatemala, Sri Lanka, Zambia, Slovenia and Bosnia and Herzegovina;
written 19:38 UTC, 2026-12-07, never used for tuning), 9 blind 396 shapes (road accident victims and
motor insurance claims: four Vietnamese, Turkey, Nigeria, Russia, Chile and Saudi Arabia; written
19:40 UTC, 2026-12-07, never used for tuning), 9 blind 397 shapes (tenants and rental contracts:
four Vietnamese, Germany, the Netherlands, Denmark, the United Arab Emirates and Brazil; written
19:41 UTC, 2026-12-07, never used for tuning), 9 blind 398 shapes (foster care, adoption and
guardianship: four Vietnamese, France, Spain, Mexico, South Korea and Egypt; written 19:38 UTC,
2026-12-07, never used for tuning), 9 blind 399 shapes (foreigners' residence permits: four
Vietnamese, Italy, Portugal, Czechia, Poland and South Korea; written 19:40 UTC, 2026-12-07, its
helper saw one commit subject naming a rule), 9 blind 400 shapes (SIM registration: four Vietnamese,
Nigeria, Pakistan, Indonesia, Tanzania and the Philippines; written 19:40 UTC, 2026-12-07, never
used for tuning), 9 blind 401 shapes (veterans and martyrs' families: four Vietnamese, Ukraine,
Armenia, the United States, Israel and Bosnia and Herzegovina; written 19:41 UTC, 2026-12-07, never
used for tuning), 9 blind 402 shapes (online sellers' tax registration: four Vietnamese, India,
Indonesia, Mexico, Kenya and the Philippines; written 19:43 UTC, 2026-12-07, never used for tuning)
and blind 403-410, 9 shapes each (utilities, late birth registration and adoption, driving tests,
microfinance, livestock and pets, religious volunteers, land and notaries, university admissions:
four Vietnamese files each and forty countries' and regions', from Peru to Estonia; written
21:58-22:00 UTC, 2026-12-07, never used for tuning), blind 411-418, 9 shapes each (fire safety,
hospital claims, street vendors, elderly care, building permits, elections, tourism staff, blood
and organ donors; written 22:22-22:30 UTC, 2026-12-07, never used for tuning), blind 419-426, 9
shapes each (cultural heritage and crafts, ports and waterways, child protection, environment and
waste, SIM registration, cooperatives, research grants, disaster relief; written 00:39-00:44 UTC,
2026-12-08, never used for tuning) and blind 427-434, 9 shapes each (sport, housing rentals, post
and couriers, aviation, legal professions, libraries, migrant workers, food safety; written
01:00-01:07 UTC, 2026-12-08, never used for tuning), blind 435-442, 9 shapes each (pharmacies,
taxis, scholarships, irrigation, markets, energy subsidies, rehabilitation, border crossings;
written 01:15-01:20 UTC, 2026-12-08, after the brief asked for varied names and addresses) and
blind 443-450, 9 shapes each (funerals and inheritance, tax offices, maternal and child health,
vehicles, universities, fisheries, housing support, police; written 02:27-02:31 UTC, 2026-12-08,
never used for tuning), each part with seeds of its own.

    .venv/bin/python bench/outside.py [--rows 300] [--part "blind 16" --totals]

``--part`` measures one part alone; ``--totals`` prints its figures without naming a column
(how a new never-tuned part is measured once before anyone looks at its misses).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from lienthong.profiling import THRESHOLD
from lienthong.quality._corpus import build_corpus
from lienthong.quality._corpus_eval import PARTS, measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=300)
    parser.add_argument("--part", help="measure this part only (e.g. 'blind 16')")
    parser.add_argument("--totals", action="store_true", help="figures only, no column named")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if args.part and args.part not in PARTS:
            parser.error(f"no part {args.part!r}; the parts: {', '.join(PARTS)}")
        parts = {args.part} if args.part else None
        tables = build_corpus(work / "files", rows=args.rows, parts=parts)
        started = time.perf_counter()
        halves = measure(tables, work)
        elapsed = time.perf_counter() - started
    for name, t in halves.items():
        if not t.tables:
            continue
        if args.totals:
            print(
                f"{name}: {t.tables} tables; identifying right {t.identifying_right}/"
                f"{t.identifying} = {t.role_accuracy:.1%}; wrong above {THRESHOLD}: "
                f"{len(t.wrong_confident)}; refused {len(t.refused)}; garbled {len(t.garbled)}; "
                f"precision {t.precision:.3f}, recall {t.recall:.3f}"
            )
            continue
        print(f"{name}: {t.tables} tables, {t.checks} checks")
        print(
            f"  identifying columns with the right role (confidence >= {THRESHOLD}): "
            f"{t.identifying_right}/{t.identifying} = {t.role_accuracy:.1%}; all columns "
            f"{t.columns_right}/{t.columns}"
        )
        print(f"  wrong identifying role above {THRESHOLD}: {t.wrong_confident or 'none'}")
        print(f"  files refused: {t.refused or 'none'}; headers garbled: {t.garbled or 'none'}")
        print(
            f"  defects: {t.planted} planted rows, {t.flagged} listed, {t.caught} right: "
            f"precision {t.precision:.3f}, recall {t.recall:.3f}"
        )
        print(f"  missed by kind: {t.missed or 'none'}; false alarms: {t.false_alarms or 'none'}")
    print(f"{len(tables)} files registered, profiled and scanned in {elapsed:.1f} s")


if __name__ == "__main__":
    main()
