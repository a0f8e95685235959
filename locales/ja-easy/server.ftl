# 窓口サーバーの ことば（やさしい にほんご）。
# 文を 短く します。むずかしい 漢字は ひらがなで 書きます。ID は ja/server.ftl と 同じです。

## 共通

srv-site-name = ハローワーク まどぐち
srv-skip-to-content = 本文へ すすむ
srv-language-nav = ことば
srv-form-errors = 入力を たしかめて ください
srv-required = ※かならず 入力
srv-optional = ※入力しなくても よい
srv-unselected = えらばない
srv-value-none = （なし）
srv-save = ほぞんする
srv-cancel = やめる
srv-reload = もう いちど 読みこむ
srv-sign-in = ログイン
srv-sign-out = ログアウト
srv-sign-in-failed = メールアドレスか パスワードが ちがいます。

## エラーページ

srv-error-not-found-title = ページが ありません
srv-error-not-found = この ページは ありません。QRコードから 開いた ときは、もう いちど 読みとって ください。
srv-error-forbidden-title = これは できません
srv-error-forbidden = この 画面は 見られません。前の 画面に もどって、もう いちど して ください。
srv-error-bad-request-title = 入力を 読めません
srv-error-bad-request = 入力を 読めませんでした。前の 画面に もどって、もう いちど 入力して ください。
srv-error-rate-limited-title = すこし まって ください
srv-error-rate-limited = たくさん 送られました。すこし まってから、もう いちど して ください。
srv-error-internal-title = もんだいが おきました
srv-error-internal = サーバーに もんだいが あります。すこし まってから、もう いちど して ください。なおらない ときは、ハローワークの 窓口に 聞いて ください。

## 申込みの 内容

srv-field-receipt = 受付番号
srv-field-status = いまの じょうたい
srv-field-name = なまえ
srv-name-kana-only = （カタカナで 入力）
srv-field-kana = フリガナ
srv-field-birth-date = 生まれた 日
srv-field-sex = 性別
srv-field-address = 住所
srv-field-street = 番地
srv-field-building = 建物の なまえ・部屋の 番号
srv-field-phone = 電話番号
srv-field-email = メールアドレス
srv-field-occupations = したい 仕事
srv-field-occupation-n = したい 仕事（{ $n }番め）
srv-field-employment-types = はたらきかた
srv-field-wage = ほしい 給料
srv-field-work-locations = はたらきたい ところ
srv-field-hours = はたらきたい 時間
srv-field-now = いまの じょうたい
srv-field-insurance = 雇用保険を もらう 予定
srv-field-education = さいごに 行った 学校
srv-field-qualifications = 免許・資格
srv-field-work-history = 前の 仕事
srv-field-my-page = 求職者マイページ
srv-field-job-seeker-number = 求職番号
srv-field-return-reason = 理由：

srv-sex-female = 女性
srv-sex-male = 男性
srv-sex-unstated = こたえない
srv-employment-full-time = 正社員
srv-employment-part-time = パート
srv-employment-dispatch = 派遣
srv-employment-contract = 契約社員
srv-wage-monthly = 1か月 { $amount }円 より 多く
srv-wage-hourly = 1時間 { $amount }円 より 多く
srv-wage-kind-monthly = 1か月の 給料
srv-wage-kind-hourly = 1時間の 給料
srv-wage-amount = お金（円）
srv-now-employed = いま はたらいて いる
srv-now-not-employed = いま はたらいて いない
srv-now-student = 学生
srv-insurance-yes = もらう 予定
srv-insurance-no = もらわない 予定
srv-insurance-unsure = わからない
srv-education-junior-high = 中学校
srv-education-high-school = 高校
srv-education-vocational = 専門学校
srv-education-junior-college = 短大・高専
srv-education-university = 大学
srv-education-graduate = 大学院
srv-education-other = そのほか
srv-my-page-wanted = つくりたい
srv-my-page-not-wanted = つくらない

srv-status-provisional = 仮受付
srv-status-accepted = 受理
srv-status-returned = もどされた

