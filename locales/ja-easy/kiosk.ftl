# Madoguchi kiosk screens (やさしい日本語). Short sentences, common words, kana for hard kanji.
# Keep the same ids as ja/kiosk.ftl.

## Whole kiosk

app-title = ハローワーク しごとを さがす もうしこみ
text-missing = （ひょうじ できない もじが あります）
size-standard = ふつう
size-large = おおきく
size-xlarge = とても おおきく
dialog-close = とじる

## Attract

attract-title = ハローワークで しごとを さがす もうしこみ
attract-lead = ここで もうしこみを にゅうりょく できます。さいごに ｛受付番号｜うけつけばんごう｝が でます。その ばんごうを まどぐちで みせて ください。
attract-start = はじめる
# Under the start button, shown in turn in every language, each in its own.
attract-touch = がめんに さわって はじめて ください
attract-duration = 10ぷん ぐらい かかります。
attract-language = ことば / Language
attract-size = もじの おおきさ
attract-theme = がめんの いろ
theme-standard = ふつう
theme-contrast = くっきり
theme-dark = くろい がめん
layout-reach = したに だす
layout-reach-help = ボタンと キーボードを がめんの したに だします。
attract-help = わからない ときは、ちかくの かかりの ひとに きいて ください。

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = ｛音声｜おんせい｝で あんない
speech-toggle-help = ヘッドホンで がめんの ことばを よみます。キーパッドの ＊ キーでも きりかえ できます。
speech-on = ｛音声｜おんせい｝の あんないを はじめます。がめんの なまえと せつめい、さわった ところ、おした キーを よみます。
speech-off = ｛音声｜おんせい｝の あんないを やめました。
speech-form-hint = かく ところに さわると、その なまえと かいた ことを よみます。かきおわったら「つぎへ」を おして ください。
speech-empty = まだ かいて いません
speech-checked = チェック あり
speech-unchecked = チェック なし

## Not ready

notready-title = じゅんびちゅう
notready-body = いま この きかいは つかえません。
    まどぐちへ きて ください。
notready-staff = 職員の方へ：端末の登録が完了していません（端末ID：{ $kiosk }）。
notready-staff-error = 職員の方へ：端末の情報を読み込めませんでした（コード：{ $code }）。

## Header, navigation, dialogs

header-language = Language
header-reset = さいしょから やりなおす
nav-next = つぎへ
nav-back = もどる
nav-return-review = かくにんの がめんへ もどる
nav-back-review = かくにんの がめんへ もどる
nav-busy = かくにん しています…
reset-title = さいしょから やりなおしますか？
reset-body = にゅうりょく した ないようは ぜんぶ きえます。
reset-confirm = けして やりなおす
reset-cancel = つづける
idle-title = まだ つかいますか？
idle-body = { $seconds }びょう たつと、にゅうりょく した ないようが きえます。つかう ときは がめんを さわって ください。
idle-continue = つづける
error-title = うまく いきませんでした
error-ask-staff = かかりの ひとを よんで ください。にゅうりょく した ないようは きえて いません。
error-generic = もんだいが おきました。
error-unreachable = きかいの なかで つうしんが できませんでした。
error-unexpected = きかいに もんだいが おきました。

## Steps

step-basic = あなたの こと
step-contact = じゅうしょ・れんらくさき
step-desired-work = したい しごと
step-situation = いまの ようす
step-education = がっこう・しかく
step-work-history = まえの しごと
step-review = かくにん
step-my-page = マイページ
step-progress = { $total }の うち { $current }ばんめ

## Fields

field-required = ※かならず かく
field-optional = ※かかなくても よい
field-error-label = エラー：
field-warning-label = かくにん：
field-error-generic = にゅうりょくを なおして ください。
field-warning-generic = にゅうりょくが ただしいか みて ください。
choice-none = えらばない
list-remove = けす
summary-errors-title = なおす ところが { $count }こ あります
summary-warnings-title = かくにん して ください
summary-warnings-hint = これで よければ、もういちど「つぎへ」を おして ください。
unit-year = ねん
unit-month = がつ
unit-day = にち
unit-yen = えん

