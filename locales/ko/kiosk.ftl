# Madoguchi kiosk screens (한국어). Ids are prefixed by screen; the same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = 헬로워크 구직 신청(求職申込み)
text-missing = (표시할 수 없는 문자가 있습니다)
size-standard = 보통
size-large = 크게
size-xlarge = 아주 크게
dialog-close = 닫기

## Attract

attract-title = 헬로워크 구직 신청
attract-lead = 일자리를 찾기 위한 구직 신청(求職申込み)을 여기에서 입력할 수 있습니다. 입력이 끝나면 접수번호(受付番号)를 창구에 보여 주십시오.
attract-start = 시작하기
# Under the start button, shown in turn in every language, each in its own.
attract-touch = 화면을 터치하여 시작해 주십시오
attract-duration = 입력에는 10분 정도 걸립니다.
attract-language = 언어 / ことば
attract-size = 글자 크기
attract-theme = 화면 색
theme-standard = 보통
theme-contrast = 고대비
theme-dark = 검은 바탕
layout-reach = 아래쪽에 표시
layout-reach-help = 버튼과 키보드를 화면 아래쪽 절반에 표시합니다(휠체어 이용자 등).
attract-help = 모르는 것이 있으면 가까운 직원에게 말씀해 주십시오.

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = 음성 안내
speech-toggle-help = 헤드폰으로 화면을 읽어 드립니다. 키패드의 * 키로도 켜고 끌 수 있습니다.
speech-on = 음성 안내를 켰습니다. 각 화면의 제목과 설명, 누른 항목과 키를 읽어 드립니다.
speech-off = 음성 안내를 껐습니다.
speech-form-hint = 항목을 누르면 항목 이름과 입력한 내용을 읽어 드립니다. 입력을 마치면 “다음”을 눌러 주십시오.
speech-empty = 입력 안 함
speech-checked = 선택됨
speech-unchecked = 선택 안 됨

## Not ready

notready-title = 준비 중
notready-body = 이 단말기는 지금 이용하실 수 없습니다.
    번거로우시겠지만 창구로 와 주십시오.
notready-staff = 직원용: 단말기 등록이 완료되지 않았습니다(단말기 ID: { $kiosk }).
notready-staff-error = 직원용: 단말기 정보를 읽을 수 없었습니다(코드: { $code }).

## Header, navigation, dialogs

header-language = Language
header-reset = 처음부터 다시 하기
nav-next = 다음
nav-back = 이전
nav-return-review = 확인 화면으로 돌아가기
nav-back-review = 확인 화면으로 돌아가기
nav-busy = 확인하고 있습니다…
reset-title = 처음부터 다시 하시겠습니까?
reset-body = 입력한 내용이 모두 지워집니다.
reset-confirm = 지우고 다시 하기
reset-cancel = 계속 입력하기
idle-title = 계속하시겠습니까?
idle-body = 이대로 { $seconds }초가 지나면 입력한 내용을 지우고 처음 화면으로 돌아갑니다. 계속하시려면 화면을 눌러 주십시오.
idle-continue = 계속하기
error-title = 문제가 생겼습니다
error-ask-staff = 직원에게 말씀해 주십시오. 입력한 내용은 지워지지 않았습니다.
error-generic = 처리 중에 문제가 생겼습니다.
error-unreachable = 단말기 내부에서 통신할 수 없었습니다.
error-unexpected = 단말기에서 예상하지 못한 문제가 생겼습니다.

## Steps

step-basic = 기본 정보
step-contact = 주소·연락처
step-desired-work = 희망하는 일
step-situation = 현재 상황
step-education = 학력·자격
step-work-history = 경력
step-review = 확인
step-my-page = My Page
step-progress = { $total }단계 중 { $current }단계

## Fields

field-required = ※필수
field-optional = ※선택
field-error-label = 오류:
field-warning-label = 확인:
field-error-generic = 입력한 내용을 확인해 주십시오.
field-warning-generic = 입력한 내용이 맞는지 확인해 주십시오.
choice-none = 선택 안 함
list-remove = 삭제
summary-errors-title = { $count }곳을 고쳐 주십시오
summary-warnings-title = 확인해 주십시오
summary-warnings-hint = 이대로 괜찮으시면 「다음」을 한 번 더 눌러 주십시오.
unit-year = 년
unit-month = 월
unit-day = 일
unit-yen = 엔

