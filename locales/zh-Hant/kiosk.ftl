# Madoguchi kiosk screens (繁體中文). Ids are prefixed by screen; the same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = Hello Work 求職申請（求職申込み）
text-missing = （有無法顯示的文字）
size-standard = 標準
size-large = 大
size-xlarge = 特大
dialog-close = 關閉

## Attract

attract-title = 向 Hello Work 申請求職
attract-lead = 您可以在這裡填寫求職申請（求職申込み）。填寫完成後，請在櫃檯出示受理編號（受付番号）。
attract-start = 開始
# Under the start button, shown in turn in every language, each in its own.
attract-touch = 請觸碰螢幕開始
attract-duration = 填寫大約需要10分鐘。
attract-language = 語言 / ことば
attract-size = 文字大小
attract-theme = 螢幕顏色
theme-standard = 一般
theme-contrast = 高對比
theme-dark = 黑色背景
layout-reach = 顯示在下方
layout-reach-help = 將按鈕和鍵盤顯示在螢幕下半部（供輪椅使用者等）。
attract-help = 如有不明白的地方，請詢問附近的工作人員。

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = 語音導引
speech-toggle-help = 透過耳機朗讀畫面內容。也可以按數字鍵盤的 * 鍵開關。
speech-on = 語音導引已開啟。將朗讀每個畫面的標題和說明、您觸碰的項目以及您按下的按鍵。
speech-off = 語音導引已關閉。
speech-form-hint = 觸碰項目即可聽到項目名稱和已輸入的內容。輸入完成後，請按「下一步」。
speech-empty = 未輸入
speech-checked = 已勾選
speech-unchecked = 未勾選

## Not ready

notready-title = 準備中
notready-body = 本終端目前無法使用。
    請您到櫃檯辦理。
notready-staff = 工作人員請注意：本終端尚未完成登記（終端ID：{ $kiosk }）。
notready-staff-error = 工作人員請注意：無法讀取終端資訊（代碼：{ $code }）。

## Header, navigation, dialogs

header-language = Language
header-reset = 從頭開始
nav-next = 下一步
nav-back = 返回
nav-return-review = 返回確認畫面
nav-back-review = 返回確認畫面
nav-busy = 正在確認…
reset-title = 要從頭開始嗎？
reset-body = 已填寫的內容將全部刪除。
reset-confirm = 刪除並重新開始
reset-cancel = 繼續填寫
idle-title = 還要繼續操作嗎？
idle-body = 再過{ $seconds }秒，已填寫的內容將被刪除，並返回最初的畫面。如要繼續，請觸控畫面。
idle-continue = 繼續
error-title = 出現了問題
error-ask-staff = 請詢問工作人員。您填寫的內容沒有丟失。
error-generic = 處理過程中出現了問題。
error-unreachable = 終端內部無法通訊。
error-unexpected = 終端出現了意外的問題。

## Steps

step-basic = 基本資訊
step-contact = 地址・聯絡方式
step-desired-work = 希望的工作
step-situation = 目前的狀況
step-education = 學歷・資格
step-work-history = 工作經歷
step-review = 確認
step-my-page = My Page
step-progress = 第{ $current }步 / 共{ $total }步

## Fields

field-required = ※必填
field-optional = ※選填
field-error-label = 錯誤：
field-warning-label = 請確認：
field-error-generic = 請確認填寫的內容。
field-warning-generic = 請確認填寫的內容是否正確。
choice-none = 未選擇
list-remove = 刪除
summary-errors-title = 請修改{ $count }處
summary-warnings-title = 請確認
summary-warnings-hint = 如果沒有問題，請再按一次「下一步」。
unit-year = 年
unit-month = 月
unit-day = 日
unit-yen = 日圓

## Consent

