# Texts of the office server: phone pages, counter pages, mails and the API's error codes.
# All ids start with srv- (so that they never clash with ids of the other files).

## Common

srv-site-name = Hello Work 櫃檯

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
srv-skip-to-content = 跳到正文
srv-language-nav = 顯示語言
srv-form-errors = 請確認填寫的內容
srv-required = ※必填
srv-optional = ※選填
srv-unselected = 未選擇
srv-value-none = （無）
srv-save = 儲存
srv-cancel = 取消
srv-reload = 重新載入
srv-sign-in = 登入
srv-sign-out = 登出
srv-sign-in-failed = 電子郵件地址或密碼不正確。

## Error pages

srv-error-not-found-title = 找不到頁面
srv-error-not-found = 沒有找到您要找的頁面。請確認 URL。如果是從QR Code開啟的，請重新掃描。
srv-error-forbidden-title = 無法進行這項操作
srv-error-forbidden = 您沒有顯示這個畫面的權限，或者畫面已過有效期限。請返回上一個畫面，再試一次。
srv-error-bad-request-title = 無法受理填寫的內容
srv-error-bad-request = 無法讀取傳送的內容。請返回上一個畫面，重新填寫。
srv-error-rate-limited-title = 請稍候
srv-error-rate-limited = 短時間內操作過於集中。請稍等片刻後再試一次。
srv-error-internal-title = 發生了問題
srv-error-internal = 伺服器發生了問題。請稍後再試一次。如果仍無法解決，請向 Hello Work 的櫃檯諮詢。

## Fields of an application

srv-field-receipt = 受理編號（受付番号）
srv-field-status = 狀況
srv-field-name = 姓名
srv-name-kana-only = （用片假名填寫）
srv-field-identity-source = 本人資料的輸入方式
srv-identity-from-card = 從個人編號卡讀取（尚未核對本人身分）
srv-card-read = （從卡讀取）
srv-card-changed = （從卡讀取後有修改）
srv-field-kana = 片假名讀音
srv-field-birth-date = 出生日期
srv-field-sex = 性別
srv-field-address = 地址
srv-field-street = 門牌號碼
srv-field-building = 建築物名稱・房間號
srv-field-phone = 電話號碼
srv-field-email = 電子郵件地址
srv-field-occupations = 希望的職業
srv-field-occupation-n = 希望的職業（第{ $n }志願）
srv-field-employment-types = 希望的雇用形式
srv-field-wage = 希望的薪資
srv-field-work-locations = 希望的工作地點
srv-field-hours = 希望的工作時間
srv-field-now = 目前的狀況
srv-field-insurance = 雇用保險（雇用保険）的領取預定
srv-field-education = 最終學歷
srv-field-qualifications = 執照・資格
srv-field-work-history = 工作經歷
srv-field-my-page = My Page（求職者マイページ）
srv-field-job-seeker-number = 求職編號
srv-field-return-reason = 理由：

srv-sex-female = 女性
srv-sex-male = 男性
srv-sex-unstated = 不回答
srv-employment-full-time = 正式員工
srv-employment-part-time = 計時人員（パート）
srv-employment-dispatch = 派遣
srv-employment-contract = 約聘員工
srv-wage-monthly = 月薪 { $amount }日圓以上
srv-wage-hourly = 時薪 { $amount }日圓以上
srv-wage-kind-monthly = 月薪
srv-wage-kind-hourly = 時薪
srv-wage-amount = 金額（日圓，以上）
srv-now-employed = 在職中
srv-now-not-employed = 離職中
srv-now-student = 學生
srv-insurance-yes = 打算領取
srv-insurance-no = 不打算領取
srv-insurance-unsure = 不清楚
srv-education-junior-high = 國中
srv-education-high-school = 高中
srv-education-vocational = 專修學校・各種學校
srv-education-junior-college = 短期大學・高等專門學校
srv-education-university = 大學
srv-education-graduate = 研究所
srv-education-other = 其他
srv-my-page-wanted = 希望開通
srv-my-page-not-wanted = 不希望開通

srv-status-provisional = 臨時受理
srv-status-accepted = 已受理
srv-status-returned = 退回

## Phone: the QR code's page

