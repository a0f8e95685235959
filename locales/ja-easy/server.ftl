# 窓口サーバーの ことば（やさしい にほんご）。
# 文を 短く します。むずかしい 漢字は ひらがなで 書きます。ID は ja/server.ftl と 同じです。

## 共通

srv-site-name = ハローワーク まどぐち

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = { $year }年{ $month }月{ $day }日
srv-month-1 = 1月
srv-month-2 = 2月
srv-month-3 = 3月
srv-month-4 = 4月
srv-month-5 = 5月
srv-month-6 = 6月
srv-month-7 = 7月
srv-month-8 = 8月
srv-month-9 = 9月
srv-month-10 = 10月
srv-month-11 = 11月
srv-month-12 = 12月
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
srv-field-identity-source = じぶんの じょうほうの いれかた
srv-identity-from-card = マイナンバーカードから よみました（ほんにんかくにんは まだです）
srv-card-read = （カードから よんだ）
srv-card-changed = （カードから よんだ あと かえた）
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
srv-expired = この QRコードは もう つかえません。申込みの 内容と 求職者マイページは ハローワークの 窓口で 手伝います。受付番号を 見せて ください。
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
srv-email-verified = メールアドレス（{ $email }）を たしかめました。つぎに マイページの パスワードを きめて ください。

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
srv-my-status-provisional = いまは 仮受付です。ハローワークの 窓口で 本人かくにんを すると 受理に なります。求職番号が もらえます。
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
srv-my-edit-disclosure = あなたの 情報の 公開と れんらくの しかた
srv-my-edit-self-pr = じこPR・つたえたい こと

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
srv-scorecard-lead = オンラインの わりあいです。ハローワーク、都道府県、全国の 数を 3か月ごとに 出します。求職者は 新しく 登録した 人 全部です。機械の 申込みと、窓口と オンラインで 登録した 人（職員が 入れた 数）を たします。
srv-scorecard-quarter = 3か月（れい 2026Q3）
srv-scorecard-period = { $quarter }（{ $from } 〜 { $to }）
srv-scorecard-chart-title = { $name } の オンラインの わりあい（8つの 3か月）
srv-scorecard-chart-caption = ぼうは オンラインの わりあいです。目標の 20% より 上は ぬりつぶし、下は ななめの 線です。点線は 目標の 20% と、2019年度の 8.0% です。同じ 数を 下の 表にも 書きます。
srv-scorecard-target-label = 目標 20%
srv-scorecard-baseline-label = 2019年度 8.0%
srv-scorecard-legend-met = 目標に とどいた（ぬりつぶし）
srv-scorecard-legend-not-met = まだ（ななめの 線）
srv-scorecard-quarter-head = 3か月
srv-scorecard-rate = オンラインの わりあい
srv-scorecard-target = 目標 20%
srv-scorecard-met = できた
srv-scorecard-not-met = まだ
srv-scorecard-accepted = 受理
srv-scorecard-answers = アンケートの こたえ
srv-scorecard-distribution = こたえ（1〜5）
srv-scorecard-mean = 平均
srv-scorecard-definition-title = オンラインの わりあいの 計算
srv-scorecard-definition-source = もと：オンライン利用率引上げの基本計画（2021年10月22日）
srv-scorecard-definition = マイページを つくった 数 ÷ 新しい 求職者の 数。どちらも 登録した 日（日本の 時間）で 数えます。だから 100% より 大きく なりません。1年は 4月から はじまります。
srv-scorecard-csv = CSVで ほぞん
srv-scorecard-json = JSONで 見る
srv-scorecard-print = いんさつ 用
srv-scorecard-refresh = 数を いま 計算する
srv-scorecard-national = 全国
srv-scorecard-kpi-title = 目標：マイページ 34万
srv-scorecard-kpi = これまでに { $openings }（目標 { $kpi } の { $percent }）
srv-scorecard-updated = 数を 計算した 時間：{ $at }（日本の 時間）
srv-scorecard-never-updated = 数は まだ 計算して いません。
srv-scorecard-table-caption = 3か月の 求職者と マイページ
srv-scorecard-unit = 場所
srv-scorecard-job-seekers = 求職者（登録した 日で 数える）
srv-scorecard-opened = マイページを つくった
srv-scorecard-kiosk-share = 機械から つくった わりあい
srv-scorecard-cumulative = これまでの 合計
srv-scorecard-from-kiosk = 機械（自動）
srv-scorecard-from-counter = 窓口（職員が 入れた）
srv-scorecard-from-online = オンライン（職員が 入れた）
srv-scorecard-total = 合計
srv-scorecard-opened-kiosk = 機械から（自動）
srv-scorecard-opened-recorded = 職員が 入れた
srv-scorecard-sources = 「自動」は 機械の 申込みと QRから つくった マイページの 数です。「職員が 入れた」は 窓口と オンラインの 登録の 数です。職員が 入れるか、ファイルで 入れます。返した 申込みは 数えません。
srv-scorecard-rating-title = 機械の アンケートと 受理
srv-scorecard-trend-title = 8つの 3か月の うごき

