# The intake server's words: phone pages, counter pages, mail, API error codes.
# Every id starts with srv- so it never meets an id of another file.

## Common

srv-site-name = Hello Work เคาน์เตอร์

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = { $day } { $month-name } ค.ศ. { $year }
srv-month-1 = มกราคม
srv-month-2 = กุมภาพันธ์
srv-month-3 = มีนาคม
srv-month-4 = เมษายน
srv-month-5 = พฤษภาคม
srv-month-6 = มิถุนายน
srv-month-7 = กรกฎาคม
srv-month-8 = สิงหาคม
srv-month-9 = กันยายน
srv-month-10 = ตุลาคม
srv-month-11 = พฤศจิกายน
srv-month-12 = ธันวาคม
srv-skip-to-content = ข้ามไปยังเนื้อหา
srv-language-nav = ภาษาที่แสดง
srv-form-errors = กรุณาตรวจสอบข้อมูลที่กรอก
srv-required = จำเป็น
srv-optional = ไม่บังคับ
srv-unselected = ยังไม่ได้เลือก
srv-value-none = (ไม่มี)
srv-save = บันทึก
srv-cancel = ยกเลิก
srv-reload = โหลดใหม่
srv-sign-in = เข้าสู่ระบบ
srv-sign-out = ออกจากระบบ
srv-sign-in-failed = อีเมลหรือรหัสผ่านไม่ถูกต้อง

## Error pages

srv-error-not-found-title = ไม่พบหน้านี้
srv-error-not-found = ไม่พบหน้าที่ท่านค้นหา กรุณาตรวจสอบ URL หากเปิดจากคิวอาร์โค้ด กรุณาสแกนอีกครั้ง
srv-error-forbidden-title = ดำเนินการนี้ไม่ได้
srv-error-forbidden = ท่านไม่มีสิทธิ์ดูหน้านี้ หรือหน้านี้หมดอายุแล้ว กรุณากลับไปหน้าก่อนแล้วลองอีกครั้ง
srv-error-bad-request-title = รับข้อมูลที่กรอกไม่ได้
srv-error-bad-request = อ่านข้อมูลที่ส่งมาไม่ได้ กรุณากลับไปหน้าก่อนแล้วกรอกอีกครั้ง
srv-error-rate-limited-title = กรุณารอสักครู่
srv-error-rate-limited = มีการดำเนินการมากเกินไปในเวลาสั้นๆ กรุณารอสักครู่แล้วลองอีกครั้ง
srv-error-internal-title = เกิดปัญหาขึ้น
srv-error-internal = เซิร์ฟเวอร์เกิดปัญหา กรุณาลองใหม่ภายหลัง หากยังไม่ได้ กรุณาสอบถามที่เคาน์เตอร์ของ Hello Work

## Fields of the application

srv-field-receipt = หมายเลขรับเรื่อง (受付番号)
srv-field-status = สถานะ
srv-field-name = ชื่อ-นามสกุล
srv-name-kana-only = (ป้อนเป็นคาตาคานะ)
srv-field-identity-source = การป้อนข้อมูลตัวตน
srv-identity-from-card = อ่านจากบัตรมายนัมเบอร์ (ยังไม่ได้ยืนยันตัวตน)
srv-card-read = (อ่านจากบัตร)
srv-card-changed = (อ่านจากบัตรแล้วมีการแก้ไข)
srv-field-kana = คำอ่าน (คาตาคานะ)
srv-field-birth-date = วันเกิด
srv-field-sex = เพศ
srv-field-address = ที่อยู่
srv-field-street = บ้านเลขที่
srv-field-building = ชื่ออาคารและเลขห้อง
srv-field-phone = หมายเลขโทรศัพท์
srv-field-email = อีเมล
srv-field-occupations = ประเภทงานที่ต้องการ
srv-field-occupation-n = ประเภทงานที่ต้องการ (ลำดับที่ { $n })
srv-field-employment-types = รูปแบบการจ้างงานที่ต้องการ
srv-field-wage = ค่าจ้างที่ต้องการ
srv-field-work-locations = สถานที่ทำงานที่ต้องการ
srv-field-hours = เวลาทำงานที่ต้องการ
srv-field-now = สถานะปัจจุบัน
srv-field-insurance = แผนรับเงินประกันการจ้างงาน (雇用保険)
srv-field-education = ระดับการศึกษาสูงสุด
srv-field-qualifications = ใบอนุญาตและคุณวุฒิ
srv-field-work-history = ประวัติการทำงาน
srv-field-my-page = My Page (求職者マイページ)
srv-field-job-seeker-number = หมายเลขผู้หางาน (求職番号)
srv-field-return-reason = เหตุผล:

srv-sex-female = หญิง
srv-sex-male = ชาย
srv-sex-unstated = ไม่ขอตอบ
srv-employment-full-time = พนักงานประจำ
srv-employment-part-time = พาร์ทไทม์
srv-employment-dispatch = พนักงานจากบริษัทจัดหางาน (ฮาเค็น)
srv-employment-contract = พนักงานสัญญาจ้าง
srv-wage-monthly = เดือนละ { $amount } เยนขึ้นไป
srv-wage-hourly = ชั่วโมงละ { $amount } เยนขึ้นไป
srv-wage-kind-monthly = รายเดือน
srv-wage-kind-hourly = รายชั่วโมง
srv-wage-amount = จำนวนเงิน (เยน ขึ้นไป)
srv-now-employed = ทำงานอยู่
srv-now-not-employed = ออกจากงานแล้ว
srv-now-student = นักเรียนนักศึกษา
srv-insurance-yes = มีแผนจะรับ
srv-insurance-no = ไม่มีแผนจะรับ
srv-insurance-unsure = ไม่แน่ใจ
srv-education-junior-high = มัธยมต้น
srv-education-high-school = มัธยมปลาย
srv-education-vocational = โรงเรียนอาชีวะ
srv-education-junior-college = วิทยาลัยระยะสั้น วิทยาลัยเทคนิค
srv-education-university = มหาวิทยาลัย
srv-education-graduate = บัณฑิตวิทยาลัย
srv-education-other = อื่นๆ
srv-my-page-wanted = ต้องการสร้าง
srv-my-page-not-wanted = ไม่ต้องการสร้าง

srv-status-provisional = รับเรื่องชั่วคราว
srv-status-accepted = รับใบสมัครแล้ว
srv-status-returned = ส่งคืนแล้ว

## Phone: the QR code's page

