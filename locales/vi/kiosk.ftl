# Madoguchi kiosk screens (Tiếng Việt). Keep the same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = Hello Work – Đăng ký tìm việc
text-missing = (có ký tự không hiển thị được)
size-standard = Tiêu chuẩn
size-large = Chữ lớn
size-xlarge = Chữ rất lớn
dialog-close = Đóng

## Attract

attract-title = Đăng ký tìm việc tại Hello Work
attract-lead = Quý vị có thể nhập đơn đăng ký tìm việc tại đây. Sau khi nhập xong, hãy xuất trình số tiếp nhận (受付番号) tại quầy.
attract-start = Bắt đầu
# Under the start button, shown in turn in every language, each in its own.
attract-touch = Chạm vào màn hình để bắt đầu
attract-duration = Việc nhập mất khoảng 10 phút.
attract-language = Ngôn ngữ / ことば
attract-size = Cỡ chữ
attract-theme = Màu màn hình
theme-standard = Bình thường
theme-contrast = Tương phản cao
theme-dark = Nền đen
layout-reach = Hiển thị phía dưới
layout-reach-help = Đưa các nút và bàn phím xuống nửa dưới màn hình (dành cho người ngồi xe lăn và những người khác).
attract-help = Nếu có điều gì chưa rõ, vui lòng hỏi nhân viên ở gần.

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = Hướng dẫn bằng giọng nói
speech-toggle-help = Đọc to nội dung màn hình qua tai nghe. Cũng có thể bật và tắt bằng phím * trên bàn phím số.
speech-on = Đã bật hướng dẫn bằng giọng nói. Tiêu đề và hướng dẫn của mỗi màn hình, mục bạn chạm vào và phím bạn nhấn sẽ được đọc to.
speech-off = Đã tắt hướng dẫn bằng giọng nói.
speech-form-hint = Chạm vào một mục để nghe tên mục và nội dung đã nhập. Khi nhập xong, hãy nhấn Tiếp.
speech-empty = chưa nhập
speech-checked = đã chọn
speech-unchecked = chưa chọn

## Not ready

notready-title = Đang chuẩn bị
notready-body = Hiện không thể sử dụng máy này.
    Xin lỗi vì sự bất tiện, vui lòng đến quầy.
notready-staff = Dành cho nhân viên: máy chưa hoàn tất đăng ký (ID máy: { $kiosk }).
notready-staff-error = Dành cho nhân viên: không đọc được thông tin của máy (mã: { $code }).

## Header, navigation, dialogs

header-language = Language
header-reset = Làm lại từ đầu
nav-next = Tiếp
nav-back = Quay lại
nav-return-review = Quay lại màn hình xác nhận
nav-back-review = Quay lại màn hình xác nhận
nav-busy = Đang kiểm tra…
reset-title = Làm lại từ đầu?
reset-body = Toàn bộ nội dung đã nhập sẽ bị xóa.
reset-confirm = Xóa và làm lại
reset-cancel = Tiếp tục nhập
idle-title = Quý vị có muốn tiếp tục không?
idle-body = Sau { $seconds } giây nữa, nội dung đã nhập sẽ bị xóa và máy sẽ quay về màn hình đầu tiên. Để tiếp tục, hãy chạm vào màn hình.
idle-continue = Tiếp tục
error-title = Đã xảy ra sự cố
error-ask-staff = Vui lòng hỏi nhân viên. Nội dung quý vị đã nhập vẫn chưa bị mất.
error-generic = Đã xảy ra sự cố trong quá trình xử lý.
error-unreachable = Máy không thể liên lạc bên trong.
error-unexpected = Máy gặp sự cố không mong muốn.

## Steps

step-basic = Thông tin cơ bản
step-contact = Địa chỉ và liên lạc
step-desired-work = Công việc mong muốn
step-situation = Tình trạng hiện tại
step-education = Học vấn và bằng cấp
step-work-history = Kinh nghiệm làm việc
step-review = Xác nhận
step-my-page = My Page
step-progress = Bước { $current } / { $total }

## Fields

field-required = Bắt buộc
field-optional = Không bắt buộc
field-error-label = Lỗi:
field-warning-label = Vui lòng kiểm tra:
field-error-generic = Vui lòng kiểm tra nội dung đã nhập.
field-warning-generic = Vui lòng kiểm tra xem nội dung có đúng không.
choice-none = Chưa chọn
list-remove = Xóa
summary-errors-title = Vui lòng sửa { $count } mục
summary-warnings-title = Vui lòng kiểm tra
summary-warnings-hint = Nếu đúng, hãy nhấn “Tiếp” một lần nữa.
unit-year = năm
unit-month = tháng
unit-day = ngày
unit-yen = yên

