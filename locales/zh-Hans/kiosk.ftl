# Madoguchi kiosk screens (简体中文). Ids are prefixed by screen; the same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = Hello Work 求职申请（求職申込み）
text-missing = （有无法显示的文字）
size-standard = 标准
size-large = 大
size-xlarge = 特大
dialog-close = 关闭

## Attract

attract-title = 向 Hello Work 申请求职
attract-lead = 您可以在这里填写求职申请（求職申込み）。填写完成后，请在窗口出示受理编号（受付番号）。
attract-start = 开始
# Under the start button, shown in turn in every language, each in its own.
attract-touch = 请触摸屏幕开始
attract-duration = 填写大约需要10分钟。
attract-language = 语言 / ことば
attract-size = 文字大小
attract-theme = 屏幕颜色
theme-standard = 普通
theme-contrast = 高对比度
theme-dark = 黑色背景
layout-reach = 显示在下方
layout-reach-help = 将按钮和键盘显示在屏幕下半部分（供轮椅使用者等）。
attract-help = 如有不明白的地方，请询问附近的工作人员。

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = 语音引导
speech-toggle-help = 通过耳机朗读屏幕内容。也可以按小键盘的 * 键开关。
speech-on = 语音引导已开启。将朗读每个画面的标题和说明、您触摸的项目以及您按下的按键。
speech-off = 语音引导已关闭。
speech-form-hint = 触摸项目即可听到项目名称和已输入的内容。输入完成后，请按“下一步”。
speech-empty = 未输入
speech-checked = 已勾选
speech-unchecked = 未勾选

## Not ready

notready-title = 准备中
notready-body = 本终端目前无法使用。
    请您到窗口办理。
notready-staff = 工作人员请注意：本终端尚未完成登记（终端ID：{ $kiosk }）。
notready-staff-error = 工作人员请注意：无法读取终端信息（代码：{ $code }）。

## Header, navigation, dialogs

header-language = Language
header-reset = 从头开始
nav-next = 下一步
nav-back = 返回
nav-return-review = 返回确认画面
nav-back-review = 返回确认画面
nav-busy = 正在确认…
reset-title = 要从头开始吗？
reset-body = 已填写的内容将全部删除。
reset-confirm = 删除并重新开始
reset-cancel = 继续填写
idle-title = 还要继续操作吗？
idle-body = 再过{ $seconds }秒，已填写的内容将被删除，并返回最初的画面。如要继续，请触摸画面。
idle-continue = 继续
error-title = 出现了问题
error-ask-staff = 请询问工作人员。您填写的内容没有丢失。
error-generic = 处理过程中出现了问题。
error-unreachable = 终端内部无法通信。
error-unexpected = 终端出现了意外的问题。

## Steps

step-basic = 基本信息
step-contact = 地址・联系方式
step-desired-work = 希望的工作
step-situation = 目前的状况
step-education = 学历・资格
step-work-history = 工作经历
step-review = 确认
step-my-page = My Page
step-progress = 第{ $current }步 / 共{ $total }步

## Fields

field-required = ※必填
field-optional = ※选填
field-error-label = 错误：
field-warning-label = 请确认：
field-error-generic = 请确认填写的内容。
field-warning-generic = 请确认填写的内容是否正确。
choice-none = 未选择
list-remove = 删除
summary-errors-title = 请修改{ $count }处
summary-warnings-title = 请确认
summary-warnings-hint = 如果没有问题，请再按一次“下一步”。
unit-year = 年
unit-month = 月
unit-day = 日
unit-yen = 日元

## Consent