## Consent

consent-title = 개인정보 취급에 대하여
consent-lead = 신청하시기 전에 읽어 주십시오.
consent-purpose-title = 이용 목적
consent-purpose-body = 입력하신 정보는 { $office }에서 구직 신청을 접수하고, 직업 소개 등 직업 안정 행정 업무를 하기 위해 사용합니다. 그 밖의 목적으로는 사용하지 않습니다.
consent-recorded-title = 기록하여 헬로워크에 보내는 내용
consent-recorded-body = 성명, 후리가나(이름 읽는 법), 생년월일, 성별(답한 경우), 국적과 재류자격(답한 경우), 주소, 가장 가까운 역과 통근, 전화번호, 이메일 주소, 희망하는 일, 현재 상황(퇴직일·퇴직 사유, 배우자와 부양가족은 답한 경우), 학력·자격, 경력, My Page 희망 여부. 설문은 점수와 선택한 이유만 기록합니다.
consent-retention-title = 보관 기간
consent-retention-body = 보낸 내용은 헬로워크가 법령과 규정에 정한 기간 동안 보관합니다. 구직 신청은 신청한 달의 다다음 달 말일까지 유효합니다(상담이나 소개를 받으면 연장됩니다).
consent-kiosk-title = 이 단말기에 남는 것
consent-kiosk-body = 이 단말기에는 아무것도 남지 않습니다. 「종료」를 누르거나 조작하지 않고 시간이 지나면 입력한 내용은 모두 지워집니다.
consent-agree = 위의 내용을 읽고 동의합니다
consent-must-agree = 동의하시면 「다음」을 누를 수 있습니다.

## 基本情報

basic-title = 기본 정보
basic-family-name = 성
basic-family-name-help = 한자로 입력할 수 없으면 가타카나나 로마자로 입력하셔도 됩니다.
basic-given-name = 이름
basic-kana-only = 한자로 입력할 수 없음(가타카나로 입력)
basic-family-kana = 후리가나(성, 가타카나)
basic-kana-help = 가타카나로 입력해 주십시오. 히라가나는 자동으로 가타카나로 바뀝니다.
basic-kana-suggest = 이렇게 읽습니까? 맞으면 눌러 주십시오. 후리가나에 입력됩니다.
basic-given-kana = 후리가나(이름, 가타카나)
basic-birth-date = 생년월일
basic-birth-date-help = 일본 연호나 서기를 고른 다음, 년·월·일을 입력해 주십시오.
basic-calendar = 달력
basic-birth-year = 태어난 해
basic-birth-month = 태어난 달
basic-birth-day = 태어난 날
basic-era-first-year = 연호의 첫해(元年)는 「1」 또는 「元」으로 입력해 주십시오.
era-western = 서기
era-meiji = 메이지(明治)
era-taisho = 다이쇼(大正)
era-showa = 쇼와(昭和)
era-heisei = 헤이세이(平成)
era-reiwa = 레이와(令和)
basic-sex = 성별
basic-sex-help = 답하고 싶지 않으시면 「답하지 않음」을 선택해 주십시오.
sex-female = 여성
sex-male = 남성
sex-unstated = 답하지 않음

## 住所・連絡先

contact-title = 주소·연락처
contact-postcode = 우편번호
contact-postcode-help = 7자리 숫자를 입력하고 「주소 검색」을 눌러 주십시오.
contact-postcode-mark = 〒
contact-lookup = 주소 검색
contact-lookup-busy = 검색하고 있습니다…
contact-pick-town = 주소를 선택해 주십시오
contact-town-whole = (동네 이름 없음)
contact-prefecture = 도도부현
contact-city = 시구정촌
contact-town = 동네(町域)
contact-street = 번지
contact-street-help = 예: 1-2-3
contact-building = 건물 이름·호실
contact-building-help = 예: みどりハイツ101
contact-phone = 전화번호
contact-phone-help = 낮에 연락이 되는 번호. 하이픈(-)은 없어도 됩니다.
contact-email = 이메일 주소
contact-email-help = My Page를 만들 때 사용합니다.

## 希望する仕事

