# Texts of the office server: phone pages, counter pages, mails and the API's error codes.
# All ids start with srv- (so that they never clash with ids of the other files).

## Common

srv-site-name = Hello Work 窗口

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
srv-language-nav = 显示语言
srv-form-errors = 请确认填写的内容
srv-required = ※必填
srv-optional = ※选填
srv-unselected = 未选择
srv-value-none = （无）
srv-save = 保存
srv-cancel = 取消
srv-reload = 重新加载
srv-sign-in = 登录
srv-sign-out = 退出登录
srv-sign-in-failed = 电子邮箱或密码不正确。

## Error pages

srv-error-not-found-title = 找不到页面
srv-error-not-found = 没有找到您要找的页面。请确认 URL。如果是从二维码打开的，请重新扫描。
srv-error-forbidden-title = 无法进行这项操作
srv-error-forbidden = 您没有显示这个画面的权限，或者画面已过有效期限。请返回上一个画面，再试一次。
srv-error-bad-request-title = 无法受理填写的内容
srv-error-bad-request = 无法读取发送的内容。请返回上一个画面，重新填写。
srv-error-rate-limited-title = 请稍候
srv-error-rate-limited = 短时间内操作过于集中。请稍等片刻后再试一次。
srv-error-internal-title = 发生了问题
srv-error-internal = 服务器发生了问题。请稍后再试一次。如果仍无法解决，请向 Hello Work 的窗口咨询。

## Fields of an application

srv-field-receipt = 受理编号（受付番号）
srv-field-status = 状况
srv-field-name = 姓名
srv-name-kana-only = （用片假名填写）
srv-field-identity-source = 本人信息的输入方式
srv-identity-from-card = 从个人编号卡读取（尚未核对本人身份）
srv-card-read = （从卡读取）
srv-card-changed = （从卡读取后有修改）
srv-field-kana = 片假名读音
srv-field-birth-date = 出生日期
srv-field-sex = 性别
srv-field-address = 地址
srv-field-street = 门牌号
srv-field-building = 建筑物名称・房间号
srv-field-phone = 电话号码
srv-field-email = 电子邮箱
srv-field-occupations = 希望的职业
srv-field-occupation-n = 希望的职业（第{ $n }志愿）
srv-field-employment-types = 希望的雇用形式
srv-field-wage = 希望的工资
srv-field-work-locations = 希望的工作地点
srv-field-hours = 希望的工作时间
srv-field-now = 目前的状况
srv-field-insurance = 雇用保险（雇用保険）的领取预定
srv-field-education = 最终学历
srv-field-qualifications = 执照・资格
srv-field-work-history = 工作经历
srv-field-my-page = My Page（求職者マイページ）
srv-field-job-seeker-number = 求职编号
srv-field-return-reason = 理由：

srv-sex-female = 女性
srv-sex-male = 男性
srv-sex-unstated = 不回答
srv-employment-full-time = 正式员工
srv-employment-part-time = 小时工（パート）
srv-employment-dispatch = 派遣
srv-employment-contract = 合同制员工
srv-wage-monthly = 月薪 { $amount }日元以上
srv-wage-hourly = 时薪 { $amount }日元以上
srv-wage-kind-monthly = 月薪
srv-wage-kind-hourly = 时薪
srv-wage-amount = 金额（日元，以上）
srv-now-employed = 在职中
srv-now-not-employed = 离职中
srv-now-student = 学生
srv-insurance-yes = 打算领取
srv-insurance-no = 不打算领取
srv-insurance-unsure = 不清楚
srv-education-junior-high = 初中
srv-education-high-school = 高中
srv-education-vocational = 专修学校・各种学校
srv-education-junior-college = 短期大学・高等专门学校
srv-education-university = 大学
srv-education-graduate = 研究生院
srv-education-other = 其他
srv-my-page-wanted = 希望开通
srv-my-page-not-wanted = 不希望开通

srv-status-provisional = 临时受理
srv-status-accepted = 已受理
srv-status-returned = 退回

## Phone: the QR code's page