## Consent

consent-title = Về việc xử lý thông tin cá nhân
consent-lead = Vui lòng đọc trước khi đăng ký.
consent-purpose-title = Mục đích sử dụng
consent-purpose-body = Thông tin quý vị nhập được { $office } sử dụng để tiếp nhận đơn đăng ký tìm việc, giới thiệu việc làm và thực hiện các nghiệp vụ khác của hành chính ổn định việc làm. Thông tin không được dùng cho mục đích nào khác.
consent-recorded-title = Nội dung được ghi lại và gửi đến Hello Work
consent-recorded-body = Họ tên, cách đọc họ tên, ngày sinh, giới tính (nếu trả lời), quốc tịch và tư cách lưu trú (nếu trả lời), địa chỉ, ga gần nhất và cách đi làm, số điện thoại, địa chỉ email, công việc mong muốn, tình trạng hiện tại (ngày và lý do nghỉ việc; vợ/chồng và người phụ thuộc nếu trả lời), học vấn và bằng cấp, kinh nghiệm làm việc, có muốn tạo My Page hay không. Với khảo sát, chỉ ghi lại điểm và lý do quý vị chọn.
consent-retention-title = Thời gian lưu giữ
consent-retention-body = Hello Work lưu giữ nội dung đã gửi trong thời gian do pháp luật và quy định quy định. Đơn đăng ký tìm việc có hiệu lực đến cuối tháng thứ hai sau tháng đăng ký (được gia hạn khi quý vị nhận tư vấn hoặc giới thiệu việc làm).
consent-kiosk-title = Những gì còn lại trên máy này
consent-kiosk-body = Không có gì còn lại trên máy này. Khi quý vị nhấn “Kết thúc”, hoặc khi không có thao tác trong một thời gian, toàn bộ nội dung đã nhập sẽ bị xóa.
consent-agree = Tôi đã đọc nội dung trên và đồng ý
consent-must-agree = Sau khi đồng ý, quý vị có thể nhấn “Tiếp”.

## 基本情報

basic-title = Thông tin cơ bản
basic-family-name = Họ
basic-family-name-help = Nếu không viết được bằng chữ Hán, quý vị có thể nhập bằng katakana hoặc chữ Latinh.
basic-given-name = Tên
basic-kana-only = Tôi không viết được tên bằng chữ Hán (nhập bằng katakana)
basic-family-kana = Cách đọc của họ (katakana)
basic-kana-help = Vui lòng nhập bằng katakana. Hiragana sẽ tự động chuyển thành katakana.
basic-kana-suggest = Tên của bạn đọc như thế này phải không? Nếu đúng, hãy chạm vào để điền furigana.
basic-given-kana = Cách đọc của tên (katakana)
basic-birth-date = Ngày sinh
basic-birth-date-help = Chọn dương lịch hoặc niên hiệu Nhật, rồi nhập năm, tháng, ngày.
basic-calendar = Lịch
basic-birth-year = Năm sinh
basic-birth-month = Tháng sinh
basic-birth-day = Ngày sinh
basic-era-first-year = Với năm đầu của niên hiệu (元年), hãy nhập “1” hoặc “元”.
era-western = Dương lịch (ví dụ: 1990)
era-meiji = Meiji (明治)
era-taisho = Taisho (大正)
era-showa = Showa (昭和)
era-heisei = Heisei (平成)
era-reiwa = Reiwa (令和)
basic-sex = Giới tính
basic-sex-help = Nếu không muốn trả lời, hãy chọn “Không trả lời”.
sex-female = Nữ
sex-male = Nam
sex-unstated = Không trả lời

## 住所・連絡先

contact-title = Địa chỉ và liên lạc
contact-postcode = Mã bưu chính
contact-postcode-help = Nhập 7 chữ số rồi nhấn “Tìm địa chỉ”.
contact-postcode-mark = 〒
contact-lookup = Tìm địa chỉ
contact-lookup-busy = Đang tìm…
contact-pick-town = Vui lòng chọn địa chỉ
contact-town-whole = (không có tên khu vực)
contact-prefecture = Tỉnh/thành phố (都道府県)
contact-city = Thành phố, quận, thị trấn, làng (市区町村)
contact-town = Khu vực (町域)
contact-street = Số nhà (番地)
contact-street-help = Ví dụ: 1-2-3
contact-building = Tên tòa nhà, số phòng
contact-building-help = Ví dụ: Midori Heights 101
contact-phone = Số điện thoại
contact-phone-help = Số có thể liên lạc vào ban ngày. Không cần dấu gạch ngang.
contact-email = Địa chỉ email
contact-email-help = Dùng khi tạo My Page (マイページ).

## 希望する仕事