consent-title = 关于个人信息的处理
consent-lead = 申请前请阅读。
consent-purpose-title = 使用目的
consent-purpose-body = 您填写的信息，由{ $office }用于受理求职申请，以及办理职业介绍等职业安定行政业务。不会用于其他目的。
consent-recorded-title = 记录并发送给 Hello Work 的内容
consent-recorded-body = 姓名、片假名读音、出生日期、性别（如有回答）、国籍和在留资格（如有回答）、地址、最近的车站和通勤方式、电话号码、电子邮箱、希望的工作、目前的状况（离职日期・离职原因，配偶和抚养家属如有回答）、学历・资格、工作经历、是否开通 My Page。问卷只记录分数和选择的理由。
consent-retention-title = 保存期限
consent-retention-body = 发送的内容由 Hello Work 按照法律法规规定的期限保存。求职申请的有效期到申请月份之后第二个月的月底为止（接受咨询或介绍后会延长）。
consent-kiosk-title = 本终端上保留的内容
consent-kiosk-body = 本终端上不保留任何内容。按“结束”时，或长时间没有操作时，填写的内容将全部删除。
consent-agree = 我已阅读以上内容并同意
consent-must-agree = 同意后即可按“下一步”。

## 基本情報

basic-title = 基本信息
basic-family-name = 姓
basic-family-name-help = 无法用日本汉字输入时，也可以用片假名或罗马字输入。
basic-given-name = 名
basic-kana-only = 无法用汉字输入（用片假名输入）
basic-family-kana = 片假名读音（姓）
basic-kana-help = 请用片假名输入。平假名会自动转换为片假名。
basic-kana-suggest = 是这样读吗？如果正确，请点一下，会填入注音假名（フリガナ）。
basic-given-kana = 片假名读音（名）
basic-birth-date = 出生日期
basic-birth-date-help = 请先选择日本年号或公历，然后输入年、月、日。
basic-calendar = 历法
basic-birth-year = 出生年
basic-birth-month = 出生月
basic-birth-day = 出生日
basic-era-first-year = 年号的第一年（元年）请输入“1”或“元”。
era-western = 公历
era-meiji = 明治
era-taisho = 大正
era-showa = 昭和
era-heisei = 平成
era-reiwa = 令和
basic-sex = 性别
basic-sex-help = 不想回答时，请选择“不回答”。
sex-female = 女性
sex-male = 男性
sex-unstated = 不回答

## 住所・連絡先

contact-title = 地址・联系方式
contact-postcode = 邮政编码
contact-postcode-help = 请输入7位数字，然后按“查找地址”。
contact-postcode-mark = 〒
contact-lookup = 查找地址
contact-lookup-busy = 正在查找…
contact-pick-town = 请选择地址
contact-town-whole = （无町域）
contact-prefecture = 都道府县
contact-city = 市区町村
contact-town = 町域
contact-street = 门牌号
contact-street-help = 例：1-2-3
contact-building = 建筑物名称・房间号
contact-building-help = 例：みどりハイツ101
contact-phone = 电话号码
contact-phone-help = 白天能联系到您的号码。可以不输入连字符（-）。
contact-email = 电子邮箱
contact-email-help = 开通 My Page 时使用。

## 希望する仕事

work-title = 希望的工作
work-occupations = 希望的职业
work-occupations-help = 最多可选3个。最先选择的是第1志愿。
work-occupation-rank = 第{ $rank }志愿
work-occupation-add = 选择职业
work-occupation-full = 已选择3个。如要更改，请删除其中一个。
work-picker-title = 选择职业
work-picker-browse = 从分类中选择
work-picker-search = 用词语查找
work-picker-major-hint = 请选择相近的领域。
work-picker-back-major = 返回领域列表
work-picker-search-label = 职业名称
work-picker-search-help = 请用片假名输入。例：カイゴ（护理）、ジム（事务）、ケンセツ（建筑）
work-picker-no-result = 没有找到。请换一个词输入，或从分类中选择。
work-picker-loading = 正在读取…
work-picker-close = 关闭
occ-unknown = 职业（代码 { $code }）
work-employment-types = 雇用形式
work-employment-types-help = 请选择所有希望的形式。
employment-full-time = 正式员工
employment-part-time = 小时工（パート）
employment-dispatch = 派遣
employment-contract = 合同制员工
work-locations = 希望的工作地点
work-locations-help = 请输入都道府县或市区町村的名称。
work-location-add = 添加工作地点
work-wage = 希望的工资
work-wage-help = 最低希望的金额。如果没有特别要求，请留空。
wage-monthly = 月薪
wage-hourly = 时薪
work-wage-amount = 金额
work-hours = 希望的工作时间
work-hours-help = 例：9:00〜17:00。如果没有特别要求，请留空。
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

