# Statuses of residence (same order as data/residence-statuses.tsv), and the work groups for staff.

res-diplomat = การทูต
res-official = ราชการ
res-professor = ศาสตราจารย์
res-artist = ศิลปิน
res-religious-activities = กิจกรรมทางศาสนา
res-journalist = สื่อมวลชน
res-highly-skilled-professional = ผู้เชี่ยวชาญทักษะสูง
res-business-manager = ผู้บริหาร/ผู้จัดการธุรกิจ
res-legal-accounting-services = บริการด้านกฎหมาย/บัญชี
res-medical-services = บริการทางการแพทย์
res-researcher = นักวิจัย
res-instructor = ผู้สอน
res-engineer-humanities-international = วิศวกร/ผู้เชี่ยวชาญด้านมนุษยศาสตร์/งานระหว่างประเทศ
res-intra-company-transferee = ผู้โอนย้ายภายในบริษัท
res-nursing-care = การบริบาล
res-entertainer = ผู้ให้ความบันเทิง
res-skilled-labor = แรงงานทักษะ
res-specified-skilled-worker = แรงงานทักษะเฉพาะทาง
res-technical-intern-training = ผู้ฝึกงานด้านเทคนิค
res-cultural-activities = กิจกรรมทางวัฒนธรรม
res-temporary-visitor = ผู้พำนักระยะสั้น
res-student = นักเรียนนักศึกษา
res-trainee = ผู้ฝึกอบรม
res-dependent = ผู้ติดตามครอบครัว
res-designated-activities = กิจกรรมที่กำหนดเป็นการเฉพาะ
res-permanent-resident = ผู้พำนักถาวร
res-spouse-of-japanese-national = คู่สมรสหรือบุตรของคนญี่ปุ่น
res-spouse-of-permanent-resident = คู่สมรสหรือบุตรของผู้พำนักถาวร
res-long-term-resident = ผู้พำนักระยะยาว
res-special-permanent-resident = ผู้พำนักถาวรพิเศษ

res-work-limited = ทำงานได้เฉพาะในขอบเขตกิจกรรมของสถานภาพการพำนัก
res-work-designated = ทำงานได้หรือไม่ขึ้นอยู่กับหนังสือกำหนด (กิจกรรมที่กำหนดเป็นการเฉพาะ)
res-work-none = ทำงานไม่ได้ (ทำได้ในขอบเขตที่กำหนดหากมีใบอนุญาตทำกิจกรรมนอกสถานภาพ)
res-work-unrestricted = ไม่จำกัดการทำงาน