consent-title = 關於個人資訊的處理
consent-lead = 申請前請閱讀。
consent-purpose-title = 使用目的
consent-purpose-body = 您填寫的資訊，由{ $office }用於受理求職申請，以及辦理職業介紹等職業安定行政業務。不會用於其他目的。
consent-recorded-title = 記錄並發送給 Hello Work 的內容
consent-recorded-body = 姓名、片假名讀音、出生日期、性別（如有回答）、國籍和在留資格（如有回答）、地址、最近的車站和通勤方式、電話號碼、電子郵件地址、希望的工作、目前的狀況（離職日期・離職原因，配偶和扶養親屬如有回答）、學歷・資格、工作經歷、是否開通 My Page。問卷只記錄分數和選擇的理由。
consent-retention-title = 儲存期限
consent-retention-body = 傳送的內容由 Hello Work 按照法律法規規定的期限儲存。求職申請的有效期到申請月份之後第二個月的月底為止（接受諮詢或介紹後會延長）。
consent-kiosk-title = 本終端上保留的內容
consent-kiosk-body = 本終端上不保留任何內容。按「結束」時，或長時間沒有操作時，填寫的內容將全部刪除。
consent-agree = 我已閱讀以上內容並同意
consent-must-agree = 同意後即可按「下一步」。

## 基本情報

basic-title = 基本資訊
basic-family-name = 姓
basic-family-name-help = 無法用日本漢字輸入時，也可以用片假名或羅馬字輸入。
basic-given-name = 名
basic-kana-only = 無法用漢字輸入（用片假名輸入）
basic-family-kana = 片假名讀音（姓）
basic-kana-help = 請用片假名輸入。平假名會自動轉換為片假名。
basic-kana-suggest = 是這樣讀嗎？如果正確，請點一下，會填入注音假名（フリガナ）。
basic-given-kana = 片假名讀音（名）
basic-birth-date = 出生日期
basic-birth-date-help = 請先選擇日本年號或公曆，然後輸入年、月、日。
basic-calendar = 曆法
basic-birth-year = 出生年
basic-birth-month = 出生月
basic-birth-day = 出生日
basic-era-first-year = 年號的第一年（元年）請輸入「1」或「元」。
era-western = 公曆
era-meiji = 明治
era-taisho = 大正
era-showa = 昭和
era-heisei = 平成
era-reiwa = 令和
basic-sex = 性別
basic-sex-help = 不想回答時，請選擇「不回答」。
sex-female = 女性
sex-male = 男性
sex-unstated = 不回答

## 住所・連絡先

contact-title = 地址・聯絡方式
contact-postcode = 郵遞區號
contact-postcode-help = 請輸入7位數字，然後按「查詢地址」。
contact-postcode-mark = 〒
contact-lookup = 查詢地址
contact-lookup-busy = 正在查詢…
contact-pick-town = 請選擇地址
contact-town-whole = （無町域）
contact-prefecture = 都道府縣
contact-city = 市區町村
contact-town = 町域
contact-street = 門牌號碼
contact-street-help = 例：1-2-3
contact-building = 建築物名稱・房間號
contact-building-help = 例：みどりハイツ101
contact-phone = 電話號碼
contact-phone-help = 白天能聯絡到您的號碼。可以不輸入連字元（-）。
contact-email = 電子郵件地址
contact-email-help = 開通 My Page 時使用。

## 希望する仕事

work-title = 希望的工作
work-occupations = 希望的職業
work-occupations-help = 最多可選3個。最先選擇的是第1志願。
work-occupation-rank = 第{ $rank }志願
work-occupation-add = 選擇職業
work-occupation-full = 已選擇3個。如要更改，請刪除其中一個。
work-picker-title = 選擇職業
work-picker-browse = 從分類中選擇
work-picker-search = 用詞語查詢
work-picker-major-hint = 請選擇相近的領域。
work-picker-back-major = 返回領域列表
work-picker-search-label = 職業名稱
work-picker-search-help = 請用片假名輸入。例：カイゴ（護理）、ジム（事務）、ケンセツ（建築）
work-picker-no-result = 沒有找到。請換一個詞輸入，或從分類中選擇。
work-picker-loading = 正在學中取…
work-picker-close = 關閉
occ-unknown = 職業（代碼 { $code }）
work-employment-types = 雇用形式
work-employment-types-help = 請選擇所有希望的形式。
employment-full-time = 正式員工
employment-part-time = 計時人員（パート）
employment-dispatch = 派遣
employment-contract = 約聘員工
work-locations = 希望的工作地點
work-locations-help = 請輸入都道府縣或市區町村的名稱。
work-location-add = 新增工作地點
work-wage = 希望的薪資
work-wage-help = 最低希望的金額。如果沒有特別要求，請留空。
wage-monthly = 月薪
wage-hourly = 時薪
work-wage-amount = 金額
work-hours = 希望的工作時間
work-hours-help = 例：9:00〜17:00。如果沒有特別要求，請留空。
work-hours-start = 上班
work-hours-end = 下班
work-hours-to = 〜
work-days = 可以工作的日子
weekday-mon = 一
weekday-tue = 二
weekday-wed = 三
weekday-thu = 四
weekday-fri = 五
weekday-sat = 六
weekday-sun = 日