work-title = 희망하는 일
work-occupations = 희망 직종
work-occupations-help = 3개까지 선택할 수 있습니다. 처음에 선택한 것이 제1희망입니다.
work-occupation-rank = 제{ $rank }희망
work-occupation-add = 직종 선택
work-occupation-full = 3개를 선택했습니다. 바꾸시려면 하나를 삭제해 주십시오.
work-picker-title = 직종 선택
work-picker-browse = 분류에서 선택
work-picker-search = 말로 찾기
work-picker-major-hint = 가까운 분야를 선택해 주십시오.
work-picker-back-major = 분야 목록으로 돌아가기
work-picker-search-label = 직종 이름
work-picker-search-help = 가타카나로 입력해 주십시오. 예: カイゴ(돌봄), ジム(사무), ケンセツ(건설)
work-picker-no-result = 찾지 못했습니다. 다른 말로 입력하시거나 분류에서 선택해 주십시오.
work-picker-loading = 불러오고 있습니다…
work-picker-close = 닫기
occ-unknown = 직종(코드 { $code })
work-employment-types = 고용 형태
work-employment-types-help = 희망하는 것을 모두 선택해 주십시오.
employment-full-time = 정규직
employment-part-time = 파트타이머
employment-dispatch = 파견
employment-contract = 계약직
work-locations = 희망 근무지
work-locations-help = 도도부현이나 시구정촌 이름을 입력해 주십시오.
work-location-add = 근무지 추가
work-wage = 희망 임금
work-wage-help = 최소한 받고 싶은 금액입니다. 특별히 없으면 비워 두십시오.
wage-monthly = 월급
wage-hourly = 시급
work-wage-amount = 금액
work-hours = 희망 근무 시간
work-hours-help = 예: 9:00~17:00. 특별히 없으면 비워 두십시오.
work-hours-start = 시작
work-hours-end = 종료
work-hours-to = ~
work-days = 일할 수 있는 요일
weekday-mon = 월
weekday-tue = 화
weekday-wed = 수
weekday-thu = 목
weekday-fri = 금
weekday-sat = 토
weekday-sun = 일

## 現在の状況

situation-title = 현재 상황
situation-employment = 지금 일을 하고 계십니까
situation-employed = 일을 하고 있음(재직 중)
situation-not-employed = 일을 하고 있지 않음(퇴직 후)
situation-student = 학생
situation-insurance = 고용보험(雇用保険) 급여(실업수당)를 받을 예정이 있습니까
situation-insurance-help = 「모르겠음」을 선택하시면 창구에서 상담할 수 있습니다.
insurance-yes = 받을 예정
insurance-no = 받지 않음
insurance-unsure = 모르겠음

## 学歴・資格

education-title = 학력·자격
education-final-level = 최종 학력
level-junior-high = 중학교
level-high-school = 고등학교
level-vocational = 전수학교·전문학교
level-junior-college = 단기대학·고등전문학교
level-university = 대학교
level-graduate = 대학원
level-other = 기타
education-school-name = 학교 이름
education-school-name-help = 마지막으로 다닌 학교의 이름.
education-graduation-year = 졸업(수료·중퇴)한 해
education-graduation-year-help = 서기로도 일본 연호로도 입력할 수 있습니다. 예: 2008, 平成20, H20. 모르시면 비워 두십시오.
education-qualifications = 면허·자격
education-qualifications-help = 예: 보통자동차 면허, 개호복지사, 일본어능력시험 N2
education-qualification-add = 면허·자격 추가

## 職歴

history-title = 경력
history-help = 최근의 일부터 입력해 주십시오. 경력이 없으시면 그대로 「다음」을 눌러 주십시오.
history-none = 입력된 경력이 없습니다.
history-entry = 경력 { $n }
history-add = 경력 추가
history-remove = 이 경력 삭제
history-employer = 근무처(회사 이름)
history-duties = 일의 내용
history-duties-help = 예: 슈퍼마켓에서 계산과 상품 진열
history-from = 입사한 연월(서기 또는 일본 연호)
history-to = 퇴사한 연월(서기 또는 일본 연호)
history-to-help = 지금도 일하고 계시면 비워 두십시오.
history-year = 년(서기 또는 일본 연호)
history-month = 월
history-employment-type = 고용 형태

## 確認

