# Messages of the input checks (core/src/check.rs), 简体中文.
# Red messages say what to fix; orange ones say what to check and that “下一步” again keeps the value.
# Arguments are plain strings. Codes for selectors:
#   $part: year | month | day
#   $era, $actual-era: meiji | taisho | showa | heisei | reiwa
#   $actual-gannen: yes when the era year is 1 (written 元年), otherwise no
#   $kind: monthly | hourly

## 基本情報

check-family-name-required = 请输入姓。无法用日本汉字输入时，也可以用片假名或罗马字输入。
check-given-name-required = 请输入名。只有一个名字的人，请选择“只有一个名字”。
check-family-kana-required = 请用片假名输入姓的读音（例：ヤマダ）。
check-given-kana-required = 请用片假名输入名的读音（例：タロウ）。
check-kana-katakana-only = 读音请用片假名输入。有不是片假名的文字：{ $chars }
check-birth-date-required = 请输入出生日期（例：昭和60年4月1日，或公历1985年4月1日）。
check-birth-date-missing =
    请输入出生日期的{ $part ->
        [year] 年份
        [month] 月份
       *[day] 日
    }。
check-birth-date-not-number =
    出生日期的{ $part ->
        [year] 年请用数字输入（例：1985、60）。日本年号的元年，请先选择年号，再输入“元”或“1”。
        [month] 月请输入1到12的数字。
       *[day] 日请用数字输入。
    }
check-birth-date-no-such-year = 出生年份不正确。公历请输入4位数（例：1985）；日本年号请先选择年号，再输入年份（例：60）。
check-birth-date-no-such-month = 出生月份请输入1到12的数字。
check-birth-date-no-such-day = { $month }月只到{ $last-day }日。请确认出生日。
check-birth-date-era-ended =
    { $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }只到{ $last-year }年{ $last-month }月{ $last-day }日为止。这一天相当于{ $actual-era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }{ $actual-gannen ->
        [yes] 元
       *[no] { $actual-year }
    }年。请修改年号和年份，或用公历输入。
check-birth-date-era-not-begun =
    { $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }从{ $first-year }年{ $first-month }月{ $first-day }日开始。这一天相当于{ $actual-era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }{ $actual-gannen ->
        [yes] 元
       *[no] { $actual-year }
    }年。请修改年号和年份，或用公历输入。
check-birth-date-future = 出生日期晚于今天。请确认出生年份。
check-birth-date-year-too-early = 出生年份是{ $year }年。公历请输入4位数（例：1985）。使用日本年号时，请先选择年号。
check-birth-date-too-young = 按这个出生日期，您是{ $age }岁。初中毕业后才能申请求职。请确认出生日期。
check-birth-date-young = 按这个出生日期，您是{ $age }岁。请确认出生年份是否正确。如果正确，请再按一次“下一步”。
check-birth-date-old = 按这个出生日期，您是{ $age }岁。请确认出生年份是否正确。如果正确，请再按一次“下一步”。

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = 请在{ $max }字以内输入（现在是{ $count }字）。

## 住所・連絡先

check-postcode-required = 请用7位数字输入邮政编码（例：160-0023）。
check-postcode-digits = 邮政编码请用7位数字输入（例：160-0023）。
check-postcode-unknown = 没有找到邮政编码“{ $postcode }”。请确认邮政编码后重新输入。
check-address-search = 请输入邮政编码，然后按“查找地址”。都道府县和市区町村会自动填入。
check-street-required = 请输入门牌号（例：1-2-3）。
check-phone-required = 请输入白天能联系到您的电话号码（例：090-1234-5678）。
check-phone-digits = 电话号码请用数字输入。有不能使用的字符：{ $chars }
check-phone-format = 电话号码的位数不对（输入的数字是{ $count }位）。手机请输入11位（例：090-1234-5678），固定电话请从区号开始输入10位（例：03-1234-5678）。
check-phone-free-dial = 免费电话（0120・0800）的号码，有时无法用于联系您本人。请输入您自己的电话号码。如果就用这个号码，请再按一次“下一步”。
check-email-too-long = 电子邮箱太长（{ $count }字）。请在{ $max }字以内输入。
check-email-chars = 电子邮箱中有不能使用的字符：{ $chars }　请用半角英文字母、数字和符号输入（例：taro@example.jp）。
check-email-at = 电子邮箱请输入一个“@”，并且前后都要有字符（例：taro@example.jp）。
check-email-domain = 电子邮箱“@”后面的部分不正确。请像“example.jp”那样，用点（.）隔开输入。
check-email-required-for-my-page = 开通 My Page（求職者マイページ）需要电子邮箱。请输入电子邮箱，或选择“这次不开通”。

## 希望する仕事

check-occupation-required = 请至少选择1个希望的职业。
check-occupation-too-many = 希望的职业最多可选{ $max }个（现在是{ $count }个）。请删除其中一个。
check-occupation-unknown = 职业（代码 { $code }）不在列表中。请删除这个职业，从列表中重新选择。
check-employment-type-required = 请至少选择1种希望的雇用形式。
check-wage-digits = 希望的工资请用数字输入金额（例：200000、20万）。如果没有特别要求，请留空。
check-wage-low =
    希望的工资是{ $kind ->
        [hourly] 时薪
       *[monthly] 月薪
    }{ $amount }日元。可能低于最低工资。请确认金额，以及月薪・时薪的选择。如果正确，请再按一次“下一步”。