## 現在の状況

situation-title = 目前的狀況
situation-employment = 您目前在工作嗎
situation-employed = 在工作（在職中）
situation-not-employed = 沒有工作（離職中）
situation-student = 學生
situation-insurance = 您打算領取雇用保險（雇用保険）的給付（失業補貼）嗎
situation-insurance-help = 選擇「不清楚」時，可以在櫃檯諮詢。
insurance-yes = 打算領取
insurance-no = 不領取
insurance-unsure = 不清楚

## 学歴・資格

education-title = 學歷・資格
education-final-level = 最終學歷
level-junior-high = 國中
level-high-school = 高中
level-vocational = 專修學校・專門學校
level-junior-college = 短期大學・高等專門學校
level-university = 大學
level-graduate = 研究所
level-other = 其他
education-school-name = 學校名稱
education-school-name-help = 最後就讀的學校名稱。
education-graduation-year = 畢業（結業・退學）的年份
education-graduation-year-help = 公曆或日本年號均可輸入。例：2008、平成20、H20。如果不清楚，請留空。
education-qualifications = 執照・資格
education-qualifications-help = 例：普通汽車駕照、介護福祉士、日本語能力試驗N2
education-qualification-add = 新增執照・資格

## 職歴

history-title = 工作經歷
history-help = 請從最近的工作開始填寫。如果沒有工作經歷，請直接按「下一步」。
history-none = 沒有填寫工作經歷。
history-entry = 工作經歷 { $n }
history-add = 新增工作經歷
history-remove = 刪除這條工作經歷
history-employer = 工作單位（公司名稱）
history-duties = 工作內容
history-duties-help = 例：在超市負責收銀和上架
history-from = 入職年月（公曆或日本年號）
history-to = 離職年月（公曆或日本年號）
history-to-help = 如果現在仍在工作，請留空。
history-year = 年（公曆或日本年號）
history-month = 月
history-employment-type = 雇用形式

## 確認

review-title = 確認填寫內容
review-lead = 請確認內容。如需修改，請按「修改」。
review-blocked = 有需要修改的地方。請按紅框中的「修改」。
review-edit = 修改
review-empty = 未填寫
review-none = 無
review-yes = 是
review-name = 姓名
review-kana = 片假名讀音
review-birth-date = { $era }{ $year }年{ $month }月{ $day }日
review-birth-date-western = { $year }年{ $month }月{ $day }日（公曆）
review-postcode = 〒{ $first }-{ $last }
review-address = 地址
review-wage = { $kind } { $amount }日圓以上
review-hours = { $start }〜{ $end }
review-list-sep = 、
review-year-month = { $year }年{ $month }月
review-period-label = 期間
review-period = { $from }〜{ $to }
review-present = 至今

## マイページ

mypage-title = My Page（求職者マイページ）
mypage-lead = 開通 My Page 後，您可以用自己的智慧型手機或電腦確認這次申請的內容和狀況。
mypage-benefit-status = 可以確認這次申請的狀況（臨時受理・正式受理）
mypage-benefit-edit = 可以檢視登記的內容，並更改聯絡方式和希望的工作
mypage-benefit-email = 可以更改登入用的電子郵件地址
mypage-want = 開通 My Page
mypage-decline = 這次不開通
mypage-email-help = 我們會發送登記指南。請用半形英文字母和數字輸入。
mypage-password = 密碼不在本終端設定。稍後請在您自己的智慧型手機上設定。
mypage-declined = My Page（求職者マイページ）以後也可以開通。請到櫃檯諮詢。
mypage-submit = 提交申請
mypage-submit-note = 按「提交申請」後，您填寫的內容將傳送給 Hello Work。