srv-continue-title = ทำการสมัครหางานต่อ
srv-continue-lead = ใบสมัครของท่านจากเครื่องที่ล็อบบี้ได้รับแล้ว ท่านสามารถสร้าง My Page (求職者マイページ) ได้ที่หน้านี้
srv-received-title = ข้อมูลที่ได้รับ
srv-received-wrong = หากข้อมูลไม่ถูกต้อง กรุณาแจ้งเจ้าหน้าที่ที่เคาน์เตอร์
srv-on-its-way-title = กำลังส่ง
srv-on-its-way = ใบสมัครของท่านกำลังถูกส่งจากเครื่องที่ล็อบบี้ไปยัง Hello Work
srv-on-its-way-refresh = หน้านี้จะอัปเดตเอง กรุณารอสักครู่
srv-on-its-way-help = หากผ่านไปสักพักแล้วยังไม่เปลี่ยน กรุณาแจ้งหมายเลขรับเรื่อง (受付番号) ที่เคาน์เตอร์
srv-expired-title = คิวอาร์โค้ดนี้หมดอายุแล้ว
srv-expired = คิวอาร์โค้ดหมดอายุแล้ว เจ้าหน้าที่ที่เคาน์เตอร์ของ Hello Work จะช่วยตรวจสอบใบสมัครและสร้าง My Page (求職者マイページ) ให้ กรุณาแจ้งหมายเลขรับเรื่อง (受付番号)
srv-spent-title = สร้าง My Page (求職者マイページ) แล้ว
srv-spent = ตั้งรหัสผ่านด้วยคิวอาร์โค้ดนี้แล้ว กรุณาเข้าสู่ระบบ My Page (マイページ) ด้วยอีเมลและรหัสผ่าน
srv-my-page-open-title = สร้าง My Page (求職者マイページ)
srv-no-email = ใบสมัครของท่านไม่มีอีเมล จึงสร้าง My Page ที่นี่ไม่ได้ เจ้าหน้าที่ที่เคาน์เตอร์จะช่วยท่าน
srv-code-send = ส่งรหัสยืนยัน
srv-code-resend = ส่งรหัสยืนยันอีกครั้ง
srv-code-sent = ส่งรหัสยืนยันแล้ว กรุณาตรวจสอบอีเมล หากไม่ได้รับ กรุณาตรวจสอบโฟลเดอร์อีเมลขยะด้วย
srv-code-label = รหัสยืนยัน (ตัวเลข 6 หลัก)
srv-code-help = กรุณาป้อนตัวเลข 6 หลักที่อยู่ในอีเมล
srv-code-submit = ยืนยัน
srv-code-wrong = รหัสยืนยันไม่ถูกต้อง ป้อนได้อีก { $remaining } ครั้ง
srv-code-need-new = รหัสยืนยันหมดอายุ หรือป้อนครบจำนวนครั้งแล้ว กรุณาส่งรหัสยืนยันใหม่
srv-code-send-failed = ส่งอีเมลรหัสยืนยันไม่ได้ กรุณาลองใหม่ภายหลัง
srv-code-send-limited = ส่งรหัสติดต่อกันไม่ได้ กรุณาลองอีกครั้งในอีกประมาณ { $minutes } นาที
srv-email-verified = ยืนยันอีเมล ({ $email }) แล้ว ต่อไป กรุณาตั้งรหัสผ่านของ My Page (マイページ)

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = ใบสมัครของท่านจากเครื่องที่ล็อบบี้ได้รับแล้ว เมื่อยืนยันว่าเป็นท่านแล้ว ท่านจะตรวจสอบข้อมูลใบสมัครและสร้าง My Page (求職者マイページ) ได้
srv-proof-title = ยืนยันตัวตน
srv-proof-email = เราจะส่งรหัสยืนยัน 6 หลักไปยังอีเมลที่ท่านกรอกตอนสมัคร จนกว่าจะยืนยันได้ หน้านี้จะไม่แสดงชื่อหรือข้อมูลของท่าน
srv-proof-email-help = หากไม่ได้รับอีเมล หรือกรอกอีเมลผิด กรุณาแจ้งหมายเลขรับเรื่อง (受付番号) ที่เคาน์เตอร์
srv-proof-birth = ใบสมัครของท่านไม่มีอีเมล จึงยืนยันด้วยวันเกิด จนกว่าจะยืนยันได้ หน้านี้จะไม่แสดงชื่อหรือข้อมูลของท่าน
srv-birth-label = วันเกิด
srv-birth-help = ตัวอย่าง: 1990/7/15, 1990-07-15 หรือ 平成2年7月15日
srv-birth-submit = ยืนยัน
srv-birth-unreadable = อ่านเป็นวันเกิดไม่ได้ กรุณาป้อนปี เดือน และวันที่ตามตัวอย่าง
srv-birth-wrong = วันเกิดไม่ตรงกับใบสมัคร ป้อนได้อีก { $remaining } ครั้ง
srv-birth-locked = ป้อนวันเกิดครบจำนวนครั้งแล้ว จึงยืนยันในหน้านี้ไม่ได้อีก กรุณาแจ้งหมายเลขรับเรื่อง (受付番号) ที่เคาน์เตอร์
srv-proof-bound-time = หน้านี้ใช้ได้ 30 นาที และใช้ได้เฉพาะในเบราว์เซอร์ที่ยืนยันนี้เท่านั้น

srv-password-label = รหัสผ่าน
srv-password-help = กรุณาตั้งอย่างน้อย { $min } ตัวอักษร (แนะนำ { $suggested } ตัวอักษรขึ้นไป) ไม่จำกัดชนิดตัวอักษร ใช้ช่องว่างและคานะได้ รหัสผ่านที่ใช้กันทั่วไปจะใช้ไม่ได้
srv-password-confirm-label = รหัสผ่าน (ป้อนอีกครั้งเพื่อยืนยัน)
srv-password-submit = ตั้งรหัสผ่านและสร้าง My Page
srv-password-too-short = รหัสผ่านต้องมีอย่างน้อย { $min } ตัวอักษร
srv-password-too-long = รหัสผ่านต้องไม่เกิน { $max } ตัวอักษร
srv-password-common = รหัสผ่านนี้มีคนใช้มากและเดาง่าย จึงใช้ไม่ได้ กรุณาเลือกรหัสอื่น
srv-password-personal = ใช้รหัสผ่านที่มีอีเมลหรือข้อมูลของท่านไม่ได้
srv-password-mismatch = รหัสผ่านที่ป้อนเพื่อยืนยันไม่ตรงกัน

## Mail

srv-mail-code-subject = [Hello Work] แจ้งรหัสยืนยัน
srv-mail-code-body =
    รหัสยืนยัน: { $code }

    นี่คือรหัสยืนยันสำหรับสร้าง My Page (求職者マイページ) ของใบสมัครที่ท่านกรอกที่เครื่องในล็อบบี้ของ Hello Work
    กรุณาป้อนตัวเลข 6 หลักนี้บนหน้าจอสมาร์ทโฟน รหัสมีอายุ { $minutes } นาที

    หากท่านไม่ได้สมัคร กรุณาลบอีเมลนี้

srv-mail-change-code-subject = [Hello Work] รหัสยืนยันการเปลี่ยนอีเมล
srv-mail-change-code-body =
    รหัสยืนยัน: { $code }

    นี่คือรหัสยืนยันสำหรับเปลี่ยนอีเมลของ My Page (求職者マイページ) มาเป็นอีเมลนี้
    กรุณาป้อนตัวเลข 6 หลักนี้บนหน้าจอ My Page รหัสมีอายุ { $minutes } นาที

    หากท่านไม่ได้ขอ กรุณาลบอีเมลนี้ อีเมลของท่านจะไม่เปลี่ยน
srv-mail-email-changed-subject = [Hello Work] เปลี่ยนอีเมลแล้ว
srv-mail-email-changed-body =
    อีเมลของ My Page (求職者マイページ) ถูกเปลี่ยนเป็น { $email } แล้ว
    ครั้งต่อไปให้เข้าสู่ระบบด้วยอีเมลใหม่ อีเมลนี้จะไม่ได้รับการแจ้งเตือนอีก

    หากท่านไม่ได้เปลี่ยนเอง กรุณาติดต่อเคาน์เตอร์ของ Hello Work ทันที

## My Page

