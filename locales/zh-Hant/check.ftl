# Messages of the input checks (core/src/check.rs), 繁體中文.
# Red messages say what to fix; orange ones say what to check and that “下一步” again keeps the value.
# Arguments are plain strings. Codes for selectors:
#   $part: year | month | day
#   $era, $actual-era: meiji | taisho | showa | heisei | reiwa
#   $actual-gannen: yes when the era year is 1 (written 元年), otherwise no
#   $kind: monthly | hourly

## 基本情報

check-family-name-required = 請輸入姓。無法用日本漢字輸入時，也可以用片假名或羅馬字輸入。
check-given-name-required = 請輸入名。只有一個名字的人，請選擇「只有一個名字」。
check-family-kana-required = 請用片假名輸入姓的讀音（例：ヤマダ）。
check-given-kana-required = 請用片假名輸入名的讀音（例：タロウ）。
check-kana-katakana-only = 讀音請用片假名輸入。有不是片假名的文字：{ $chars }
check-birth-date-required = 請輸入出生日期（例：昭和60年4月1日，或公曆1985年4月1日）。
check-birth-date-missing =
    請輸入出生日期的{ $part ->
        [year] 年份
        [month] 月份
       *[day] 日
    }。
check-birth-date-not-number =
    出生日期的{ $part ->
        [year] 年請用數字輸入（例：1985、60）。日本年號的元年，請先選擇年號，再輸入「元」或「1」。
        [month] 月請輸入1到12的數字。
       *[day] 日請用數字輸入。
    }
check-birth-date-no-such-year = 出生年份不正確。公曆請輸入4位數（例：1985）；日本年號請先選擇年號，再輸入年份（例：60）。
check-birth-date-no-such-month = 出生月份請輸入1到12的數字。
check-birth-date-no-such-day = { $month }月只到{ $last-day }日。請確認出生日。
check-birth-date-era-ended =
    { $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }只到{ $last-year }年{ $last-month }月{ $last-day }日為止。這一天相當於{ $actual-era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }{ $actual-gannen ->
        [yes] 元
       *[no] { $actual-year }
    }年。請修改年號和年份，或用公曆輸入。
check-birth-date-era-not-begun =
    { $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }從{ $first-year }年{ $first-month }月{ $first-day }日開始。這一天相當於{ $actual-era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }{ $actual-gannen ->
        [yes] 元
       *[no] { $actual-year }
    }年。請修改年號和年份，或用公曆輸入。
check-birth-date-future = 出生日期晚於今天。請確認出生年份。
check-birth-date-year-too-early = 出生年份是{ $year }年。公曆請輸入4位數（例：1985）。使用日本年號時，請先選擇年號。
check-birth-date-too-young = 按這個出生日期，您是{ $age }歲。國中畢業後才能申請求職。請確認出生日期。
check-birth-date-young = 按這個出生日期，您是{ $age }歲。請確認出生年份是否正確。如果正確，請再按一次「下一步」。
check-birth-date-old = 按這個出生日期，您是{ $age }歲。請確認出生年份是否正確。如果正確，請再按一次「下一步」。

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = 請在{ $max }字以內輸入（現在是{ $count }字）。

## 住所・連絡先

check-postcode-required = 請用7位數字輸入郵遞區號（例：160-0023）。
check-postcode-digits = 郵遞區號請用7位數字輸入（例：160-0023）。
check-postcode-unknown = 沒有找到郵遞區號「{ $postcode }」。請確認郵遞區號後重新輸入。
check-address-search = 請輸入郵遞區號，然後按「查詢地址」。都道府縣和市區町村會自動填入。
check-street-required = 請輸入門牌號碼（例：1-2-3）。
check-phone-required = 請輸入白天能聯絡到您的電話號碼（例：090-1234-5678）。
check-phone-digits = 電話號碼請用數字輸入。有不能使用的字元：{ $chars }
check-phone-format = 電話號碼的位數不對（輸入的數字是{ $count }位）。手機請輸入11位（例：090-1234-5678），固定電話請從區號開始輸入10位（例：03-1234-5678）。
check-phone-free-dial = 免費電話（0120・0800）的號碼，有時無法用於聯絡您本人。請輸入您自己的電話號碼。如果就用這個號碼，請再按一次「下一步」。
check-email-too-long = 電子郵件地址太長（{ $count }字）。請在{ $max }字以內輸入。
check-email-chars = 電子郵件地址中有不能使用的字元：{ $chars }　請用半形英文字母、數字和符號輸入（例：taro@example.jp）。
check-email-at = 電子郵件地址請輸入一個「@」，並且前後都要有字元（例：taro@example.jp）。
check-email-domain = 電子郵件地址「@」後面的部分不正確。請像「example.jp」那樣，用點（.）隔開輸入。
check-email-required-for-my-page = 開通 My Page（求職者マイページ）需要電子郵件地址。請輸入電子郵件地址，或選擇「這次不開通」。

## 希望する仕事

check-occupation-required = 請至少選擇1個希望的職業。
check-occupation-too-many = 希望的職業最多可選{ $max }個（現在是{ $count }個）。請刪除其中一個。
check-occupation-unknown = 職業（代碼 { $code }）不在列表中。請刪除這個職業，從列表中重新選擇。
check-employment-type-required = 請至少選擇1種希望的雇用形式。
check-wage-digits = 希望的薪資請用數字輸入金額（例：200000、20万）。如果沒有特別要求，請留空。
check-wage-low =
    希望的薪資是{ $kind ->
        [hourly] 時薪
       *[monthly] 月薪
    }{ $amount }日圓。可能低於最低工資。請確認金額，以及月薪・時薪的選擇。如果正確，請再按一次「下一步」。
