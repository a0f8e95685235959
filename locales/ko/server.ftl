# Texts of the office server: phone pages, counter pages, mails and the API's error codes.
# All ids start with srv- (so that they never clash with ids of the other files).

## Common

srv-site-name = 헬로워크 창구

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = { $year }년 { $month }월 { $day }일
srv-month-1 = 1월
srv-month-2 = 2월
srv-month-3 = 3월
srv-month-4 = 4월
srv-month-5 = 5월
srv-month-6 = 6월
srv-month-7 = 7월
srv-month-8 = 8월
srv-month-9 = 9월
srv-month-10 = 10월
srv-month-11 = 11월
srv-month-12 = 12월
srv-skip-to-content = 본문으로 이동
srv-language-nav = 표시 언어
srv-form-errors = 입력 내용을 확인해 주십시오
srv-required = ※필수
srv-optional = ※선택
srv-unselected = 선택 안 함
srv-value-none = (없음)
srv-save = 저장하기
srv-cancel = 취소
srv-reload = 다시 불러오기
srv-sign-in = 로그인
srv-sign-out = 로그아웃
srv-sign-in-failed = 이메일 주소 또는 비밀번호가 틀립니다.

## Error pages

srv-error-not-found-title = 페이지를 찾을 수 없습니다
srv-error-not-found = 찾으시는 페이지를 찾지 못했습니다. URL을 확인해 주십시오. QR 코드로 여신 경우에는 다시 읽어 주십시오.
srv-error-forbidden-title = 이 조작은 할 수 없습니다
srv-error-forbidden = 이 화면을 표시할 권한이 없거나 화면의 유효 기간이 지났습니다. 이전 화면으로 돌아가서 다시 시도해 주십시오.
srv-error-bad-request-title = 입력 내용을 접수할 수 없습니다
srv-error-bad-request = 보내신 내용을 읽을 수 없었습니다. 이전 화면으로 돌아가서 다시 입력해 주십시오.
srv-error-rate-limited-title = 잠시 기다려 주십시오
srv-error-rate-limited = 짧은 시간에 조작이 몰렸습니다. 잠시 후에 다시 시도해 주십시오.
srv-error-internal-title = 문제가 발생했습니다
srv-error-internal = 서버에서 문제가 발생했습니다. 잠시 후에 다시 시도해 주십시오. 해결되지 않으면 헬로워크 창구에 문의해 주십시오.

## Fields of an application

srv-field-receipt = 접수번호(受付番号)
srv-field-status = 상황
srv-field-name = 성명
srv-name-kana-only = (가타카나로 입력)
srv-field-identity-source = 본인 정보 입력
srv-identity-from-card = 마이넘버 카드에서 읽음(본인 확인 전)
srv-card-read = (카드에서 읽음)
srv-card-changed = (카드에서 읽은 후 변경)
srv-field-kana = 후리가나
srv-field-birth-date = 생년월일
srv-field-sex = 성별
srv-field-address = 주소
srv-field-street = 번지
srv-field-building = 건물 이름·호실
srv-field-phone = 전화번호
srv-field-email = 이메일 주소
srv-field-occupations = 희망 직종
srv-field-occupation-n = 희망 직종(제{ $n }희망)
srv-field-employment-types = 희망 고용 형태
srv-field-wage = 희망 임금
srv-field-work-locations = 희망 근무지
srv-field-hours = 희망 근무 시간
srv-field-now = 현재 상황
srv-field-insurance = 고용보험(雇用保険) 수급 예정
srv-field-education = 최종 학력
srv-field-qualifications = 면허·자격
srv-field-work-history = 경력
srv-field-my-page = My Page(求職者マイページ)
srv-field-job-seeker-number = 구직번호
srv-field-return-reason = 사유:

srv-sex-female = 여성
srv-sex-male = 남성
srv-sex-unstated = 답하지 않음
srv-employment-full-time = 정규직
srv-employment-part-time = 파트타이머
srv-employment-dispatch = 파견
srv-employment-contract = 계약직
srv-wage-monthly = 월급 { $amount }엔 이상
srv-wage-hourly = 시급 { $amount }엔 이상
srv-wage-kind-monthly = 월급
srv-wage-kind-hourly = 시급
srv-wage-amount = 금액(엔, 이상)
srv-now-employed = 재직 중
srv-now-not-employed = 퇴직 후(구직 중)
srv-now-student = 학생
srv-insurance-yes = 수급 예정 있음
srv-insurance-no = 수급 예정 없음
srv-insurance-unsure = 모르겠음
srv-education-junior-high = 중학교
srv-education-high-school = 고등학교
srv-education-vocational = 전수학교·각종학교
srv-education-junior-college = 단기대학·고등전문학교
srv-education-university = 대학교
srv-education-graduate = 대학원
srv-education-other = 기타
srv-my-page-wanted = 개설 희망
srv-my-page-not-wanted = 개설 희망 안 함

srv-status-provisional = 임시 접수
srv-status-accepted = 수리 완료
srv-status-returned = 반려

## Phone: the QR code's page