srv-my-title = My Page (求職者マイページ)
srv-my-nav = เมนู My Page
srv-my-signin-title = เข้าสู่ระบบ My Page (求職者マイページ)
srv-my-signin-help = หากลืมรหัสผ่าน กรุณาสอบถามที่เคาน์เตอร์ของ Hello Work
srv-my-status-title = สถานะใบสมัคร
srv-my-status-provisional = อยู่ในสถานะรับเรื่องชั่วคราว เมื่อท่านยืนยันตัวตนที่เคาน์เตอร์ของ Hello Work แล้ว ใบสมัครจะได้รับการอนุมัติและท่านจะได้รับหมายเลขผู้หางาน (求職番号)
srv-my-status-accepted = เคาน์เตอร์รับใบสมัครแล้ว หมายเลขผู้หางานจะพิมพ์อยู่ในบัตร Hello Work (ハローワークカード) ด้วย
srv-my-status-returned = เคาน์เตอร์ส่งคืนใบสมัครของท่าน กรุณาตรวจสอบข้อมูลแล้วปรึกษาที่เคาน์เตอร์
srv-my-registration-title = ข้อมูลที่ลงทะเบียน
srv-my-saved = บันทึกการเปลี่ยนแปลงแล้ว
srv-my-edit-title = เปลี่ยนข้อมูลที่ลงทะเบียน
srv-my-edit-lead = ท่านเปลี่ยนข้อมูลการติดต่อและงานที่ต้องการได้ หากย้ายบ้าน กรุณาเปลี่ยนรหัสไปรษณีย์และบ้านเลขที่
srv-my-edit-contact = ข้อมูลการติดต่อ
srv-field-postcode = รหัสไปรษณีย์
srv-field-town = ย่าน (町域)
srv-my-email-title = เปลี่ยนอีเมล
srv-my-email-lead = อีเมลใช้สำหรับเข้าสู่ระบบ My Page (求職者マイページ) ด้วย เราจะส่งรหัสยืนยันไปยังอีเมลใหม่ เมื่อป้อนรหัสที่ได้รับ อีเมลจะถูกเปลี่ยน ก่อนหน้านั้นยังเข้าสู่ระบบด้วยอีเมลปัจจุบันได้
srv-my-email-now = อีเมลปัจจุบัน
srv-field-new-email = อีเมลใหม่
srv-my-email-new-title = ลงทะเบียนอีเมลใหม่
srv-field-current-password = รหัสผ่านปัจจุบัน
srv-my-email-password-help = เพื่อยืนยันตัวตน กรุณาป้อนรหัสผ่านของ My Page (マイページ)
srv-my-email-password-wrong = รหัสผ่านไม่ถูกต้อง กรุณาป้อนรหัสผ่านที่ใช้เข้าสู่ระบบ My Page (マイページ)
srv-my-email-code-title = ป้อนรหัสยืนยัน
srv-my-email-code-lead = กรุณาป้อนรหัสยืนยัน 6 หลักที่ส่งไปยัง { $email }
srv-my-email-confirm = เปลี่ยน
srv-my-email-same = เป็นอีเมลเดียวกับปัจจุบัน หากต้องการเปลี่ยน กรุณาป้อนอีเมลใหม่
srv-my-email-changed = เปลี่ยนอีเมลเป็น { $email } แล้ว ครั้งต่อไปกรุณาเข้าสู่ระบบด้วยอีเมลนี้
srv-my-edit-postcode-hint = ตัวเลข 7 หลัก จังหวัด เมือง และย่านจะถูกใส่จากรหัสไปรษณีย์
srv-my-edit-town-choose = รหัสไปรษณีย์นี้มีหลายย่าน กรุณาเลือกย่านที่ท่านอาศัยอยู่
srv-my-edit-work = งานที่ต้องการ
srv-my-edit-disclosure = การให้ข้อมูลการหางานและวิธีติดต่อ
srv-my-edit-self-pr = แนะนำตัวเองและหมายเหตุ

## Trust (slice B): name, birth date and address changes after acceptance, and their audit

srv-sign-in-form-expired = หน้าเข้าสู่ระบบหมดอายุแล้ว หรือไม่ใช่หน้าของเว็บไซต์นี้ กรุณาเข้าสู่ระบบอีกครั้ง
srv-my-edit-person = ชื่อและวันเกิด
srv-my-edit-checked-note = หลังจากเคาน์เตอร์รับใบสมัครแล้ว การเปลี่ยนชื่อ วันเกิด และที่อยู่ จะมีผลหลังจากเจ้าหน้าที่ที่เคาน์เตอร์ตรวจสอบ
srv-field-family-name = นามสกุล
srv-field-given-name = ชื่อ
srv-field-family-kana = คำอ่านนามสกุล (คาตาคานะ)
srv-field-given-kana = คำอ่านชื่อ (คาตาคานะ)
srv-birth-calendar = ปฏิทิน
srv-birth-year = ปี
srv-birth-month = เดือน
srv-birth-day = วันที่
srv-calendar-western = ค.ศ. (เช่น 1985)
srv-calendar-meiji = เมจิ (明治)
srv-calendar-taisho = ไทโช (大正)
srv-calendar-showa = โชวะ (昭和)
srv-calendar-heisei = เฮเซ (平成)
srv-calendar-reiwa = เรวะ (令和)
srv-my-change-sent = บันทึกการเปลี่ยนแปลงอื่นแล้ว การเปลี่ยนชื่อ วันเกิด และที่อยู่ได้ส่งไปยังเคาน์เตอร์แล้ว จะมีผลเมื่อเจ้าหน้าที่ตรวจสอบ
srv-my-change-pending-title = การเปลี่ยนแปลงที่เคาน์เตอร์กำลังตรวจสอบ
srv-my-change-pending-lead = การเปลี่ยนแปลงต่อไปนี้จะมีผลเมื่อเจ้าหน้าที่ที่เคาน์เตอร์ตรวจสอบ:
srv-change-pending-title = การเปลี่ยนแปลงที่รอการตัดสิน
srv-change-pending-lead = ผู้หางานเปลี่ยนข้อมูลเหล่านี้ใน My Page หลังจากรับใบสมัครแล้ว กรุณาตรวจสอบ (ด้วยเอกสารยืนยันตัวตนหากจำเป็น) แล้วตัดสินว่าจะให้มีผลหรือไม่
srv-change-old = ก่อนเปลี่ยน
srv-change-new = หลังเปลี่ยน (คำขอ)
srv-change-when = วันเวลา
srv-change-who = ผู้เปลี่ยน
srv-change-action = รายละเอียด
srv-change-field = รายการ
srv-change-accept = ให้การเปลี่ยนแปลงมีผล
srv-change-refuse = ไม่ให้การเปลี่ยนแปลงมีผล
srv-change-already-decided = การเปลี่ยนแปลงนี้ได้ดำเนินการแล้ว
srv-change-audit-title = บันทึกการเปลี่ยนแปลง
srv-change-audit-none = ไม่มีการเปลี่ยนชื่อ วันเกิด หรือที่อยู่
srv-change-by-visitor = ผู้หางาน (My Page)
srv-change-action-applied = เปลี่ยนแล้ว
srv-change-action-requested = คำขอ
srv-change-action-accepted = มีผลแล้ว
srv-change-action-refused = ไม่มีผล

## API error codes (for kiosk screens and logs)

srv-problem-malformed-json = อ่านข้อมูลที่ส่งมาเป็น JSON ไม่ได้
srv-problem-invalid-body = รายการในข้อมูลที่ส่งมาไม่ถูกต้อง
srv-problem-body-too-large = ข้อมูลที่ส่งมามีขนาดใหญ่เกินไป
srv-problem-unsupported-media-type = รูปแบบของข้อมูลที่ส่งมาไม่ถูกต้อง (ต้องเป็น application/json)
srv-problem-unauthorized = ยืนยันตัวตนของคีออสก์ไม่สำเร็จ กรุณาลงทะเบียนคีออสก์ใหม่
srv-problem-idempotency-key-invalid = คีย์ระบุการส่ง (Idempotency-Key) ไม่ถูกต้อง
srv-problem-idempotency-conflict = มีการส่งข้อมูลอื่นด้วยคีย์ระบุเดียวกัน
srv-problem-envelope-malformed = ข้อมูลใบสมัครที่ปิดผนึกมีรูปแบบไม่ถูกต้อง
srv-problem-envelope-version-unknown = ไม่ทราบเวอร์ชันของข้อมูลใบสมัครที่ปิดผนึก กรุณาตรวจสอบซอฟต์แวร์ของคีออสก์
srv-problem-envelope-unopenable = เปิดข้อมูลใบสมัครไม่ได้ กรุณาตรวจสอบคีย์ของเซิร์ฟเวอร์และการลงทะเบียนคีออสก์
srv-problem-envelope-payload-invalid = เนื้อหาของข้อมูลใบสมัครไม่ถูกต้อง
srv-problem-identifiers-invalid = หมายเลขรับเรื่อง (受付番号) คิวอาร์โค้ด หรือเวลาส่ง มีรายการที่ไม่ถูกต้อง
srv-problem-office-mismatch = รหัสสำนักงานในข้อมูลใบสมัครไม่ตรงกับการลงทะเบียนของคีออสก์
srv-problem-continuation-token-taken = คิวอาร์โค้ดนี้ถูกใช้กับใบสมัครอื่นแล้ว
srv-problem-enrolment-code-invalid = รหัสลงทะเบียนไม่ถูกต้อง ถูกใช้แล้ว หรือหมดอายุแล้ว
srv-problem-kiosk-id-invalid = ID คีออสก์ไม่ถูกต้อง (อักษรโรมัน ตัวเลข และ . _ - ไม่เกิน 64 ตัว)
srv-problem-kiosk-id-taken = ID คีออสก์นี้ลงทะเบียนไว้กับสำนักงานอื่นแล้ว
srv-problem-survey-invalid = คำตอบแบบสอบถามอยู่นอกขอบเขต
srv-problem-heartbeat-invalid = รายงานการทำงานอยู่นอกขอบเขต
srv-problem-not-found = ไม่พบ
srv-problem-method-not-allowed = ดำเนินการนี้ไม่ได้
srv-problem-rate-limited = มีคำขอมากเกินไป กรุณารอสักครู่แล้วส่งใหม่
srv-problem-unavailable = เชื่อมต่อฐานข้อมูลไม่ได้
srv-problem-internal = เซิร์ฟเวอร์เกิดปัญหา กรุณารอสักครู่แล้วลองอีกครั้ง

