# 窓口サーバーの文言：スマートフォンの画面、窓口（カウンター）の画面、メール、APIのエラーコード。
# ID はすべて srv- で始める（ほかのファイルの ID と重ならないように）。

## 共通

srv-site-name = ハローワーク 窓口

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
srv-skip-to-content = 本文へ移動
srv-language-nav = 表示言語
srv-form-errors = 入力内容を確認してください
srv-required = ※必須
srv-optional = ※任意
srv-unselected = 未選択
srv-value-none = （なし）
srv-save = 保存する
srv-cancel = 取り消す
srv-reload = 再読み込み
srv-sign-in = ログイン
srv-sign-out = ログアウト
srv-sign-in-failed = メールアドレスまたはパスワードが違います。

## エラーページ

srv-error-not-found-title = ページが見つかりません
srv-error-not-found = お探しのページは見つかりませんでした。URLをご確認ください。QRコードから開いた場合は、もう一度読み取ってください。
srv-error-forbidden-title = この操作はできません
srv-error-forbidden = この画面を表示する権限がないか、画面の有効期限が切れています。前の画面に戻って、もう一度お試しください。
srv-error-bad-request-title = 入力内容を受け付けられません
srv-error-bad-request = 送信された内容を読み取れませんでした。前の画面に戻って、もう一度入力してください。
srv-error-rate-limited-title = しばらくお待ちください
srv-error-rate-limited = 短い時間に操作が集中しました。少し時間をおいてから、もう一度お試しください。
srv-error-internal-title = 問題が発生しました
srv-error-internal = サーバーで問題が発生しました。時間をおいてもう一度お試しください。解決しない場合は、ハローワークの窓口にお問い合わせください。

## 申込み内容の項目

srv-field-receipt = 受付番号
srv-field-status = 状況
srv-field-name = 氏名
srv-name-kana-only = （カタカナで入力）
srv-field-identity-source = 本人情報の入力
srv-identity-from-card = マイナンバーカードから読み取り（本人確認はまだです）
srv-card-read = （カードから読取）
srv-card-changed = （カードから読取後に変更）
srv-field-kana = フリガナ
srv-field-birth-date = 生年月日
srv-field-sex = 性別
srv-field-address = 住所
srv-field-street = 番地
srv-field-building = 建物名・部屋番号
srv-field-phone = 電話番号
srv-field-email = メールアドレス
srv-field-occupations = 希望する職種
srv-field-occupation-n = 希望する職種（第{ $n }希望）
srv-field-employment-types = 希望する雇用形態
srv-field-wage = 希望する賃金
srv-field-work-locations = 希望する勤務地
srv-field-hours = 希望する就業時間
srv-field-now = 現在の状況
srv-field-insurance = 雇用保険の受給予定
srv-field-education = 最終学歴
srv-field-qualifications = 免許・資格
srv-field-work-history = 職歴
srv-field-my-page = 求職者マイページ
srv-field-job-seeker-number = 求職番号
srv-field-return-reason = 理由：

srv-sex-female = 女性
srv-sex-male = 男性
srv-sex-unstated = 回答しない
srv-employment-full-time = 正社員
srv-employment-part-time = パート
srv-employment-dispatch = 派遣
srv-employment-contract = 契約社員
srv-wage-monthly = 月給 { $amount }円以上
srv-wage-hourly = 時給 { $amount }円以上
srv-wage-kind-monthly = 月給
srv-wage-kind-hourly = 時給
srv-wage-amount = 金額（円、以上）
srv-now-employed = 在職中
srv-now-not-employed = 離職中
srv-now-student = 学生
srv-insurance-yes = 受給予定あり
srv-insurance-no = 受給予定なし
srv-insurance-unsure = わからない
srv-education-junior-high = 中学校
srv-education-high-school = 高等学校
srv-education-vocational = 専修学校・各種学校
srv-education-junior-college = 短期大学・高等専門学校
srv-education-university = 大学
srv-education-graduate = 大学院
srv-education-other = その他
srv-my-page-wanted = 開設を希望する
srv-my-page-not-wanted = 開設を希望しない

srv-status-provisional = 仮受付
srv-status-accepted = 受理済み
srv-status-returned = 返戻

## スマートフォン：QRコードの画面