srv-continue-title = 继续办理求职申请（求職申込み）
srv-continue-lead = 您在大厅终端上的申请已受理。您可以在这个画面开通 My Page（求職者マイページ）。
srv-received-title = 已受理的内容
srv-received-wrong = 如果内容有误，请到窗口提出。
srv-on-its-way-title = 正在发送
srv-on-its-way = 您的申请内容正在从大厅的终端发送到 Hello Work。
srv-on-its-way-refresh = 这个画面会自动更新。请稍候。
srv-on-its-way-help = 如果过了一段时间仍没有变化，请在窗口告知受理编号（受付番号）。
srv-expired-title = 这个二维码已过有效期限
srv-expired = 二维码已过有效期限。申请内容的确认和 My Page（求職者マイページ）的开通，请到 Hello Work 的窗口办理。请告知受理编号（受付番号）。
srv-spent-title = My Page 已经开通
srv-spent = 这个二维码已经设置过密码。请用电子邮箱和密码登录。
srv-my-page-open-title = 开通 My Page（求職者マイページ）
srv-no-email = 您的申请中没有电子邮箱，因此无法在这里开通。窗口的职员会协助您。
srv-code-send = 发送验证码
srv-code-resend = 重新发送验证码
srv-code-sent = 验证码已发送。请查看电子邮件。如果没有收到，也请查看垃圾邮件文件夹。
srv-code-label = 验证码（6位数字）
srv-code-help = 请输入邮件中写的6位数字。
srv-code-submit = 确认
srv-code-wrong = 验证码不正确。还可以输入{ $remaining }次。
srv-code-need-new = 验证码已过有效期限，或输入次数已达上限。请发送新的验证码。
srv-code-send-failed = 无法发送验证码邮件。请稍后再试一次。
srv-code-send-limited = 不能连续发送验证码。请在大约{ $minutes }分钟后再试一次。
srv-email-verified = 已确认电子邮箱（{ $email }）。接下来，请设置 My Page 的密码。

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = 您在大厅终端上的申请已受理。确认是您本人后，就可以确认申请内容和开通 My Page（求職者マイページ）。
srv-proof-title = 本人确认
srv-proof-email = 我们会向您申请时填写的电子邮箱发送6位验证码。确认之前，这个画面不会显示您的姓名等信息。
srv-proof-email-help = 如果收不到邮件，或者电子邮箱填错了，请在窗口告知受理编号（受付番号）。
srv-proof-birth = 您的申请中没有电子邮箱，因此用出生日期进行确认。确认之前，这个画面不会显示您的姓名等信息。
srv-birth-label = 出生日期
srv-birth-help = 例：1990年7月15日、平成2年7月15日、1990/7/15
srv-birth-submit = 确认
srv-birth-unreadable = 无法识别为出生日期。请像例子那样输入年、月、日。
srv-birth-wrong = 出生日期与申请内容不一致。还可以输入{ $remaining }次。
srv-birth-locked = 出生日期的输入次数已达上限，这个画面无法再进行确认。请在窗口告知受理编号（受付番号）。
srv-proof-bound-time = 这个画面只能在完成确认的这个浏览器上使用30分钟。

srv-password-label = 密码
srv-password-help = 请设置{ $min }个字符以上（建议{ $suggested }个字符以上）。对字符种类没有规定，也可以使用空格和汉字。不能使用常见的密码。
srv-password-confirm-label = 密码（为了确认，请再输入一次）
srv-password-submit = 设置密码并开通
srv-password-too-short = 密码请设置{ $min }个字符以上。
srv-password-too-long = 密码请设置在{ $max }个字符以内。
srv-password-common = 这个密码很常见，容易被猜到，因此不能使用。请换一个。
srv-password-personal = 不能使用包含电子邮箱等个人信息的密码。
srv-password-mismatch = 为确认而输入的密码不一致。

## Mails

srv-mail-code-subject = 【Hello Work】验证码通知
srv-mail-code-body =
    验证码：{ $code }

    这是您在 Hello Work 大厅终端上申请开通 My Page（求職者マイページ）所用的验证码。
    请在智能手机的画面上输入这6位数字。有效期限为{ $minutes }分钟。

    如果您没有进行过此操作，请删除这封邮件。

srv-mail-change-code-subject = 【Hello Work】更改电子邮箱的验证码
srv-mail-change-code-body =
    验证码：{ $code }

    这是将 My Page（求職者マイページ）的电子邮箱更改为本邮箱所用的验证码。
    请在 My Page 的画面上输入这6位数字。有效期限为{ $minutes }分钟。

    如果您没有进行过此操作，请删除这封邮件。电子邮箱不会更改。
srv-mail-email-changed-subject = 【Hello Work】电子邮箱已更改
srv-mail-email-changed-body =
    My Page（求職者マイページ）的电子邮箱已更改为 { $email }。
    今后请用新的邮箱登录。本邮箱将不再收到通知。

    如果您没有进行过此操作，请立即联系 Hello Work 的窗口。

## My Page

srv-my-title = My Page（求職者マイページ）
srv-my-nav = My Page 菜单
srv-my-signin-title = 登录 My Page（求職者マイページ）
srv-my-signin-help = 如果忘记了密码，请向 Hello Work 的窗口咨询。
srv-my-status-title = 申请的状况
srv-my-status-provisional = 目前是临时受理状态。在 Hello Work 的窗口接受本人确认后，即正式受理并发放求职编号。
srv-my-status-accepted = 已在窗口正式受理。求职编号也会写在 Hello Work 卡上。
srv-my-status-returned = 您的申请已被窗口退回。请确认内容后到窗口咨询。
srv-my-registration-title = 登记内容
srv-my-saved = 更改已保存。
srv-my-edit-title = 更改登记内容
srv-my-edit-lead = 可以更改联系方式和希望的工作。搬家后请更改邮政编码和门牌号。
srv-my-edit-contact = 联系方式
srv-field-postcode = 邮政编码
srv-field-town = 町域
srv-my-email-title = 更改电子邮箱
srv-my-email-lead = 电子邮箱也用于登录 My Page。我们会向新的邮箱发送验证码，输入收到的验证码后即完成更改。在此之前，仍可用现在的邮箱登录。
srv-my-email-now = 现在的电子邮箱
srv-field-new-email = 新的电子邮箱
srv-my-email-new-title = 登记新的邮箱
srv-field-current-password = 现在的密码
srv-my-email-password-help = 为了确认是您本人，请输入 My Page（求職者マイページ）的密码。
srv-my-email-password-wrong = 密码不正确。请输入登录 My Page 时使用的密码。
srv-my-email-code-title = 输入验证码
srv-my-email-code-lead = 请输入发送到 { $email } 的6位验证码。
srv-my-email-confirm = 更改
srv-my-email-same = 与现在的电子邮箱相同。如要更改，请输入新的邮箱。
srv-my-email-changed = 电子邮箱已更改为 { $email }。今后请用这个邮箱登录。
srv-my-edit-postcode-hint = 7位数字。都道府县・市区町村・町域会根据邮政编码自动填入。
srv-my-edit-town-choose = 这个邮政编码对应多个町域。请选择您居住的町域。
srv-my-edit-work = 希望的工作
srv-my-edit-disclosure = 求职信息的提供和联系方式
srv-my-edit-self-pr = 自我介绍・特别事项

