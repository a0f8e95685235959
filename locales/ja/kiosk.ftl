# Madoguchi kiosk screens (日本語). Ids are prefixed by screen.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = ハローワーク 求職申込み
text-missing = （表示できない文字があります）
size-standard = 標準
size-large = 大
size-xlarge = 特大
dialog-close = 閉じる

## Attract

attract-title = ハローワークへの求職の申込み
attract-lead = 仕事をさがすための申込みを、ここで入力できます。入力が終わったら、受付番号を窓口で見せてください。
attract-start = はじめる
# Under the start button, shown in turn in every language, each in its own.
attract-touch = 画面にふれて、はじめてください
attract-duration = 入力には10分ほどかかります。
attract-language = ことば / Language
attract-size = 文字の大きさ
attract-theme = 画面の色
theme-standard = ふつう
theme-contrast = くっきり（白黒）
theme-dark = 黒地
layout-reach = 下に表示
layout-reach-help = ボタンとキーボードを画面の下半分に表示します（車いすの方などに）。
attract-help = わからないことがあれば、近くの係員にお声がけください。

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = 音声案内
speech-toggle-help = ヘッドホンで画面を読み上げます。キーパッドの＊キーでも切り替えられます。
speech-on = 音声案内をオンにしました。画面の題名と説明、触れた項目、押したキーを読み上げます。
speech-off = 音声案内をオフにしました。
speech-form-hint = 項目に触れると、項目の名前と入力した内容を読み上げます。入力が終わったら「次へ」を押してください。
speech-empty = 未入力
speech-checked = チェックあり
speech-unchecked = チェックなし

## Not ready

notready-title = 準備中
notready-body = この端末は、ただいまご利用いただけません。
    お手数ですが、窓口へお越しください。
notready-staff = 職員の方へ：端末の登録が完了していません（端末ID：{ $kiosk }）。
notready-staff-error = 職員の方へ：端末の情報を読み込めませんでした（コード：{ $code }）。

## Header, navigation, dialogs

header-language = Language
header-reset = 最初からやり直す
nav-next = 次へ
nav-back = 戻る
nav-return-review = 確認画面へ戻る
nav-back-review = 確認画面へ戻る
nav-busy = 確認しています…
reset-title = 最初からやり直しますか？
reset-body = 入力した内容はすべて消えます。
reset-confirm = 消してやり直す
reset-cancel = 入力を続ける
idle-title = 操作を続けますか？
idle-body = このまま{ $seconds }秒たつと、入力した内容を消して最初の画面に戻ります。続けるときは画面にふれてください。
idle-continue = 続ける
error-title = うまくいきませんでした
error-ask-staff = 係員にお声がけください。入力した内容は消えていません。
error-generic = 処理の途中で問題が起きました。
error-unreachable = 端末の内部で通信ができませんでした。
error-unexpected = 端末で予期しない問題が起きました。

## Steps

step-basic = 基本情報
step-contact = 住所・連絡先
step-desired-work = 希望する仕事
step-situation = 現在の状況
step-education = 学歴・資格
step-work-history = 職歴
step-review = 確認
step-my-page = マイページ
step-progress = 手順 { $current } / { $total }

## Fields

field-required = ※必須
field-optional = ※任意
field-error-label = エラー：
field-warning-label = 確認：
field-error-generic = 入力内容を確認してください。
field-warning-generic = 入力内容にまちがいがないか確認してください。
choice-none = 未選択
list-remove = 削除
summary-errors-title = { $count }か所を直してください
summary-warnings-title = 確認してください
summary-warnings-hint = このままでよければ、もう一度「次へ」を押してください。
unit-year = 年
unit-month = 月
unit-day = 日
unit-yen = 円

## Consent