review-title = 입력 내용 확인
review-lead = 내용을 확인해 주십시오. 고치시려면 「수정하기」를 눌러 주십시오.
review-blocked = 고칠 곳이 있습니다. 빨간 테두리의 「수정하기」를 눌러 주십시오.
review-edit = 수정하기
review-empty = 입력 안 함
review-none = 없음
review-yes = 예
review-name = 성명
review-kana = 후리가나
review-birth-date = { $era } { $year }년 { $month }월 { $day }일
review-birth-date-western = { $year }년 { $month }월 { $day }일(서기)
review-postcode = 〒{ $first }-{ $last }
review-address = 주소
review-wage = { $kind } { $amount }엔 이상
review-hours = { $start }~{ $end }
review-list-sep = ,{" "}
review-year-month = { $year }년 { $month }월
review-period-label = 기간
review-period = { $from }~{ $to }
review-present = 현재

## マイページ

mypage-title = My Page(求職者マイページ)
mypage-lead = My Page를 만들면 본인의 스마트폰이나 컴퓨터로 이 신청의 내용과 상황을 확인할 수 있습니다.
mypage-benefit-status = 이 신청의 상황(임시 접수·수리)을 확인할 수 있습니다
mypage-benefit-edit = 등록한 내용을 보고 연락처나 희망하는 일을 바꿀 수 있습니다
mypage-benefit-email = 로그인에 쓰는 이메일 주소를 바꿀 수 있습니다
mypage-want = My Page 만들기
mypage-decline = 이번에는 만들지 않음
mypage-email-help = 등록 안내를 보내 드립니다. 반각 영문자와 숫자로 입력해 주십시오.
mypage-password = 비밀번호는 이 단말기에서 설정하지 않습니다. 나중에 본인의 스마트폰에서 설정합니다.
mypage-declined = My Page(求職者マイページ)는 나중에도 만들 수 있습니다. 창구에 문의해 주십시오.
mypage-submit = 신청하기
mypage-submit-note = 「신청하기」를 누르면 입력한 내용이 헬로워크로 보내집니다.

## 完了

done-title = 접수되었습니다
done-receipt-label = 접수번호(受付番号)
done-next-counter = 창구에서 이 접수번호(受付番号)를 보여 주십시오.
done-qr-label = 스마트폰에서 이어서 하기 위한 QR 코드
done-next-qr = 스마트폰으로 QR 코드를 읽으면 신청을 이어서 할 수 있습니다.
done-next-qr-mypage = 스마트폰으로 QR 코드를 읽고 My Page(求職者マイページ)의 비밀번호를 설정해 주십시오.
done-finish = 종료
done-auto = { $seconds }초 후에 처음 화면으로 돌아갑니다.
survey-title = 이 단말기는 쓰기 편하셨습니까?
survey-1 = 매우 불편했다
survey-2 = 불편했다
survey-3 = 보통
survey-4 = 편했다
survey-5 = 매우 편했다
survey-reason-title = 이유가 있으면 선택해 주십시오(선택)
survey-reason-easy = 알기 쉬웠다
survey-reason-quick = 금방 끝났다
survey-reason-hard-to-read = 읽기 어려웠다
survey-reason-slow = 시간이 걸렸다
survey-reason-keyboard = 글자 입력이 힘들었다
survey-reason-other = 기타
survey-thanks = 협조해 주셔서 감사합니다.

## On-screen keyboard

kb-label = 문자 입력
kb-mode = 입력 종류
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = 띄어쓰기
kb-backspace = 한 글자 지우기
kb-close = 입력 닫기
kb-shift = 대문자
kb-dakuten = 탁점(゛)
kb-handakuten = 반탁점(゜)
kb-small = 작게
kb-small-label = 작은 글자
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = 직원용 비밀번호
staff-pin-lead = 비밀번호(4~8자리)를 입력하고 「OK」를 눌러 주십시오.
staff-pin-count = { $count }자리 입력됨
staff-pin-ok = OK
staff-pin-cancel = 취소
staff-busy = 확인하고 있습니다…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = 비밀번호를 5번 틀려서 직원 모드를 잠시 사용할 수 없습니다. { $minutes }분 더 기다려 주십시오.