srv-continue-title = 구직 신청(求職申込み) 이어서 하기
srv-continue-lead = 로비 단말기에서 하신 신청을 접수했습니다. 이 화면에서 My Page(求職者マイページ)를 개설할 수 있습니다.
srv-received-title = 접수한 내용
srv-received-wrong = 내용에 잘못이 있으면 창구에 말씀해 주십시오.
srv-on-its-way-title = 지금 전송 중입니다
srv-on-its-way = 신청 내용은 로비 단말기에서 헬로워크로 보내지고 있는 중입니다.
srv-on-its-way-refresh = 이 화면은 자동으로 새로 고쳐집니다. 그대로 기다려 주십시오.
srv-on-its-way-help = 한참 지나도 바뀌지 않으면 접수번호(受付番号)를 창구에 알려 주십시오.
srv-expired-title = 이 QR 코드는 유효 기간이 지났습니다
srv-expired = QR 코드의 유효 기간이 지났습니다. 신청 내용 확인과 My Page(求職者マイページ) 개설은 헬로워크 창구에서 안내해 드립니다. 접수번호(受付番号)를 알려 주십시오.
srv-spent-title = My Page는 이미 개설되었습니다
srv-spent = 이 QR 코드로는 이미 비밀번호가 설정되어 있습니다. 이메일 주소와 비밀번호로 로그인해 주십시오.
srv-my-page-open-title = My Page(求職者マイページ) 개설하기
srv-no-email = 신청에 이메일 주소가 없어서 여기에서는 개설할 수 없습니다. 창구에서 직원이 도와 드립니다.
srv-code-send = 확인 코드 보내기
srv-code-resend = 확인 코드 다시 보내기
srv-code-sent = 확인 코드를 보냈습니다. 이메일을 확인해 주십시오. 도착하지 않으면 스팸 메일함도 확인해 주십시오.
srv-code-label = 확인 코드(6자리 숫자)
srv-code-help = 이메일에 적힌 6자리 숫자를 입력해 주십시오.
srv-code-submit = 확인하기
srv-code-wrong = 확인 코드가 틀립니다. 앞으로 { $remaining }번 입력할 수 있습니다.
srv-code-need-new = 확인 코드의 유효 기간이 지났거나 입력 횟수가 한도에 이르렀습니다. 새 확인 코드를 보내 주십시오.
srv-code-send-failed = 확인 코드 메일을 보낼 수 없었습니다. 잠시 후에 다시 시도해 주십시오.
srv-code-send-limited = 확인 코드를 연속으로 보낼 수는 없습니다. 약 { $minutes }분 후에 다시 시도해 주십시오.
srv-email-verified = 이메일 주소({ $email })를 확인했습니다. 다음으로 My Page의 비밀번호를 정해 주십시오.

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = 로비 단말기에서 하신 신청을 접수했습니다. 본인임을 확인한 다음 신청 내용 확인과 My Page(求職者マイページ) 개설을 할 수 있습니다.
srv-proof-title = 본인 확인
srv-proof-email = 신청할 때 입력하신 이메일 주소로 6자리 확인 코드를 보냅니다. 확인될 때까지 이 화면에는 성명 등을 표시하지 않습니다.
srv-proof-email-help = 이메일이 도착하지 않거나 이메일 주소를 잘못 입력하신 경우에는 접수번호(受付番号)를 창구에 알려 주십시오.
srv-proof-birth = 신청에 이메일 주소가 없어서 생년월일로 확인합니다. 확인될 때까지 이 화면에는 성명 등을 표시하지 않습니다.
srv-birth-label = 생년월일
srv-birth-help = 예: 1990年7月15日, 平成2年7月15日, 1990/7/15
srv-birth-submit = 확인하기
srv-birth-unreadable = 생년월일로 읽을 수 없었습니다. 예처럼 년·월·일을 입력해 주십시오.
srv-birth-wrong = 생년월일이 신청 내용과 일치하지 않습니다. 앞으로 { $remaining }번 입력할 수 있습니다.
srv-birth-locked = 생년월일 입력이 한도에 이르러 이 화면에서는 더 이상 확인할 수 없습니다. 접수번호(受付番号)를 창구에 알려 주십시오.
srv-proof-bound-time = 이 화면은 확인한 이 브라우저에서만 30분 동안 쓸 수 있습니다.

srv-password-label = 비밀번호
srv-password-help = { $min }자 이상으로 설정해 주십시오({ $suggested }자 이상을 권장합니다). 문자 종류의 규칙은 없습니다. 띄어쓰기나 한글도 쓸 수 있습니다. 흔히 쓰이는 비밀번호는 쓸 수 없습니다.
srv-password-confirm-label = 비밀번호(확인을 위해 한 번 더)
srv-password-submit = 비밀번호를 설정하고 개설하기
srv-password-too-short = 비밀번호는 { $min }자 이상으로 해 주십시오.
srv-password-too-long = 비밀번호는 { $max }자 이내로 해 주십시오.
srv-password-common = 이 비밀번호는 흔히 쓰여서 추측되기 쉬우므로 쓸 수 없습니다. 다른 것으로 해 주십시오.
srv-password-personal = 이메일 주소 등 본인의 정보가 들어간 비밀번호는 쓸 수 없습니다.
srv-password-mismatch = 확인을 위해 입력한 비밀번호가 일치하지 않습니다.

## Mails

srv-mail-code-subject = 【헬로워크】확인 코드 안내
srv-mail-code-body =
    확인 코드: { $code }

    헬로워크 로비 단말기에서 신청하신 My Page(求職者マイページ) 개설을 위한 확인 코드입니다.
    스마트폰 화면에 이 6자리 숫자를 입력해 주십시오. 유효 기간은 { $minutes }분입니다.

    짐작 가는 일이 없으시면 이 메일을 삭제해 주십시오.

srv-mail-change-code-subject = 【헬로워크】이메일 주소 변경 확인 코드
srv-mail-change-code-body =
    확인 코드: { $code }

    My Page(求職者マイページ)의 이메일 주소를 이 주소로 변경하기 위한 확인 코드입니다.
    My Page 화면에 이 6자리 숫자를 입력해 주십시오. 유효 기간은 { $minutes }분입니다.

    짐작 가는 일이 없으시면 이 메일을 삭제해 주십시오. 이메일 주소는 바뀌지 않습니다.
srv-mail-email-changed-subject = 【헬로워크】이메일 주소를 변경했습니다
srv-mail-email-changed-body =
    My Page(求職者マイページ)의 이메일 주소가 { $email }(으)로 변경되었습니다.
    다음부터는 새 주소로 로그인합니다. 이 주소로는 안내가 오지 않게 됩니다.

    짐작 가는 일이 없으시면 바로 헬로워크 창구에 연락해 주십시오.

## My Page

