# Messages of the kiosk shell, mostly read by administrators on the console.
config-occupations-ok = { $file } ใช้เป็นการจัดประเภทอาชีพได้ ({ $summary })
config-occupations-bad = ใช้ { $file } เป็นการจัดประเภทอาชีพไม่ได้: { $problem }
config-postcodes-ok = { $file } ใช้เป็นข้อมูลรหัสไปรษณีย์ได้ ({ $source }, { $count } รหัส)
config-postcodes-bad = { $file } ใช้เป็นข้อมูลรหัสไปรษณีย์ไม่ได้: { $problem }
config-ok = ไฟล์การตั้งค่าไม่มีปัญหา
config-unreadable = อ่านไฟล์การตั้งค่า { $path } ไม่ได้ ({ $reason }) กรุณาตรวจสอบพาธและสิทธิ์การอ่าน
config-syntax = ไฟล์การตั้งค่า { $path } เขียนไม่ถูกรูปแบบ { $detail }
config-invalid = คีย์ "{ $key }" ในไฟล์การตั้งค่า { $path } ไม่ถูกต้อง: { $problem } กรุณาแก้ค่าแล้วเริ่มใหม่
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = ผู้ใช้อื่นอ่านหรือเขียนไฟล์การตั้งค่า { $path } ได้ (โหมด { $mode }) ไฟล์นี้มีแฮชของรหัส PIN และเซิร์ฟเวอร์ที่เชื่อถือ คีออสก์จึงจะไม่เริ่มทำงาน กรุณาจำกัดสิทธิ์ด้วย `chmod 0640 { $path }` (หรือ 0600) แล้วเริ่มใหม่
config-staff-pin-plain = ในไฟล์การตั้งค่า { $path } ค่า staff_pin เป็นรหัส PIN ตรงๆ กรุณารัน `madoguchi-kiosk hash-pin` พิมพ์รหัส PIN แล้วนำบรรทัดที่แสดง (ขึ้นต้นด้วย $argon2id$) ไปใส่ใน staff_pin
hash-pin-not-a-pin = รหัส PIN คือตัวเลข 4 ถึง 8 หลัก กรุณารันคำสั่งอีกครั้งแล้วพิมพ์รหัส
hash-pin-failed = สร้างแฮชของรหัส PIN ไม่ได้ กรุณารันคำสั่งอีกครั้ง
enroll-not-pinned = ไม่มีวิธีตรวจสอบเซิร์ฟเวอร์ กรุณาใส่ server_public_key ในไฟล์การตั้งค่า หรือระบุลายนิ้วมือที่ `madoguchi-server keygen` แสดงด้วย `--server-fingerprint`
enroll-key-mismatch = คีย์ของเซิร์ฟเวอร์ไม่ตรงกัน จึงไม่ได้ลงทะเบียนคีออสก์ คีย์ที่คาดไว้: { $expected } คีย์ที่เซิร์ฟเวอร์ส่งมา: { $answered } กรุณาตรวจสอบ URL และคีย์ของเซิร์ฟเวอร์ อาจมีผู้อื่นแทรกอยู่ระหว่างคีออสก์กับเซิร์ฟเวอร์
enroll-bad-fingerprint = “{ $typed }” ไม่ใช่ลายนิ้วมือ กรุณาพิมพ์ตัวอักษร 8 กลุ่ม กลุ่มละ 4 ตัว ตามที่ `madoguchi-server keygen` แสดง (เช่น 3f2a-9c1e-…)
enroll-insecure = { $url } ไม่ใช่ https:// จึงไม่ได้ลงทะเบียนคีออสก์ เพราะโทเค็นจะถูกส่งโดยไม่เข้ารหัส กรุณาใช้ URL แบบ https:// (http:// ใช้ได้เฉพาะเมื่อ demo = true)
enroll-code-unreadable = อ่านรหัสลงทะเบียนจาก { $path } ไม่ได้ ({ $reason })
enroll-code-empty = รหัสลงทะเบียนว่างอยู่ กรุณาใส่รหัสในไฟล์ที่ระบุด้วย `--code-file` หรือทางอินพุตมาตรฐาน