## Consent

consent-title = あなたの じょうほうの あつかい
consent-lead = もうしこむ まえに よんで ください。
consent-purpose-title = なにに つかうか
consent-purpose-body = { $office }が、あなたの もうしこみを うけつけて、しごとを しょうかい する ために つかいます。ほかの ことには つかいません。
consent-recorded-title = ハローワークに おくる こと
consent-recorded-body = なまえ、フリガナ、うまれた ひ、せいべつ（こたえた とき）、こくせきと ざいりゅうしかく（こたえた とき）、じゅうしょ、ちかい えきと かよいかた、でんわばんごう、メールアドレス、したい しごと、いまの ようす（やめた ひ・りゆう、かぞくは こたえた とき）、がっこう・しかく、まえの しごと、マイページを つくるか。アンケートは てんすうと りゆうだけ おくります。
consent-retention-title = どのくらい のこすか
consent-retention-body = ハローワークが きまりに あわせて のこします。もうしこみは、つぎの つぎの つきの おわりまで つかえます（そうだん などを すると のびます）。
consent-kiosk-title = この きかいに のこる もの
consent-kiosk-body = この きかいには なにも のこりません。「おわる」を おした とき、または しばらく つかわない とき、ぜんぶ きえます。
consent-agree = よみました。これで よいです
consent-must-agree = ここを おすと「つぎへ」に すすめます。

## 基本情報

basic-title = あなたの こと
basic-family-name = みょうじ（姓）
basic-family-name-help = かんじが むずかしい ときは、カタカナや ローマじでも いいです。
basic-given-name = なまえ（名）
basic-kana-only = かんじで かけない（カタカナで かく）
basic-family-kana = みょうじの よみかた（カタカナ）
basic-kana-help = カタカナで かいて ください。ひらがなは カタカナに かわります。
basic-kana-suggest = よみかたは これですか？ あっていたら さわって ください。フリガナに はいります。
basic-given-kana = なまえの よみかた（カタカナ）
basic-birth-date = うまれた ひ
basic-birth-date-help = 「｛西暦｜せいれき｝」か「｛和暦｜われき｝」を えらんで、ねん・がつ・にちを かいて ください。
basic-calendar = こよみ
basic-birth-year = うまれた ねん
basic-birth-month = うまれた つき
basic-birth-day = うまれた ひ
basic-era-first-year = はじめの とし（元年）は「1」か「元」と かいて ください。
era-western = ｛西暦｜せいれき｝
era-meiji = ｛明治｜めいじ｝
era-taisho = ｛大正｜たいしょう｝
era-showa = ｛昭和｜しょうわ｝
era-heisei = ｛平成｜へいせい｝
era-reiwa = ｛令和｜れいわ｝
basic-sex = せいべつ
basic-sex-help = こたえたくない ときは「こたえない」を えらんで ください。
sex-female = おんな
sex-male = おとこ
sex-unstated = こたえない

## 住所・連絡先

contact-title = じゅうしょ・れんらくさき
contact-postcode = ゆうびん ばんごう
contact-postcode-help = すうじ 7こを かいて、「じゅうしょを さがす」を おして ください。
contact-postcode-mark = 〒
contact-lookup = じゅうしょを さがす
contact-lookup-busy = さがして います…
contact-pick-town = じゅうしょを えらんで ください
contact-town-whole = （ちょういき なし）
contact-prefecture = とどうふけん
contact-city = し・く・ちょう・そん
contact-town = ちょういき
contact-street = ばんち
contact-street-help = れい：1-2-3
contact-building = たてものの なまえ・へやの ばんごう
contact-building-help = れい：みどりハイツ101
contact-phone = でんわ ばんごう
contact-phone-help = ひるまに でられる ばんごう。「-」は なくても いいです。
contact-email = メールアドレス
contact-email-help = マイページを つくる ときに つかいます。