srv-tally-title = 登録の 数を 入れる
srv-tally-lead = 機械 いがいで 登録した 新しい 求職者の 数を、日と 方法ごとに 入れます。同じ 日と 方法を また 入れると、前の 数と かわります。
srv-tally-saved = 入れました。スコアカードの 数も 計算しました。
srv-tally-one-title = 1日の 数を 入れる
srv-tally-day = 登録した 日
srv-tally-channel = 方法
srv-tally-channel-counter = 窓口（紙や 事務所の パソコン）
srv-tally-channel-online = オンライン
srv-tally-registered = 新しい 求職者の 数
srv-tally-opened = マイページを つくった 数
srv-tally-opened-hint = この 日に 登録した 人の なかで、マイページを つくった 人の 数です。求職者の 数より 大きく できません。
srv-tally-save = 入れる
srv-tally-import-title = 日ごとの CSVを 入れる
srv-tally-import-lead = 1行目は 見出しです。2行目から 1日 1方法ずつ 書きます。まちがいが 1つでも あると、何も 入れません。何行目の どこか 教えます。
srv-tally-csv-file = CSVの ファイルを えらぶ
srv-tally-csv = または CSVの なかみを はりつける
srv-tally-import = 入れる
srv-tally-list-title = { $quarter } の 数
srv-tally-none = この 3か月の 数は まだ ありません。
srv-tally-source = だれが 入れたか
srv-tally-source-tally = { $who } が 入れた（{ $at }）
srv-tally-source-import = { $who } が CSVで 入れた（{ $at }）
srv-tally-error-header = 1行目は date,channel,registrations,my_pages_opened に して ください。
srv-tally-error-columns = 列が 4つでは ありません。
srv-tally-error-date = 日は 2026-10-01 の ように 書いて ください。
srv-tally-error-future = まだ 来て いない 日です。
srv-tally-error-channel = 方法は counter か online です。
srv-tally-error-count = 0 より 大きい 数を 書いて ください。
srv-tally-error-opened = マイページの 数が 求職者の 数より 大きいです。
srv-tally-error-duplicate = 同じ 日と 方法が 2回 あります。
srv-tally-error-empty = 見出しの ほかに 行が ありません。
srv-tally-error-too-many = 行が 多すぎます。わけて 入れて ください。
srv-tally-error-unreadable = CSVとして 読めません。
srv-tally-error-at-column = { $line }行目の { $column }：{ $message }
srv-tally-error-at-line = { $line }行目：{ $message }

srv-public-title = オンラインの わりあい（スコアカード）
srv-public-lead = ハローワークの 申込みで オンラインを 使った わりあいです。3か月ごとに 出します。
srv-public-withheld = ひこうかい
srv-public-job-seekers = 求職者
srv-public-openings = マイページを つくった
srv-public-prefectures = 全国と 都道府県
srv-public-offices = ハローワークごと
srv-public-withheld-note = 「ひこうかい」は { $min } より 小さい 数です。ほかの 数から 計算で わかる 数も かくします。だれか わからない ように するためです。

