# Messages of the input checks (core/src/check.rs), 한국어.
# Red messages say what to fix; orange ones say what to check and that 「다음」 again keeps the value.
# Arguments are plain strings. Codes for selectors:
#   $part: year | month | day
#   $era, $actual-era: meiji | taisho | showa | heisei | reiwa
#   $actual-gannen: yes when the era year is 1 (written 元年), otherwise no
#   $kind: monthly | hourly

## 基本情報

check-family-name-required = 성을 입력해 주십시오. 한자로 입력할 수 없으면 가타카나나 로마자로 입력하셔도 됩니다.
check-given-name-required = 이름을 입력해 주십시오. 이름이 하나뿐인 분은 「이름이 하나뿐임」을 선택해 주십시오.
check-family-kana-required = 후리가나(성)를 가타카나로 입력해 주십시오(예: ヤマダ).
check-given-kana-required = 후리가나(이름)를 가타카나로 입력해 주십시오(예: タロウ).
check-kana-katakana-only = 후리가나는 가타카나로 입력해 주십시오. 가타카나가 아닌 글자가 있습니다: { $chars }
check-birth-date-required = 생년월일을 입력해 주십시오(예: 昭和60年4月1日 또는 서기 1985년 4월 1일).
check-birth-date-missing =
    생년월일의 { $part ->
        [year] 연도를
        [month] 월을
       *[day] 일을
    } 입력해 주십시오.
check-birth-date-not-number =
    생년월일의 { $part ->
        [year] 연도는 숫자로 입력해 주십시오(예: 1985, 60). 일본 연호의 첫해(元年)는 연호를 선택한 다음 「元」 또는 「1」로 입력해 주십시오.
        [month] 월은 1부터 12까지의 숫자로 입력해 주십시오.
       *[day] 일은 숫자로 입력해 주십시오.
    }
check-birth-date-no-such-year = 태어난 해가 올바르지 않습니다. 서기라면 4자리(예: 1985), 일본 연호라면 연호를 선택하고 해(예: 60)를 입력해 주십시오.
check-birth-date-no-such-month = 태어난 달은 1부터 12까지의 숫자로 입력해 주십시오.
check-birth-date-no-such-day = { $month }월은 { $last-day }일까지입니다. 태어난 날을 확인해 주십시오.
check-birth-date-era-ended =
    { $era ->
        [meiji] 메이지(明治)
        [taisho] 다이쇼(大正)
        [showa] 쇼와(昭和)
        [heisei] 헤이세이(平成)
       *[reiwa] 레이와(令和)
    }는 { $last-year }년 { $last-month }월 { $last-day }일까지입니다. 이 날짜는 { $actual-era ->
        [meiji] 메이지(明治)
        [taisho] 다이쇼(大正)
        [showa] 쇼와(昭和)
        [heisei] 헤이세이(平成)
       *[reiwa] 레이와(令和)
    } { $actual-gannen ->
        [yes] 원
       *[no] { $actual-year }
    }년에 해당합니다. 연호와 해를 고치시거나 서기로 입력해 주십시오.
check-birth-date-era-not-begun =
    { $era ->
        [meiji] 메이지(明治)
        [taisho] 다이쇼(大正)
        [showa] 쇼와(昭和)
        [heisei] 헤이세이(平成)
       *[reiwa] 레이와(令和)
    }는 { $first-year }년 { $first-month }월 { $first-day }일부터입니다. 이 날짜는 { $actual-era ->
        [meiji] 메이지(明治)
        [taisho] 다이쇼(大正)
        [showa] 쇼와(昭和)
        [heisei] 헤이세이(平成)
       *[reiwa] 레이와(令和)
    } { $actual-gannen ->
        [yes] 원
       *[no] { $actual-year }
    }년에 해당합니다. 연호와 해를 고치시거나 서기로 입력해 주십시오.
