# Messages of the input checks (core/src/check.rs), Tiếng Việt. Same ids as ja/check.ftl.
# Red messages say what to fix; orange ones say what to check and that “Tiếp” again keeps the value.
# Codes for selectors: see ja/check.ftl.

## Basic information

check-family-name-required = Vui lòng nhập họ. Nếu không viết được bằng chữ Hán, quý vị có thể nhập bằng katakana hoặc chữ Latinh.
check-given-name-required = Vui lòng nhập tên. Nếu quý vị chỉ có một tên, hãy chọn “Tôi chỉ có một tên”.
check-family-kana-required = Vui lòng nhập cách đọc của họ bằng katakana (ví dụ: ヤマダ).
check-given-kana-required = Vui lòng nhập cách đọc của tên bằng katakana (ví dụ: タロウ).
check-kana-katakana-only = Vui lòng chỉ nhập cách đọc bằng katakana. Các ký tự sau không phải katakana: { $chars }
check-birth-date-required = Vui lòng nhập ngày sinh (ví dụ: năm 1985, tháng 4, ngày 1).
check-birth-date-missing =
    Vui lòng nhập { $part ->
        [year] năm
        [month] tháng
       *[day] ngày
    } sinh.
check-birth-date-not-number =
    { $part ->
        [year] Vui lòng nhập năm sinh bằng chữ số (ví dụ: 1985). Với năm đầu của niên hiệu Nhật (元年), hãy chọn niên hiệu rồi nhập “1” hoặc “元”.
        [month] Vui lòng nhập tháng sinh bằng số từ 1 đến 12.
       *[day] Vui lòng nhập ngày sinh bằng chữ số.
    }
check-birth-date-no-such-year = Năm sinh không đúng. Với năm dương lịch, hãy nhập 4 chữ số (ví dụ: 1985); với niên hiệu Nhật, hãy chọn niên hiệu rồi nhập năm (ví dụ: 60).
check-birth-date-no-such-month = Vui lòng nhập tháng sinh bằng số từ 1 đến 12.
check-birth-date-no-such-day = Tháng { $month } chỉ có { $last-day } ngày. Vui lòng kiểm tra lại ngày sinh.
check-birth-date-era-ended =
    Niên hiệu { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } kết thúc vào ngày { $last-day }/{ $last-month }/{ $last-year }. Ngày này thuộc năm { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    }. Vui lòng sửa niên hiệu và năm, hoặc nhập theo dương lịch.
check-birth-date-era-not-begun =
    Niên hiệu { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } bắt đầu từ ngày { $first-day }/{ $first-month }/{ $first-year }. Ngày này thuộc năm { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    }. Vui lòng sửa niên hiệu và năm, hoặc nhập theo dương lịch.
check-birth-date-future = Ngày sinh đang ở sau ngày hôm nay. Vui lòng kiểm tra lại năm sinh.
check-birth-date-year-too-early = Năm sinh đang là { $year }. Vui lòng nhập năm dương lịch bằng 4 chữ số (ví dụ: 1985). Nếu dùng niên hiệu Nhật, hãy chọn niên hiệu trước.
check-birth-date-too-young = Theo ngày sinh này, quý vị { $age } tuổi. Chỉ người đã tốt nghiệp trung học cơ sở mới có thể đăng ký tìm việc. Vui lòng kiểm tra lại ngày sinh.
check-birth-date-young = Theo ngày sinh này, quý vị { $age } tuổi. Vui lòng kiểm tra xem năm sinh có đúng không. Nếu đúng, hãy nhấn “Tiếp” một lần nữa.
check-birth-date-old = Theo ngày sinh này, quý vị { $age } tuổi. Vui lòng kiểm tra xem năm sinh có đúng không. Nếu đúng, hãy nhấn “Tiếp” một lần nữa.

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = Vui lòng nhập tối đa { $max } ký tự (hiện có { $count } ký tự).

## Address and contact

check-postcode-required = Vui lòng nhập mã bưu chính gồm 7 chữ số (ví dụ: 160-0023).
check-postcode-digits = Mã bưu chính gồm 7 chữ số (ví dụ: 160-0023). Vui lòng kiểm tra lại.
check-postcode-unknown = Không tìm thấy mã bưu chính “{ $postcode }”. Vui lòng kiểm tra và nhập lại.
check-address-search = Vui lòng nhập mã bưu chính rồi nhấn “Tìm địa chỉ”. Tỉnh và thành phố sẽ được điền tự động.
check-street-required = Vui lòng nhập số nhà (ví dụ: 1-2-3).
check-phone-required = Vui lòng nhập số điện thoại có thể liên lạc vào ban ngày (ví dụ: 090-1234-5678).
check-phone-digits = Vui lòng nhập số điện thoại bằng chữ số. Có ký tự không dùng được: { $chars }
check-phone-format = Số chữ số của số điện thoại không đúng (đã nhập { $count } chữ số). Điện thoại di động có 11 chữ số (ví dụ: 090-1234-5678); điện thoại cố định có 10 chữ số tính cả mã vùng (ví dụ: 03-1234-5678).
check-phone-free-dial = Số miễn phí (0120, 0800) có thể không dùng để liên lạc trực tiếp với quý vị được. Vui lòng nhập số điện thoại của chính quý vị. Nếu số này đúng, hãy nhấn “Tiếp” một lần nữa.
check-email-too-long = Địa chỉ email quá dài ({ $count } ký tự). Vui lòng nhập tối đa { $max } ký tự.
check-email-chars = Địa chỉ email có ký tự không dùng được: { $chars }. Vui lòng chỉ dùng chữ Latinh, chữ số và ký hiệu (ví dụ: taro@example.jp).
check-email-at = Địa chỉ email cần có đúng một dấu “@”, với ký tự ở trước và sau nó (ví dụ: taro@example.jp).
check-email-domain = Phần sau “@” của địa chỉ email không đúng. Phần này cần có dấu chấm (.), như “example.jp”.
check-email-required-for-my-page = Để tạo My Page (マイページ), cần có địa chỉ email. Vui lòng nhập địa chỉ email, hoặc chọn “Lần này không tạo”.