## Counter pages

srv-counter-nav = เมนูเคาน์เตอร์
srv-counter-title = ใบสมัครวันนี้
srv-counter-signin-title = เข้าสู่ระบบเจ้าหน้าที่
srv-counter-login = ID เข้าสู่ระบบ
srv-counter-sign-in-failed = ID เข้าสู่ระบบหรือรหัสผ่านไม่ถูกต้อง
srv-role-admin = ผู้ดูแลระบบ
srv-role-staff = เจ้าหน้าที่
srv-counter-office = สำนักงาน
srv-counter-all-offices = ทุกสำนักงาน
srv-counter-no-offices = ยังไม่มีสำนักงานที่ลงทะเบียน กรุณาลงทะเบียนด้วย `madoguchi-server kiosk add`
srv-counter-date = วันที่รับเรื่อง
srv-counter-search = แสดง
srv-counter-receipt-invalid = หมายเลขรับเรื่อง (受付番号) มี 6 ตัวอักษร (ไม่ใช้ตัวเลข 0, 1, 2, 5, 6 และ 8) กรุณาตรวจสอบอีกครั้ง
srv-counter-results-day = ใบสมัครวันที่ { $date } ({ $count } รายการ)
srv-counter-results-receipt = ใบสมัครหมายเลขรับเรื่อง (受付番号) { $receipt }
srv-counter-office-caption = รหัสสำนักงาน { $office }
srv-counter-none = ไม่มีใบสมัครที่ตรงกัน
srv-counter-received-at = วันเวลาที่รับเรื่อง
srv-counter-findings = ต้องตรวจสอบ
srv-counter-back = กลับไปที่รายการ
srv-counter-application-page = หมายเลขรับเรื่อง (受付番号) { $receipt }
srv-counter-application-title = ข้อมูลใบสมัคร
srv-counter-visitor-language = ภาษาของใบสมัคร
srv-counter-my-page = My Page (求職者マイページ)
srv-counter-my-page-open = สร้างแล้ว
srv-counter-my-page-not-open = ยังไม่ได้สร้าง
srv-counter-birth-calendar = วันเกิดถูกป้อนเป็น{ $calendar }
srv-counter-findings-title = รายการที่ต้องตรวจสอบที่เคาน์เตอร์
srv-counter-findings-lead = การป้อนที่คีออสก์มีจุดต่อไปนี้ กรุณาตรวจสอบกับผู้สมัคร
srv-counter-identity-title = การยืนยันตัวตน
srv-counter-identity-document = เอกสารที่ตรวจสอบ
srv-counter-identity-submit = บันทึกการยืนยันตัวตน
srv-counter-identity-done = { $by } ยืนยันตัวตนด้วย{ $document } เมื่อ { $time }
srv-counter-identity-invalid = กรุณาเลือกเอกสารที่ตรวจสอบ
srv-counter-decision-title = รับหรือส่งคืน
srv-counter-accept-lead = เมื่อรับใบสมัคร จะออกหมายเลขผู้หางาน (求職番号) หมายเลขที่ออกแล้วยกเลิกไม่ได้
srv-counter-accept = รับใบสมัครและออกหมายเลขผู้หางาน
srv-counter-accept-needs-identity = กรุณาบันทึกการยืนยันตัวตนก่อนรับใบสมัคร
srv-counter-already-decided = ใบสมัครนี้ถูกรับหรือส่งคืนแล้ว
srv-counter-return-reason = เหตุผลที่ส่งคืน
srv-counter-return-help = จะแสดงใน My Page (求職者マイページ) ของผู้สมัคร
srv-counter-return = ส่งคืน
srv-counter-return-reason-invalid = กรุณาป้อนเหตุผลที่ส่งคืนไม่เกิน 500 ตัวอักษร
srv-counter-print-a4 = พิมพ์ใบรับเรื่องการหางาน (A4)
srv-counter-print-receipt = พิมพ์ใบรับเรื่องการหางาน (ใบเสร็จ 80 มม.)
srv-counter-print-hint = กรุณาพิมพ์ด้วยฟังก์ชันพิมพ์ของเบราว์เซอร์ (Ctrl+P)
srv-id-doc-my-number-card = บัตรมายนัมเบอร์ (マイナンバーカード)
srv-id-doc-driving-licence = ใบขับขี่
srv-id-doc-residence-card = บัตรผู้พำนัก (在留カード)
srv-id-doc-passport = หนังสือเดินทาง
srv-id-doc-health-insurance = เอกสารยืนยันสิทธิ์ประกันสุขภาพ
srv-id-doc-other = เอกสารอื่น

## Registration slip