srv-my-title = My Page(求職者マイページ)
srv-my-nav = My Page 메뉴
srv-my-signin-title = My Page(求職者マイページ)에 로그인
srv-my-signin-help = 비밀번호를 잊으셨으면 헬로워크 창구에 문의해 주십시오.
srv-my-status-title = 신청 상황
srv-my-status-provisional = 임시 접수 상태입니다. 헬로워크 창구에서 본인 확인을 받으면 수리되어 구직번호가 발급됩니다.
srv-my-status-accepted = 창구에서 수리되었습니다. 구직번호는 헬로워크 카드에도 적힙니다.
srv-my-status-returned = 창구에서 신청이 반려되었습니다. 내용을 확인하신 다음 창구에 상담해 주십시오.
srv-my-registration-title = 등록 내용
srv-my-saved = 변경 내용을 저장했습니다.
srv-my-edit-title = 등록 내용 변경
srv-my-edit-lead = 연락처와 희망하는 일을 변경할 수 있습니다. 이사하셨으면 우편번호와 번지를 바꿔 주십시오.
srv-my-edit-contact = 연락처
srv-field-postcode = 우편번호
srv-field-town = 동네(町域)
srv-my-email-title = 이메일 주소 변경
srv-my-email-lead = 이메일 주소는 My Page 로그인에도 씁니다. 새 주소로 확인 코드를 보내고, 받은 코드를 입력하면 변경됩니다. 그때까지는 지금의 주소로 로그인할 수 있습니다.
srv-my-email-now = 지금의 이메일 주소
srv-field-new-email = 새 이메일 주소
srv-my-email-new-title = 새 주소 등록하기
srv-field-current-password = 지금의 비밀번호
srv-my-email-password-help = 본인 확인을 위해 My Page(求職者マイページ)의 비밀번호를 입력해 주십시오.
srv-my-email-password-wrong = 비밀번호가 틀립니다. My Page에 로그인할 때의 비밀번호를 입력해 주십시오.
srv-my-email-code-title = 확인 코드 입력
srv-my-email-code-lead = { $email }(으)로 보낸 6자리 확인 코드를 입력해 주십시오.
srv-my-email-confirm = 변경하기
srv-my-email-same = 지금과 같은 이메일 주소입니다. 변경하시려면 새 주소를 입력해 주십시오.
srv-my-email-changed = 이메일 주소를 { $email }(으)로 변경했습니다. 다음부터는 이 주소로 로그인해 주십시오.
srv-my-edit-postcode-hint = 7자리 숫자. 도도부현·시구정촌·동네는 우편번호로 들어갑니다.
srv-my-edit-town-choose = 이 우편번호에는 동네가 여러 개 있습니다. 사시는 동네를 선택해 주십시오.
srv-my-edit-work = 희망하는 일
srv-my-edit-disclosure = 구직 정보 제공과 연락 방법
srv-my-edit-self-pr = 자기 PR·특기 사항

## Trust (slice B): changes of name, date of birth and address after acceptance, and their record

srv-sign-in-form-expired = 로그인 화면의 유효 기간이 지났거나 이 사이트의 화면이 아닙니다. 다시 로그인해 주십시오.
srv-my-edit-person = 성명과 생년월일
srv-my-edit-checked-note = 창구에서 수리된 후에는 성명·생년월일·주소의 변경은 창구 직원이 확인한 다음 반영됩니다.
srv-field-family-name = 성
srv-field-given-name = 이름
srv-field-family-kana = 후리가나(성)
srv-field-given-kana = 후리가나(이름)
srv-birth-calendar = 달력
srv-birth-year = 년
srv-birth-month = 월
srv-birth-day = 일
srv-calendar-western = 서기
srv-calendar-meiji = 메이지(明治)
srv-calendar-taisho = 다이쇼(大正)
srv-calendar-showa = 쇼와(昭和)
srv-calendar-heisei = 헤이세이(平成)
srv-calendar-reiwa = 레이와(令和)
srv-my-change-sent = 다른 변경 내용은 저장했습니다. 성명·생년월일·주소의 변경은 창구로 보냈습니다. 직원이 확인하면 반영됩니다.
srv-my-change-pending-title = 창구에서 확인 중인 변경
srv-my-change-pending-lead = 다음 변경은 창구 직원이 확인하면 반영됩니다.
srv-change-pending-title = 확인 대기 중인 변경
srv-change-pending-lead = 수리 후에 구직자가 My Page에서 변경했습니다. 내용을 (필요하면 본인 확인 서류로) 확인하고 반영할지 말지 정해 주십시오.
srv-change-old = 변경 전
srv-change-new = 변경 후(신청)
srv-change-when = 일시
srv-change-who = 변경한 사람
srv-change-action = 내용
srv-change-field = 항목
srv-change-accept = 변경 반영하기
srv-change-refuse = 변경 반영하지 않기
srv-change-already-decided = 이 변경은 이미 처리되었습니다.
srv-change-audit-title = 변경 기록
srv-change-audit-none = 성명·생년월일·주소의 변경은 없습니다.
srv-change-by-visitor = 구직자(My Page)
srv-change-action-applied = 변경
srv-change-action-requested = 신청
srv-change-action-accepted = 반영
srv-change-action-refused = 반영 안 함

## API error codes (used on the kiosk's screens and in records)

srv-problem-malformed-json = 보낸 내용을 JSON으로 읽을 수 없습니다.
srv-problem-invalid-body = 보낸 내용의 항목이 올바르지 않습니다.
srv-problem-body-too-large = 보낸 내용이 너무 큽니다.
srv-problem-unsupported-media-type = 보낸 내용의 형식이 다릅니다(application/json이 필요합니다).
srv-problem-unauthorized = 단말기 인증에 실패했습니다. 단말기 등록을 다시 해 주십시오.
srv-problem-idempotency-key-invalid = 전송 식별 키가 올바르지 않습니다.
srv-problem-idempotency-conflict = 같은 식별 키로 다른 내용이 보내졌습니다.
srv-problem-envelope-malformed = 봉인된 신청 데이터의 형식이 올바르지 않습니다.
srv-problem-envelope-version-unknown = 봉인된 신청 데이터의 버전을 알 수 없습니다. 단말기의 소프트웨어를 확인해 주십시오.
srv-problem-envelope-unopenable = 신청 데이터를 열 수 없습니다. 서버의 키와 단말기 등록을 확인해 주십시오.
srv-problem-envelope-payload-invalid = 신청 데이터의 내용이 올바르지 않습니다.
srv-problem-identifiers-invalid = 접수번호·QR 코드·전송 시각 중 하나가 올바르지 않습니다.
srv-problem-office-mismatch = 신청 데이터의 안정소 번호가 단말기 등록과 맞지 않습니다.
srv-problem-continuation-token-taken = 이 QR 코드는 다른 신청에서 이미 사용되었습니다.
srv-problem-enrolment-code-invalid = 등록 코드가 틀리거나, 이미 사용되었거나, 유효 기간이 지났습니다.
srv-problem-kiosk-id-invalid = 단말기 ID가 올바르지 않습니다(영숫자와 . _ -로 64자까지).
srv-problem-kiosk-id-taken = 이 단말기 ID는 다른 안정소에 등록되어 있습니다.
srv-problem-survey-invalid = 설문 답변이 범위를 벗어났습니다.
srv-problem-heartbeat-invalid = 가동 보고 내용이 범위를 벗어났습니다.
srv-problem-not-found = 찾을 수 없습니다.
srv-problem-method-not-allowed = 이 조작은 할 수 없습니다.
srv-problem-rate-limited = 요청이 너무 많습니다. 잠시 기다린 다음 다시 보내 주십시오.
srv-problem-unavailable = 데이터베이스에 접속할 수 없습니다.
srv-problem-internal = 서버에서 문제가 생겼습니다. 잠시 후에 다시 시도해 주십시오.