work-title = Công việc mong muốn
work-occupations = Loại công việc mong muốn
work-occupations-help = Có thể chọn tối đa 3. Mục chọn đầu tiên là nguyện vọng 1.
work-occupation-rank = Nguyện vọng { $rank }
work-occupation-add = Chọn loại công việc
work-occupation-full = Đã chọn 3 mục. Nếu muốn đổi, hãy xóa một mục.
work-picker-title = Chọn loại công việc
work-picker-browse = Chọn theo phân loại
work-picker-search = Tìm bằng từ khóa
work-picker-major-hint = Vui lòng chọn lĩnh vực gần nhất.
work-picker-back-major = Quay lại danh sách lĩnh vực
work-picker-search-label = Tên công việc
work-picker-search-help = Vui lòng nhập bằng katakana. Ví dụ: カイゴ (chăm sóc), ジム (văn phòng), ケンセツ (xây dựng)
work-picker-no-result = Không tìm thấy. Hãy thử từ khác, hoặc chọn theo phân loại.
work-picker-loading = Đang tải…
work-picker-close = Đóng
occ-unknown = Loại công việc (mã { $code })
work-employment-types = Hình thức tuyển dụng
work-employment-types-help = Vui lòng chọn tất cả hình thức quý vị mong muốn.
employment-full-time = Nhân viên chính thức
employment-part-time = Bán thời gian (part-time)
employment-dispatch = Nhân viên phái cử
employment-contract = Nhân viên hợp đồng
work-locations = Nơi làm việc mong muốn
work-locations-help = Vui lòng nhập tên tỉnh, thành phố, quận, thị trấn.
work-location-add = Thêm nơi làm việc
work-wage = Mức lương mong muốn
work-wage-help = Số tiền thấp nhất quý vị mong muốn. Nếu không có yêu cầu, hãy để trống.
wage-monthly = Lương tháng
wage-hourly = Lương giờ
work-wage-amount = Số tiền
work-hours = Giờ làm việc mong muốn
work-hours-help = Ví dụ: 9:00–17:00. Nếu không có yêu cầu, hãy để trống.
work-hours-start = Bắt đầu
work-hours-end = Kết thúc
work-hours-to = –
work-days = Các ngày có thể làm việc
weekday-mon = T2
weekday-tue = T3
weekday-wed = T4
weekday-thu = T5
weekday-fri = T6
weekday-sat = T7
weekday-sun = CN

## 現在の状況

situation-title = Tình trạng hiện tại
situation-employment = Hiện nay quý vị có đang làm việc không?
situation-employed = Đang làm việc
situation-not-employed = Không làm việc (đã nghỉ việc)
situation-student = Học sinh, sinh viên
situation-insurance = Quý vị có dự định nhận trợ cấp bảo hiểm việc làm (雇用保険, trợ cấp thất nghiệp) không?
situation-insurance-help = Nếu chọn “Không rõ”, quý vị có thể hỏi tại quầy.
insurance-yes = Có dự định nhận
insurance-no = Không nhận
insurance-unsure = Không rõ

## 学歴・資格

education-title = Học vấn và bằng cấp
education-final-level = Trình độ học vấn cao nhất
level-junior-high = Trung học cơ sở
level-high-school = Trung học phổ thông
level-vocational = Trường chuyên môn, trường nghề
level-junior-college = Cao đẳng ngắn hạn, cao đẳng kỹ thuật
level-university = Đại học
level-graduate = Sau đại học
level-other = Khác
education-school-name = Tên trường
education-school-name-help = Tên trường cuối cùng quý vị theo học.
education-graduation-year = Năm tốt nghiệp (hoàn thành hoặc bỏ dở)
education-graduation-year-help = Có thể nhập theo dương lịch hoặc niên hiệu Nhật. Ví dụ: 2008, 平成20, H20. Nếu không nhớ, hãy để trống.
education-qualifications = Bằng cấp, chứng chỉ
education-qualifications-help = Ví dụ: bằng lái ô tô thông thường, chuyên viên chăm sóc điều dưỡng, JLPT N2
education-qualification-add = Thêm bằng cấp, chứng chỉ

## 職歴

history-title = Kinh nghiệm làm việc
history-help = Vui lòng nhập từ công việc gần đây nhất. Nếu chưa từng đi làm, hãy nhấn “Tiếp”.
history-none = Chưa nhập kinh nghiệm làm việc.
history-entry = Công việc { $n }
history-add = Thêm công việc
history-remove = Xóa công việc này
history-employer = Nơi làm việc (tên công ty)
history-duties = Nội dung công việc
history-duties-help = Ví dụ: thu ngân và xếp hàng lên kệ ở siêu thị
history-from = Năm tháng bắt đầu làm (dương lịch hoặc niên hiệu Nhật)
history-to = Năm tháng nghỉ việc (dương lịch hoặc niên hiệu Nhật)
history-to-help = Nếu vẫn đang làm ở đó, hãy để trống.
history-year = Năm (dương lịch hoặc niên hiệu Nhật)
history-month = Tháng
history-employment-type = Hình thức tuyển dụng