## 完了

done-title = 已受理
done-receipt-label = 受理編號（受付番号）
done-next-counter = 請在櫃檯出示這個受理編號（受付番号）。
done-qr-label = 用智慧型手機繼續辦理的QR Code
done-next-qr = 用智慧型手機掃描QR Code，就可以繼續辦理申請。
done-next-qr-mypage = 請用智慧型手機掃描QR Code，設定 My Page（求職者マイページ）的密碼。
done-finish = 結束
done-auto = { $seconds }秒後返回最初的畫面。
survey-title = 這台終端好用嗎？
survey-1 = 非常不好用
survey-2 = 不好用
survey-3 = 一般
survey-4 = 好用
survey-5 = 非常好用
survey-reason-title = 如有理由，請選擇（選填）
survey-reason-easy = 容易明白
survey-reason-quick = 很快就完成了
survey-reason-hard-to-read = 不容易閱讀
survey-reason-slow = 花了很長時間
survey-reason-keyboard = 輸入文字很費力
survey-reason-other = 其他
survey-thanks = 感謝您的配合。

## On-screen keyboard

kb-label = 文字輸入
kb-mode = 輸入方式
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = 空格
kb-backspace = 刪除1個字
kb-close = 關閉輸入
kb-shift = 大寫
kb-dakuten = 濁音符（゛）
kb-handakuten = 半濁音符（゜）
kb-small = 小
kb-small-label = 小寫假名
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = 工作人員密碼
staff-pin-lead = 請輸入密碼（4〜8位），然後按「OK」。
staff-pin-count = 已輸入{ $count }位
staff-pin-ok = OK
staff-pin-cancel = 取消
staff-busy = 正在確認…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = 密碼已輸錯5次，工作人員模式暫時無法使用。請再等待{ $minutes }分鐘。

staff-title = 工作人員模式
staff-read-at = 截至{ $time }
staff-lead = 這是本終端傳送申請的狀況。不顯示使用者填寫的內容。結束後請按「關閉」。
staff-enrolled = 伺服器登記
staff-enrolled-yes = 已登記
staff-enrolled-no = 未登記（無法受理申請）
staff-enroll-help = 如要登記，請在伺服器上執行 `madoguchi-server kiosk add` 發放登記代碼，再在本終端執行 `madoguchi-kiosk enroll --server URL --code-file FILE`（URL 為伺服器地址，FILE 為寫有所發放登記代碼的檔案。設定檔案中沒有伺服器金鑰時，用 `--server-fingerprint` 指定 `madoguchi-server keygen` 顯示的指紋）。然後重新啟動本終端。
staff-server-url = 伺服器 URL
staff-not-set = 未設定
staff-queue = 等待發送的申請
staff-count = { $count }件
staff-refused = 伺服器未受理的申請
staff-last-success = 最後傳送成功的時間
staff-never = 尚無
staff-last-error = 最後的錯誤
staff-no-error = 無
staff-version = 版本
staff-kiosk = 終端ID／安定所編號
staff-kiosk-value = { $kiosk }／{ $office }
staff-sync = 立即傳送
staff-sync-requested = 已開始傳送。幾秒後將更新顯示。
staff-refresh = 更新
staff-close = 關閉

basic-single-name = 只有一個名字：在留卡（在留カード）上沒有寫「名」
basic-card-name = 在留卡（在留カード）上的姓名（羅馬字）
basic-card-name-help = 持有在留卡（在留カード）的人，請按卡上所寫的內容輸入（例：NGUYEN THI LAN）。沒有的人可以留空。
kb-mode-write = 手寫
kb-convert = 轉換漢字（変換）
kb-candidates = 候選
kb-pad-label = 手寫區。請用手指一次寫一個字
kb-pad-hint = 請在這裡一次寫一個字
kb-pad-undo = 撤銷一筆
kb-pad-clear = 重寫
kb-pad-empty = 書寫後，候選字會顯示在這裡
kb-pad-chinese = 简体中文
kb-pad-chinese-label = 用簡體字書寫。優先顯示日本字形的候選字
kb-pad-hint-chinese = 請在這裡一次寫一個字（簡體字）
kb-variants = 字形（異體字）
kb-variants-hint = 按下可以選擇字形（髙・﨑等）
kb-variants-none = 沒有其他字形
kb-variants-close = 關閉
kb-accents = 帶符號的字母