srv-continue-title = 求職申込みの続き
srv-continue-lead = ロビーの端末でのお申込みを受け付けました。この画面で求職者マイページを開設できます。
srv-received-title = 受け付けた内容
srv-received-wrong = 内容に誤りがある場合は、窓口でお申し出ください。
srv-on-its-way-title = ただいま送信中です
srv-on-its-way = お申込みの内容は、ロビーの端末からハローワークへ送られている途中です。
srv-on-its-way-refresh = この画面は自動で更新されます。そのままお待ちください。
srv-on-its-way-help = しばらくたっても変わらない場合は、受付番号を窓口でお伝えください。
srv-expired-title = このQRコードは有効期限が切れています
srv-expired = QRコードの有効期限が過ぎました。お申込みの内容の確認と求職者マイページの開設は、ハローワークの窓口でご案内します。受付番号をお伝えください。
srv-spent-title = 求職者マイページは開設済みです
srv-spent = このQRコードでは、すでにパスワードが設定されています。メールアドレスとパスワードでログインしてください。
srv-my-page-open-title = 求職者マイページを開設する
srv-no-email = お申込みにメールアドレスがないため、ここでは開設できません。窓口で職員がお手伝いします。
srv-code-send = 確認コードを送る
srv-code-resend = 確認コードをもう一度送る
srv-code-sent = 確認コードを送りました。メールをご確認ください。届かない場合は迷惑メールのフォルダもご確認ください。
srv-code-label = 確認コード（6桁の数字）
srv-code-help = メールに記載された6桁の数字を入力してください。
srv-code-submit = 確認する
srv-code-wrong = 確認コードが違います。あと{ $remaining }回入力できます。
srv-code-need-new = 確認コードの有効期限が切れたか、入力の回数が上限に達しました。新しい確認コードを送ってください。
srv-code-send-failed = 確認コードのメールを送れませんでした。時間をおいてもう一度お試しください。
srv-code-send-limited = 確認コードを続けて送ることはできません。約{ $minutes }分後にもう一度お試しください。
srv-email-verified = メールアドレス（{ $email }）を確認しました。次に、求職者マイページのパスワードを決めてください。

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = ロビーの端末でのお申込みを受け付けました。ご本人であることを確かめてから、お申込みの内容の確認と求職者マイページの開設ができます。
srv-proof-title = ご本人の確認
srv-proof-email = お申込みのときに入力したメールアドレスに、6桁の確認コードを送ります。確認できるまで、この画面にはお名前などを表示しません。
srv-proof-email-help = メールが届かない場合や、メールアドレスを間違えた場合は、受付番号を窓口でお伝えください。
srv-proof-birth = お申込みにメールアドレスがないため、生年月日で確かめます。確認できるまで、この画面にはお名前などを表示しません。
srv-birth-label = 生年月日
srv-birth-help = 例：1990年7月15日、平成2年7月15日、1990/7/15
srv-birth-submit = 確認する
srv-birth-unreadable = 生年月日として読み取れませんでした。例のように、年・月・日を入力してください。
srv-birth-wrong = 生年月日がお申込みの内容と一致しません。あと{ $remaining }回入力できます。
srv-birth-locked = 生年月日の入力が上限に達したため、この画面ではこれ以上確認できません。受付番号を窓口でお伝えください。
srv-proof-bound-time = この画面は、確認したこのブラウザーでだけ、30分間使えます。

srv-password-label = パスワード
srv-password-help = { $min }文字以上で設定してください（{ $suggested }文字以上がおすすめです）。文字の種類の決まりはありません。空白やかなも使えます。よく使われるパスワードは使えません。
srv-password-confirm-label = パスワード（確認のため、もう一度）
srv-password-submit = パスワードを設定して開設する
srv-password-too-short = パスワードは{ $min }文字以上にしてください。
srv-password-too-long = パスワードは{ $max }文字以内にしてください。
srv-password-common = このパスワードはよく使われていて推測されやすいため使えません。別のものにしてください。
srv-password-personal = メールアドレスなど、ご自身の情報を含むパスワードは使えません。
srv-password-mismatch = 確認のために入力したパスワードが一致しません。

## メール

srv-mail-code-subject = 【ハローワーク】確認コードのお知らせ
srv-mail-code-body =
    確認コード：{ $code }

    ハローワークのロビーの端末でお申込みいただいた、求職者マイページ開設のための確認コードです。
    スマートフォンの画面に、この6桁の数字を入力してください。有効期限は{ $minutes }分です。

    お心当たりのない場合は、このメールを削除してください。

srv-mail-change-code-subject = 【ハローワーク】メールアドレス変更の確認コード
srv-mail-change-code-body =
    確認コード：{ $code }

    求職者マイページのメールアドレスを、このアドレスに変更するための確認コードです。
    マイページの画面に、この6桁の数字を入力してください。有効期限は{ $minutes }分です。

    お心当たりのない場合は、このメールを削除してください。メールアドレスは変わりません。
srv-mail-email-changed-subject = 【ハローワーク】メールアドレスを変更しました
srv-mail-email-changed-body =
    求職者マイページのメールアドレスが { $email } に変更されました。
    次からは新しいアドレスでログインします。このアドレスにはお知らせが届かなくなります。

    お心当たりのない場合は、すぐにハローワークの窓口にご連絡ください。

## 求職者マイページ

