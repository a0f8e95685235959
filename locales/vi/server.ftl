# The intake server's words: phone pages, counter pages, mail, API error codes.
# Every id starts with srv- so it never meets an id of another file.

## Common

srv-site-name = Hello Work – Quầy tiếp nhận

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = ngày { $day } { $month-name } năm { $year }
srv-month-1 = tháng 1
srv-month-2 = tháng 2
srv-month-3 = tháng 3
srv-month-4 = tháng 4
srv-month-5 = tháng 5
srv-month-6 = tháng 6
srv-month-7 = tháng 7
srv-month-8 = tháng 8
srv-month-9 = tháng 9
srv-month-10 = tháng 10
srv-month-11 = tháng 11
srv-month-12 = tháng 12
srv-skip-to-content = Chuyển đến nội dung chính
srv-language-nav = Ngôn ngữ hiển thị
srv-form-errors = Vui lòng kiểm tra nội dung đã nhập
srv-required = Bắt buộc
srv-optional = Không bắt buộc
srv-unselected = Chưa chọn
srv-value-none = (không có)
srv-save = Lưu
srv-cancel = Hủy
srv-reload = Tải lại
srv-sign-in = Đăng nhập
srv-sign-out = Đăng xuất
srv-sign-in-failed = Địa chỉ email hoặc mật khẩu không đúng.

## Error pages

srv-error-not-found-title = Không tìm thấy trang
srv-error-not-found = Không tìm thấy trang quý vị cần. Vui lòng kiểm tra URL. Nếu quý vị mở từ mã QR, hãy quét lại.
srv-error-forbidden-title = Không thể thực hiện thao tác này
srv-error-forbidden = Quý vị không có quyền xem trang này, hoặc trang đã hết hạn. Vui lòng quay lại trang trước và thử lại.
srv-error-bad-request-title = Không thể nhận nội dung đã nhập
srv-error-bad-request = Không đọc được nội dung đã gửi. Vui lòng quay lại trang trước và nhập lại.
srv-error-rate-limited-title = Vui lòng đợi một lát
srv-error-rate-limited = Có quá nhiều thao tác trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.
srv-error-internal-title = Đã xảy ra sự cố
srv-error-internal = Máy chủ đã gặp sự cố. Vui lòng thử lại sau. Nếu vẫn không được, vui lòng hỏi tại quầy của Hello Work.

## Fields of the application

srv-field-receipt = Số tiếp nhận (受付番号)
srv-field-status = Tình trạng
srv-field-name = Họ tên
srv-name-kana-only = (nhập bằng katakana)
srv-field-identity-source = Cách nhập thông tin cá nhân
srv-identity-from-card = Đọc từ thẻ My Number (chưa xác minh danh tính)
srv-card-read = (đọc từ thẻ)
srv-card-changed = (đọc từ thẻ, sau đó đã sửa)
srv-field-kana = Cách đọc (katakana)
srv-field-birth-date = Ngày sinh
srv-field-sex = Giới tính
srv-field-address = Địa chỉ
srv-field-street = Số nhà
srv-field-building = Tên tòa nhà, số phòng
srv-field-phone = Số điện thoại
srv-field-email = Địa chỉ email
srv-field-occupations = Loại công việc mong muốn
srv-field-occupation-n = Loại công việc mong muốn (nguyện vọng { $n })
srv-field-employment-types = Hình thức tuyển dụng mong muốn
srv-field-wage = Mức lương mong muốn
srv-field-work-locations = Nơi làm việc mong muốn
srv-field-hours = Giờ làm việc mong muốn
srv-field-now = Tình trạng hiện tại
srv-field-insurance = Dự định nhận bảo hiểm việc làm (雇用保険)
srv-field-education = Trình độ học vấn cao nhất
srv-field-qualifications = Bằng cấp, chứng chỉ
srv-field-work-history = Kinh nghiệm làm việc
srv-field-my-page = My Page (求職者マイページ)
srv-field-job-seeker-number = Số người tìm việc (求職番号)
srv-field-return-reason = Lý do:

srv-sex-female = Nữ
srv-sex-male = Nam
srv-sex-unstated = Không trả lời
srv-employment-full-time = Nhân viên chính thức
srv-employment-part-time = Bán thời gian (part-time)
srv-employment-dispatch = Nhân viên phái cử
srv-employment-contract = Nhân viên hợp đồng
srv-wage-monthly = Lương tháng từ { $amount } yên trở lên
srv-wage-hourly = Lương giờ từ { $amount } yên trở lên
srv-wage-kind-monthly = Lương tháng
srv-wage-kind-hourly = Lương giờ
srv-wage-amount = Số tiền (yên, trở lên)
srv-now-employed = Đang làm việc
srv-now-not-employed = Đã nghỉ việc
srv-now-student = Học sinh, sinh viên
srv-insurance-yes = Có dự định nhận
srv-insurance-no = Không dự định nhận
srv-insurance-unsure = Không rõ
srv-education-junior-high = Trung học cơ sở
srv-education-high-school = Trung học phổ thông
srv-education-vocational = Trường chuyên môn, trường nghề
srv-education-junior-college = Cao đẳng ngắn hạn, cao đẳng kỹ thuật
srv-education-university = Đại học
srv-education-graduate = Sau đại học
srv-education-other = Khác
srv-my-page-wanted = Muốn tạo
srv-my-page-not-wanted = Không muốn tạo

srv-status-provisional = Tiếp nhận tạm thời
srv-status-accepted = Đã chấp nhận
srv-status-returned = Đã trả lại

## Phone: the QR code's page

