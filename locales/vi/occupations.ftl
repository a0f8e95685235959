# Major and middle groups of the occupation classification of the Ministry of Health, Labour and Welfare (2022 revision).
# Codes as in data/occupations.tsv; names checked against the published classification (data/SOURCES.md).

occ-01 = Nghề quản lý
occ-001 = Thành viên ban lãnh đạo công ty, tổ chức
occ-002 = Cán bộ quản lý trong công ty, tổ chức
occ-003 = Nghề quản lý khác

occ-02 = Nghề nghiên cứu, kỹ thuật
occ-004 = Nhà nghiên cứu
occ-005 = Kỹ sư nông, lâm, thủy sản
occ-006 = Kỹ sư phát triển
occ-007 = Kỹ sư sản xuất
occ-008 = Kỹ sư kiến trúc, xây dựng dân dụng, trắc địa
occ-009 = Kỹ sư công nghệ thông tin, viễn thông (phát triển phần mềm)
occ-010 = Kỹ sư công nghệ thông tin, viễn thông (trừ phát triển phần mềm)
occ-011 = Nghề kỹ thuật khác

occ-03 = Nghề chuyên môn về pháp luật, kinh doanh, văn hóa nghệ thuật
occ-012 = Nghề pháp luật
occ-013 = Chuyên gia kinh doanh, tài chính, bảo hiểm
occ-014 = Nhà tu hành, người làm tôn giáo
occ-015 = Nhà văn, phóng viên, biên tập viên
occ-016 = Họa sĩ, nhiếp ảnh gia, người quay phim
occ-017 = Nhà thiết kế
occ-018 = Nhạc sĩ, nghệ sĩ biểu diễn sân khấu
occ-019 = Thủ thư, người phụ trách bảo tàng, chuyên viên tư vấn
occ-020 = Nghề chuyên môn khác về pháp luật, kinh doanh, văn hóa nghệ thuật

occ-04 = Nghề y tế, điều dưỡng, chăm sóc sức khỏe
occ-021 = Bác sĩ, nha sĩ, bác sĩ thú y, dược sĩ
occ-022 = Y tá y tế công cộng, nữ hộ sinh
occ-023 = Y tá, y tá phụ
occ-024 = Kỹ thuật viên y tế
occ-025 = Chuyên viên dinh dưỡng
occ-026 = Thợ xoa bóp bấm huyệt, châm cứu, cứu ngải, nắn chỉnh xương (judo)
occ-027 = Nghề chuyên môn khác về y tế, điều dưỡng, sức khỏe
occ-028 = Trợ lý y tế

occ-05 = Nghề giữ trẻ, giáo dục
occ-029 = Giáo viên nhà trẻ, giáo viên mẫu giáo
occ-030 = Người trông trẻ sau giờ học, trợ lý giữ trẻ, người giữ trẻ tại nhà
occ-031 = Giáo viên trường học
occ-032 = Dạy kèm, dạy năng khiếu và nghề liên quan đến giáo dục

occ-06 = Nghề văn phòng
occ-033 = Nhân viên hành chính tổng hợp, nhân sự, kế hoạch
occ-034 = Nhân viên văn phòng, thư ký, lễ tân
occ-035 = Nhân viên hành chính khác
occ-036 = Nhân viên tiếp nhận qua điện thoại, internet
occ-037 = Nhân viên hành chính y tế, chăm sóc
occ-038 = Nhân viên kế toán
occ-039 = Nhân viên văn phòng liên quan đến sản xuất
occ-040 = Nhân viên văn phòng liên quan đến kinh doanh, bán hàng
occ-041 = Nhân viên văn phòng làm việc bên ngoài
occ-042 = Nhân viên văn phòng vận tải, bưu chính
occ-043 = Nhân viên nhập liệu, vận hành máy văn phòng

occ-07 = Nghề bán hàng, kinh doanh
occ-044 = Cửa hàng trưởng bán lẻ, bán buôn
occ-045 = Nhân viên bán hàng
occ-046 = Nhân viên thu mua, buôn bán phế liệu tái chế
occ-047 = Nghề tương tự bán hàng
occ-048 = Nhân viên kinh doanh