check-birth-date-future = 생년월일이 오늘보다 뒤입니다. 태어난 해를 확인해 주십시오.
check-birth-date-year-too-early = 태어난 해가 { $year }년으로 되어 있습니다. 서기는 4자리로 입력해 주십시오(예: 1985). 일본 연호일 때는 먼저 연호를 선택해 주십시오.
check-birth-date-too-young = 이 생년월일이면 { $age }세입니다. 구직 신청은 중학교를 졸업한 분이 할 수 있습니다. 생년월일을 확인해 주십시오.
check-birth-date-young = 이 생년월일이면 { $age }세입니다. 태어난 해가 맞는지 확인해 주십시오. 맞으면 「다음」을 한 번 더 눌러 주십시오.
check-birth-date-old = 이 생년월일이면 { $age }세입니다. 태어난 해가 맞는지 확인해 주십시오. 맞으면 「다음」을 한 번 더 눌러 주십시오.

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = { $max }자 이내로 입력해 주십시오(지금은 { $count }자입니다).

## 住所・連絡先

check-postcode-required = 우편번호를 7자리 숫자로 입력해 주십시오(예: 160-0023).
check-postcode-digits = 우편번호는 7자리 숫자로 입력해 주십시오(예: 160-0023).
check-postcode-unknown = 우편번호 「{ $postcode }」를 찾지 못했습니다. 우편번호를 확인하고 다시 입력해 주십시오.
check-address-search = 우편번호를 입력하고 「주소 검색」을 눌러 주십시오. 도도부현과 시구정촌이 들어갑니다.
check-street-required = 번지를 입력해 주십시오(예: 1-2-3).
check-phone-required = 낮에 연락이 되는 전화번호를 입력해 주십시오(예: 090-1234-5678).
check-phone-digits = 전화번호는 숫자로 입력해 주십시오. 쓸 수 없는 글자가 있습니다: { $chars }
check-phone-format = 전화번호의 자릿수가 맞지 않습니다(입력한 숫자는 { $count }자리). 휴대전화는 11자리(예: 090-1234-5678), 일반 전화는 지역번호부터 10자리(예: 03-1234-5678)로 입력해 주십시오.
check-phone-free-dial = 수신자 부담 번호(0120·0800)는 본인에게 연락하는 데 쓸 수 없는 경우가 있습니다. 본인의 전화번호를 입력해 주십시오. 이 번호가 맞으면 「다음」을 한 번 더 눌러 주십시오.
check-email-too-long = 이메일 주소가 너무 깁니다({ $count }자). { $max }자 이내로 입력해 주십시오.
check-email-chars = 이메일 주소에 쓸 수 없는 글자가 있습니다: { $chars }　반각 영문자, 숫자, 기호로 입력해 주십시오(예: taro@example.jp).
check-email-at = 이메일 주소는 「@」를 하나 넣고, 그 앞과 뒤에 글자가 있는 형태로 입력해 주십시오(예: taro@example.jp).
check-email-domain = 이메일 주소의 「@」 뒷부분이 올바르지 않습니다. 「example.jp」처럼 점(.)으로 구분한 형태로 입력해 주십시오.
check-email-required-for-my-page = My Page(求職者マイページ)를 만들려면 이메일 주소가 필요합니다. 이메일 주소를 입력하시거나 「이번에는 만들지 않음」을 선택해 주십시오.

## 希望する仕事

check-occupation-required = 희망 직종을 하나 이상 선택해 주십시오.
check-occupation-too-many = 희망 직종은 { $max }개까지 선택할 수 있습니다(지금은 { $count }개). 하나를 삭제해 주십시오.
check-occupation-unknown = 직종(코드 { $code })은 목록에 없습니다. 이 직종을 삭제하고 목록에서 다시 선택해 주십시오.
check-employment-type-required = 희망하는 고용 형태를 하나 이상 선택해 주십시오.
check-wage-digits = 희망 임금은 금액을 숫자로 입력해 주십시오(예: 200000, 20万). 특별히 없으면 비워 두십시오.
check-wage-low =
    희망 임금이 { $kind ->
        [hourly] 시급
       *[monthly] 월급
    } { $amount }엔으로 되어 있습니다. 최저임금보다 낮을 수 있습니다. 금액과 월급·시급 선택을 확인해 주십시오. 맞으면 「다음」을 한 번 더 눌러 주십시오.