srv-continue-title = Tiếp tục đơn đăng ký tìm việc
srv-continue-lead = Đơn đăng ký của quý vị từ máy ở sảnh đã được tiếp nhận. Tại trang này, quý vị có thể tạo My Page (求職者マイページ).
srv-received-title = Nội dung đã tiếp nhận
srv-received-wrong = Nếu có sai sót, vui lòng báo cho nhân viên tại quầy.
srv-on-its-way-title = Đang gửi
srv-on-its-way = Đơn của quý vị đang được gửi từ máy ở sảnh đến Hello Work.
srv-on-its-way-refresh = Trang này sẽ tự động cập nhật. Vui lòng chờ.
srv-on-its-way-help = Nếu sau một lúc vẫn không thay đổi, vui lòng báo số tiếp nhận (受付番号) tại quầy.
srv-expired-title = Mã QR này đã hết hạn
srv-expired = Mã QR đã hết hạn. Nhân viên tại quầy của Hello Work sẽ giúp quý vị xem lại đơn và tạo My Page (求職者マイページ). Vui lòng báo số tiếp nhận (受付番号).
srv-spent-title = My Page (求職者マイページ) đã được tạo
srv-spent = Mật khẩu đã được cài đặt bằng mã QR này. Vui lòng đăng nhập My Page (マイページ) bằng địa chỉ email và mật khẩu.
srv-my-page-open-title = Tạo My Page (求職者マイページ)
srv-no-email = Đơn của quý vị không có địa chỉ email, nên không thể tạo My Page tại đây. Nhân viên tại quầy sẽ giúp quý vị.
srv-code-send = Gửi mã xác nhận
srv-code-resend = Gửi lại mã xác nhận
srv-code-sent = Đã gửi mã xác nhận. Vui lòng kiểm tra email. Nếu không thấy, hãy kiểm tra cả thư mục thư rác.
srv-code-label = Mã xác nhận (6 chữ số)
srv-code-help = Vui lòng nhập 6 chữ số ghi trong email.
srv-code-submit = Xác nhận
srv-code-wrong = Mã xác nhận không đúng. Quý vị còn có thể nhập { $remaining } lần.
srv-code-need-new = Mã xác nhận đã hết hạn hoặc đã nhập quá số lần cho phép. Vui lòng gửi mã xác nhận mới.
srv-code-send-failed = Không gửi được email mã xác nhận. Vui lòng thử lại sau.
srv-code-send-limited = Không thể gửi mã liên tiếp. Vui lòng thử lại sau khoảng { $minutes } phút.
srv-email-verified = Đã xác nhận địa chỉ email ({ $email }). Tiếp theo, vui lòng đặt mật khẩu cho My Page (マイページ).

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = Đơn đăng ký của quý vị từ máy ở sảnh đã được tiếp nhận. Sau khi xác nhận đúng là quý vị, quý vị có thể xem nội dung đơn và tạo My Page (求職者マイページ).
srv-proof-title = Xác nhận danh tính
srv-proof-email = Chúng tôi sẽ gửi mã xác nhận 6 chữ số đến địa chỉ email quý vị đã nhập khi đăng ký. Trước khi xác nhận xong, trang này không hiển thị họ tên hay thông tin nào của quý vị.
srv-proof-email-help = Nếu không nhận được email, hoặc đã nhập sai địa chỉ email, vui lòng báo số tiếp nhận (受付番号) tại quầy.
srv-proof-birth = Đơn của quý vị không có địa chỉ email, nên chúng tôi xác nhận bằng ngày sinh. Trước khi xác nhận xong, trang này không hiển thị họ tên hay thông tin nào của quý vị.
srv-birth-label = Ngày sinh
srv-birth-help = Ví dụ: 1990/7/15, 1990-07-15 hoặc 平成2年7月15日
srv-birth-submit = Xác nhận
srv-birth-unreadable = Không đọc được ngày sinh. Vui lòng nhập năm, tháng, ngày như ví dụ.
srv-birth-wrong = Ngày sinh không khớp với nội dung đơn. Quý vị còn có thể nhập { $remaining } lần.
srv-birth-locked = Đã nhập ngày sinh quá số lần cho phép, nên không thể xác nhận tại trang này nữa. Vui lòng báo số tiếp nhận (受付番号) tại quầy.
srv-proof-bound-time = Trang này chỉ dùng được trong 30 phút, và chỉ trên trình duyệt đã xác nhận này.

srv-password-label = Mật khẩu
srv-password-help = Vui lòng đặt ít nhất { $min } ký tự (nên từ { $suggested } ký tự trở lên). Không quy định loại ký tự; có thể dùng cả dấu cách và chữ kana. Không dùng được các mật khẩu phổ biến.
srv-password-confirm-label = Mật khẩu (nhập lại để xác nhận)
srv-password-submit = Đặt mật khẩu và tạo My Page
srv-password-too-short = Mật khẩu cần có ít nhất { $min } ký tự.
srv-password-too-long = Mật khẩu chỉ được tối đa { $max } ký tự.
srv-password-common = Mật khẩu này được nhiều người dùng và dễ bị đoán ra, nên không dùng được. Vui lòng chọn mật khẩu khác.
srv-password-personal = Không dùng được mật khẩu chứa địa chỉ email hay thông tin khác của quý vị.
srv-password-mismatch = Hai mật khẩu quý vị nhập không giống nhau.

## Mail

srv-mail-code-subject = [Hello Work] Mã xác nhận của quý vị
srv-mail-code-body =
    Mã xác nhận: { $code }

    Đây là mã xác nhận để tạo My Page (求職者マイページ) cho đơn quý vị đã đăng ký ở máy tại sảnh của Hello Work.
    Vui lòng nhập 6 chữ số này trên màn hình điện thoại thông minh. Mã có hiệu lực trong { $minutes } phút.

    Nếu quý vị không đăng ký, vui lòng xóa email này.

srv-mail-change-code-subject = [Hello Work] Mã xác nhận đổi địa chỉ email
srv-mail-change-code-body =
    Mã xác nhận: { $code }

    Đây là mã xác nhận để đổi địa chỉ email của My Page (求職者マイページ) sang địa chỉ này.
    Vui lòng nhập 6 chữ số này trên màn hình My Page. Mã có hiệu lực trong { $minutes } phút.

    Nếu quý vị không yêu cầu, vui lòng xóa email này. Địa chỉ email sẽ không thay đổi.
srv-mail-email-changed-subject = [Hello Work] Đã đổi địa chỉ email
srv-mail-email-changed-body =
    Địa chỉ email của My Page (求職者マイページ) đã được đổi thành { $email }.
    Từ lần sau, vui lòng đăng nhập bằng địa chỉ mới. Địa chỉ này sẽ không nhận thông báo nữa.

    Nếu quý vị không thực hiện thay đổi này, vui lòng liên lạc ngay với quầy của Hello Work.

## My Page