## Desired work

check-occupation-required = Vui lòng chọn ít nhất một loại công việc mong muốn.
check-occupation-too-many = Quý vị có thể chọn tối đa { $max } loại công việc (hiện đã chọn { $count }). Vui lòng xóa bớt.
check-occupation-unknown = Loại công việc có mã { $code } không có trong danh sách. Vui lòng xóa mục này và chọn lại từ danh sách.
check-employment-type-required = Vui lòng chọn ít nhất một hình thức tuyển dụng mong muốn.
check-wage-digits = Vui lòng nhập mức lương mong muốn bằng chữ số (ví dụ: 200000). Nếu không có yêu cầu, hãy để trống.
check-wage-low =
    Mức lương mong muốn đang là { $amount } yên { $kind ->
        [hourly] mỗi giờ
       *[monthly] mỗi tháng
    }, có thể thấp hơn mức lương tối thiểu. Vui lòng kiểm tra số tiền và lựa chọn lương tháng hay lương giờ. Nếu đúng, hãy nhấn “Tiếp” một lần nữa.
check-wage-high =
    Mức lương mong muốn đang là { $amount } yên { $kind ->
        [hourly] mỗi giờ
       *[monthly] mỗi tháng
    }. Vui lòng kiểm tra số chữ số và lựa chọn lương tháng hay lương giờ. Nếu đúng, hãy nhấn “Tiếp” một lần nữa.
check-time-format = Vui lòng nhập giờ như “9:00” hoặc “17:30”, trong khoảng 0:00 đến 23:59 (giờ kết thúc có thể là 24:00).
check-hours-both = Vui lòng nhập cả giờ bắt đầu và giờ kết thúc (ví dụ: 9:00–17:00). Nếu không có yêu cầu, hãy để trống cả hai.
check-hours-same = Giờ bắt đầu và giờ kết thúc giống nhau. Vui lòng kiểm tra giờ kết thúc.
check-hours-overnight = Giờ kết thúc ({ $end }) sớm hơn giờ bắt đầu ({ $start }), nên đây là ca làm qua đêm. Nếu quý vị muốn làm ca đêm, hãy nhấn “Tiếp” một lần nữa; nếu không, hãy sửa giờ.

## Current situation

check-current-employment-required = Vui lòng chọn hiện nay quý vị có đang làm việc hay không.
check-insurance-required = Vui lòng chọn quý vị có dự định nhận trợ cấp bảo hiểm việc làm (雇用保険, trợ cấp thất nghiệp) hay không. Nếu chưa rõ, hãy chọn “Không rõ”.

## Education

check-education-level-required = Vui lòng chọn trình độ học vấn cao nhất.
check-graduation-year-format = Vui lòng nhập năm tốt nghiệp bằng 4 chữ số dương lịch (ví dụ: 2005) hoặc theo niên hiệu Nhật (ví dụ: 平成17, H17). Nếu không nhớ, hãy để trống.
check-graduation-year-future = Năm tốt nghiệp đang là một năm trong tương lai. Vui lòng kiểm tra lại.
check-graduation-year-before-birth = Năm tốt nghiệp đang trước năm sinh ({ $birth-year }). Vui lòng kiểm tra năm tốt nghiệp và ngày sinh.
check-graduation-year-early = Theo năm này, quý vị tốt nghiệp lúc { $age } tuổi. Vui lòng kiểm tra năm tốt nghiệp. Nếu đúng, hãy nhấn “Tiếp” một lần nữa.

## Work history