occ-08 = Nghề phúc lợi, chăm sóc
occ-049 = Chuyên viên phúc lợi xã hội, chăm sóc
occ-050 = Nhân viên chăm sóc tại cơ sở
occ-051 = Nhân viên chăm sóc tại nhà

occ-09 = Nghề dịch vụ
occ-052 = Dịch vụ hỗ trợ sinh hoạt gia đình
occ-053 = Thợ cắt tóc, thợ làm tóc, dịch vụ làm đẹp
occ-054 = Nhà tắm công cộng, giặt là
occ-055 = Nấu ăn, chế biến món ăn
occ-056 = Tiếp khách, phục vụ bàn
occ-057 = Quản lý nhà ở, tòa nhà
occ-058 = Nghề dịch vụ khác

occ-10 = Nghề bảo vệ, an ninh
occ-059 = Nhân viên bảo vệ
occ-060 = Quân nhân Lực lượng Phòng vệ
occ-061 = Cảnh sát tư pháp
occ-062 = Quản giáo, lính cứu hỏa
occ-063 = Nghề an ninh khác

occ-11 = Nghề nông, lâm, ngư nghiệp
occ-064 = Nghề nông
occ-065 = Nghề lâm nghiệp
occ-066 = Nghề ngư nghiệp

occ-12 = Nghề sản xuất, sửa chữa, sơn, vẽ kỹ thuật
occ-067 = Vận hành thiết bị sản xuất (sản phẩm kim loại)
occ-068 = Vận hành thiết bị sản xuất (thực phẩm…)
occ-069 = Vận hành thiết bị sản xuất (trừ kim loại, thực phẩm…)
occ-070 = Vận hành thiết bị lắp ráp máy móc
occ-071 = Công nhân sản xuất, gia công (sản phẩm kim loại)
occ-072 = Công nhân sản xuất, gia công (thực phẩm…)
occ-073 = Công nhân sản xuất, gia công (trừ kim loại, thực phẩm…)
occ-074 = Công nhân lắp ráp máy móc
occ-075 = Thợ bảo dưỡng, sửa chữa máy móc
occ-076 = Công nhân kiểm tra sản phẩm (sản phẩm kim loại)
occ-077 = Công nhân kiểm tra sản phẩm (thực phẩm…)
occ-078 = Công nhân kiểm tra sản phẩm (trừ kim loại, thực phẩm…)
occ-079 = Công nhân kiểm tra máy móc
occ-080 = Nghề liên quan đến sản xuất (sơn, vẽ kỹ thuật…)
occ-081 = Nghề tương tự sản xuất

occ-13 = Nghề giao hàng, vận tải, lái máy
occ-082 = Giao hàng, thu gom hàng
occ-083 = Lái xe tải
occ-084 = Lái xe buýt
occ-085 = Lái xe con, taxi
occ-086 = Lái các loại xe ô tô khác
occ-087 = Lái tàu hỏa, tàu thủy, máy bay
occ-088 = Nghề vận tải khác
occ-089 = Vận hành máy cố định, máy xây dựng

occ-14 = Nghề xây dựng, công trình dân dụng, lắp đặt điện
occ-090 = Thi công kết cấu xây dựng
occ-091 = Nghề xây dựng (trừ thi công kết cấu)
occ-092 = Nghề công trình dân dụng
occ-093 = Nghề khai thác mỏ
occ-094 = Thợ lắp đặt điện

occ-15 = Nghề bốc vác, vệ sinh, đóng gói, phân loại
occ-095 = Công nhân bốc xếp, vận chuyển
occ-096 = Công nhân vệ sinh, rửa
occ-097 = Công nhân đóng gói
occ-098 = Công nhân phân loại, lấy hàng (picking)
occ-099 = Nghề bốc vác, vệ sinh, đóng gói, phân loại khác