srv-my-title = My Page (求職者マイページ)
srv-my-nav = Menu My Page
srv-my-signin-title = Đăng nhập My Page (求職者マイページ)
srv-my-signin-help = Nếu quên mật khẩu, vui lòng hỏi tại quầy của Hello Work.
srv-my-status-title = Tình trạng đơn đăng ký
srv-my-status-provisional = Đơn đang ở trạng thái tiếp nhận tạm thời. Sau khi quý vị được xác nhận danh tính tại quầy của Hello Work, đơn sẽ được chấp nhận và quý vị được cấp số người tìm việc (求職番号).
srv-my-status-accepted = Đơn đã được chấp nhận tại quầy. Số người tìm việc cũng được ghi trên thẻ Hello Work (ハローワークカード).
srv-my-status-returned = Đơn của quý vị đã bị quầy trả lại. Vui lòng kiểm tra nội dung và trao đổi với nhân viên tại quầy.
srv-my-registration-title = Nội dung đã đăng ký
srv-my-saved = Đã lưu thay đổi.
srv-my-edit-title = Thay đổi nội dung đăng ký
srv-my-edit-lead = Quý vị có thể thay đổi thông tin liên lạc và công việc mong muốn. Nếu chuyển nhà, hãy thay đổi mã bưu chính và số nhà.
srv-my-edit-contact = Thông tin liên lạc
srv-field-postcode = Mã bưu chính
srv-field-town = Khu vực (町域)
srv-my-email-title = Đổi địa chỉ email
srv-my-email-lead = Địa chỉ email cũng được dùng để đăng nhập My Page (求職者マイページ). Chúng tôi sẽ gửi mã xác nhận đến địa chỉ mới; khi quý vị nhập mã đó, địa chỉ sẽ được đổi. Trước đó, quý vị vẫn đăng nhập bằng địa chỉ hiện tại.
srv-my-email-now = Địa chỉ email hiện tại
srv-field-new-email = Địa chỉ email mới
srv-my-email-new-title = Đăng ký địa chỉ mới
srv-field-current-password = Mật khẩu hiện tại
srv-my-email-password-help = Để xác nhận danh tính, vui lòng nhập mật khẩu My Page (マイページ).
srv-my-email-password-wrong = Mật khẩu không đúng. Vui lòng nhập mật khẩu dùng để đăng nhập My Page (マイページ).
srv-my-email-code-title = Nhập mã xác nhận
srv-my-email-code-lead = Vui lòng nhập mã xác nhận 6 chữ số đã gửi đến { $email }.
srv-my-email-confirm = Đổi
srv-my-email-same = Đây là địa chỉ email hiện tại. Nếu muốn đổi, vui lòng nhập địa chỉ mới.
srv-my-email-changed = Đã đổi địa chỉ email thành { $email }. Từ lần sau, vui lòng đăng nhập bằng địa chỉ này.
srv-my-edit-postcode-hint = 7 chữ số. Tỉnh, thành phố và khu vực sẽ được điền từ mã bưu chính.
srv-my-edit-town-choose = Mã bưu chính này có nhiều khu vực. Vui lòng chọn khu vực quý vị đang sống.
srv-my-edit-work = Công việc mong muốn
srv-my-edit-disclosure = Công khai thông tin tìm việc và cách liên lạc
srv-my-edit-self-pr = Giới thiệu bản thân và ghi chú đặc biệt

## Trust (slice B): name, birth date and address changes after acceptance, and their audit

srv-sign-in-form-expired = Trang đăng nhập đã hết hạn hoặc không phải của trang web này. Vui lòng đăng nhập lại.
srv-my-edit-person = Họ tên và ngày sinh
srv-my-edit-checked-note = Sau khi đơn được chấp nhận tại quầy, việc thay đổi họ tên, ngày sinh và địa chỉ chỉ có hiệu lực sau khi nhân viên tại quầy kiểm tra.
srv-field-family-name = Họ
srv-field-given-name = Tên
srv-field-family-kana = Cách đọc của họ (katakana)
srv-field-given-kana = Cách đọc của tên (katakana)
srv-birth-calendar = Lịch
srv-birth-year = Năm
srv-birth-month = Tháng
srv-birth-day = Ngày
srv-calendar-western = Dương lịch (ví dụ: 1985)
srv-calendar-meiji = Meiji (明治)
srv-calendar-taisho = Taisho (大正)
srv-calendar-showa = Showa (昭和)
srv-calendar-heisei = Heisei (平成)
srv-calendar-reiwa = Reiwa (令和)
srv-my-change-sent = Các thay đổi khác đã được lưu. Thay đổi họ tên, ngày sinh, địa chỉ đã được gửi đến quầy và sẽ có hiệu lực khi nhân viên kiểm tra.
srv-my-change-pending-title = Thay đổi đang chờ quầy kiểm tra
srv-my-change-pending-lead = Các thay đổi sau sẽ có hiệu lực khi nhân viên tại quầy kiểm tra:
srv-change-pending-title = Thay đổi đang chờ quyết định
srv-change-pending-lead = Người tìm việc đã thay đổi các mục này trên My Page sau khi đơn được chấp nhận. Hãy kiểm tra (bằng giấy tờ tùy thân nếu cần), rồi quyết định áp dụng hay không.
srv-change-old = Trước khi đổi
srv-change-new = Sau khi đổi (yêu cầu)
srv-change-when = Thời gian
srv-change-who = Người thay đổi
srv-change-action = Nội dung
srv-change-field = Mục
srv-change-accept = Áp dụng thay đổi
srv-change-refuse = Không áp dụng thay đổi
srv-change-already-decided = Thay đổi này đã được xử lý.
srv-change-audit-title = Lịch sử thay đổi
srv-change-audit-none = Không có thay đổi về họ tên, ngày sinh, địa chỉ.
srv-change-by-visitor = Người tìm việc (My Page)
srv-change-action-applied = Đã thay đổi
srv-change-action-requested = Yêu cầu
srv-change-action-accepted = Đã áp dụng
srv-change-action-refused = Không áp dụng

## API error codes (for kiosk screens and logs)

srv-problem-malformed-json = Không đọc được nội dung gửi đến dưới dạng JSON.
srv-problem-invalid-body = Các mục trong nội dung gửi đến không đúng.
srv-problem-body-too-large = Nội dung gửi đến quá lớn.
srv-problem-unsupported-media-type = Định dạng nội dung gửi đến không đúng (cần application/json).
srv-problem-unauthorized = Xác thực máy kiosk thất bại. Hãy đăng ký lại máy.
srv-problem-idempotency-key-invalid = Khóa nhận dạng lần gửi (Idempotency-Key) không đúng.
srv-problem-idempotency-conflict = Cùng một khóa nhận dạng đã được dùng để gửi nội dung khác.
srv-problem-envelope-malformed = Dữ liệu đơn đã niêm phong có định dạng không đúng.
srv-problem-envelope-version-unknown = Không rõ phiên bản của dữ liệu đơn đã niêm phong. Hãy kiểm tra phần mềm của máy kiosk.
srv-problem-envelope-unopenable = Không mở được dữ liệu đơn. Hãy kiểm tra khóa của máy chủ và việc đăng ký máy kiosk.
srv-problem-envelope-payload-invalid = Nội dung bên trong dữ liệu đơn không đúng.
srv-problem-identifiers-invalid = Số tiếp nhận (受付番号), mã QR hoặc thời điểm gửi có cái không đúng.
srv-problem-office-mismatch = Mã văn phòng trong dữ liệu đơn không khớp với đăng ký của máy kiosk.
srv-problem-continuation-token-taken = Mã QR này đã được dùng cho một đơn khác.
srv-problem-enrolment-code-invalid = Mã đăng ký sai, đã được dùng hoặc đã hết hạn.
srv-problem-kiosk-id-invalid = ID máy kiosk không đúng (chữ Latinh, chữ số và . _ -, tối đa 64 ký tự).
srv-problem-kiosk-id-taken = ID máy kiosk này đã được đăng ký ở văn phòng khác.
srv-problem-survey-invalid = Câu trả lời khảo sát nằm ngoài phạm vi.
srv-problem-heartbeat-invalid = Nội dung báo cáo hoạt động nằm ngoài phạm vi.
srv-problem-not-found = Không tìm thấy.
srv-problem-method-not-allowed = Không thể thực hiện thao tác này.
srv-problem-rate-limited = Có quá nhiều yêu cầu. Hãy đợi một lát rồi gửi lại.
srv-problem-unavailable = Không kết nối được cơ sở dữ liệu.
srv-problem-internal = Máy chủ đã gặp sự cố. Vui lòng thử lại sau một lát.

