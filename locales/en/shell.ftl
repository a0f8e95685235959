# Messages of the kiosk shell, mostly read by administrators on the console.
config-occupations-ok = { $file } is a usable occupation classification ({ $summary }).
config-occupations-bad = { $file } cannot be used as the occupation classification: { $problem }
config-postcodes-ok = { $file } is a usable postcode book ({ $source }, { $count } codes).
config-postcodes-bad = { $file } cannot be used as the postcode book: { $problem }
config-ok = The configuration file is valid.
config-unreadable = Cannot read the configuration file { $path } ({ $reason }). Check the path and read permission.
config-syntax = The configuration file { $path } is not well formed. { $detail }
config-invalid = In the configuration file { $path }, key "{ $key }" is wrong: { $problem }. Fix the value and start again.
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = The configuration file { $path } is open to other users (mode { $mode }). It holds the staff PIN's hash and names the server to trust, so the kiosk will not start. Restrict it with `chmod 0640 { $path }` (or 0600) and start again.
config-staff-pin-plain = In the configuration file { $path }, staff_pin holds the PIN itself. Run `madoguchi-kiosk hash-pin`, type the PIN, and put the line it prints (starting with $argon2id$) in staff_pin.
hash-pin-not-a-pin = A staff PIN is 4 to 8 digits. Run the command again and type one.
hash-pin-failed = The PIN could not be hashed. Please run the command again.
enroll-not-pinned = There is no way to check the server: set server_public_key in the configuration file, or give the fingerprint `madoguchi-server keygen` printed with `--server-fingerprint`.
enroll-key-mismatch = The server answered with a different key, so the kiosk was not enrolled. Expected key: { $expected }; the server's key: { $answered }. Check the server URL and key: someone may be standing between this kiosk and the server.
enroll-bad-fingerprint = “{ $typed }” is not a fingerprint. Type the eight groups of four characters `madoguchi-server keygen` printed (e.g. 3f2a-9c1e-…).
enroll-insecure = { $url } is not https://, so the kiosk was not enrolled: its token would travel unencrypted. Give an https:// URL (plain http:// works only with demo = true).
enroll-code-unreadable = Cannot read the enrolment code from { $path } ({ $reason }).
enroll-code-empty = The enrolment code is empty. Put it in the file given with `--code-file`, or on standard input.

kiosk-start-failed = The kiosk cannot start: { $detail }
submit-invalid = Some answers need checking. Please correct the items marked in red.
submit-not-ready = This kiosk is not ready to take applications yet. Please ask a member of staff.
submit-storage-failed = Your application could not be saved. Please ask a member of staff; nothing has been sent yet.
survey-invalid = Your answer to the survey could not be recorded.
wipe-failed = The screen could not be reset. Please ask a member of staff.
enroll-ok = This kiosk is now enrolled with its server (office { $office }). Restart the kiosk to take applications.
fleet-config-keeps = The configuration sent changes { $key }, which a kiosk keeps for life, so the kiosk goes on with its current one. Put back its current { $key } and send it again.
provision-no-source = No provisioning folder (a madoguchi folder holding kiosk.toml) was found. Looked in: { $searched }. Put it on a USB stick or the boot partition and start again.
provision-write-failed = Cannot write { $path } ({ $reason }).
provision-ok = The configuration from { $source } is installed (kiosk { $kiosk }).
enroll-failed = The kiosk could not be enrolled: { $detail }. Check the code has not expired and the server URL is right; if needed, issue a new code with `madoguchi-server kiosk add`.
sync-not-enrolled = This kiosk is not enrolled with a server yet. Enrol it with `madoguchi-kiosk enroll --server URL --code-file FILE`.
sync-done = Delivered { $delivered }. Still queued { $queued }, refused by the server { $refused }.
staff-disabled = Staff mode is not set up on this kiosk (staff_pin in the configuration file).
staff-wrong-pin = Wrong PIN.
kanji-unavailable = Kanji input (writing and 変換) is not available right now. Please type in katakana or ask a member of staff.

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = Job application: your receipt
receipt-slip-number = Receipt number (受付番号)
receipt-slip-date = Date
receipt-slip-counter = Please show this receipt at the counter and tell the staff your receipt number.
receipt-slip-qr = Scan the QR code with your smartphone to continue your application there.
receipt-slip-keep = Please keep this receipt until your application is complete.
