# Messages of the input checks (core/src/check.rs), English. Same ids as ja/check.ftl.
# Codes for selectors: see ja/check.ftl.

## Basic information

check-family-name-required = Please enter your family name (surname). Katakana or the Latin alphabet are fine if you cannot write kanji.
check-given-name-required = Please enter your given name. If you have only one name, please choose "I have only one name".
check-family-kana-required = Please enter the reading of your family name in katakana (example: ヤマダ).
check-given-kana-required = Please enter the reading of your given name in katakana (example: タロウ).
check-kana-katakana-only = Please write the reading in katakana only. These characters are not katakana: { $chars }
check-birth-date-required = Please enter your date of birth (example: 1985, 4, 1).
check-birth-date-missing =
    Please enter the { $part ->
        [year] year
        [month] month
       *[day] day
    } of your birth.
check-birth-date-not-number =
    Please enter the { $part ->
        [year] year of your birth in digits (example: 1985).
        [month] month of your birth as a number from 1 to 12.
       *[day] day of your birth in digits.
    }
check-birth-date-no-such-year = The year of birth is not valid. Choose “Western” and enter four digits (example: 1985), or choose a Japanese era and enter the year in it.
check-birth-date-no-such-month = Please enter the month of your birth as a number from 1 to 12.
check-birth-date-no-such-day = Month { $month } has only { $last-day } days. Please check the day of your birth.
check-birth-date-era-ended =
    The { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } era ended on { $last-year }/{ $last-month }/{ $last-day }; this day falls in { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $actual-year }. Please correct the era and year, or enter the date in the Western calendar.
check-birth-date-era-not-begun =
    The { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } era began on { $first-year }/{ $first-month }/{ $first-day }; this day falls in { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $actual-year }. Please correct the era and year, or enter the date in the Western calendar.
check-birth-date-future = The date of birth is after today. Please check the year.
check-birth-date-year-too-early = The year of birth reads { $year }. Please enter the Western year with four digits (example: 1985), or choose a Japanese era first.
check-birth-date-too-young = This date of birth makes you { $age }. You can apply once you have finished junior high school. Please check the date.
check-birth-date-young = This date of birth makes you { $age }. Please check the year. If it is right, press “Next” again.
check-birth-date-old = This date of birth makes you { $age }. Please check the year. If it is right, press “Next” again.

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = This is too long ({ $count } characters). Please use at most { $max } characters.

## Address and contact

check-postcode-required = Please enter your postcode: 7 digits (example: 160-0023).
check-postcode-digits = A postcode has 7 digits (example: 160-0023). Please check it.
check-postcode-unknown = The postcode { $postcode } was not found. Please check it and enter it again.
check-address-search = Please enter your postcode and press “Find address” to fill in the prefecture and city.
check-street-required = Please enter the block and house number (example: 1-2-3).
check-phone-required = Please enter a phone number where you can be reached during the day (example: 090-1234-5678).
check-phone-digits = Please enter the phone number in digits. These characters cannot be used: { $chars }
check-phone-format = The phone number has { $count } digits. A mobile number has 11 (example: 090-1234-5678); a landline has 10 including the area code (example: 03-1234-5678).
check-phone-free-dial = A toll-free number (0120, 0800) may not reach you in person. Please enter your own number. If this number is right, press “Next” again.
check-email-too-long = The e-mail address is too long ({ $count } characters). Please use at most { $max } characters.
check-email-chars = The e-mail address contains characters that cannot be used: { $chars }. Please use Latin letters, digits and symbols only (example: taro@example.jp).
check-email-at = An e-mail address needs exactly one “@” with text before and after it (example: taro@example.jp).
check-email-domain = The part after “@” is not valid. It needs a dot, like “example.jp”.
check-email-required-for-my-page = My Page needs an e-mail address. Please enter one, or choose “Not now”.

## Desired work

check-occupation-required = Please choose at least one type of work.
check-occupation-too-many = You can choose up to { $max } types of work (now { $count }). Please remove one.
check-occupation-unknown = The type of work with code { $code } is not in the list. Please remove it and choose again from the list.
check-employment-type-required = Please choose at least one type of employment.
check-wage-digits = Please enter the desired pay as an amount in digits (example: 200000). Leave it empty if you have no preference.
check-wage-low =
    The desired pay is { $amount } yen { $kind ->
        [hourly] per hour
       *[monthly] per month
    }, which may be below the minimum wage. Please check the amount and whether you chose monthly or hourly. If it is right, press “Next” again.
check-wage-high =
    The desired pay is { $amount } yen { $kind ->
        [hourly] per hour
       *[monthly] per month
    }. Please check the number of digits and whether you chose monthly or hourly. If it is right, press “Next” again.