## Counter pages

srv-counter-nav = Menu quầy
srv-counter-title = Đơn đăng ký hôm nay
srv-counter-signin-title = Đăng nhập nhân viên
srv-counter-login = ID đăng nhập
srv-counter-sign-in-failed = ID đăng nhập hoặc mật khẩu không đúng.
srv-role-admin = Quản trị viên
srv-role-staff = Nhân viên
srv-counter-office = Văn phòng
srv-counter-all-offices = Tất cả văn phòng
srv-counter-no-offices = Chưa có văn phòng nào được đăng ký. Hãy đăng ký bằng `madoguchi-server kiosk add`.
srv-counter-date = Ngày tiếp nhận
srv-counter-search = Hiển thị
srv-counter-receipt-invalid = Số tiếp nhận (受付番号) có 6 ký tự (không dùng các chữ số 0, 1, 2, 5, 6, 8). Vui lòng kiểm tra lại.
srv-counter-results-day = Đơn ngày { $date } ({ $count } đơn)
srv-counter-results-receipt = Đơn có số tiếp nhận (受付番号) { $receipt }
srv-counter-office-caption = Mã văn phòng { $office }
srv-counter-none = Không có đơn nào phù hợp.
srv-counter-received-at = Thời gian tiếp nhận
srv-counter-findings = Cần kiểm tra
srv-counter-back = Quay lại danh sách
srv-counter-application-page = Số tiếp nhận (受付番号) { $receipt }
srv-counter-application-title = Nội dung đơn
srv-counter-visitor-language = Ngôn ngữ của đơn
srv-counter-my-page = My Page (求職者マイページ)
srv-counter-my-page-open = Đã tạo
srv-counter-my-page-not-open = Chưa tạo
srv-counter-birth-calendar = Ngày sinh được nhập theo { $calendar }.
srv-counter-findings-title = Các mục cần kiểm tra tại quầy
srv-counter-findings-lead = Khi nhập ở máy kiosk có các điểm sau. Hãy kiểm tra với người nộp đơn.
srv-counter-identity-title = Xác nhận danh tính
srv-counter-identity-document = Giấy tờ đã kiểm tra
srv-counter-identity-submit = Ghi lại việc xác nhận danh tính
srv-counter-identity-done = { $by } đã xác nhận danh tính bằng { $document } lúc { $time }.
srv-counter-identity-invalid = Hãy chọn giấy tờ đã kiểm tra.
srv-counter-decision-title = Chấp nhận / trả lại
srv-counter-accept-lead = Khi chấp nhận, số người tìm việc (求職番号) sẽ được cấp. Không thể hủy số đã cấp.
srv-counter-accept = Chấp nhận và cấp số người tìm việc
srv-counter-accept-needs-identity = Hãy ghi lại việc xác nhận danh tính trước khi chấp nhận.
srv-counter-already-decided = Đơn này đã được chấp nhận hoặc trả lại.
srv-counter-return-reason = Lý do trả lại
srv-counter-return-help = Lý do sẽ hiện trên My Page (求職者マイページ) của người nộp đơn.
srv-counter-return = Trả lại
srv-counter-return-reason-invalid = Hãy nhập lý do trả lại trong vòng 500 ký tự.
srv-counter-print-a4 = In phiếu tiếp nhận tìm việc (A4)
srv-counter-print-receipt = In phiếu tiếp nhận tìm việc (giấy biên lai 80 mm)
srv-counter-print-hint = Hãy in bằng chức năng in của trình duyệt (Ctrl+P).
srv-id-doc-my-number-card = Thẻ My Number (マイナンバーカード)
srv-id-doc-driving-licence = Bằng lái xe
srv-id-doc-residence-card = Thẻ lưu trú (在留カード)
srv-id-doc-passport = Hộ chiếu
srv-id-doc-health-insurance = Giấy tờ xác nhận bảo hiểm y tế
srv-id-doc-other = Giấy tờ khác

## Registration slip