## 希望する仕事

work-title = したい しごと
work-occupations = したい しごとの しゅるい
work-occupations-help = 3つまで えらべます。さいしょに えらんだ ものが いちばん したい しごとです。
work-occupation-rank = { $rank }ばん
work-occupation-add = しごとを えらぶ
work-occupation-full = 3つ えらびました。かえる ときは、どれかを けして ください。
work-picker-title = しごとを えらぶ
work-picker-browse = しゅるいから えらぶ
work-picker-search = ことばで さがす
work-picker-major-hint = ちかい ものを えらんで ください。
work-picker-back-major = しゅるいの いちらんに もどる
work-picker-search-label = しごとの なまえ
work-picker-search-help = カタカナで かいて ください。れい：カイゴ、ジム、ケンセツ
work-picker-no-result = みつかりません でした。ほかの ことばで さがすか、しゅるいから えらんで ください。
work-picker-loading = よみこんで います…
work-picker-close = とじる
occ-unknown = しごと（コード { $code }）
work-employment-types = はたらきかた
work-employment-types-help = したい ものを ぜんぶ えらんで ください。
employment-full-time = せいしゃいん
employment-part-time = パート
employment-dispatch = はけん
employment-contract = けいやくしゃいん
work-locations = はたらきたい ところ
work-locations-help = とどうふけんや しの なまえを かいて ください。
work-location-add = ばしょを ふやす
work-wage = ほしい きゅうりょう
work-wage-help = いちばん すくなくて いくら ほしいか かいて ください。なければ かかなくて いいです。
wage-monthly = 1かげつ
wage-hourly = 1じかん
work-wage-amount = きんがく
work-hours = はたらきたい じかん
work-hours-help = れい：9:00〜17:00。なければ かかなくて いいです。
work-hours-start = はじめ
work-hours-end = おわり
work-hours-to = 〜
work-days = はたらける ようび
weekday-mon = ｛月｜げつ｝
weekday-tue = ｛火｜か｝
weekday-wed = ｛水｜すい｝
weekday-thu = ｛木｜もく｝
weekday-fri = ｛金｜きん｝
weekday-sat = ｛土｜ど｝
weekday-sun = ｛日｜にち｝

## 現在の状況

situation-title = いまの ようす
situation-employment = いま しごとを して いますか
situation-employed = して いる
situation-not-employed = して いない
situation-student = がくせい
situation-insurance = ｛雇用保険｜こようほけん｝の お金を もらう よていは ありますか
situation-insurance-help = わからない ときは、まどぐちで きいて ください。
insurance-yes = もらう
insurance-no = もらわない
insurance-unsure = わからない

## 学歴・資格

education-title = がっこう・しかく
education-final-level = さいごに いった がっこう
level-junior-high = ちゅうがっこう
level-high-school = こうこう
level-vocational = せんもんがっこう
level-junior-college = たんだい・こうせん
level-university = だいがく
level-graduate = だいがくいん
level-other = そのほか
education-school-name = がっこうの なまえ
education-school-name-help = さいごに いった がっこうの なまえ。
education-graduation-year = がっこうを でた とし
education-graduation-year-help = ｛西暦｜せいれき｝でも ｛和暦｜われき｝でも かけます。れい：2008、平成20、H20。わからなければ かかなくて いいです。
education-qualifications = めんきょ・しかく
education-qualifications-help = れい：くるまの めんきょ、｛日本語能力試験｜にほんご のうりょく しけん｝N2
education-qualification-add = めんきょ・しかくを ふやす

## 職歴

history-title = まえの しごと
history-help = あたらしい しごとから かいて ください。なければ、そのまま「つぎへ」を おして ください。
history-none = まえの しごとは まだ ありません。
history-entry = しごと { $n }
history-add = まえの しごとを ふやす
history-remove = この しごとを けす
history-employer = かいしゃの なまえ
history-duties = しごとの ないよう
history-duties-help = れい：スーパーで レジ
history-from = はじめた とし・つき
history-to = やめた とし・つき
history-to-help = いまも はたらいて いる ときは かかないで ください。
history-year = ねん（西暦 または 和暦）
history-month = がつ
history-employment-type = はたらきかた