## スマートフォン：QRコードの 画面

srv-continue-title = 申込みの つづき
srv-continue-lead = ロビーの 機械で 申込みました。この 画面で 求職者マイページを つくれます。
srv-received-title = うけとった 内容
srv-received-wrong = まちがいが あるときは、窓口で 言って ください。
srv-on-its-way-title = いま 送って います
srv-on-its-way = 申込みは いま ロビーの 機械から ハローワークへ 送って います。
srv-on-its-way-refresh = この 画面は じどうで かわります。まって いて ください。
srv-on-its-way-help = ずっと かわらない ときは、窓口で 受付番号を 見せて ください。
srv-expired-title = この QRコードは もう つかえません
srv-expired = この QRコードは もう つかえません。申込みの 内容と 求職者マイページは 窓口で 手伝います。受付番号を 見せて ください。
srv-spent-title = 求職者マイページは もう あります
srv-spent = この QRコードで もう パスワードを きめました。メールアドレスと パスワードで ログインして ください。
srv-my-page-open-title = 求職者マイページを つくる
srv-no-email = メールアドレスが ないので、ここでは つくれません。窓口で 手伝います。
srv-code-send = 番号を 送る
srv-code-resend = 番号を もう いちど 送る
srv-code-sent = 番号を 送りました。メールを 見て ください。メールが ないときは、迷惑メールも 見て ください。
srv-code-label = 番号（6つの 数字）
srv-code-help = メールに ある 6つの 数字を 入力して ください。
srv-code-submit = たしかめる
srv-code-wrong = 番号が ちがいます。あと { $remaining }回 入力できます。
srv-code-need-new = この 番号は もう つかえません。新しい 番号を 送って ください。
srv-code-send-failed = メールを 送れませんでした。すこし まってから、もう いちど して ください。
srv-code-send-limited = 番号は つづけて 送れません。{ $minutes }分 ぐらい まって ください。
srv-email-verified = メールアドレス（{ $email }）を たしかめました。つぎに パスワードを きめて ください。

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = ロビーの 機械で 申込みました。あなたの ことを たしかめてから、申込みの 内容を 見たり、求職者マイページを つくったり できます。
srv-proof-title = あなたの ことを たしかめます
srv-proof-email = 申込みの メールアドレスに 6つの 数字の 番号を 送ります。たしかめるまで、名前などは 見せません。
srv-proof-email-help = メールが こない ときや メールアドレスが まちがって いる ときは、窓口で 受付番号を 見せて ください。
srv-proof-birth = 申込みに メールアドレスが ありません。生年月日で たしかめます。たしかめるまで、名前などは 見せません。
srv-birth-label = 生年月日
srv-birth-help = れい：1990年7月15日、平成2年7月15日、1990/7/15
srv-birth-submit = たしかめる
srv-birth-unreadable = 生年月日が わかりません。れいのように 年・月・日を 入力して ください。
srv-birth-wrong = 生年月日が ちがいます。あと { $remaining }回 入力できます。
srv-birth-locked = 生年月日は もう 入力できません。窓口で 受付番号を 見せて ください。
srv-proof-bound-time = この 画面は、たしかめた この ブラウザーで 30分 つかえます。

srv-password-label = パスワード
srv-password-help = { $min }文字より 長く して ください（{ $suggested }文字より 長いと 安全です）。スペースや ひらがなも つかえます。よく つかわれる パスワードは だめです。
srv-password-confirm-label = パスワード（もう いちど）
srv-password-submit = パスワードを きめて つくる
srv-password-too-short = パスワードを { $min }文字より 長く して ください。
srv-password-too-long = パスワードを { $max }文字より 短く して ください。
srv-password-common = この パスワードは かんたんすぎます。ほかの ものに して ください。
srv-password-personal = メールアドレスなど、あなたの ことが 入った パスワードは だめです。
srv-password-mismatch = 2つの パスワードが ちがいます。

## メール

