# Messages of the input checks (core/src/check.rs), 日本語.
# Red messages say what to fix; orange ones say what to check and that 「次へ」 again keeps the value.
# Arguments are plain strings. Codes for selectors:
#   $part: year | month | day
#   $era, $actual-era: meiji | taisho | showa | heisei | reiwa
#   $actual-gannen: yes when the era year is 1 (written 元年), otherwise no
#   $kind: monthly | hourly

## 基本情報

check-family-name-required = 姓（名字）を入力してください。漢字で入力できないときは、カタカナやローマ字でもかまいません。
check-given-name-required = 名（名前）を入力してください。名前が一つだけの方は「名前は一つだけ」を選んでください。
check-family-kana-required = フリガナ（セイ）をカタカナで入力してください（例：ヤマダ）。
check-given-kana-required = フリガナ（メイ）をカタカナで入力してください（例：タロウ）。
check-kana-katakana-only = フリガナはカタカナで入力してください。カタカナ以外の文字があります：{ $chars }
check-birth-date-required = 生年月日を入力してください（例：昭和60年4月1日、または西暦1985年4月1日）。
check-birth-date-missing =
    生年月日の{ $part ->
        [year] 年
        [month] 月
       *[day] 日
    }を入力してください。
check-birth-date-not-number =
    生年月日の{ $part ->
        [year] 年は数字で入力してください（例：1985、60）。和暦の元年は、元号を選んでから「元」または「1」と入力してください。
        [month] 月は1から12の数字で入力してください。
       *[day] 日は数字で入力してください。
    }
check-birth-date-no-such-year = 生まれた年が正しくありません。西暦なら4桁（例：1985）、和暦なら元号を選んで年（例：60）を入力してください。
check-birth-date-no-such-month = 生まれた月は1から12の数字で入力してください。
check-birth-date-no-such-day = { $month }月は{ $last-day }日までです。生まれた日を確かめてください。
check-birth-date-era-ended =
    { $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }は{ $last-year }年{ $last-month }月{ $last-day }日までです。この日は{ $actual-era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }{ $actual-gannen ->
        [yes] 元
       *[no] { $actual-year }
    }年にあたります。元号と年を直すか、西暦で入力してください。
check-birth-date-era-not-begun =
    { $era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }は{ $first-year }年{ $first-month }月{ $first-day }日からです。この日は{ $actual-era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    }{ $actual-gannen ->
        [yes] 元
       *[no] { $actual-year }
    }年にあたります。元号と年を直すか、西暦で入力してください。
check-birth-date-future = 生年月日が今日より後になっています。生まれた年を確かめてください。
check-birth-date-year-too-early = 生まれた年が{ $year }年になっています。西暦は4桁で入力してください（例：1985）。和暦のときは、先に元号を選んでください。
check-birth-date-too-young = この生年月日では{ $age }歳です。求職の申込みは、中学校を卒業した方ができます。生年月日を確かめてください。
check-birth-date-young = この生年月日では{ $age }歳です。生まれた年に間違いがないか確かめてください。正しければ、もう一度「次へ」を押してください。
check-birth-date-old = この生年月日では{ $age }歳です。生まれた年に間違いがないか確かめてください。正しければ、もう一度「次へ」を押してください。

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = { $max }文字以内で入力してください（いまは{ $count }文字です）。

## 住所・連絡先