consent-title = 個人情報の取扱いについて
consent-lead = 申込みの前にお読みください。
consent-purpose-title = 利用の目的
consent-purpose-body = 入力された情報は、{ $office }が求職の申込みを受け付け、職業紹介などの職業安定行政の業務を行うために使います。それ以外の目的には使いません。
consent-recorded-title = 記録してハローワークに送る内容
consent-recorded-body = 氏名、フリガナ、生年月日、性別（回答した場合）、国籍と在留資格（回答した場合）、住所、最寄り駅と通勤、電話番号、メールアドレス、希望する仕事、現在の状況（離職日・離職理由、配偶者と扶養家族は回答した場合）、学歴・資格、職歴、マイページの希望。アンケートは、点数と選んだ理由だけを記録します。
consent-retention-title = 保管する期間
consent-retention-body = 送った内容は、ハローワークが法令と規程に定める期間保管します。求職の申込みは、申込みの翌々月の末日まで有効です（相談や紹介を受けると延長されます）。
consent-kiosk-title = この端末に残るもの
consent-kiosk-body = この端末には何も残りません。「終了」を押したとき、または操作がないまま時間がたったときに、入力した内容はすべて消去されます。
consent-agree = 上の内容を読み、同意します
consent-must-agree = 同意すると「次へ」を押せます。

## 基本情報

basic-title = 基本情報
basic-family-name = 姓（名字）
basic-family-name-help = 漢字で入力できないときは、カタカナやローマ字でもかまいません。
basic-given-name = 名（名前）
basic-kana-only = 漢字で入力できない（カタカナで入力する）
basic-family-kana = フリガナ（セイ）
basic-kana-help = カタカナで入力してください。ひらがなは自動でカタカナになります。
basic-kana-suggest = この読み方ですか？ 合っていればタッチしてください。フリガナに入ります。
basic-given-kana = フリガナ（メイ）
basic-birth-date = 生年月日
basic-birth-date-help = 和暦か西暦を選んでから、年・月・日を入力してください。
basic-calendar = 暦
basic-birth-year = 生まれた年
basic-birth-month = 生まれた月
basic-birth-day = 生まれた日
basic-era-first-year = 元年は「1」または「元」と入力してください。
era-western = 西暦
era-meiji = 明治
era-taisho = 大正
era-showa = 昭和
era-heisei = 平成
era-reiwa = 令和
basic-sex = 性別
basic-sex-help = 答えたくないときは「回答しない」を選んでください。
sex-female = 女性
sex-male = 男性
sex-unstated = 回答しない

## 住所・連絡先

contact-title = 住所・連絡先
contact-postcode = 郵便番号
contact-postcode-help = 7けたの数字を入力して「住所を検索」を押してください。
contact-postcode-mark = 〒
contact-lookup = 住所を検索
contact-lookup-busy = 検索しています…
contact-pick-town = 住所を選んでください
contact-town-whole = （町域なし）
contact-prefecture = 都道府県
contact-city = 市区町村
contact-town = 町域
contact-street = 番地
contact-street-help = 例：1-2-3
contact-building = 建物名・部屋番号
contact-building-help = 例：みどりハイツ101
contact-phone = 電話番号
contact-phone-help = 日中に連絡がとれる番号。ハイフンはなくてもかまいません。
contact-email = メールアドレス
contact-email-help = マイページを作るときに使います。

## 希望する仕事

work-title = 希望する仕事
work-occupations = 希望する職種
work-occupations-help = 3つまで選べます。はじめに選んだものが第1希望です。
work-occupation-rank = 第{ $rank }希望
work-occupation-add = 職種を選ぶ
work-occupation-full = 3つ選びました。変えるときは、どれかを削除してください。
work-picker-title = 職種を選ぶ
work-picker-browse = 分類から選ぶ
work-picker-search = 言葉でさがす
work-picker-major-hint = 近い分野を選んでください。
work-picker-back-major = 分野の一覧に戻る
work-picker-search-label = 職種の名前
work-picker-search-help = カタカナで入力してください。例：カイゴ、ジム、ケンセツ
work-picker-no-result = 見つかりませんでした。ほかの言葉で入力するか、分類から選んでください。
work-picker-loading = 読み込んでいます…
work-picker-close = 閉じる
occ-unknown = 職種（コード { $code }）
work-employment-types = 雇用形態
work-employment-types-help = 希望するものをすべて選んでください。
employment-full-time = 正社員
employment-part-time = パート
employment-dispatch = 派遣
employment-contract = 契約社員
work-locations = 希望する勤務地
work-locations-help = 都道府県や市区町村の名前を入力してください。
work-location-add = 勤務地を追加
work-wage = 希望する賃金
work-wage-help = 最低限ほしい金額です。特になければ空けたままにしてください。
wage-monthly = 月給
wage-hourly = 時給
work-wage-amount = 金額
work-hours = 希望する就業時間
work-hours-help = 例：9:00〜17:00。特になければ空けたままにしてください。
work-hours-start = 始業
work-hours-end = 終業
work-hours-to = 〜
work-days = 働ける曜日
weekday-mon = 月
weekday-tue = 火
weekday-wed = 水
weekday-thu = 木
weekday-fri = 金
weekday-sat = 土
weekday-sun = 日