check-wage-high =
    희망 임금이 { $kind ->
        [hourly] 시급
       *[monthly] 월급
    } { $amount }엔으로 되어 있습니다. 자릿수와 월급·시급 선택을 확인해 주십시오. 맞으면 「다음」을 한 번 더 눌러 주십시오.
check-time-format = 시각은 「9:00」이나 「17:30」처럼 0:00부터 23:59 사이로 입력해 주십시오(종료 시각은 24:00도 쓸 수 있습니다).
check-hours-both = 희망 근무 시간은 시작과 종료를 모두 입력해 주십시오(예: 9:00~17:00). 특별히 없으면 둘 다 비워 두십시오.
check-hours-same = 시작과 종료가 같은 시각입니다. 종료 시각을 확인해 주십시오.
check-hours-overnight = 종료({ $end })가 시작({ $start })보다 빨라서 밤을 넘기는 근무가 됩니다. 야간 근무를 희망하시면 「다음」을 한 번 더 눌러 주십시오. 아니면 시각을 고쳐 주십시오.

## 現在の状況

check-current-employment-required = 지금 일을 하고 있는지 선택해 주십시오.
check-insurance-required = 고용보험(雇用保険) 급여(실업수당)를 받을 예정인지 선택해 주십시오. 모르시면 「모르겠음」을 선택해 주십시오.

## 学歴・資格

check-education-level-required = 최종 학력을 선택해 주십시오.
check-graduation-year-format = 졸업한 해는 서기 4자리(예: 2005)나 일본 연호(예: 平成17, H17)로 입력해 주십시오. 모르시면 비워 두십시오.
check-graduation-year-future = 졸업한 해가 앞으로 올 해로 되어 있습니다. 졸업한 해를 확인해 주십시오.
check-graduation-year-before-birth = 졸업한 해가 태어난 해({ $birth-year }년)보다 앞입니다. 졸업한 해와 생년월일을 확인해 주십시오.
check-graduation-year-early = 이 해라면 { $age }세에 졸업한 것이 됩니다. 졸업한 해를 확인해 주십시오. 맞으면 「다음」을 한 번 더 눌러 주십시오.

## 職歴

check-employer-required = 근무처(회사 이름)를 입력해 주십시오. 이 경력이 필요 없으면 삭제해 주십시오.
check-job-from-required = 입사한 연월을 입력해 주십시오(예: 2019년 4월).
check-year-month-format = 연월은 해와 달로 입력해 주십시오(예: 2019년 4월, 2019/4, 平成31年4月).
check-job-from-future = 입사한 연월이 앞으로 올 연월로 되어 있습니다. 연월을 확인해 주십시오.
check-job-to-before-from = 퇴사한 연월이 입사한 연월보다 앞입니다. 연월을 확인해 주십시오.
check-job-to-future = 퇴사한 연월이 앞으로 올 연월로 되어 있습니다. 지금도 일하고 계시면 퇴사한 연월을 비워 두십시오.
check-card-name-latin = 재류카드(在留カード)의 성명은 로마자(A~Z)로, 재류카드에 적힌 그대로 입력해 주십시오. 쓸 수 없는 글자: { $chars }