srv-continue-title = 繼續辦理求職申請（求職申込み）
srv-continue-lead = 您在大廳終端上的申請已受理。您可以在這個畫面開通 My Page（求職者マイページ）。
srv-received-title = 已受理的內容
srv-received-wrong = 如果內容有誤，請到櫃檯提出。
srv-on-its-way-title = 正在傳送
srv-on-its-way = 您的申請內容正在從大廳的終端傳送到 Hello Work。
srv-on-its-way-refresh = 這個畫面會自動更新。請稍候。
srv-on-its-way-help = 如果過了一段時間仍沒有變化，請在櫃檯告知受理編號（受付番号）。
srv-expired-title = 這個QR Code已過有效期限
srv-expired = QR Code已過有效期限。申請內容的確認和 My Page（求職者マイページ）的開通，請到 Hello Work 的櫃檯辦理。請告知受理編號（受付番号）。
srv-spent-title = My Page 已經開通
srv-spent = 這個QR Code已經設定過密碼。請用電子郵件地址和密碼登入。
srv-my-page-open-title = 開通 My Page（求職者マイページ）
srv-no-email = 您的申請中沒有電子郵件地址，因此無法在這裡開通。櫃檯的職員會協助您。
srv-code-send = 傳送驗證碼
srv-code-resend = 重新發送驗證碼
srv-code-sent = 驗證碼已傳送。請檢視電子郵件。如果沒有收到，也請檢視垃圾郵件資料夾。
srv-code-label = 驗證碼（6位數字）
srv-code-help = 請輸入郵件中寫的6位數字。
srv-code-submit = 確認
srv-code-wrong = 驗證碼不正確。還可以輸入{ $remaining }次。
srv-code-need-new = 驗證碼已過有效期限，或輸入次數已達上限。請傳送新的驗證碼。
srv-code-send-failed = 無法傳送驗證碼郵件。請稍後再試一次。
srv-code-send-limited = 不能連續傳送驗證碼。請在大約{ $minutes }分鐘後再試一次。
srv-email-verified = 已確認電子郵件地址（{ $email }）。接下來，請設定 My Page 的密碼。

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = 您在大廳終端上的申請已受理。確認是您本人後，就可以確認申請內容和開通 My Page（求職者マイページ）。
srv-proof-title = 本人確認
srv-proof-email = 我們會向您申請時填寫的電子郵件地址傳送6位驗證碼。確認之前，這個畫面不會顯示您的姓名等資訊。
srv-proof-email-help = 如果收不到郵件，或者電子郵件地址填錯了，請在櫃檯告知受理編號（受付番号）。
srv-proof-birth = 您的申請中沒有電子郵件地址，因此用出生日期進行確認。確認之前，這個畫面不會顯示您的姓名等資訊。
srv-birth-label = 出生日期
srv-birth-help = 例：1990年7月15日、平成2年7月15日、1990/7/15
srv-birth-submit = 確認
srv-birth-unreadable = 無法識別為出生日期。請像例子那樣輸入年、月、日。
srv-birth-wrong = 出生日期與申請內容不一致。還可以輸入{ $remaining }次。
srv-birth-locked = 出生日期的輸入次數已達上限，這個畫面無法再進行確認。請在櫃檯告知受理編號（受付番号）。
srv-proof-bound-time = 這個畫面只能在完成確認的這個瀏覽器上使用30分鐘。

srv-password-label = 密碼
srv-password-help = 請設定{ $min }個字元以上（建議{ $suggested }個字元以上）。對字元種類沒有規定，也可以使用空格和漢字。不能使用常見的密碼。
srv-password-confirm-label = 密碼（為了確認，請再輸入一次）
srv-password-submit = 設定密碼並開通
srv-password-too-short = 密碼請設定{ $min }個字元以上。
srv-password-too-long = 密碼請設定在{ $max }個字元以內。
srv-password-common = 這個密碼很常見，容易被猜到，因此不能使用。請換一個。
srv-password-personal = 不能使用包含電子郵件地址等個人資訊的密碼。
srv-password-mismatch = 為確認而輸入的密碼不一致。

## Mails

srv-mail-code-subject = 【Hello Work】驗證碼通知
srv-mail-code-body =
    驗證碼：{ $code }

    這是您在 Hello Work 大廳終端上申請開通 My Page（求職者マイページ）所用的驗證碼。
    請在智慧型手機的畫面上輸入這6位數字。有效期限為{ $minutes }分鐘。

    如果您沒有進行過此操作，請刪除這封郵件。

srv-mail-change-code-subject = 【Hello Work】更改電子郵件地址的驗證碼
srv-mail-change-code-body =
    驗證碼：{ $code }

    這是將 My Page（求職者マイページ）的電子郵件地址更改為本電子郵件地址所用的驗證碼。
    請在 My Page 的畫面上輸入這6位數字。有效期限為{ $minutes }分鐘。

    如果您沒有進行過此操作，請刪除這封郵件。電子郵件地址不會更改。
srv-mail-email-changed-subject = 【Hello Work】電子郵件地址已更改
srv-mail-email-changed-body =
    My Page（求職者マイページ）的電子郵件地址已更改為 { $email }。
    今後請用新的電子郵件地址登入。本電子郵件地址將不再收到通知。

    如果您沒有進行過此操作，請立即聯絡 Hello Work 的櫃檯。

## My Page