## 確認

review-title = Xác nhận nội dung đã nhập
review-lead = Vui lòng kiểm tra nội dung. Nếu muốn sửa, hãy nhấn “Sửa”.
review-blocked = Có mục cần sửa. Hãy nhấn “Sửa” trong khung màu đỏ.
review-edit = Sửa
review-empty = Chưa nhập
review-none = Không có
review-yes = Có
review-name = Họ tên
review-kana = Cách đọc (katakana)
review-birth-date = Ngày { $day } tháng { $month } năm { $era } { $year }
review-birth-date-western = Ngày { $day } tháng { $month } năm { $year } (dương lịch)
review-postcode = 〒{ $first }-{ $last }
review-address = Địa chỉ
review-wage = { $kind } từ { $amount } yên trở lên
review-hours = { $start } – { $end }
review-list-sep = ,{" "}
review-year-month = { $month }/{ $year }
review-period-label = Thời gian
review-period = { $from } – { $to }
review-present = hiện tại

## マイページ

mypage-title = My Page (求職者マイページ)
mypage-lead = Khi tạo My Page (マイページ), quý vị có thể xem nội dung và tình trạng của đơn này từ điện thoại thông minh hoặc máy tính của mình.
mypage-benefit-status = Xem tình trạng của đơn (tiếp nhận tạm thời, đã chấp nhận)
mypage-benefit-edit = Xem nội dung đã đăng ký và thay đổi thông tin liên lạc, công việc mong muốn
mypage-benefit-email = Thay đổi địa chỉ email dùng để đăng nhập
mypage-want = Tạo My Page
mypage-decline = Lần này không tạo
mypage-email-help = Chúng tôi sẽ gửi hướng dẫn đăng ký đến địa chỉ này. Vui lòng nhập bằng chữ Latinh và chữ số.
mypage-password = Mật khẩu không cài đặt ở máy này. Quý vị sẽ cài đặt sau trên điện thoại thông minh của mình.
mypage-declined = Quý vị có thể tạo My Page (マイページ) sau. Vui lòng hỏi tại quầy.
mypage-submit = Đăng ký
mypage-submit-note = Khi nhấn “Đăng ký”, nội dung đã nhập sẽ được gửi đến Hello Work.

## 完了

done-title = Đã tiếp nhận
done-receipt-label = Số tiếp nhận (受付番号)
done-next-counter = Vui lòng xuất trình số tiếp nhận (受付番号) này tại quầy.
done-qr-label = Mã QR để tiếp tục trên điện thoại thông minh
done-next-qr = Quét mã QR bằng điện thoại thông minh để tiếp tục đơn đăng ký.
done-next-qr-mypage = Quét mã QR bằng điện thoại thông minh và cài đặt mật khẩu My Page.
done-finish = Kết thúc
done-auto = Sẽ quay về màn hình đầu tiên sau { $seconds } giây.
survey-title = Máy này có dễ sử dụng không?
survey-1 = Rất khó dùng
survey-2 = Khó dùng
survey-3 = Bình thường
survey-4 = Dễ dùng
survey-5 = Rất dễ dùng
survey-reason-title = Nếu có lý do, vui lòng chọn (không bắt buộc)
survey-reason-easy = Dễ hiểu
survey-reason-quick = Xong nhanh
survey-reason-hard-to-read = Khó đọc
survey-reason-slow = Mất nhiều thời gian
survey-reason-keyboard = Nhập chữ khó khăn
survey-reason-other = Khác
survey-thanks = Cảm ơn quý vị đã hợp tác.

## On-screen keyboard

kb-label = Bàn phím trên màn hình
kb-mode = Loại bàn phím
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = Dấu cách
kb-backspace = Xóa một ký tự
kb-close = Đóng bàn phím
kb-shift = Chữ hoa
kb-dakuten = Dấu dakuten (゛)
kb-handakuten = Dấu handakuten (゜)
kb-small = nhỏ
kb-small-label = Chữ kana nhỏ
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = Mã PIN của nhân viên
staff-pin-lead = Nhập mã PIN (4 đến 8 chữ số) rồi nhấn “OK”.
staff-pin-count = Đã nhập { $count } chữ số
staff-pin-ok = OK
staff-pin-cancel = Hủy
staff-busy = Đang kiểm tra…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = Đã nhập sai mã PIN 5 lần nên tạm thời không dùng được chế độ nhân viên. Vui lòng đợi { $minutes } phút nữa.