## 求職情報の提供等・障害について
check-publication-required = 구직 정보를 회사에 공개할지 선택해 주십시오.
check-contact-method-required = 연락 방법을 하나 이상 선택해 주십시오.
check-contact-method-email-missing = 이메일로 연락을 받으려면 이메일 주소가 필요합니다. 「주소·연락처」에서 이메일 주소를 입력하시거나 다른 연락 방법을 선택해 주십시오.
check-disability-grade = { $certificate ->
    [intellectual] 요육 수첩의 정도는 A나 B 중에서 선택해 주십시오.
    [mental] 정신장애인 보건복지 수첩의 등급은 1급부터 3급 중에서 선택해 주십시오.
   *[other] 신체장애인 수첩의 등급은 1급부터 6급 중에서 선택해 주십시오.
}
## Dates, numbers and years (date of leaving, period of stay, commute, dependants, year a licence was obtained…)

check-date-missing =
    { $part ->
        [year] 연도를
        [month] 월을
       *[day] 일을
    } 입력해 주십시오. 날짜를 모르시면 년·월·일을 모두 비워 두십시오.
check-date-invalid = 없는 날짜입니다. 년·월·일을 숫자로 확인해 주십시오(일본 연호로도 서기로도 입력할 수 있습니다).
check-number-digits = 숫자만 입력해 주십시오.
check-number-range = { $min }부터 { $max }까지의 숫자로 입력해 주십시오.
check-year-format = 해는 서기 4자리(예: 2015)나 일본 연호(예: 平成27, H27)로 입력해 주십시오. 모르시면 비워 두십시오.
check-year-future = 앞으로 올 해로 되어 있습니다. 해를 확인해 주십시오.
check-year-before-birth = 태어난 해({ $birth-year }년)보다 앞의 해로 되어 있습니다. 해를 확인해 주십시오.

## 国籍・在留資格

check-residence-status-missing = 재류자격을 선택해 주십시오. 재류카드(在留カード)에 적혀 있습니다. 모르시면 「다음」을 한 번 더 눌러 주십시오. 창구에서 확인합니다.
check-residence-status-unknown = 재류자격(코드 { $code })은 목록에 없습니다. 목록에서 다시 선택해 주십시오.
check-residence-work =
    { $work ->
        [limited] 이 재류자격으로 할 수 있는 일은 재류자격의 활동 범위로 정해져 있습니다.
        [designated] 특정활동으로 일할 수 있는지는 지정서로 정해집니다.
       *[none] 이 재류자격으로 일하려면 자격외활동 허가가 필요합니다.
    } 창구 직원이 재류카드(在留カード)를 확인합니다. 이대로 괜찮으시면 「다음」을 한 번 더 눌러 주십시오.
check-residence-expired = 재류기간 만료일이 지났습니다. 재류카드(在留カード)의 날짜를 확인해 주십시오. 맞으면 「다음」을 한 번 더 누르고 창구에서 상담해 주십시오.

## 最寄り駅・通勤、希望の働き方

check-commute-long = 통근 시간이 { $minutes }분으로 되어 있습니다. 분 단위로 입력해 주십시오(1시간은 60분). 맞으면 「다음」을 한 번 더 눌러 주십시오.
check-weekly-hours-long = 1주일에 { $hours }시간으로 되어 있습니다. 시간을 확인해 주십시오. 맞으면 「다음」을 한 번 더 눌러 주십시오.

## 現在の状況・学歴・職歴

check-left-on-future = 퇴직일이 앞으로 올 날짜로 되어 있습니다. 앞으로 그만둘 예정이시면 「재직 중」을 선택해 주십시오.
check-qualifications-too-many = 면허·자격은 { $max }건까지 입력할 수 있습니다(지금은 { $count }건입니다). 다른 면허·자격은 창구에서 말씀해 주십시오.
check-licence-unknown = 면허·자격(코드 { $code })은 목록에 없습니다. 이 면허·자격을 삭제하고 다시 선택해 주십시오.
check-qualification-name-required = 면허·자격의 이름을 입력하시거나 목록에서 선택해 주십시오.
check-jobs-too-many = 경력은 { $max }건까지 입력할 수 있습니다(지금은 { $count }건입니다). 오래된 경력은 창구에서 말씀해 주십시오.