## 求職情報の提供等・障害について・自己PR (the three screens of the official application form)
step-disclosure = 公開・聯絡
step-disability = 殘障資訊
step-self-pr = 自我介紹
disclosure-title = 求職資訊的公開和聯絡方式
disclosure-lead = 請選擇是否向刊登徵才的公司公開您的求職資訊，以及 Hello Work 聯絡您的方式。
disclosure-publication = 是否向公司公開求職資訊
disclosure-publication-help = 公開後，公司可能會聯絡您，建議您應聘。無論選擇哪一項，姓名、地址、電話號碼、電子郵件地址都不會公開。
publication-not-published = 不公開
publication-without-employer-names = 公開（不顯示以前工作過的公司名稱等）
publication-published = 公開（也顯示以前工作過的公司名稱等）
disclosure-contact-methods = Hello Work 的聯絡方式
disclosure-contact-methods-help = 可以多選。電子郵件將傳送到您在「地址・聯絡方式」中填寫的電子郵件地址。
contact-method-phone = 電話
contact-method-email = 電子郵件
contact-method-post = 郵寄
disclosure-avoid-times = 希望避免聯絡的時間段
disclosure-avoid-times-help = 例：工作日9點至17點（因為在上班）
disability-title = 關於殘障
disability-lead = 這個畫面可以不回答。回答的內容只有櫃檯的職員會看到。在確認畫面上，按「顯示」之前也不會顯示。
disability-support = 您是否希望作為殘障人士進行登記或接受支援
disability-support-help = 可以接受面向殘障人士的徵才介紹，以及在專門櫃檯諮詢。
disability-support-wanted = 希望
disability-support-not-wanted = 不希望
disability-support-unstated = 不回答
disability-certificate = 殘障人士手冊
certificate-physical = 身體障礙者手冊
certificate-intellectual = 療育手冊（智力障礙）
certificate-mental = 精神障礙者保健福祉手冊
certificate-none-or-pending = 沒有手冊・正在申請
disability-grade = 等級・程度
disability-grade-help = 請選擇手冊上寫的等級・程度。如果不清楚，保持「未選擇」即可。
grade-level = { $grade }級
grade-intellectual-a = A（重度）
grade-intellectual-b = B（A以外）
grade-as-written = { $grade }
disability-needs = 希望得到的照顧或支援
disability-needs-help = 可以多選。
need-specialist-desk = 希望在專門櫃檯諮詢
need-hours = 照顧工作時間和天數
need-hospital = 照顧就醫和服藥
need-facilities = 照顧設施和移動（輪椅・台階等）
need-communication = 照顧溝通方式（筆談・手語等）
need-instructions = 照顧指示方式（寫下來・一件一件地說）
disability-needs-text = 其他想告訴我們的事
disability-needs-text-help = 例：長時間站立的工作比較困難
disability-skip = 不回答這個畫面，繼續
selfpr-title = 自我介紹・特別事項
selfpr-lead = 兩項都可以不寫。所寫的內容將用於櫃檯的諮詢和向公司的介紹。
selfpr-appeal = 自我介紹
selfpr-appeal-help = 擅長的事、經驗、如何運用資格等。例：從事接待客人的工作已有10年。
selfpr-notes = 特別事項
selfpr-notes-help = 想事先告訴櫃檯的事。例：4月起可以上班。需要接送孩子。
text-count = { $count } / { $max }字
review-hidden = 為了不讓周圍的人看到，沒有顯示。
review-show = 顯示
review-hide = 隱藏
kb-newline = 換行
## Additional fields (nationality and status of residence, station and commute, ways of working, leaving, family, faculty and licences, occupation in work history)