check-postcode-required = 郵便番号を7桁の数字で入力してください（例：160-0023）。
check-postcode-digits = 郵便番号は7桁の数字で入力してください（例：160-0023）。
check-postcode-unknown = 郵便番号「{ $postcode }」は見つかりませんでした。郵便番号を確かめて、もう一度入力してください。
check-address-search = 郵便番号を入力して「住所を検索」を押してください。都道府県と市区町村が入ります。
check-street-required = 番地を入力してください（例：1-2-3）。
check-phone-required = 日中に連絡がとれる電話番号を入力してください（例：090-1234-5678）。
check-phone-digits = 電話番号は数字で入力してください。使えない文字があります：{ $chars }
check-phone-format = 電話番号の桁数が合いません（入力された数字は{ $count }桁）。携帯電話は11桁（例：090-1234-5678）、固定電話は市外局番から10桁（例：03-1234-5678）で入力してください。
check-phone-free-dial = フリーダイヤル（0120・0800）の番号は、ご本人への連絡には使えないことがあります。ご自身の電話番号を入力してください。この番号でよければ、もう一度「次へ」を押してください。
check-email-too-long = メールアドレスが長すぎます（{ $count }文字）。{ $max }文字以内で入力してください。
check-email-chars = メールアドレスに使えない文字があります：{ $chars }　半角の英数字と記号で入力してください（例：taro@example.jp）。
check-email-at = メールアドレスは「@」を1つ入れ、その前と後ろに文字がある形で入力してください（例：taro@example.jp）。
check-email-domain = メールアドレスの「@」より後ろが正しくありません。「example.jp」のように、点（.）で区切った形で入力してください。
check-email-required-for-my-page = マイページを作るには、メールアドレスが必要です。メールアドレスを入力するか、「今回は作らない」を選んでください。

## 希望する仕事

check-occupation-required = 希望する職種を1つ以上選んでください。
check-occupation-too-many = 希望する職種は{ $max }つまで選べます（いまは{ $count }つ）。どれかを削除してください。
check-occupation-unknown = 職種（コード { $code }）は一覧にありません。この職種を削除して、一覧から選び直してください。
check-employment-type-required = 希望する雇用形態を1つ以上選んでください。
check-wage-digits = 希望する賃金は、金額を数字で入力してください（例：200000、20万）。特になければ空けたままにしてください。
check-wage-low =
    希望する賃金が{ $kind ->
        [hourly] 時給
       *[monthly] 月給
    }{ $amount }円になっています。最低賃金より低いかもしれません。金額と、月給・時給の選び方を確かめてください。正しければ、もう一度「次へ」を押してください。
check-wage-high =
    希望する賃金が{ $kind ->
        [hourly] 時給
       *[monthly] 月給
    }{ $amount }円になっています。桁と、月給・時給の選び方を確かめてください。正しければ、もう一度「次へ」を押してください。
check-time-format = 時刻は「9:00」や「17:30」のように、0:00から23:59の間で入力してください（終業は24:00も使えます）。
check-hours-both = 希望する就業時間は、始業と終業の両方を入力してください（例：9:00〜17:00）。特になければ、両方とも空けたままにしてください。
check-hours-same = 始業と終業が同じ時刻です。終業の時刻を確かめてください。
check-hours-overnight = 終業（{ $end }）が始業（{ $start }）より早いため、夜をまたぐ勤務になります。夜勤を希望するときは、もう一度「次へ」を押してください。違うときは時刻を直してください。

## 現在の状況

check-current-employment-required = 現在、仕事をしているかどうかを選んでください。
check-insurance-required = 雇用保険の給付（失業手当）を受ける予定を選んでください。わからないときは「わからない」を選んでください。

## 学歴・資格

check-education-level-required = 最終学歴を選んでください。
check-graduation-year-format = 卒業した年は、西暦4桁（例：2005）か和暦（例：平成17、H17）で入力してください。わからなければ空けたままにしてください。
check-graduation-year-future = 卒業した年が、これから先の年になっています。卒業した年を確かめてください。
check-graduation-year-before-birth = 卒業した年が、生まれた年（{ $birth-year }年）より前になっています。卒業した年と生年月日を確かめてください。
check-graduation-year-early = この年では{ $age }歳で卒業したことになります。卒業した年を確かめてください。正しければ、もう一度「次へ」を押してください。

## 職歴

