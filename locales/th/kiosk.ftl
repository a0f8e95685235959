# Madoguchi kiosk screens (ไทย). Keep the same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = Hello Work สมัครหางาน
text-missing = (มีอักขระที่แสดงไม่ได้)
size-standard = มาตรฐาน
size-large = ตัวใหญ่
size-xlarge = ตัวใหญ่มาก
dialog-close = ปิด

## Attract

attract-title = สมัครหางานกับ Hello Work
attract-lead = ท่านสามารถกรอกใบสมัครหางานได้ที่นี่ เมื่อกรอกเสร็จแล้ว กรุณาแสดงหมายเลขรับเรื่อง (受付番号) ที่เคาน์เตอร์
attract-start = เริ่ม
# Under the start button, shown in turn in every language, each in its own.
attract-touch = แตะหน้าจอเพื่อเริ่มต้น
attract-duration = ใช้เวลากรอกประมาณ 10 นาที
attract-language = ภาษา / ことば
attract-size = ขนาดตัวอักษร
attract-theme = สีหน้าจอ
theme-standard = ปกติ
theme-contrast = คอนทราสต์สูง
theme-dark = พื้นดำ
layout-reach = แสดงด้านล่าง
layout-reach-help = ย้ายปุ่มและแป้นพิมพ์ไปไว้ครึ่งล่างของหน้าจอ (สำหรับผู้ใช้รถเข็น เป็นต้น)
attract-help = หากมีข้อสงสัย กรุณาสอบถามเจ้าหน้าที่ที่อยู่ใกล้ๆ

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = เสียงนำทาง
speech-toggle-help = อ่านหน้าจอออกเสียงทางหูฟัง กดปุ่ม * บนแป้นตัวเลขเพื่อเปิดหรือปิดได้เช่นกัน
speech-on = เปิดเสียงนำทางแล้ว จะอ่านชื่อและคำแนะนำของแต่ละหน้าจอ ช่องที่คุณแตะ และปุ่มที่คุณกดออกเสียง
speech-off = ปิดเสียงนำทางแล้ว
speech-form-hint = แตะช่องเพื่อฟังชื่อช่องและสิ่งที่คุณกรอกไว้ เมื่อกรอกเสร็จแล้ว กรุณากด ถัดไป
speech-empty = ยังไม่ได้กรอก
speech-checked = เลือกแล้ว
speech-unchecked = ยังไม่ได้เลือก

## Not ready

notready-title = กำลังเตรียมการ
notready-body = ขณะนี้ยังใช้เครื่องนี้ไม่ได้
    ขออภัยในความไม่สะดวก กรุณาไปที่เคาน์เตอร์
notready-staff = สำหรับเจ้าหน้าที่: เครื่องนี้ยังลงทะเบียนไม่เสร็จ (ID เครื่อง: { $kiosk })
notready-staff-error = สำหรับเจ้าหน้าที่: อ่านข้อมูลของเครื่องไม่ได้ (รหัส: { $code })

## Header, navigation, dialogs

header-language = Language
header-reset = เริ่มใหม่ตั้งแต่ต้น
nav-next = ถัดไป
nav-back = ย้อนกลับ
nav-return-review = กลับไปหน้ายืนยัน
nav-back-review = กลับไปหน้ายืนยัน
nav-busy = กำลังตรวจสอบ…
reset-title = เริ่มใหม่ตั้งแต่ต้นหรือไม่
reset-body = ข้อมูลที่กรอกไว้ทั้งหมดจะถูกลบ
reset-confirm = ลบและเริ่มใหม่
reset-cancel = กรอกต่อ
idle-title = จะใช้งานต่อหรือไม่
idle-body = หากไม่มีการใช้งานอีก { $seconds } วินาที ข้อมูลที่กรอกจะถูกลบและกลับไปหน้าแรก หากต้องการใช้งานต่อ กรุณาแตะหน้าจอ
idle-continue = ใช้งานต่อ
error-title = เกิดข้อผิดพลาด
error-ask-staff = กรุณาติดต่อเจ้าหน้าที่ ข้อมูลที่ท่านกรอกไว้ยังไม่หายไป
error-generic = เกิดปัญหาระหว่างการดำเนินการ
error-unreachable = เครื่องสื่อสารภายในไม่ได้
error-unexpected = เครื่องเกิดปัญหาที่ไม่คาดคิด

## Steps

step-basic = ข้อมูลพื้นฐาน
step-contact = ที่อยู่และการติดต่อ
step-desired-work = งานที่ต้องการ
step-situation = สถานะปัจจุบัน
step-education = การศึกษาและคุณวุฒิ
step-work-history = ประวัติการทำงาน
step-review = ยืนยัน
step-my-page = My Page
step-progress = ขั้นตอน { $current } / { $total }

## Fields

field-required = จำเป็น
field-optional = ไม่บังคับ
field-error-label = ข้อผิดพลาด:
field-warning-label = กรุณาตรวจสอบ:
field-error-generic = กรุณาตรวจสอบข้อมูลที่กรอก
field-warning-generic = กรุณาตรวจสอบว่าข้อมูลถูกต้อง
choice-none = ยังไม่ได้เลือก
list-remove = ลบ
summary-errors-title = กรุณาแก้ไข { $count } จุด
summary-warnings-title = กรุณาตรวจสอบ
summary-warnings-hint = หากถูกต้องแล้ว กรุณากด “ถัดไป” อีกครั้ง
unit-year = ปี
unit-month = เดือน
unit-day = วันที่
unit-yen = เยน

## Consent