## 現在の状況

situation-title = 現在の状況
situation-employment = 現在、仕事をしていますか
situation-employed = 仕事をしている（在職中）
situation-not-employed = 仕事をしていない（離職中）
situation-student = 学生
situation-insurance = 雇用保険の給付（失業手当）を受ける予定はありますか
situation-insurance-help = 「わからない」を選んだときは、窓口で相談できます。
insurance-yes = 受ける予定
insurance-no = 受けない
insurance-unsure = わからない

## 学歴・資格

education-title = 学歴・資格
education-final-level = 最終学歴
level-junior-high = 中学校
level-high-school = 高等学校
level-vocational = 専修学校・専門学校
level-junior-college = 短期大学・高等専門学校
level-university = 大学
level-graduate = 大学院
level-other = その他
education-school-name = 学校名
education-school-name-help = 最後に通った学校の名前。
education-graduation-year = 卒業（修了・中退）した年
education-graduation-year-help = 西暦でも和暦でも入力できます。例：2008、平成20、H20。わからなければ空けたままにしてください。
education-qualifications = 免許・資格
education-qualifications-help = 例：普通自動車免許、介護福祉士、日本語能力試験N2
education-qualification-add = 免許・資格を追加

## 職歴

history-title = 職歴
history-help = 最近の仕事から入力してください。職歴がなければ、そのまま「次へ」を押してください。
history-none = 職歴は入力されていません。
history-entry = 職歴 { $n }
history-add = 職歴を追加
history-remove = この職歴を削除
history-employer = 勤務先（会社名）
history-duties = 仕事の内容
history-duties-help = 例：スーパーでレジと品出し
history-from = 入社した年月（西暦または和暦）
history-to = 退社した年月（西暦または和暦）
history-to-help = 今も働いているときは空けたままにしてください。
history-year = 年（西暦または和暦）
history-month = 月
history-employment-type = 雇用形態

## 確認

review-title = 入力内容の確認
review-lead = 内容をご確認ください。直すときは「修正する」を押してください。
review-blocked = 直すところがあります。赤い枠の「修正する」を押してください。
review-edit = 修正する
review-empty = 未入力
review-none = なし
review-yes = はい
review-name = 氏名
review-kana = フリガナ
review-birth-date = { $era }{ $year }年{ $month }月{ $day }日
review-birth-date-western = { $year }年{ $month }月{ $day }日（西暦）
review-postcode = 〒{ $first }-{ $last }
review-address = 住所
review-wage = { $kind } { $amount }円以上
review-hours = { $start }〜{ $end }
review-list-sep = 、
review-year-month = { $year }年{ $month }月
review-period-label = 期間
review-period = { $from }〜{ $to }
review-present = 現在

## マイページ

mypage-title = 求職者マイページ
mypage-lead = マイページを作ると、ご自分のスマートフォンやパソコンから、この申込みの内容と状況を確かめられます。
mypage-benefit-status = この申込みの状況（仮受付・受理）を確かめられます
mypage-benefit-edit = 登録した内容を見て、連絡先や希望する仕事を変えられます
mypage-benefit-email = ログインに使うメールアドレスを変えられます
mypage-want = マイページを作る
mypage-decline = 今回は作らない
mypage-email-help = 登録の案内を送ります。半角英数字で入力してください。
mypage-password = パスワードはこの端末では設定しません。あとで、ご自分のスマートフォンで設定します。
mypage-declined = マイページは、あとからでも作れます。窓口でお尋ねください。
mypage-submit = 申し込む
mypage-submit-note = 「申し込む」を押すと、入力した内容がハローワークに送られます。