staff-title = Chế độ nhân viên
staff-read-at = Tính đến { $time }
staff-lead = Tình trạng gửi đơn từ máy này. Không hiển thị nội dung do người dùng nhập. Khi xong, hãy nhấn “Đóng”.
staff-enrolled = Đăng ký với máy chủ
staff-enrolled-yes = Đã đăng ký
staff-enrolled-no = Chưa đăng ký (không thể nhận đơn)
staff-enroll-help = Để đăng ký, hãy chạy `madoguchi-server kiosk add` trên máy chủ để cấp mã đăng ký, rồi chạy `madoguchi-kiosk enroll --server URL --code-file FILE` trên máy này (URL là địa chỉ máy chủ, FILE là tệp chứa mã đăng ký được cấp; nếu tệp cấu hình không có khóa của máy chủ, hãy thêm `--server-fingerprint` với dấu vân tay mà `madoguchi-server keygen` đã hiển thị). Sau đó, khởi động lại máy kiosk.
staff-server-url = URL máy chủ
staff-not-set = Chưa cài đặt
staff-queue = Đơn đang chờ gửi
staff-count = { $count } đơn
staff-refused = Đơn máy chủ không nhận
staff-last-success = Lần gửi thành công gần nhất
staff-never = Chưa có
staff-last-error = Lỗi gần nhất
staff-no-error = Không có
staff-version = Phiên bản
staff-kiosk = ID máy / mã văn phòng
staff-kiosk-value = { $kiosk } / { $office }
staff-sync = Gửi ngay
staff-sync-requested = Đã bắt đầu gửi. Màn hình sẽ cập nhật sau vài giây.
staff-refresh = Cập nhật
staff-close = Đóng

basic-single-name = Tôi chỉ có một tên: thẻ lưu trú (在留カード) không ghi tên riêng
basic-card-name = Họ tên trên thẻ lưu trú (在留カード), bằng chữ Latinh
basic-card-name-help = Nếu có thẻ lưu trú (在留カード), hãy nhập đúng như ghi trên thẻ (ví dụ: NGUYEN THI LAN). Nếu không có, hãy để trống.
kb-mode-write = Viết tay
kb-convert = Chữ Hán (変換)
kb-candidates = Gợi ý
kb-pad-label = Ô viết tay: dùng ngón tay viết từng chữ một
kb-pad-hint = Viết từng chữ một vào đây
kb-pad-undo = Xóa một nét
kb-pad-clear = Viết lại
kb-pad-empty = Khi quý vị viết, gợi ý sẽ hiện ở đây
kb-pad-chinese = 简体中文
kb-pad-chinese-label = Viết bằng chữ Hán giản thể: gợi ý theo tự thể Nhật Bản sẽ hiện trước
kb-pad-hint-chinese = Viết từng chữ một vào đây (chữ giản thể)
kb-variants = Dạng chữ khác (異体字)
kb-variants-hint = Nhấn để chọn dạng chữ khác (髙, 﨑…)
kb-variants-none = Chữ này không có dạng khác
kb-variants-close = Đóng
kb-accents = Chữ có dấu