check-wage-high =
    希望的薪資是{ $kind ->
        [hourly] 時薪
       *[monthly] 月薪
    }{ $amount }日圓。請確認位數，以及月薪・時薪的選擇。如果正確，請再按一次「下一步」。
check-time-format = 時間請像「9:00」或「17:30」這樣，在0:00到23:59之間輸入（下班時間也可以用24:00）。
check-hours-both = 希望的工作時間，請同時輸入上班和下班時間（例：9:00〜17:00）。如果沒有特別要求，請兩項都留空。
check-hours-same = 上班和下班是同一時間。請確認下班時間。
check-hours-overnight = 下班時間（{ $end }）早於上班時間（{ $start }），所以是跨夜的工作。如果希望上夜班，請再按一次「下一步」。如果不是，請修改時間。

## 現在の状況

check-current-employment-required = 請選擇您目前是否在工作。
check-insurance-required = 請選擇是否打算領取雇用保險（雇用保険）的給付（失業補貼）。如果不清楚，請選擇「不清楚」。

## 学歴・資格

check-education-level-required = 請選擇最終學歷。
check-graduation-year-format = 畢業年份請用4位公曆（例：2005）或日本年號（例：平成17、H17）輸入。如果不清楚，請留空。
check-graduation-year-future = 畢業年份是將來的年份。請確認畢業年份。
check-graduation-year-before-birth = 畢業年份早於出生年份（{ $birth-year }年）。請確認畢業年份和出生日期。
check-graduation-year-early = 按這個年份，您是在{ $age }歲時畢業的。請確認畢業年份。如果正確，請再按一次「下一步」。

## 職歴

check-employer-required = 請輸入工作單位（公司名稱）。如果不需要這條工作經歷，請刪除。
check-job-from-required = 請輸入入職年月（例：2019年4月）。
check-year-month-format = 年月請輸入年和月（例：2019年4月、2019/4、平成31年4月）。
check-job-from-future = 入職年月是將來的年月。請確認年月。
check-job-to-before-from = 離職年月早於入職年月。請確認年月。
check-job-to-future = 離職年月是將來的年月。如果現在仍在工作，請將離職年月留空。
check-card-name-latin = 在留卡（在留カード）上的姓名，請用羅馬字（A〜Z）按在留卡上所寫的輸入。不能使用的字元：{ $chars }

## 求職情報の提供等・障害について
check-publication-required = 請選擇是否向公司公開求職資訊。
check-contact-method-required = 請至少選擇1種聯絡方式。
check-contact-method-email-missing = 用電子郵件聯絡需要電子郵件地址。請在「地址・聯絡方式」中輸入電子郵件地址，或選擇其他聯絡方式。
check-disability-grade = { $certificate ->
    [intellectual] 療育手冊的程度請從 A 或 B 中選擇。
    [mental] 精神障礙者保健福祉手冊的等級請從1級到3級中選擇。
   *[other] 身體障礙者手冊的等級請從1級到6級中選擇。
}
## Dates, numbers and years (date of leaving, period of stay, commute, dependants, year a licence was obtained…)

check-date-missing =
    請輸入{ $part ->
        [year] 年份
        [month] 月份
       *[day] 日
    }。如果不清楚日期，請將年、月、日全部留空。
check-date-invalid = 沒有這個日期。請用數字確認年、月、日（日本年號或公曆均可輸入）。
check-number-digits = 請只輸入數字。
check-number-range = 請輸入{ $min }到{ $max }之間的數字。
check-year-format = 年份請用4位公曆（例：2015）或日本年號（例：平成27、H27）輸入。如果不清楚，請留空。
check-year-future = 這是將來的年份。請確認年份。
check-year-before-birth = 這個年份早於出生年份（{ $birth-year }年）。請確認年份。

## 国籍・在留資格

check-residence-status-missing = 請選擇在留資格。在留卡（在留カード）上有寫。如果不清楚，請再按一次「下一步」，由櫃檯確認。
check-residence-status-unknown = 在留資格（代碼 { $code }）不在列表中。請從列表中重新選擇。
check-residence-work =
    { $work ->
        [limited] 以這個在留資格可以從事的工作，限於該在留資格的活動範圍。
        [designated] 特定活動能否工作，由指定書決定。
       *[none] 以這個在留資格工作，需要資格外活動許可。
    }櫃檯的職員會確認在留卡（在留カード）。如果沒有問題，請再按一次「下一步」。
check-residence-expired = 在留期限的截止日期已過。請確認在留卡（在留カード）上的日期。如果正確，請再按一次「下一步」，並到櫃檯諮詢。

## 最寄り駅・通勤、希望の働き方

check-commute-long = 通勤時間是{ $minutes }分鐘。請以分鐘為單位輸入（1小時是60分鐘）。如果正確，請再按一次「下一步」。
check-weekly-hours-long = 每週工作{ $hours }小時。請確認時間。如果正確，請再按一次「下一步」。

## 現在の状況・学歴・職歴

check-left-on-future = 離職日期是將來的日期。如果打算以後辭職，請選擇「在職中」。
check-qualifications-too-many = 執照・資格最多可以填寫{ $max }項（現在是{ $count }項）。其他的執照・資格請在櫃檯告訴我們。
check-licence-unknown = 執照・資格（代碼 { $code }）不在列表中。請刪除這項執照・資格，重新選擇。
check-qualification-name-required = 請輸入執照・資格的名稱，或從列表中選擇。
check-jobs-too-many = 工作經歷最多可以填寫{ $max }項（現在是{ $count }項）。較早的工作經歷請在櫃檯告訴我們。