situation-title = 目前的状况
situation-employment = 您目前在工作吗
situation-employed = 在工作（在职中）
situation-not-employed = 没有工作（离职中）
situation-student = 学生
situation-insurance = 您打算领取雇用保险（雇用保険）的给付（失业补贴）吗
situation-insurance-help = 选择“不清楚”时，可以在窗口咨询。
insurance-yes = 打算领取
insurance-no = 不领取
insurance-unsure = 不清楚

## 学歴・資格

education-title = 学历・资格
education-final-level = 最终学历
level-junior-high = 初中
level-high-school = 高中
level-vocational = 专修学校・专门学校
level-junior-college = 短期大学・高等专门学校
level-university = 大学
level-graduate = 研究生院
level-other = 其他
education-school-name = 学校名称
education-school-name-help = 最后就读的学校名称。
education-graduation-year = 毕业（结业・退学）的年份
education-graduation-year-help = 公历或日本年号均可输入。例：2008、平成20、H20。如果不清楚，请留空。
education-qualifications = 执照・资格
education-qualifications-help = 例：普通汽车驾照、介护福祉士、日本语能力考试N2
education-qualification-add = 添加执照・资格

## 職歴

history-title = 工作经历
history-help = 请从最近的工作开始填写。如果没有工作经历，请直接按“下一步”。
history-none = 没有填写工作经历。
history-entry = 工作经历 { $n }
history-add = 添加工作经历
history-remove = 删除这条工作经历
history-employer = 工作单位（公司名称）
history-duties = 工作内容
history-duties-help = 例：在超市负责收银和上架
history-from = 入职年月（公历或日本年号）
history-to = 离职年月（公历或日本年号）
history-to-help = 如果现在仍在工作，请留空。
history-year = 年（公历或日本年号）
history-month = 月
history-employment-type = 雇用形式

## 確認

review-title = 确认填写内容
review-lead = 请确认内容。如需修改，请按“修改”。
review-blocked = 有需要修改的地方。请按红框中的“修改”。
review-edit = 修改
review-empty = 未填写
review-none = 无
review-yes = 是
review-name = 姓名
review-kana = 片假名读音
review-birth-date = { $era }{ $year }年{ $month }月{ $day }日
review-birth-date-western = { $year }年{ $month }月{ $day }日（公历）
review-postcode = 〒{ $first }-{ $last }
review-address = 地址
review-wage = { $kind } { $amount }日元以上
review-hours = { $start }〜{ $end }
review-list-sep = 、
review-year-month = { $year }年{ $month }月
review-period-label = 期间
review-period = { $from }〜{ $to }
review-present = 至今

## マイページ

mypage-title = My Page（求職者マイページ）
mypage-lead = 开通 My Page 后，您可以用自己的智能手机或电脑确认这次申请的内容和状况。
mypage-benefit-status = 可以确认这次申请的状况（临时受理・正式受理）
mypage-benefit-edit = 可以查看登记的内容，并更改联系方式和希望的工作
mypage-benefit-email = 可以更改登录用的电子邮箱
mypage-want = 开通 My Page
mypage-decline = 这次不开通
mypage-email-help = 我们会发送登记指南。请用半角英文字母和数字输入。
mypage-password = 密码不在本终端设置。稍后请在您自己的智能手机上设置。
mypage-declined = My Page（求職者マイページ）以后也可以开通。请到窗口咨询。
mypage-submit = 提交申请
mypage-submit-note = 按“提交申请”后，您填写的内容将发送给 Hello Work。