srv-my-title = 求職者マイページ
srv-my-nav = マイページのメニュー
srv-my-signin-title = 求職者マイページにログイン
srv-my-signin-help = パスワードを忘れた場合は、ハローワークの窓口にお問い合わせください。
srv-my-status-title = お申込みの状況
srv-my-status-provisional = 仮受付の状態です。ハローワークの窓口で本人確認を受けると、受理されて求職番号が発行されます。
srv-my-status-accepted = 窓口で受理されました。求職番号はハローワークカードにも記載されます。
srv-my-status-returned = 窓口でお申込みが返戻されました。内容をご確認のうえ、窓口にご相談ください。
srv-my-registration-title = 登録内容
srv-my-saved = 変更を保存しました。
srv-my-edit-title = 登録内容の変更
srv-my-edit-lead = 連絡先と希望する仕事を変更できます。引っ越したときは郵便番号と番地を変えてください。
srv-my-edit-contact = 連絡先
srv-field-postcode = 郵便番号
srv-field-town = 町域
srv-my-email-title = メールアドレスの変更
srv-my-email-lead = メールアドレスは求職者マイページのログインにも使います。新しいアドレスに確認コードを送り、届いたコードを入力すると変更されます。それまでは今のアドレスでログインできます。
srv-my-email-now = 今のメールアドレス
srv-field-new-email = 新しいメールアドレス
srv-my-email-new-title = 新しいアドレスを登録する
srv-field-current-password = 今のパスワード
srv-my-email-password-help = ご本人の確認のため、求職者マイページのパスワードを入力してください。
srv-my-email-password-wrong = パスワードが違います。求職者マイページにログインするときのパスワードを入力してください。
srv-my-email-code-title = 確認コードの入力
srv-my-email-code-lead = { $email } に送った6桁の確認コードを入力してください。
srv-my-email-confirm = 変更する
srv-my-email-same = 今と同じメールアドレスです。変更する場合は、新しいアドレスを入力してください。
srv-my-email-changed = メールアドレスを { $email } に変更しました。次からはこのアドレスでログインしてください。
srv-my-edit-postcode-hint = 7けたの数字。都道府県・市区町村・町域は郵便番号から入ります。
srv-my-edit-town-choose = この郵便番号には町域がいくつかあります。お住まいの町域を選んでください。
srv-my-edit-work = 希望する仕事
srv-my-edit-disclosure = 求職情報の提供と連絡方法
srv-my-edit-self-pr = 自己PR・特記事項

## 信頼（スライスB）：受理後の氏名・生年月日・住所の変更と、その記録

srv-sign-in-form-expired = サインインの画面の有効期限が切れたか、このサイトの画面ではありません。もう一度サインインしてください。
srv-my-edit-person = 氏名と生年月日
srv-my-edit-checked-note = 窓口で受理された後は、氏名・生年月日・住所の変更は、窓口の職員が確認してから反映されます。
srv-field-family-name = 氏（姓）
srv-field-given-name = 名
srv-field-family-kana = フリガナ（セイ）
srv-field-given-kana = フリガナ（メイ）
srv-birth-calendar = 暦
srv-birth-year = 年
srv-birth-month = 月
srv-birth-day = 日
srv-calendar-western = 西暦
srv-calendar-meiji = 明治
srv-calendar-taisho = 大正
srv-calendar-showa = 昭和
srv-calendar-heisei = 平成
srv-calendar-reiwa = 令和
srv-my-change-sent = ほかの変更は保存しました。氏名・生年月日・住所の変更は窓口に送りました。職員が確認すると反映されます。
srv-my-change-pending-title = 窓口で確認中の変更
srv-my-change-pending-lead = 次の変更は、窓口の職員が確認すると反映されます。
srv-change-pending-title = 確認待ちの変更
srv-change-pending-lead = 受理の後に、求職者がマイページで変更しました。内容を（必要なら本人確認書類で）確認し、反映するか、しないかを決めてください。
srv-change-old = 変更前
srv-change-new = 変更後（申出）
srv-change-when = 日時
srv-change-who = 変更した人
srv-change-action = 内容
srv-change-field = 項目
srv-change-accept = 変更を反映する
srv-change-refuse = 変更を反映しない
srv-change-already-decided = この変更はすでに処理されています。
srv-change-audit-title = 変更の記録
srv-change-audit-none = 氏名・生年月日・住所の変更はありません。
srv-change-by-visitor = 求職者（マイページ）
srv-change-action-applied = 変更
srv-change-action-requested = 申出
srv-change-action-accepted = 反映
srv-change-action-refused = 不反映

## APIのエラーコード（キオスクの画面や記録で使う）

srv-problem-malformed-json = 送信内容がJSONとして読み取れません。
srv-problem-invalid-body = 送信内容の項目が正しくありません。
srv-problem-body-too-large = 送信内容が大きすぎます。
srv-problem-unsupported-media-type = 送信内容の形式が違います（application/json が必要です）。
srv-problem-unauthorized = 端末の認証に失敗しました。端末の登録をやり直してください。
srv-problem-idempotency-key-invalid = 送信の識別キーが正しくありません。
srv-problem-idempotency-conflict = 同じ識別キーで別の内容が送られました。
srv-problem-envelope-malformed = 封をした申込みデータの形式が正しくありません。
srv-problem-envelope-version-unknown = 封をした申込みデータの版が不明です。端末のソフトウェアを確認してください。
srv-problem-envelope-unopenable = 申込みデータを開けません。サーバーの鍵と端末の登録を確認してください。
srv-problem-envelope-payload-invalid = 申込みデータの中身が正しくありません。
srv-problem-identifiers-invalid = 受付番号・QRコード・送信時刻のいずれかが正しくありません。
srv-problem-office-mismatch = 申込みデータの安定所番号が、端末の登録と合いません。
srv-problem-continuation-token-taken = このQRコードは別のお申込みですでに使われています。
srv-problem-enrolment-code-invalid = 登録コードが違うか、使用済みか、有効期限が切れています。
srv-problem-kiosk-id-invalid = 端末IDが正しくありません（英数字と . _ - で64文字まで）。
srv-problem-kiosk-id-taken = この端末IDは別の安定所で登録されています。
srv-problem-survey-invalid = アンケートの回答が範囲外です。
srv-problem-heartbeat-invalid = 稼働報告の内容が範囲外です。
srv-problem-not-found = 見つかりません。
srv-problem-method-not-allowed = この操作はできません。
srv-problem-rate-limited = 要求が多すぎます。しばらく待ってから再送してください。
srv-problem-unavailable = データベースに接続できません。
srv-problem-internal = サーバーで問題が起きました。しばらくしてからもう一度お試しください。