## 完了

done-title = 受け付けました
done-receipt-label = 受付番号
done-next-counter = 窓口でこの受付番号を見せてください。
done-qr-label = スマートフォンで続きをするためのQRコード
done-next-qr = スマートフォンでQRコードを読み取ると、申込みの続きができます。
done-next-qr-mypage = スマートフォンでQRコードを読み取り、マイページのパスワードを設定してください。
done-finish = 終了
done-auto = { $seconds }秒後に最初の画面に戻ります。
survey-title = この端末は使いやすかったですか？
survey-1 = とても使いにくい
survey-2 = 使いにくい
survey-3 = ふつう
survey-4 = 使いやすい
survey-5 = とても使いやすい
survey-reason-title = 理由があれば選んでください（任意）
survey-reason-easy = わかりやすかった
survey-reason-quick = すぐ終わった
survey-reason-hard-to-read = 読みにくかった
survey-reason-slow = 時間がかかった
survey-reason-keyboard = 文字の入力が大変だった
survey-reason-other = その他
survey-thanks = ご協力ありがとうございました。

## On-screen keyboard

kb-label = 文字入力
kb-mode = 入力の種類
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = 空白
kb-backspace = 1文字消す
kb-close = 入力を閉じる
kb-shift = 大文字
kb-dakuten = 濁点
kb-handakuten = 半濁点
kb-small = 小
kb-small-label = 小さい文字
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = 係員用の暗証番号
staff-pin-lead = 暗証番号（4〜8桁）を入力して「OK」を押してください。
staff-pin-count = { $count }桁入力済み
staff-pin-ok = OK
staff-pin-cancel = やめる
staff-busy = 確認しています…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = 暗証番号を5回まちがえたため、係員モードは一時的に使えません。あと { $minutes } 分お待ちください。

staff-title = 係員モード
staff-read-at = { $time }現在
staff-lead = この端末から申込みを送る状況です。利用者の入力内容は表示しません。終わったら「閉じる」を押してください。
staff-enrolled = サーバーへの登録
staff-enrolled-yes = 登録済み
staff-enrolled-no = 未登録（申込みを受け付けられません）
staff-enroll-help = 登録するには、サーバーで `madoguchi-server kiosk add` を実行して登録コードを発行し、この端末で `madoguchi-kiosk enroll --server URL --code-file FILE` を実行してください（URL はサーバーのアドレス、FILE は発行された登録コードを書いたファイル。設定ファイルにサーバーの鍵がないときは、`madoguchi-server keygen` が表示したフィンガープリントを `--server-fingerprint` で指定）。そのあと、キオスクを起動し直してください。
staff-server-url = サーバーのURL
staff-not-set = 未設定
staff-queue = 送信待ちの申込み
staff-count = { $count }件
staff-refused = サーバーが受け付けなかった申込み
staff-last-success = 最後に送信できた日時
staff-never = まだありません
staff-last-error = 最後のエラー
staff-no-error = なし
staff-version = バージョン
staff-kiosk = 端末ID／安定所番号
staff-kiosk-value = { $kiosk }／{ $office }
staff-sync = 今すぐ送信
staff-sync-requested = 送信を始めました。数秒後に表示を更新します。
staff-refresh = 更新
staff-close = 閉じる

basic-single-name = 名前は一つだけ（在留カードに名が書かれていない）
basic-card-name = 在留カードの氏名（ローマ字）
basic-card-name-help = 在留カードをお持ちの方は、カードに書かれているとおりに入力してください（例：NGUYEN THI LAN）。ない方は空けたままで結構です。
kb-mode-write = 手書き
kb-convert = 変換
kb-candidates = 候補
kb-pad-label = 手書きの欄。1文字ずつ指で書いてください
kb-pad-hint = ここに1文字ずつ書いてください
kb-pad-undo = 1画もどす
kb-pad-clear = 書き直す
kb-pad-empty = 書くと、ここに候補が出ます
kb-pad-chinese = 简体中文
kb-pad-chinese-label = 簡体字で書く。日本の字体の候補が先に出ます
kb-pad-hint-chinese = ここに1文字ずつ書いてください（简体字）
kb-variants = 字の形（異体字）
kb-variants-hint = 押すと字の形を選べます（髙・﨑など）
kb-variants-none = ほかの字の形はありません
kb-variants-close = 閉じる
kb-accents = 記号つきの文字