srv-slip-title = ใบรับเรื่องการหางาน (求職受付票)
srv-slip-accepted-on = วันที่รับใบสมัคร
srv-slip-identity = เอกสารยืนยันตัวตน
srv-slip-staff = ผู้รับผิดชอบ
srv-slip-note = กรุณาเก็บใบนี้ไว้จนกว่าจะได้รับบัตร Hello Work ท่านตรวจสอบหมายเลขผู้หางาน (求職番号) ใน My Page (求職者マイページ) ได้เช่นกัน

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = สกอร์การ์ด
srv-scorecard-lead = อัตราการใช้งานออนไลน์ตามนิยามของแผน แยกตามสำนักงาน สำนักงานแรงงานจังหวัด และทั่วประเทศ รายไตรมาส ผู้หางานคือผู้ลงทะเบียนใหม่ทั้งหมด ได้แก่ใบสมัครจากคีออสก์ รวมกับผู้ลงทะเบียนที่เคาน์เตอร์และออนไลน์ (เจ้าหน้าที่ป้อนหรือนำเข้า)
srv-scorecard-quarter = ไตรมาส (เช่น 2026Q3)
srv-scorecard-period = { $quarter } ({ $from } ถึง { $to })
srv-scorecard-chart-title = อัตราการใช้งานออนไลน์ของ { $name } (8 ไตรมาสล่าสุด)
srv-scorecard-chart-caption = แท่งคืออัตราการใช้งานออนไลน์ แท่งทึบคือถึงเป้าหมาย 20% ขึ้นไป แท่งลายเส้นทแยงคือยังไม่ถึง เส้นประคือเป้าหมาย 20% เส้นจุดคือ 8.0% ของปีงบประมาณ 2019 ตารางด้านล่างแสดงตัวเลขเดียวกัน
srv-scorecard-target-label = เป้าหมาย 20%
srv-scorecard-baseline-label = ปีงบประมาณ 2019 8.0%
srv-scorecard-legend-met = ถึงเป้าหมาย (ทึบ)
srv-scorecard-legend-not-met = ยังไม่ถึง (ลายเส้นทแยง)
srv-scorecard-quarter-head = ไตรมาส
srv-scorecard-rate = อัตราการใช้งานออนไลน์
srv-scorecard-target = เป้าหมาย 20%
srv-scorecard-met = ถึงเป้า
srv-scorecard-not-met = ยังไม่ถึง
srv-scorecard-accepted = รับใบสมัคร
srv-scorecard-answers = คำตอบแบบสอบถาม
srv-scorecard-distribution = การกระจายของคำตอบ (1–5)
srv-scorecard-mean = ค่าเฉลี่ย
srv-scorecard-definition-title = นิยามของอัตราการใช้งานออนไลน์
srv-scorecard-definition-source = ที่มา: แผนพื้นฐานเพื่อเพิ่มอัตราการใช้งานออนไลน์ (22 ตุลาคม 2021) หัวข้อการสมัครหางาน อ้างอิงเป็นภาษาญี่ปุ่น
srv-scorecard-definition = จำนวน My Page (求職者マイページ) ที่สร้าง ÷ จำนวนผู้หางาน (ผู้หางานใหม่ทั้งหมดไม่ว่าจะลงทะเบียนทางใด) ทั้งสองนับตามวันที่ลงทะเบียนของผู้หางาน (เวลาญี่ปุ่น) จึงไม่เกิน 100% ปีงบประมาณเริ่มเดือนเมษายน ไตรมาสที่ 1 คือเมษายนถึงมิถุนายน
srv-scorecard-csv = บันทึกเป็น CSV
srv-scorecard-json = แสดงเป็น JSON
srv-scorecard-print = มุมมองสำหรับพิมพ์
srv-scorecard-refresh = คำนวณตัวเลขใหม่ตอนนี้
srv-scorecard-national = ทั่วประเทศ
srv-scorecard-kpi-title = KPI ระยะกลาง: สร้าง My Page (求職者マイページ) 340,000 รายการ
srv-scorecard-kpi = ยอดสะสมที่สร้าง { $openings } / { $kpi } รายการ ({ $percent })
srv-scorecard-updated = คำนวณตัวเลขเมื่อ { $at } (เวลาญี่ปุ่น)
srv-scorecard-never-updated = ยังไม่ได้คำนวณตัวเลข
srv-scorecard-table-caption = ผู้หางานและการสร้าง My Page ในไตรมาส
srv-scorecard-unit = หน่วย
srv-scorecard-job-seekers = ผู้หางาน (นับตามวันที่ลงทะเบียน)
srv-scorecard-opened = สร้าง My Page
srv-scorecard-kiosk-share = สัดส่วนที่สร้างจากคีออสก์
srv-scorecard-cumulative = ยอดสะสมที่สร้าง
srv-scorecard-from-kiosk = คีออสก์ (อัตโนมัติ)
srv-scorecard-from-counter = เคาน์เตอร์ (บันทึกของเจ้าหน้าที่)
srv-scorecard-from-online = ออนไลน์ (บันทึกของเจ้าหน้าที่)
srv-scorecard-total = รวม
srv-scorecard-opened-kiosk = จากคีออสก์ (อัตโนมัติ)
srv-scorecard-opened-recorded = บันทึกของเจ้าหน้าที่
srv-scorecard-sources = “อัตโนมัติ” นับใบสมัครจากคีออสก์และการสร้าง My Page จากคิวอาร์โค้ด “บันทึกของเจ้าหน้าที่” คือจำนวนการลงทะเบียนที่เคาน์เตอร์และออนไลน์ และจำนวน My Page ที่สร้างที่เคาน์เตอร์ ซึ่งเจ้าหน้าที่ป้อนหรือนำเข้า (หน้าบันทึกจำนวนการลงทะเบียนแสดงว่าใครบันทึกแต่ละวันเมื่อใด) ไม่นับใบสมัครที่ส่งคืน
srv-scorecard-rating-title = แบบสอบถามหนึ่งข้อที่คีออสก์และการรับใบสมัคร
srv-scorecard-trend-title = แนวโน้ม 8 ไตรมาสล่าสุด

srv-tally-title = บันทึกจำนวนการลงทะเบียน
srv-tally-lead = บันทึกจำนวนผู้หางานใหม่ที่ลงทะเบียนนอกคีออสก์ (กระดาษหรือคอมพิวเตอร์ของสำนักงานที่เคาน์เตอร์ และออนไลน์) แยกตามวันและช่องทาง หากบันทึกวันและช่องทางเดิมอีกครั้ง จะแทนที่บันทึกเดิม
srv-tally-saved = บันทึกแล้ว คำนวณตัวเลขของสกอร์การ์ดใหม่แล้ว
srv-tally-one-title = ป้อนข้อมูลหนึ่งวัน
srv-tally-day = วันที่ลงทะเบียน
srv-tally-channel = ช่องทาง
srv-tally-channel-counter = เคาน์เตอร์ (กระดาษ คอมพิวเตอร์ของสำนักงาน)
srv-tally-channel-online = ออนไลน์
srv-tally-registered = จำนวนผู้หางานใหม่
srv-tally-opened = จำนวน My Page ที่สร้าง
srv-tally-opened-hint = จำนวนผู้หางานที่ลงทะเบียนในวันนั้นและสร้าง My Page แล้ว (ตามที่ตรวจสอบที่เคาน์เตอร์) ต้องไม่เกินจำนวนผู้หางาน
srv-tally-save = บันทึก
srv-tally-import-title = นำเข้า CSV รายวัน
srv-tally-import-lead = วาง CSV ที่บรรทัดแรกเป็นหัวข้อ และตั้งแต่บรรทัดที่ 2 เป็นวันละหนึ่งช่องทางต่อบรรทัด หากมีข้อผิดพลาดแม้เพียงหนึ่งจุด จะไม่นำเข้าอะไรเลย และแสดงบรรทัดกับคอลัมน์
srv-tally-csv-file = เลือกไฟล์ CSV
srv-tally-csv = หรือวางเนื้อหา CSV
srv-tally-import = นำเข้า
srv-tally-list-title = บันทึกของ { $quarter }
srv-tally-none = ยังไม่มีบันทึกในไตรมาสนี้
srv-tally-source = ที่มาของบันทึก
srv-tally-source-tally = ป้อนโดย { $who } ({ $at })
srv-tally-source-import = นำเข้า CSV โดย { $who } ({ $at })
srv-tally-error-header = บรรทัดแรกต้องเป็น date,channel,registrations,my_pages_opened
srv-tally-error-columns = บรรทัดนี้ไม่ได้มี 4 คอลัมน์
srv-tally-error-date = กรุณาเขียนวันที่ในรูปแบบ 2026-10-01
srv-tally-error-future = เป็นวันที่ที่ยังมาไม่ถึง
srv-tally-error-channel = ช่องทางต้องเป็น counter หรือ online
srv-tally-error-count = กรุณาเขียนจำนวนเต็มตั้งแต่ 0 ขึ้นไป
srv-tally-error-opened = จำนวน My Page ที่สร้างเกินจำนวนผู้หางาน
srv-tally-error-duplicate = มีวันและช่องทางเดียวกันสองครั้ง
srv-tally-error-empty = ไม่มีบรรทัดอื่นนอกจากหัวข้อ
srv-tally-error-too-many = มีบรรทัดมากเกินไป กรุณาแบ่งนำเข้า
srv-tally-error-unreadable = อ่านเป็น CSV ไม่ได้
srv-tally-error-at-column = บรรทัดที่ { $line } คอลัมน์ที่ { $column }: { $message }
srv-tally-error-at-line = บรรทัดที่ { $line }: { $message }

srv-public-title = สกอร์การ์ดอัตราการใช้งานออนไลน์
srv-public-lead = อัตราการใช้งานออนไลน์ของการสมัครหางานที่ Hello Work เผยแพร่ทุกไตรมาสตามแผน
srv-public-withheld = ไม่เปิดเผย
srv-public-job-seekers = ผู้หางาน
srv-public-openings = สร้าง My Page
srv-public-prefectures = ทั่วประเทศและสำนักงานแรงงานจังหวัด
srv-public-offices = แยกตามสำนักงาน
srv-public-withheld-note = “ไม่เปิดเผย” คือจำนวนที่น้อยกว่า { $min } และจำนวนที่ซ่อนไว้เพื่อไม่ให้คำนวณได้จากตัวเลขอื่น เพื่อป้องกันการระบุตัวบุคคล