## 求職情報の提供等・障害について・自己PR（公式の求職申込書の3画面）
step-disclosure = Công khai và liên lạc
step-disability = Khuyết tật
step-self-pr = Giới thiệu bản thân
disclosure-title = Công khai thông tin tìm việc và cách liên lạc
disclosure-lead = Vui lòng chọn có cho các công ty đang tuyển người xem thông tin tìm việc của quý vị hay không, và cách Hello Work liên lạc với quý vị.
disclosure-publication = Quý vị có công khai thông tin tìm việc cho các công ty không?
disclosure-publication-help = Nếu công khai, công ty có thể liên lạc mời quý vị ứng tuyển. Dù chọn thế nào, họ tên, địa chỉ, số điện thoại và địa chỉ email cũng không được công khai.
publication-not-published = Không công khai
publication-without-employer-names = Công khai (không hiển thị tên các công ty đã làm trước đây)
publication-published = Công khai (hiển thị cả tên các công ty đã làm trước đây)
disclosure-contact-methods = Cách Hello Work liên lạc với quý vị
disclosure-contact-methods-help = Có thể chọn nhiều cách. Email sẽ được gửi đến địa chỉ đã nhập ở mục “Địa chỉ và liên lạc”.
contact-method-phone = Điện thoại
contact-method-email = Email
contact-method-post = Bưu điện
disclosure-avoid-times = Khung giờ không muốn được liên lạc
disclosure-avoid-times-help = Ví dụ: ngày thường từ 9 giờ đến 17 giờ (vì đang làm việc)
disability-title = Về khuyết tật
disability-lead = Quý vị không cần trả lời màn hình này. Chỉ nhân viên tại quầy xem câu trả lời. Trên màn hình xác nhận, câu trả lời cũng sẽ không hiện cho đến khi quý vị nhấn “Hiển thị”.
disability-support = Quý vị có muốn đăng ký và nhận hỗ trợ với tư cách người khuyết tật không?
disability-support-help = Quý vị có thể được giới thiệu việc làm dành cho người khuyết tật và được tư vấn tại quầy chuyên trách.
disability-support-wanted = Có
disability-support-not-wanted = Không
disability-support-unstated = Không trả lời
disability-certificate = Sổ khuyết tật
certificate-physical = Sổ khuyết tật thể chất
certificate-intellectual = Sổ khuyết tật trí tuệ (療育手帳)
certificate-mental = Sổ sức khỏe và phúc lợi cho người khuyết tật tâm thần
certificate-none-or-pending = Không có sổ / đang xin cấp
disability-grade = Cấp độ, mức độ
disability-grade-help = Vui lòng chọn cấp độ, mức độ ghi trong sổ. Nếu không rõ, có thể để “Chưa chọn”.
grade-level = Cấp { $grade }
grade-intellectual-a = A (nặng)
grade-intellectual-b = B (ngoài A)
grade-as-written = { $grade }
disability-needs = Sự quan tâm, hỗ trợ mong muốn
disability-needs-help = Có thể chọn nhiều mục.
need-specialist-desk = Muốn được tư vấn tại quầy chuyên trách
need-hours = Quan tâm về giờ làm hoặc số ngày làm
need-hospital = Quan tâm về việc đi khám bệnh, uống thuốc
need-facilities = Quan tâm về cơ sở vật chất, di chuyển (xe lăn, bậc thang…)
need-communication = Quan tâm về cách truyền đạt (viết, ngôn ngữ ký hiệu…)
need-instructions = Quan tâm về cách hướng dẫn công việc (bằng văn bản, từng việc một)
disability-needs-text = Điều khác muốn cho chúng tôi biết
disability-needs-text-help = Ví dụ: Tôi khó làm công việc phải đứng lâu.
disability-skip = Bỏ qua màn hình này
selfpr-title = Giới thiệu bản thân và ghi chú
selfpr-lead = Cả hai đều không bắt buộc. Nội dung quý vị viết sẽ được dùng khi tư vấn tại quầy và khi giới thiệu quý vị với công ty.
selfpr-appeal = Giới thiệu bản thân
selfpr-appeal-help = Điểm mạnh, kinh nghiệm, cách tận dụng bằng cấp… Ví dụ: Tôi đã làm công việc tiếp khách 10 năm.
selfpr-notes = Ghi chú đặc biệt
selfpr-notes-help = Điều muốn báo trước cho quầy. Ví dụ: Tôi có thể đi làm từ tháng 4. Tôi phải đưa đón con.
text-count = { $count } / { $max } ký tự
review-hidden = Không hiển thị để người xung quanh không nhìn thấy.
review-show = Hiển thị
review-hide = Ẩn
kb-newline = Xuống dòng
## More items (nationality and status of residence, station and commute, working pattern, leaving, family, department, qualifications, occupation of past jobs)