check-employer-required = Vui lòng nhập nơi làm việc (tên công ty). Nếu không cần mục kinh nghiệm này, hãy xóa nó.
check-job-from-required = Vui lòng nhập năm và tháng bắt đầu làm việc (ví dụ: 2019/4).
check-year-month-format = Vui lòng nhập năm và tháng (ví dụ: 2019/4, hoặc 平成31年4月 theo niên hiệu Nhật).
check-job-from-future = Năm tháng bắt đầu làm việc đang ở tương lai. Vui lòng kiểm tra lại.
check-job-to-before-from = Năm tháng nghỉ việc đang trước năm tháng bắt đầu làm việc. Vui lòng kiểm tra lại.
check-job-to-future = Năm tháng nghỉ việc đang ở tương lai. Nếu quý vị vẫn đang làm ở đó, hãy để trống năm tháng nghỉ việc.
check-card-name-latin = Vui lòng nhập họ tên trên thẻ lưu trú (在留カード) bằng chữ Latinh (A–Z), đúng như trên thẻ. Ký tự không dùng được: { $chars }

## Job-seeker information, disability
check-publication-required = Vui lòng chọn có công khai thông tin tìm việc cho các công ty hay không.
check-contact-method-required = Vui lòng chọn ít nhất một cách liên lạc.
check-contact-method-email-missing = Để liên lạc bằng email, cần có địa chỉ email. Vui lòng nhập địa chỉ email ở mục “Địa chỉ và liên lạc”, hoặc chọn cách liên lạc khác.
check-disability-grade = { $certificate ->
    [intellectual] Vui lòng chọn mức độ A hoặc B của sổ khuyết tật trí tuệ (療育手帳).
    [mental] Vui lòng chọn cấp từ 1 đến 3 của sổ khuyết tật tâm thần.
   *[other] Vui lòng chọn cấp từ 1 đến 6 của sổ khuyết tật thể chất.
}
## Dates, counts and years (date of leaving, period of stay, commute, dependants, qualifications)

check-date-missing =
    Vui lòng nhập { $part ->
        [year] năm
        [month] tháng
       *[day] ngày
    }. Nếu không biết ngày, hãy để trống cả năm, tháng và ngày.
check-date-invalid = Ngày này không tồn tại. Vui lòng kiểm tra năm, tháng, ngày bằng chữ số (có thể nhập theo niên hiệu Nhật hoặc dương lịch).
check-number-digits = Vui lòng chỉ nhập chữ số.
check-number-range = Vui lòng nhập số từ { $min } đến { $max }.
check-year-format = Vui lòng nhập năm bằng 4 chữ số dương lịch (ví dụ: 2015) hoặc theo niên hiệu Nhật (ví dụ: 平成27, H27). Nếu không nhớ, hãy để trống.
check-year-future = Đây là một năm trong tương lai. Vui lòng kiểm tra lại năm.
check-year-before-birth = Năm này trước năm sinh ({ $birth-year }). Vui lòng kiểm tra lại năm.

## Nationality and status of residence

check-residence-status-missing = Vui lòng chọn tư cách lưu trú. Tư cách lưu trú được ghi trên thẻ lưu trú (在留カード). Nếu không biết, hãy nhấn “Tiếp” một lần nữa; nhân viên sẽ kiểm tra tại quầy.
check-residence-status-unknown = Tư cách lưu trú có mã { $code } không có trong danh sách. Vui lòng chọn lại từ danh sách.
check-residence-work =
    { $work ->
        [limited] Với tư cách lưu trú này, quý vị chỉ được làm công việc trong phạm vi hoạt động của tư cách lưu trú.
        [designated] Với Hoạt động đặc định, việc quý vị có được làm việc hay không được ghi trong giấy chỉ định.
       *[none] Để làm việc với tư cách lưu trú này, quý vị cần giấy phép hoạt động ngoài tư cách.
    } Nhân viên tại quầy sẽ kiểm tra thẻ lưu trú (在留カード). Nếu đúng như vậy, hãy nhấn “Tiếp” một lần nữa.
check-residence-expired = Ngày hết hạn lưu trú đã qua. Vui lòng kiểm tra ngày trên thẻ lưu trú (在留カード). Nếu đúng, hãy nhấn “Tiếp” một lần nữa và trao đổi với nhân viên tại quầy.

## Nearest station, commute and working pattern

check-commute-long = Thời gian đi làm đang là { $minutes } phút. Vui lòng nhập bằng phút (1 giờ là 60 phút). Nếu đúng, hãy nhấn “Tiếp” một lần nữa.
check-weekly-hours-long = Đang là { $hours } giờ mỗi tuần. Vui lòng kiểm tra lại. Nếu đúng, hãy nhấn “Tiếp” một lần nữa.

## Situation, education and work history

check-left-on-future = Ngày nghỉ việc đang ở tương lai. Nếu quý vị sắp nghỉ việc, hãy chọn “Đang làm việc”.
check-qualifications-too-many = Quý vị có thể nhập tối đa { $max } bằng cấp, chứng chỉ (hiện có { $count }). Vui lòng cho nhân viên tại quầy biết các bằng cấp khác.
check-licence-unknown = Bằng cấp, chứng chỉ có mã { $code } không có trong danh sách. Vui lòng xóa mục này và chọn lại.
check-qualification-name-required = Vui lòng nhập tên bằng cấp, chứng chỉ hoặc chọn từ danh sách.
check-jobs-too-many = Quý vị có thể nhập tối đa { $max } công việc đã làm (hiện có { $count }). Vui lòng cho nhân viên tại quầy biết các công việc cũ hơn.