consent-title = การจัดการข้อมูลส่วนบุคคล
consent-lead = กรุณาอ่านก่อนสมัคร
consent-purpose-title = วัตถุประสงค์ในการใช้
consent-purpose-body = { $office } ใช้ข้อมูลที่ท่านกรอกเพื่อรับใบสมัครหางาน และเพื่อให้บริการจัดหางานและงานด้านความมั่นคงในการจ้างงานอื่นๆ จะไม่นำไปใช้เพื่อวัตถุประสงค์อื่น
consent-recorded-title = ข้อมูลที่บันทึกและส่งไปยัง Hello Work
consent-recorded-body = ชื่อ คำอ่านชื่อ วันเกิด เพศ (หากตอบ) สัญชาติและสถานภาพการพำนัก (หากตอบ) ที่อยู่ สถานีใกล้บ้านและการเดินทาง หมายเลขโทรศัพท์ อีเมล งานที่ต้องการ สถานะปัจจุบัน (วันที่และเหตุผลที่ออกจากงาน คู่สมรสและผู้อยู่ในอุปการะหากตอบ) การศึกษาและคุณวุฒิ ประวัติการทำงาน และความต้องการ My Page สำหรับแบบสอบถาม จะบันทึกเฉพาะคะแนนและเหตุผลที่เลือก
consent-retention-title = ระยะเวลาเก็บรักษา
consent-retention-body = Hello Work จะเก็บข้อมูลที่ส่งไว้ตามระยะเวลาที่กฎหมายและระเบียบกำหนด ใบสมัครหางานมีผลถึงวันสุดท้ายของเดือนถัดจากเดือนถัดไป (ขยายเวลาได้เมื่อรับคำปรึกษาหรือการแนะนำงาน)
consent-kiosk-title = สิ่งที่เหลืออยู่ในเครื่องนี้
consent-kiosk-body = ไม่มีสิ่งใดเหลืออยู่ในเครื่องนี้ เมื่อท่านกด “เสร็จสิ้น” หรือเมื่อไม่มีการใช้งานเป็นเวลาหนึ่ง ข้อมูลที่กรอกทั้งหมดจะถูกลบ
consent-agree = ข้าพเจ้าได้อ่านข้อความข้างต้นและยินยอม
consent-must-agree = เมื่อยินยอมแล้วจึงกด “ถัดไป” ได้

## 基本情報

basic-title = ข้อมูลพื้นฐาน
basic-family-name = นามสกุล
basic-family-name-help = หากเขียนเป็นคันจิไม่ได้ จะใช้คาตาคานะหรืออักษรโรมันก็ได้
basic-given-name = ชื่อ
basic-kana-only = เขียนชื่อเป็นคันจิไม่ได้ (ป้อนเป็นคาตาคานะ)
basic-family-kana = คำอ่านนามสกุล (คาตาคานะ)
basic-kana-help = กรุณาป้อนเป็นคาตาคานะ ฮิรางานะจะถูกเปลี่ยนเป็นคาตาคานะให้อัตโนมัติ
basic-kana-suggest = ชื่อของคุณอ่านแบบนี้ใช่ไหม ถ้าถูกต้อง กรุณาแตะเพื่อใส่ฟุริงานะ
basic-given-kana = คำอ่านชื่อ (คาตาคานะ)
basic-birth-date = วันเกิด
basic-birth-date-help = เลือกปี ค.ศ. หรือรัชศกญี่ปุ่น แล้วป้อนปี เดือน และวันที่
basic-calendar = ปฏิทิน
basic-birth-year = ปีเกิด
basic-birth-month = เดือนเกิด
basic-birth-day = วันที่เกิด
basic-era-first-year = ปีแรกของรัชศก (元年) ให้ป้อน “1” หรือ “元”
era-western = ค.ศ. (เช่น 1990)
era-meiji = เมจิ (明治)
era-taisho = ไทโช (大正)
era-showa = โชวะ (昭和)
era-heisei = เฮเซ (平成)
era-reiwa = เรวะ (令和)
basic-sex = เพศ
basic-sex-help = หากไม่ต้องการตอบ กรุณาเลือก “ไม่ขอตอบ”
sex-female = หญิง
sex-male = ชาย
sex-unstated = ไม่ขอตอบ

## 住所・連絡先

contact-title = ที่อยู่และการติดต่อ
contact-postcode = รหัสไปรษณีย์
contact-postcode-help = ป้อนตัวเลข 7 หลักแล้วกด “ค้นหาที่อยู่”
contact-postcode-mark = 〒
contact-lookup = ค้นหาที่อยู่
contact-lookup-busy = กำลังค้นหา…
contact-pick-town = กรุณาเลือกที่อยู่
contact-town-whole = (ไม่มีชื่อย่าน)
contact-prefecture = จังหวัด (都道府県)
contact-city = เมือง เขต ตำบล หมู่บ้าน (市区町村)
contact-town = ย่าน (町域)
contact-street = บ้านเลขที่ (番地)
contact-street-help = ตัวอย่าง: 1-2-3
contact-building = ชื่ออาคารและเลขห้อง
contact-building-help = ตัวอย่าง: Midori Heights 101
contact-phone = หมายเลขโทรศัพท์
contact-phone-help = หมายเลขที่ติดต่อได้ในเวลากลางวัน ไม่ต้องใส่ขีดก็ได้
contact-email = อีเมล
contact-email-help = ใช้เมื่อสร้าง My Page (マイページ)

## 希望する仕事