## 窓口（カウンター）の画面

srv-counter-nav = 窓口のメニュー
srv-counter-title = 本日の申込み
srv-counter-signin-title = 職員ログイン
srv-counter-login = ログインID
srv-counter-sign-in-failed = ログインIDまたはパスワードが違います。
srv-role-admin = 管理者
srv-role-staff = 職員
srv-counter-office = 安定所
srv-counter-all-offices = すべての安定所
srv-counter-no-offices = 安定所が登録されていません。`madoguchi-server kiosk add` で登録してください。
srv-counter-date = 受付日
srv-counter-search = 表示する
srv-counter-receipt-invalid = 受付番号は6文字です（数字の0・1・2・5・6・8は使われていません）。もう一度ご確認ください。
srv-counter-results-day = { $date } の申込み（{ $count }件）
srv-counter-results-receipt = 受付番号 { $receipt } の申込み
srv-counter-office-caption = 安定所番号 { $office }
srv-counter-none = 該当する申込みはありません。
srv-counter-received-at = 受付日時
srv-counter-findings = 要確認
srv-counter-back = 一覧に戻る
srv-counter-application-page = 受付番号 { $receipt }
srv-counter-application-title = 申込み内容
srv-counter-visitor-language = 申込みの言語
srv-counter-my-page = 求職者マイページ
srv-counter-my-page-open = 開設済み
srv-counter-my-page-not-open = 未開設
srv-counter-birth-calendar = 生年月日は{ $calendar }で入力されました。
srv-counter-findings-title = 窓口で確認が必要な項目
srv-counter-findings-lead = 端末での入力に次の点がありました。ご本人と確認してください。
srv-counter-identity-title = 本人確認
srv-counter-identity-document = 確認した書類
srv-counter-identity-submit = 本人確認を記録する
srv-counter-identity-done = { $time } に { $by } が{ $document }で本人確認しました。
srv-counter-identity-invalid = 確認した書類を選んでください。
srv-counter-decision-title = 受理・返戻
srv-counter-accept-lead = 受理すると求職番号が発行されます。発行した番号は取り消せません。
srv-counter-accept = 受理して求職番号を発行する
srv-counter-accept-needs-identity = 受理の前に本人確認を記録してください。
srv-counter-already-decided = この申込みはすでに受理または返戻されています。
srv-counter-return-reason = 返戻の理由
srv-counter-return-help = ご本人の求職者マイページに表示されます。
srv-counter-return = 返戻する
srv-counter-return-reason-invalid = 返戻の理由を500文字以内で入力してください。
srv-counter-print-a4 = 求職受付票を印刷（A4）
srv-counter-print-receipt = 求職受付票を印刷（レシート 80mm）
srv-counter-print-hint = ブラウザーの印刷機能（Ctrl+P）で印刷してください。
srv-id-doc-my-number-card = マイナンバーカード
srv-id-doc-driving-licence = 運転免許証
srv-id-doc-residence-card = 在留カード
srv-id-doc-passport = パスポート
srv-id-doc-health-insurance = 健康保険の資格確認書類
srv-id-doc-other = その他の書類

## 求職受付票

srv-slip-title = 求職受付票
srv-slip-accepted-on = 受理日
srv-slip-identity = 本人確認書類
srv-slip-staff = 担当
srv-slip-note = ハローワークカードが届くまで、この票を大切に保管してください。求職者マイページでも求職番号を確認できます。

## スコアカード（計画 §5）とアンケート（§6）

srv-scorecard-title = スコアカード
srv-scorecard-lead = 計画の定義によるオンライン利用率を、安定所・都道府県労働局・全国ごとに四半期で示します。求職者は、端末の申込みに、窓口とオンラインで登録された求職者（職員が入力または取込み）を加えた全員です。
srv-scorecard-quarter = 四半期（例 2026Q3）
srv-scorecard-period = { $quarter }（{ $from } 〜 { $to }）
srv-scorecard-chart-title = { $name } のオンライン利用率（直近8四半期）
srv-scorecard-chart-caption = 棒はオンライン利用率です。目標の20%以上は塗りつぶし、未達成は斜線で示します。破線は目標20%、点線は令和元年度の8.0%です。同じ数値を下の表にも示します。
srv-scorecard-target-label = 目標 20%
srv-scorecard-baseline-label = 令和元年度 8.0%
srv-scorecard-legend-met = 目標達成（塗りつぶし）
srv-scorecard-legend-not-met = 未達成（斜線）
srv-scorecard-quarter-head = 四半期
srv-scorecard-rate = オンライン利用率
srv-scorecard-target = 目標20%
srv-scorecard-met = 達成
srv-scorecard-not-met = 未達成
srv-scorecard-accepted = 受理
srv-scorecard-answers = アンケート回答
srv-scorecard-distribution = 回答の分布（1〜5）
srv-scorecard-mean = 平均
srv-scorecard-definition-title = オンライン利用率の定義
srv-scorecard-definition-source = 出典：オンライン利用率引上げの基本計画（令和3年10月22日）、求職の申込み
srv-scorecard-definition = 求職者マイページ開設数 ÷ 求職者（経路を問わない新規の求職者）。開設数も求職者数も、求職者の登録日（日本時間）で数えるため、100%を超えません。年度は4月始まりで、第1四半期は4〜6月です。
srv-scorecard-csv = CSVで保存
srv-scorecard-json = JSONで表示
srv-scorecard-print = 印刷用の表示
srv-scorecard-refresh = 数値をいま作り直す
srv-scorecard-national = 全国
srv-scorecard-kpi-title = 中間KPI：求職者マイページ開設数 34万件
srv-scorecard-kpi = 開設数の累計 { $openings } 件 ／ { $kpi } 件（{ $percent }）
srv-scorecard-updated = 数値の作成日時：{ $at }（日本時間）
srv-scorecard-never-updated = 数値はまだ作成されていません。
srv-scorecard-table-caption = 四半期の求職者とマイページ開設
srv-scorecard-unit = 区分
srv-scorecard-job-seekers = 求職者（登録日で計上）
srv-scorecard-opened = マイページ開設
srv-scorecard-kiosk-share = 開設のうち端末の割合
srv-scorecard-cumulative = 開設の累計
srv-scorecard-from-kiosk = 端末（自動）
srv-scorecard-from-counter = 窓口（職員の記録）
srv-scorecard-from-online = オンライン（職員の記録）
srv-scorecard-total = 計
srv-scorecard-opened-kiosk = 端末から（自動）
srv-scorecard-opened-recorded = 職員の記録
srv-scorecard-sources = 「自動」は端末の申込みとQRからの開設を数えたものです。「職員の記録」は、窓口とオンラインの登録数と窓口での開設数を職員が入力または取り込んだものです（登録数の記録の画面で、日ごとに誰がいつ記録したかを確認できます）。返戻した申込みは数えません。
srv-scorecard-rating-title = 端末の1問アンケートと受理
srv-scorecard-trend-title = 直近8四半期の推移