srv-mail-code-subject = 【ハローワーク】たしかめる ための 番号
srv-mail-code-body =
    番号：{ $code }

    ハローワークの ロビーの 機械で 申込みました。求職者マイページを つくる ための 番号です。
    スマートフォンの 画面に この 6つの 数字を 入力して ください。{ $minutes }分 つかえます。

    わからない ときは、この メールを けして ください。

srv-mail-change-code-subject = 【ハローワーク】メールアドレスを かえる ための 番号
srv-mail-change-code-body =
    番号：{ $code }

    求職者マイページの メールアドレスを、この アドレスに かえる ための 番号です。
    マイページの 画面に この 6つの 数字を 入力して ください。{ $minutes }分 つかえます。

    わからない ときは、この メールを けして ください。メールアドレスは かわりません。
srv-mail-email-changed-subject = 【ハローワーク】メールアドレスを かえました
srv-mail-email-changed-body =
    求職者マイページの メールアドレスを { $email } に かえました。
    つぎからは あたらしい アドレスで ログインします。この アドレスには もう メールが 来ません。

    わからない ときは、すぐに ハローワークの 窓口に 連絡して ください。

## 求職者マイページ

srv-my-title = 求職者マイページ
srv-my-nav = マイページの メニュー
srv-my-signin-title = 求職者マイページに ログイン
srv-my-signin-help = パスワードを わすれた ときは、ハローワークの 窓口に 聞いて ください。
srv-my-status-title = 申込みの じょうたい
srv-my-status-provisional = いまは 仮受付です。窓口で 本人かくにんを すると 受理に なります。求職番号が もらえます。
srv-my-status-accepted = 窓口で 受理しました。求職番号は ハローワークカードにも 書いて あります。
srv-my-status-returned = 窓口で 申込みが もどされました。窓口で 相談して ください。
srv-my-registration-title = 登録した 内容
srv-my-saved = ほぞんしました。
srv-my-edit-title = 登録を かえる
srv-my-edit-lead = 電話番号、住所、したい 仕事を かえられます。ひっこした ときは、郵便番号と 番地を かえて ください。
srv-my-edit-contact = 連絡先
srv-field-postcode = 郵便番号
srv-field-town = 町
srv-my-email-title = メールアドレスを かえる
srv-my-email-lead = メールアドレスは マイページに ログインする ときにも つかいます。あたらしい アドレスに 番号を 送ります。その 番号を 入力すると かわります。それまでは いまの アドレスで ログインできます。
srv-my-email-now = いまの メールアドレス
srv-field-new-email = あたらしい メールアドレス
srv-my-email-new-title = あたらしい アドレスを 登録する
srv-field-current-password = いまの パスワード
srv-my-email-password-help = あなたで ある ことを たしかめます。マイページの パスワードを 入力して ください。
srv-my-email-password-wrong = パスワードが ちがいます。マイページに ログインする ときの パスワードを 入力して ください。
srv-my-email-code-title = 番号を 入力する
srv-my-email-code-lead = { $email } に 送った 6つの 数字を 入力して ください。
srv-my-email-confirm = かえる
srv-my-email-same = いまと おなじ メールアドレスです。かえる ときは あたらしい アドレスを 入力して ください。
srv-my-email-changed = メールアドレスを { $email } に かえました。つぎからは この アドレスで ログインして ください。
srv-my-edit-postcode-hint = 数字 7つです。県、市、町は 郵便番号から 入ります。
srv-my-edit-town-choose = この 郵便番号には 町が いくつか あります。住んで いる 町を えらんで ください。
srv-my-edit-work = したい 仕事

## 信頼（スライスB）：受理の あとの なまえ・生まれた 日・住所の 変更と、その 記録