basic-nationality = Quốc tịch
basic-nationality-japanese = Nhật Bản
basic-nationality-foreign = Không phải Nhật Bản
basic-country = Quốc tịch (quốc gia, khu vực)
basic-country-help = Ví dụ: Việt Nam, Brazil
basic-residence-status = Tư cách lưu trú
basic-residence-status-help = Vui lòng chọn “tư cách lưu trú” (在留資格) ghi trên thẻ lưu trú (在留カード). Nhân viên tại quầy sẽ kiểm tra những công việc quý vị được làm.
basic-residence-status-choose = Chọn tư cách lưu trú
basic-residence-status-change = Chọn lại
basic-residence-status-title = Vui lòng chọn tư cách lưu trú
basic-residence-expiry = Thời hạn lưu trú (ngày hết hạn)
basic-residence-expiry-help = Là “thời hạn lưu trú (ngày hết hạn)” ghi trên thẻ lưu trú (在留カード). Người vĩnh trú và người vĩnh trú đặc biệt hãy để trống.
contact-station = Ga gần nhất
contact-station-help = Vui lòng nhập tên ga kèm chữ “駅” (ví dụ: 新宿駅).
contact-commute = Phương tiện đi làm
contact-commute-help = Vui lòng chọn tất cả phương tiện quý vị có thể dùng.
commute-walk = Đi bộ
commute-bicycle = Xe đạp
commute-motorbike = Xe máy
commute-car = Ô tô
commute-train = Tàu điện
commute-bus = Xe buýt
contact-commute-minutes = Thời gian đi làm (một chiều)
contact-commute-minutes-help = Quý vị có thể đi làm tối đa bao nhiêu phút? Ví dụ: 30
unit-minutes = phút
unit-hours = giờ
unit-days = ngày
unit-people = người
work-styles = Hình thức làm việc
work-styles-help = Toàn thời gian hay bán thời gian. Có thể chọn cả hai.
style-full-time = Toàn thời gian
style-part-time = Bán thời gian
employment-casual = Làm thêm (arubaito)
employment-other = Khác
work-holidays = Ngày nghỉ mong muốn
holiday-weekends = Thứ bảy, chủ nhật, ngày lễ
holiday-weekdays = Ngày thường
holiday-shifts = Làm theo ca
holiday-any = Không yêu cầu
work-days-off = Ngày khác muốn nghỉ
work-weekly-hours = Số giờ làm mỗi tuần
work-weekly-hours-help = Ví dụ: 40
work-days-per-week = Số ngày làm mỗi tuần
work-days-per-week-help = Ví dụ: 5
situation-left-on = Ngày nghỉ việc (ngày thôi công việc trước)
situation-left-on-help = Có thể nhập theo niên hiệu Nhật hoặc dương lịch. Nếu không nhớ, hãy để trống.
situation-leaving-reason = Lý do nghỉ việc
leaving-employer = Do công ty (sa thải, phá sản…)
leaving-own = Do bản thân
leaving-contract-end = Hết thời hạn hợp đồng
leaving-retirement = Nghỉ hưu theo tuổi
leaving-other = Khác
situation-spouse = Vợ/chồng
spouse-yes = Có
spouse-no = Không
spouse-unstated = Không trả lời
situation-dependants = Số người phụ thuộc (không tính vợ/chồng)
situation-dependants-help = Nếu không có, hãy nhập 0.
situation-dependants-unstated = Không trả lời
education-department = Khoa, ngành
education-department-help = Ví dụ: Khoa Kinh tế, ngành Kinh tế học
education-completion = Tốt nghiệp, bỏ dở…
completion-graduated = Đã tốt nghiệp
completion-withdrew = Bỏ dở
completion-enrolled = Đang học
completion-expected = Sắp tốt nghiệp
education-qualification-entry = Bằng cấp, chứng chỉ { $n }
education-qualification-search = Tìm trong danh sách (nhập tên hoặc cách đọc, ví dụ: かいご)
education-qualification-none-found = Không có trong danh sách. Vui lòng nhập tên vào ô bên dưới.
education-qualification-chosen = Bằng cấp, chứng chỉ đã chọn
education-qualification-name = Nếu không có trong danh sách, hãy nhập tên
education-qualification-score = Điểm
education-qualification-year = Năm đạt được
education-qualification-year-help = Dương lịch hoặc niên hiệu Nhật. Ví dụ: 2015, 平成27
education-qualification-remove = Xóa
education-qualification-change = Chọn lại
education-qualification-max = Có thể nhập tối đa { $max } bằng cấp, chứng chỉ. Vui lòng cho nhân viên tại quầy biết các bằng cấp khác.
history-occupation = Loại công việc
history-occupation-choose = Chọn loại công việc
history-occupation-change = Chọn lại
history-leaving-reason = Lý do nghỉ việc
history-max = Có thể nhập tối đa { $max } công việc. Vui lòng cho nhân viên tại quầy biết các công việc khác.
review-commute-minutes = { $minutes } phút
review-weekly-hours = { $hours } giờ mỗi tuần
review-days-per-week = { $days } ngày mỗi tuần
review-dependants = { $n } người
review-score = Điểm { $score }
review-year-obtained = Đạt năm { $year }
review-with-details = { $name } ({ $details })
date-year = Năm
date-month = Tháng
date-day = Ngày

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = Nhập bằng thẻ My Number
card-start-help = Nếu quý vị có thẻ My Number (マイナンバーカード), có thể đọc họ tên, địa chỉ, ngày sinh và giới tính từ thẻ. Thẻ không có cách đọc tên bằng katakana (フリガナ), vì vậy quý vị hãy tự nhập.
card-title = Nhập bằng thẻ My Number
card-place = Hãy đặt thẻ My Number (マイナンバーカード) lên máy đọc, rồi nhấn “Đã đặt thẻ”.
card-place-note = Chỉ đọc họ tên, địa chỉ, ngày sinh và giới tính. Mã số cá nhân (My Number) không được đọc.
card-placed = Đã đặt thẻ
card-pin-lead = Vui lòng nhập mã PIN 4 chữ số của thẻ dùng để hỗ trợ nhập thông tin (券面事項入力補助用暗証番号).
card-tries = Số lần nhập mã PIN còn lại: { $tries }
card-pin-count = Đã nhập { $count } chữ số mã PIN
card-read = Đọc thẻ
card-busy = Đang đọc…
card-cancel = Hủy
card-close = Đóng
card-counter = Vui lòng hỏi nhân viên tại quầy. Quý vị cũng có thể tiếp tục tự nhập.
card-done = Đã đọc từ thẻ My Number. Vui lòng kiểm tra từng mục. Với cách đọc tên (フリガナ), hãy chạm vào gợi ý bên dưới ô hoặc tự nhập.
card-error-no-reader = Không tìm thấy máy đọc thẻ. Vui lòng báo cho nhân viên hoặc tự nhập.
card-error-no-card = Không tìm thấy thẻ. Hãy đặt thẻ My Number lên máy đọc.
card-error-not-my-number = Có vẻ đây không phải là thẻ My Number. Hãy đặt thẻ My Number (マイナンバーカード).
card-error-removed = Thẻ đã rời khỏi máy đọc trong khi đang đọc. Hãy để nguyên thẻ trên máy đọc và thử lại.
card-error-wrong-pin = Mã PIN không đúng. Còn { $tries } lần nhập.
card-error-last-try = Chỉ còn { $tries } lần nhập mã PIN, vì vậy máy này sẽ không nhập mã PIN để thẻ không bị khóa.
card-error-blocked = Mã PIN của thẻ đã bị khóa. Quý vị có thể mở khóa tại ủy ban hành chính nơi quý vị sinh sống.
card-error-pin-format = Mã PIN gồm 4 chữ số.
card-error-unreadable = Không đọc được nội dung của thẻ. Mong quý vị thông cảm và tự nhập.
card-error-reader = Máy đọc thẻ không hoạt động bình thường. Vui lòng thử lại.
review-card-read = Họ tên, địa chỉ, ngày sinh và giới tính đã được đọc từ thẻ My Number.