srv-tally-title = 登録数の記録
srv-tally-lead = 端末以外で登録された新規の求職者（窓口の紙や庁内のPC、オンライン）の数を、日ごと・経路ごとに記録します。同じ日と経路をもう一度記録すると、前の記録を置き換えます。
srv-tally-saved = 記録しました。スコアカードの数値も作り直しました。
srv-tally-one-title = 1日分を入力する
srv-tally-day = 登録日
srv-tally-channel = 経路
srv-tally-channel-counter = 窓口（紙・庁内のPC）
srv-tally-channel-online = オンライン
srv-tally-registered = 新規の求職者数
srv-tally-opened = マイページ開設数
srv-tally-opened-hint = この日に登録した求職者のうち、マイページを開設した人数（窓口で確認したもの）。求職者数以下です。
srv-tally-save = 記録する
srv-tally-import-title = 日ごとのCSVを取り込む
srv-tally-import-lead = 1行目に見出し、2行目から1日1経路ずつ書いたCSVを貼り付けます。誤りが1つでもあれば、何も取り込まず、行と列を示します。
srv-tally-csv-file = CSVファイルを選ぶ
srv-tally-csv = またはCSVの内容を貼り付ける
srv-tally-import = 取り込む
srv-tally-list-title = { $quarter } の記録
srv-tally-none = この四半期の記録はまだありません。
srv-tally-source = 記録の元
srv-tally-source-tally = 入力：{ $who }（{ $at }）
srv-tally-source-import = CSV取込み：{ $who }（{ $at }）
srv-tally-error-header = 1行目は date,channel,registrations,my_pages_opened にしてください。
srv-tally-error-columns = 列が4つではありません。
srv-tally-error-date = 日付は 2026-10-01 の形で書いてください。
srv-tally-error-future = まだ来ていない日付です。
srv-tally-error-channel = 経路は counter か online にしてください。
srv-tally-error-count = 0以上の整数で書いてください。
srv-tally-error-opened = マイページ開設数が求職者数を超えています。
srv-tally-error-duplicate = 同じ日と経路が2回あります。
srv-tally-error-empty = 見出しのほかに行がありません。
srv-tally-error-too-many = 行が多すぎます。分けて取り込んでください。
srv-tally-error-unreadable = CSVとして読めません。
srv-tally-error-at-column = { $line } 行目の { $column } 列：{ $message }
srv-tally-error-at-line = { $line } 行目：{ $message }

srv-public-title = オンライン利用率スコアカード
srv-public-lead = ハローワークの求職申込みのオンライン利用率を、計画に従って四半期ごとに公表しています。
srv-public-withheld = 非公開
srv-public-job-seekers = 求職者
srv-public-openings = マイページ開設
srv-public-prefectures = 全国と都道府県労働局
srv-public-offices = 安定所ごと
srv-public-withheld-note = 「非公開」は、{ $min } 未満の数と、ほかの数から計算で求められないように伏せた数です。個人が特定されないようにするためです。