check-wage-high =
    希望的工资是{ $kind ->
        [hourly] 时薪
       *[monthly] 月薪
    }{ $amount }日元。请确认位数，以及月薪・时薪的选择。如果正确，请再按一次“下一步”。
check-time-format = 时间请像“9:00”或“17:30”这样，在0:00到23:59之间输入（下班时间也可以用24:00）。
check-hours-both = 希望的工作时间，请同时输入上班和下班时间（例：9:00〜17:00）。如果没有特别要求，请两项都留空。
check-hours-same = 上班和下班是同一时间。请确认下班时间。
check-hours-overnight = 下班时间（{ $end }）早于上班时间（{ $start }），所以是跨夜的工作。如果希望上夜班，请再按一次“下一步”。如果不是，请修改时间。

## 現在の状況

check-current-employment-required = 请选择您目前是否在工作。
check-insurance-required = 请选择是否打算领取雇用保险（雇用保険）的给付（失业补贴）。如果不清楚，请选择“不清楚”。

## 学歴・資格

check-education-level-required = 请选择最终学历。
check-graduation-year-format = 毕业年份请用4位公历（例：2005）或日本年号（例：平成17、H17）输入。如果不清楚，请留空。
check-graduation-year-future = 毕业年份是将来的年份。请确认毕业年份。
check-graduation-year-before-birth = 毕业年份早于出生年份（{ $birth-year }年）。请确认毕业年份和出生日期。
check-graduation-year-early = 按这个年份，您是在{ $age }岁时毕业的。请确认毕业年份。如果正确，请再按一次“下一步”。

## 職歴

check-employer-required = 请输入工作单位（公司名称）。如果不需要这条工作经历，请删除。
check-job-from-required = 请输入入职年月（例：2019年4月）。
check-year-month-format = 年月请输入年和月（例：2019年4月、2019/4、平成31年4月）。
check-job-from-future = 入职年月是将来的年月。请确认年月。
check-job-to-before-from = 离职年月早于入职年月。请确认年月。
check-job-to-future = 离职年月是将来的年月。如果现在仍在工作，请将离职年月留空。
check-card-name-latin = 在留卡（在留カード）上的姓名，请用罗马字（A〜Z）按在留卡上所写的输入。不能使用的字符：{ $chars }

## 求職情報の提供等・障害について
check-publication-required = 请选择是否向公司公开求职信息。
check-contact-method-required = 请至少选择1种联系方式。
check-contact-method-email-missing = 用电子邮件联系需要电子邮箱。请在“地址・联系方式”中输入电子邮箱，或选择其他联系方式。
check-disability-grade = { $certificate ->
    [intellectual] 疗育手册的程度请从 A 或 B 中选择。
    [mental] 精神障碍者保健福祉手册的等级请从1级到3级中选择。
   *[other] 身体障碍者手册的等级请从1级到6级中选择。
}
## Dates, numbers and years (date of leaving, period of stay, commute, dependants, year a licence was obtained…)

check-date-missing =
    请输入{ $part ->
        [year] 年份
        [month] 月份
       *[day] 日
    }。如果不清楚日期，请将年、月、日全部留空。
check-date-invalid = 没有这个日期。请用数字确认年、月、日（日本年号或公历均可输入）。
check-number-digits = 请只输入数字。
check-number-range = 请输入{ $min }到{ $max }之间的数字。
check-year-format = 年份请用4位公历（例：2015）或日本年号（例：平成27、H27）输入。如果不清楚，请留空。
check-year-future = 这是将来的年份。请确认年份。
check-year-before-birth = 这个年份早于出生年份（{ $birth-year }年）。请确认年份。

## 国籍・在留資格

check-residence-status-missing = 请选择在留资格。在留卡（在留カード）上有写。如果不清楚，请再按一次“下一步”，由窗口确认。
check-residence-status-unknown = 在留资格（代码 { $code }）不在列表中。请从列表中重新选择。
check-residence-work =
    { $work ->
        [limited] 以这个在留资格可以从事的工作，限于该在留资格的活动范围。
        [designated] 特定活动能否工作，由指定书决定。
       *[none] 以这个在留资格工作，需要资格外活动许可。
    }窗口的职员会确认在留卡（在留カード）。如果没有问题，请再按一次“下一步”。
check-residence-expired = 在留期限的截止日期已过。请确认在留卡（在留カード）上的日期。如果正确，请再按一次“下一步”，并到窗口咨询。

## 最寄り駅・通勤、希望の働き方

check-commute-long = 通勤时间是{ $minutes }分钟。请以分钟为单位输入（1小时是60分钟）。如果正确，请再按一次“下一步”。
check-weekly-hours-long = 每周工作{ $hours }小时。请确认时间。如果正确，请再按一次“下一步”。

## 現在の状況・学歴・職歴

check-left-on-future = 离职日期是将来的日期。如果打算以后辞职，请选择“在职中”。
check-qualifications-too-many = 执照・资格最多可以填写{ $max }项（现在是{ $count }项）。其他的执照・资格请在窗口告诉我们。
check-licence-unknown = 执照・资格（代码 { $code }）不在列表中。请删除这项执照・资格，重新选择。
check-qualification-name-required = 请输入执照・资格的名称，或从列表中选择。
check-jobs-too-many = 工作经历最多可以填写{ $max }项（现在是{ $count }项）。较早的工作经历请在窗口告诉我们。