## 求職情報の提供等・障害について・自己PR（公式の求職申込書の3画面）
step-disclosure = 公開・連絡
step-disability = 障害情報
step-self-pr = 自己PR
disclosure-title = 求職情報の公開と連絡方法
disclosure-lead = 求人を出している会社に、あなたの求職情報を見せてよいかと、ハローワークからの連絡方法を選んでください。
disclosure-publication = 求職情報を会社に公開しますか
disclosure-publication-help = 公開すると、会社からあなたに応募をすすめる連絡が来ることがあります。氏名・住所・電話番号・メールアドレスは、どれを選んでも公開されません。
publication-not-published = 公開しない
publication-without-employer-names = 公開する（前に働いた会社の名前などは出さない）
publication-published = 公開する（前に働いた会社の名前なども出す）
disclosure-contact-methods = ハローワークからの連絡方法
disclosure-contact-methods-help = いくつでも選べます。メールは「住所・連絡先」で入力したアドレスに送ります。
contact-method-phone = 電話
contact-method-email = メール
contact-method-post = 郵送
disclosure-avoid-times = 連絡を避けてほしい時間帯
disclosure-avoid-times-help = 例：平日の9時から17時（仕事中のため）
disability-title = 障害について
disability-lead = この画面は答えなくてもかまいません。答えた内容は窓口の職員だけが見ます。確認画面でも、「表示する」を押すまで表示しません。
disability-support = 障害のある方としての登録や支援を希望しますか
disability-support-help = 障害のある方のための求人の紹介や、専門の窓口での相談が受けられます。
disability-support-wanted = 希望する
disability-support-not-wanted = 希望しない
disability-support-unstated = 回答しない
disability-certificate = 障害者手帳
certificate-physical = 身体障害者手帳
certificate-intellectual = 療育手帳
certificate-mental = 精神障害者保健福祉手帳
certificate-none-or-pending = 手帳はない・申請中
disability-grade = 等級・程度
disability-grade-help = 手帳に書かれている等級・程度を選んでください。わからなければ「未選択」のままで結構です。
grade-level = { $grade }級
grade-intellectual-a = A（重度）
grade-intellectual-b = B（A以外）
grade-as-written = { $grade }
disability-needs = 希望する配慮や支援
disability-needs-help = いくつでも選べます。
need-specialist-desk = 専門の窓口で相談したい
need-hours = 勤務時間や日数への配慮
need-hospital = 通院や服薬への配慮
need-facilities = 設備や移動への配慮（車いす・段差など）
need-communication = 伝え方への配慮（筆談・手話など）
need-instructions = 指示の出し方への配慮（書いて・ひとつずつ）
disability-needs-text = そのほかに伝えたいこと
disability-needs-text-help = 例：長く立っている仕事はむずかしいです
disability-skip = この画面は答えずに進む
selfpr-title = 自己PR・特記事項
selfpr-lead = どちらも書かなくてもかまいません。書いた内容は、窓口での相談や会社への紹介に使います。
selfpr-appeal = 自己PR
selfpr-appeal-help = 得意なこと、経験、資格の生かし方など。例：接客の仕事を10年続けてきました。
selfpr-notes = 特記事項
selfpr-notes-help = 窓口に伝えておきたいこと。例：4月から働けます。子どもの送り迎えがあります。
text-count = { $count } / { $max }文字
review-hidden = まわりの方に見えないよう、表示していません。
review-show = 表示する
review-hide = 隠す
kb-newline = 改行
## 追加の項目（国籍・在留資格、最寄り駅・通勤、働き方、離職、家族、学部・資格、職歴の職種）