srv-survey-title = オンライン手続のアンケート
srv-survey-lead = 求職の申込みと求職者マイページについて、使いやすさを教えてください。名前や連絡先は書かないでください。書かれた電話番号やメールアドレスは保存する前に消します。
srv-survey-ease = 手続は簡単でしたか
srv-survey-ease-5 = とても簡単
srv-survey-ease-4 = 簡単
srv-survey-ease-3 = ふつう
srv-survey-ease-2 = 難しい
srv-survey-ease-1 = とても難しい
srv-survey-time = かかった時間
srv-survey-time-under-5 = 5分未満
srv-survey-time-5-15 = 5〜15分
srv-survey-time-15-30 = 15〜30分
srv-survey-time-over-30 = 30分以上
srv-survey-hard = 難しかったこと
srv-survey-hard-hint = あてはまるものをすべて選んでください。
srv-survey-hard-finding = 手続の場所がわからなかった
srv-survey-hard-typing = 入力が大変だった
srv-survey-hard-email-code = メールの確認コード
srv-survey-hard-password = パスワードの設定
srv-survey-hard-language = ことばがわかりにくかった
srv-survey-hard-other = そのほか
srv-survey-comment = ご意見（任意）
srv-survey-comment-hint = { $max } 文字まで。電話番号・メールアドレス・郵便番号などは消して保存します。
srv-survey-send = 送る
srv-survey-error-ease = 簡単だったかどうかを選んでください。
srv-survey-error-time = かかった時間を選んでください。
srv-survey-error-hard = 難しかったことの選択が正しくありません。
srv-survey-thanks-title = ありがとうございました
srv-survey-thanks = 回答を受け付けました。結果は手続の改善に使い、年に1回以上まとめて公表します。
srv-survey-invite-title = アンケートにご協力ください
srv-survey-invite = オンラインの手続を使った感想を、数問のアンケートで教えてください。
srv-survey-my-page-invite = 使いやすかったですか。短いアンケートに答えてください。
srv-survey-report-title = アンケートの年次報告
srv-survey-year = 年度（例 2026）
srv-survey-report-lead = { $year }年度：回答 { $answers } 件、簡単さの平均 { $mean }（5が最も簡単）
srv-survey-answers = 回答数
srv-survey-mean = 簡単さの平均
srv-survey-no-office = 安定所の指定なし
srv-survey-channel = 回答の経路
srv-survey-channel-my-page = マイページから
srv-survey-channel-public = 公表ページから
srv-survey-language = 言語
srv-survey-comments = ご意見
srv-survey-comments-note = 職員用です。公表しません。個人情報のパターンは保存前に消してあります。
srv-survey-no-comments = ご意見はありません。

## 都道府県労働局（安定所番号の上2桁）
srv-prefecture-01 = 北海道労働局
srv-prefecture-02 = 青森労働局
srv-prefecture-03 = 岩手労働局
srv-prefecture-04 = 宮城労働局
srv-prefecture-05 = 秋田労働局
srv-prefecture-06 = 山形労働局
srv-prefecture-07 = 福島労働局
srv-prefecture-08 = 茨城労働局
srv-prefecture-09 = 栃木労働局
srv-prefecture-10 = 群馬労働局
srv-prefecture-11 = 埼玉労働局
srv-prefecture-12 = 千葉労働局
srv-prefecture-13 = 東京労働局
srv-prefecture-14 = 神奈川労働局
srv-prefecture-15 = 新潟労働局
srv-prefecture-16 = 富山労働局
srv-prefecture-17 = 石川労働局
srv-prefecture-18 = 福井労働局
srv-prefecture-19 = 山梨労働局
srv-prefecture-20 = 長野労働局
srv-prefecture-21 = 岐阜労働局
srv-prefecture-22 = 静岡労働局
srv-prefecture-23 = 愛知労働局
srv-prefecture-24 = 三重労働局
srv-prefecture-25 = 滋賀労働局
srv-prefecture-26 = 京都労働局
srv-prefecture-27 = 大阪労働局
srv-prefecture-28 = 兵庫労働局
srv-prefecture-29 = 奈良労働局
srv-prefecture-30 = 和歌山労働局
srv-prefecture-31 = 鳥取労働局
srv-prefecture-32 = 島根労働局
srv-prefecture-33 = 岡山労働局
srv-prefecture-34 = 広島労働局
srv-prefecture-35 = 山口労働局
srv-prefecture-36 = 徳島労働局
srv-prefecture-37 = 香川労働局
srv-prefecture-38 = 愛媛労働局
srv-prefecture-39 = 高知労働局
srv-prefecture-40 = 福岡労働局
srv-prefecture-41 = 佐賀労働局
srv-prefecture-42 = 長崎労働局
srv-prefecture-43 = 熊本労働局
srv-prefecture-44 = 大分労働局
srv-prefecture-45 = 宮崎労働局
srv-prefecture-46 = 鹿児島労働局
srv-prefecture-47 = 沖縄労働局

## 端末の稼働状況

