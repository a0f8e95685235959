# Messages of the input checks (core/src/check.rs), やさしい日本語.
# Short sentences, common words, spaces between phrases, as in kiosk.ftl. Same ids as ja/check.ftl.
# Codes for selectors: see ja/check.ftl.

## 基本情報

check-family-name-required = みょうじを かいて ください。かんじが むずかしい ときは、カタカナや ローマじでも いいです。
check-given-name-required = なまえを かいて ください。なまえが ひとつだけの ひとは「なまえは ひとつだけ」を えらんで ください。
check-family-kana-required = みょうじの よみかたを カタカナで かいて ください。れい：ヤマダ
check-given-kana-required = なまえの よみかたを カタカナで かいて ください。れい：タロウ
check-kana-katakana-only = よみかたは カタカナで かいて ください。カタカナでは ない もじが あります：{ $chars }
check-birth-date-required = うまれた ひを かいて ください。れい：1985ねん 4がつ 1にち
check-birth-date-missing =
    うまれた { $part ->
        [year] ねん
        [month] つき
       *[day] ひ
    }を かいて ください。
check-birth-date-not-number =
    { $part ->
        [year] うまれた ねんを すうじで かいて ください。れい：1985
        [month] うまれた つきを すうじで かいて ください。1から 12までです。
       *[day] うまれた ひを すうじで かいて ください。
    }
check-birth-date-no-such-year = うまれた ねんが ただしく ありません。｛西暦｜せいれき｝なら 4けたで かいて ください。れい：1985
check-birth-date-no-such-month = うまれた つきは 1から 12までの すうじで かいて ください。
check-birth-date-no-such-day = { $month }がつは { $last-day }にちまでです。うまれた ひを みて ください。
check-birth-date-era-ended =
    { $era ->
        [meiji] ｛明治｜めいじ｝
        [taisho] ｛大正｜たいしょう｝
        [showa] ｛昭和｜しょうわ｝
        [heisei] ｛平成｜へいせい｝
       *[reiwa] ｛令和｜れいわ｝
    }は { $last-year }ねん { $last-month }がつ { $last-day }にちまでです。この ひは { $actual-era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    } { $actual-gannen ->
        [yes] 元
       *[no] { $actual-year }
    }ねんです。なおして ください。｛西暦｜せいれき｝で かいても いいです。
check-birth-date-era-not-begun =
    { $era ->
        [meiji] ｛明治｜めいじ｝
        [taisho] ｛大正｜たいしょう｝
        [showa] ｛昭和｜しょうわ｝
        [heisei] ｛平成｜へいせい｝
       *[reiwa] ｛令和｜れいわ｝
    }は { $first-year }ねん { $first-month }がつ { $first-day }にちからです。この ひは { $actual-era ->
        [meiji] 明治
        [taisho] 大正
        [showa] 昭和
        [heisei] 平成
       *[reiwa] 令和
    } { $actual-gannen ->
        [yes] 元
       *[no] { $actual-year }
    }ねんです。なおして ください。｛西暦｜せいれき｝で かいても いいです。
check-birth-date-future = うまれた ひが きょうより あとに なって います。うまれた ねんを みて ください。
check-birth-date-year-too-early = うまれた ねんが { $year }ねんに なって います。｛西暦｜せいれき｝は 4けたで かいて ください。れい：1985
check-birth-date-too-young = この ひだと { $age }さいです。ちゅうがっこうを でた ひとが もうしこめます。うまれた ひを みて ください。
check-birth-date-young = この ひだと { $age }さいです。うまれた ねんを もう いちど みて ください。ただしければ、もう いちど「つぎへ」を おして ください。
check-birth-date-old = この ひだと { $age }さいです。うまれた ねんを もう いちど みて ください。ただしければ、もう いちど「つぎへ」を おして ください。

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = ながすぎます。{ $max }もじまでに して ください（いまは { $count }もじ）。

## 住所・連絡先