## 確認

review-title = かくにん
review-lead = まちがいが ないか みて ください。なおす ときは「なおす」を おして ください。
review-blocked = なおす ところが あります。あかい わくの「なおす」を おして ください。
review-edit = なおす
review-empty = かいて いない
review-none = ない
review-yes = はい
review-name = なまえ
review-kana = よみかた
review-birth-date = { $era } { $year }ねん { $month }がつ { $day }にち
review-birth-date-western = { $year }ねん { $month }がつ { $day }にち（西暦）
review-postcode = 〒{ $first }-{ $last }
review-address = じゅうしょ
review-wage = { $kind } { $amount }えん いじょう
review-hours = { $start }〜{ $end }
review-list-sep = 、
review-year-month = { $year }ねん { $month }がつ
review-period-label = きかん
review-period = { $from }〜{ $to }
review-present = いま

## マイページ

mypage-title = マイページ
mypage-lead = マイページを つくると、じぶんの スマートフォンで この もうしこみを みられます。
mypage-benefit-status = もうしこみが どう なったか みられます
mypage-benefit-edit = かいた ことを みて、れんらくさきや したい しごとを かえられます
mypage-benefit-email = メールアドレスを かえられます
mypage-want = マイページを つくる
mypage-decline = いまは つくらない
mypage-email-help = ここに あんないを おくります。えいごの もじと すうじで かいて ください。
mypage-password = パスワードは ここでは きめません。あとで じぶんの スマートフォンで きめます。
mypage-declined = マイページは あとでも つくれます。まどぐちで きいて ください。
mypage-submit = もうしこむ
mypage-submit-note = 「もうしこむ」を おすと、ハローワークに おくります。

## 完了

done-title = うけつけました
done-receipt-label = ｛受付番号｜うけつけばんごう｝
done-next-counter = まどぐちで この ｛受付番号｜うけつけばんごう｝を みせて ください。
done-qr-label = スマートフォンで つづきを する ための QRコード
done-next-qr = スマートフォンで QRコードを よむと、つづきが できます。
done-next-qr-mypage = スマートフォンで QRコードを よんで、マイページの パスワードを きめて ください。
done-finish = おわる
done-auto = { $seconds }びょうで さいしょの がめんに もどります。
survey-title = この きかいは つかいやすかったですか？
survey-1 = とても つかいにくい
survey-2 = つかいにくい
survey-3 = ふつう
survey-4 = つかいやすい
survey-5 = とても つかいやすい
survey-reason-title = りゆうが あれば えらんで ください
survey-reason-easy = わかりやすかった
survey-reason-quick = はやく おわった
survey-reason-hard-to-read = よみにくかった
survey-reason-slow = じかんが かかった
survey-reason-keyboard = もじを かくのが たいへんだった
survey-reason-other = そのほか
survey-thanks = ありがとう ございました。

## On-screen keyboard

kb-label = もじを かく
kb-mode = もじの しゅるい
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = くうはく
kb-backspace = 1もじ けす
kb-close = とじる
kb-shift = おおもじ
kb-dakuten = てんてん
kb-handakuten = まる
kb-small = 小
kb-small-label = ちいさい もじ
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = かかりいんの ばんごう
staff-pin-lead = ばんごう（4〜8けた）を いれて、「OK」を おして ください。
staff-pin-count = { $count }けた いれました
staff-pin-ok = OK
staff-pin-cancel = やめる
staff-busy = しらべて います…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = ばんごうを 5かい まちがえました。あと { $minutes }ふん まって ください。