srv-slip-title = Phiếu tiếp nhận tìm việc (求職受付票)
srv-slip-accepted-on = Ngày chấp nhận
srv-slip-identity = Giấy tờ tùy thân
srv-slip-staff = Người phụ trách
srv-slip-note = Vui lòng giữ cẩn thận phiếu này cho đến khi nhận được thẻ Hello Work. Quý vị cũng có thể xem số người tìm việc (求職番号) trên My Page (求職者マイページ).

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = Bảng điểm
srv-scorecard-lead = Tỷ lệ sử dụng trực tuyến theo định nghĩa của kế hoạch, theo từng văn phòng, cục lao động tỉnh và toàn quốc, theo quý. Người tìm việc là tất cả người đăng ký mới: đơn từ máy kiosk cộng với người đăng ký tại quầy và trực tuyến (do nhân viên nhập hoặc nhập từ tệp).
srv-scorecard-quarter = Quý (ví dụ: 2026Q3)
srv-scorecard-period = { $quarter } ({ $from } – { $to })
srv-scorecard-chart-title = Tỷ lệ sử dụng trực tuyến của { $name } (8 quý gần nhất)
srv-scorecard-chart-caption = Cột là tỷ lệ sử dụng trực tuyến: tô đặc khi đạt mục tiêu 20% trở lên, gạch chéo khi chưa đạt. Đường gạch là mục tiêu 20%, đường chấm là 8,0% của năm tài chính 2019. Bảng bên dưới cho cùng các số liệu.
srv-scorecard-target-label = Mục tiêu 20%
srv-scorecard-baseline-label = Năm tài chính 2019: 8,0%
srv-scorecard-legend-met = Đạt mục tiêu (tô đặc)
srv-scorecard-legend-not-met = Chưa đạt (gạch chéo)
srv-scorecard-quarter-head = Quý
srv-scorecard-rate = Tỷ lệ sử dụng trực tuyến
srv-scorecard-target = Mục tiêu 20%
srv-scorecard-met = Đạt
srv-scorecard-not-met = Chưa đạt
srv-scorecard-accepted = Đã chấp nhận
srv-scorecard-answers = Câu trả lời khảo sát
srv-scorecard-distribution = Phân bố câu trả lời (1–5)
srv-scorecard-mean = Trung bình
srv-scorecard-definition-title = Định nghĩa tỷ lệ sử dụng trực tuyến
srv-scorecard-definition-source = Nguồn: Kế hoạch cơ bản nâng cao tỷ lệ sử dụng trực tuyến (22/10/2021), mục đăng ký tìm việc. Trích dẫn bằng tiếng Nhật.
srv-scorecard-definition = Số My Page (求職者マイページ) được tạo ÷ số người tìm việc (tất cả người tìm việc mới, bất kể cách đăng ký). Cả hai đều được đếm theo ngày đăng ký của người tìm việc (giờ Nhật Bản), nên tỷ lệ không vượt quá 100%. Năm tài chính bắt đầu từ tháng 4; quý 1 là tháng 4 đến tháng 6.
srv-scorecard-csv = Lưu dưới dạng CSV
srv-scorecard-json = Xem dạng JSON
srv-scorecard-print = Bản để in
srv-scorecard-refresh = Tính lại số liệu ngay
srv-scorecard-national = Toàn quốc
srv-scorecard-kpi-title = KPI giữa kỳ: 340.000 My Page (求職者マイページ) được tạo
srv-scorecard-kpi = Tổng số đã tạo { $openings } / { $kpi } ({ $percent })
srv-scorecard-updated = Số liệu được tính lúc { $at } (giờ Nhật Bản)
srv-scorecard-never-updated = Số liệu chưa được tính.
srv-scorecard-table-caption = Người tìm việc và số My Page được tạo trong quý
srv-scorecard-unit = Đơn vị
srv-scorecard-job-seekers = Người tìm việc (theo ngày đăng ký)
srv-scorecard-opened = My Page được tạo
srv-scorecard-kiosk-share = Tỷ lệ tạo từ máy kiosk
srv-scorecard-cumulative = Tổng số đã tạo
srv-scorecard-from-kiosk = Máy kiosk (tự động)
srv-scorecard-from-counter = Quầy (nhân viên ghi)
srv-scorecard-from-online = Trực tuyến (nhân viên ghi)
srv-scorecard-total = Tổng
srv-scorecard-opened-kiosk = Từ máy kiosk (tự động)
srv-scorecard-opened-recorded = Nhân viên ghi
srv-scorecard-sources = “Tự động” là số đơn từ máy kiosk và số My Page được tạo từ mã QR. “Nhân viên ghi” là số đăng ký tại quầy và trực tuyến, cùng số My Page được tạo tại quầy, do nhân viên nhập hoặc nhập từ tệp (trang ghi số đăng ký cho biết ai đã ghi từng ngày và khi nào). Không tính các đơn đã trả lại.
srv-scorecard-rating-title = Khảo sát một câu hỏi ở máy kiosk và số đơn được chấp nhận
srv-scorecard-trend-title = Diễn biến 8 quý gần nhất

srv-tally-title = Ghi số đăng ký
srv-tally-lead = Ghi số người tìm việc mới đăng ký ngoài máy kiosk (bằng giấy hoặc máy tính của văn phòng tại quầy, và trực tuyến), theo từng ngày và từng kênh. Ghi lại cùng ngày và cùng kênh sẽ thay thế bản ghi trước.
srv-tally-saved = Đã ghi. Số liệu của bảng điểm cũng đã được tính lại.
srv-tally-one-title = Nhập cho một ngày
srv-tally-day = Ngày đăng ký
srv-tally-channel = Kênh
srv-tally-channel-counter = Quầy (giấy, máy tính của văn phòng)
srv-tally-channel-online = Trực tuyến
srv-tally-registered = Số người tìm việc mới
srv-tally-opened = Số My Page được tạo
srv-tally-opened-hint = Trong số người tìm việc đăng ký ngày đó, số người đã tạo My Page (đã kiểm tra tại quầy). Không vượt quá số người tìm việc.
srv-tally-save = Ghi
srv-tally-import-title = Nhập tệp CSV theo ngày
srv-tally-import-lead = Dán nội dung CSV: dòng 1 là tiêu đề, từ dòng 2 mỗi dòng là một ngày và một kênh. Nếu có dù chỉ một lỗi, sẽ không nhập gì và hiển thị dòng, cột bị lỗi.
srv-tally-csv-file = Chọn tệp CSV
srv-tally-csv = Hoặc dán nội dung CSV
srv-tally-import = Nhập
srv-tally-list-title = Bản ghi của { $quarter }
srv-tally-none = Chưa có bản ghi nào trong quý này.
srv-tally-source = Nguồn ghi
srv-tally-source-tally = Nhập tay: { $who } ({ $at })
srv-tally-source-import = Nhập CSV: { $who } ({ $at })
srv-tally-error-header = Dòng 1 phải là date,channel,registrations,my_pages_opened.
srv-tally-error-columns = Dòng này không có đủ 4 cột.
srv-tally-error-date = Hãy viết ngày theo dạng 2026-10-01.
srv-tally-error-future = Ngày này chưa đến.
srv-tally-error-channel = Kênh phải là counter hoặc online.
srv-tally-error-count = Hãy viết số nguyên từ 0 trở lên.
srv-tally-error-opened = Số My Page được tạo vượt quá số người tìm việc.
srv-tally-error-duplicate = Cùng một ngày và kênh xuất hiện hai lần.
srv-tally-error-empty = Ngoài dòng tiêu đề, không có dòng nào.
srv-tally-error-too-many = Quá nhiều dòng. Hãy chia ra để nhập.
srv-tally-error-unreadable = Không đọc được dưới dạng CSV.
srv-tally-error-at-column = Dòng { $line }, cột { $column }: { $message }
srv-tally-error-at-line = Dòng { $line }: { $message }

srv-public-title = Bảng điểm tỷ lệ sử dụng trực tuyến
srv-public-lead = Tỷ lệ sử dụng trực tuyến khi đăng ký tìm việc tại Hello Work, được công bố hằng quý theo kế hoạch.
srv-public-withheld = Không công bố
srv-public-job-seekers = Người tìm việc
srv-public-openings = My Page được tạo
srv-public-prefectures = Toàn quốc và cục lao động các tỉnh
srv-public-offices = Theo từng văn phòng
srv-public-withheld-note = “Không công bố” là các số nhỏ hơn { $min }, và các số được ẩn để không thể tính ra chúng từ các số khác. Việc này nhằm tránh xác định được cá nhân.