srv-survey-title = แบบสอบถามเกี่ยวกับขั้นตอนออนไลน์
srv-survey-lead = กรุณาบอกเราว่าการสมัครหางานและการใช้ My Page (求職者マイページ) ใช้งานง่ายเพียงใด กรุณาอย่าเขียนชื่อหรือข้อมูลการติดต่อ หมายเลขโทรศัพท์และอีเมลที่เขียนจะถูกลบก่อนบันทึก
srv-survey-ease = ขั้นตอนง่ายหรือไม่
srv-survey-ease-5 = ง่ายมาก
srv-survey-ease-4 = ง่าย
srv-survey-ease-3 = ปานกลาง
srv-survey-ease-2 = ยาก
srv-survey-ease-1 = ยากมาก
srv-survey-time = ใช้เวลาเท่าไร
srv-survey-time-under-5 = น้อยกว่า 5 นาที
srv-survey-time-5-15 = 5–15 นาที
srv-survey-time-15-30 = 15–30 นาที
srv-survey-time-over-30 = 30 นาทีขึ้นไป
srv-survey-hard = สิ่งที่ยาก
srv-survey-hard-hint = กรุณาเลือกทุกข้อที่ตรง
srv-survey-hard-finding = ไม่รู้ว่าจะทำขั้นตอนได้ที่ไหน
srv-survey-hard-typing = การกรอกข้อมูลลำบาก
srv-survey-hard-email-code = รหัสยืนยันทางอีเมล
srv-survey-hard-password = การตั้งรหัสผ่าน
srv-survey-hard-language = ภาษาเข้าใจยาก
srv-survey-hard-other = อื่นๆ
srv-survey-comment = ความคิดเห็น (ไม่บังคับ)
srv-survey-comment-hint = ไม่เกิน { $max } ตัวอักษร หมายเลขโทรศัพท์ อีเมล รหัสไปรษณีย์ ฯลฯ จะถูกลบก่อนบันทึก
srv-survey-send = ส่ง
srv-survey-error-ease = กรุณาเลือกว่าง่ายหรือไม่
srv-survey-error-time = กรุณาเลือกเวลาที่ใช้
srv-survey-error-hard = ตัวเลือกสิ่งที่ยากไม่ถูกต้อง
srv-survey-thanks-title = ขอบคุณ
srv-survey-thanks = ได้รับคำตอบแล้ว ผลจะใช้ปรับปรุงขั้นตอน และจะสรุปเผยแพร่อย่างน้อยปีละครั้ง
srv-survey-invite-title = ขอความร่วมมือตอบแบบสอบถาม
srv-survey-invite = กรุณาบอกความรู้สึกต่อขั้นตอนออนไลน์ผ่านคำถามไม่กี่ข้อ
srv-survey-my-page-invite = ใช้งานง่ายหรือไม่ กรุณาตอบแบบสอบถามสั้นๆ
srv-survey-report-title = รายงานแบบสอบถามประจำปี
srv-survey-year = ปีงบประมาณ (เช่น 2026)
srv-survey-report-lead = ปีงบประมาณ { $year }: คำตอบ { $answers } รายการ ค่าเฉลี่ยความง่าย { $mean } (5 คือง่ายที่สุด)
srv-survey-answers = จำนวนคำตอบ
srv-survey-mean = ค่าเฉลี่ยความง่าย
srv-survey-no-office = ไม่ระบุสำนักงาน
srv-survey-channel = ช่องทางการตอบ
srv-survey-channel-my-page = จาก My Page
srv-survey-channel-public = จากหน้าเผยแพร่
srv-survey-language = ภาษา
srv-survey-comments = ความคิดเห็น
srv-survey-comments-note = สำหรับเจ้าหน้าที่เท่านั้น ไม่เผยแพร่ รูปแบบข้อมูลส่วนบุคคลถูกลบก่อนบันทึกแล้ว
srv-survey-no-comments = ไม่มีความคิดเห็น

## Prefectural labour bureaus (the first two digits of the office number)
srv-prefecture-01 = สำนักงานแรงงานฮอกไกโด
srv-prefecture-02 = สำนักงานแรงงานอาโอโมริ
srv-prefecture-03 = สำนักงานแรงงานอิวาเตะ
srv-prefecture-04 = สำนักงานแรงงานมิยางิ
srv-prefecture-05 = สำนักงานแรงงานอากิตะ
srv-prefecture-06 = สำนักงานแรงงานยามางาตะ
srv-prefecture-07 = สำนักงานแรงงานฟุกุชิมะ
srv-prefecture-08 = สำนักงานแรงงานอิบารากิ
srv-prefecture-09 = สำนักงานแรงงานโทจิงิ
srv-prefecture-10 = สำนักงานแรงงานกุมมะ
srv-prefecture-11 = สำนักงานแรงงานไซตามะ
srv-prefecture-12 = สำนักงานแรงงานชิบะ
srv-prefecture-13 = สำนักงานแรงงานโตเกียว
srv-prefecture-14 = สำนักงานแรงงานคานางาวะ
srv-prefecture-15 = สำนักงานแรงงานนีงาตะ
srv-prefecture-16 = สำนักงานแรงงานโทยามะ
srv-prefecture-17 = สำนักงานแรงงานอิชิกาวะ
srv-prefecture-18 = สำนักงานแรงงานฟุกุอิ
srv-prefecture-19 = สำนักงานแรงงานยามานาชิ
srv-prefecture-20 = สำนักงานแรงงานนางาโนะ
srv-prefecture-21 = สำนักงานแรงงานกิฟุ
srv-prefecture-22 = สำนักงานแรงงานชิซุโอกะ
srv-prefecture-23 = สำนักงานแรงงานไอจิ
srv-prefecture-24 = สำนักงานแรงงานมิเอะ
srv-prefecture-25 = สำนักงานแรงงานชิงะ
srv-prefecture-26 = สำนักงานแรงงานเกียวโต
srv-prefecture-27 = สำนักงานแรงงานโอซากะ
srv-prefecture-28 = สำนักงานแรงงานเฮียวโงะ
srv-prefecture-29 = สำนักงานแรงงานนาระ
srv-prefecture-30 = สำนักงานแรงงานวากายามะ
srv-prefecture-31 = สำนักงานแรงงานทตโตริ
srv-prefecture-32 = สำนักงานแรงงานชิมาเนะ
srv-prefecture-33 = สำนักงานแรงงานโอกายามะ
srv-prefecture-34 = สำนักงานแรงงานฮิโรชิมะ
srv-prefecture-35 = สำนักงานแรงงานยามางูจิ
srv-prefecture-36 = สำนักงานแรงงานโทกุชิมะ
srv-prefecture-37 = สำนักงานแรงงานคางาวะ
srv-prefecture-38 = สำนักงานแรงงานเอฮิเมะ
srv-prefecture-39 = สำนักงานแรงงานโคจิ
srv-prefecture-40 = สำนักงานแรงงานฟุกุโอกะ
srv-prefecture-41 = สำนักงานแรงงานซากะ
srv-prefecture-42 = สำนักงานแรงงานนางาซากิ
srv-prefecture-43 = สำนักงานแรงงานคุมาโมโตะ
srv-prefecture-44 = สำนักงานแรงงานโออิตะ
srv-prefecture-45 = สำนักงานแรงงานมิยาซากิ
srv-prefecture-46 = สำนักงานแรงงานคาโงชิมะ
srv-prefecture-47 = สำนักงานแรงงานโอกินาวะ

## Kiosk fleet