srv-survey-title = オンラインの 手続きの アンケート
srv-survey-lead = 申込みと マイページは 使いやすかったですか。名前や 電話番号は 書かないで ください。電話番号や メールアドレスは ほぞんする 前に けします。
srv-survey-ease = 手続きは かんたんでしたか
srv-survey-ease-5 = とても かんたん
srv-survey-ease-4 = かんたん
srv-survey-ease-3 = ふつう
srv-survey-ease-2 = むずかしい
srv-survey-ease-1 = とても むずかしい
srv-survey-time = かかった 時間
srv-survey-time-under-5 = 5分より 少ない
srv-survey-time-5-15 = 5分から 15分
srv-survey-time-15-30 = 15分から 30分
srv-survey-time-over-30 = 30分より 多い
srv-survey-hard = むずかしかった こと
srv-survey-hard-hint = あう もの 全部を えらんで ください。
srv-survey-hard-finding = どこで するか わからなかった
srv-survey-hard-typing = 入力が たいへんだった
srv-survey-hard-email-code = メールの 番号
srv-survey-hard-password = パスワード
srv-survey-hard-language = ことばが むずかしかった
srv-survey-hard-other = その ほか
srv-survey-comment = いけん（書かなくても いいです）
srv-survey-comment-hint = { $max } 文字まで。電話番号、メールアドレス、郵便番号は けして ほぞんします。
srv-survey-send = おくる
srv-survey-error-ease = かんたんだったか えらんで ください。
srv-survey-error-time = かかった 時間を えらんで ください。
srv-survey-error-hard = むずかしかった ことの えらびかたが ちがいます。
srv-survey-thanks-title = ありがとう ございました
srv-survey-thanks = こたえを もらいました。手続きを よく するために 使います。1年に 1回 以上 結果を 出します。
srv-survey-invite-title = アンケートに こたえて ください
srv-survey-invite = オンラインの 手続きは どうでしたか。少しの しつもんに こたえて ください。
srv-survey-my-page-invite = 使いやすかったですか。みじかい アンケートに こたえて ください。
srv-survey-report-title = アンケートの 1年の まとめ
srv-survey-year = 年度（れい 2026）
srv-survey-report-lead = { $year }年度：こたえ { $answers }、かんたんさの 平均 { $mean }（5が いちばん かんたん）
srv-survey-answers = こたえの 数
srv-survey-mean = かんたんさの 平均
srv-survey-no-office = ハローワークの 名前 なし
srv-survey-channel = どこから こたえたか
srv-survey-channel-my-page = マイページから
srv-survey-channel-public = 公表の ページから
srv-survey-language = ことば
srv-survey-comments = いけん
srv-survey-comments-note = 職員だけが 見ます。公表しません。電話番号などは けして あります。
srv-survey-no-comments = いけんは ありません。

## 都道府県労働局（安定所番号の上2桁）
srv-prefecture-01 = ｛北海道｜ほっかいどう｝
srv-prefecture-02 = ｛青森｜あおもり｝
srv-prefecture-03 = ｛岩手｜いわて｝
srv-prefecture-04 = ｛宮城｜みやぎ｝
srv-prefecture-05 = ｛秋田｜あきた｝
srv-prefecture-06 = ｛山形｜やまがた｝
srv-prefecture-07 = ｛福島｜ふくしま｝
srv-prefecture-08 = ｛茨城｜いばらき｝
srv-prefecture-09 = ｛栃木｜とちぎ｝
srv-prefecture-10 = ｛群馬｜ぐんま｝
srv-prefecture-11 = ｛埼玉｜さいたま｝
srv-prefecture-12 = ｛千葉｜ちば｝
srv-prefecture-13 = ｛東京｜とうきょう｝
srv-prefecture-14 = ｛神奈川｜かながわ｝
srv-prefecture-15 = ｛新潟｜にいがた｝
srv-prefecture-16 = ｛富山｜とやま｝
srv-prefecture-17 = ｛石川｜いしかわ｝
srv-prefecture-18 = ｛福井｜ふくい｝
srv-prefecture-19 = ｛山梨｜やまなし｝
srv-prefecture-20 = ｛長野｜ながの｝
srv-prefecture-21 = ｛岐阜｜ぎふ｝
srv-prefecture-22 = ｛静岡｜しずおか｝
srv-prefecture-23 = ｛愛知｜あいち｝
srv-prefecture-24 = ｛三重｜みえ｝
srv-prefecture-25 = ｛滋賀｜しが｝
srv-prefecture-26 = ｛京都｜きょうと｝
srv-prefecture-27 = ｛大阪｜おおさか｝
srv-prefecture-28 = ｛兵庫｜ひょうご｝
srv-prefecture-29 = ｛奈良｜なら｝
srv-prefecture-30 = ｛和歌山｜わかやま｝
srv-prefecture-31 = ｛鳥取｜とっとり｝
srv-prefecture-32 = ｛島根｜しまね｝
srv-prefecture-33 = ｛岡山｜おかやま｝
srv-prefecture-34 = ｛広島｜ひろしま｝
srv-prefecture-35 = ｛山口｜やまぐち｝
srv-prefecture-36 = ｛徳島｜とくしま｝
srv-prefecture-37 = ｛香川｜かがわ｝
srv-prefecture-38 = ｛愛媛｜えひめ｝
srv-prefecture-39 = ｛高知｜こうち｝
srv-prefecture-40 = ｛福岡｜ふくおか｝
srv-prefecture-41 = ｛佐賀｜さが｝
srv-prefecture-42 = ｛長崎｜ながさき｝
srv-prefecture-43 = ｛熊本｜くまもと｝
srv-prefecture-44 = ｛大分｜おおいた｝
srv-prefecture-45 = ｛宮崎｜みやざき｝
srv-prefecture-46 = ｛鹿児島｜かごしま｝
srv-prefecture-47 = ｛沖縄｜おきなわ｝