srv-survey-title = Khảo sát về thủ tục trực tuyến
srv-survey-lead = Vui lòng cho chúng tôi biết việc đăng ký tìm việc và sử dụng My Page (求職者マイページ) có dễ dàng không. Xin đừng ghi họ tên hay thông tin liên lạc; số điện thoại và địa chỉ email sẽ bị xóa trước khi lưu.
srv-survey-ease = Thủ tục có dễ không?
srv-survey-ease-5 = Rất dễ
srv-survey-ease-4 = Dễ
srv-survey-ease-3 = Bình thường
srv-survey-ease-2 = Khó
srv-survey-ease-1 = Rất khó
srv-survey-time = Mất bao lâu?
srv-survey-time-under-5 = Dưới 5 phút
srv-survey-time-5-15 = 5–15 phút
srv-survey-time-15-30 = 15–30 phút
srv-survey-time-over-30 = Từ 30 phút trở lên
srv-survey-hard = Điều gì khó khăn?
srv-survey-hard-hint = Vui lòng chọn tất cả các mục phù hợp.
srv-survey-hard-finding = Không biết làm thủ tục ở đâu
srv-survey-hard-typing = Nhập thông tin vất vả
srv-survey-hard-email-code = Mã xác nhận qua email
srv-survey-hard-password = Đặt mật khẩu
srv-survey-hard-language = Ngôn ngữ khó hiểu
srv-survey-hard-other = Khác
srv-survey-comment = Ý kiến (không bắt buộc)
srv-survey-comment-hint = Tối đa { $max } ký tự. Số điện thoại, địa chỉ email, mã bưu chính… sẽ bị xóa trước khi lưu.
srv-survey-send = Gửi
srv-survey-error-ease = Vui lòng chọn thủ tục có dễ hay không.
srv-survey-error-time = Vui lòng chọn thời gian đã mất.
srv-survey-error-hard = Lựa chọn về điều khó khăn không hợp lệ.
srv-survey-thanks-title = Xin cảm ơn
srv-survey-thanks = Đã nhận câu trả lời của quý vị. Kết quả được dùng để cải thiện thủ tục và được tổng hợp, công bố ít nhất mỗi năm một lần.
srv-survey-invite-title = Xin mời tham gia khảo sát
srv-survey-invite = Vui lòng cho chúng tôi biết cảm nhận về thủ tục trực tuyến qua vài câu hỏi.
srv-survey-my-page-invite = Có dễ sử dụng không? Vui lòng trả lời một khảo sát ngắn.
srv-survey-report-title = Báo cáo khảo sát hằng năm
srv-survey-year = Năm tài chính (ví dụ: 2026)
srv-survey-report-lead = Năm tài chính { $year }: { $answers } câu trả lời, độ dễ trung bình { $mean } (5 là dễ nhất)
srv-survey-answers = Số câu trả lời
srv-survey-mean = Độ dễ trung bình
srv-survey-no-office = Không chỉ định văn phòng
srv-survey-channel = Kênh trả lời
srv-survey-channel-my-page = Từ My Page
srv-survey-channel-public = Từ trang công bố
srv-survey-language = Ngôn ngữ
srv-survey-comments = Ý kiến
srv-survey-comments-note = Chỉ dành cho nhân viên; không công bố. Các mẫu thông tin cá nhân đã được xóa trước khi lưu.
srv-survey-no-comments = Không có ý kiến.

## Prefectural labour bureaus (the first two digits of the office number)
srv-prefecture-01 = Cục Lao động Hokkaido
srv-prefecture-02 = Cục Lao động Aomori
srv-prefecture-03 = Cục Lao động Iwate
srv-prefecture-04 = Cục Lao động Miyagi
srv-prefecture-05 = Cục Lao động Akita
srv-prefecture-06 = Cục Lao động Yamagata
srv-prefecture-07 = Cục Lao động Fukushima
srv-prefecture-08 = Cục Lao động Ibaraki
srv-prefecture-09 = Cục Lao động Tochigi
srv-prefecture-10 = Cục Lao động Gunma
srv-prefecture-11 = Cục Lao động Saitama
srv-prefecture-12 = Cục Lao động Chiba
srv-prefecture-13 = Cục Lao động Tokyo
srv-prefecture-14 = Cục Lao động Kanagawa
srv-prefecture-15 = Cục Lao động Niigata
srv-prefecture-16 = Cục Lao động Toyama
srv-prefecture-17 = Cục Lao động Ishikawa
srv-prefecture-18 = Cục Lao động Fukui
srv-prefecture-19 = Cục Lao động Yamanashi
srv-prefecture-20 = Cục Lao động Nagano
srv-prefecture-21 = Cục Lao động Gifu
srv-prefecture-22 = Cục Lao động Shizuoka
srv-prefecture-23 = Cục Lao động Aichi
srv-prefecture-24 = Cục Lao động Mie
srv-prefecture-25 = Cục Lao động Shiga
srv-prefecture-26 = Cục Lao động Kyoto
srv-prefecture-27 = Cục Lao động Osaka
srv-prefecture-28 = Cục Lao động Hyogo
srv-prefecture-29 = Cục Lao động Nara
srv-prefecture-30 = Cục Lao động Wakayama
srv-prefecture-31 = Cục Lao động Tottori
srv-prefecture-32 = Cục Lao động Shimane
srv-prefecture-33 = Cục Lao động Okayama
srv-prefecture-34 = Cục Lao động Hiroshima
srv-prefecture-35 = Cục Lao động Yamaguchi
srv-prefecture-36 = Cục Lao động Tokushima
srv-prefecture-37 = Cục Lao động Kagawa
srv-prefecture-38 = Cục Lao động Ehime
srv-prefecture-39 = Cục Lao động Kochi
srv-prefecture-40 = Cục Lao động Fukuoka
srv-prefecture-41 = Cục Lao động Saga
srv-prefecture-42 = Cục Lao động Nagasaki
srv-prefecture-43 = Cục Lao động Kumamoto
srv-prefecture-44 = Cục Lao động Oita
srv-prefecture-45 = Cục Lao động Miyazaki
srv-prefecture-46 = Cục Lao động Kagoshima
srv-prefecture-47 = Cục Lao động Okinawa

## Kiosk fleet