srv-fleet-title = สถานะการทำงานของคีออสก์
srv-fleet-lead = คีออสก์ที่ไม่มีรายงานการทำงานนาน { $minutes } นาทีขึ้นไปจะแสดงเป็น “ไม่ตอบสนอง”
srv-fleet-none = ไม่มีคีออสก์ที่ลงทะเบียน
srv-fleet-kiosk = คีออสก์
srv-fleet-state = สถานะ
srv-fleet-last-heartbeat = รายงานการทำงานล่าสุด
srv-fleet-version = เวอร์ชัน
srv-fleet-occupation-table = ตารางการจำแนกอาชีพ
srv-fleet-postcode-book = ข้อมูลรหัสไปรษณีย์
srv-fleet-occupations-differs = ไม่ตรงกับตารางของเซิร์ฟเวอร์
srv-fleet-postcodes-differs = ต่างจากข้อมูลของเซิร์ฟเวอร์
srv-fleet-queue = ยังไม่ได้ส่ง
srv-fleet-last-error = ข้อผิดพลาดล่าสุด
srv-fleet-ok = ทำงานอยู่
srv-fleet-stale = ไม่ตอบสนอง
srv-fleet-never = ไม่มี
srv-fleet-pending = รอการลงทะเบียน (รหัสใช้ได้ถึง { $until })
srv-fleet-slot = สล็อต
srv-fleet-uptime = เวลาทำงานต่อเนื่อง
srv-fleet-uptime-value = { $days } วัน { $hours } ชั่วโมง { $minutes } นาที
srv-fleet-orientation = แนวหน้าจอ
srv-fleet-orientation-portrait = แนวตั้ง
srv-fleet-orientation-landscape = แนวนอน
srv-fleet-steer = สั่งงาน
srv-fleet-command = คำสั่ง
srv-fleet-action-wipe-screen = ล้างหน้าจอและกลับไปหน้าแรก
srv-fleet-action-send-queue = ส่งรายการที่ยังไม่ได้ส่งทันที
srv-fleet-action-restart = เริ่มโปรแกรมคีออสก์ใหม่
srv-fleet-action-reboot = เริ่มเครื่องคีออสก์ใหม่
srv-fleet-action-apply-config = ใช้การตั้งค่า
srv-fleet-action-revoke = ยกเลิกการลงทะเบียน
srv-fleet-config = ไฟล์การตั้งค่า (สำหรับการใช้การตั้งค่าเท่านั้น)
srv-fleet-config-label = เนื้อหาของ kiosk.toml
srv-fleet-send = ส่ง
srv-fleet-command-sent = บันทึกคำสั่งแล้ว คีออสก์จะได้รับคำสั่งพร้อมรายงานการทำงานครั้งถัดไป (ภายใน 1 นาที)
srv-fleet-command-not-found = ไม่พบคีออสก์นั้น
srv-fleet-command-admin-only = เฉพาะผู้ดูแลระบบเท่านั้นที่ใช้การตั้งค่าและยกเลิกการลงทะเบียนได้
srv-fleet-command-not-enrolled = ส่งคำสั่งไปยังคีออสก์ที่ยังไม่ได้ลงทะเบียนไม่ได้
srv-fleet-command-unknown = ไม่มีคำสั่งนั้น กรุณาเลือกจากรายการ
srv-fleet-command-config-size = ไฟล์การตั้งค่าว่างเปล่าหรือยาวเกินไป (ไม่เกิน 64 KB)
srv-fleet-silent-alert = มีคีออสก์ { $count } เครื่องที่ไม่มีรายงานการทำงานนาน { $minutes } นาทีขึ้นไป กรุณาตรวจสอบไฟและเครือข่าย
srv-fleet-commands = คำสั่งที่ส่งถึงคีออสก์
srv-fleet-commands-none = ยังไม่มีคำสั่ง
srv-fleet-command-time = วันที่และเวลา
srv-fleet-command-by = ผู้ส่ง
srv-fleet-command-outcome = ผลลัพธ์
srv-fleet-outcome-waiting = รอคีออสก์รับคำสั่ง
srv-fleet-outcome-delivered = ส่งถึงแล้ว (รอผล)
srv-fleet-outcome-done = ดำเนินการแล้ว
srv-fleet-outcome-refused = ถูกปฏิเสธ:
srv-name-single = (มีชื่อเดียว)
srv-field-card-name = ชื่อตามบัตรผู้พำนัก (在留カード)

## Job-seeker information, disability, self-PR
srv-field-publication = การเปิดเผยข้อมูลการหางาน
srv-publication-not-published = ไม่เปิดเผย
srv-publication-without-employer-names = เปิดเผยโดยไม่แสดงชื่อบริษัทที่เคยทำงาน
srv-publication-published = เปิดเผย
srv-field-contact-methods = วิธีติดต่อ
srv-contact-method-phone = โทรศัพท์
srv-contact-method-email = อีเมล
srv-contact-method-post = ไปรษณีย์
srv-field-avoid-times = ช่วงเวลาที่ไม่ต้องการให้ติดต่อ
srv-field-disability = การสนับสนุนในฐานะผู้พิการ
srv-disability-wanted = ต้องการ
srv-disability-not-wanted = ไม่ต้องการ
srv-disability-unstated = ไม่ขอตอบ
srv-field-certificate = สมุดประจำตัวผู้พิการ
srv-certificate-physical = สมุดผู้พิการทางร่างกาย
srv-certificate-intellectual = สมุดผู้พิการทางสติปัญญา (療育手帳)
srv-certificate-mental = สมุดสุขภาพและสวัสดิการผู้พิการทางจิต
srv-certificate-none-or-pending = ไม่มี / กำลังยื่นขอ
srv-grade-level = ระดับ { $grade }
srv-field-support-needs = การดูแลหรือการสนับสนุนที่ต้องการ
srv-need-specialist-desk = ปรึกษาที่เคาน์เตอร์เฉพาะทาง
srv-need-hours = การดูแลเรื่องเวลาทำงานหรือจำนวนวัน
srv-need-hospital = การดูแลเรื่องการไปโรงพยาบาลหรือการกินยา
srv-need-facilities = การดูแลเรื่องสิ่งอำนวยความสะดวกและการเคลื่อนที่
srv-need-communication = การดูแลเรื่องวิธีสื่อสาร (การเขียน ภาษามือ ฯลฯ)
srv-need-instructions = การดูแลเรื่องวิธีสั่งงาน
srv-field-support-needs-text = เรื่องที่ต้องการแจ้งเกี่ยวกับความพิการ
srv-disability-show = แสดงคำตอบเกี่ยวกับความพิการ
srv-field-self-pr = แนะนำตัวเอง
srv-field-notes = หมายเหตุพิเศษ
## More items (the application at the counter)

srv-field-nationality = สัญชาติ
srv-nationality-japanese = ญี่ปุ่น
srv-nationality-foreign = ไม่ใช่ญี่ปุ่น
srv-field-residence-status = สถานภาพการพำนัก
srv-field-residence-expiry = ระยะเวลาพำนัก (วันหมดอายุ)
srv-field-station = สถานีที่ใกล้ที่สุด
srv-field-commute = วิธีเดินทางไปทำงาน
srv-commute-walk = เดิน
srv-commute-bicycle = จักรยาน
srv-commute-motorbike = รถจักรยานยนต์
srv-commute-car = รถยนต์
srv-commute-train = รถไฟ
srv-commute-bus = รถบัส
srv-field-commute-minutes = เวลาเดินทาง (เที่ยวเดียว)
srv-minutes = { $minutes } นาที
srv-field-work-styles = รูปแบบการทำงาน
srv-style-full-time = เต็มเวลา
srv-style-part-time = ไม่เต็มเวลา
srv-field-holidays = วันหยุดที่ต้องการ
srv-holiday-weekends = เสาร์ อาทิตย์ และวันหยุดนักขัตฤกษ์
srv-holiday-weekdays = วันธรรมดา
srv-holiday-shifts = ระบบกะ
srv-holiday-any = ไม่ระบุ
srv-weekday-mon = จ.
srv-weekday-tue = อ.
srv-weekday-wed = พ.
srv-weekday-thu = พฤ.
srv-weekday-fri = ศ.
srv-weekday-sat = ส.
srv-weekday-sun = อา.
srv-field-week = ชั่วโมงและวันทำงานต่อสัปดาห์
srv-hours-a-week = สัปดาห์ละ { $hours } ชั่วโมง
srv-days-a-week = สัปดาห์ละ { $days } วัน
srv-field-left-on = วันที่ออกจากงาน
srv-field-leaving-reason = เหตุผลที่ออกจากงาน
srv-leaving-employer = บริษัทเป็นฝ่ายเลิกจ้าง
srv-leaving-own = ลาออกเอง
srv-leaving-contract-end = สิ้นสุดสัญญาจ้าง
srv-leaving-retirement = เกษียณอายุ
srv-leaving-other = อื่นๆ
srv-field-spouse = คู่สมรส
srv-spouse-yes = มี
srv-spouse-no = ไม่มี
srv-spouse-unstated = ไม่ขอตอบ
srv-field-dependants = ผู้อยู่ในอุปการะ (ไม่รวมคู่สมรส)
srv-people = { $n } คน
srv-unstated = ไม่ขอตอบ
srv-completion-graduated = จบการศึกษา
srv-completion-withdrew = ลาออกกลางคัน
srv-completion-enrolled = กำลังศึกษา
srv-completion-expected = คาดว่าจะจบการศึกษา
srv-employment-casual = งานพิเศษ (อารุไบโตะ)
srv-employment-other = อื่นๆ
srv-score = คะแนน { $score }
srv-year-obtained = ได้รับปี { $year }
srv-job-occupation = ประเภทงาน
srv-field-commute-minutes-unit = เวลาเดินทาง (เที่ยวเดียว นาที)
srv-field-weekly-hours-unit = ชั่วโมงทำงานต่อสัปดาห์ (ชั่วโมง)
srv-field-days-per-week-unit = จำนวนวันทำงานต่อสัปดาห์ (วัน)