## 機械の ようす

srv-fleet-title = 機械の ようす
srv-fleet-lead = { $minutes }分 より 長く 報告が ない 機械は「へんじ なし」に なります。
srv-fleet-none = 登録した 機械は ありません。
srv-fleet-kiosk = 機械
srv-fleet-state = ようす
srv-fleet-last-heartbeat = さいごの 報告
srv-fleet-version = 版
srv-fleet-occupation-table = しょくぎょう の ひょう
srv-fleet-postcode-book = 郵便番号の データ
srv-fleet-occupations-differs = サーバー の ひょう と ちがいます
srv-fleet-postcodes-differs = サーバーの データと ちがいます
srv-fleet-queue = まだ 送って いない
srv-fleet-last-error = さいごの エラー
srv-fleet-ok = うごいて いる
srv-fleet-stale = へんじ なし
srv-fleet-never = なし
srv-fleet-pending = 登録を まって いる（{ $until } まで）
srv-fleet-slot = スロット
srv-fleet-uptime = うごいて いる 時間
srv-fleet-uptime-value = { $days }日 { $hours }時間 { $minutes }分
srv-fleet-orientation = 画面の 向き
srv-fleet-orientation-portrait = たて
srv-fleet-orientation-landscape = よこ
srv-fleet-steer = そうさ
srv-fleet-command = しじ
srv-fleet-action-wipe-screen = 画面を けして 最初に もどす
srv-fleet-action-send-queue = まだ 送って いない ものを 今 送る
srv-fleet-action-restart = 機械の ソフトを もう一度 はじめる
srv-fleet-action-reboot = 機械を もう一度 はじめる
srv-fleet-action-apply-config = 設定を かえる
srv-fleet-action-revoke = 登録を やめる
srv-fleet-config = 設定ファイル（設定を かえる ときだけ）
srv-fleet-config-label = kiosk.toml の 中身
srv-fleet-send = 送る
srv-fleet-command-sent = しじを 登録しました。1分 いないに 機械に とどきます。
srv-fleet-command-not-found = その 機械は 見つかりません。
srv-fleet-command-admin-only = 設定を かえる ことと 登録を やめる ことは 管理者だけが できます。
srv-fleet-command-not-enrolled = まだ 登録して いない 機械には しじを 送れません。
srv-fleet-command-unknown = その しじは ありません。リストから えらんで ください。
srv-fleet-command-config-size = 設定ファイルが 空か、長すぎます（64 KB まで）。
srv-fleet-silent-alert = { $count }台の 機械から { $minutes }分 より 長く 報告が ありません。電源と ネットワークを 見て ください。
srv-fleet-commands = 機械への しじ
srv-fleet-commands-none = まだ しじは ありません。
srv-fleet-command-time = 日時
srv-fleet-command-by = 送った 人
srv-fleet-command-outcome = 結果
srv-fleet-outcome-waiting = とどくのを まって います
srv-fleet-outcome-delivered = とどきました（結果を まって います）
srv-fleet-outcome-done = やりました
srv-fleet-outcome-refused = ことわられました：
srv-name-single = （なまえは ひとつだけ）
srv-field-card-name = ｛在留｜ざいりゅう｝カードの なまえ