## 完了

done-title = 已受理
done-receipt-label = 受理编号（受付番号）
done-next-counter = 请在窗口出示这个受理编号（受付番号）。
done-qr-label = 用智能手机继续办理的二维码
done-next-qr = 用智能手机扫描二维码，就可以继续办理申请。
done-next-qr-mypage = 请用智能手机扫描二维码，设置 My Page（求職者マイページ）的密码。
done-finish = 结束
done-auto = { $seconds }秒后返回最初的画面。
survey-title = 这台终端好用吗？
survey-1 = 非常不好用
survey-2 = 不好用
survey-3 = 一般
survey-4 = 好用
survey-5 = 非常好用
survey-reason-title = 如有理由，请选择（选填）
survey-reason-easy = 容易明白
survey-reason-quick = 很快就完成了
survey-reason-hard-to-read = 不容易阅读
survey-reason-slow = 花了很长时间
survey-reason-keyboard = 输入文字很费力
survey-reason-other = 其他
survey-thanks = 感谢您的配合。

## On-screen keyboard

kb-label = 文字输入
kb-mode = 输入方式
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = 空格
kb-backspace = 删除1个字
kb-close = 关闭输入
kb-shift = 大写
kb-dakuten = 浊音符（゛）
kb-handakuten = 半浊音符（゜）
kb-small = 小
kb-small-label = 小写假名
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = 工作人员密码
staff-pin-lead = 请输入密码（4〜8位），然后按“OK”。
staff-pin-count = 已输入{ $count }位
staff-pin-ok = OK
staff-pin-cancel = 取消
staff-busy = 正在确认…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = 密码已输错5次，工作人员模式暂时无法使用。请再等待{ $minutes }分钟。

staff-title = 工作人员模式
staff-read-at = 截至{ $time }
staff-lead = 这是本终端发送申请的状况。不显示使用者填写的内容。结束后请按“关闭”。
staff-enrolled = 服务器登记
staff-enrolled-yes = 已登记
staff-enrolled-no = 未登记（无法受理申请）
staff-enroll-help = 如要登记，请在服务器上执行 `madoguchi-server kiosk add` 发放登记代码，再在本终端执行 `madoguchi-kiosk enroll --server URL --code-file FILE`（URL 为服务器地址，FILE 为写有所发放登记代码的文件。设置文件中没有服务器密钥时，用 `--server-fingerprint` 指定 `madoguchi-server keygen` 显示的指纹）。然后重新启动本终端。
staff-server-url = 服务器 URL
staff-not-set = 未设置
staff-queue = 等待发送的申请
staff-count = { $count }件
staff-refused = 服务器未受理的申请
staff-last-success = 最后发送成功的时间
staff-never = 尚无
staff-last-error = 最后的错误
staff-no-error = 无
staff-version = 版本
staff-kiosk = 终端ID／安定所编号
staff-kiosk-value = { $kiosk }／{ $office }
staff-sync = 立即发送
staff-sync-requested = 已开始发送。几秒后将更新显示。
staff-refresh = 更新
staff-close = 关闭

basic-single-name = 只有一个名字：在留卡（在留カード）上没有写“名”
basic-card-name = 在留卡（在留カード）上的姓名（罗马字）
basic-card-name-help = 持有在留卡（在留カード）的人，请按卡上所写的内容输入（例：NGUYEN THI LAN）。没有的人可以留空。
kb-mode-write = 手写
kb-convert = 转换汉字（変換）
kb-candidates = 候选
kb-pad-label = 手写区。请用手指一次写一个字
kb-pad-hint = 请在这里一次写一个字
kb-pad-undo = 撤销一笔
kb-pad-clear = 重写
kb-pad-empty = 书写后，候选字会显示在这里
kb-pad-chinese = 简体中文
kb-pad-chinese-label = 用简体字书写。优先显示日本字形的候选字
kb-pad-hint-chinese = 请在这里一次写一个字（简体字）
kb-variants = 字形（异体字）
kb-variants-hint = 按下可以选择字形（髙・﨑等）
kb-variants-none = 没有其他字形
kb-variants-close = 关闭
kb-accents = 带符号的字母