staff-title = 직원 모드
staff-read-at = { $time } 현재
staff-lead = 이 단말기에서 신청을 보내는 상황입니다. 이용자의 입력 내용은 표시하지 않습니다. 끝나면 「닫기」를 눌러 주십시오.
staff-enrolled = 서버 등록
staff-enrolled-yes = 등록됨
staff-enrolled-no = 등록 안 됨(신청을 접수할 수 없음)
staff-enroll-help = 등록하려면 서버에서 `madoguchi-server kiosk add`를 실행하여 등록 코드를 발급하고, 이 단말기에서 `madoguchi-kiosk enroll --server URL --code-file FILE`을 실행해 주십시오(URL은 서버 주소, FILE은 발급된 등록 코드를 적은 파일. 설정 파일에 서버 키가 없을 때는 `madoguchi-server keygen`이 표시한 지문을 `--server-fingerprint`로 지정). 그다음 키오스크를 다시 시작해 주십시오.
staff-server-url = 서버 URL
staff-not-set = 설정 안 됨
staff-queue = 전송 대기 중인 신청
staff-count = { $count }건
staff-refused = 서버가 접수하지 않은 신청
staff-last-success = 마지막으로 전송한 일시
staff-never = 아직 없음
staff-last-error = 마지막 오류
staff-no-error = 없음
staff-version = 버전
staff-kiosk = 단말기 ID / 안정소 번호
staff-kiosk-value = { $kiosk } / { $office }
staff-sync = 지금 전송
staff-sync-requested = 전송을 시작했습니다. 몇 초 후에 표시를 새로 고칩니다.
staff-refresh = 새로 고침
staff-close = 닫기

basic-single-name = 이름이 하나뿐임 — 재류카드(在留カード)에 이름(名)이 없음
basic-card-name = 재류카드(在留カード)의 성명(로마자)
basic-card-name-help = 재류카드(在留カード)를 가지고 계신 분은 카드에 적힌 그대로 입력해 주십시오(예: NGUYEN THI LAN). 없으신 분은 비워 두셔도 됩니다.
kb-mode-write = 손글씨
kb-convert = 한자 변환(変換)
kb-candidates = 후보
kb-pad-label = 손글씨 칸. 한 글자씩 손가락으로 써 주십시오
kb-pad-hint = 여기에 한 글자씩 써 주십시오
kb-pad-undo = 한 획 취소
kb-pad-clear = 다시 쓰기
kb-pad-empty = 쓰시면 여기에 후보가 나옵니다
kb-pad-chinese = 简体中文
kb-pad-chinese-label = 간체자로 쓰기. 일본 글자체의 후보가 먼저 나옵니다
kb-pad-hint-chinese = 여기에 한 글자씩 써 주십시오(간체자)
kb-variants = 글자 모양(이체자)
kb-variants-hint = 누르면 글자 모양을 고를 수 있습니다(髙·﨑 등)
kb-variants-none = 다른 글자 모양이 없습니다
kb-variants-close = 닫기
kb-accents = 기호가 붙은 글자