## Trust (slice B): changes of name, date of birth and address after acceptance, and their record

srv-sign-in-form-expired = 登录画面已过有效期限，或者不是本网站的画面。请重新登录。
srv-my-edit-person = 姓名和出生日期
srv-my-edit-checked-note = 在窗口正式受理后，姓名・出生日期・地址的更改，要经窗口职员确认后才会生效。
srv-field-family-name = 姓
srv-field-given-name = 名
srv-field-family-kana = 片假名读音（姓）
srv-field-given-kana = 片假名读音（名）
srv-birth-calendar = 历法
srv-birth-year = 年
srv-birth-month = 月
srv-birth-day = 日
srv-calendar-western = 公历
srv-calendar-meiji = 明治
srv-calendar-taisho = 大正
srv-calendar-showa = 昭和
srv-calendar-heisei = 平成
srv-calendar-reiwa = 令和
srv-my-change-sent = 其他更改已保存。姓名・出生日期・地址的更改已发送到窗口。职员确认后即会生效。
srv-my-change-pending-title = 窗口正在确认的更改
srv-my-change-pending-lead = 以下更改经窗口职员确认后即会生效。
srv-change-pending-title = 等待确认的更改
srv-change-pending-lead = 正式受理后，求职者在 My Page 上做了更改。请确认内容（必要时用本人确认证件），决定是否使其生效。
srv-change-old = 更改前
srv-change-new = 更改后（申请）
srv-change-when = 日期时间
srv-change-who = 更改人
srv-change-action = 内容
srv-change-field = 项目
srv-change-accept = 使更改生效
srv-change-refuse = 不使更改生效
srv-change-already-decided = 这项更改已经处理过了。
srv-change-audit-title = 更改记录
srv-change-audit-none = 没有姓名・出生日期・地址的更改。
srv-change-by-visitor = 求职者（My Page）
srv-change-action-applied = 更改
srv-change-action-requested = 申请
srv-change-action-accepted = 生效
srv-change-action-refused = 不生效

## API error codes (used on the kiosk's screens and in records)

srv-problem-malformed-json = 无法将发送的内容读取为 JSON。
srv-problem-invalid-body = 发送内容的项目不正确。
srv-problem-body-too-large = 发送的内容太大。
srv-problem-unsupported-media-type = 发送内容的格式不对（需要 application/json）。
srv-problem-unauthorized = 终端认证失败。请重新进行终端登记。
srv-problem-idempotency-key-invalid = 发送的识别键不正确。
srv-problem-idempotency-conflict = 用同一个识别键发送了不同的内容。
srv-problem-envelope-malformed = 封装的申请数据格式不正确。
srv-problem-envelope-version-unknown = 封装的申请数据版本不明。请确认终端的软件。
srv-problem-envelope-unopenable = 无法打开申请数据。请确认服务器的密钥和终端的登记。
srv-problem-envelope-payload-invalid = 申请数据的内容不正确。
srv-problem-identifiers-invalid = 受理编号・二维码・发送时间中有一项不正确。
srv-problem-office-mismatch = 申请数据的安定所编号与终端的登记不符。
srv-problem-continuation-token-taken = 这个二维码已被其他申请使用过。
srv-problem-enrolment-code-invalid = 登记代码不正确、已使用过或已过有效期限。
srv-problem-kiosk-id-invalid = 终端ID不正确（英文字母、数字和 . _ -，最多64个字符）。
srv-problem-kiosk-id-taken = 这个终端ID已在其他安定所登记。
srv-problem-survey-invalid = 问卷的回答超出范围。
srv-problem-heartbeat-invalid = 运行报告的内容超出范围。
srv-problem-not-found = 找不到。
srv-problem-method-not-allowed = 无法进行这项操作。
srv-problem-rate-limited = 请求太多。请稍等后再重新发送。
srv-problem-unavailable = 无法连接数据库。
srv-problem-internal = 服务器发生了问题。请稍后再试一次。

## Counter pages