## 求職情報の提供等・障害について・自己PR (the three screens of the official application form)
step-disclosure = 公开・联系
step-disability = 残障信息
step-self-pr = 自我介绍
disclosure-title = 求职信息的公开和联系方式
disclosure-lead = 请选择是否向发布招聘的公司公开您的求职信息，以及 Hello Work 联系您的方式。
disclosure-publication = 是否向公司公开求职信息
disclosure-publication-help = 公开后，公司可能会联系您，建议您应聘。无论选择哪一项，姓名、地址、电话号码、电子邮箱都不会公开。
publication-not-published = 不公开
publication-without-employer-names = 公开（不显示以前工作过的公司名称等）
publication-published = 公开（也显示以前工作过的公司名称等）
disclosure-contact-methods = Hello Work 的联系方式
disclosure-contact-methods-help = 可以多选。电子邮件将发送到您在“地址・联系方式”中填写的邮箱。
contact-method-phone = 电话
contact-method-email = 电子邮件
contact-method-post = 邮寄
disclosure-avoid-times = 希望避免联系的时间段
disclosure-avoid-times-help = 例：工作日9点至17点（因为在上班）
disability-title = 关于残障
disability-lead = 这个画面可以不回答。回答的内容只有窗口的职员会看到。在确认画面上，按“显示”之前也不会显示。
disability-support = 您是否希望作为残障人士进行登记或接受支援
disability-support-help = 可以接受面向残障人士的招聘介绍，以及在专门窗口咨询。
disability-support-wanted = 希望
disability-support-not-wanted = 不希望
disability-support-unstated = 不回答
disability-certificate = 残障人士手册
certificate-physical = 身体障碍者手册
certificate-intellectual = 疗育手册（智力障碍）
certificate-mental = 精神障碍者保健福祉手册
certificate-none-or-pending = 没有手册・正在申请
disability-grade = 等级・程度
disability-grade-help = 请选择手册上写的等级・程度。如果不清楚，保持“未选择”即可。
grade-level = { $grade }级
grade-intellectual-a = A（重度）
grade-intellectual-b = B（A以外）
grade-as-written = { $grade }
disability-needs = 希望得到的照顾或支援
disability-needs-help = 可以多选。
need-specialist-desk = 希望在专门窗口咨询
need-hours = 照顾工作时间和天数
need-hospital = 照顾就医和服药
need-facilities = 照顾设施和移动（轮椅・台阶等）
need-communication = 照顾沟通方式（笔谈・手语等）
need-instructions = 照顾指示方式（写下来・一件一件地说）
disability-needs-text = 其他想告诉我们的事
disability-needs-text-help = 例：长时间站立的工作比较困难
disability-skip = 不回答这个画面，继续
selfpr-title = 自我介绍・特别事项
selfpr-lead = 两项都可以不写。所写的内容将用于窗口的咨询和向公司的介绍。
selfpr-appeal = 自我介绍
selfpr-appeal-help = 擅长的事、经验、如何运用资格等。例：从事接待客人的工作已有10年。
selfpr-notes = 特别事项
selfpr-notes-help = 想事先告诉窗口的事。例：4月起可以上班。需要接送孩子。
text-count = { $count } / { $max }字
review-hidden = 为了不让周围的人看到，没有显示。
review-show = 显示
review-hide = 隐藏
kb-newline = 换行
## Additional fields (nationality and status of residence, station and commute, ways of working, leaving, family, faculty and licences, occupation in work history)