basic-nationality = 国籍
basic-nationality-japanese = 日本
basic-nationality-foreign = 日本以外
basic-country = 国籍（国・地域）
basic-country-help = 例：ベトナム、ブラジル
basic-residence-status = 在留資格
basic-residence-status-help = 在留カードの「在留資格」を選んでください。働ける仕事は窓口で職員が確かめます。
basic-residence-status-choose = 在留資格を選ぶ
basic-residence-status-change = 選び直す
basic-residence-status-title = 在留資格を選んでください
basic-residence-expiry = 在留期間（満了日）
basic-residence-expiry-help = 在留カードの「在留期間（満了日）」です。永住者・特別永住者の方は空けたままにしてください。
contact-station = 最寄り駅
contact-station-help = 駅の名前を「駅」まで入力してください（例：新宿駅）。
contact-commute = 通勤手段
contact-commute-help = 使えるものをすべて選んでください。
commute-walk = 徒歩
commute-bicycle = 自転車
commute-motorbike = バイク
commute-car = 自動車
commute-train = 電車
commute-bus = バス
contact-commute-minutes = 通勤時間（片道）
contact-commute-minutes-help = 何分までなら通えますか。例：30
unit-minutes = 分
unit-hours = 時間
unit-days = 日
unit-people = 人
work-styles = 就業形態
work-styles-help = フルタイムかパートタイムか。両方選んでもかまいません。
style-full-time = フルタイム
style-part-time = パートタイム
employment-casual = アルバイト
employment-other = その他
work-holidays = 希望する休日
holiday-weekends = 土日祝
holiday-weekdays = 平日
holiday-shifts = シフト制
holiday-any = 指定なし
work-days-off = ほかに休みたい曜日
work-weekly-hours = 1週間に働く時間
work-weekly-hours-help = 例：40
work-days-per-week = 1週間に働く日数
work-days-per-week-help = 例：5
situation-left-on = 離職日（前の仕事を辞めた日）
situation-left-on-help = 和暦でも西暦でも入力できます。わからなければ空けたままにしてください。
situation-leaving-reason = 離職理由
leaving-employer = 会社都合（解雇・倒産など）
leaving-own = 自己都合
leaving-contract-end = 契約期間の満了
leaving-retirement = 定年
leaving-other = その他
situation-spouse = 配偶者
spouse-yes = あり
spouse-no = なし
spouse-unstated = 回答しない
situation-dependants = 扶養家族の数（配偶者を除く）
situation-dependants-help = いなければ 0 を入力してください。
situation-dependants-unstated = 回答しない
education-department = 学部・学科
education-department-help = 例：経済学部 経済学科
education-completion = 卒業・中退など
completion-graduated = 卒業
completion-withdrew = 中退
completion-enrolled = 在学中
completion-expected = 卒業見込み
education-qualification-entry = 免許・資格 { $n }
education-qualification-search = 一覧から探す（名前や読みを入力。例：かいご）
education-qualification-none-found = 一覧に見つかりません。下の欄に名前を入力してください。
education-qualification-chosen = 選んだ免許・資格
education-qualification-name = 一覧にないときは、名前を入力
education-qualification-score = スコア
education-qualification-year = 取得した年
education-qualification-year-help = 西暦でも和暦でも。例：2015、平成27
education-qualification-remove = 削除
education-qualification-change = 選び直す
education-qualification-max = 免許・資格は{ $max }件まで入力できます。ほかは窓口でお伝えください。
history-occupation = 職種
history-occupation-choose = 職種を選ぶ
history-occupation-change = 選び直す
history-leaving-reason = 離職理由
history-max = 職歴は{ $max }件まで入力できます。ほかは窓口でお伝えください。
review-commute-minutes = { $minutes }分
review-weekly-hours = 週{ $hours }時間
review-days-per-week = 週{ $days }日
review-dependants = { $n }人
review-score = スコア { $score }
review-year-obtained = { $year }年取得
review-with-details = { $name }（{ $details }）
date-year = 年
date-month = 月
date-day = 日

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = マイナンバーカードで入力
card-start-help = マイナンバーカードをお持ちの方は、カードから氏名・住所・生年月日・性別を入力できます。フリガナは読み取れないため、ご自分で入力してください。
card-title = マイナンバーカードで入力
card-place = マイナンバーカードを読み取り機の上に置き、「置きました」を押してください。
card-place-note = 読み取るのは氏名・住所・生年月日・性別だけです。個人番号（マイナンバー）は読み取りません。
card-placed = 置きました
card-pin-lead = 券面事項入力補助用の暗証番号（数字4桁）を入力してください。
card-tries = 暗証番号の残り回数：あと{ $tries }回
card-pin-count = 暗証番号 { $count }桁入力済み
card-read = 読み取る
card-busy = 読み取り中…
card-cancel = やめる
card-close = 閉じる
card-counter = 窓口で職員にお声がけください。このまま手で入力することもできます。
card-done = マイナンバーカードから読み取りました。内容を確かめてください。フリガナは欄の下の候補から選ぶか、入力してください。
card-error-no-reader = カード読み取り機が見つかりません。職員にお知らせいただくか、手で入力してください。
card-error-no-card = カードが見つかりません。マイナンバーカードを読み取り機の上に置いてください。
card-error-not-my-number = マイナンバーカードではないようです。マイナンバーカードを置いてください。
card-error-removed = 読み取りの途中でカードが離れました。カードを置いたまま、もう一度お試しください。
card-error-wrong-pin = 暗証番号が違います。残りはあと{ $tries }回です。
card-error-last-try = 暗証番号の残りがあと{ $tries }回のため、カードがロックされないよう、ここでは入力しません。
card-error-blocked = 暗証番号がロックされています。解除はお住まいの市区町村の窓口でできます。
card-error-pin-format = 暗証番号は数字4桁です。
card-error-unreadable = カードの内容を読み取れませんでした。お手数ですが、手で入力してください。
card-error-reader = 読み取り機がうまく動きませんでした。もう一度お試しください。
review-card-read = 氏名・住所・生年月日・性別はマイナンバーカードから読み取りました。
## 係員を呼ぶ (every screen)
call-staff = 係員を呼ぶ
call-staff-waiting-title = 係員を呼んでいます
call-staff-waiting-body = 係員を呼んでいます。届くまで少しお待ちください。届かないときは、近くの係員にお声がけください。
call-staff-sent-title = 係員を呼びました
call-staff-sent-body = そのままお待ちください。入力した内容は消えません。
call-staff-coming-title = 係員が向かっています
call-staff-coming-body = 係員が向かっています。そのままお待ちください。