kiosk-start-failed = เริ่มคีออสก์ไม่ได้: { $detail }
submit-invalid = มีบางรายการที่ต้องตรวจสอบ กรุณาแก้ไขรายการที่มีเครื่องหมายสีแดง
submit-not-ready = เครื่องนี้ยังไม่พร้อมรับใบสมัคร กรุณาติดต่อเจ้าหน้าที่
submit-storage-failed = บันทึกใบสมัครไม่ได้ กรุณาติดต่อเจ้าหน้าที่ ข้อมูลของท่านยังไม่ได้ถูกส่งไป
survey-invalid = บันทึกคำตอบแบบสอบถามไม่ได้
wipe-failed = รีเซ็ตหน้าจอไม่สำเร็จ กรุณาติดต่อเจ้าหน้าที่
enroll-ok = ลงทะเบียนคีออสก์นี้กับเซิร์ฟเวอร์แล้ว (รหัสสำนักงาน { $office }) เริ่มคีออสก์ใหม่เพื่อเริ่มรับใบสมัคร
fleet-config-keeps = การตั้งค่าที่ได้รับเปลี่ยน { $key } แต่ { $key } ของคีออสก์นี้เปลี่ยนไม่ได้ คีออสก์จึงทำงานต่อด้วยการตั้งค่าปัจจุบัน กรุณาเปลี่ยน { $key } กลับเป็นค่าปัจจุบันแล้วส่งใหม่
provision-no-source = ไม่พบโฟลเดอร์สำหรับเตรียมเครื่อง (โฟลเดอร์ madoguchi ที่มี kiosk.toml) ตำแหน่งที่ค้นหาแล้ว: { $searched } กรุณาใส่โฟลเดอร์ไว้ในแฟลชไดรฟ์ USB หรือพาร์ทิชันบูต แล้วเริ่มเครื่องใหม่
provision-write-failed = เขียน { $path } ไม่ได้ ({ $reason })
provision-ok = ติดตั้งการตั้งค่าจาก { $source } แล้ว (คีออสก์ { $kiosk })
enroll-failed = ลงทะเบียนคีออสก์ไม่ได้: { $detail } กรุณาตรวจสอบว่ารหัสลงทะเบียนยังไม่หมดอายุและ URL ของเซิร์ฟเวอร์ถูกต้อง หากจำเป็นให้ออกรหัสใหม่ด้วย `madoguchi-server kiosk add`
sync-not-enrolled = คีออสก์นี้ยังไม่ได้ลงทะเบียนกับเซิร์ฟเวอร์ กรุณาลงทะเบียนด้วย `madoguchi-kiosk enroll --server URL --code-file FILE`
sync-done = ส่งแล้ว { $delivered } รายการ ยังไม่ได้ส่ง { $queued } รายการ เซิร์ฟเวอร์ปฏิเสธ { $refused } รายการ
staff-disabled = คีออสก์นี้ไม่ได้ตั้งค่าโหมดเจ้าหน้าที่ (staff_pin ในไฟล์การตั้งค่า)
staff-wrong-pin = รหัส PIN ไม่ถูกต้อง
kanji-unavailable = ขณะนี้ใช้การป้อนคันจิ (เขียนด้วยมือและ 変換) ไม่ได้ กรุณาพิมพ์เป็นคาตาคานะ หรือติดต่อเจ้าหน้าที่

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = ใบรับเรื่องการสมัครหางาน
receipt-slip-number = หมายเลขรับเรื่อง (受付番号)
receipt-slip-date = วันที่รับเรื่อง
receipt-slip-counter = กรุณาแสดงใบนี้ที่เคาน์เตอร์ และแจ้งหมายเลขรับเรื่องแก่เจ้าหน้าที่
receipt-slip-qr = สแกนคิวอาร์โค้ดด้วยสมาร์ทโฟนเพื่อทำการสมัครต่อ
receipt-slip-keep = กรุณาเก็บใบนี้ไว้จนกว่าขั้นตอนจะเสร็จสิ้น