basic-nationality = 国籍
basic-nationality-japanese = 日本
basic-nationality-foreign = 日本以外
basic-country = 国籍（国家・地区）
basic-country-help = 例：中国、越南、巴西
basic-residence-status = 在留资格
basic-residence-status-help = 请选择在留卡（在留カード）上的“在留资格（在留資格）”。可以从事的工作由窗口职员确认。
basic-residence-status-choose = 选择在留资格
basic-residence-status-change = 重新选择
basic-residence-status-title = 请选择在留资格
basic-residence-expiry = 在留期限（截止日期）
basic-residence-expiry-help = 在留卡（在留カード）上的“在留期限（截止日期）”。永住者・特别永住者请留空。
contact-station = 最近的车站
contact-station-help = 请输入车站名称，包括“駅”字（例：新宿駅）。
contact-commute = 通勤方式
contact-commute-help = 请选择所有可以使用的方式。
commute-walk = 步行
commute-bicycle = 自行车
commute-motorbike = 摩托车
commute-car = 汽车
commute-train = 电车
commute-bus = 公交车
contact-commute-minutes = 通勤时间（单程）
contact-commute-minutes-help = 最多可以花几分钟通勤？例：30
unit-minutes = 分钟
unit-hours = 小时
unit-days = 天
unit-people = 人
work-styles = 工作方式
work-styles-help = 全职还是非全职。两项都可以选择。
style-full-time = 全职
style-part-time = 非全职
employment-casual = 临时工（アルバイト）
employment-other = 其他
work-holidays = 希望的休息日
holiday-weekends = 周六、周日和节假日
holiday-weekdays = 工作日
holiday-shifts = 轮班制
holiday-any = 不指定
work-days-off = 其他希望休息的日子
work-weekly-hours = 每周工作时间
work-weekly-hours-help = 例：40
work-days-per-week = 每周工作天数
work-days-per-week-help = 例：5
situation-left-on = 离职日期（辞去上一份工作的日期）
situation-left-on-help = 日本年号或公历均可输入。如果不清楚，请留空。
situation-leaving-reason = 离职原因
leaving-employer = 公司原因（解雇・倒闭等）
leaving-own = 个人原因
leaving-contract-end = 合同期满
leaving-retirement = 退休
leaving-other = 其他
situation-spouse = 配偶
spouse-yes = 有
spouse-no = 无
spouse-unstated = 不回答
situation-dependants = 抚养家属人数（配偶除外）
situation-dependants-help = 没有的话请输入 0。
situation-dependants-unstated = 不回答
education-department = 院系・专业
education-department-help = 例：经济学院 经济学专业
education-completion = 毕业・退学等
completion-graduated = 毕业
completion-withdrew = 退学
completion-enrolled = 在读
completion-expected = 预计毕业
education-qualification-entry = 执照・资格 { $n }
education-qualification-search = 从列表中查找（输入名称或读音。例：かいご）
education-qualification-none-found = 列表中没有找到。请在下面一栏输入名称。
education-qualification-chosen = 已选择的执照・资格
education-qualification-name = 列表中没有时，请输入名称
education-qualification-score = 分数
education-qualification-year = 取得的年份
education-qualification-year-help = 公历或日本年号均可。例：2015、平成27
education-qualification-remove = 删除
education-qualification-change = 重新选择
education-qualification-max = 执照・资格最多可以填写{ $max }项。其他的请在窗口告诉我们。
history-occupation = 职业
history-occupation-choose = 选择职业
history-occupation-change = 重新选择
history-leaving-reason = 离职原因
history-max = 工作经历最多可以填写{ $max }项。其他的请在窗口告诉我们。
review-commute-minutes = { $minutes }分钟
review-weekly-hours = 每周{ $hours }小时
review-days-per-week = 每周{ $days }天
review-dependants = { $n }人
review-score = 分数 { $score }
review-year-obtained = { $year }年取得
review-with-details = { $name }（{ $details }）
date-year = 年
date-month = 月
date-day = 日

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = 用个人编号卡（マイナンバーカード）填写
card-start-help = 持有个人编号卡的人，可以从卡中读取姓名、地址、出生日期和性别。卡中没有片假名读音，请自己输入。
card-title = 用个人编号卡（マイナンバーカード）填写
card-place = 请将个人编号卡放在读卡器上，然后按“已放好”。
card-place-note = 只读取姓名、地址、出生日期和性别。不读取个人编号（マイナンバー）。
card-placed = 已放好
card-pin-lead = 请输入卡面信息输入辅助用密码（券面事項入力補助用暗証番号，4位数字）。
card-tries = 密码剩余次数：还剩{ $tries }次
card-pin-count = 已输入密码{ $count }位
card-read = 读取
card-busy = 正在读取…
card-cancel = 取消
card-close = 关闭
card-counter = 请到窗口告诉工作人员。您也可以直接手动填写。
card-done = 已从个人编号卡读取。请确认内容。片假名读音可以点选栏下方的候选，或自行输入。
card-error-no-reader = 找不到读卡器。请告知工作人员，或手动填写。
card-error-no-card = 找不到卡。请将个人编号卡放在读卡器上。
card-error-not-my-number = 这似乎不是个人编号卡（マイナンバーカード）。请放上个人编号卡。
card-error-removed = 读取过程中卡离开了读卡器。请把卡一直放在读卡器上，再试一次。
card-error-wrong-pin = 密码不正确。还剩{ $tries }次。
card-error-last-try = 密码只剩{ $tries }次，为避免卡被锁定，本机不会在这里输入密码。
card-error-blocked = 密码已被锁定。可以在您居住的市区町村的窗口解除。
card-error-pin-format = 密码是4位数字。
card-error-unreadable = 无法读取卡中的内容。麻烦您手动填写。
card-error-reader = 读卡器没有正常工作。请再试一次。
review-card-read = 姓名、地址、出生日期和性别是从个人编号卡读取的。