srv-fleet-title = Tình trạng hoạt động của các máy kiosk
srv-fleet-lead = Máy không có báo cáo hoạt động trong { $minutes } phút trở lên sẽ hiển thị “Không phản hồi”.
srv-fleet-none = Không có máy kiosk nào được đăng ký.
srv-fleet-kiosk = Máy kiosk
srv-fleet-state = Trạng thái
srv-fleet-last-heartbeat = Báo cáo hoạt động gần nhất
srv-fleet-version = Phiên bản
srv-fleet-occupation-table = Bảng phân loại nghề nghiệp
srv-fleet-postcode-book = Dữ liệu mã bưu chính
srv-fleet-occupations-differs = Khác với bảng của máy chủ
srv-fleet-postcodes-differs = Khác với dữ liệu của máy chủ
srv-fleet-queue = Chưa gửi
srv-fleet-last-error = Lỗi gần nhất
srv-fleet-ok = Đang hoạt động
srv-fleet-stale = Không phản hồi
srv-fleet-never = Chưa có
srv-fleet-pending = Đang chờ đăng ký (mã có hiệu lực đến { $until })
srv-fleet-slot = Slot
srv-fleet-uptime = Thời gian hoạt động
srv-fleet-uptime-value = { $days } ngày { $hours } giờ { $minutes } phút
srv-fleet-orientation = Hướng màn hình
srv-fleet-orientation-portrait = Dọc
srv-fleet-orientation-landscape = Ngang
srv-fleet-steer = Điều khiển
srv-fleet-command = Lệnh
srv-fleet-action-wipe-screen = Xóa màn hình và quay về đầu
srv-fleet-action-send-queue = Gửi ngay phần chưa gửi
srv-fleet-action-restart = Khởi động lại phần mềm kiosk
srv-fleet-action-reboot = Khởi động lại máy kiosk
srv-fleet-action-apply-config = Áp dụng cấu hình
srv-fleet-action-revoke = Hủy đăng ký
srv-fleet-config = Tệp cấu hình (chỉ dùng khi áp dụng cấu hình)
srv-fleet-config-label = Nội dung của kiosk.toml
srv-fleet-send = Gửi
srv-fleet-command-sent = Đã ghi nhận lệnh. Máy kiosk sẽ nhận lệnh vào lần báo cáo hoạt động tiếp theo (trong vòng 1 phút).
srv-fleet-command-not-found = Không tìm thấy máy kiosk đó.
srv-fleet-command-admin-only = Chỉ quản trị viên mới có thể áp dụng cấu hình và hủy đăng ký.
srv-fleet-command-not-enrolled = Không thể gửi lệnh đến máy kiosk chưa được đăng ký.
srv-fleet-command-unknown = Không có lệnh đó. Hãy chọn từ danh sách.
srv-fleet-command-config-size = Tệp cấu hình trống hoặc quá dài (tối đa 64 KB).
srv-fleet-silent-alert = Có { $count } máy kiosk không có báo cáo hoạt động trong { $minutes } phút trở lên. Hãy kiểm tra nguồn điện và mạng.
srv-fleet-commands = Lệnh đã gửi đến máy kiosk
srv-fleet-commands-none = Chưa có lệnh nào.
srv-fleet-command-time = Ngày giờ
srv-fleet-command-by = Người gửi
srv-fleet-command-outcome = Kết quả
srv-fleet-outcome-waiting = Đang chờ máy kiosk nhận
srv-fleet-outcome-delivered = Đã đến máy (đang chờ kết quả)
srv-fleet-outcome-done = Đã thực hiện
srv-fleet-outcome-refused = Bị từ chối:
srv-name-single = (chỉ có một tên)
srv-field-card-name = Họ tên trên thẻ lưu trú (在留カード)

## Job-seeker information, disability, self-PR
srv-field-publication = Công khai thông tin tìm việc
srv-publication-not-published = Không công khai
srv-publication-without-employer-names = Công khai, trừ tên các công ty đã làm
srv-publication-published = Công khai
srv-field-contact-methods = Cách liên lạc
srv-contact-method-phone = Điện thoại
srv-contact-method-email = Email
srv-contact-method-post = Bưu điện
srv-field-avoid-times = Khung giờ không muốn được liên lạc
srv-field-disability = Hỗ trợ với tư cách người khuyết tật
srv-disability-wanted = Có mong muốn
srv-disability-not-wanted = Không mong muốn
srv-disability-unstated = Không trả lời
srv-field-certificate = Sổ khuyết tật
srv-certificate-physical = Sổ khuyết tật thể chất
srv-certificate-intellectual = Sổ khuyết tật trí tuệ (療育手帳)
srv-certificate-mental = Sổ sức khỏe và phúc lợi cho người khuyết tật tâm thần
srv-certificate-none-or-pending = Không có / đang xin cấp
srv-grade-level = Cấp { $grade }
srv-field-support-needs = Sự quan tâm, hỗ trợ mong muốn
srv-need-specialist-desk = Tư vấn tại quầy chuyên trách
srv-need-hours = Quan tâm về giờ làm, số ngày làm
srv-need-hospital = Quan tâm về việc đi khám bệnh, uống thuốc
srv-need-facilities = Quan tâm về cơ sở vật chất, di chuyển
srv-need-communication = Quan tâm về cách truyền đạt (viết, ngôn ngữ ký hiệu…)
srv-need-instructions = Quan tâm về cách hướng dẫn công việc
srv-field-support-needs-text = Điều muốn cho biết về khuyết tật
srv-disability-show = Hiển thị câu trả lời về khuyết tật
srv-field-self-pr = Giới thiệu bản thân
srv-field-notes = Ghi chú đặc biệt
## More items (the application at the counter)

srv-field-nationality = Quốc tịch
srv-nationality-japanese = Nhật Bản
srv-nationality-foreign = Không phải Nhật Bản
srv-field-residence-status = Tư cách lưu trú
srv-field-residence-expiry = Thời hạn lưu trú (ngày hết hạn)
srv-field-station = Ga gần nhất
srv-field-commute = Phương tiện đi làm
srv-commute-walk = Đi bộ
srv-commute-bicycle = Xe đạp
srv-commute-motorbike = Xe máy
srv-commute-car = Ô tô
srv-commute-train = Tàu điện
srv-commute-bus = Xe buýt
srv-field-commute-minutes = Thời gian đi làm (một chiều)
srv-minutes = { $minutes } phút
srv-field-work-styles = Hình thức làm việc
srv-style-full-time = Toàn thời gian
srv-style-part-time = Bán thời gian
srv-field-holidays = Ngày nghỉ mong muốn
srv-holiday-weekends = Thứ bảy, chủ nhật, ngày lễ
srv-holiday-weekdays = Ngày thường
srv-holiday-shifts = Làm theo ca
srv-holiday-any = Không yêu cầu
srv-weekday-mon = T2
srv-weekday-tue = T3
srv-weekday-wed = T4
srv-weekday-thu = T5
srv-weekday-fri = T6
srv-weekday-sat = T7
srv-weekday-sun = CN
srv-field-week = Số giờ, số ngày làm mỗi tuần
srv-hours-a-week = { $hours } giờ mỗi tuần
srv-days-a-week = { $days } ngày mỗi tuần
srv-field-left-on = Ngày nghỉ việc
srv-field-leaving-reason = Lý do nghỉ việc
srv-leaving-employer = Do công ty
srv-leaving-own = Do bản thân
srv-leaving-contract-end = Hết hạn hợp đồng
srv-leaving-retirement = Nghỉ hưu theo tuổi
srv-leaving-other = Khác
srv-field-spouse = Vợ/chồng
srv-spouse-yes = Có
srv-spouse-no = Không
srv-spouse-unstated = Không trả lời
srv-field-dependants = Người phụ thuộc (không tính vợ/chồng)
srv-people = { $n } người
srv-unstated = Không trả lời
srv-completion-graduated = Đã tốt nghiệp
srv-completion-withdrew = Bỏ dở
srv-completion-enrolled = Đang học
srv-completion-expected = Sắp tốt nghiệp
srv-employment-casual = Làm thêm (arubaito)
srv-employment-other = Khác
srv-score = Điểm { $score }
srv-year-obtained = Đạt năm { $year }
srv-job-occupation = Loại công việc
srv-field-commute-minutes-unit = Thời gian đi làm (một chiều, phút)
srv-field-weekly-hours-unit = Số giờ làm mỗi tuần (giờ)
srv-field-days-per-week-unit = Số ngày làm mỗi tuần (ngày)