srv-my-title = My Page（求職者マイページ）
srv-my-nav = My Page 選單
srv-my-signin-title = 登入 My Page（求職者マイページ）
srv-my-signin-help = 如果忘記了密碼，請向 Hello Work 的櫃檯諮詢。
srv-my-status-title = 申請的狀況
srv-my-status-provisional = 目前是臨時受理狀態。在 Hello Work 的櫃檯接受本人確認後，即正式受理並發放求職編號。
srv-my-status-accepted = 已在櫃檯正式受理。求職編號也會寫在 Hello Work 卡上。
srv-my-status-returned = 您的申請已被櫃檯退回。請確認內容後到櫃檯諮詢。
srv-my-registration-title = 登記內容
srv-my-saved = 更改已儲存。
srv-my-edit-title = 更改登記內容
srv-my-edit-lead = 可以更改聯絡方式和希望的工作。搬家後請更改郵遞區號和門牌號碼。
srv-my-edit-contact = 聯絡方式
srv-field-postcode = 郵遞區號
srv-field-town = 町域
srv-my-email-title = 更改電子郵件地址
srv-my-email-lead = 電子郵件地址也用於登入 My Page。我們會向新的電子郵件地址傳送驗證碼，輸入收到的驗證碼後即完成更改。在此之前，仍可用現在的電子郵件地址登入。
srv-my-email-now = 現在的電子郵件地址
srv-field-new-email = 新的電子郵件地址
srv-my-email-new-title = 登記新的電子郵件地址
srv-field-current-password = 現在的密碼
srv-my-email-password-help = 為了確認是您本人，請輸入 My Page（求職者マイページ）的密碼。
srv-my-email-password-wrong = 密碼不正確。請輸入登入 My Page 時使用的密碼。
srv-my-email-code-title = 輸入驗證碼
srv-my-email-code-lead = 請輸入傳送到 { $email } 的6位驗證碼。
srv-my-email-confirm = 更改
srv-my-email-same = 與現在的電子郵件地址相同。如要更改，請輸入新的電子郵件地址。
srv-my-email-changed = 電子郵件地址已更改為 { $email }。今後請用這個電子郵件地址登入。
srv-my-edit-postcode-hint = 7位數字。都道府縣・市區町村・町域會根據郵遞區號自動填入。
srv-my-edit-town-choose = 這個郵遞區號對應多個町域。請選擇您居住的町域。
srv-my-edit-work = 希望的工作
srv-my-edit-disclosure = 求職資訊的提供和聯絡方式
srv-my-edit-self-pr = 自我介紹・特別事項

## Trust (slice B): changes of name, date of birth and address after acceptance, and their record

srv-sign-in-form-expired = 登入畫面已過有效期限，或者不是本網站的畫面。請重新登入。
srv-my-edit-person = 姓名和出生日期
srv-my-edit-checked-note = 在櫃檯正式受理後，姓名・出生日期・地址的更改，要經櫃檯職員確認後才會生效。
srv-field-family-name = 姓
srv-field-given-name = 名
srv-field-family-kana = 片假名讀音（姓）
srv-field-given-kana = 片假名讀音（名）
srv-birth-calendar = 曆法
srv-birth-year = 年
srv-birth-month = 月
srv-birth-day = 日
srv-calendar-western = 公曆
srv-calendar-meiji = 明治
srv-calendar-taisho = 大正
srv-calendar-showa = 昭和
srv-calendar-heisei = 平成
srv-calendar-reiwa = 令和
srv-my-change-sent = 其他更改已儲存。姓名・出生日期・地址的更改已傳送到櫃檯。職員確認後即會生效。
srv-my-change-pending-title = 櫃檯正在確認的更改
srv-my-change-pending-lead = 以下更改經櫃檯職員確認後即會生效。
srv-change-pending-title = 等待確認的更改
srv-change-pending-lead = 正式受理後，求職者在 My Page 上做了更改。請確認內容（必要時用本人確認證件），決定是否使其生效。
srv-change-old = 更改前
srv-change-new = 更改後（申請）
srv-change-when = 日期時間
srv-change-who = 更改人
srv-change-action = 內容
srv-change-field = 項目
srv-change-accept = 使更改生效
srv-change-refuse = 不使更改生效
srv-change-already-decided = 這項更改已經處理過了。
srv-change-audit-title = 更改記錄
srv-change-audit-none = 沒有姓名・出生日期・地址的更改。
srv-change-by-visitor = 求職者（My Page）
srv-change-action-applied = 更改
srv-change-action-requested = 申請
srv-change-action-accepted = 生效
srv-change-action-refused = 不生效

## API error codes (used on the kiosk's screens and in records)

srv-problem-malformed-json = 無法將傳送的內容讀取為 JSON。
srv-problem-invalid-body = 傳送內容的項目不正確。
srv-problem-body-too-large = 傳送的內容太大。
srv-problem-unsupported-media-type = 傳送內容的格式不對（需要 application/json）。
srv-problem-unauthorized = 終端認證失敗。請重新進行終端登記。
srv-problem-idempotency-key-invalid = 傳送的識別鍵不正確。
srv-problem-idempotency-conflict = 用同一個識別鍵傳送了不同的內容。
srv-problem-envelope-malformed = 封裝的申請資料格式不正確。
srv-problem-envelope-version-unknown = 封裝的申請資料版本不明。請確認終端的軟體。
srv-problem-envelope-unopenable = 無法開啟申請資料。請確認伺服器的金鑰和終端的登記。
srv-problem-envelope-payload-invalid = 申請資料的內容不正確。
srv-problem-identifiers-invalid = 受理編號・QR Code・傳送時間中有一項不正確。
srv-problem-office-mismatch = 申請資料的安定所編號與終端的登記不符。
srv-problem-continuation-token-taken = 這個QR Code已被其他申請使用過。
srv-problem-enrolment-code-invalid = 登記代碼不正確、已使用過或已過有效期限。
srv-problem-kiosk-id-invalid = 終端ID不正確（英文字母、數字和 . _ -，最多64個字元）。
srv-problem-kiosk-id-taken = 這個終端ID已在其他安定所登記。
srv-problem-survey-invalid = 問卷的回答超出範圍。
srv-problem-heartbeat-invalid = 運作報告的內容超出範圍。
srv-problem-not-found = 找不到。
srv-problem-method-not-allowed = 無法進行這項操作。
srv-problem-rate-limited = 請求太多。請稍等後再重新發送。
srv-problem-unavailable = 無法連線資料庫。
srv-problem-internal = 伺服器發生了問題。請稍後再試一次。

## Counter pages