check-employer-required = 勤務先（会社名）を入力してください。この職歴が不要なら、削除してください。
check-job-from-required = 入社した年月を入力してください（例：2019年4月）。
check-year-month-format = 年月は年と月で入力してください（例：2019年4月、2019/4、平成31年4月）。
check-job-from-future = 入社した年月が、これから先の年月になっています。年月を確かめてください。
check-job-to-before-from = 退社した年月が、入社した年月より前になっています。年月を確かめてください。
check-job-to-future = 退社した年月が、これから先の年月になっています。今も働いているときは、退社した年月を空けたままにしてください。
check-card-name-latin = 在留カードの氏名はローマ字（A〜Z）で、在留カードのとおりに入力してください。使えない文字：{ $chars }

## 求職情報の提供等・障害について
check-publication-required = 求職情報を会社に公開するかどうかを選んでください。
check-contact-method-required = 連絡方法を1つ以上選んでください。
check-contact-method-email-missing = メールでの連絡には、メールアドレスが必要です。「住所・連絡先」でメールアドレスを入力するか、ほかの連絡方法を選んでください。
check-disability-grade = { $certificate ->
    [intellectual] 療育手帳の程度は A か B から選んでください。
    [mental] 精神障害者保健福祉手帳の等級は1級から3級から選んでください。
   *[other] 身体障害者手帳の等級は1級から6級から選んでください。
}
## 日付・数・年（離職日、在留期間、通勤時間、扶養家族、資格を取った年など）

check-date-missing =
    { $part ->
        [year] 年
        [month] 月
       *[day] 日
    }を入力してください。日付がわからなければ、年・月・日をすべて空けたままにしてください。
check-date-invalid = この日付はありません。年・月・日を数字で確かめてください（和暦でも西暦でも入力できます）。
check-number-digits = 数字だけで入力してください。
check-number-range = { $min }から{ $max }までの数字で入力してください。
check-year-format = 年は西暦4桁（例：2015）か和暦（例：平成27、H27）で入力してください。わからなければ空けたままにしてください。
check-year-future = これから先の年になっています。年を確かめてください。
check-year-before-birth = 生まれた年（{ $birth-year }年）より前の年になっています。年を確かめてください。

## 国籍・在留資格

check-residence-status-missing = 在留資格を選んでください。在留カードに書いてあります。わからなければ、もう一度「次へ」を押してください。窓口で確かめます。
check-residence-status-unknown = 在留資格（コード { $code }）は一覧にありません。一覧から選び直してください。
check-residence-work =
    { $work ->
        [limited] この在留資格で働ける仕事は、在留資格の活動の範囲に決まっています。
        [designated] 特定活動で働けるかどうかは、指定書で決まります。
       *[none] この在留資格で働くには、資格外活動の許可が必要です。
    }窓口の職員が在留カードを確かめます。このままでよければ、もう一度「次へ」を押してください。
check-residence-expired = 在留期間の満了日が過ぎています。在留カードの日付を確かめてください。正しければ、もう一度「次へ」を押して、窓口でご相談ください。

## 最寄り駅・通勤、希望の働き方

check-commute-long = 通勤時間が{ $minutes }分になっています。分で入力してください（1時間は60分）。正しければ、もう一度「次へ」を押してください。
check-weekly-hours-long = 1週間に{ $hours }時間になっています。時間を確かめてください。正しければ、もう一度「次へ」を押してください。

## 現在の状況・学歴・職歴

check-left-on-future = 離職日が、これから先の日付になっています。これから辞める予定のときは「在職中」を選んでください。
check-qualifications-too-many = 免許・資格は{ $max }件まで入力できます（今は{ $count }件です）。ほかの免許・資格は窓口でお伝えください。
check-licence-unknown = 免許・資格（コード { $code }）は一覧にありません。この免許・資格を削除して、選び直してください。
check-qualification-name-required = 免許・資格の名前を入力するか、一覧から選んでください。
check-jobs-too-many = 職歴は{ $max }件まで入力できます（今は{ $count }件です）。古い職歴は窓口でお伝えください。