srv-counter-nav = 窗口菜单
srv-counter-title = 今天的申请
srv-counter-signin-title = 职员登录
srv-counter-login = 登录ID
srv-counter-sign-in-failed = 登录ID或密码不正确。
srv-role-admin = 管理员
srv-role-staff = 职员
srv-counter-office = 安定所
srv-counter-all-offices = 所有安定所
srv-counter-no-offices = 没有登记的安定所。请用 `madoguchi-server kiosk add` 登记。
srv-counter-date = 受理日期
srv-counter-search = 显示
srv-counter-receipt-invalid = 受理编号是6个字符（不使用数字0・1・2・5・6・8）。请再确认一下。
srv-counter-results-day = { $date }的申请（{ $count }件）
srv-counter-results-receipt = 受理编号 { $receipt } 的申请
srv-counter-office-caption = 安定所编号 { $office }
srv-counter-none = 没有符合条件的申请。
srv-counter-received-at = 受理日期时间
srv-counter-findings = 需要确认
srv-counter-back = 返回列表
srv-counter-application-page = 受理编号 { $receipt }
srv-counter-application-title = 申请内容
srv-counter-visitor-language = 申请时的语言
srv-counter-my-page = My Page
srv-counter-my-page-open = 已开通
srv-counter-my-page-not-open = 未开通
srv-counter-birth-calendar = 出生日期是用{ $calendar }填写的。
srv-counter-findings-title = 需要在窗口确认的项目
srv-counter-findings-lead = 终端上的填写有以下几点。请与本人确认。
srv-counter-identity-title = 本人确认
srv-counter-identity-document = 确认的证件
srv-counter-identity-submit = 记录本人确认
srv-counter-identity-done = { $by } 于 { $time } 用{ $document }进行了本人确认。
srv-counter-identity-invalid = 请选择确认的证件。
srv-counter-decision-title = 受理・退回
srv-counter-accept-lead = 受理后将发放求职编号。已发放的编号不能取消。
srv-counter-accept = 受理并发放求职编号
srv-counter-accept-needs-identity = 受理前请记录本人确认。
srv-counter-already-decided = 这份申请已经受理或退回了。
srv-counter-return-reason = 退回的理由
srv-counter-return-help = 会显示在本人的 My Page 上。
srv-counter-return = 退回
srv-counter-return-reason-invalid = 请在500字以内输入退回的理由。
srv-counter-print-a4 = 打印求职受理单（A4）
srv-counter-print-receipt = 打印求职受理单（小票 80mm）
srv-counter-print-hint = 请用浏览器的打印功能（Ctrl+P）打印。
srv-id-doc-my-number-card = 个人编号卡（マイナンバーカード）
srv-id-doc-driving-licence = 驾驶执照
srv-id-doc-residence-card = 在留卡（在留カード）
srv-id-doc-passport = 护照
srv-id-doc-health-insurance = 健康保险资格确认文件
srv-id-doc-other = 其他证件

## The job-seeker slip (求職受付票)

srv-slip-title = 求职受理单（求職受付票）
srv-slip-accepted-on = 受理日期
srv-slip-identity = 本人确认证件
srv-slip-staff = 负责人
srv-slip-note = 在收到 Hello Work 卡之前，请妥善保管这张单据。在 My Page（求職者マイページ）上也可以确认求职编号。

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = 成绩表
srv-scorecard-lead = 按照计划的定义，按安定所・都道府县劳动局・全国，每季度显示在线使用率。求职者是指终端的申请，加上在窗口和网上登记的求职者（由职员输入或导入）的全体人员。
srv-scorecard-quarter = 季度（例：2026Q3）
srv-scorecard-period = { $quarter }（{ $from } 〜 { $to }）
srv-scorecard-chart-title = { $name }的在线使用率（最近8个季度）
srv-scorecard-chart-caption = 柱形表示在线使用率。达到目标20%以上的用实心表示，未达到的用斜线表示。虚线为目标20%，点线为令和元年度（2019年度）的8.0%。下表也列出了相同的数值。
srv-scorecard-target-label = 目标 20%
srv-scorecard-baseline-label = 2019年度 8.0%
srv-scorecard-legend-met = 达到目标（实心）
srv-scorecard-legend-not-met = 未达到（斜线）
srv-scorecard-quarter-head = 季度
srv-scorecard-rate = 在线使用率
srv-scorecard-target = 目标20%
srv-scorecard-met = 达到
srv-scorecard-not-met = 未达到
srv-scorecard-accepted = 受理
srv-scorecard-answers = 问卷回答
srv-scorecard-distribution = 回答的分布（1〜5）
srv-scorecard-mean = 平均
srv-scorecard-definition-title = 在线使用率的定义
srv-scorecard-definition-source = 出处：提高在线使用率的基本计划（2021年10月22日），求职申请
srv-scorecard-definition = My Page 开通数 ÷ 求职者（不论途径的新求职者）。开通数和求职者数都按求职者的登记日期（日本时间）计算，因此不会超过100%。年度从4月开始，第1季度为4〜6月。
srv-scorecard-csv = 保存为 CSV
srv-scorecard-json = 以 JSON 显示
srv-scorecard-print = 打印用显示
srv-scorecard-refresh = 立即重新计算数值
srv-scorecard-national = 全国
srv-scorecard-kpi-title = 中期 KPI：My Page 开通数 34万件
srv-scorecard-kpi = 开通数累计 { $openings }件 ／ { $kpi }件（{ $percent }）
srv-scorecard-updated = 数值生成时间：{ $at }（日本时间）
srv-scorecard-never-updated = 尚未生成数值。
srv-scorecard-table-caption = 各季度的求职者和 My Page 开通
srv-scorecard-unit = 分类
srv-scorecard-job-seekers = 求职者（按登记日期计算）
srv-scorecard-opened = My Page 开通
srv-scorecard-kiosk-share = 开通中终端所占比例
srv-scorecard-cumulative = 开通累计
srv-scorecard-from-kiosk = 终端（自动）
srv-scorecard-from-counter = 窗口（职员记录）
srv-scorecard-from-online = 网上（职员记录）
srv-scorecard-total = 合计
srv-scorecard-opened-kiosk = 来自终端（自动）
srv-scorecard-opened-recorded = 职员记录
srv-scorecard-sources = “自动”是统计终端的申请和通过二维码的开通。“职员记录”是职员输入或导入的窗口和网上的登记数以及窗口的开通数（在登记数记录的画面上，可以按日确认是谁在何时记录的）。退回的申请不计入。
srv-scorecard-rating-title = 终端的一题问卷和受理
srv-scorecard-trend-title = 最近8个季度的变化