## Staff calls from the kiosks (counter console)
srv-calls-title = Gọi nhân viên
srv-calls-none = Không có ai gọi.
srv-calls-notice = Có người gọi nhân viên tại máy kiosk { $kiosk } ({ $place })
srv-calls-screen = Màn hình: { $screen }
srv-calls-acknowledge = Tôi đến ngay
srv-calls-acknowledged = Nhân viên đang đến.
srv-calls-screen-attract = Màn hình đầu tiên
srv-calls-screen-consent = Đồng ý
srv-calls-screen-basic = Thông tin cơ bản
srv-calls-screen-contact = Địa chỉ và liên lạc
srv-calls-screen-disclosure = Công khai và liên lạc
srv-calls-screen-desired-work = Công việc mong muốn
srv-calls-screen-situation = Tình trạng hiện tại
srv-calls-screen-education = Học vấn và bằng cấp
srv-calls-screen-work-history = Kinh nghiệm làm việc
srv-calls-screen-disability = Khuyết tật
srv-calls-screen-self-pr = Giới thiệu bản thân
srv-calls-screen-review = Xác nhận
srv-calls-screen-my-page = My Page
srv-calls-screen-done = Hoàn tất

## Staff codes (counter console)
srv-staff-codes-title = Mã nhân viên
srv-staff-codes-lead = Mỗi người một mã, dùng để hỗ trợ tại máy kiosk mà không xóa màn hình của người đang nhập. Hãy vô hiệu hóa mã của người đã nghỉ việc hoặc chuyển công tác.
srv-staff-codes-name = Họ tên
srv-staff-codes-add = Tạo mã
srv-staff-codes-made = Đã tạo mã cho { $name }.
srv-staff-codes-once = Mã này chỉ hiển thị lúc này. Hãy báo cho chính người đó.
srv-staff-codes-none = Chưa có mã nào.
srv-staff-codes-added = Thời gian tạo
srv-staff-codes-revoke = Vô hiệu hóa
srv-staff-codes-revoked = Đã vô hiệu hóa ({ $at })
srv-staff-codes-name-invalid = Hãy nhập họ tên từ 1 đến 40 ký tự, không xuống dòng.
srv-staff-assists-title = Nhật ký hỗ trợ tại máy kiosk
srv-staff-assists-none = Chưa có bản ghi nào.
srv-staff-assists-when = Thời gian

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = Thay đổi kinh nghiệm làm việc (職歴)
srv-my-jobs-lead = Bạn có thể đăng ký những nơi đã từng làm việc, bắt đầu từ nơi gần đây nhất. Thay đổi có hiệu lực ngay và nhân viên tại quầy cũng sẽ thấy.
srv-my-jobs-none = Chưa đăng ký kinh nghiệm làm việc.
srv-my-jobs-entry = Công việc { $n }
srv-my-jobs-edit = Thay đổi
srv-my-jobs-remove = Xóa
srv-my-jobs-add = Thêm công việc
srv-my-jobs-max = Có thể đăng ký tối đa { $max } công việc. Vui lòng cho nhân viên tại quầy biết về các công việc cũ hơn.
srv-my-jobs-saved = Đã lưu kinh nghiệm làm việc.
srv-my-jobs-removed = Đã xóa một công việc khỏi kinh nghiệm làm việc.
srv-my-jobs-open = Xem hoặc thay đổi kinh nghiệm làm việc (職歴)
srv-my-job-edit-title = Thay đổi công việc { $n }
srv-my-job-back = Quay lại kinh nghiệm làm việc
srv-my-job-employer = Nơi làm việc (勤務先)
srv-my-job-period = Thời gian làm việc
srv-my-job-present = hiện tại
srv-my-job-from = Năm và tháng vào làm (入社)
srv-my-job-to = Năm và tháng nghỉ việc (退社)
srv-my-job-date-hint = Theo dương lịch hoặc niên hiệu Nhật Bản, ví dụ 2019/4 hoặc 平成31年4月.
srv-my-job-to-hint = Nếu bạn vẫn đang làm ở đó, hãy để trống.
srv-my-job-employment-type = Hình thức tuyển dụng (雇用形態)
srv-my-job-duties = Nội dung công việc
srv-my-job-duties-hint = Ví dụ: thu ngân và xếp hàng lên kệ ở siêu thị
srv-my-job-changed = Công việc này đã được thay đổi ở nơi khác (ví dụ ở một cửa sổ khác). Vui lòng kiểm tra nội dung hiện tại rồi thử lại.
srv-my-job-remove-title = Xóa công việc này?
srv-my-job-remove-lead = Sau khi xóa, nhân viên tại quầy cũng sẽ không thấy nữa. Nếu cần, bạn có thể thêm lại sau.
srv-my-choice-not-accepted = Không thể chấp nhận lựa chọn này. Vui lòng chọn lại từ danh sách.
srv-my-disability-section = Về khuyết tật (障害について, không bắt buộc)
srv-my-disability-closed = Câu trả lời sẽ không hiển thị cho đến khi bạn mở bằng nút bên dưới.
srv-my-disability-open = Mở và thay đổi câu trả lời về khuyết tật
srv-my-disability-title = Về khuyết tật (障害について)
srv-my-disability-lead = Trả lời hay không là tùy bạn. Chỉ nhân viên tại quầy mới xem câu trả lời. Thay đổi có hiệu lực ngay.
srv-my-disability-support = Bạn có mong muốn đăng ký và được hỗ trợ với tư cách người khuyết tật không?
srv-my-disability-details-note = Sổ khuyết tật, mức độ và hỗ trợ bên dưới chỉ được lưu khi bạn chọn “Có mong muốn”.
srv-my-disability-grade = Cấp độ hoặc mức độ (等級・程度)
srv-my-disability-grade-hint = Vui lòng chọn cấp độ hoặc mức độ ghi trong sổ của bạn từ danh sách. Nếu không rõ, có thể để “Chưa chọn”.
srv-my-disability-needs-hint = Có thể chọn nhiều mục.
srv-my-disability-clear-title = Xóa câu trả lời
srv-my-disability-clear-lead = Thao tác này xóa toàn bộ câu trả lời về khuyết tật. Nhân viên tại quầy cũng sẽ không thấy nữa và không lưu lại hồ sơ nào. Bạn có thể trả lời lại bất cứ lúc nào.
srv-my-disability-clear = Xóa toàn bộ câu trả lời
srv-my-disability-cleared = Đã xóa toàn bộ câu trả lời về khuyết tật.
srv-change-value-private = (không ghi lại nội dung)
