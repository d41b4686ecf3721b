"""The three-hundred-and-twenty-third part of the outside corpus, **blind 323** (written 11:10 UTC,
2026-12-07, never used for tuning): person files a courier's post office, an online shop, a
pharmacy chain, a gold shop, and online shops and an online pharmacy in Indonesia, Brazil, India,
Nigeria and Poland could hand over.
Four Vietnamese files: a courier's cash-on-delivery recipients in Excel (the waybill and the
shop's order number, the sending shop and its phone, the recipient's street with the ward, the
district and the province apart, the amount to collect, the fee, the weight, the day created, the
status, the postman); an online shop's customers exported in UTF-8 with a BOM and semicolons (the
customer code, the spaced phone, the email, the sex, the ISO birth date, the group, the delivery
address beside the invoice address, the company and its tax code, the amount spent, the orders,
the last order, the time created, the tags); a pharmacy chain's loyalty members in Windows-1258
with semicolons (the card, the tier, the points, the store, the chronic illness, the member who
referred them, the time last updated); and a gold shop's buyers declared above the cash threshold
in UTF-16 with tabs and headers without diacritics (the nationality, the CCCD with its day and
place of issue, the job, the day of the deal, buying or selling back, the item, the quantity in
chỉ, the value, how it was paid, the clerk).
Five foreign files: an Indonesian online shop's orders (the order number and status, the time
ordered, the buyer's username, the recipient, the phone ``62812…``, the full delivery address
beside the city, the province and the postcode apart, the courier, the waybill, the total in
rupiah, the payment, the buyer's note); a Brazilian online shop's orders in Windows-1252 with
semicolons (the order, the time, the status, the buyer, the CPF with its two check digits, the
birth date, the email, the phone ``(31) 98765-4321``, the delivery street with its number, the
complement, the bairro, the city, the UF and the CEP apart, the billing address in one line, the
payment, the total, the freight, the tracking code); an Indian online pharmacy's orders (the order
id, the time ordered, the customer, the ``+91`` mobile, the email, whom the medicine is for and
their age, the doctor, the prescription, the shipping address with the city, the state and the
PIN apart, the payment, the value, the status, the day delivered); a Nigerian online store's
pay-on-delivery orders (the order, the time, the customer, two phones, the email, the delivery
address, the LGA and the state, the nearest bus stop, the items, the amount in naira, the
payment, the rider and his phone, the status); and a Polish online shop's orders in Windows-1250
with semicolons (the order, the time, the first name and the surname apart, the email, the
``+48`` phone, the street, the postcode and the town apart, the delivery method and the parcel
locker, the firm for the invoice with its NIP and its address, the payment, the value, the
status).

Nobody who writes the role rules has looked at these headers; this part tells whether the rules
generalise to files nobody tuned on."""

from __future__ import annotations

from lienthong.quality._corpus_blind323_writers import WRITERS_BLIND323
from lienthong.quality._corpus_shapes import Shape, _shape