## Call staff (every screen)
call-staff = Gọi nhân viên
call-staff-waiting-title = Đang gọi nhân viên
call-staff-waiting-body = Đang gọi nhân viên. Vui lòng đợi một chút cho đến khi yêu cầu được gửi đến. Nếu không gửi được, vui lòng hỏi nhân viên ở gần.
call-staff-sent-title = Đã gọi nhân viên
call-staff-sent-body = Vui lòng đợi tại chỗ. Nội dung quý vị đã nhập sẽ không bị mất.
call-staff-coming-title = Nhân viên đang đến
call-staff-coming-body = Nhân viên đang đến. Vui lòng đợi tại chỗ.

## The assist layer (staff over the visitor's form)
assist-open = Thao tác của nhân viên
assist-pad-title = Mã nhân viên
assist-pad-lead = Nhân viên vui lòng nhập mã của mình. Nội dung đang nhập sẽ không bị mất.
assist-title = Nhân viên đang thao tác
assist-lead = Nội dung đang nhập vẫn được giữ nguyên. Khi xong, hãy nhấn “Trả lại cho khách”.
assist-hand-back = Trả lại cho khách
assist-steps = Chuyển màn hình
assist-explain = Giải thích mục
assist-field-required = Đây là mục bắt buộc phải nhập.
assist-field-optional = Không nhập mục này cũng được.
assist-no-codes = Máy này chưa nhận được mã nhân viên. Vui lòng đợi một lúc hoặc liên hệ với quản trị viên.

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = Đang in phiếu…
receipt-printed = Vui lòng lấy phiếu.
receipt-print-failed = Không in được phiếu. Vui lòng báo cho nhân viên. Quý vị có thể xem số tiếp nhận trên màn hình này.
receipt-print-incomplete = Máy in hết giấy khi đang in nên phiếu bị in thiếu. Vui lòng báo cho nhân viên. Quý vị có thể xem số tiếp nhận trên màn hình này.
staff-printer = Máy in phiếu
staff-printer-none = Chưa cài đặt
staff-printer-ready = Sẵn sàng in
staff-printer-near-end = Giấy sắp hết. Hãy sớm thay cuộn giấy.
staff-printer-paper-out = Hết giấy. Hãy thay cuộn giấy.
staff-printer-cover-open = Nắp máy đang mở. Hãy đóng lại.
staff-printer-offline = Máy in không phản hồi. Hãy kiểm tra nguồn điện và đèn báo lỗi.
staff-printer-unreachable = Không kết nối được với máy in ({ $address }). Hãy kiểm tra nguồn điện, cáp và mục printer trong tệp cấu hình.