srv-tally-title = 登记数记录
srv-tally-lead = 按日期・途径记录通过终端以外（窗口的纸质表格、办公室内的电脑、网上）登记的新求职者人数。再次记录同一日期和途径时，将替换之前的记录。
srv-tally-saved = 已记录。成绩表的数值也已重新计算。
srv-tally-one-title = 输入一天的数据
srv-tally-day = 登记日期
srv-tally-channel = 途径
srv-tally-channel-counter = 窗口（纸质・办公室内的电脑）
srv-tally-channel-online = 网上
srv-tally-registered = 新求职者人数
srv-tally-opened = My Page 开通数
srv-tally-opened-hint = 当天登记的求职者中开通了 My Page 的人数（经窗口确认）。不超过求职者人数。
srv-tally-save = 记录
srv-tally-import-title = 导入按日的 CSV
srv-tally-import-lead = 粘贴第1行为标题、从第2行起每行写一天一个途径的 CSV。只要有一处错误，就不导入任何内容，并显示出错的行和列。
srv-tally-csv-file = 选择 CSV 文件
srv-tally-csv = 或者粘贴 CSV 的内容
srv-tally-import = 导入
srv-tally-list-title = { $quarter }的记录
srv-tally-none = 本季度还没有记录。
srv-tally-source = 记录来源
srv-tally-source-tally = 输入：{ $who }（{ $at }）
srv-tally-source-import = CSV 导入：{ $who }（{ $at }）
srv-tally-error-header = 第1行请写成 date,channel,registrations,my_pages_opened。
srv-tally-error-columns = 列数不是4列。
srv-tally-error-date = 日期请写成 2026-10-01 的格式。
srv-tally-error-future = 这是还没到的日期。
srv-tally-error-channel = 途径请写 counter 或 online。
srv-tally-error-count = 请写0以上的整数。
srv-tally-error-opened = My Page 开通数超过了求职者人数。
srv-tally-error-duplicate = 同一日期和途径出现了2次。
srv-tally-error-empty = 除标题外没有其他行。
srv-tally-error-too-many = 行数太多。请分开导入。
srv-tally-error-unreadable = 无法读取为 CSV。
srv-tally-error-at-column = 第{ $line }行第{ $column }列：{ $message }
srv-tally-error-at-line = 第{ $line }行：{ $message }

srv-public-title = 在线使用率成绩表
srv-public-lead = 按照计划，每季度公布 Hello Work 求职申请的在线使用率。
srv-public-withheld = 不公开
srv-public-job-seekers = 求职者
srv-public-openings = My Page 开通
srv-public-prefectures = 全国和都道府县劳动局
srv-public-offices = 按安定所
srv-public-withheld-note = “不公开”是指小于{ $min }的数字，以及为了防止从其他数字推算出来而隐藏的数字。这是为了避免识别出个人。