staff-title = かかりいんモード
staff-read-at = { $time } の ようす
staff-lead = この きかいから もうしこみを おくる ようすです。つかった ひとの ないようは でません。おわったら「とじる」を おして ください。
staff-enrolled = サーバーへの とうろく
staff-enrolled-yes = とうろく して います
staff-enrolled-no = とうろく して いません（もうしこみを うけつけられません）
staff-enroll-help = とうろくの しかた：サーバーで `madoguchi-server kiosk add` を うごかして、とうろくの コードを もらいます。つぎに、この きかいで `madoguchi-kiosk enroll --server URL --code-file FILE` を うごかします（URL は サーバーの アドレス、FILE は もらった コードを かいた ファイル）。さいごに、キオスクを もう いちど はじめて ください。
staff-server-url = サーバーの URL
staff-not-set = きまって いません
staff-queue = まだ おくって いない もうしこみ
staff-count = { $count }けん
staff-refused = サーバーが うけとらなかった もうしこみ
staff-last-success = さいごに おくれた じかん
staff-never = まだ ありません
staff-last-error = さいごの エラー
staff-no-error = ありません
staff-version = バージョン
staff-kiosk = きかいの ID／あんていじょの ばんごう
staff-kiosk-value = { $kiosk }／{ $office }
staff-sync = いま おくる
staff-sync-requested = おくり はじめました。すこし たつと ひょうじが かわります。
staff-refresh = あたらしく する
staff-close = とじる

basic-single-name = なまえは ひとつだけ（｛在留｜ざいりゅう｝カードに なまえが ひとつだけ）
basic-card-name = ｛在留｜ざいりゅう｝カードの なまえ（ローマじ）
basic-card-name-help = ｛在留｜ざいりゅう｝カードが ある ひとは、カードの とおりに かいて ください（れい：NGUYEN THI LAN）。ない ひとは かかなくて いいです。
kb-mode-write = てがき
kb-convert = かんじに する
kb-candidates = えらべる もじ
kb-pad-label = てがきの ところ。ゆびで 1もじずつ かいて ください
kb-pad-hint = ここに 1もじずつ かいて ください
kb-pad-undo = 1かく もどす
kb-pad-clear = かきなおす
kb-pad-empty = かくと、ここに もじが でます
kb-pad-chinese = 简体中文
kb-pad-chinese-label = ちゅうごくの かんたいじで かく。にほんの かたちの じが さきに でます
kb-pad-hint-chinese = ここに 1もじずつ かいて ください（简体字）
kb-variants = じの かたち
kb-variants-hint = おすと じの かたちを えらべます（髙・﨑 など）
kb-variants-none = ほかの かたちは ありません
kb-variants-close = とじる
kb-accents = きごうの ついた もじ