check-time-format = Please enter a time such as 9:00 or 17:30, between 0:00 and 23:59 (24:00 is allowed as an end time).
check-hours-both = Please enter both a start and an end time (example: 9:00 to 17:00), or leave both empty.
check-hours-same = The start and end times are the same. Please check the end time.
check-hours-overnight = The end ({ $end }) is earlier than the start ({ $start }), so this is night work. If you want night work, press “Next” again; otherwise correct the times.

## Current situation

check-current-employment-required = Please choose whether you are working now.
check-insurance-required = Please choose whether you plan to receive unemployment benefits from employment insurance (雇用保険). If you are not sure, choose “Not sure”.

## Education

check-education-level-required = Please choose your highest level of education.
check-graduation-year-format = Please enter the year you left school with four digits (example: 2005) or as a Japanese era year (example: 平成17, H17), or leave it empty if you do not know.
check-graduation-year-future = The year you left school is in the future. Please check it.
check-graduation-year-before-birth = The year you left school is before your year of birth ({ $birth-year }). Please check both.
check-graduation-year-early = This year means you left school at age { $age }. Please check it. If it is right, press “Next” again.

## Work history

check-employer-required = Please enter the employer’s name, or remove this entry if you do not need it.
check-job-from-required = Please enter the year and month you started (example: 2019/4).
check-year-month-format = Please enter a year and a month (example: 2019/4, or 平成31年4月 in the Japanese era).
check-job-from-future = The start is in the future. Please check the year and month.
check-job-to-before-from = The end is before the start. Please check the years and months.
check-job-to-future = The end is in the future. If you still work there, leave the end empty.
check-card-name-latin = Please enter the name on your residence card in Latin letters (A–Z), exactly as it is printed. These characters cannot be used: { $chars }

## Job-seeker information, disability
check-publication-required = Please choose whether companies may see your job-seeker information.
check-contact-method-required = Please choose at least one way for us to contact you.
check-contact-method-email-missing = To be contacted by e-mail we need your e-mail address. Please enter it under “Address and contact”, or choose another way.
check-disability-grade = { $certificate ->
    [intellectual] Please choose A or B for the intellectual disability certificate.
    [mental] Please choose grade 1 to 3 for the mental disability certificate.
   *[other] Please choose grade 1 to 6 for the physical disability certificate.
}
## Dates, counts and years (date of leaving, period of stay, commute, dependants, qualifications)

check-date-missing =
    Please enter the { $part ->
        [year] year
        [month] month
       *[day] day
    }. If you do not know the date, leave the year, month and day all empty.
check-date-invalid = This date does not exist. Please check the year, month and day (Western or Japanese era years both work).
check-number-digits = Please enter digits only.
check-number-range = Please enter a number from { $min } to { $max }.
check-year-format = Please enter the year with four digits (example: 2015) or as a Japanese era year (example: 平成27, H27), or leave it empty if you do not know.
check-year-future = This year is in the future. Please check it.
check-year-before-birth = This year is before your year of birth ({ $birth-year }). Please check it.

## Nationality and status of residence

check-residence-status-missing = Please choose your status of residence. It is printed on your residence card. If you do not know it, press “Next” again; staff will check it at the counter.
check-residence-status-unknown = The status of residence with code { $code } is not in the list. Please choose again from the list.
check-residence-work =
    { $work ->
        [limited] With this status of residence you may work only in the activities the status covers.
        [designated] Whether you may work with Designated Activities depends on your designation papers.
       *[none] To work with this status of residence you need permission to engage in activities outside your status.
    } Staff will check your residence card at the counter. If this is right, press “Next” again.
check-residence-expired = The expiry date of your period of stay has passed. Please check the date on your residence card. If it is right, press “Next” again and talk to staff at the counter.

## Nearest station, commute and working pattern

check-commute-long = Your commuting time is { $minutes } minutes. Please enter it in minutes (1 hour is 60 minutes). If it is right, press “Next” again.
check-weekly-hours-long = That is { $hours } hours a week. Please check it. If it is right, press “Next” again.

## Situation, education and work history

check-left-on-future = The date you left is in the future. If you are going to leave, please choose “Yes, I am working”.
check-qualifications-too-many = You can enter up to { $max } licences and qualifications (now { $count }). Please tell staff at the counter about the others.
check-licence-unknown = The licence with code { $code } is not in the list. Please remove it and choose again.
check-qualification-name-required = Please write the name of the licence or qualification, or choose it from the list.
check-jobs-too-many = You can enter up to { $max } jobs (now { $count }). Please tell staff at the counter about older jobs.