work-title = งานที่ต้องการ
work-occupations = ประเภทงานที่ต้องการ
work-occupations-help = เลือกได้ไม่เกิน 3 รายการ รายการแรกที่เลือกคือลำดับที่ 1
work-occupation-rank = ลำดับที่ { $rank }
work-occupation-add = เลือกประเภทงาน
work-occupation-full = เลือกครบ 3 รายการแล้ว หากต้องการเปลี่ยน กรุณาลบออกหนึ่งรายการ
work-picker-title = เลือกประเภทงาน
work-picker-browse = เลือกจากหมวดหมู่
work-picker-search = ค้นหาด้วยคำ
work-picker-major-hint = กรุณาเลือกสาขาที่ใกล้เคียงที่สุด
work-picker-back-major = กลับไปที่รายการสาขา
work-picker-search-label = ชื่องาน
work-picker-search-help = กรุณาป้อนเป็นคาตาคานะ ตัวอย่าง: カイゴ (งานบริบาล) ジム (งานสำนักงาน) ケンセツ (งานก่อสร้าง)
work-picker-no-result = ไม่พบ กรุณาลองคำอื่น หรือเลือกจากหมวดหมู่
work-picker-loading = กำลังโหลด…
work-picker-close = ปิด
occ-unknown = ประเภทงาน (รหัส { $code })
work-employment-types = รูปแบบการจ้างงาน
work-employment-types-help = กรุณาเลือกทุกรูปแบบที่ต้องการ
employment-full-time = พนักงานประจำ
employment-part-time = พาร์ทไทม์
employment-dispatch = พนักงานจากบริษัทจัดหางาน (ฮาเค็น)
employment-contract = พนักงานสัญญาจ้าง
work-locations = สถานที่ทำงานที่ต้องการ
work-locations-help = กรุณาป้อนชื่อจังหวัดหรือเมือง
work-location-add = เพิ่มสถานที่ทำงาน
work-wage = ค่าจ้างที่ต้องการ
work-wage-help = จำนวนเงินขั้นต่ำที่ต้องการ หากไม่มีความต้องการเป็นพิเศษ ให้เว้นว่างไว้
wage-monthly = รายเดือน
wage-hourly = รายชั่วโมง
work-wage-amount = จำนวนเงิน
work-hours = เวลาทำงานที่ต้องการ
work-hours-help = ตัวอย่าง: 9:00–17:00 หากไม่มีความต้องการเป็นพิเศษ ให้เว้นว่างไว้
work-hours-start = เริ่มงาน
work-hours-end = เลิกงาน
work-hours-to = –
work-days = วันที่ทำงานได้
weekday-mon = จ.
weekday-tue = อ.
weekday-wed = พ.
weekday-thu = พฤ.
weekday-fri = ศ.
weekday-sat = ส.
weekday-sun = อา.

## 現在の状況

situation-title = สถานะปัจจุบัน
situation-employment = ขณะนี้ท่านทำงานอยู่หรือไม่
situation-employed = ทำงานอยู่
situation-not-employed = ไม่ได้ทำงาน (ออกจากงานแล้ว)
situation-student = นักเรียนนักศึกษา
situation-insurance = ท่านมีแผนจะรับเงินประกันการจ้างงาน (雇用保険 เงินช่วยเหลือกรณีว่างงาน) หรือไม่
situation-insurance-help = หากเลือก “ไม่แน่ใจ” สามารถปรึกษาได้ที่เคาน์เตอร์
insurance-yes = มีแผนจะรับ
insurance-no = ไม่รับ
insurance-unsure = ไม่แน่ใจ

## 学歴・資格

education-title = การศึกษาและคุณวุฒิ
education-final-level = ระดับการศึกษาสูงสุด
level-junior-high = มัธยมต้น
level-high-school = มัธยมปลาย
level-vocational = โรงเรียนอาชีวะ
level-junior-college = วิทยาลัยระยะสั้น วิทยาลัยเทคนิค
level-university = มหาวิทยาลัย
level-graduate = บัณฑิตวิทยาลัย
level-other = อื่นๆ
education-school-name = ชื่อสถานศึกษา
education-school-name-help = ชื่อสถานศึกษาแห่งสุดท้ายที่เรียน
education-graduation-year = ปีที่จบการศึกษา (สำเร็จหรือลาออกกลางคัน)
education-graduation-year-help = ป้อนเป็นปี ค.ศ. หรือรัชศกญี่ปุ่นก็ได้ ตัวอย่าง: 2008, 平成20, H20 หากจำไม่ได้ ให้เว้นว่างไว้
education-qualifications = ใบอนุญาตและคุณวุฒิ
education-qualifications-help = ตัวอย่าง: ใบขับขี่รถยนต์ธรรมดา ผู้บริบาลที่ได้รับใบรับรอง JLPT N2
education-qualification-add = เพิ่มใบอนุญาตหรือคุณวุฒิ

## 職歴

history-title = ประวัติการทำงาน
history-help = กรุณากรอกเริ่มจากงานล่าสุด หากไม่มีประวัติการทำงาน กรุณากด “ถัดไป”
history-none = ยังไม่ได้กรอกประวัติการทำงาน
history-entry = งานที่ { $n }
history-add = เพิ่มประวัติการทำงาน
history-remove = ลบประวัติการทำงานนี้
history-employer = สถานที่ทำงาน (ชื่อบริษัท)
history-duties = ลักษณะงาน
history-duties-help = ตัวอย่าง: แคชเชียร์และจัดสินค้าขึ้นชั้นในซูเปอร์มาร์เก็ต
history-from = ปีและเดือนที่เริ่มทำงาน (ค.ศ. หรือรัชศกญี่ปุ่น)
history-to = ปีและเดือนที่ออกจากงาน (ค.ศ. หรือรัชศกญี่ปุ่น)
history-to-help = หากยังทำงานอยู่ ให้เว้นว่างไว้
history-year = ปี (ค.ศ. หรือรัชศกญี่ปุ่น)
history-month = เดือน
history-employment-type = รูปแบบการจ้างงาน

## 確認