srv-counter-nav = 櫃檯選單
srv-counter-title = 今天的申請
srv-counter-signin-title = 職員登入
srv-counter-login = 登入ID
srv-counter-sign-in-failed = 登入ID或密碼不正確。
srv-role-admin = 管理員
srv-role-staff = 職員
srv-counter-office = 安定所
srv-counter-all-offices = 所有安定所
srv-counter-no-offices = 沒有登記的安定所。請用 `madoguchi-server kiosk add` 登記。
srv-counter-date = 受理日期
srv-counter-search = 顯示
srv-counter-receipt-invalid = 受理編號是6個字元（不使用數字0・1・2・5・6・8）。請再確認一下。
srv-counter-results-day = { $date }的申請（{ $count }件）
srv-counter-results-receipt = 受理編號 { $receipt } 的申請
srv-counter-office-caption = 安定所編號 { $office }
srv-counter-none = 沒有符合條件的申請。
srv-counter-received-at = 受理日期時間
srv-counter-findings = 需要確認
srv-counter-back = 返回列表
srv-counter-application-page = 受理編號 { $receipt }
srv-counter-application-title = 申請內容
srv-counter-visitor-language = 申請時的語言
srv-counter-my-page = My Page
srv-counter-my-page-open = 已開通
srv-counter-my-page-not-open = 未開通
srv-counter-birth-calendar = 出生日期是用{ $calendar }填寫的。
srv-counter-findings-title = 需要在櫃檯確認的項目
srv-counter-findings-lead = 終端上的填寫有以下幾點。請與本人確認。
srv-counter-identity-title = 本人確認
srv-counter-identity-document = 確認的證件
srv-counter-identity-submit = 記錄本人確認
srv-counter-identity-done = { $by } 於 { $time } 用{ $document }進行了本人確認。
srv-counter-identity-invalid = 請選擇確認的證件。
srv-counter-decision-title = 受理・退回
srv-counter-accept-lead = 受理後將發放求職編號。已發放的編號不能取消。
srv-counter-accept = 受理並發放求職編號
srv-counter-accept-needs-identity = 受理前請記錄本人確認。
srv-counter-already-decided = 這份申請已經受理或退回了。
srv-counter-return-reason = 退回的理由
srv-counter-return-help = 會顯示在本人的 My Page 上。
srv-counter-return = 退回
srv-counter-return-reason-invalid = 請在500字以內輸入退回的理由。
srv-counter-print-a4 = 列印求職受理單（A4）
srv-counter-print-receipt = 列印求職受理單（收據 80mm）
srv-counter-print-hint = 請用瀏覽器的列印功能（Ctrl+P）列印。
srv-id-doc-my-number-card = 個人編號卡（マイナンバーカード）
srv-id-doc-driving-licence = 駕駛執照
srv-id-doc-residence-card = 在留卡（在留カード）
srv-id-doc-passport = 護照
srv-id-doc-health-insurance = 健康保險資格確認文件
srv-id-doc-other = 其他證件

## The job-seeker slip (求職受付票)

srv-slip-title = 求職受理單（求職受付票）
srv-slip-accepted-on = 受理日期
srv-slip-identity = 本人確認證件
srv-slip-staff = 負責人
srv-slip-note = 在收到 Hello Work 卡之前，請妥善保管這張單據。在 My Page（求職者マイページ）上也可以確認求職編號。

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = 成績表
srv-scorecard-lead = 按照計劃的定義，按安定所・都道府縣勞動局・全國，每季度顯示線上使用率。求職者是指終端的申請，加上在櫃檯和線上登記的求職者（由職員輸入或匯入）的全體人員。
srv-scorecard-quarter = 季度（例：2026Q3）
srv-scorecard-period = { $quarter }（{ $from } 〜 { $to }）
srv-scorecard-chart-title = { $name }的線上使用率（最近8個季度）
srv-scorecard-chart-caption = 柱形表示線上使用率。達到目標20%以上的用實心表示，未達到的用斜線表示。虛線為目標20%，點線為令和元年度（2019年度）的8.0%。下表也列出了相同的數值。
srv-scorecard-target-label = 目標 20%
srv-scorecard-baseline-label = 2019年度 8.0%
srv-scorecard-legend-met = 達到目標（實心）
srv-scorecard-legend-not-met = 未達到（斜線）
srv-scorecard-quarter-head = 季度
srv-scorecard-rate = 線上使用率
srv-scorecard-target = 目標20%
srv-scorecard-met = 達到
srv-scorecard-not-met = 未達到
srv-scorecard-accepted = 受理
srv-scorecard-answers = 問卷回答
srv-scorecard-distribution = 回答的分佈（1〜5）
srv-scorecard-mean = 平均
srv-scorecard-definition-title = 線上使用率的定義
srv-scorecard-definition-source = 出處：提高線上使用率的基本計劃（2021年10月22日），求職申請
srv-scorecard-definition = My Page 開通數 ÷ 求職者（不論途徑的新求職者）。開通數和求職者數都按求職者的登記日期（日本時間）計算，因此不會超過100%。年度從4月開始，第1季度為4〜6月。
srv-scorecard-csv = 儲存為 CSV
srv-scorecard-json = 以 JSON 顯示
srv-scorecard-print = 列印用顯示
srv-scorecard-refresh = 立即重新計算數值
srv-scorecard-national = 全國
srv-scorecard-kpi-title = 中期 KPI：My Page 開通數 34萬件
srv-scorecard-kpi = 開通數累計 { $openings }件 ／ { $kpi }件（{ $percent }）
srv-scorecard-updated = 數值生成時間：{ $at }（日本時間）
srv-scorecard-never-updated = 尚未生成數值。
srv-scorecard-table-caption = 各季度的求職者和 My Page 開通
srv-scorecard-unit = 分類
srv-scorecard-job-seekers = 求職者（按登記日期計算）
srv-scorecard-opened = My Page 開通
srv-scorecard-kiosk-share = 開通中終端所佔比例
srv-scorecard-cumulative = 開通累計
srv-scorecard-from-kiosk = 終端（自動）
srv-scorecard-from-counter = 櫃檯（職員記錄）
srv-scorecard-from-online = 線上（職員記錄）
srv-scorecard-total = 合計
srv-scorecard-opened-kiosk = 來自終端（自動）
srv-scorecard-opened-recorded = 職員記錄
srv-scorecard-sources = 「自動」是統計終端的申請和透過QR Code的開通。「職員記錄」是職員輸入或匯入的櫃檯和線上的登記數以及櫃檯的開通數（在登記數記錄的畫面上，可以按日確認是誰在何時記錄的）。退回的申請不計入。
srv-scorecard-rating-title = 終端的一題問卷和受理
srv-scorecard-trend-title = 最近8個季度的變化