srv-sign-in-form-expired = サインインの 画面が 古く なりました。もう 一度 サインイン して ください。
srv-my-edit-person = なまえと 生まれた 日
srv-my-edit-checked-note = 窓口で 受理された あと、なまえ・生まれた 日・住所を かえると、窓口の 人が たしかめてから かわります。
srv-field-family-name = みょうじ
srv-field-given-name = なまえ
srv-field-family-kana = みょうじ（カタカナ）
srv-field-given-kana = なまえ（カタカナ）
srv-birth-calendar = こよみ
srv-birth-year = 年
srv-birth-month = 月
srv-birth-day = 日
srv-calendar-western = 西暦
srv-calendar-meiji = 明治
srv-calendar-taisho = 大正
srv-calendar-showa = 昭和
srv-calendar-heisei = 平成
srv-calendar-reiwa = 令和
srv-my-change-sent = ほかの 変更は ほぞんしました。なまえ・生まれた 日・住所の 変更は 窓口に おくりました。窓口の 人が たしかめると かわります。
srv-my-change-pending-title = 窓口で たしかめて いる 変更
srv-my-change-pending-lead = つぎの 変更は、窓口の 人が たしかめると かわります。
srv-change-pending-title = たしかめる 変更
srv-change-pending-lead = 受理の あとで、マイページで かえました。たしかめて、かえるか、かえないかを きめて ください。
srv-change-old = まえ
srv-change-new = あたらしい
srv-change-when = いつ
srv-change-who = だれ
srv-change-action = なに
srv-change-field = こうもく
srv-change-accept = 変更を みとめる
srv-change-refuse = 変更を みとめない
srv-change-already-decided = この 変更は もう きまって います。
srv-change-audit-title = 変更の 記録
srv-change-audit-none = なまえ・生まれた 日・住所の 変更は ありません。
srv-change-by-visitor = 本人（マイページ）
srv-change-action-applied = かえた
srv-change-action-requested = ねがいでた
srv-change-action-accepted = みとめた
srv-change-action-refused = みとめなかった

## API の エラー（キオスクで つかう）

srv-problem-malformed-json = 送った ものが JSON では ありません。
srv-problem-invalid-body = 送った ものの 項目が ちがいます。
srv-problem-body-too-large = 送った ものが 大きすぎます。
srv-problem-unsupported-media-type = 送った ものの 形が ちがいます（application/json）。
srv-problem-unauthorized = 機械の 登録が ちがいます。登録を やりなおして ください。
srv-problem-idempotency-key-invalid = 送信の キーが ちがいます。
srv-problem-idempotency-conflict = 同じ キーで ちがう ものが 送られました。
srv-problem-envelope-malformed = 申込みデータの 形が ちがいます。
srv-problem-envelope-version-unknown = 申込みデータの 版が わかりません。
srv-problem-envelope-unopenable = 申込みデータを 開けません。鍵と 登録を たしかめて ください。
srv-problem-envelope-payload-invalid = 申込みデータの 中が ちがいます。
srv-problem-identifiers-invalid = 受付番号、QRコード、時刻の どれかが ちがいます。
srv-problem-office-mismatch = 申込みの ハローワークの 番号が 機械の 登録と ちがいます。
srv-problem-continuation-token-taken = この QRコードは ほかの 申込みで つかわれて います。
srv-problem-enrolment-code-invalid = 登録コードが ちがうか、もう つかえません。
srv-problem-kiosk-id-invalid = 機械の ID が ちがいます。
srv-problem-kiosk-id-taken = この 機械の ID は ほかの ハローワークで つかって います。
srv-problem-survey-invalid = アンケートの こたえが ちがいます。
srv-problem-heartbeat-invalid = 機械の 報告が ちがいます。
srv-problem-not-found = ありません。
srv-problem-method-not-allowed = これは できません。
srv-problem-rate-limited = たくさん 送られました。すこし まって ください。
srv-problem-unavailable = データベースに つながりません。
srv-problem-internal = サーバーに もんだいが あります。すこし まってから、もう いちど して ください。

## 窓口の 画面（職員が つかう）