basic-nationality = 國籍
basic-nationality-japanese = 日本
basic-nationality-foreign = 日本以外
basic-country = 國籍（國家・地區）
basic-country-help = 例：中國、越南、巴西
basic-residence-status = 在留資格
basic-residence-status-help = 請選擇在留卡（在留カード）上的「在留資格」。可以從事的工作由櫃檯職員確認。
basic-residence-status-choose = 選擇在留資格
basic-residence-status-change = 重新選擇
basic-residence-status-title = 請選擇在留資格
basic-residence-expiry = 在留期限（截止日期）
basic-residence-expiry-help = 在留卡（在留カード）上的「在留期限（截止日期）」。永住者・特別永住者請留空。
contact-station = 最近的車站
contact-station-help = 請輸入車站名稱，包括「駅」字（例：新宿駅）。
contact-commute = 通勤方式
contact-commute-help = 請選擇所有可以使用的方式。
commute-walk = 步行
commute-bicycle = 腳踏車
commute-motorbike = 機車
commute-car = 汽車
commute-train = 電車
commute-bus = 公車
contact-commute-minutes = 通勤時間（單程）
contact-commute-minutes-help = 最多可以花幾分鐘通勤？例：30
unit-minutes = 分鐘
unit-hours = 小時
unit-days = 天
unit-people = 人
work-styles = 工作方式
work-styles-help = 全職還是非全職。兩項都可以選擇。
style-full-time = 全職
style-part-time = 非全職
employment-casual = 打工（アルバイト）
employment-other = 其他
work-holidays = 希望的休息日
holiday-weekends = 週六、週日和國定假日
holiday-weekdays = 工作日
holiday-shifts = 輪班制
holiday-any = 不指定
work-days-off = 其他希望休息的日子
work-weekly-hours = 每週工作時間
work-weekly-hours-help = 例：40
work-days-per-week = 每週工作天數
work-days-per-week-help = 例：5
situation-left-on = 離職日期（辭去上一份工作的日期）
situation-left-on-help = 日本年號或公曆均可輸入。如果不清楚，請留空。
situation-leaving-reason = 離職原因
leaving-employer = 公司原因（解僱・倒閉等）
leaving-own = 個人原因
leaving-contract-end = 契約期滿
leaving-retirement = 退休
leaving-other = 其他
situation-spouse = 配偶
spouse-yes = 有
spouse-no = 無
spouse-unstated = 不回答
situation-dependants = 扶養親屬人數（配偶除外）
situation-dependants-help = 沒有的話請輸入 0。
situation-dependants-unstated = 不回答
education-department = 學院・科系
education-department-help = 例：經濟學院 經濟學系
education-completion = 畢業・退學等
completion-graduated = 畢業
completion-withdrew = 退學
completion-enrolled = 在學中
completion-expected = 預計畢業
education-qualification-entry = 執照・資格 { $n }
education-qualification-search = 從列表中查詢（輸入名稱或讀音。例：かいご）
education-qualification-none-found = 列表中沒有找到。請在下面一欄輸入名稱。
education-qualification-chosen = 已選擇的執照・資格
education-qualification-name = 列表中沒有時，請輸入名稱
education-qualification-score = 分數
education-qualification-year = 取得的年份
education-qualification-year-help = 公曆或日本年號均可。例：2015、平成27
education-qualification-remove = 刪除
education-qualification-change = 重新選擇
education-qualification-max = 執照・資格最多可以填寫{ $max }項。其他的請在櫃檯告訴我們。
history-occupation = 職業
history-occupation-choose = 選擇職業
history-occupation-change = 重新選擇
history-leaving-reason = 離職原因
history-max = 工作經歷最多可以填寫{ $max }項。其他的請在櫃檯告訴我們。
review-commute-minutes = { $minutes }分鐘
review-weekly-hours = 每週{ $hours }小時
review-days-per-week = 每週{ $days }天
review-dependants = { $n }人
review-score = 分數 { $score }
review-year-obtained = { $year }年取得
review-with-details = { $name }（{ $details }）
date-year = 年
date-month = 月
date-day = 日

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = 用個人編號卡（マイナンバーカード）填寫
card-start-help = 持有個人編號卡的人，可以從卡中讀取姓名、地址、出生日期和性別。卡中沒有片假名讀音，請自己輸入。
card-title = 用個人編號卡（マイナンバーカード）填寫
card-place = 請將個人編號卡放在讀卡機上，然後按「已放好」。
card-place-note = 只讀取姓名、地址、出生日期和性別。不讀取個人編號（マイナンバー）。
card-placed = 已放好
card-pin-lead = 請輸入卡面資訊輸入輔助用密碼（券面事項入力補助用暗証番号，4位數字）。
card-tries = 密碼剩餘次數：還剩{ $tries }次
card-pin-count = 已輸入密碼{ $count }位
card-read = 讀取
card-busy = 正在讀取…
card-cancel = 取消
card-close = 關閉
card-counter = 請到櫃檯告訴工作人員。您也可以直接手動填寫。
card-done = 已從個人編號卡讀取。請確認內容。片假名讀音可以點選欄位下方的候選，或自行輸入。
card-error-no-reader = 找不到讀卡機。請告知工作人員，或手動填寫。
card-error-no-card = 找不到卡。請將個人編號卡放在讀卡機上。
card-error-not-my-number = 這似乎不是個人編號卡（マイナンバーカード）。請放上個人編號卡。
card-error-removed = 讀取過程中卡離開了讀卡機。請把卡一直放在讀卡機上，再試一次。
card-error-wrong-pin = 密碼不正確。還剩{ $tries }次。
card-error-last-try = 密碼只剩{ $tries }次，為避免卡被鎖定，本機不會在這裡輸入密碼。
card-error-blocked = 密碼已被鎖定。可以在您居住的市區町村的窗口解除。
card-error-pin-format = 密碼是4位數字。
card-error-unreadable = 無法讀取卡中的內容。麻煩您手動填寫。
card-error-reader = 讀卡機沒有正常運作。請再試一次。
review-card-read = 姓名、地址、出生日期和性別是從個人編號卡讀取的。