srv-tally-title = 登記數記錄
srv-tally-lead = 按日期・途徑記錄透過終端以外（櫃檯的紙本表格、辦公室內的電腦、線上）登記的新求職者人數。再次記錄同一日期和途徑時，將替換之前的記錄。
srv-tally-saved = 已記錄。成績表的數值也已重新計算。
srv-tally-one-title = 輸入一天的資料
srv-tally-day = 登記日期
srv-tally-channel = 途徑
srv-tally-channel-counter = 櫃檯（紙本・辦公室內的電腦）
srv-tally-channel-online = 線上
srv-tally-registered = 新求職者人數
srv-tally-opened = My Page 開通數
srv-tally-opened-hint = 當天登記的求職者中開通了 My Page 的人數（經櫃檯確認）。不超過求職者人數。
srv-tally-save = 記錄
srv-tally-import-title = 匯入按日的 CSV
srv-tally-import-lead = 貼上第1行為標題、從第2行起每行寫一天一個途徑的 CSV。只要有一處錯誤，就不匯入任何內容，並顯示出錯的行和列。
srv-tally-csv-file = 選擇 CSV 檔案
srv-tally-csv = 或者貼上 CSV 的內容
srv-tally-import = 匯入
srv-tally-list-title = { $quarter }的記錄
srv-tally-none = 本季度還沒有記錄。
srv-tally-source = 記錄來源
srv-tally-source-tally = 輸入：{ $who }（{ $at }）
srv-tally-source-import = CSV 匯入：{ $who }（{ $at }）
srv-tally-error-header = 第1行請寫成 date,channel,registrations,my_pages_opened。
srv-tally-error-columns = 列數不是4列。
srv-tally-error-date = 日期請寫成 2026-10-01 的格式。
srv-tally-error-future = 這是還沒到的日期。
srv-tally-error-channel = 途徑請寫 counter 或 online。
srv-tally-error-count = 請寫0以上的整數。
srv-tally-error-opened = My Page 開通數超過了求職者人數。
srv-tally-error-duplicate = 同一日期和途徑出現了2次。
srv-tally-error-empty = 除標題外沒有其他行。
srv-tally-error-too-many = 行數太多。請分開匯入。
srv-tally-error-unreadable = 無法讀取為 CSV。
srv-tally-error-at-column = 第{ $line }行第{ $column }列：{ $message }
srv-tally-error-at-line = 第{ $line }行：{ $message }

srv-public-title = 線上使用率成績表
srv-public-lead = 按照計劃，每季度公佈 Hello Work 求職申請的線上使用率。
srv-public-withheld = 不公開
srv-public-job-seekers = 求職者
srv-public-openings = My Page 開通
srv-public-prefectures = 全國和都道府縣勞動局
srv-public-offices = 按安定所
srv-public-withheld-note = 「不公開」是指小於{ $min }的數字，以及為了防止從其他數字推算出來而隱藏的數字。這是為了避免識別出個人。