## 求職情報の提供等・障害について・自己PR（公式の求職申込書の3画面）
step-disclosure = こうかい・れんらく
step-disability = しょうがい
step-self-pr = じぶんの PR
disclosure-title = じょうほうの こうかい と れんらくの ほうほう
disclosure-lead = ｛会社｜かいしゃ｝に あなたの じょうほうを みせて いいか えらんで ください。ハローワークからの れんらくの ほうほうも えらんで ください。
disclosure-publication = ｛会社｜かいしゃ｝に あなたの じょうほうを みせますか
disclosure-publication-help = みせると、会社から「おうぼ しませんか」と れんらくが くる ことが あります。なまえ・じゅうしょ・でんわばんごう・メールアドレスは みせません。
publication-not-published = みせない
publication-without-employer-names = みせる（まえの 会社の なまえは みせない）
publication-published = みせる（まえの 会社の なまえも みせる）
disclosure-contact-methods = ハローワークからの れんらくの ほうほう
disclosure-contact-methods-help = いくつ えらんでも いいです。メールは「じゅうしょ・れんらくさき」で かいた アドレスに おくります。
contact-method-phone = でんわ
contact-method-email = メール
contact-method-post = ゆうびん
disclosure-avoid-times = れんらくして ほしくない じかん
disclosure-avoid-times-help = れい：へいじつの 9じ から 17じ（しごと ちゅう）
disability-title = しょうがい について
disability-lead = この がめんは こたえなくても いいです。こたえた ことは まどぐちの しょくいんだけが みます。かくにんの がめんでも「みせる」を おすまで みせません。
disability-support = しょうがいの ある ひと として、とうろくや てつだいを のぞみますか
disability-support-help = しょうがいの ある ひとの ための しごとを しょうかい します。せんもんの まどぐちで そうだんも できます。
disability-support-wanted = のぞむ
disability-support-not-wanted = のぞまない
disability-support-unstated = こたえない
disability-certificate = ｛障害者手帳｜しょうがいしゃてちょう｝
certificate-physical = ｛身体障害者手帳｜しんたいしょうがいしゃてちょう｝
certificate-intellectual = ｛療育手帳｜りょういくてちょう｝
certificate-mental = ｛精神障害者保健福祉手帳｜せいしんしょうがいしゃほけんふくしてちょう｝
certificate-none-or-pending = てちょうは ない・いま もうしこみ ちゅう
disability-grade = きゅう・ていど
disability-grade-help = てちょうに かいて ある きゅう・ていどを えらんで ください。わからない ときは えらばなくて いいです。
grade-level = { $grade }きゅう
grade-intellectual-a = A（おもい）
grade-intellectual-b = B（A では ない）
grade-as-written = { $grade }
disability-needs = して ほしい こと
disability-needs-help = いくつ えらんでも いいです。
need-specialist-desk = せんもんの まどぐちで そうだん したい
need-hours = はたらく じかんや ひにちを かんがえて ほしい
need-hospital = びょういんや くすりの ことを かんがえて ほしい
need-facilities = たてものや いどうを かんがえて ほしい（くるまいす・だんさ など）
need-communication = つたえかたを かんがえて ほしい（かいて つたえる・しゅわ など）
need-instructions = しごとの おしえかたを かんがえて ほしい（かいて・ひとつずつ）
disability-needs-text = ほかに つたえたい こと
disability-needs-text-help = れい：ながい あいだ たつ しごとは むずかしいです
disability-skip = こたえないで つぎへ
selfpr-title = じぶんの PR・つたえたい こと
selfpr-lead = かかなくても いいです。かいた ことは、まどぐちの そうだんや ｛会社｜かいしゃ｝への しょうかいに つかいます。
selfpr-appeal = じぶんの PR
selfpr-appeal-help = とくいな こと、した ことの ある しごと など。れい：おみせで 10ねん はたらきました。
selfpr-notes = まどぐちに つたえたい こと
selfpr-notes-help = れい：4がつから はたらけます。こどもの おくりむかえが あります。
text-count = { $count } / { $max }もじ
review-hidden = まわりの ひとに みえない ように、かくして います。
review-show = みせる
review-hide = かくす
kb-newline = つぎの ぎょう
## ふえた こうもく