## Staff calls from the kiosks (counter console)
srv-calls-title = การเรียกเจ้าหน้าที่
srv-calls-none = ไม่มีการเรียก
srv-calls-notice = มีการเรียกเจ้าหน้าที่ที่คีออสก์ { $kiosk } ({ $place })
srv-calls-screen = หน้าจอ: { $screen }
srv-calls-acknowledge = กำลังไป
srv-calls-acknowledged = เจ้าหน้าที่กำลังไป
srv-calls-screen-attract = หน้าแรก
srv-calls-screen-consent = ความยินยอม
srv-calls-screen-basic = ข้อมูลพื้นฐาน
srv-calls-screen-contact = ที่อยู่และการติดต่อ
srv-calls-screen-disclosure = การเปิดเผยและการติดต่อ
srv-calls-screen-desired-work = งานที่ต้องการ
srv-calls-screen-situation = สถานะปัจจุบัน
srv-calls-screen-education = การศึกษาและคุณวุฒิ
srv-calls-screen-work-history = ประวัติการทำงาน
srv-calls-screen-disability = ความพิการ
srv-calls-screen-self-pr = แนะนำตัวเอง
srv-calls-screen-review = ยืนยัน
srv-calls-screen-my-page = My Page
srv-calls-screen-done = เสร็จสิ้น

## Staff codes (counter console)
srv-staff-codes-title = รหัสเจ้าหน้าที่
srv-staff-codes-lead = รหัสเฉพาะของแต่ละคน สำหรับช่วยเหลือที่คีออสก์โดยไม่ลบหน้าจอของผู้ที่กำลังกรอก กรุณายกเลิกการใช้งานรหัสของผู้ที่ลาออกหรือย้ายไปแล้ว
srv-staff-codes-name = ชื่อ-นามสกุล
srv-staff-codes-add = สร้างรหัส
srv-staff-codes-made = สร้างรหัสของ { $name } แล้ว
srv-staff-codes-once = รหัสนี้แสดงเฉพาะตอนนี้เท่านั้น กรุณาแจ้งให้เจ้าของรหัสทราบ
srv-staff-codes-none = ยังไม่มีรหัส
srv-staff-codes-added = วันเวลาที่สร้าง
srv-staff-codes-revoke = ยกเลิกการใช้งาน
srv-staff-codes-revoked = ยกเลิกการใช้งานแล้ว ({ $at })
srv-staff-codes-name-invalid = กรุณาป้อนชื่อ-นามสกุล 1 ถึง 40 ตัวอักษร โดยไม่ขึ้นบรรทัดใหม่
srv-staff-assists-title = บันทึกการช่วยเหลือที่คีออสก์
srv-staff-assists-none = ยังไม่มีบันทึก
srv-staff-assists-when = วันเวลา

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = เปลี่ยนประวัติการทำงาน (職歴)
srv-my-jobs-lead = คุณสามารถลงทะเบียนที่ทำงานที่เคยทำ โดยเริ่มจากล่าสุด การเปลี่ยนแปลงมีผลทันที และเจ้าหน้าที่ที่เคาน์เตอร์ก็จะเห็นด้วย
srv-my-jobs-none = ยังไม่มีประวัติการทำงานที่ลงทะเบียนไว้
srv-my-jobs-entry = งานที่ { $n }
srv-my-jobs-edit = เปลี่ยน
srv-my-jobs-remove = ลบ
srv-my-jobs-add = เพิ่มงาน
srv-my-jobs-max = ลงทะเบียนงานได้สูงสุด { $max } รายการ งานที่เก่ากว่านั้น กรุณาแจ้งเจ้าหน้าที่ที่เคาน์เตอร์
srv-my-jobs-saved = บันทึกประวัติการทำงานแล้ว
srv-my-jobs-removed = ลบงานออกจากประวัติการทำงาน 1 รายการแล้ว
srv-my-jobs-open = ดูหรือเปลี่ยนประวัติการทำงาน (職歴)
srv-my-job-edit-title = เปลี่ยนงานที่ { $n }
srv-my-job-back = กลับไปที่ประวัติการทำงาน
srv-my-job-employer = สถานที่ทำงาน (勤務先)
srv-my-job-period = ช่วงเวลาที่ทำงาน
srv-my-job-present = ปัจจุบัน
srv-my-job-from = ปีและเดือนที่เริ่มงาน (入社)
srv-my-job-to = ปีและเดือนที่ออกจากงาน (退社)
srv-my-job-date-hint = ใช้ปีคริสต์ศักราชหรือศักราชญี่ปุ่นก็ได้ เช่น 2019/4 หรือ 平成31年4月
srv-my-job-to-hint = หากยังทำงานอยู่ที่นั่น ให้เว้นว่างไว้
srv-my-job-employment-type = รูปแบบการจ้างงาน (雇用形態)
srv-my-job-duties = งานที่ทำ
srv-my-job-duties-hint = ตัวอย่าง: แคชเชียร์และจัดสินค้าขึ้นชั้นในซูเปอร์มาร์เก็ต
srv-my-job-changed = งานนี้ถูกเปลี่ยนจากที่อื่น (เช่น ในหน้าต่างอื่น) กรุณาตรวจสอบข้อมูลปัจจุบันแล้วลองอีกครั้ง
srv-my-job-remove-title = ลบงานนี้หรือไม่
srv-my-job-remove-lead = เมื่อลบแล้ว เจ้าหน้าที่ที่เคาน์เตอร์จะไม่เห็นอีก หากจำเป็น สามารถเพิ่มใหม่ได้ภายหลัง
srv-my-choice-not-accepted = ไม่สามารถรับตัวเลือกนี้ได้ กรุณาเลือกใหม่จากรายการ
srv-my-disability-section = เกี่ยวกับความพิการ (障害について ไม่บังคับ)
srv-my-disability-closed = คำตอบจะไม่แสดงจนกว่าคุณจะกดปุ่มด้านล่างเพื่อเปิด
srv-my-disability-open = เปิดและเปลี่ยนคำตอบเกี่ยวกับความพิการ
srv-my-disability-title = เกี่ยวกับความพิการ (障害について)
srv-my-disability-lead = จะตอบหรือไม่ก็ได้ คำตอบของคุณมีเพียงเจ้าหน้าที่ที่เคาน์เตอร์เท่านั้นที่เห็น การเปลี่ยนแปลงมีผลทันที
srv-my-disability-support = คุณต้องการลงทะเบียนและรับการสนับสนุนในฐานะผู้พิการหรือไม่
srv-my-disability-details-note = สมุดประจำตัว ระดับ และความช่วยเหลือด้านล่าง จะบันทึกไว้เฉพาะเมื่อคุณเลือก “ต้องการ”
srv-my-disability-grade = ระดับหรือขั้น (等級・程度)
srv-my-disability-grade-hint = กรุณาเลือกระดับหรือขั้นตามสมุดของคุณจากรายการ หากไม่แน่ใจ ให้คงไว้ที่ “ยังไม่ได้เลือก”
srv-my-disability-needs-hint = เลือกได้หลายข้อ
srv-my-disability-clear-title = ลบคำตอบ
srv-my-disability-clear-lead = การดำเนินการนี้จะลบคำตอบทั้งหมดเกี่ยวกับความพิการ เจ้าหน้าที่ที่เคาน์เตอร์จะไม่เห็นอีก และจะไม่มีการเก็บบันทึกไว้ คุณตอบใหม่ได้ทุกเมื่อ
srv-my-disability-clear = ลบคำตอบทั้งหมด
srv-my-disability-cleared = ลบคำตอบทั้งหมดเกี่ยวกับความพิการแล้ว
srv-change-value-private = (ไม่บันทึกเนื้อหา)