## Counter pages

srv-counter-nav = 창구 메뉴
srv-counter-title = 오늘의 신청
srv-counter-signin-title = 직원 로그인
srv-counter-login = 로그인 ID
srv-counter-sign-in-failed = 로그인 ID 또는 비밀번호가 틀립니다.
srv-role-admin = 관리자
srv-role-staff = 직원
srv-counter-office = 안정소
srv-counter-all-offices = 모든 안정소
srv-counter-no-offices = 등록된 안정소가 없습니다. `madoguchi-server kiosk add`로 등록해 주십시오.
srv-counter-date = 접수일
srv-counter-search = 표시하기
srv-counter-receipt-invalid = 접수번호는 6자입니다(숫자 0·1·2·5·6·8은 쓰이지 않습니다). 다시 확인해 주십시오.
srv-counter-results-day = { $date }의 신청({ $count }건)
srv-counter-results-receipt = 접수번호 { $receipt }의 신청
srv-counter-office-caption = 안정소 번호 { $office }
srv-counter-none = 해당하는 신청이 없습니다.
srv-counter-received-at = 접수 일시
srv-counter-findings = 확인 필요
srv-counter-back = 목록으로 돌아가기
srv-counter-application-page = 접수번호 { $receipt }
srv-counter-application-title = 신청 내용
srv-counter-visitor-language = 신청 언어
srv-counter-my-page = My Page
srv-counter-my-page-open = 개설됨
srv-counter-my-page-not-open = 미개설
srv-counter-birth-calendar = 생년월일은 { $calendar }(으)로 입력되었습니다.
srv-counter-findings-title = 창구에서 확인이 필요한 항목
srv-counter-findings-lead = 단말기 입력에 다음 사항이 있었습니다. 본인과 확인해 주십시오.
srv-counter-identity-title = 본인 확인
srv-counter-identity-document = 확인한 서류
srv-counter-identity-submit = 본인 확인 기록하기
srv-counter-identity-done = { $time }에 { $by }이(가) { $document }(으)로 본인 확인했습니다.
srv-counter-identity-invalid = 확인한 서류를 선택해 주십시오.
srv-counter-decision-title = 수리·반려
srv-counter-accept-lead = 수리하면 구직번호가 발급됩니다. 발급한 번호는 취소할 수 없습니다.
srv-counter-accept = 수리하고 구직번호 발급하기
srv-counter-accept-needs-identity = 수리하기 전에 본인 확인을 기록해 주십시오.
srv-counter-already-decided = 이 신청은 이미 수리 또는 반려되었습니다.
srv-counter-return-reason = 반려 사유
srv-counter-return-help = 본인의 My Page에 표시됩니다.
srv-counter-return = 반려하기
srv-counter-return-reason-invalid = 반려 사유를 500자 이내로 입력해 주십시오.
srv-counter-print-a4 = 구직 접수표 인쇄(A4)
srv-counter-print-receipt = 구직 접수표 인쇄(영수증 80mm)
srv-counter-print-hint = 브라우저의 인쇄 기능(Ctrl+P)으로 인쇄해 주십시오.
srv-id-doc-my-number-card = 마이넘버 카드
srv-id-doc-driving-licence = 운전면허증
srv-id-doc-residence-card = 재류카드(在留カード)
srv-id-doc-passport = 여권
srv-id-doc-health-insurance = 건강보험 자격 확인 서류
srv-id-doc-other = 기타 서류

## The job-seeker slip (求職受付票)