srv-survey-title = 線上辦理手續的問卷
srv-survey-lead = 請告訴我們求職申請和 My Page（求職者マイページ）是否好用。請不要寫姓名和聯絡方式。寫入的電話號碼和電子郵件地址會在儲存前刪除。
srv-survey-ease = 手續簡單嗎
srv-survey-ease-5 = 非常簡單
srv-survey-ease-4 = 簡單
srv-survey-ease-3 = 一般
srv-survey-ease-2 = 困難
srv-survey-ease-1 = 非常困難
srv-survey-time = 所花的時間
srv-survey-time-under-5 = 不到5分鐘
srv-survey-time-5-15 = 5〜15分鐘
srv-survey-time-15-30 = 15〜30分鐘
srv-survey-time-over-30 = 30分鐘以上
srv-survey-hard = 困難的地方
srv-survey-hard-hint = 請選擇所有符合的項目。
srv-survey-hard-finding = 不知道在哪裡辦理手續
srv-survey-hard-typing = 輸入很費力
srv-survey-hard-email-code = 郵件的驗證碼
srv-survey-hard-password = 設定密碼
srv-survey-hard-language = 語言不容易理解
srv-survey-hard-other = 其他
srv-survey-comment = 意見（選填）
srv-survey-comment-hint = 最多{ $max }字。電話號碼・電子郵件地址・郵遞區號等會刪除後儲存。
srv-survey-send = 傳送
srv-survey-error-ease = 請選擇是否簡單。
srv-survey-error-time = 請選擇所花的時間。
srv-survey-error-hard = 困難之處的選擇不正確。
srv-survey-thanks-title = 謝謝您
srv-survey-thanks = 已收到您的回答。結果將用於改進手續，每年至少彙總公佈一次。
srv-survey-invite-title = 請協助填寫問卷
srv-survey-invite = 請透過幾個問題的問卷，告訴我們使用線上手續的感想。
srv-survey-my-page-invite = 好用嗎？請回答一份簡短的問卷。
srv-survey-report-title = 問卷年度報告
srv-survey-year = 年度（例：2026）
srv-survey-report-lead = { $year }年度：回答{ $answers }件，簡單程度平均 { $mean }（5為最簡單）
srv-survey-answers = 回答數
srv-survey-mean = 簡單程度平均
srv-survey-no-office = 未指定安定所
srv-survey-channel = 回答途徑
srv-survey-channel-my-page = 來自 My Page
srv-survey-channel-public = 來自公佈頁面
srv-survey-language = 語言
srv-survey-comments = 意見
srv-survey-comments-note = 職員專用。不公開。個人資訊的模式在儲存前已刪除。
srv-survey-no-comments = 沒有意見。

## Prefectural labour bureaus (the first 2 digits of the office number)
srv-prefecture-01 = 北海道勞動局
srv-prefecture-02 = 青森勞動局
srv-prefecture-03 = 巖手勞動局
srv-prefecture-04 = 宮城勞動局
srv-prefecture-05 = 秋田勞動局
srv-prefecture-06 = 山形勞動局
srv-prefecture-07 = 福島勞動局
srv-prefecture-08 = 茨城勞動局
srv-prefecture-09 = 栃木勞動局
srv-prefecture-10 = 群馬勞動局
srv-prefecture-11 = 埼玉勞動局
srv-prefecture-12 = 千葉勞動局
srv-prefecture-13 = 東京勞動局
srv-prefecture-14 = 神奈川勞動局
srv-prefecture-15 = 新潟勞動局
srv-prefecture-16 = 富山勞動局
srv-prefecture-17 = 石川勞動局
srv-prefecture-18 = 福井勞動局
srv-prefecture-19 = 山梨勞動局
srv-prefecture-20 = 長野勞動局
srv-prefecture-21 = 岐阜勞動局
srv-prefecture-22 = 靜岡勞動局
srv-prefecture-23 = 愛知勞動局
srv-prefecture-24 = 三重勞動局
srv-prefecture-25 = 滋賀勞動局
srv-prefecture-26 = 京都勞動局
srv-prefecture-27 = 大阪勞動局
srv-prefecture-28 = 兵庫勞動局
srv-prefecture-29 = 奈良勞動局
srv-prefecture-30 = 和歌山勞動局
srv-prefecture-31 = 鳥取勞動局
srv-prefecture-32 = 島根勞動局
srv-prefecture-33 = 岡山勞動局
srv-prefecture-34 = 廣島勞動局
srv-prefecture-35 = 山口勞動局
srv-prefecture-36 = 德島勞動局
srv-prefecture-37 = 香川勞動局
srv-prefecture-38 = 愛媛勞動局
srv-prefecture-39 = 高知勞動局
srv-prefecture-40 = 福岡勞動局
srv-prefecture-41 = 佐賀勞動局
srv-prefecture-42 = 長崎勞動局
srv-prefecture-43 = 熊本勞動局
srv-prefecture-44 = 大分勞動局
srv-prefecture-45 = 宮崎勞動局
srv-prefecture-46 = 鹿兒島勞動局
srv-prefecture-47 = 沖繩勞動局

## Kiosks' state

