# Statuses of residence (same order as data/residence-statuses.tsv), and the work groups for staff.

res-diplomat = Ngoại giao
res-official = Công vụ
res-professor = Giáo sư
res-artist = Nghệ thuật
res-religious-activities = Tôn giáo
res-journalist = Báo chí
res-highly-skilled-professional = Chuyên gia trình độ cao
res-business-manager = Kinh doanh/Quản lý
res-legal-accounting-services = Nghiệp vụ pháp lý/kế toán
res-medical-services = Y tế
res-researcher = Nghiên cứu
res-instructor = Giáo dục
res-engineer-humanities-international = Kỹ thuật/Tri thức nhân văn/Nghiệp vụ quốc tế
res-intra-company-transferee = Thuyên chuyển nội bộ doanh nghiệp
res-nursing-care = Điều dưỡng chăm sóc
res-entertainer = Biểu diễn nghệ thuật
res-skilled-labor = Kỹ năng
res-specified-skilled-worker = Kỹ năng đặc định
res-technical-intern-training = Thực tập kỹ năng
res-cultural-activities = Hoạt động văn hóa
res-temporary-visitor = Lưu trú ngắn hạn
res-student = Du học
res-trainee = Tu nghiệp
res-dependent = Lưu trú gia đình
res-designated-activities = Hoạt động đặc định
res-permanent-resident = Vĩnh trú
res-spouse-of-japanese-national = Vợ/chồng hoặc con của người Nhật
res-spouse-of-permanent-resident = Vợ/chồng hoặc con của người vĩnh trú
res-long-term-resident = Định cư
res-special-permanent-resident = Vĩnh trú đặc biệt

res-work-limited = Được làm việc trong phạm vi hoạt động của tư cách lưu trú
res-work-designated = Được làm việc hay không tùy theo giấy chỉ định (Hoạt động đặc định)
res-work-none = Không được làm việc (được làm trong giới hạn nhất định nếu có giấy phép hoạt động ngoài tư cách)
res-work-unrestricted = Không giới hạn công việc