## Call staff (every screen)
call-staff = 呼叫工作人員
call-staff-waiting-title = 正在呼叫工作人員
call-staff-waiting-body = 正在呼叫工作人員。呼叫送達之前，請稍候。如果未能送達，請詢問附近的工作人員。
call-staff-sent-title = 已呼叫工作人員
call-staff-sent-body = 請在原處稍候。您填寫的內容不會丟失。
call-staff-coming-title = 工作人員正在趕來
call-staff-coming-body = 工作人員正在趕來。請在原處稍候。

## The assist layer (staff over the visitor's form)
assist-open = 工作人員操作
assist-pad-title = 工作人員代碼
assist-pad-lead = 請工作人員輸入自己的代碼。正在填寫的內容不會丟失。
assist-title = 工作人員正在操作
assist-lead = 正在填寫的內容保持不變。結束後請按「交還給客人」。
assist-hand-back = 交還給客人
assist-steps = 切換畫面
assist-explain = 項目說明
assist-field-required = 此項為必填項目。
assist-field-optional = 此項可以不填。
assist-no-codes = 本終端尚未收到工作人員代碼。請稍等片刻，或聯絡管理員。

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = 正在列印憑條…
receipt-printed = 請取走憑條。
receipt-print-failed = 無法列印憑條。請告知工作人員。受理編號請在此畫面上確認。
receipt-print-incomplete = 列印時紙張用完了，憑條沒有列印完整。請告知工作人員。受理編號請在此畫面上確認。
staff-printer = 收據印表機
staff-printer-none = 未設定
staff-printer-ready = 可以列印
staff-printer-near-end = 紙快用完了，請儘早更換紙捲。
staff-printer-paper-out = 缺紙，請更換紙捲。
staff-printer-cover-open = 機蓋開著，請關上。
staff-printer-offline = 印表機沒有回應。請檢查電源和錯誤指示燈。
staff-printer-unreachable = 無法連接印表機（{ $address }）。請檢查電源、纜線以及設定檔中的 printer。