## The assist layer (staff over the visitor's form)
assist-open = 係員の操作
assist-pad-title = 係員コード
assist-pad-lead = 係員の方は、ご自身のコードを入力してください。入力中の内容は消えません。
assist-title = 係員が操作しています
assist-lead = 入力中の内容はそのままです。終わったら「お客様に戻す」を押してください。
assist-hand-back = お客様に戻す
assist-steps = 画面を移る
assist-explain = 項目の説明
assist-field-required = 必ず入力する項目です。
assist-field-optional = 入力しなくてもかまいません。
assist-no-codes = この端末には係員コードがまだ届いていません。しばらく待つか、管理者に連絡してください。

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = レシートを印刷しています…
receipt-printed = レシートをお取りください。
receipt-print-failed = レシートを印刷できませんでした。係員にお知らせください。受付番号はこの画面でご確認ください。
receipt-print-incomplete = 印刷の途中で用紙がなくなりました。レシートは最後まで出ていません。係員にお知らせください。受付番号はこの画面でご確認ください。
staff-printer = レシートプリンター
staff-printer-none = 設定されていません
staff-printer-ready = 印刷できます
staff-printer-near-end = 用紙が残りわずかです。ロール紙を早めに交換してください。
staff-printer-paper-out = 用紙切れです。ロール紙を交換してください。
staff-printer-cover-open = カバーが開いています。閉じてください。
staff-printer-offline = プリンターが応答しません。電源とエラーランプを確認してください。
staff-printer-unreachable = プリンター（{ $address }）に接続できません。電源とケーブル、設定ファイルの printer を確認してください。