srv-fleet-title = 端末の稼働状況
srv-fleet-lead = { $minutes }分以上稼働報告のない端末は「応答なし」と表示します。
srv-fleet-none = 登録された端末はありません。
srv-fleet-kiosk = 端末
srv-fleet-state = 状態
srv-fleet-last-heartbeat = 最後の稼働報告
srv-fleet-version = 版
srv-fleet-occupation-table = 職業分類表
srv-fleet-postcode-book = 郵便番号データ
srv-fleet-occupations-differs = サーバーの表と違います
srv-fleet-postcodes-differs = サーバーのデータと違います
srv-fleet-queue = 未送信
srv-fleet-last-error = 最後のエラー
srv-fleet-ok = 稼働中
srv-fleet-stale = 応答なし
srv-fleet-never = なし
srv-fleet-pending = 登録待ち（コードの有効期限 { $until }）
srv-fleet-slot = スロット
srv-fleet-uptime = 稼働時間
srv-fleet-uptime-value = { $days }日 { $hours }時間 { $minutes }分
srv-fleet-orientation = 画面の向き
srv-fleet-orientation-portrait = 縦
srv-fleet-orientation-landscape = 横
srv-fleet-steer = 操作
srv-fleet-command = 指示
srv-fleet-action-wipe-screen = 画面を消去して最初に戻す
srv-fleet-action-send-queue = 未送信分を今すぐ送る
srv-fleet-action-restart = 端末ソフトを再起動
srv-fleet-action-reboot = 端末を再起動
srv-fleet-action-apply-config = 設定を適用
srv-fleet-action-revoke = 登録を取り消す
srv-fleet-config = 設定ファイル（設定の適用のみ）
srv-fleet-config-label = kiosk.toml の内容
srv-fleet-send = 送る
srv-fleet-command-sent = 指示を登録しました。端末の次の稼働報告（1分以内）で届きます。
srv-fleet-command-not-found = その端末は見つかりません。
srv-fleet-command-admin-only = 設定の適用と登録の取消しは管理者だけができます。
srv-fleet-command-not-enrolled = まだ登録されていない端末には指示を送れません。
srv-fleet-command-unknown = その指示はありません。一覧から選んでください。
srv-fleet-command-config-size = 設定ファイルが空か、長すぎます（64 KB まで）。
srv-fleet-silent-alert = { $count }台の端末から { $minutes }分以上稼働報告がありません。電源とネットワークを確かめてください。
srv-fleet-commands = 端末への指示
srv-fleet-commands-none = まだ指示はありません。
srv-fleet-command-time = 日時
srv-fleet-command-by = 送った人
srv-fleet-command-outcome = 結果
srv-fleet-outcome-waiting = 届くのを待っています
srv-fleet-outcome-delivered = 届きました（結果待ち）
srv-fleet-outcome-done = 実行しました
srv-fleet-outcome-refused = 断られました：
srv-name-single = （名前は一つだけ）
srv-field-card-name = 在留カードの氏名

## 求職情報の提供等・障害について・自己PR
srv-field-publication = 求職情報の公開
srv-publication-not-published = 公開しない
srv-publication-without-employer-names = 事業所名等を除いて公開
srv-publication-published = 公開する
srv-field-contact-methods = 連絡方法
srv-contact-method-phone = 電話
srv-contact-method-email = メール
srv-contact-method-post = 郵送
srv-field-avoid-times = 連絡を避けてほしい時間帯
srv-field-disability = 障害者としての支援
srv-disability-wanted = 希望する
srv-disability-not-wanted = 希望しない
srv-disability-unstated = 回答しない
srv-field-certificate = 障害者手帳
srv-certificate-physical = 身体障害者手帳
srv-certificate-intellectual = 療育手帳
srv-certificate-mental = 精神障害者保健福祉手帳
srv-certificate-none-or-pending = なし・申請中
srv-grade-level = { $grade }級
srv-field-support-needs = 希望する配慮・支援
srv-need-specialist-desk = 専門窓口での相談
srv-need-hours = 勤務時間・日数への配慮
srv-need-hospital = 通院・服薬への配慮
srv-need-facilities = 設備・移動への配慮
srv-need-communication = 伝え方への配慮（筆談・手話など）
srv-need-instructions = 指示の出し方への配慮
srv-field-support-needs-text = 障害について伝えたいこと
srv-disability-show = 障害についての回答を表示する
srv-field-self-pr = 自己PR
srv-field-notes = 特記事項
## 追加の項目（窓口の申込み表示）

srv-field-nationality = 国籍
srv-nationality-japanese = 日本
srv-nationality-foreign = 日本以外
srv-field-residence-status = 在留資格
srv-field-residence-expiry = 在留期間（満了日）
srv-field-station = 最寄り駅
srv-field-commute = 通勤手段
srv-commute-walk = 徒歩
srv-commute-bicycle = 自転車
srv-commute-motorbike = バイク
srv-commute-car = 自動車
srv-commute-train = 電車
srv-commute-bus = バス
srv-field-commute-minutes = 通勤時間（片道）
srv-minutes = { $minutes }分
srv-field-work-styles = 就業形態
srv-style-full-time = フルタイム
srv-style-part-time = パートタイム
srv-field-holidays = 希望する休日
srv-holiday-weekends = 土日祝
srv-holiday-weekdays = 平日
srv-holiday-shifts = シフト制
srv-holiday-any = 指定なし
srv-weekday-mon = 月
srv-weekday-tue = 火
srv-weekday-wed = 水
srv-weekday-thu = 木
srv-weekday-fri = 金
srv-weekday-sat = 土
srv-weekday-sun = 日
srv-field-week = 週の労働時間・日数
srv-hours-a-week = 週{ $hours }時間
srv-days-a-week = 週{ $days }日
srv-field-left-on = 離職日
srv-field-leaving-reason = 離職理由
srv-leaving-employer = 会社都合
srv-leaving-own = 自己都合
srv-leaving-contract-end = 契約期間満了
srv-leaving-retirement = 定年
srv-leaving-other = その他
srv-field-spouse = 配偶者
srv-spouse-yes = あり
srv-spouse-no = なし
srv-spouse-unstated = 回答しない
srv-field-dependants = 扶養家族（配偶者を除く）
srv-people = { $n }人
srv-unstated = 回答しない
srv-completion-graduated = 卒業
srv-completion-withdrew = 中退
srv-completion-enrolled = 在学中
srv-completion-expected = 卒業見込み
srv-employment-casual = アルバイト
srv-employment-other = その他
srv-score = スコア { $score }
srv-year-obtained = { $year }年取得
srv-job-occupation = 職種
srv-field-commute-minutes-unit = 通勤時間（片道・分）
srv-field-weekly-hours-unit = 1週間に働く時間（時間）
srv-field-days-per-week-unit = 1週間に働く日数（日）