BLIND323: tuple[Shape, ...] = (
    _shape(
        "nguoi_nhan_hang_thu_ho_cod_xuat_tu_he_thong_buu_cuc_giao_hang_vn323",
        "STT=row | Mã vận đơn=-:cod_awb323 | Mã ĐH shop=-:cod_shop_order323"
        " | Người gửi (Shop)=-:cod_shop323 | SĐT shop=-:cod_shop_phone323"
        " | Tên người nhận=full_name | SĐT người nhận=phone | Địa chỉ nhận=street"
        " | Phường/Xã=ward:cod_ward323 | Quận/Huyện=district:cod_district323"
        " | Tỉnh/TP=province:cod_province323 | Tiền thu hộ (COD)=-:cod_amount323"
        " | Phí VC=-:cod_fee323 | KL (gram)=-:cod_weight323 | Ngày tạo đơn=date@%d/%m/%Y"
        " | Trạng thái=-:cod_status323 | Bưu tá phát=-:cod_postman323 | Ghi chú=-:note_vi",
        file="xlsx",
    ),
    _shape(
        "danh_sach_khach_hang_xuat_tu_phan_mem_ban_hang_shop_online_vn323",
        "STT=row | Mã khách hàng=-:sh_code323 | Tên khách hàng=full_name"
        " | Điện thoại=phone:phone_spaced"
        " | Email=email | Giới tính=sex | Ngày sinh=birth_date@%Y-%m-%d"
        " | Nhóm khách hàng=-:sh_group323 | Địa chỉ giao hàng=address"
        " | Địa chỉ xuất HĐ=-:sh_bill323 | Tên công ty=-:sh_company323 | MST=-:sh_mst323"
        " | Tổng chi tiêu=-:sh_spent323 | Số đơn=-:sh_orders323"
        " | Đơn gần nhất=date@%d/%m/%Y | Ngày tạo=timestamp | Tags=-:sh_tags323",
        encoding="utf-8-sig",
        delimiter=";",
    ),
    _shape(
        "khach_hang_thanh_vien_the_tich_diem_chuoi_nha_thuoc_vn323",
        "STT=row | Mã thẻ TV=-:ph_card323 | Họ tên KH=full_name"
        " | Ngày sinh=birth_date@%d/%m/%Y | GT=sex | ĐT di động=phone | Địa chỉ=address"
        " | Hạng thẻ=-:ph_tier323 | Điểm tích lũy=-:ph_points323"
        " | Nhà thuốc đăng ký=-:ph_store323 | Ngày tham gia=date@%d/%m/%Y"
        " | Bệnh lý nền=-:ph_chronic323 | Người giới thiệu=-:ph_ref323"
        " | Cập nhật lúc=timestamp",
        encoding="cp1258",
        delimiter=";",
    ),
    _shape(
        "bao_cao_giao_dich_co_gia_tri_lon_mua_ban_vang_tien_mat_doanh_nghiep_vang_bac_vn323",
        "STT=row | Ho ten khach hang=full_name:full_name_ascii | Ngay sinh=birth_date@%d/%m/%Y"
        " | Quoc tich=-:gd_nat323 | So CCCD/HC=cccd | Ngay cap=date:gd_issued323"
        " | Noi cap=-:gd_issuer323 | Nghe nghiep=-:gd_job323"
        " | Dia chi thuong tru=address:address_ascii | So DT=phone"
        " | Ngay GD=date@%d/%m/%Y | Loai GD=-:gd_kind323 | Mat hang=-:gd_item323"
        " | So luong (chi)=-:gd_qty323 | Gia tri GD (VND)=-:gd_value323"
        " | Hinh thuc TT=-:gd_pay323 | Nhan vien lap=-:gd_staff323",
        encoding="utf-16",
        delimiter="\t",
    ),
    _shape(
        "ekspor_pesanan_toko_online_marketplace_id323",
        "No=row | No. Pesanan=-:id_order323 | Status Pesanan=-:id_status323"
        " | Waktu Pesanan Dibuat=date:id_made323 | Username (Pembeli)=-:id_user323"
        " | Nama Penerima=full_name:id_name323 | No. Telepon=phone:id_phone323"
        " | Alamat Pengiriman=address:id_addr323 | Kota/Kabupaten=district:id_city323"
        " | Provinsi=state:id_prov323 | Kode Pos=postcode:id_zip323"
        " | Opsi Pengiriman=-:id_courier323 | No. Resi=-:id_resi323"
        " | Total Pembayaran=-:id_total323 | Metode Pembayaran=-:id_pay323"
        " | Catatan dari Pembeli=-:id_note323",
        english=True,
    ),
    _shape(
        "exportacao_pedidos_loja_virtual_br323",
        "Item=row | Nº do Pedido=-:br_order323 | Data do Pedido=date:br_date323"
        " | Status=-:br_status323 | Nome do Cliente=full_name:br_name323"
        " | CPF/CNPJ=national_id:br_cpf323 | Data de Nascimento=birth_date@%d/%m/%Y"
        " | E-mail=email:br_email323 | Telefone=phone:br_phone323"
        " | Endereço de Entrega=street:br_street323 | Complemento=-:br_compl323"
        " | Bairro=suburb:br_bairro323 | Cidade=district:br_city323 | UF=state:br_uf323"
        " | CEP=postcode:br_cep323 | Endereço de Cobrança=address:br_bill323"
        " | Forma de Pagamento=-:br_pay323 | Valor Total=-:br_total323"
        " | Frete=-:br_frete323 | Código de Rastreio=-:br_track323",
        english=True,
        encoding="cp1252",
        delimiter=";",
    ),
    _shape(
        "online_pharmacy_order_report_in323",
        "Sr. No.=row | Order ID=-:in_order323 | Order Date=date:in_odate323"
        " | Customer Name=full_name:in_name323 | Mobile No.=phone:in_mobile323"
        " | Email ID=email:in_email323 | Patient (Relation)=-:in_relation323"
        " | Patient Age=-:in_patient_age323 | Prescribing Doctor=-:in_doctor323"
        " | Rx No.=-:in_rx323 | Shipping Address=address:in_ship323"
        " | City=district:in_city323 | State=state:in_state323 | Pincode=postcode:in_pin323"
        " | Payment Mode=-:in_pay323 | Order Value (₹)=-:in_value323"
        " | Delivery Status=-:in_status323 | Delivered On=date:in_deliv323",
        english=True,
    ),
    _shape(
        "pay_on_delivery_orders_online_store_dispatch_sheet_ng323",
        "S/N=row | Order No.=-:ng_order323 | Date Ordered=date:ng_date323"
        " | Customer Name=full_name:ng_name323 | Phone Number=phone:ng_phone323"
        " | Alt. Phone=-:ng_alt323 | Email=email:ng_email323"
        " | Delivery Address=address:ng_addr323 | LGA=district:ng_lga323"
        " | State=state:ng_state323 | Nearest Bus Stop=-:ng_busstop323"
        " | Item(s)=-:ng_items323 | Amount (₦)=-:ng_amount323 | Payment=-:ng_pay323"
        " | Dispatch Rider=-:ng_rider323 | Rider's Phone=-:ng_rider_phone323"
        " | Delivery Status=-:ng_status323",
        english=True,
    ),
    _shape(
        "eksport_zamowien_sklep_internetowy_pl323",
        "Lp.=row | Nr zamówienia=-:pl_order323 | Data złożenia=date:pl_date323"
        " | Imię=given_name:pl_given323 | Nazwisko=family_name:pl_family323"
        " | E-mail=email:pl_email323 | Telefon=phone:pl_phone323"
        " | Ulica i nr domu=street:pl_street323 | Kod pocztowy=postcode:pl_zip323"
        " | Miejscowość=district:pl_city323 | Sposób dostawy=-:pl_ship323"
        " | Paczkomat=-:pl_locker323 | Faktura - nazwa firmy=-:pl_firm323"
        " | NIP=-:pl_nip323 | Adres do faktury=-:pl_bill323 | Płatność=-:pl_pay323"
        " | Wartość (zł)=-:pl_value323 | Status=-:pl_status323",
        english=True,
        encoding="cp1250",
        delimiter=";",
    ),
)

#: How a 31 February reads in this part's date formats: none is new.
INVALID_DAY: dict[str, str] = {}
#: holdings of this part that are national ids, sexes, names, phones and addresses (defects are
#: planted in them as in the other parts).
NATIONAL_HOLDS: tuple[str, ...] = ("br_cpf323",)
SEX_HOLDS: tuple[str, ...] = ()
NAME_HOLDS = frozenset(
    {
        "id_name323",
        "br_name323",
        "in_name323",
        "ng_name323",
        "pl_given323",
        "pl_family323",
    }
)
PHONE_HOLDS: tuple[str, ...] = (
    "id_phone323",
    "br_phone323",
    "in_mobile323",
    "ng_phone323",
    "pl_phone323",
)
#: addresses written with ``", "`` between their parts
ADDRESS_HOLDS: tuple[str, ...] = ("id_addr323", "br_bill323", "in_ship323", "ng_addr323")

__all__ = [
    "ADDRESS_HOLDS",
    "BLIND323",
    "INVALID_DAY",
    "NAME_HOLDS",
    "NATIONAL_HOLDS",
    "PHONE_HOLDS",
    "SEX_HOLDS",
    "WRITERS_BLIND323",
]