review-title = ยืนยันข้อมูลที่กรอก
review-lead = กรุณาตรวจสอบข้อมูล หากต้องการแก้ไข กรุณากด “แก้ไข”
review-blocked = มีจุดที่ต้องแก้ไข กรุณากด “แก้ไข” ในกรอบสีแดง
review-edit = แก้ไข
review-empty = ยังไม่ได้กรอก
review-none = ไม่มี
review-yes = ใช่
review-name = ชื่อ-นามสกุล
review-kana = คำอ่าน (คาตาคานะ)
review-birth-date = วันที่ { $day } เดือน { $month } ปี{ $era } { $year }
review-birth-date-western = วันที่ { $day } เดือน { $month } ปี ค.ศ. { $year }
review-postcode = 〒{ $first }-{ $last }
review-address = ที่อยู่
review-wage = { $kind } { $amount } เยนขึ้นไป
review-hours = { $start } – { $end }
review-list-sep = ,{" "}
review-year-month = { $month }/{ $year }
review-period-label = ระยะเวลา
review-period = { $from } – { $to }
review-present = ปัจจุบัน

## マイページ

mypage-title = My Page (求職者マイページ)
mypage-lead = เมื่อสร้าง My Page (マイページ) ท่านจะตรวจสอบข้อมูลและสถานะของใบสมัครนี้ได้จากสมาร์ทโฟนหรือคอมพิวเตอร์ของท่านเอง
mypage-benefit-status = ตรวจสอบสถานะของใบสมัคร (รับเรื่องชั่วคราว รับใบสมัครแล้ว)
mypage-benefit-edit = ดูข้อมูลที่ลงทะเบียน และเปลี่ยนข้อมูลการติดต่อหรืองานที่ต้องการได้
mypage-benefit-email = เปลี่ยนอีเมลที่ใช้เข้าสู่ระบบได้
mypage-want = สร้าง My Page
mypage-decline = ไม่สร้างในครั้งนี้
mypage-email-help = เราจะส่งคำแนะนำการลงทะเบียนไปที่อีเมลนี้ กรุณาป้อนเป็นอักษรโรมันและตัวเลข
mypage-password = ไม่ต้องตั้งรหัสผ่านที่เครื่องนี้ ท่านจะตั้งภายหลังบนสมาร์ทโฟนของท่านเอง
mypage-declined = ท่านสร้าง My Page (マイページ) ภายหลังได้ กรุณาสอบถามที่เคาน์เตอร์
mypage-submit = สมัคร
mypage-submit-note = เมื่อกด “สมัคร” ข้อมูลที่กรอกจะถูกส่งไปยัง Hello Work

## 完了

done-title = รับเรื่องแล้ว
done-receipt-label = หมายเลขรับเรื่อง (受付番号)
done-next-counter = กรุณาแสดงหมายเลขรับเรื่อง (受付番号) นี้ที่เคาน์เตอร์
done-qr-label = คิวอาร์โค้ดสำหรับทำต่อบนสมาร์ทโฟน
done-next-qr = สแกนคิวอาร์โค้ดด้วยสมาร์ทโฟนเพื่อทำการสมัครต่อ
done-next-qr-mypage = สแกนคิวอาร์โค้ดด้วยสมาร์ทโฟน แล้วตั้งรหัสผ่าน My Page
done-finish = เสร็จสิ้น
done-auto = จะกลับไปหน้าแรกใน { $seconds } วินาที
survey-title = เครื่องนี้ใช้งานง่ายหรือไม่
survey-1 = ใช้ยากมาก
survey-2 = ใช้ยาก
survey-3 = ปานกลาง
survey-4 = ใช้ง่าย
survey-5 = ใช้ง่ายมาก
survey-reason-title = หากมีเหตุผล กรุณาเลือก (ไม่บังคับ)
survey-reason-easy = เข้าใจง่าย
survey-reason-quick = เสร็จเร็ว
survey-reason-hard-to-read = อ่านยาก
survey-reason-slow = ใช้เวลานาน
survey-reason-keyboard = พิมพ์ตัวอักษรลำบาก
survey-reason-other = อื่นๆ
survey-thanks = ขอบคุณสำหรับความร่วมมือ

## On-screen keyboard

kb-label = แป้นพิมพ์บนหน้าจอ
kb-mode = ประเภทแป้นพิมพ์
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = เว้นวรรค
kb-backspace = ลบหนึ่งตัวอักษร
kb-close = ปิดแป้นพิมพ์
kb-shift = ตัวพิมพ์ใหญ่
kb-dakuten = เครื่องหมายดาคุเต็น (゛)
kb-handakuten = เครื่องหมายฮันดาคุเต็น (゜)
kb-small = เล็ก
kb-small-label = คานะตัวเล็ก
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = รหัส PIN สำหรับเจ้าหน้าที่
staff-pin-lead = ป้อนรหัส PIN (4 ถึง 8 หลัก) แล้วกด “OK”
staff-pin-count = ป้อนแล้ว { $count } หลัก
staff-pin-ok = OK
staff-pin-cancel = ยกเลิก
staff-busy = กำลังตรวจสอบ…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = ป้อนรหัส PIN ผิด 5 ครั้ง จึงใช้โหมดเจ้าหน้าที่ไม่ได้ชั่วคราว กรุณารออีก { $minutes } นาที

