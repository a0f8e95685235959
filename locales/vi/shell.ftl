# Messages of the kiosk shell, mostly read by administrators on the console.
config-occupations-ok = { $file } dùng được làm bảng phân loại nghề nghiệp ({ $summary }).
config-occupations-bad = Không thể dùng { $file } làm bảng phân loại nghề nghiệp: { $problem }
config-postcodes-ok = { $file } dùng được làm dữ liệu mã bưu chính ({ $source }, { $count } mã).
config-postcodes-bad = { $file } không dùng được làm dữ liệu mã bưu chính: { $problem }
config-ok = Tệp cấu hình không có vấn đề gì.
config-unreadable = Không đọc được tệp cấu hình { $path } ({ $reason }). Hãy kiểm tra đường dẫn và quyền đọc.
config-syntax = Tệp cấu hình { $path } viết sai cú pháp. { $detail }
config-invalid = Trong tệp cấu hình { $path }, khóa "{ $key }" không đúng: { $problem }. Hãy sửa giá trị rồi khởi động lại.
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = Người dùng khác có thể đọc hoặc ghi tệp cấu hình { $path } (chế độ { $mode }). Tệp này chứa mã băm của mã PIN và máy chủ được tin cậy, nên máy kiosk sẽ không khởi động. Hãy giới hạn quyền bằng `chmod 0640 { $path }` (hoặc 0600) rồi khởi động lại.
config-staff-pin-plain = Trong tệp cấu hình { $path }, staff_pin đang ghi nguyên mã PIN. Hãy chạy `madoguchi-kiosk hash-pin`, nhập mã PIN, rồi ghi dòng được hiển thị (bắt đầu bằng $argon2id$) vào staff_pin.
hash-pin-not-a-pin = Mã PIN là 4 đến 8 chữ số. Hãy chạy lại lệnh và nhập mã.
hash-pin-failed = Không tạo được mã băm của mã PIN. Hãy chạy lại lệnh.
enroll-not-pinned = Không có cách nào để xác minh máy chủ: hãy ghi server_public_key vào tệp cấu hình, hoặc dùng `--server-fingerprint` với dấu vân tay mà `madoguchi-server keygen` đã hiển thị.
enroll-key-mismatch = Khóa của máy chủ khác, nên máy kiosk chưa được đăng ký. Khóa mong đợi: { $expected }; khóa máy chủ trả về: { $answered }. Hãy kiểm tra URL và khóa của máy chủ: có thể có ai đó đang chen vào giữa máy kiosk và máy chủ.
enroll-bad-fingerprint = “{ $typed }” không phải là dấu vân tay. Hãy nhập 8 nhóm, mỗi nhóm 4 ký tự, mà `madoguchi-server keygen` đã hiển thị (ví dụ: 3f2a-9c1e-…).
enroll-insecure = { $url } không phải https://, nên máy kiosk chưa được đăng ký: mã thông báo sẽ bị gửi đi mà không mã hóa. Hãy dùng URL https:// (http:// chỉ dùng được khi demo = true).
enroll-code-unreadable = Không đọc được mã đăng ký từ { $path } ({ $reason }).
enroll-code-empty = Mã đăng ký đang trống. Hãy ghi mã vào tệp chỉ định bằng `--code-file`, hoặc vào đầu vào chuẩn.

kiosk-start-failed = Không thể khởi động máy kiosk: { $detail }
submit-invalid = Có mục cần kiểm tra lại. Vui lòng sửa các mục được đánh dấu màu đỏ.
submit-not-ready = Máy này đang được chuẩn bị nên chưa nhận đơn. Vui lòng hỏi nhân viên.
submit-storage-failed = Không lưu được đơn đăng ký. Vui lòng hỏi nhân viên. Nội dung của quý vị vẫn chưa được gửi đi.
survey-invalid = Không ghi lại được câu trả lời khảo sát.
wipe-failed = Không thể làm mới màn hình. Vui lòng hỏi nhân viên.
enroll-ok = Máy kiosk này đã được đăng ký với máy chủ (mã văn phòng { $office }). Hãy khởi động lại máy kiosk để bắt đầu nhận đơn.
fleet-config-keeps = Cấu hình được gửi đến thay đổi { $key }. Không thể thay đổi { $key } của máy kiosk này, nên máy vẫn chạy theo cấu hình hiện tại. Hãy đặt { $key } về giá trị hiện tại rồi gửi lại.
provision-no-source = Không tìm thấy thư mục cài đặt ban đầu (thư mục madoguchi có chứa kiosk.toml). Đã tìm ở: { $searched }. Hãy đặt thư mục vào USB hoặc phân vùng khởi động rồi khởi động lại.
provision-write-failed = Không ghi được { $path } ({ $reason }).
provision-ok = Đã cài cấu hình từ { $source } (máy kiosk { $kiosk }).
enroll-failed = Không đăng ký được máy kiosk: { $detail }. Hãy kiểm tra mã đăng ký còn hạn và URL máy chủ đúng; nếu cần, hãy cấp mã mới bằng `madoguchi-server kiosk add`.
sync-not-enrolled = Máy kiosk này chưa được đăng ký với máy chủ. Hãy đăng ký bằng `madoguchi-kiosk enroll --server URL --code-file FILE`.
sync-done = Đã gửi: { $delivered }. Chưa gửi: { $queued }, máy chủ từ chối: { $refused }.
staff-disabled = Máy kiosk này chưa cài đặt chế độ nhân viên (staff_pin trong tệp cấu hình).
staff-wrong-pin = Mã PIN không đúng.
kanji-unavailable = Hiện không nhập được chữ Hán (viết tay và 変換). Vui lòng nhập bằng katakana hoặc hỏi nhân viên.

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = Phiếu tiếp nhận đăng ký tìm việc
receipt-slip-number = Số tiếp nhận (受付番号)
receipt-slip-date = Ngày tiếp nhận
receipt-slip-counter = Vui lòng xuất trình phiếu này tại quầy và cho nhân viên biết số tiếp nhận.
receipt-slip-qr = Quét mã QR bằng điện thoại thông minh để tiếp tục đơn đăng ký.
receipt-slip-keep = Vui lòng giữ phiếu này cho đến khi hoàn tất thủ tục.
