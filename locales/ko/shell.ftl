# Messages of the kiosk itself (the shell), mostly read by the administrator on the console.
config-occupations-ok = { $file }: 직업 분류로 사용할 수 있습니다({ $summary }).
config-occupations-bad = { $file }은(는) 직업 분류로 사용할 수 없습니다: { $problem }
config-postcodes-ok = { $file }: 우편번호 데이터로 사용할 수 있습니다({ $source }, { $count }건).
config-postcodes-bad = { $file }은(는) 우편번호 데이터로 사용할 수 없습니다: { $problem }
config-ok = 설정 파일에 문제가 없습니다.
config-unreadable = 설정 파일 { $path }을(를) 읽을 수 없습니다({ $reason }). 경로와 읽기 권한을 확인해 주십시오.
config-syntax = 설정 파일 { $path }의 작성 방법에 오류가 있습니다. { $detail }
config-invalid = 설정 파일 { $path }의 키 「{ $key }」가 올바르지 않습니다: { $problem }. 값을 고친 다음 다시 시작해 주십시오.
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = 설정 파일 { $path }을(를) 다른 사용자가 읽거나 쓸 수 있는 상태입니다(모드 { $mode }). 비밀번호의 해시와 접속 대상이 적혀 있으므로 시작하지 않습니다. `chmod 0640 { $path }`(또는 0600)로 권한을 좁힌 다음 다시 시작해 주십시오.
config-staff-pin-plain = 설정 파일 { $path }의 staff_pin에 비밀번호가 그대로 적혀 있습니다. `madoguchi-kiosk hash-pin`을 실행하여 비밀번호를 입력하고, 표시된 줄($argon2id$로 시작)을 staff_pin에 적어 주십시오.
hash-pin-not-a-pin = 비밀번호는 4~8자리 숫자입니다. 다시 실행하여 입력해 주십시오.
hash-pin-failed = 비밀번호의 해시를 만들 수 없었습니다. 다시 실행해 주십시오.
enroll-not-pinned = 등록할 서버를 확인할 방법이 없습니다. 설정 파일에 server_public_key를 적거나, `madoguchi-server keygen`이 표시한 지문을 `--server-fingerprint`로 지정해 주십시오.
enroll-key-mismatch = 서버의 키가 달라서 등록하지 않았습니다. 예상한 키: { $expected }, 서버가 보낸 키: { $answered }. 서버 URL과 키를 확인해 주십시오. 접속 도중에 다른 서버로 바뀌었을 가능성이 있습니다.
enroll-bad-fingerprint = 「{ $typed }」는 지문 형식이 아닙니다. `madoguchi-server keygen`이 표시한, 4자리씩 8묶음의 영숫자(예: 3f2a-9c1e-…)를 입력해 주십시오.
enroll-insecure = { $url }은(는) https://가 아니므로 등록하지 않았습니다. 단말기 등록용 토큰이 암호화되지 않고 전송됩니다. https:// URL을 지정해 주십시오(http://는 데모 설정 demo = true일 때만 쓸 수 있습니다).
enroll-code-unreadable = 등록 코드를 { $path }에서 읽을 수 없습니다({ $reason }).
enroll-code-empty = 등록 코드가 비어 있습니다. `--code-file`의 파일이나 표준 입력에 등록 코드를 적어 주십시오.

kiosk-start-failed = 키오스크를 시작할 수 없습니다: { $detail }
submit-invalid = 입력 내용 중에 확인이 필요한 항목이 있습니다. 빨갛게 표시된 항목을 고쳐 주십시오.
submit-not-ready = 이 단말기는 준비 중이어서 신청을 접수할 수 없습니다. 직원에게 말씀해 주십시오.
submit-storage-failed = 신청을 저장할 수 없었습니다. 번거로우시겠지만 직원에게 말씀해 주십시오. 입력한 내용은 아직 보내지지 않았습니다.
survey-invalid = 설문 답변을 기록할 수 없었습니다.
wipe-failed = 화면 초기화에 실패했습니다. 직원에게 말씀해 주십시오.
enroll-ok = 이 단말기를 서버에 등록했습니다(안정소 번호 { $office }). 키오스크를 다시 시작하면 신청을 접수합니다.
fleet-config-keeps = 전송된 설정이 { $key }을(를) 바꾸고 있습니다. 이 단말기의 { $key }은(는) 바꿀 수 없으므로 현재 설정대로 동작합니다. { $key }을(를) 현재 값으로 되돌려 다시 보내 주십시오.
provision-no-source = 프로비저닝용 폴더(kiosk.toml이 들어 있는 madoguchi 폴더)를 찾을 수 없습니다. 찾아본 곳: { $searched }. USB 메모리나 부팅 파티션에 넣고 다시 시작해 주십시오.
provision-write-failed = { $path }에 쓸 수 없습니다({ $reason }).
provision-ok = { $source }의 설정을 설치했습니다(단말기 { $kiosk }).
enroll-failed = 단말기를 등록할 수 없었습니다: { $detail }. 등록 코드의 유효 기간과 서버 URL을 확인하고, 필요하면 `madoguchi-server kiosk add`로 새 코드를 발급해 주십시오.
sync-not-enrolled = 이 단말기는 아직 서버에 등록되지 않았습니다. `madoguchi-kiosk enroll --server URL --code-file FILE`로 등록해 주십시오.
sync-done = 전송했습니다: { $delivered }건. 미전송 { $queued }건, 접수 거부 { $refused }건.
staff-disabled = 이 단말기에는 직원 모드가 설정되어 있지 않습니다(설정 파일의 staff_pin).
staff-wrong-pin = 비밀번호가 틀립니다.
kanji-unavailable = 지금은 한자 입력(손글씨·변환)을 쓸 수 없습니다. 가타카나로 입력하시거나 직원에게 말씀해 주십시오.

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = 구직 신청 접수증
receipt-slip-number = 접수번호(受付番号)
receipt-slip-date = 접수일
receipt-slip-counter = 창구에서 이 접수증을 보여 주시고 접수번호를 알려 주십시오.
receipt-slip-qr = 스마트폰으로 QR 코드를 읽으면 신청을 이어서 할 수 있습니다.
receipt-slip-keep = 절차가 끝날 때까지 이 접수증을 버리지 말고 보관해 주십시오.