staff-title = โหมดเจ้าหน้าที่
staff-read-at = ณ เวลา { $time }
staff-lead = สถานะการส่งใบสมัครจากเครื่องนี้ ไม่แสดงข้อมูลที่ผู้ใช้กรอก เมื่อเสร็จแล้ว กรุณากด “ปิด”
staff-enrolled = การลงทะเบียนกับเซิร์ฟเวอร์
staff-enrolled-yes = ลงทะเบียนแล้ว
staff-enrolled-no = ยังไม่ได้ลงทะเบียน (รับใบสมัครไม่ได้)
staff-enroll-help = ในการลงทะเบียน ให้รัน `madoguchi-server kiosk add` บนเซิร์ฟเวอร์เพื่อออกรหัสลงทะเบียน แล้วรัน `madoguchi-kiosk enroll --server URL --code-file FILE` บนเครื่องนี้ (URL คือที่อยู่ของเซิร์ฟเวอร์ FILE คือไฟล์ที่มีรหัสลงทะเบียนที่ได้รับ หากไฟล์การตั้งค่าไม่มีคีย์ของเซิร์ฟเวอร์ ให้ระบุลายนิ้วมือที่ `madoguchi-server keygen` แสดงด้วย `--server-fingerprint`) จากนั้นเริ่มคีออสก์ใหม่
staff-server-url = URL ของเซิร์ฟเวอร์
staff-not-set = ยังไม่ได้ตั้งค่า
staff-queue = ใบสมัครที่รอส่ง
staff-count = { $count } รายการ
staff-refused = ใบสมัครที่เซิร์ฟเวอร์ไม่รับ
staff-last-success = วันเวลาที่ส่งสำเร็จล่าสุด
staff-never = ยังไม่มี
staff-last-error = ข้อผิดพลาดล่าสุด
staff-no-error = ไม่มี
staff-version = เวอร์ชัน
staff-kiosk = ID เครื่อง / รหัสสำนักงาน
staff-kiosk-value = { $kiosk } / { $office }
staff-sync = ส่งทันที
staff-sync-requested = เริ่มส่งแล้ว หน้าจอจะอัปเดตในไม่กี่วินาที
staff-refresh = อัปเดต
staff-close = ปิด

basic-single-name = มีชื่อเดียว: บัตรผู้พำนัก (在留カード) ไม่มีชื่อตัว
basic-card-name = ชื่อตามบัตรผู้พำนัก (在留カード) เป็นอักษรโรมัน
basic-card-name-help = หากมีบัตรผู้พำนัก (在留カード) กรุณาป้อนให้ตรงตามที่พิมพ์ในบัตร (ตัวอย่าง: NGUYEN THI LAN) หากไม่มี ให้เว้นว่างไว้
kb-mode-write = เขียนด้วยมือ
kb-convert = คันจิ (変換)
kb-candidates = ตัวเลือก
kb-pad-label = ช่องเขียนด้วยมือ ใช้นิ้วเขียนทีละตัว
kb-pad-hint = เขียนทีละตัวที่นี่
kb-pad-undo = ย้อนหนึ่งขีด
kb-pad-clear = เขียนใหม่
kb-pad-empty = เมื่อเขียน ตัวเลือกจะแสดงที่นี่
kb-pad-chinese = 简体中文
kb-pad-chinese-label = เขียนเป็นอักษรจีนตัวย่อ ตัวเลือกแบบอักษรญี่ปุ่นจะแสดงก่อน
kb-pad-hint-chinese = เขียนทีละตัวที่นี่ (อักษรจีนตัวย่อ)
kb-variants = รูปแบบอื่นของตัวอักษร (異体字)
kb-variants-hint = แตะเพื่อเลือกรูปแบบอื่นของตัวอักษร (髙, 﨑…)
kb-variants-none = ตัวอักษรนี้ไม่มีรูปแบบอื่น
kb-variants-close = ปิด
kb-accents = ตัวอักษรที่มีเครื่องหมาย