check-postcode-required = ゆうびん ばんごうを かいて ください。すうじ 7こです。れい：160-0023
check-postcode-digits = ゆうびん ばんごうは すうじ 7こです。れい：160-0023
check-postcode-unknown = ゆうびん ばんごう「{ $postcode }」は ありません でした。ばんごうを みて、もう いちど かいて ください。
check-address-search = ゆうびん ばんごうを かいて、「じゅうしょを さがす」を おして ください。
check-street-required = ばんちを かいて ください。れい：1-2-3
check-phone-required = でんわ ばんごうを かいて ください。れい：090-1234-5678
check-phone-digits = でんわ ばんごうは すうじで かいて ください。つかえない もじが あります：{ $chars }
check-phone-format = でんわ ばんごうの けたが ちがいます（いまは { $count }けた）。けいたいは 11けた、いえの でんわは 10けたです。
check-phone-free-dial = 0120や 0800の ばんごうは、あなたへの れんらくに つかえない ことが あります。あなたの でんわ ばんごうを かいて ください。この ばんごうで よければ、もう いちど「つぎへ」を おして ください。
check-email-too-long = メールアドレスが ながすぎます（{ $count }もじ）。{ $max }もじまでです。
check-email-chars = メールアドレスに つかえない もじが あります：{ $chars }　えいごの もじと すうじで かいて ください。れい：taro@example.jp
check-email-at = メールアドレスには「@」が 1つ いります。れい：taro@example.jp
check-email-domain = メールアドレスの「@」の うしろが ちがいます。れい：taro@example.jp
check-email-required-for-my-page = マイページを つくるには、メールアドレスが いります。メールアドレスを かくか、「いまは つくらない」を えらんで ください。

## 希望する仕事

check-occupation-required = したい しごとを 1つ いじょう えらんで ください。
check-occupation-too-many = したい しごとは { $max }つまでです（いまは { $count }つ）。どれかを けして ください。
check-occupation-unknown = しごと（コード { $code }）は いちらんに ありません。けして、いちらんから えらんで ください。
check-employment-type-required = はたらきかたを 1つ いじょう えらんで ください。
check-wage-digits = ほしい きゅうりょうは すうじで かいて ください。れい：200000、20万。なければ かかなくて いいです。
check-wage-low =
    ほしい きゅうりょうが { $kind ->
        [hourly] 1じかん
       *[monthly] 1かげつ
    } { $amount }えんです。すくなすぎるかも しれません。きんがくと「1かげつ」「1じかん」を みて ください。ただしければ、もう いちど「つぎへ」を おして ください。
check-wage-high =
    ほしい きゅうりょうが { $kind ->
        [hourly] 1じかん
       *[monthly] 1かげつ
    } { $amount }えんです。おおきすぎるかも しれません。きんがくと「1かげつ」「1じかん」を みて ください。ただしければ、もう いちど「つぎへ」を おして ください。
check-time-format = じかんは「9:00」や「17:30」のように かいて ください。
check-hours-both = はじめと おわりの じかんを どちらも かいて ください。れい：9:00〜17:00。なければ どちらも かかなくて いいです。
check-hours-same = はじめと おわりが おなじ じかんです。おわりの じかんを みて ください。
check-hours-overnight = おわり（{ $end }）が はじめ（{ $start }）より はやいです。よるから あさまで はたらく しごとに なります。それで よければ、もう いちど「つぎへ」を おして ください。

## 現在の状況

check-current-employment-required = いま しごとを して いるか えらんで ください。
check-insurance-required = ｛雇用保険｜こようほけん｝の お金を もらう よていを えらんで ください。わからない ときは「わからない」を えらんで ください。

## 学歴・資格

check-education-level-required = さいごに いった がっこうを えらんで ください。
check-graduation-year-format = がっこうを でた としは ｛西暦｜せいれき｝4けた（れい：2005）か、｛和暦｜われき｝（れい：平成17）で かいて ください。わからなければ かかなくて いいです。
check-graduation-year-future = がっこうを でた としが まだ きて いない としです。もう いちど みて ください。
check-graduation-year-before-birth = がっこうを でた としが、うまれた とし（{ $birth-year }ねん）より まえです。もう いちど みて ください。
check-graduation-year-early = この としだと { $age }さいで がっこうを でた ことに なります。もう いちど みて ください。ただしければ、もう いちど「つぎへ」を おして ください。

## 職歴