basic-nationality = こくせき
basic-nationality-japanese = にほん
basic-nationality-foreign = にほん いがい
basic-country = こくせき（くにの なまえ）
basic-country-help = れい：ベトナム、ブラジル
basic-residence-status = ざいりゅうしかく
basic-residence-status-help = ｛在留｜ざいりゅう｝カードの「ざいりゅうしかく」を えらんで ください。できる しごとは まどぐちで みます。
basic-residence-status-choose = ざいりゅうしかくを えらぶ
basic-residence-status-change = えらびなおす
basic-residence-status-title = ざいりゅうしかくを えらんで ください
basic-residence-expiry = ざいりゅうきかん（まんりょうび）
basic-residence-expiry-help = ｛在留｜ざいりゅう｝カードに かいて ある ひにちです。えいじゅうしゃの ひとは かかないで ください。
contact-station = ちかい えき
contact-station-help = えきの なまえを かいて ください。れい：｛新宿駅｜しんじゅくえき｝
contact-commute = かよいかた
contact-commute-help = つかえる ものを ぜんぶ えらんで ください。
commute-walk = あるく
commute-bicycle = じてんしゃ
commute-motorbike = バイク
commute-car = くるま
commute-train = でんしゃ
commute-bus = バス
contact-commute-minutes = かよう じかん（かたみち）
contact-commute-minutes-help = なんぷんまで かよえますか。れい：30
unit-minutes = ふん
unit-hours = じかん
unit-days = にち
unit-people = にん
work-styles = はたらく じかん
work-styles-help = ながく（フルタイム）か、みじかく（パートタイム）か。りょうほうでも いいです。
style-full-time = フルタイム
style-part-time = パートタイム
employment-casual = アルバイト
employment-other = そのほか
work-holidays = やすみたい ひ
holiday-weekends = どようび・にちようび・しゅくじつ
holiday-weekdays = へいじつ
holiday-shifts = シフト
holiday-any = どれでも いい
work-days-off = ほかに やすみたい ようび
work-weekly-hours = 1しゅうかんに はたらく じかん
work-weekly-hours-help = れい：40
work-days-per-week = 1しゅうかんに はたらく ひの かず
work-days-per-week-help = れい：5
situation-left-on = まえの しごとを やめた ひ
situation-left-on-help = わからなければ かかなくて いいです。
situation-leaving-reason = やめた りゆう
leaving-employer = かいしゃの つごう（かいこ・とうさん など）
leaving-own = じぶんの つごう
leaving-contract-end = けいやくが おわった
leaving-retirement = ていねん
leaving-other = そのほか
situation-spouse = おっと・つま
spouse-yes = いる
spouse-no = いない
spouse-unstated = こたえない
situation-dependants = やしなって いる かぞくの かず（おっと・つまを のぞく）
situation-dependants-help = いなければ 0 と かいて ください。
situation-dependants-unstated = こたえない
education-department = がくぶ・がっか
education-department-help = れい：｛経済学部｜けいざいがくぶ｝
education-completion = そつぎょう したか
completion-graduated = そつぎょう した
completion-withdrew = とちゅうで やめた
completion-enrolled = いま かよって いる
completion-expected = これから そつぎょう する
education-qualification-entry = めんきょ・しかく { $n }
education-qualification-search = いちらんから さがす（なまえや よみかたを かく。れい：かいご）
education-qualification-none-found = いちらんに ありません。したに なまえを かいて ください。
education-qualification-chosen = えらんだ めんきょ・しかく
education-qualification-name = いちらんに ない ときは、なまえを かく
education-qualification-score = スコア
education-qualification-year = とった とし
education-qualification-year-help = れい：2015、平成27
education-qualification-remove = けす
education-qualification-change = えらびなおす
education-qualification-max = めんきょ・しかくは { $max }こまでです。ほかは まどぐちで いって ください。
history-occupation = しごとの しゅるい
history-occupation-choose = しごとの しゅるいを えらぶ
history-occupation-change = えらびなおす
history-leaving-reason = やめた りゆう
history-max = しごとの けいけんは { $max }こまでです。ほかは まどぐちで いって ください。
review-commute-minutes = { $minutes }ふん
review-weekly-hours = 1しゅうかんに { $hours }じかん
review-days-per-week = 1しゅうかんに { $days }にち
review-dependants = { $n }にん
review-score = スコア { $score }
review-year-obtained = { $year }ねんに とった
review-with-details = { $name }（{ $details }）
date-year = とし
date-month = つき
date-day = ひ

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = マイナンバーカードで いれる
card-start-help = マイナンバーカードが あれば、カードから なまえ・じゅうしょ・うまれた ひ・せいべつを いれられます。フリガナは じぶんで いれて ください。
card-title = マイナンバーカードで いれる
card-place = マイナンバーカードを よみとりきの うえに おいて ください。そして「おきました」を おして ください。
card-place-note = よむのは なまえ・じゅうしょ・うまれた ひ・せいべつ だけです。マイナンバー（12けたの ばんごう）は よみません。
card-placed = おきました
card-pin-lead = カードの あんしょうばんごう（すうじ 4けた）を いれて ください。
card-tries = あんしょうばんごうは あと{ $tries }かい まちがえられます
card-pin-count = { $count }けた いれました
card-read = よむ
card-busy = よんで います…
card-cancel = やめる
card-close = とじる
card-counter = まどぐちの しょくいんに こえを かけて ください。てで いれる ことも できます。
card-done = マイナンバーカードから よみました。ないようを みて ください。フリガナは したの こうほを さわるか、じぶんで いれて ください。
card-error-no-reader = カードの よみとりきが ありません。しょくいんに いって ください。てで いれる ことも できます。
card-error-no-card = カードが ありません。マイナンバーカードを よみとりきの うえに おいて ください。
card-error-not-my-number = マイナンバーカードでは ない ようです。マイナンバーカードを おいて ください。
card-error-removed = よんで いる あいだに カードが はなれました。カードを おいた まま、もう いちど して ください。
card-error-wrong-pin = あんしょうばんごうが ちがいます。あと{ $tries }かいです。
card-error-last-try = あと{ $tries }かい まちがえると カードが つかえなく なります。ここでは いれません。
card-error-blocked = あんしょうばんごうが ロックされて います。しやくしょで なおせます。
card-error-pin-format = あんしょうばんごうは すうじ 4けたです。
card-error-unreadable = カードを よめませんでした。てで いれて ください。
card-error-reader = よみとりきが うまく うごきませんでした。もう いちど して ください。
review-card-read = なまえ・じゅうしょ・うまれた ひ・せいべつは マイナンバーカードから よみました。
## 係員を呼ぶ (every screen)
call-staff = かかりの ひとを よぶ
call-staff-waiting-title = かかりの ひとを よんで います
call-staff-waiting-body = かかりの ひとを よんで います。すこし まって ください。こない ときは ちかくの かかりの ひとに こえを かけて ください。
call-staff-sent-title = かかりの ひとを よびました
call-staff-sent-body = ここで まって ください。かいた ことは きえません。
call-staff-coming-title = かかりの ひとが きます
call-staff-coming-body = かかりの ひとが きます。ここで まって ください。