## Call staff (every screen)
call-staff = 呼叫工作人员
call-staff-waiting-title = 正在呼叫工作人员
call-staff-waiting-body = 正在呼叫工作人员。呼叫送达之前，请稍候。如果未能送达，请询问附近的工作人员。
call-staff-sent-title = 已呼叫工作人员
call-staff-sent-body = 请在原处稍候。您填写的内容不会丢失。
call-staff-coming-title = 工作人员正在赶来
call-staff-coming-body = 工作人员正在赶来。请在原处稍候。

## The assist layer (staff over the visitor's form)
assist-open = 工作人员操作
assist-pad-title = 工作人员代码
assist-pad-lead = 请工作人员输入自己的代码。正在填写的内容不会丢失。
assist-title = 工作人员正在操作
assist-lead = 正在填写的内容保持不变。结束后请按“交还给客人”。
assist-hand-back = 交还给客人
assist-steps = 切换画面
assist-explain = 项目说明
assist-field-required = 此项为必填项目。
assist-field-optional = 此项可以不填。
assist-no-codes = 本终端尚未收到工作人员代码。请稍等片刻，或联系管理员。

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = 正在打印凭条…
receipt-printed = 请取走凭条。
receipt-print-failed = 无法打印凭条。请告知工作人员。受理编号请在此画面上确认。
receipt-print-incomplete = 打印时纸用完了，凭条没有打印完整。请告知工作人员。受理编号请在此画面上确认。
staff-printer = 小票打印机
staff-printer-none = 未设置
staff-printer-ready = 可以打印
staff-printer-near-end = 纸快用完了，请尽早更换纸卷。
staff-printer-paper-out = 缺纸，请更换纸卷。
staff-printer-cover-open = 机盖开着，请关上。
staff-printer-offline = 打印机没有响应。请检查电源和错误指示灯。
staff-printer-unreachable = 无法连接打印机（{ $address }）。请检查电源、线缆以及配置文件中的 printer。