## 求職情報の提供等・障害について・自己PR
srv-field-publication = じょうほうを ｛会社｜かいしゃ｝に みせるか
srv-publication-not-published = みせない
srv-publication-without-employer-names = みせる（まえの 会社の なまえは みせない）
srv-publication-published = みせる（まえの 会社の なまえも みせる）
srv-field-contact-methods = れんらくの ほうほう
srv-contact-method-phone = でんわ
srv-contact-method-email = メール
srv-contact-method-post = ゆうびん
srv-field-avoid-times = れんらくして ほしくない じかん
srv-field-disability = しょうがいの ある ひと としての てつだい
srv-disability-wanted = のぞむ
srv-disability-not-wanted = のぞまない
srv-disability-unstated = こたえない
srv-field-certificate = ｛障害者手帳｜しょうがいしゃてちょう｝
srv-certificate-physical = ｛身体障害者手帳｜しんたいしょうがいしゃてちょう｝
srv-certificate-intellectual = ｛療育手帳｜りょういくてちょう｝
srv-certificate-mental = ｛精神障害者保健福祉手帳｜せいしんしょうがいしゃほけんふくしてちょう｝
srv-certificate-none-or-pending = ない・もうしこみ ちゅう
srv-grade-level = { $grade }きゅう
srv-field-support-needs = して ほしい こと
srv-need-specialist-desk = せんもんの まどぐちで そうだん
srv-need-hours = はたらく じかんや ひにち
srv-need-hospital = びょういんや くすり
srv-need-facilities = たてものや いどう
srv-need-communication = つたえかた（かいて つたえる・しゅわ など）
srv-need-instructions = しごとの おしえかた
srv-field-support-needs-text = しょうがいに ついて つたえたい こと
srv-disability-show = しょうがいに ついての こたえを みせる
srv-field-self-pr = じぶんの PR
srv-field-notes = まどぐちに つたえたい こと
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

## Staff calls from the kiosks (counter console)
srv-calls-title = かかりの ひとを よぶ
srv-calls-none = よばれて いません。
srv-calls-notice = たんまつ { $kiosk }（{ $place }）で よばれて います
srv-calls-screen = がめん: { $screen }
srv-calls-acknowledge = いきます
srv-calls-acknowledged = かかりの ひとが いきます。
srv-calls-screen-attract = さいしょの がめん
srv-calls-screen-consent = どうい
srv-calls-screen-basic = なまえなど
srv-calls-screen-contact = じゅうしょ・れんらくさき
srv-calls-screen-disclosure = こうかい・れんらく
srv-calls-screen-desired-work = したい しごと
srv-calls-screen-situation = いまの ようす
srv-calls-screen-education = がくれき・しかく
srv-calls-screen-work-history = しょくれき
srv-calls-screen-disability = しょうがい
srv-calls-screen-self-pr = じこPR
srv-calls-screen-review = かくにん
srv-calls-screen-my-page = マイページ
srv-calls-screen-done = おわり