## The assist layer (staff over the visitor's form)
assist-open = かかりの ひとの そうさ
assist-pad-title = かかりの ひとの コード
assist-pad-lead = かかりの ひとは じぶんの コードを いれて ください。かいた ことは きえません。
assist-title = かかりの ひとが そうさ して います
assist-lead = かいた ことは そのままです。おわったら「おきゃくさまに もどす」を おして ください。
assist-hand-back = おきゃくさまに もどす
assist-steps = がめんを うつる
assist-explain = こうもくの せつめい
assist-field-required = かならず かく ところです。
assist-field-optional = かかなくても いいです。
assist-no-codes = この たんまつには コードが まだ とどいて いません。すこし まって ください。

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = レシートを いんさつ して います…
receipt-printed = レシートを とって ください。
receipt-print-failed = レシートを いんさつ できませんでした。かかりの ひとを よんで ください。｛受付番号｜うけつけばんごう｝は この がめんで みて ください。
receipt-print-incomplete = いんさつの とちゅうで かみが なくなりました。レシートは さいごまで でて いません。かかりの ひとを よんで ください。｛受付番号｜うけつけばんごう｝は この がめんで みて ください。
staff-printer = レシートプリンター
staff-printer-none = せってい されて いません
staff-printer-ready = いんさつ できます
staff-printer-near-end = かみが もうすぐ なくなります。はやめに ロールしを かえて ください。
staff-printer-paper-out = かみが ありません。ロールしを かえて ください。
staff-printer-cover-open = カバーが あいて います。しめて ください。
staff-printer-offline = プリンターが こたえません。でんげんと エラーランプを みて ください。
staff-printer-unreachable = プリンター（{ $address }）に つながりません。でんげんと ケーブル、せっていファイルの printer を みて ください。