srv-slip-title = 구직 접수표(求職受付票)
srv-slip-accepted-on = 수리일
srv-slip-identity = 본인 확인 서류
srv-slip-staff = 담당
srv-slip-note = 헬로워크 카드가 도착할 때까지 이 표를 잘 보관해 주십시오. My Page(求職者マイページ)에서도 구직번호를 확인할 수 있습니다.

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = 스코어카드
srv-scorecard-lead = 계획의 정의에 따른 온라인 이용률을 안정소·도도부현 노동국·전국별로 분기마다 보여 줍니다. 구직자는 단말기 신청에 창구와 온라인에서 등록된 구직자(직원이 입력 또는 가져오기)를 더한 전원입니다.
srv-scorecard-quarter = 분기(예: 2026Q3)
srv-scorecard-period = { $quarter }({ $from } ~ { $to })
srv-scorecard-chart-title = { $name }의 온라인 이용률(최근 8분기)
srv-scorecard-chart-caption = 막대는 온라인 이용률입니다. 목표 20% 이상은 채워서, 미달성은 빗금으로 나타냅니다. 파선은 목표 20%, 점선은 레이와 원년도(2019년도)의 8.0%입니다. 같은 수치를 아래 표에도 나타냅니다.
srv-scorecard-target-label = 목표 20%
srv-scorecard-baseline-label = 2019년도 8.0%
srv-scorecard-legend-met = 목표 달성(채움)
srv-scorecard-legend-not-met = 미달성(빗금)
srv-scorecard-quarter-head = 분기
srv-scorecard-rate = 온라인 이용률
srv-scorecard-target = 목표 20%
srv-scorecard-met = 달성
srv-scorecard-not-met = 미달성
srv-scorecard-accepted = 수리
srv-scorecard-answers = 설문 답변
srv-scorecard-distribution = 답변 분포(1~5)
srv-scorecard-mean = 평균
srv-scorecard-definition-title = 온라인 이용률의 정의
srv-scorecard-definition-source = 출처: 온라인 이용률 향상 기본 계획(2021년 10월 22일), 구직 신청
srv-scorecard-definition = My Page 개설 수 ÷ 구직자(경로와 상관없는 신규 구직자). 개설 수도 구직자 수도 구직자의 등록일(일본 시간)로 세므로 100%를 넘지 않습니다. 연도는 4월에 시작하며, 제1분기는 4~6월입니다.
srv-scorecard-csv = CSV로 저장
srv-scorecard-json = JSON으로 표시
srv-scorecard-print = 인쇄용 표시
srv-scorecard-refresh = 수치를 지금 다시 만들기
srv-scorecard-national = 전국
srv-scorecard-kpi-title = 중간 KPI: My Page 개설 수 34만 건
srv-scorecard-kpi = 개설 수 누계 { $openings }건 / { $kpi }건({ $percent })
srv-scorecard-updated = 수치 작성 일시: { $at }(일본 시간)
srv-scorecard-never-updated = 수치가 아직 작성되지 않았습니다.
srv-scorecard-table-caption = 분기별 구직자와 My Page 개설
srv-scorecard-unit = 구분
srv-scorecard-job-seekers = 구직자(등록일 기준)
srv-scorecard-opened = My Page 개설
srv-scorecard-kiosk-share = 개설 중 단말기 비율
srv-scorecard-cumulative = 개설 누계
srv-scorecard-from-kiosk = 단말기(자동)
srv-scorecard-from-counter = 창구(직원 기록)
srv-scorecard-from-online = 온라인(직원 기록)
srv-scorecard-total = 계
srv-scorecard-opened-kiosk = 단말기에서(자동)
srv-scorecard-opened-recorded = 직원 기록
srv-scorecard-sources = 「자동」은 단말기 신청과 QR 코드로 한 개설을 센 것입니다. 「직원 기록」은 창구와 온라인의 등록 수와 창구에서의 개설 수를 직원이 입력하거나 가져온 것입니다(등록 수 기록 화면에서 날짜별로 누가 언제 기록했는지 확인할 수 있습니다). 반려한 신청은 세지 않습니다.
srv-scorecard-rating-title = 단말기의 한 문항 설문과 수리
srv-scorecard-trend-title = 최근 8분기의 추이

srv-tally-title = 등록 수 기록
srv-tally-lead = 단말기 이외로 등록된 신규 구직자(창구의 종이나 청사 내 PC, 온라인) 수를 날짜별·경로별로 기록합니다. 같은 날짜와 경로를 다시 기록하면 이전 기록을 바꿉니다.
srv-tally-saved = 기록했습니다. 스코어카드의 수치도 다시 만들었습니다.
srv-tally-one-title = 하루 분량 입력하기
srv-tally-day = 등록일
srv-tally-channel = 경로
srv-tally-channel-counter = 창구(종이·청사 내 PC)
srv-tally-channel-online = 온라인
srv-tally-registered = 신규 구직자 수
srv-tally-opened = My Page 개설 수
srv-tally-opened-hint = 이날 등록한 구직자 중 My Page를 개설한 사람 수(창구에서 확인한 것). 구직자 수 이하입니다.
srv-tally-save = 기록하기
srv-tally-import-title = 날짜별 CSV 가져오기
srv-tally-import-lead = 첫 줄에 제목, 둘째 줄부터 하루 한 경로씩 적은 CSV를 붙여 넣습니다. 오류가 하나라도 있으면 아무것도 가져오지 않고 줄과 열을 보여 줍니다.
srv-tally-csv-file = CSV 파일 선택
srv-tally-csv = 또는 CSV 내용 붙여 넣기
srv-tally-import = 가져오기
srv-tally-list-title = { $quarter }의 기록
srv-tally-none = 이 분기의 기록은 아직 없습니다.
srv-tally-source = 기록의 출처
srv-tally-source-tally = 입력: { $who }({ $at })
srv-tally-source-import = CSV 가져오기: { $who }({ $at })
srv-tally-error-header = 첫 줄은 date,channel,registrations,my_pages_opened로 해 주십시오.
srv-tally-error-columns = 열이 4개가 아닙니다.
srv-tally-error-date = 날짜는 2026-10-01 형식으로 적어 주십시오.
srv-tally-error-future = 아직 오지 않은 날짜입니다.
srv-tally-error-channel = 경로는 counter 또는 online으로 해 주십시오.
srv-tally-error-count = 0 이상의 정수로 적어 주십시오.
srv-tally-error-opened = My Page 개설 수가 구직자 수를 넘었습니다.
srv-tally-error-duplicate = 같은 날짜와 경로가 두 번 있습니다.
srv-tally-error-empty = 제목 외에 줄이 없습니다.
srv-tally-error-too-many = 줄이 너무 많습니다. 나눠서 가져와 주십시오.
srv-tally-error-unreadable = CSV로 읽을 수 없습니다.
srv-tally-error-at-column = { $line }번째 줄 { $column }번째 열: { $message }
srv-tally-error-at-line = { $line }번째 줄: { $message }

srv-public-title = 온라인 이용률 스코어카드
srv-public-lead = 헬로워크 구직 신청의 온라인 이용률을 계획에 따라 분기마다 공표하고 있습니다.
srv-public-withheld = 비공개
srv-public-job-seekers = 구직자
srv-public-openings = My Page 개설
srv-public-prefectures = 전국과 도도부현 노동국
srv-public-offices = 안정소별
srv-public-withheld-note = 「비공개」는 { $min } 미만의 수와, 다른 수로부터 계산으로 구할 수 없도록 가린 수입니다. 개인이 특정되지 않도록 하기 위해서입니다.