srv-survey-title = 网上办理手续的问卷
srv-survey-lead = 请告诉我们求职申请和 My Page（求職者マイページ）是否好用。请不要写姓名和联系方式。写入的电话号码和电子邮箱会在保存前删除。
srv-survey-ease = 手续简单吗
srv-survey-ease-5 = 非常简单
srv-survey-ease-4 = 简单
srv-survey-ease-3 = 一般
srv-survey-ease-2 = 困难
srv-survey-ease-1 = 非常困难
srv-survey-time = 所花的时间
srv-survey-time-under-5 = 不到5分钟
srv-survey-time-5-15 = 5〜15分钟
srv-survey-time-15-30 = 15〜30分钟
srv-survey-time-over-30 = 30分钟以上
srv-survey-hard = 困难的地方
srv-survey-hard-hint = 请选择所有符合的项目。
srv-survey-hard-finding = 不知道在哪里办理手续
srv-survey-hard-typing = 输入很费力
srv-survey-hard-email-code = 邮件的验证码
srv-survey-hard-password = 设置密码
srv-survey-hard-language = 语言不容易理解
srv-survey-hard-other = 其他
srv-survey-comment = 意见（选填）
srv-survey-comment-hint = 最多{ $max }字。电话号码・电子邮箱・邮政编码等会删除后保存。
srv-survey-send = 发送
srv-survey-error-ease = 请选择是否简单。
srv-survey-error-time = 请选择所花的时间。
srv-survey-error-hard = 困难之处的选择不正确。
srv-survey-thanks-title = 谢谢您
srv-survey-thanks = 已收到您的回答。结果将用于改进手续，每年至少汇总公布一次。
srv-survey-invite-title = 请协助填写问卷
srv-survey-invite = 请通过几个问题的问卷，告诉我们使用网上手续的感想。
srv-survey-my-page-invite = 好用吗？请回答一份简短的问卷。
srv-survey-report-title = 问卷年度报告
srv-survey-year = 年度（例：2026）
srv-survey-report-lead = { $year }年度：回答{ $answers }件，简单程度平均 { $mean }（5为最简单）
srv-survey-answers = 回答数
srv-survey-mean = 简单程度平均
srv-survey-no-office = 未指定安定所
srv-survey-channel = 回答途径
srv-survey-channel-my-page = 来自 My Page
srv-survey-channel-public = 来自公布页面
srv-survey-language = 语言
srv-survey-comments = 意见
srv-survey-comments-note = 职员专用。不公开。个人信息的模式在保存前已删除。
srv-survey-no-comments = 没有意见。

## Prefectural labour bureaus (the first 2 digits of the office number)
srv-prefecture-01 = 北海道劳动局
srv-prefecture-02 = 青森劳动局
srv-prefecture-03 = 岩手劳动局
srv-prefecture-04 = 宫城劳动局
srv-prefecture-05 = 秋田劳动局
srv-prefecture-06 = 山形劳动局
srv-prefecture-07 = 福岛劳动局
srv-prefecture-08 = 茨城劳动局
srv-prefecture-09 = 栃木劳动局
srv-prefecture-10 = 群马劳动局
srv-prefecture-11 = 埼玉劳动局
srv-prefecture-12 = 千叶劳动局
srv-prefecture-13 = 东京劳动局
srv-prefecture-14 = 神奈川劳动局
srv-prefecture-15 = 新潟劳动局
srv-prefecture-16 = 富山劳动局
srv-prefecture-17 = 石川劳动局
srv-prefecture-18 = 福井劳动局
srv-prefecture-19 = 山梨劳动局
srv-prefecture-20 = 长野劳动局
srv-prefecture-21 = 岐阜劳动局
srv-prefecture-22 = 静冈劳动局
srv-prefecture-23 = 爱知劳动局
srv-prefecture-24 = 三重劳动局
srv-prefecture-25 = 滋贺劳动局
srv-prefecture-26 = 京都劳动局
srv-prefecture-27 = 大阪劳动局
srv-prefecture-28 = 兵库劳动局
srv-prefecture-29 = 奈良劳动局
srv-prefecture-30 = 和歌山劳动局
srv-prefecture-31 = 鸟取劳动局
srv-prefecture-32 = 岛根劳动局
srv-prefecture-33 = 冈山劳动局
srv-prefecture-34 = 广岛劳动局
srv-prefecture-35 = 山口劳动局
srv-prefecture-36 = 德岛劳动局
srv-prefecture-37 = 香川劳动局
srv-prefecture-38 = 爱媛劳动局
srv-prefecture-39 = 高知劳动局
srv-prefecture-40 = 福冈劳动局
srv-prefecture-41 = 佐贺劳动局
srv-prefecture-42 = 长崎劳动局
srv-prefecture-43 = 熊本劳动局
srv-prefecture-44 = 大分劳动局
srv-prefecture-45 = 宫崎劳动局
srv-prefecture-46 = 鹿儿岛劳动局
srv-prefecture-47 = 冲绳劳动局

## Kiosks' state