## 求職情報の提供等・障害について・自己PR（公式の求職申込書の3画面）
step-disclosure = การเปิดเผยและการติดต่อ
step-disability = ความพิการ
step-self-pr = แนะนำตัวเอง
disclosure-title = การเปิดเผยข้อมูลการหางานและวิธีติดต่อ
disclosure-lead = กรุณาเลือกว่าจะให้บริษัทที่รับสมัครงานดูข้อมูลการหางานของท่านได้หรือไม่ และให้ Hello Work ติดต่อท่านด้วยวิธีใด
disclosure-publication = จะเปิดเผยข้อมูลการหางานให้บริษัทหรือไม่
disclosure-publication-help = หากเปิดเผย บริษัทอาจติดต่อชวนท่านให้สมัครงาน ไม่ว่าจะเลือกแบบใด ชื่อ ที่อยู่ หมายเลขโทรศัพท์ และอีเมลจะไม่ถูกเปิดเผย
publication-not-published = ไม่เปิดเผย
publication-without-employer-names = เปิดเผย (ไม่แสดงชื่อบริษัทที่เคยทำงาน)
publication-published = เปิดเผย (แสดงชื่อบริษัทที่เคยทำงานด้วย)
disclosure-contact-methods = วิธีที่ Hello Work ติดต่อท่าน
disclosure-contact-methods-help = เลือกได้หลายวิธี อีเมลจะส่งไปที่อีเมลที่กรอกใน “ที่อยู่และการติดต่อ”
contact-method-phone = โทรศัพท์
contact-method-email = อีเมล
contact-method-post = ไปรษณีย์
disclosure-avoid-times = ช่วงเวลาที่ไม่ต้องการให้ติดต่อ
disclosure-avoid-times-help = ตัวอย่าง: วันธรรมดา 9:00–17:00 (เพราะทำงานอยู่)
disability-title = เกี่ยวกับความพิการ
disability-lead = ไม่ต้องตอบหน้านี้ก็ได้ เฉพาะเจ้าหน้าที่ที่เคาน์เตอร์เท่านั้นที่เห็นคำตอบ ในหน้ายืนยันจะไม่แสดงจนกว่าท่านจะกด “แสดง”
disability-support = ท่านต้องการลงทะเบียนและรับการสนับสนุนในฐานะผู้พิการหรือไม่
disability-support-help = ท่านจะได้รับการแนะนำงานสำหรับผู้พิการ และรับคำปรึกษาที่เคาน์เตอร์เฉพาะทางได้
disability-support-wanted = ต้องการ
disability-support-not-wanted = ไม่ต้องการ
disability-support-unstated = ไม่ขอตอบ
disability-certificate = สมุดประจำตัวผู้พิการ
certificate-physical = สมุดผู้พิการทางร่างกาย
certificate-intellectual = สมุดผู้พิการทางสติปัญญา (療育手帳)
certificate-mental = สมุดสุขภาพและสวัสดิการผู้พิการทางจิต
certificate-none-or-pending = ไม่มีสมุด / กำลังยื่นขอ
disability-grade = ระดับ
disability-grade-help = กรุณาเลือกระดับที่เขียนในสมุด หากไม่ทราบ ปล่อยเป็น “ยังไม่ได้เลือก” ได้
grade-level = ระดับ { $grade }
grade-intellectual-a = A (รุนแรง)
grade-intellectual-b = B (นอกจาก A)
grade-as-written = { $grade }
disability-needs = การดูแลหรือการสนับสนุนที่ต้องการ
disability-needs-help = เลือกได้หลายข้อ
need-specialist-desk = ต้องการปรึกษาที่เคาน์เตอร์เฉพาะทาง
need-hours = การดูแลเรื่องเวลาทำงานหรือจำนวนวัน
need-hospital = การดูแลเรื่องการไปโรงพยาบาลหรือการกินยา
need-facilities = การดูแลเรื่องสิ่งอำนวยความสะดวกและการเคลื่อนที่ (รถเข็น ขั้นบันได ฯลฯ)
need-communication = การดูแลเรื่องวิธีสื่อสาร (การเขียน ภาษามือ ฯลฯ)
need-instructions = การดูแลเรื่องวิธีสั่งงาน (เป็นลายลักษณ์อักษร ทีละเรื่อง)
disability-needs-text = เรื่องอื่นที่ต้องการแจ้ง
disability-needs-text-help = ตัวอย่าง: ยืนทำงานนานๆ ไม่ได้
disability-skip = ข้ามหน้านี้โดยไม่ตอบ
selfpr-title = แนะนำตัวเองและหมายเหตุ
selfpr-lead = ไม่ต้องเขียนทั้งสองช่องก็ได้ ข้อความที่เขียนจะใช้ในการปรึกษาที่เคาน์เตอร์และการแนะนำท่านให้บริษัท
selfpr-appeal = แนะนำตัวเอง
selfpr-appeal-help = สิ่งที่ถนัด ประสบการณ์ วิธีใช้คุณวุฒิ ฯลฯ ตัวอย่าง: ทำงานบริการลูกค้ามา 10 ปี
selfpr-notes = หมายเหตุพิเศษ
selfpr-notes-help = เรื่องที่อยากแจ้งเคาน์เตอร์ไว้ ตัวอย่าง: เริ่มงานได้ตั้งแต่เดือนเมษายน ต้องรับส่งลูก
text-count = { $count } / { $max } ตัวอักษร
review-hidden = ไม่แสดงเพื่อไม่ให้คนรอบข้างเห็น
review-show = แสดง
review-hide = ซ่อน
kb-newline = ขึ้นบรรทัดใหม่
## More items (nationality and status of residence, station and commute, working pattern, leaving, family, department, qualifications, occupation of past jobs)