srv-counter-nav = 窓口の メニュー
srv-counter-title = きょうの 申込み
srv-counter-signin-title = 職員の ログイン
srv-counter-login = ログインID
srv-counter-sign-in-failed = ログインIDか パスワードが ちがいます。
srv-role-admin = 管理者
srv-role-staff = 職員
srv-counter-office = ハローワーク
srv-counter-all-offices = すべての ハローワーク
srv-counter-no-offices = ハローワークが 登録されて いません。
srv-counter-date = 受付の 日
srv-counter-search = 見る
srv-counter-receipt-invalid = 受付番号は 6文字です。もう いちど 見て ください。
srv-counter-results-day = { $date } の 申込み（{ $count }）
srv-counter-results-receipt = 受付番号 { $receipt } の 申込み
srv-counter-office-caption = ハローワークの 番号 { $office }
srv-counter-none = 申込みは ありません。
srv-counter-received-at = 受付の 時間
srv-counter-findings = たしかめる こと
srv-counter-back = 一覧に もどる
srv-counter-application-page = 受付番号 { $receipt }
srv-counter-application-title = 申込みの 内容
srv-counter-visitor-language = 申込みの ことば
srv-counter-my-page = 求職者マイページ
srv-counter-my-page-open = あり
srv-counter-my-page-not-open = なし
srv-counter-birth-calendar = 生まれた 日は { $calendar }で 入力しました。
srv-counter-findings-title = 窓口で たしかめる こと
srv-counter-findings-lead = 入力に つぎの ことが ありました。本人と たしかめて ください。
srv-counter-identity-title = 本人かくにん
srv-counter-identity-document = 見た 書類
srv-counter-identity-submit = 本人かくにんを 記録する
srv-counter-identity-done = { $time } に { $by } が { $document }で 本人かくにんを しました。
srv-counter-identity-invalid = 見た 書類を えらんで ください。
srv-counter-decision-title = 受理・もどす
srv-counter-accept-lead = 受理すると 求職番号が でます。あとで けせません。
srv-counter-accept = 受理して 求職番号を だす
srv-counter-accept-needs-identity = 受理の 前に 本人かくにんを 記録して ください。
srv-counter-already-decided = この 申込みは もう 受理したか、もどしました。
srv-counter-return-reason = もどす 理由
srv-counter-return-help = 本人の 求職者マイページに 出ます。
srv-counter-return = もどす
srv-counter-return-reason-invalid = もどす 理由を 500文字までで 書いて ください。
srv-counter-print-a4 = 求職受付票を 印刷（A4）
srv-counter-print-receipt = 求職受付票を 印刷（レシート 80mm）
srv-counter-print-hint = ブラウザーの 印刷（Ctrl+P）で 印刷して ください。
srv-id-doc-my-number-card = マイナンバーカード
srv-id-doc-driving-licence = 運転免許証
srv-id-doc-residence-card = 在留カード
srv-id-doc-passport = パスポート
srv-id-doc-health-insurance = 健康保険の 書類
srv-id-doc-other = そのほかの 書類

## 求職受付票

srv-slip-title = 求職受付票
srv-slip-accepted-on = 受理した 日
srv-slip-identity = 本人かくにんの 書類
srv-slip-staff = 担当
srv-slip-note = ハローワークカードが とどくまで、この 紙を なくさないで ください。求職番号は 求職者マイページでも 見られます。

## スコアカードと アンケート

srv-scorecard-title = スコアカード
srv-scorecard-lead = ハローワークごと、3か月ごとの 数です。申込み、マイページ、オンラインの わりあい、アンケート。
srv-scorecard-quarter = 3か月（れい 2026Q3）
srv-scorecard-period = { $quarter }（{ $from } 〜 { $to }）
srv-scorecard-chart-title = { $office } の オンラインの わりあい（4つの 3か月）
srv-scorecard-chart-caption = ぼうは オンラインの わりあい。赤い 点線は 目標の 20% です。同じ 数を 下の 表にも 書きます。
srv-scorecard-target-label = 目標 20%
srv-scorecard-applications = 申込み
srv-scorecard-opened = マイページを つくった
srv-scorecard-rate = オンラインの わりあい
srv-scorecard-target = 目標 20%
srv-scorecard-met = できた
srv-scorecard-not-met = まだ
srv-scorecard-accepted = 受理
srv-scorecard-answers = アンケートの こたえ
srv-scorecard-distribution = こたえ（1〜5）
srv-scorecard-mean = 平均
srv-scorecard-definition = オンラインの わりあい ＝ マイページを つくった 数 ÷ 申込みの 数。1年は 4月から はじまります。
srv-scorecard-csv = CSVで ほぞん
srv-scorecard-json = JSONで 見る