srv-fleet-title = 終端運作狀況
srv-fleet-lead = 超過{ $minutes }分鐘沒有運作報告的終端顯示為「無回應」。
srv-fleet-none = 沒有已登記的終端。
srv-fleet-kiosk = 終端
srv-fleet-state = 狀態
srv-fleet-last-heartbeat = 最後的運作報告
srv-fleet-version = 版本
srv-fleet-occupation-table = 職業分類表
srv-fleet-postcode-book = 郵遞區號資料
srv-fleet-occupations-differs = 與伺服器的表不同
srv-fleet-postcodes-differs = 與伺服器的資料不同
srv-fleet-queue = 未傳送
srv-fleet-last-error = 最後的錯誤
srv-fleet-ok = 運作中
srv-fleet-stale = 無回應
srv-fleet-never = 無
srv-fleet-pending = 等待登記（代碼有效期限 { $until }）
srv-fleet-slot = 槽位
srv-fleet-uptime = 運作時間
srv-fleet-uptime-value = { $days }天 { $hours }小時 { $minutes }分鐘
srv-fleet-orientation = 畫面方向
srv-fleet-orientation-portrait = 直向
srv-fleet-orientation-landscape = 橫向
srv-fleet-steer = 操作
srv-fleet-command = 指令
srv-fleet-action-wipe-screen = 清除畫面並返回開頭
srv-fleet-action-send-queue = 立即傳送未傳送的內容
srv-fleet-action-restart = 重新啟動終端軟體
srv-fleet-action-reboot = 重新啟動終端
srv-fleet-action-apply-config = 套用設定
srv-fleet-action-revoke = 取消登記
srv-fleet-config = 設定檔案（僅用於套用設定）
srv-fleet-config-label = kiosk.toml 的內容
srv-fleet-send = 傳送
srv-fleet-command-sent = 指令已登記。終端將在下一次運作報告時（1分鐘以內）收到。
srv-fleet-command-not-found = 找不到該終端。
srv-fleet-command-admin-only = 只有管理員才能套用設定和取消登記。
srv-fleet-command-not-enrolled = 無法向尚未登記的終端傳送指令。
srv-fleet-command-unknown = 沒有該指令。請從清單中選擇。
srv-fleet-command-config-size = 設定檔案為空或過長（最多 64 KB）。
srv-fleet-silent-alert = 有{ $count }台終端超過{ $minutes }分鐘沒有運作報告。請檢查電源和網路。
srv-fleet-commands = 傳給終端的指令
srv-fleet-commands-none = 還沒有指令。
srv-fleet-command-time = 日期時間
srv-fleet-command-by = 傳送人
srv-fleet-command-outcome = 結果
srv-fleet-outcome-waiting = 等待送達
srv-fleet-outcome-delivered = 已送達（等待結果）
srv-fleet-outcome-done = 已執行
srv-fleet-outcome-refused = 被拒絕：
srv-name-single = （只有一個名字）
srv-field-card-name = 在留卡（在留カード）上的姓名

## 求職情報の提供等・障害について・自己PR
srv-field-publication = 求職資訊的公開
srv-publication-not-published = 不公開
srv-publication-without-employer-names = 除單位名稱等以外公開
srv-publication-published = 公開
srv-field-contact-methods = 聯絡方式
srv-contact-method-phone = 電話
srv-contact-method-email = 電子郵件
srv-contact-method-post = 郵寄
srv-field-avoid-times = 希望避免聯絡的時間段
srv-field-disability = 作為殘障人士的支援
srv-disability-wanted = 希望
srv-disability-not-wanted = 不希望
srv-disability-unstated = 不回答
srv-field-certificate = 殘障人士手冊
srv-certificate-physical = 身體障礙者手冊
srv-certificate-intellectual = 療育手冊（智力障礙）
srv-certificate-mental = 精神障礙者保健福祉手冊
srv-certificate-none-or-pending = 無・正在申請
srv-grade-level = { $grade }級
srv-field-support-needs = 希望得到的照顧・支援
srv-need-specialist-desk = 在專門櫃檯諮詢
srv-need-hours = 照顧工作時間・天數
srv-need-hospital = 照顧就醫・服藥
srv-need-facilities = 照顧設施・移動
srv-need-communication = 照顧溝通方式（筆談・手語等）
srv-need-instructions = 照顧指示方式
srv-field-support-needs-text = 關於殘障想告訴我們的事
srv-disability-show = 顯示關於殘障的回答
srv-field-self-pr = 自我介紹
srv-field-notes = 特別事項
## Additional fields (the application as shown at the counter)

srv-field-nationality = 國籍
srv-nationality-japanese = 日本
srv-nationality-foreign = 日本以外
srv-field-residence-status = 在留資格
srv-field-residence-expiry = 在留期限（截止日期）
srv-field-station = 最近的車站
srv-field-commute = 通勤方式
srv-commute-walk = 步行
srv-commute-bicycle = 腳踏車
srv-commute-motorbike = 機車
srv-commute-car = 汽車
srv-commute-train = 電車
srv-commute-bus = 公車
srv-field-commute-minutes = 通勤時間（單程）
srv-minutes = { $minutes }分鐘
srv-field-work-styles = 工作方式
srv-style-full-time = 全職
srv-style-part-time = 非全職
srv-field-holidays = 希望的休息日
srv-holiday-weekends = 週六、週日和國定假日
srv-holiday-weekdays = 工作日
srv-holiday-shifts = 輪班制
srv-holiday-any = 不指定
srv-weekday-mon = 一
srv-weekday-tue = 二
srv-weekday-wed = 三
srv-weekday-thu = 四
srv-weekday-fri = 五
srv-weekday-sat = 六
srv-weekday-sun = 日
srv-field-week = 每週工作時間・天數
srv-hours-a-week = 每週{ $hours }小時
srv-days-a-week = 每週{ $days }天
srv-field-left-on = 離職日期
srv-field-leaving-reason = 離職原因
srv-leaving-employer = 公司原因
srv-leaving-own = 個人原因
srv-leaving-contract-end = 契約期滿
srv-leaving-retirement = 退休
srv-leaving-other = 其他
srv-field-spouse = 配偶
srv-spouse-yes = 有
srv-spouse-no = 無
srv-spouse-unstated = 不回答
srv-field-dependants = 扶養親屬（配偶除外）
srv-people = { $n }人
srv-unstated = 不回答
srv-completion-graduated = 畢業
srv-completion-withdrew = 退學
srv-completion-enrolled = 在學中
srv-completion-expected = 預計畢業
srv-employment-casual = 打工（アルバイト）
srv-employment-other = 其他
srv-score = 分數 { $score }
srv-year-obtained = { $year }年取得
srv-job-occupation = 職業
srv-field-commute-minutes-unit = 通勤時間（單程・分鐘）
srv-field-weekly-hours-unit = 每週工作時間（小時）
srv-field-days-per-week-unit = 每週工作天數（天）