srv-survey-title = 온라인 절차 설문
srv-survey-lead = 구직 신청과 My Page(求職者マイページ)에 대해 사용하기 편했는지 알려 주십시오. 이름이나 연락처는 적지 마십시오. 적힌 전화번호나 이메일 주소는 저장하기 전에 지웁니다.
srv-survey-ease = 절차는 쉬웠습니까
srv-survey-ease-5 = 매우 쉬웠다
srv-survey-ease-4 = 쉬웠다
srv-survey-ease-3 = 보통
srv-survey-ease-2 = 어려웠다
srv-survey-ease-1 = 매우 어려웠다
srv-survey-time = 걸린 시간
srv-survey-time-under-5 = 5분 미만
srv-survey-time-5-15 = 5~15분
srv-survey-time-15-30 = 15~30분
srv-survey-time-over-30 = 30분 이상
srv-survey-hard = 어려웠던 점
srv-survey-hard-hint = 해당하는 것을 모두 선택해 주십시오.
srv-survey-hard-finding = 절차를 하는 곳을 찾기 어려웠다
srv-survey-hard-typing = 입력이 힘들었다
srv-survey-hard-email-code = 이메일 확인 코드
srv-survey-hard-password = 비밀번호 설정
srv-survey-hard-language = 말이 이해하기 어려웠다
srv-survey-hard-other = 기타
srv-survey-comment = 의견(선택)
srv-survey-comment-hint = { $max }자까지. 전화번호·이메일 주소·우편번호 등은 지우고 저장합니다.
srv-survey-send = 보내기
srv-survey-error-ease = 쉬웠는지 선택해 주십시오.
srv-survey-error-time = 걸린 시간을 선택해 주십시오.
srv-survey-error-hard = 어려웠던 점의 선택이 올바르지 않습니다.
srv-survey-thanks-title = 감사합니다
srv-survey-thanks = 답변을 접수했습니다. 결과는 절차 개선에 사용하며, 1년에 한 번 이상 정리하여 공표합니다.
srv-survey-invite-title = 설문에 협조해 주십시오
srv-survey-invite = 온라인 절차를 사용하신 소감을 몇 가지 질문의 설문으로 알려 주십시오.
srv-survey-my-page-invite = 사용하기 편하셨습니까? 짧은 설문에 답해 주십시오.
srv-survey-report-title = 설문 연간 보고
srv-survey-year = 연도(예: 2026)
srv-survey-report-lead = { $year }년도: 답변 { $answers }건, 쉬움 평균 { $mean }(5가 가장 쉬움)
srv-survey-answers = 답변 수
srv-survey-mean = 쉬움 평균
srv-survey-no-office = 안정소 지정 없음
srv-survey-channel = 답변 경로
srv-survey-channel-my-page = My Page에서
srv-survey-channel-public = 공표 페이지에서
srv-survey-language = 언어
srv-survey-comments = 의견
srv-survey-comments-note = 직원용입니다. 공표하지 않습니다. 개인정보 패턴은 저장 전에 지웠습니다.
srv-survey-no-comments = 의견이 없습니다.

## Prefectural labour bureaus (the first 2 digits of the office number)
srv-prefecture-01 = 홋카이도 노동국
srv-prefecture-02 = 아오모리 노동국
srv-prefecture-03 = 이와테 노동국
srv-prefecture-04 = 미야기 노동국
srv-prefecture-05 = 아키타 노동국
srv-prefecture-06 = 야마가타 노동국
srv-prefecture-07 = 후쿠시마 노동국
srv-prefecture-08 = 이바라키 노동국
srv-prefecture-09 = 도치기 노동국
srv-prefecture-10 = 군마 노동국
srv-prefecture-11 = 사이타마 노동국
srv-prefecture-12 = 지바 노동국
srv-prefecture-13 = 도쿄 노동국
srv-prefecture-14 = 가나가와 노동국
srv-prefecture-15 = 니가타 노동국
srv-prefecture-16 = 도야마 노동국
srv-prefecture-17 = 이시카와 노동국
srv-prefecture-18 = 후쿠이 노동국
srv-prefecture-19 = 야마나시 노동국
srv-prefecture-20 = 나가노 노동국
srv-prefecture-21 = 기후 노동국
srv-prefecture-22 = 시즈오카 노동국
srv-prefecture-23 = 아이치 노동국
srv-prefecture-24 = 미에 노동국
srv-prefecture-25 = 시가 노동국
srv-prefecture-26 = 교토 노동국
srv-prefecture-27 = 오사카 노동국
srv-prefecture-28 = 효고 노동국
srv-prefecture-29 = 나라 노동국
srv-prefecture-30 = 와카야마 노동국
srv-prefecture-31 = 돗토리 노동국
srv-prefecture-32 = 시마네 노동국
srv-prefecture-33 = 오카야마 노동국
srv-prefecture-34 = 히로시마 노동국
srv-prefecture-35 = 야마구치 노동국
srv-prefecture-36 = 도쿠시마 노동국
srv-prefecture-37 = 가가와 노동국
srv-prefecture-38 = 에히메 노동국
srv-prefecture-39 = 고치 노동국
srv-prefecture-40 = 후쿠오카 노동국
srv-prefecture-41 = 사가 노동국
srv-prefecture-42 = 나가사키 노동국
srv-prefecture-43 = 구마모토 노동국
srv-prefecture-44 = 오이타 노동국
srv-prefecture-45 = 미야자키 노동국
srv-prefecture-46 = 가고시마 노동국
srv-prefecture-47 = 오키나와 노동국

## Kiosks' state