## Staff codes (counter console)
srv-staff-codes-title = かかりの ひとの コード
srv-staff-codes-lead = たんまつで てつだう ときに つかう、ひとり ひとりの コードです。やめた ひとの コードは つかえなく して ください。
srv-staff-codes-name = なまえ
srv-staff-codes-add = コードを つくる
srv-staff-codes-made = { $name }さんの コードを つくりました。
srv-staff-codes-once = この コードは いま だけ みえます。ほんにんに つたえて ください。
srv-staff-codes-none = コードは まだ ありません。
srv-staff-codes-added = つくった ひ
srv-staff-codes-revoke = つかえなく する
srv-staff-codes-revoked = つかえません（{ $at }）
srv-staff-codes-name-invalid = なまえは 1～40もじで かいて ください。
srv-staff-assists-title = たんまつで てつだった きろく
srv-staff-assists-none = きろくは まだ ありません。
srv-staff-assists-when = いつ

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = ｛職歴｜しょくれき｝（前の 仕事）を かえる
srv-my-jobs-lead = 前に はたらいた 会社を、あたらしい ものから 登録できます。かえると すぐに かわります。窓口の 人も 見ます。
srv-my-jobs-none = 前の 仕事は 登録されて いません。
srv-my-jobs-entry = 前の 仕事 { $n }
srv-my-jobs-edit = かえる
srv-my-jobs-remove = けす
srv-my-jobs-add = 前の 仕事を ふやす
srv-my-jobs-max = 前の 仕事は { $max }こまで 登録できます。もっと 前の 仕事は、窓口で 話して ください。
srv-my-jobs-saved = 前の 仕事を ほぞんしました。
srv-my-jobs-removed = 前の 仕事を 1こ けしました。
srv-my-jobs-open = 前の 仕事を 見る・かえる
srv-my-job-edit-title = 前の 仕事 { $n } を かえる
srv-my-job-back = 前の 仕事の いちらんに もどる
srv-my-job-employer = 会社の なまえ（｛勤務先｜きんむさき｝）
srv-my-job-period = はたらいた きかん
srv-my-job-present = いま
srv-my-job-from = 入った 年と 月（｛入社｜にゅうしゃ｝）
srv-my-job-to = やめた 年と 月（｛退社｜たいしゃ｝）
srv-my-job-date-hint = 西暦でも 和暦でも 入力できます。れい：2019/4、2019年4月、平成31年4月
srv-my-job-to-hint = いまも はたらいて いる ときは、なにも 入力しないで ください。
srv-my-job-employment-type = はたらきかた（｛雇用形態｜こようけいたい｝）
srv-my-job-duties = 仕事の ないよう
srv-my-job-duties-hint = れい：スーパーで レジと しなだし
srv-my-job-changed = この 前の 仕事は、ほかの 画面などで かわって います。いまの ないようを 見てから、もう一度 して ください。
srv-my-job-remove-title = この 前の 仕事を けしますか
srv-my-job-remove-lead = けすと、窓口の 人にも 見えなく なります。あとで また ふやす ことが できます。
srv-my-choice-not-accepted = えらんだ ものを うけつけられませんでした。いちらんから もう一度 えらんで ください。
srv-my-disability-section = しょうがいに ついて（こたえなくても いいです）
srv-my-disability-closed = こたえた ないようは、下の ボタンを おして ひらくまで 見せません。
srv-my-disability-open = しょうがいに ついての こたえを ひらいて かえる
srv-my-disability-title = しょうがいに ついて（｛障害｜しょうがい｝）
srv-my-disability-lead = こたえるか どうかは 自由です。こたえた ないようは 窓口の 人だけが 見ます。かえると すぐに かわります。
srv-my-disability-support = しょうがいの ある ひととして 登録や てつだいを のぞみますか
srv-my-disability-details-note = 下の ｛障害者手帳｜しょうがいしゃてちょう｝・｛等級｜とうきゅう｝・てつだいの らんは、「のぞむ」を えらんだ ときだけ ほぞんします。
srv-my-disability-grade = ｛等級｜とうきゅう｝・ていど
srv-my-disability-grade-hint = もって いる 手帳の ｛等級｜とうきゅう｝を、いちらんから えらんで ください。わからない ときは「えらばない」の ままで いいです。
srv-my-disability-needs-hint = いくつでも えらべます。
srv-my-disability-clear-title = こたえを けす
srv-my-disability-clear-lead = しょうがいに ついての こたえを ぜんぶ けします。窓口の 人にも 見えなく なり、記録にも のこりません。あとで また こたえる ことが できます。
srv-my-disability-clear = こたえを ぜんぶ けす
srv-my-disability-cleared = しょうがいに ついての こたえを ぜんぶ けしました。
srv-change-value-private = （ないようは 記録して いません）