## Staff calls from the kiosks (counter console)
srv-calls-title = 係員の呼び出し
srv-calls-none = 呼び出しはありません。
srv-calls-notice = 端末 { $kiosk }（{ $place }）で係員が呼ばれています
srv-calls-screen = 画面: { $screen }
srv-calls-acknowledge = 向かいます
srv-calls-acknowledged = 係員が向かっています。
srv-calls-screen-attract = 最初の画面
srv-calls-screen-consent = 同意
srv-calls-screen-basic = 基本情報
srv-calls-screen-contact = 住所・連絡先
srv-calls-screen-disclosure = 公開・連絡
srv-calls-screen-desired-work = 希望する仕事
srv-calls-screen-situation = 現在の状況
srv-calls-screen-education = 学歴・資格
srv-calls-screen-work-history = 職歴
srv-calls-screen-disability = 障害情報
srv-calls-screen-self-pr = 自己PR
srv-calls-screen-review = 確認
srv-calls-screen-my-page = マイページ
srv-calls-screen-done = 完了

## Staff codes (counter console)
srv-staff-codes-title = 係員コード
srv-staff-codes-lead = 端末で入力者の画面を消さずに手伝うための、一人ひとりのコードです。退職・異動した人のコードは無効にしてください。
srv-staff-codes-name = 氏名
srv-staff-codes-add = コードを作る
srv-staff-codes-made = { $name }さんのコードを作りました。
srv-staff-codes-once = このコードは今だけ表示されます。本人に伝えてください。
srv-staff-codes-none = コードはまだありません。
srv-staff-codes-added = 作成日時
srv-staff-codes-revoke = 無効にする
srv-staff-codes-revoked = 無効（{ $at }）
srv-staff-codes-name-invalid = 氏名は1～40文字で、改行を入れずに入力してください。
srv-staff-assists-title = 端末での手伝いの記録
srv-staff-assists-none = まだ記録はありません。
srv-staff-assists-when = 日時

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = 職歴の変更
srv-my-jobs-lead = 働いたことのある会社を、最近のものから登録できます。変更はすぐに反映され、窓口の職員も見ます。
srv-my-jobs-none = 職歴は登録されていません。
srv-my-jobs-entry = 職歴 { $n }
srv-my-jobs-edit = 変更する
srv-my-jobs-remove = 削除する
srv-my-jobs-add = 職歴を追加する
srv-my-jobs-max = 職歴は{ $max }件まで登録できます。それより前の職歴は、窓口でお伝えください。
srv-my-jobs-saved = 職歴を保存しました。
srv-my-jobs-removed = 職歴を1件削除しました。
srv-my-jobs-open = 職歴を見る・変更する
srv-my-job-edit-title = 職歴 { $n } の変更
srv-my-job-back = 職歴の一覧に戻る
srv-my-job-employer = 勤務先（会社名）
srv-my-job-period = 勤めた期間
srv-my-job-present = 現在
srv-my-job-from = 入社した年月
srv-my-job-to = 退社した年月
srv-my-job-date-hint = 西暦でも和暦でも入力できます。例：2019/4、2019年4月、平成31年4月
srv-my-job-to-hint = 今も働いているときは、空けたままにしてください。
srv-my-job-employment-type = 雇用形態
srv-my-job-duties = 仕事の内容
srv-my-job-duties-hint = 例：スーパーでレジと品出し
srv-my-job-changed = この職歴は、別の画面などで変更されています。いまの内容を確かめてから、もう一度操作してください。
srv-my-job-remove-title = この職歴を削除しますか
srv-my-job-remove-lead = 削除すると、窓口の職員にも表示されなくなります。必要になったら、あとで追加し直せます。
srv-my-choice-not-accepted = 選んだ項目を受け付けられませんでした。一覧から選び直してください。
srv-my-disability-section = 障害について（任意）
srv-my-disability-closed = 回答の内容は、下のボタンを押して開くまで表示しません。
srv-my-disability-open = 障害についての回答を開いて変更する
srv-my-disability-title = 障害について
srv-my-disability-lead = 答えるかどうかは自由です。答えた内容は窓口の職員だけが見ます。変更はすぐに反映されます。
srv-my-disability-support = 障害のある方としての登録や支援を希望しますか
srv-my-disability-details-note = 次の障害者手帳・等級・配慮の欄は、「希望する」を選んだときだけ保存されます。
srv-my-disability-grade = 等級・程度
srv-my-disability-grade-hint = お持ちの手帳の等級・程度を、一覧から選んでください。わからなければ「未選択」のままで結構です。
srv-my-disability-needs-hint = いくつでも選べます。
srv-my-disability-clear-title = 回答を消す
srv-my-disability-clear-lead = 障害についての回答をすべて消します。窓口の職員にも表示されなくなり、記録にも残りません。必要になったら、もう一度答えられます。
srv-my-disability-clear = 回答をすべて消す
srv-my-disability-cleared = 障害についての回答をすべて消しました。
srv-change-value-private = （内容は記録していません）