## 求職情報の提供等・障害について・自己PR (the three screens of the official application form)
step-disclosure = 공개·연락
step-disability = 장애 정보
step-self-pr = 자기 PR
disclosure-title = 구직 정보 공개와 연락 방법
disclosure-lead = 구인을 낸 회사에 구직 정보를 보여 줘도 되는지와 헬로워크의 연락 방법을 선택해 주십시오.
disclosure-publication = 구직 정보를 회사에 공개하시겠습니까
disclosure-publication-help = 공개하면 회사에서 응모를 권하는 연락이 올 수 있습니다. 성명·주소·전화번호·이메일 주소는 무엇을 선택해도 공개되지 않습니다.
publication-not-published = 공개하지 않음
publication-without-employer-names = 공개함(이전에 일한 회사 이름 등은 내지 않음)
publication-published = 공개함(이전에 일한 회사 이름 등도 냄)
disclosure-contact-methods = 헬로워크의 연락 방법
disclosure-contact-methods-help = 몇 개든 선택할 수 있습니다. 이메일은 「주소·연락처」에서 입력한 주소로 보냅니다.
contact-method-phone = 전화
contact-method-email = 이메일
contact-method-post = 우편
disclosure-avoid-times = 연락을 피했으면 하는 시간대
disclosure-avoid-times-help = 예: 평일 9시부터 17시(일하는 중이라서)
disability-title = 장애에 대하여
disability-lead = 이 화면은 답하지 않으셔도 됩니다. 답한 내용은 창구 직원만 봅니다. 확인 화면에서도 「표시하기」를 누르기 전까지 표시하지 않습니다.
disability-support = 장애가 있는 분으로서의 등록이나 지원을 희망하십니까
disability-support-help = 장애가 있는 분을 위한 구인 소개나 전문 창구에서의 상담을 받을 수 있습니다.
disability-support-wanted = 희망함
disability-support-not-wanted = 희망하지 않음
disability-support-unstated = 답하지 않음
disability-certificate = 장애인 수첩
certificate-physical = 신체장애인 수첩
certificate-intellectual = 요육 수첩(지적장애)
certificate-mental = 정신장애인 보건복지 수첩
certificate-none-or-pending = 수첩 없음·신청 중
disability-grade = 등급·정도
disability-grade-help = 수첩에 적힌 등급·정도를 선택해 주십시오. 모르시면 「선택 안 함」 그대로 두셔도 됩니다.
grade-level = { $grade }급
grade-intellectual-a = A(중증)
grade-intellectual-b = B(A 이외)
grade-as-written = { $grade }
disability-needs = 희망하는 배려나 지원
disability-needs-help = 몇 개든 선택할 수 있습니다.
need-specialist-desk = 전문 창구에서 상담하고 싶음
need-hours = 근무 시간이나 일수에 대한 배려
need-hospital = 통원이나 복약에 대한 배려
need-facilities = 설비나 이동에 대한 배려(휠체어·턱 등)
need-communication = 전달 방법에 대한 배려(필담·수어 등)
need-instructions = 지시 방법에 대한 배려(글로 써서·하나씩)
disability-needs-text = 그 밖에 전하고 싶은 것
disability-needs-text-help = 예: 오래 서 있는 일은 어렵습니다
disability-skip = 이 화면은 답하지 않고 넘어가기
selfpr-title = 자기 PR·특기 사항
selfpr-lead = 둘 다 쓰지 않으셔도 됩니다. 쓴 내용은 창구 상담이나 회사 소개에 사용합니다.
selfpr-appeal = 자기 PR
selfpr-appeal-help = 잘하는 것, 경험, 자격을 살리는 방법 등. 예: 접객 일을 10년 동안 해 왔습니다.
selfpr-notes = 특기 사항
selfpr-notes-help = 창구에 전해 두고 싶은 것. 예: 4월부터 일할 수 있습니다. 아이를 데려다주고 데려와야 합니다.
text-count = { $count } / { $max }자
review-hidden = 주위 분들에게 보이지 않도록 표시하지 않았습니다.
review-show = 표시하기
review-hide = 숨기기
kb-newline = 줄 바꿈
## Additional fields (nationality and status of residence, station and commute, ways of working, leaving, family, faculty and licences, occupation in work history)