srv-fleet-title = 终端运行状况
srv-fleet-lead = 超过{ $minutes }分钟没有运行报告的终端显示为“无响应”。
srv-fleet-none = 没有已登记的终端。
srv-fleet-kiosk = 终端
srv-fleet-state = 状态
srv-fleet-last-heartbeat = 最后的运行报告
srv-fleet-version = 版本
srv-fleet-occupation-table = 职业分类表
srv-fleet-postcode-book = 邮政编码数据
srv-fleet-occupations-differs = 与服务器的表不同
srv-fleet-postcodes-differs = 与服务器的数据不同
srv-fleet-queue = 未发送
srv-fleet-last-error = 最后的错误
srv-fleet-ok = 运行中
srv-fleet-stale = 无响应
srv-fleet-never = 无
srv-fleet-pending = 等待登记（代码有效期限 { $until }）
srv-fleet-slot = 槽位
srv-fleet-uptime = 运行时间
srv-fleet-uptime-value = { $days }天 { $hours }小时 { $minutes }分钟
srv-fleet-orientation = 画面方向
srv-fleet-orientation-portrait = 纵向
srv-fleet-orientation-landscape = 横向
srv-fleet-steer = 操作
srv-fleet-command = 指令
srv-fleet-action-wipe-screen = 清除画面并返回开头
srv-fleet-action-send-queue = 立即发送未发送的内容
srv-fleet-action-restart = 重新启动终端软件
srv-fleet-action-reboot = 重新启动终端
srv-fleet-action-apply-config = 应用设置
srv-fleet-action-revoke = 取消登记
srv-fleet-config = 设置文件（仅用于应用设置）
srv-fleet-config-label = kiosk.toml 的内容
srv-fleet-send = 发送
srv-fleet-command-sent = 指令已登记。终端将在下一次运行报告时（1分钟以内）收到。
srv-fleet-command-not-found = 找不到该终端。
srv-fleet-command-admin-only = 只有管理员才能应用设置和取消登记。
srv-fleet-command-not-enrolled = 无法向尚未登记的终端发送指令。
srv-fleet-command-unknown = 没有该指令。请从列表中选择。
srv-fleet-command-config-size = 设置文件为空或过长（最多 64 KB）。
srv-fleet-silent-alert = 有{ $count }台终端超过{ $minutes }分钟没有运行报告。请检查电源和网络。
srv-fleet-commands = 发给终端的指令
srv-fleet-commands-none = 还没有指令。
srv-fleet-command-time = 日期时间
srv-fleet-command-by = 发送人
srv-fleet-command-outcome = 结果
srv-fleet-outcome-waiting = 等待送达
srv-fleet-outcome-delivered = 已送达（等待结果）
srv-fleet-outcome-done = 已执行
srv-fleet-outcome-refused = 被拒绝：
srv-name-single = （只有一个名字）
srv-field-card-name = 在留卡（在留カード）上的姓名

## 求職情報の提供等・障害について・自己PR
srv-field-publication = 求职信息的公开
srv-publication-not-published = 不公开
srv-publication-without-employer-names = 除单位名称等以外公开
srv-publication-published = 公开
srv-field-contact-methods = 联系方式
srv-contact-method-phone = 电话
srv-contact-method-email = 电子邮件
srv-contact-method-post = 邮寄
srv-field-avoid-times = 希望避免联系的时间段
srv-field-disability = 作为残障人士的支援
srv-disability-wanted = 希望
srv-disability-not-wanted = 不希望
srv-disability-unstated = 不回答
srv-field-certificate = 残障人士手册
srv-certificate-physical = 身体障碍者手册
srv-certificate-intellectual = 疗育手册（智力障碍）
srv-certificate-mental = 精神障碍者保健福祉手册
srv-certificate-none-or-pending = 无・正在申请
srv-grade-level = { $grade }级
srv-field-support-needs = 希望得到的照顾・支援
srv-need-specialist-desk = 在专门窗口咨询
srv-need-hours = 照顾工作时间・天数
srv-need-hospital = 照顾就医・服药
srv-need-facilities = 照顾设施・移动
srv-need-communication = 照顾沟通方式（笔谈・手语等）
srv-need-instructions = 照顾指示方式
srv-field-support-needs-text = 关于残障想告诉我们的事
srv-disability-show = 显示关于残障的回答
srv-field-self-pr = 自我介绍
srv-field-notes = 特别事项
## Additional fields (the application as shown at the counter)

srv-field-nationality = 国籍
srv-nationality-japanese = 日本
srv-nationality-foreign = 日本以外
srv-field-residence-status = 在留资格
srv-field-residence-expiry = 在留期限（截止日期）
srv-field-station = 最近的车站
srv-field-commute = 通勤方式
srv-commute-walk = 步行
srv-commute-bicycle = 自行车
srv-commute-motorbike = 摩托车
srv-commute-car = 汽车
srv-commute-train = 电车
srv-commute-bus = 公交车
srv-field-commute-minutes = 通勤时间（单程）
srv-minutes = { $minutes }分钟
srv-field-work-styles = 工作方式
srv-style-full-time = 全职
srv-style-part-time = 非全职
srv-field-holidays = 希望的休息日
srv-holiday-weekends = 周六、周日和节假日
srv-holiday-weekdays = 工作日
srv-holiday-shifts = 轮班制
srv-holiday-any = 不指定
srv-weekday-mon = 一
srv-weekday-tue = 二
srv-weekday-wed = 三
srv-weekday-thu = 四
srv-weekday-fri = 五
srv-weekday-sat = 六
srv-weekday-sun = 日
srv-field-week = 每周工作时间・天数
srv-hours-a-week = 每周{ $hours }小时
srv-days-a-week = 每周{ $days }天
srv-field-left-on = 离职日期
srv-field-leaving-reason = 离职原因
srv-leaving-employer = 公司原因
srv-leaving-own = 个人原因
srv-leaving-contract-end = 合同期满
srv-leaving-retirement = 退休
srv-leaving-other = 其他
srv-field-spouse = 配偶
srv-spouse-yes = 有
srv-spouse-no = 无
srv-spouse-unstated = 不回答
srv-field-dependants = 抚养家属（配偶除外）
srv-people = { $n }人
srv-unstated = 不回答
srv-completion-graduated = 毕业
srv-completion-withdrew = 退学
srv-completion-enrolled = 在读
srv-completion-expected = 预计毕业
srv-employment-casual = 临时工（アルバイト）
srv-employment-other = 其他
srv-score = 分数 { $score }
srv-year-obtained = { $year }年取得
srv-job-occupation = 职业
srv-field-commute-minutes-unit = 通勤时间（单程・分钟）
srv-field-weekly-hours-unit = 每周工作时间（小时）
srv-field-days-per-week-unit = 每周工作天数（天）