basic-nationality = สัญชาติ
basic-nationality-japanese = ญี่ปุ่น
basic-nationality-foreign = ไม่ใช่ญี่ปุ่น
basic-country = สัญชาติ (ประเทศหรือภูมิภาค)
basic-country-help = ตัวอย่าง: ไทย เวียดนาม บราซิล
basic-residence-status = สถานภาพการพำนัก
basic-residence-status-help = กรุณาเลือก “สถานภาพการพำนัก” (在留資格) ตามบัตรผู้พำนัก (在留カード) เจ้าหน้าที่ที่เคาน์เตอร์จะตรวจสอบว่าทำงานใดได้บ้าง
basic-residence-status-choose = เลือกสถานภาพการพำนัก
basic-residence-status-change = เลือกใหม่
basic-residence-status-title = กรุณาเลือกสถานภาพการพำนัก
basic-residence-expiry = ระยะเวลาพำนัก (วันหมดอายุ)
basic-residence-expiry-help = คือ “ระยะเวลาพำนัก (วันหมดอายุ)” ในบัตรผู้พำนัก (在留カード) ผู้พำนักถาวรและผู้พำนักถาวรพิเศษให้เว้นว่างไว้
contact-station = สถานีที่ใกล้ที่สุด
contact-station-help = กรุณาป้อนชื่อสถานีพร้อมคำว่า “駅” (ตัวอย่าง: 新宿駅)
contact-commute = วิธีเดินทางไปทำงาน
contact-commute-help = กรุณาเลือกทุกวิธีที่ใช้ได้
commute-walk = เดิน
commute-bicycle = จักรยาน
commute-motorbike = รถจักรยานยนต์
commute-car = รถยนต์
commute-train = รถไฟ
commute-bus = รถบัส
contact-commute-minutes = เวลาเดินทาง (เที่ยวเดียว)
contact-commute-minutes-help = เดินทางได้ไม่เกินกี่นาที ตัวอย่าง: 30
unit-minutes = นาที
unit-hours = ชั่วโมง
unit-days = วัน
unit-people = คน
work-styles = รูปแบบการทำงาน
work-styles-help = เต็มเวลาหรือไม่เต็มเวลา เลือกทั้งสองอย่างก็ได้
style-full-time = เต็มเวลา
style-part-time = ไม่เต็มเวลา
employment-casual = งานพิเศษ (อารุไบโตะ)
employment-other = อื่นๆ
work-holidays = วันหยุดที่ต้องการ
holiday-weekends = เสาร์ อาทิตย์ และวันหยุดนักขัตฤกษ์
holiday-weekdays = วันธรรมดา
holiday-shifts = ระบบกะ
holiday-any = ไม่ระบุ
work-days-off = วันอื่นที่ต้องการหยุด
work-weekly-hours = ชั่วโมงทำงานต่อสัปดาห์
work-weekly-hours-help = ตัวอย่าง: 40
work-days-per-week = จำนวนวันทำงานต่อสัปดาห์
work-days-per-week-help = ตัวอย่าง: 5
situation-left-on = วันที่ออกจากงาน (วันที่ลาออกจากงานก่อนหน้า)
situation-left-on-help = ป้อนเป็นรัชศกญี่ปุ่นหรือปี ค.ศ. ก็ได้ หากจำไม่ได้ ให้เว้นว่างไว้
situation-leaving-reason = เหตุผลที่ออกจากงาน
leaving-employer = บริษัทเป็นฝ่ายเลิกจ้าง (เลิกจ้าง ล้มละลาย ฯลฯ)
leaving-own = ลาออกเอง
leaving-contract-end = สิ้นสุดสัญญาจ้าง
leaving-retirement = เกษียณอายุ
leaving-other = อื่นๆ
situation-spouse = คู่สมรส
spouse-yes = มี
spouse-no = ไม่มี
spouse-unstated = ไม่ขอตอบ
situation-dependants = จำนวนผู้อยู่ในอุปการะ (ไม่รวมคู่สมรส)
situation-dependants-help = หากไม่มี กรุณาป้อน 0
situation-dependants-unstated = ไม่ขอตอบ
education-department = คณะและสาขาวิชา
education-department-help = ตัวอย่าง: คณะเศรษฐศาสตร์ สาขาเศรษฐศาสตร์
education-completion = จบการศึกษา ลาออกกลางคัน ฯลฯ
completion-graduated = จบการศึกษา
completion-withdrew = ลาออกกลางคัน
completion-enrolled = กำลังศึกษา
completion-expected = คาดว่าจะจบการศึกษา
education-qualification-entry = ใบอนุญาตหรือคุณวุฒิ { $n }
education-qualification-search = ค้นหาจากรายการ (ป้อนชื่อหรือคำอ่าน ตัวอย่าง: かいご)
education-qualification-none-found = ไม่พบในรายการ กรุณาป้อนชื่อในช่องด้านล่าง
education-qualification-chosen = ใบอนุญาตหรือคุณวุฒิที่เลือก
education-qualification-name = หากไม่มีในรายการ ให้ป้อนชื่อ
education-qualification-score = คะแนน
education-qualification-year = ปีที่ได้รับ
education-qualification-year-help = ค.ศ. หรือรัชศกญี่ปุ่น ตัวอย่าง: 2015, 平成27
education-qualification-remove = ลบ
education-qualification-change = เลือกใหม่
education-qualification-max = ป้อนใบอนุญาตและคุณวุฒิได้ไม่เกิน { $max } รายการ รายการอื่นกรุณาแจ้งที่เคาน์เตอร์
history-occupation = ประเภทงาน
history-occupation-choose = เลือกประเภทงาน
history-occupation-change = เลือกใหม่
history-leaving-reason = เหตุผลที่ออกจากงาน
history-max = ป้อนประวัติการทำงานได้ไม่เกิน { $max } รายการ รายการอื่นกรุณาแจ้งที่เคาน์เตอร์
review-commute-minutes = { $minutes } นาที
review-weekly-hours = สัปดาห์ละ { $hours } ชั่วโมง
review-days-per-week = สัปดาห์ละ { $days } วัน
review-dependants = { $n } คน
review-score = คะแนน { $score }
review-year-obtained = ได้รับปี { $year }
review-with-details = { $name } ({ $details })
date-year = ปี
date-month = เดือน
date-day = วันที่

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = กรอกด้วยบัตรมายนัมเบอร์ (マイナンバーカード)
card-start-help = หากท่านมีบัตรมายนัมเบอร์ สามารถอ่านชื่อ ที่อยู่ วันเกิด และเพศจากบัตรได้ แต่บัตรไม่มีคำอ่าน (คาตาคานะ) กรุณาป้อนด้วยตนเอง
card-title = กรอกด้วยบัตรมายนัมเบอร์ (マイナンバーカード)
card-place = กรุณาวางบัตรมายนัมเบอร์บนเครื่องอ่านบัตร แล้วกด “วางแล้ว”
card-place-note = จะอ่านเฉพาะชื่อ ที่อยู่ วันเกิด และเพศเท่านั้น ไม่อ่านหมายเลขประจำตัว (マイナンバー)
card-placed = วางแล้ว
card-pin-lead = กรุณาป้อนรหัส PIN สำหรับช่วยกรอกข้อมูลหน้าบัตร (券面事項入力補助用暗証番号 ตัวเลข 4 หลัก)
card-tries = ป้อนรหัส PIN ได้อีก { $tries } ครั้ง
card-pin-count = ป้อนรหัส PIN แล้ว { $count } หลัก
card-read = อ่านบัตร
card-busy = กำลังอ่าน…
card-cancel = ยกเลิก
card-close = ปิด
card-counter = กรุณาแจ้งเจ้าหน้าที่ที่เคาน์เตอร์ หรือจะกรอกด้วยตนเองต่อไปก็ได้
card-done = อ่านข้อมูลจากบัตรมายนัมเบอร์แล้ว กรุณาตรวจสอบข้อมูล สำหรับคำอ่าน (คาตาคานะ) แตะคำที่แนะนำใต้ช่อง หรือพิมพ์เอง
card-error-no-reader = ไม่พบเครื่องอ่านบัตร กรุณาแจ้งเจ้าหน้าที่ หรือกรอกด้วยตนเอง
card-error-no-card = ไม่พบบัตร กรุณาวางบัตรมายนัมเบอร์บนเครื่องอ่านบัตร
card-error-not-my-number = บัตรนี้ดูเหมือนไม่ใช่บัตรมายนัมเบอร์ (マイナンバーカード) กรุณาวางบัตรมายนัมเบอร์
card-error-removed = บัตรหลุดออกจากเครื่องระหว่างการอ่าน กรุณาวางบัตรไว้บนเครื่องแล้วลองอีกครั้ง
card-error-wrong-pin = รหัส PIN ไม่ถูกต้อง ป้อนได้อีก { $tries } ครั้ง
card-error-last-try = ป้อนรหัส PIN ได้อีกเพียง { $tries } ครั้ง เพื่อไม่ให้บัตรถูกล็อก เครื่องนี้จะไม่ป้อนรหัส
card-error-blocked = รหัส PIN ถูกล็อกแล้ว ท่านปลดล็อกได้ที่สำนักงานเมือง เขต หรือเทศบาลที่ท่านอาศัยอยู่ (市区町村)
card-error-pin-format = รหัส PIN เป็นตัวเลข 4 หลัก
card-error-unreadable = อ่านข้อมูลในบัตรไม่ได้ ขออภัยในความไม่สะดวก กรุณากรอกด้วยตนเอง
card-error-reader = เครื่องอ่านบัตรทำงานไม่ถูกต้อง กรุณาลองอีกครั้ง
review-card-read = ชื่อ ที่อยู่ วันเกิด และเพศ อ่านมาจากบัตรมายนัมเบอร์