basic-nationality = 국적
basic-nationality-japanese = 일본
basic-nationality-foreign = 일본 이외
basic-country = 국적(국가·지역)
basic-country-help = 예: 한국, 베트남, 브라질
basic-residence-status = 재류자격
basic-residence-status-help = 재류카드(在留カード)의 「재류자격(在留資格)」을 선택해 주십시오. 할 수 있는 일은 창구에서 직원이 확인합니다.
basic-residence-status-choose = 재류자격 선택
basic-residence-status-change = 다시 선택
basic-residence-status-title = 재류자격을 선택해 주십시오
basic-residence-expiry = 재류기간(만료일)
basic-residence-expiry-help = 재류카드(在留カード)의 「재류기간(만료일)」입니다. 영주자·특별영주자인 분은 비워 두십시오.
contact-station = 가장 가까운 역
contact-station-help = 역 이름을 「駅」까지 입력해 주십시오(예: 新宿駅).
contact-commute = 통근 수단
contact-commute-help = 이용할 수 있는 것을 모두 선택해 주십시오.
commute-walk = 도보
commute-bicycle = 자전거
commute-motorbike = 오토바이
commute-car = 자동차
commute-train = 전철
commute-bus = 버스
contact-commute-minutes = 통근 시간(편도)
contact-commute-minutes-help = 몇 분까지 다닐 수 있습니까. 예: 30
unit-minutes = 분
unit-hours = 시간
unit-days = 일
unit-people = 명
work-styles = 취업 형태
work-styles-help = 풀타임인지 파트타임인지. 둘 다 선택하셔도 됩니다.
style-full-time = 풀타임
style-part-time = 파트타임
employment-casual = 아르바이트
employment-other = 기타
work-holidays = 희망하는 휴일
holiday-weekends = 토·일·공휴일
holiday-weekdays = 평일
holiday-shifts = 교대 근무제
holiday-any = 지정 없음
work-days-off = 그 밖에 쉬고 싶은 요일
work-weekly-hours = 1주일에 일하는 시간
work-weekly-hours-help = 예: 40
work-days-per-week = 1주일에 일하는 일수
work-days-per-week-help = 예: 5
situation-left-on = 퇴직일(이전 일을 그만둔 날)
situation-left-on-help = 일본 연호로도 서기로도 입력할 수 있습니다. 모르시면 비워 두십시오.
situation-leaving-reason = 퇴직 사유
leaving-employer = 회사 사정(해고·도산 등)
leaving-own = 본인 사정
leaving-contract-end = 계약 기간 만료
leaving-retirement = 정년
leaving-other = 기타
situation-spouse = 배우자
spouse-yes = 있음
spouse-no = 없음
spouse-unstated = 답하지 않음
situation-dependants = 부양가족 수(배우자 제외)
situation-dependants-help = 없으면 0을 입력해 주십시오.
situation-dependants-unstated = 답하지 않음
education-department = 학부·학과
education-department-help = 예: 경제학부 경제학과
education-completion = 졸업·중퇴 등
completion-graduated = 졸업
completion-withdrew = 중퇴
completion-enrolled = 재학 중
completion-expected = 졸업 예정
education-qualification-entry = 면허·자격 { $n }
education-qualification-search = 목록에서 찾기(이름이나 읽는 법을 입력. 예: かいご)
education-qualification-none-found = 목록에서 찾지 못했습니다. 아래 칸에 이름을 입력해 주십시오.
education-qualification-chosen = 선택한 면허·자격
education-qualification-name = 목록에 없으면 이름을 입력
education-qualification-score = 점수
education-qualification-year = 취득한 해
education-qualification-year-help = 서기로도 일본 연호로도. 예: 2015, 平成27
education-qualification-remove = 삭제
education-qualification-change = 다시 선택
education-qualification-max = 면허·자격은 { $max }건까지 입력할 수 있습니다. 나머지는 창구에서 말씀해 주십시오.
history-occupation = 직종
history-occupation-choose = 직종 선택
history-occupation-change = 다시 선택
history-leaving-reason = 퇴직 사유
history-max = 경력은 { $max }건까지 입력할 수 있습니다. 나머지는 창구에서 말씀해 주십시오.
review-commute-minutes = { $minutes }분
review-weekly-hours = 주 { $hours }시간
review-days-per-week = 주 { $days }일
review-dependants = { $n }명
review-score = 점수 { $score }
review-year-obtained = { $year }년 취득
review-with-details = { $name }({ $details })
date-year = 년
date-month = 월
date-day = 일

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = 마이넘버 카드(マイナンバーカード)로 입력
card-start-help = 마이넘버 카드가 있으시면 카드에서 성명, 주소, 생년월일, 성별을 입력할 수 있습니다. 후리가나는 읽을 수 없으므로 직접 입력해 주십시오.
card-title = 마이넘버 카드(マイナンバーカード)로 입력
card-place = 마이넘버 카드를 리더기 위에 놓고 「놓았습니다」를 눌러 주십시오.
card-place-note = 읽는 것은 성명, 주소, 생년월일, 성별뿐입니다. 개인번호(マイナンバー)는 읽지 않습니다.
card-placed = 놓았습니다
card-pin-lead = 권면사항 입력 보조용 비밀번호(券面事項入力補助用暗証番号, 숫자 4자리)를 입력해 주십시오.
card-tries = 비밀번호 남은 횟수: { $tries }회
card-pin-count = 비밀번호 { $count }자리 입력됨
card-read = 읽기
card-busy = 읽는 중…
card-cancel = 취소
card-close = 닫기
card-counter = 창구에서 직원에게 말씀해 주십시오. 이대로 직접 입력하실 수도 있습니다.
card-done = 마이넘버 카드에서 읽었습니다. 내용을 확인해 주십시오. 후리가나는 칸 아래의 후보를 누르거나 직접 입력해 주십시오.
card-error-no-reader = 카드 리더기를 찾을 수 없습니다. 직원에게 알리시거나 직접 입력해 주십시오.
card-error-no-card = 카드를 찾을 수 없습니다. 마이넘버 카드를 리더기 위에 놓아 주십시오.
card-error-not-my-number = 마이넘버 카드(マイナンバーカード)가 아닌 것 같습니다. 마이넘버 카드를 놓아 주십시오.
card-error-removed = 읽는 도중에 카드가 리더기에서 떨어졌습니다. 카드를 놓은 채로 다시 시도해 주십시오.
card-error-wrong-pin = 비밀번호가 틀렸습니다. 남은 횟수는 { $tries }회입니다.
card-error-last-try = 비밀번호 남은 횟수가 { $tries }회이므로, 카드가 잠기지 않도록 여기에서는 입력하지 않습니다.
card-error-blocked = 비밀번호가 잠겨 있습니다. 잠금 해제는 거주하시는 시구정촌 창구에서 할 수 있습니다.
card-error-pin-format = 비밀번호는 숫자 4자리입니다.
card-error-unreadable = 카드 내용을 읽을 수 없었습니다. 번거로우시겠지만 직접 입력해 주십시오.
card-error-reader = 리더기가 제대로 작동하지 않았습니다. 다시 시도해 주십시오.
review-card-read = 성명, 주소, 생년월일, 성별은 마이넘버 카드에서 읽었습니다.