srv-fleet-title = 단말기 가동 상황
srv-fleet-lead = { $minutes }분 이상 가동 보고가 없는 단말기는 「응답 없음」으로 표시합니다.
srv-fleet-none = 등록된 단말기가 없습니다.
srv-fleet-kiosk = 단말기
srv-fleet-state = 상태
srv-fleet-last-heartbeat = 마지막 가동 보고
srv-fleet-version = 버전
srv-fleet-occupation-table = 직업 분류표
srv-fleet-postcode-book = 우편번호 데이터
srv-fleet-occupations-differs = 서버의 표와 다릅니다
srv-fleet-postcodes-differs = 서버 데이터와 다릅니다
srv-fleet-queue = 미전송
srv-fleet-last-error = 마지막 오류
srv-fleet-ok = 가동 중
srv-fleet-stale = 응답 없음
srv-fleet-never = 없음
srv-fleet-pending = 등록 대기(코드 유효 기간 { $until })
srv-fleet-slot = 슬롯
srv-fleet-uptime = 가동 시간
srv-fleet-uptime-value = { $days }일 { $hours }시간 { $minutes }분
srv-fleet-orientation = 화면 방향
srv-fleet-orientation-portrait = 세로
srv-fleet-orientation-landscape = 가로
srv-fleet-steer = 조작
srv-fleet-command = 지시
srv-fleet-action-wipe-screen = 화면을 지우고 처음으로 돌아가기
srv-fleet-action-send-queue = 미전송분을 지금 보내기
srv-fleet-action-restart = 단말기 소프트웨어 다시 시작
srv-fleet-action-reboot = 단말기 다시 시작
srv-fleet-action-apply-config = 설정 적용
srv-fleet-action-revoke = 등록 취소
srv-fleet-config = 설정 파일(설정 적용 시에만)
srv-fleet-config-label = kiosk.toml의 내용
srv-fleet-send = 보내기
srv-fleet-command-sent = 지시를 등록했습니다. 단말기의 다음 가동 보고(1분 이내) 때 전달됩니다.
srv-fleet-command-not-found = 해당 단말기를 찾을 수 없습니다.
srv-fleet-command-admin-only = 설정 적용과 등록 취소는 관리자만 할 수 있습니다.
srv-fleet-command-not-enrolled = 아직 등록되지 않은 단말기에는 지시를 보낼 수 없습니다.
srv-fleet-command-unknown = 그런 지시는 없습니다. 목록에서 선택해 주십시오.
srv-fleet-command-config-size = 설정 파일이 비어 있거나 너무 깁니다(64 KB까지).
srv-fleet-silent-alert = 단말기 { $count }대에서 { $minutes }분 이상 가동 보고가 없습니다. 전원과 네트워크를 확인해 주십시오.
srv-fleet-commands = 단말기에 보낸 지시
srv-fleet-commands-none = 아직 지시가 없습니다.
srv-fleet-command-time = 일시
srv-fleet-command-by = 보낸 사람
srv-fleet-command-outcome = 결과
srv-fleet-outcome-waiting = 전달 대기 중
srv-fleet-outcome-delivered = 전달됨(결과 대기)
srv-fleet-outcome-done = 실행 완료
srv-fleet-outcome-refused = 거부됨:
srv-name-single = (이름이 하나뿐임)
srv-field-card-name = 재류카드(在留カード)의 성명

## 求職情報の提供等・障害について・自己PR
srv-field-publication = 구직 정보 공개
srv-publication-not-published = 공개하지 않음
srv-publication-without-employer-names = 사업소 이름 등을 빼고 공개
srv-publication-published = 공개함
srv-field-contact-methods = 연락 방법
srv-contact-method-phone = 전화
srv-contact-method-email = 이메일
srv-contact-method-post = 우편
srv-field-avoid-times = 연락을 피했으면 하는 시간대
srv-field-disability = 장애인으로서의 지원
srv-disability-wanted = 희망함
srv-disability-not-wanted = 희망하지 않음
srv-disability-unstated = 답하지 않음
srv-field-certificate = 장애인 수첩
srv-certificate-physical = 신체장애인 수첩
srv-certificate-intellectual = 요육 수첩(지적장애)
srv-certificate-mental = 정신장애인 보건복지 수첩
srv-certificate-none-or-pending = 없음·신청 중
srv-grade-level = { $grade }급
srv-field-support-needs = 희망하는 배려·지원
srv-need-specialist-desk = 전문 창구에서의 상담
srv-need-hours = 근무 시간·일수에 대한 배려
srv-need-hospital = 통원·복약에 대한 배려
srv-need-facilities = 설비·이동에 대한 배려
srv-need-communication = 전달 방법에 대한 배려(필담·수어 등)
srv-need-instructions = 지시 방법에 대한 배려
srv-field-support-needs-text = 장애에 대해 전하고 싶은 것
srv-disability-show = 장애에 관한 답변 표시하기
srv-field-self-pr = 자기 PR
srv-field-notes = 특기 사항
## Additional fields (the application as shown at the counter)

srv-field-nationality = 국적
srv-nationality-japanese = 일본
srv-nationality-foreign = 일본 이외
srv-field-residence-status = 재류자격
srv-field-residence-expiry = 재류기간(만료일)
srv-field-station = 가장 가까운 역
srv-field-commute = 통근 수단
srv-commute-walk = 도보
srv-commute-bicycle = 자전거
srv-commute-motorbike = 오토바이
srv-commute-car = 자동차
srv-commute-train = 전철
srv-commute-bus = 버스
srv-field-commute-minutes = 통근 시간(편도)
srv-minutes = { $minutes }분
srv-field-work-styles = 취업 형태
srv-style-full-time = 풀타임
srv-style-part-time = 파트타임
srv-field-holidays = 희망하는 휴일
srv-holiday-weekends = 토·일·공휴일
srv-holiday-weekdays = 평일
srv-holiday-shifts = 교대 근무제
srv-holiday-any = 지정 없음
srv-weekday-mon = 월
srv-weekday-tue = 화
srv-weekday-wed = 수
srv-weekday-thu = 목
srv-weekday-fri = 금
srv-weekday-sat = 토
srv-weekday-sun = 일
srv-field-week = 주당 근무 시간·일수
srv-hours-a-week = 주 { $hours }시간
srv-days-a-week = 주 { $days }일
srv-field-left-on = 퇴직일
srv-field-leaving-reason = 퇴직 사유
srv-leaving-employer = 회사 사정
srv-leaving-own = 본인 사정
srv-leaving-contract-end = 계약 기간 만료
srv-leaving-retirement = 정년
srv-leaving-other = 기타
srv-field-spouse = 배우자
srv-spouse-yes = 있음
srv-spouse-no = 없음
srv-spouse-unstated = 답하지 않음
srv-field-dependants = 부양가족(배우자 제외)
srv-people = { $n }명
srv-unstated = 답하지 않음
srv-completion-graduated = 졸업
srv-completion-withdrew = 중퇴
srv-completion-enrolled = 재학 중
srv-completion-expected = 졸업 예정
srv-employment-casual = 아르바이트
srv-employment-other = 기타
srv-score = 점수 { $score }
srv-year-obtained = { $year }년 취득
srv-job-occupation = 직종
srv-field-commute-minutes-unit = 통근 시간(편도·분)
srv-field-weekly-hours-unit = 1주일에 일하는 시간(시간)
srv-field-days-per-week-unit = 1주일에 일하는 일수(일)