## Call staff (every screen)
call-staff = เรียกเจ้าหน้าที่
call-staff-waiting-title = กำลังเรียกเจ้าหน้าที่
call-staff-waiting-body = กำลังเรียกเจ้าหน้าที่ กรุณารอสักครู่จนกว่าการเรียกจะส่งถึง หากส่งไม่ถึง กรุณาสอบถามเจ้าหน้าที่ที่อยู่ใกล้ๆ
call-staff-sent-title = เรียกเจ้าหน้าที่แล้ว
call-staff-sent-body = กรุณารออยู่ที่นี่ ข้อมูลที่ท่านกรอกไว้จะไม่หายไป
call-staff-coming-title = เจ้าหน้าที่กำลังมา
call-staff-coming-body = เจ้าหน้าที่กำลังมา กรุณารออยู่ที่นี่

## The assist layer (staff over the visitor's form)
assist-open = การดำเนินการของเจ้าหน้าที่
assist-pad-title = รหัสเจ้าหน้าที่
assist-pad-lead = เจ้าหน้าที่กรุณาป้อนรหัสของตนเอง ข้อมูลที่กำลังกรอกอยู่จะไม่หายไป
assist-title = เจ้าหน้าที่กำลังดำเนินการ
assist-lead = ข้อมูลที่กำลังกรอกยังคงอยู่ เมื่อเสร็จแล้ว กรุณากด “คืนให้ผู้รับบริการ”
assist-hand-back = คืนให้ผู้รับบริการ
assist-steps = ไปยังหน้าจออื่น
assist-explain = คำอธิบายรายการ
assist-field-required = รายการนี้จำเป็นต้องกรอก
assist-field-optional = รายการนี้ไม่กรอกก็ได้
assist-no-codes = เครื่องนี้ยังไม่ได้รับรหัสเจ้าหน้าที่ กรุณารอสักครู่ หรือติดต่อผู้ดูแลระบบ

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = กำลังพิมพ์ใบรับเรื่อง…
receipt-printed = กรุณารับใบรับเรื่อง
receipt-print-failed = ไม่สามารถพิมพ์ใบรับเรื่องได้ กรุณาแจ้งเจ้าหน้าที่ ท่านดูหมายเลขรับเรื่องได้บนหน้าจอนี้
receipt-print-incomplete = กระดาษหมดระหว่างพิมพ์ ใบรับเรื่องจึงพิมพ์ออกมาไม่ครบ กรุณาแจ้งเจ้าหน้าที่ ท่านดูหมายเลขรับเรื่องได้บนหน้าจอนี้
staff-printer = เครื่องพิมพ์ใบรับเรื่อง
staff-printer-none = ยังไม่ได้ตั้งค่า
staff-printer-ready = พร้อมพิมพ์
staff-printer-near-end = กระดาษใกล้หมด กรุณาเปลี่ยนม้วนกระดาษโดยเร็ว
staff-printer-paper-out = กระดาษหมด กรุณาเปลี่ยนม้วนกระดาษ
staff-printer-cover-open = ฝาเครื่องเปิดอยู่ กรุณาปิดฝา
staff-printer-offline = เครื่องพิมพ์ไม่ตอบสนอง กรุณาตรวจสอบว่าเปิดเครื่องอยู่ และดูไฟแสดงข้อผิดพลาด
staff-printer-unreachable = เชื่อมต่อเครื่องพิมพ์ ({ $address }) ไม่ได้ กรุณาตรวจสอบว่าเปิดเครื่องอยู่ ตรวจสอบสายเคเบิล และค่า printer ในไฟล์ตั้งค่า