## Call staff (every screen)
call-staff = 직원 호출
call-staff-waiting-title = 직원을 부르고 있습니다
call-staff-waiting-body = 직원을 부르고 있습니다. 호출이 전달될 때까지 잠시 기다려 주십시오. 전달되지 않으면 가까운 직원에게 말씀해 주십시오.
call-staff-sent-title = 직원을 불렀습니다
call-staff-sent-body = 그대로 기다려 주십시오. 입력한 내용은 지워지지 않습니다.
call-staff-coming-title = 직원이 가고 있습니다
call-staff-coming-body = 직원이 가고 있습니다. 그대로 기다려 주십시오.

## The assist layer (staff over the visitor's form)
assist-open = 직원 조작
assist-pad-title = 직원 코드
assist-pad-lead = 직원께서는 본인의 코드를 입력해 주십시오. 입력 중인 내용은 지워지지 않습니다.
assist-title = 직원이 조작하고 있습니다
assist-lead = 입력 중인 내용은 그대로 있습니다. 끝나면 「고객에게 돌려주기」를 눌러 주십시오.
assist-hand-back = 고객에게 돌려주기
assist-steps = 화면 이동
assist-explain = 항목 설명
assist-field-required = 반드시 입력해야 하는 항목입니다.
assist-field-optional = 입력하지 않아도 됩니다.
assist-no-codes = 이 단말기에는 직원 코드가 아직 전달되지 않았습니다. 잠시 기다리시거나 관리자에게 연락해 주십시오.

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = 접수증을 인쇄하고 있습니다…
receipt-printed = 접수증을 가져가 주십시오.
receipt-print-failed = 접수증을 인쇄하지 못했습니다. 직원에게 알려 주십시오. 접수번호는 이 화면에서 확인해 주십시오.
receipt-print-incomplete = 인쇄 중에 용지가 떨어져 접수증이 끝까지 인쇄되지 않았습니다. 직원에게 알려 주십시오. 접수번호는 이 화면에서 확인해 주십시오.
staff-printer = 영수증 프린터
staff-printer-none = 설정되지 않음
staff-printer-ready = 인쇄 가능
staff-printer-near-end = 용지가 얼마 남지 않았습니다. 롤 용지를 미리 교체해 주십시오.
staff-printer-paper-out = 용지가 없습니다. 롤 용지를 교체해 주십시오.
staff-printer-cover-open = 덮개가 열려 있습니다. 닫아 주십시오.
staff-printer-offline = 프린터가 응답하지 않습니다. 전원과 오류 표시등을 확인해 주십시오.
staff-printer-unreachable = 프린터({ $address })에 연결할 수 없습니다. 전원, 케이블, 설정 파일의 printer를 확인해 주십시오.