## Staff calls from the kiosks (counter console)
srv-calls-title = 직원 호출
srv-calls-none = 호출이 없습니다.
srv-calls-notice = 단말기 { $kiosk }({ $place })에서 직원을 호출하고 있습니다
srv-calls-screen = 화면: { $screen }
srv-calls-acknowledge = 가겠습니다
srv-calls-acknowledged = 직원이 가고 있습니다.
srv-calls-screen-attract = 처음 화면
srv-calls-screen-consent = 동의
srv-calls-screen-basic = 기본 정보
srv-calls-screen-contact = 주소·연락처
srv-calls-screen-disclosure = 공개·연락
srv-calls-screen-desired-work = 희망하는 일
srv-calls-screen-situation = 현재 상황
srv-calls-screen-education = 학력·자격
srv-calls-screen-work-history = 경력
srv-calls-screen-disability = 장애 정보
srv-calls-screen-self-pr = 자기 PR
srv-calls-screen-review = 확인
srv-calls-screen-my-page = My Page
srv-calls-screen-done = 완료

## Staff codes (counter console)
srv-staff-codes-title = 직원 코드
srv-staff-codes-lead = 단말기에서 입력하는 사람의 화면을 지우지 않고 도와주기 위한 개인별 코드입니다. 퇴직·전근한 사람의 코드는 무효로 해 주십시오.
srv-staff-codes-name = 성명
srv-staff-codes-add = 코드 만들기
srv-staff-codes-made = { $name } 님의 코드를 만들었습니다.
srv-staff-codes-once = 이 코드는 지금만 표시됩니다. 본인에게 전해 주십시오.
srv-staff-codes-none = 아직 코드가 없습니다.
srv-staff-codes-added = 작성 일시
srv-staff-codes-revoke = 무효로 하기
srv-staff-codes-revoked = 무효({ $at })
srv-staff-codes-name-invalid = 성명은 1~40자로, 줄을 바꾸지 말고 입력해 주십시오.
srv-staff-assists-title = 단말기에서 도운 기록
srv-staff-assists-none = 아직 기록이 없습니다.
srv-staff-assists-when = 일시

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = 경력(職歴) 변경
srv-my-jobs-lead = 근무했던 회사를 최근 것부터 등록할 수 있습니다. 변경 내용은 바로 반영되며 창구 직원도 봅니다.
srv-my-jobs-none = 등록된 경력이 없습니다.
srv-my-jobs-entry = 경력 { $n }
srv-my-jobs-edit = 변경하기
srv-my-jobs-remove = 삭제하기
srv-my-jobs-add = 경력 추가하기
srv-my-jobs-max = 경력은 { $max }건까지 등록할 수 있습니다. 그보다 이전의 경력은 창구에서 알려 주십시오.
srv-my-jobs-saved = 경력을 저장했습니다.
srv-my-jobs-removed = 경력을 1건 삭제했습니다.
srv-my-jobs-open = 경력(職歴) 보기·변경하기
srv-my-job-edit-title = 경력 { $n } 변경
srv-my-job-back = 경력 목록으로 돌아가기
srv-my-job-employer = 근무처(勤務先)
srv-my-job-period = 근무 기간
srv-my-job-present = 현재
srv-my-job-from = 입사한 연월(入社)
srv-my-job-to = 퇴사한 연월(退社)
srv-my-job-date-hint = 서기나 일본 연호로 입력할 수 있습니다. 예: 2019/4, 平成31年4月
srv-my-job-to-hint = 지금도 근무하고 있으면 비워 두십시오.
srv-my-job-employment-type = 고용 형태(雇用形態)
srv-my-job-duties = 업무 내용
srv-my-job-duties-hint = 예: 슈퍼마켓에서 계산과 상품 진열
srv-my-job-changed = 이 경력은 다른 화면 등에서 변경되었습니다. 현재 내용을 확인한 후 다시 해 주십시오.
srv-my-job-remove-title = 이 경력을 삭제하시겠습니까?
srv-my-job-remove-lead = 삭제하면 창구 직원에게도 표시되지 않습니다. 필요하면 나중에 다시 추가할 수 있습니다.
srv-my-choice-not-accepted = 선택한 항목을 받을 수 없었습니다. 목록에서 다시 선택해 주십시오.
srv-my-disability-section = 장애에 대하여(障害について, 선택 사항)
srv-my-disability-closed = 아래 버튼을 눌러 열기 전까지는 답변 내용을 표시하지 않습니다.
srv-my-disability-open = 장애에 관한 답변 열어서 변경하기
srv-my-disability-title = 장애에 대하여(障害について)
srv-my-disability-lead = 답변 여부는 자유입니다. 답변 내용은 창구 직원만 봅니다. 변경 내용은 바로 반영됩니다.
srv-my-disability-support = 장애가 있는 분으로서 등록이나 지원을 희망하십니까?
srv-my-disability-details-note = 아래의 장애인 수첩, 등급, 배려에 관한 항목은 '희망함'을 선택한 경우에만 저장됩니다.
srv-my-disability-grade = 등급·정도(等級・程度)
srv-my-disability-grade-hint = 가지고 계신 수첩의 등급·정도를 목록에서 선택해 주십시오. 잘 모르시면 '선택 안 함' 그대로 두셔도 됩니다.
srv-my-disability-needs-hint = 여러 개를 선택할 수 있습니다.
srv-my-disability-clear-title = 답변 삭제하기
srv-my-disability-clear-lead = 장애에 관한 답변을 모두 삭제합니다. 창구 직원에게도 표시되지 않으며 기록에도 남지 않습니다. 필요하면 다시 답변할 수 있습니다.
srv-my-disability-clear = 답변 모두 삭제하기
srv-my-disability-cleared = 장애에 관한 답변을 모두 삭제했습니다.
srv-change-value-private = (내용은 기록하지 않음)