check-employer-required = かいしゃの なまえを かいて ください。いらない ときは、この しごとを けして ください。
check-job-from-required = はじめた とし・つきを かいて ください。れい：2019ねん 4がつ
check-year-month-format = とし・つきを かいて ください。れい：2019ねん 4がつ、2019/4、平成31ねん 4がつ
check-job-from-future = はじめた とし・つきが まだ きて いません。もう いちど みて ください。
check-job-to-before-from = やめた とし・つきが、はじめた とし・つきより まえです。もう いちど みて ください。
check-job-to-future = やめた とし・つきが まだ きて いません。いまも はたらいて いる ときは、かかないで ください。
check-card-name-latin = ｛在留｜ざいりゅう｝カードの なまえは ローマじ（A〜Z）で かいて ください。つかえない もじ：{ $chars }

## 求職情報の提供等・障害について
check-publication-required = ｛会社｜かいしゃ｝に じょうほうを みせるか どうか えらんで ください。
check-contact-method-required = れんらくの ほうほうを 1つ いじょう えらんで ください。
check-contact-method-email-missing = メールで れんらく するには、メールアドレスが いります。「じゅうしょ・れんらくさき」で メールアドレスを かくか、ほかの ほうほうを えらんで ください。
check-disability-grade = { $certificate ->
    [intellectual] ｛療育手帳｜りょういくてちょう｝は A か B を えらんで ください。
    [mental] ｛精神障害者保健福祉手帳｜せいしんしょうがいしゃほけんふくしてちょう｝は 1きゅう から 3きゅう の なかから えらんで ください。
   *[other] ｛身体障害者手帳｜しんたいしょうがいしゃてちょう｝は 1きゅう から 6きゅう の なかから えらんで ください。
}
## ひにち・かず・とし

check-date-missing =
    { $part ->
        [year] とし
        [month] つき
       *[day] ひ
    }を かいて ください。ひにちが わからなければ、ぜんぶ かかないで ください。
check-date-invalid = この ひにちは ありません。とし・つき・ひを すうじで かいて ください。
check-number-digits = すうじだけで かいて ください。
check-number-range = { $min }から { $max }までの すうじで かいて ください。
check-year-format = としは ｛西暦｜せいれき｝4けた（れい：2015）か、｛和暦｜われき｝（れい：平成27）で かいて ください。わからなければ かかなくて いいです。
check-year-future = まだ きて いない としです。もう いちど みて ください。
check-year-before-birth = うまれた とし（{ $birth-year }ねん）より まえの としです。もう いちど みて ください。

## こくせき・ざいりゅうしかく

check-residence-status-missing = ざいりゅうしかくを えらんで ください。｛在留｜ざいりゅう｝カードに かいて あります。わからなければ、もう いちど「つぎへ」を おして ください。まどぐちで みます。
check-residence-status-unknown = ざいりゅうしかく（コード { $code }）は いちらんに ありません。もう いちど えらんで ください。
check-residence-work =
    { $work ->
        [limited] この ざいりゅうしかくで できる しごとは きまって います。
        [designated] とくていかつどうで はたらけるかは、していしょで きまります。
       *[none] この ざいりゅうしかくで はたらくには、きょかが いります（しかくがいかつどうきょか）。
    }まどぐちの しょくいんが ｛在留｜ざいりゅう｝カードを みます。この ままで よければ、もう いちど「つぎへ」を おして ください。
check-residence-expired = ざいりゅうきかんが おわって います。｛在留｜ざいりゅう｝カードの ひにちを みて ください。ただしければ、もう いちど「つぎへ」を おして、まどぐちで そうだん して ください。

## えき・かよいかた・はたらきかた

check-commute-long = かよう じかんが { $minutes }ふんです。ふんで かいて ください（1じかんは 60ふん）。ただしければ、もう いちど「つぎへ」を おして ください。
check-weekly-hours-long = 1しゅうかんに { $hours }じかんです。もう いちど みて ください。ただしければ、もう いちど「つぎへ」を おして ください。

## いまの ようす・がっこう・しごとの けいけん

check-left-on-future = しごとを やめた ひが まだ きて いません。これから やめる ときは「して いる」を えらんで ください。
check-qualifications-too-many = めんきょ・しかくは { $max }こまでです（いまは { $count }こ）。ほかは まどぐちで いって ください。
check-licence-unknown = めんきょ・しかく（コード { $code }）は いちらんに ありません。けして、もう いちど えらんで ください。
check-qualification-name-required = めんきょ・しかくの なまえを かくか、いちらんから えらんで ください。
check-jobs-too-many = しごとの けいけんは { $max }こまでです（いまは { $count }こ）。ふるい しごとは まどぐちで いって ください。