## 機械の ようす

srv-fleet-title = 機械の ようす
srv-fleet-lead = { $minutes }分 より 長く 報告が ない 機械は「へんじ なし」に なります。
srv-fleet-none = 登録した 機械は ありません。
srv-fleet-kiosk = 機械
srv-fleet-state = ようす
srv-fleet-last-heartbeat = さいごの 報告
srv-fleet-version = 版
srv-fleet-queue = まだ 送って いない
srv-fleet-last-error = さいごの エラー
srv-fleet-ok = うごいて いる
srv-fleet-stale = へんじ なし
srv-fleet-never = なし
srv-fleet-pending = 登録を まって いる（{ $until } まで）
srv-name-single = （なまえは ひとつだけ）
srv-field-card-name = ざいりゅうカードの なまえ

## ふえた こうもく（まどぐちの ひょうじ）

srv-field-nationality = こくせき
srv-nationality-japanese = にほん
srv-nationality-foreign = にほん いがい
srv-field-residence-status = ざいりゅうしかく
srv-field-residence-expiry = ざいりゅうきかん（まんりょうび）
srv-field-station = ちかい えき
srv-field-commute = かよいかた
srv-commute-walk = あるく
srv-commute-bicycle = じてんしゃ
srv-commute-motorbike = バイク
srv-commute-car = くるま
srv-commute-train = でんしゃ
srv-commute-bus = バス
srv-field-commute-minutes = かよう じかん（かたみち）
srv-minutes = { $minutes }ふん
srv-field-work-styles = はたらく じかん
srv-style-full-time = フルタイム
srv-style-part-time = パートタイム
srv-field-holidays = やすみたい ひ
srv-holiday-weekends = どようび・にちようび・しゅくじつ
srv-holiday-weekdays = へいじつ
srv-holiday-shifts = シフト
srv-holiday-any = どれでも いい
srv-weekday-mon = げつ
srv-weekday-tue = か
srv-weekday-wed = すい
srv-weekday-thu = もく
srv-weekday-fri = きん
srv-weekday-sat = ど
srv-weekday-sun = にち
srv-field-week = 1しゅうかんに はたらく じかん・ひ
srv-hours-a-week = 1しゅうかんに { $hours }じかん
srv-days-a-week = 1しゅうかんに { $days }にち
srv-field-left-on = しごとを やめた ひ
srv-field-leaving-reason = やめた りゆう
srv-leaving-employer = かいしゃの つごう
srv-leaving-own = じぶんの つごう
srv-leaving-contract-end = けいやくが おわった
srv-leaving-retirement = ていねん
srv-leaving-other = そのほか
srv-field-spouse = おっと・つま
srv-spouse-yes = いる
srv-spouse-no = いない
srv-spouse-unstated = こたえない
srv-field-dependants = やしなって いる かぞく（おっと・つまを のぞく）
srv-people = { $n }にん
srv-unstated = こたえない
srv-completion-graduated = そつぎょう した
srv-completion-withdrew = とちゅうで やめた
srv-completion-enrolled = いま かよって いる
srv-completion-expected = これから そつぎょう する
srv-employment-casual = アルバイト
srv-employment-other = そのほか
srv-score = スコア { $score }
srv-year-obtained = { $year }ねんに とった
srv-job-occupation = しごとの しゅるい
srv-field-commute-minutes-unit = かよう じかん（かたみち・ふん）
srv-field-weekly-hours-unit = 1しゅうかんに はたらく じかん
srv-field-days-per-week-unit = 1しゅうかんに はたらく ひの かず