## Staff calls from the kiosks (counter console)
srv-calls-title = 工作人員呼叫
srv-calls-none = 沒有呼叫。
srv-calls-notice = 終端 { $kiosk }（{ $place }）正在呼叫工作人員
srv-calls-screen = 畫面：{ $screen }
srv-calls-acknowledge = 馬上過去
srv-calls-acknowledged = 工作人員正在趕去。
srv-calls-screen-attract = 最初的畫面
srv-calls-screen-consent = 同意
srv-calls-screen-basic = 基本資訊
srv-calls-screen-contact = 地址・聯絡方式
srv-calls-screen-disclosure = 公開・聯絡
srv-calls-screen-desired-work = 希望的工作
srv-calls-screen-situation = 目前的狀況
srv-calls-screen-education = 學歷・資格
srv-calls-screen-work-history = 工作經歷
srv-calls-screen-disability = 殘障資訊
srv-calls-screen-self-pr = 自我介紹
srv-calls-screen-review = 確認
srv-calls-screen-my-page = My Page
srv-calls-screen-done = 完成

## Staff codes (counter console)
srv-staff-codes-title = 工作人員代碼
srv-staff-codes-lead = 這是每人一個的代碼，用於在終端上協助填寫者而不清除其畫面。離職或調動人員的代碼請設為無效。
srv-staff-codes-name = 姓名
srv-staff-codes-add = 建立代碼
srv-staff-codes-made = 已為{ $name }建立代碼。
srv-staff-codes-once = 此代碼僅在此時顯示。請告知本人。
srv-staff-codes-none = 尚無代碼。
srv-staff-codes-added = 建立日期時間
srv-staff-codes-revoke = 設為無效
srv-staff-codes-revoked = 無效（{ $at }）
srv-staff-codes-name-invalid = 請輸入1～40個字的姓名，不要換行。
srv-staff-assists-title = 在終端上協助的記錄
srv-staff-assists-none = 尚無記錄。
srv-staff-assists-when = 日期時間

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = 更改工作經歷（職歴）
srv-my-jobs-lead = 您可以從最近的工作開始，登記曾經工作過的單位。更改會立即生效，櫃檯職員也會看到。
srv-my-jobs-none = 尚未登記工作經歷。
srv-my-jobs-entry = 工作經歷 { $n }
srv-my-jobs-edit = 更改
srv-my-jobs-remove = 刪除
srv-my-jobs-add = 新增工作經歷
srv-my-jobs-max = 工作經歷最多可以登記 { $max } 項。更早的工作經歷，請在櫃檯告訴職員。
srv-my-jobs-saved = 工作經歷已儲存。
srv-my-jobs-removed = 已刪除一項工作經歷。
srv-my-jobs-open = 查看或更改工作經歷（職歴）
srv-my-job-edit-title = 更改工作經歷 { $n }
srv-my-job-back = 返回工作經歷一覽
srv-my-job-employer = 工作單位（勤務先）
srv-my-job-period = 工作期間
srv-my-job-present = 至今
srv-my-job-from = 到職年月（入社）
srv-my-job-to = 離職年月（退社）
srv-my-job-date-hint = 可以用西元或日本年號輸入。例如：2019/4、平成31年4月
srv-my-job-to-hint = 如果現在仍在那裡工作，請留空。
srv-my-job-employment-type = 僱用形式（雇用形態）
srv-my-job-duties = 工作內容
srv-my-job-duties-hint = 例如：在超市負責收銀和上架
srv-my-job-changed = 這項工作經歷已在其他畫面等處被更改。請確認現在的內容後，再操作一次。
srv-my-job-remove-title = 要刪除這項工作經歷嗎？
srv-my-job-remove-lead = 刪除後，櫃檯職員也將看不到這項內容。如有需要，之後可以重新新增。
srv-my-choice-not-accepted = 無法受理所選的項目。請從清單中重新選擇。
srv-my-disability-section = 關於殘障（障害について，可不回答）
srv-my-disability-closed = 在您按下面的按鈕打開之前，不會顯示回答的內容。
srv-my-disability-open = 打開並更改關於殘障的回答
srv-my-disability-title = 關於殘障（障害について）
srv-my-disability-lead = 是否回答由您決定。回答的內容只有櫃檯職員能看到。更改會立即生效。
srv-my-disability-support = 您希望以殘障人士身分登記並接受支援嗎？
srv-my-disability-details-note = 下面的殘障人士手冊、等級和關懷等內容，只有在選擇「希望」時才會儲存。
srv-my-disability-grade = 等級或程度（等級・程度）
srv-my-disability-grade-hint = 請從清單中選擇您手冊上的等級或程度。如果不清楚，保持「未選擇」即可。
srv-my-disability-needs-hint = 可以複選。
srv-my-disability-clear-title = 刪除回答
srv-my-disability-clear-lead = 將刪除所有關於殘障的回答。櫃檯職員也將看不到，也不會留下紀錄。如有需要，可以再次回答。
srv-my-disability-clear = 刪除所有回答
srv-my-disability-cleared = 已刪除所有關於殘障的回答。
srv-change-value-private = （不記錄內容）