## Staff calls from the kiosks (counter console)
srv-calls-title = 工作人员呼叫
srv-calls-none = 没有呼叫。
srv-calls-notice = 终端 { $kiosk }（{ $place }）正在呼叫工作人员
srv-calls-screen = 画面：{ $screen }
srv-calls-acknowledge = 马上过去
srv-calls-acknowledged = 工作人员正在赶去。
srv-calls-screen-attract = 最初的画面
srv-calls-screen-consent = 同意
srv-calls-screen-basic = 基本信息
srv-calls-screen-contact = 地址・联系方式
srv-calls-screen-disclosure = 公开・联系
srv-calls-screen-desired-work = 希望的工作
srv-calls-screen-situation = 目前的状况
srv-calls-screen-education = 学历・资格
srv-calls-screen-work-history = 工作经历
srv-calls-screen-disability = 残障信息
srv-calls-screen-self-pr = 自我介绍
srv-calls-screen-review = 确认
srv-calls-screen-my-page = My Page
srv-calls-screen-done = 完成

## Staff codes (counter console)
srv-staff-codes-title = 工作人员代码
srv-staff-codes-lead = 这是每人一个的代码，用于在终端上协助填写者而不清除其画面。离职或调动人员的代码请设为无效。
srv-staff-codes-name = 姓名
srv-staff-codes-add = 创建代码
srv-staff-codes-made = 已为{ $name }创建代码。
srv-staff-codes-once = 此代码仅在此时显示。请告知本人。
srv-staff-codes-none = 尚无代码。
srv-staff-codes-added = 创建日期时间
srv-staff-codes-revoke = 设为无效
srv-staff-codes-revoked = 无效（{ $at }）
srv-staff-codes-name-invalid = 请输入1～40个字的姓名，不要换行。
srv-staff-assists-title = 在终端上协助的记录
srv-staff-assists-none = 尚无记录。
srv-staff-assists-when = 日期时间

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = 更改工作经历（職歴）
srv-my-jobs-lead = 您可以从最近的工作开始，登记曾经工作过的单位。更改会立即生效，窗口职员也会看到。
srv-my-jobs-none = 尚未登记工作经历。
srv-my-jobs-entry = 工作经历 { $n }
srv-my-jobs-edit = 更改
srv-my-jobs-remove = 删除
srv-my-jobs-add = 添加工作经历
srv-my-jobs-max = 工作经历最多可以登记 { $max } 项。更早的工作经历，请在窗口告诉职员。
srv-my-jobs-saved = 工作经历已保存。
srv-my-jobs-removed = 已删除一项工作经历。
srv-my-jobs-open = 查看或更改工作经历（職歴）
srv-my-job-edit-title = 更改工作经历 { $n }
srv-my-job-back = 返回工作经历一览
srv-my-job-employer = 工作单位（勤務先）
srv-my-job-period = 工作期间
srv-my-job-present = 至今
srv-my-job-from = 入职年月（入社）
srv-my-job-to = 离职年月（退社）
srv-my-job-date-hint = 可以用公历或日本年号输入。例如：2019/4、平成31年4月
srv-my-job-to-hint = 如果现在仍在那里工作，请留空。
srv-my-job-employment-type = 雇用形式（雇用形態）
srv-my-job-duties = 工作内容
srv-my-job-duties-hint = 例如：在超市做收银和上架
srv-my-job-changed = 这项工作经历已在其他画面等处被更改。请确认现在的内容后，再操作一次。
srv-my-job-remove-title = 要删除这项工作经历吗？
srv-my-job-remove-lead = 删除后，窗口职员也将看不到这项内容。如有需要，之后可以重新添加。
srv-my-choice-not-accepted = 无法受理所选的项目。请从列表中重新选择。
srv-my-disability-section = 关于残障（障害について，可不回答）
srv-my-disability-closed = 在您按下面的按钮打开之前，不会显示回答的内容。
srv-my-disability-open = 打开并更改关于残障的回答
srv-my-disability-title = 关于残障（障害について）
srv-my-disability-lead = 是否回答由您决定。回答的内容只有窗口职员能看到。更改会立即生效。
srv-my-disability-support = 您希望作为残障人士进行登记并接受支援吗？
srv-my-disability-details-note = 下面的残障人士手册、等级和关怀等内容，只有在选择“希望”时才会保存。
srv-my-disability-grade = 等级或程度（等級・程度）
srv-my-disability-grade-hint = 请从列表中选择您手册上的等级或程度。如果不清楚，保持“未选择”即可。
srv-my-disability-needs-hint = 可以多选。
srv-my-disability-clear-title = 删除回答
srv-my-disability-clear-lead = 将删除所有关于残障的回答。窗口职员也将看不到，也不会留下记录。如有需要，可以再次回答。
srv-my-disability-clear = 删除所有回答
srv-my-disability-cleared = 已删除所有关于残障的回答。
srv-change-value-private = （不记录内容）
