# Messages of the input checks (core/src/check.rs), Filipino/Tagalog. Same ids as ja/check.ftl.
# Red messages say what to fix; orange ones say what to check and that “Susunod” again keeps the value.
# Arguments are plain strings. Codes for selectors:
#   $part: year | month | day
#   $era, $actual-era: meiji | taisho | showa | heisei | reiwa
#   $actual-gannen: yes when the era year is 1 (written 元年), otherwise no
#   $kind: monthly | hourly

## Basic information

check-family-name-required = Ilagay ang inyong apelyido. Kung hindi kayo makasulat ng kanji, puwede ang katakana o ang alpabetong Latin.
check-given-name-required = Ilagay ang inyong pangalan. Kung iisa lang ang pangalan ninyo, piliin ang “Iisa lang ang pangalan ko”.
check-family-kana-required = Ilagay ang basa ng inyong apelyido sa katakana (hal.: ヤマダ).
check-given-kana-required = Ilagay ang basa ng inyong pangalan sa katakana (hal.: タロウ).
check-kana-katakana-only = Isulat ang basa sa katakana lang. Hindi katakana ang mga titik na ito: { $chars }
check-birth-date-required = Ilagay ang inyong petsa ng kapanganakan (hal.: 1985, 4, 1 sa kalendaryong Kanluranin, o 昭和60年4月1日).
check-birth-date-missing =
    Ilagay ang { $part ->
        [year] taon
        [month] buwan
       *[day] araw
    } ng inyong kapanganakan.
check-birth-date-not-number =
    { $part ->
        [year] Ilagay ang taon ng kapanganakan sa numero (hal.: 1985, o 60 sa era ng Hapon). Para sa unang taon ng era (元年), piliin ang era at ilagay ang “元” o “1”.
        [month] Ilagay ang buwan ng kapanganakan bilang numero mula 1 hanggang 12.
       *[day] Ilagay ang araw ng kapanganakan sa numero.
    }
check-birth-date-no-such-year = Hindi tama ang taon ng kapanganakan. Sa kalendaryong Kanluranin, gumamit ng 4 na numero (hal.: 1985); sa era ng Hapon, piliin ang era at ilagay ang taon (hal.: 60).
check-birth-date-no-such-month = Ilagay ang buwan ng kapanganakan bilang numero mula 1 hanggang 12.
check-birth-date-no-such-day = { $last-day } araw lang mayroon ang buwan { $month }. Pakisuri ang araw ng inyong kapanganakan.
check-birth-date-era-ended =
    Natapos ang era na { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } noong { $last-year }/{ $last-month }/{ $last-day }. Ang petsang ito ay nasa { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    }. Itama ang era at taon, o ilagay ang petsa sa kalendaryong Kanluranin.
check-birth-date-era-not-begun =
    Nagsimula ang era na { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } noong { $first-year }/{ $first-month }/{ $first-day }. Ang petsang ito ay nasa { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    }. Itama ang era at taon, o ilagay ang petsa sa kalendaryong Kanluranin.
check-birth-date-future = Lampas sa araw na ito ang petsa ng kapanganakan. Pakisuri ang taon ng kapanganakan.
check-birth-date-year-too-early = { $year } ang nakalagay na taon ng kapanganakan. Sa kalendaryong Kanluranin, gumamit ng 4 na numero (hal.: 1985). Para sa era ng Hapon, piliin muna ang era.
check-birth-date-too-young = Ayon sa petsang ito, { $age } taong gulang kayo. Puwedeng mag-apply ang mga nakatapos na ng junior high school (chūgakkō). Pakisuri ang petsa ng kapanganakan.
check-birth-date-young = Ayon sa petsang ito, { $age } taong gulang kayo. Pakisuri ang taon ng kapanganakan. Kung tama, pindutin muli ang “Susunod”.
check-birth-date-old = Ayon sa petsang ito, { $age } taong gulang kayo. Pakisuri ang taon ng kapanganakan. Kung tama, pindutin muli ang “Susunod”.

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = Hanggang { $max } titik lang ang puwede (ngayon ay { $count }).

## Address and contact

check-postcode-required = Ilagay ang postal code na may 7 numero (hal.: 160-0023).
check-postcode-digits = May 7 numero ang postal code (hal.: 160-0023). Pakisuri ito.
check-postcode-unknown = Hindi nakita ang postal code na “{ $postcode }”. Pakisuri at ilagay muli.
check-address-search = Ilagay ang postal code at pindutin ang “Hanapin ang tirahan”. Mapupunan ang prefecture at lungsod.
check-street-required = Ilagay ang block at numero ng bahay (hal.: 1-2-3).
check-phone-required = Ilagay ang numero ng teleponong matatawagan kayo sa araw (hal.: 090-1234-5678).
check-phone-digits = Ilagay ang numero ng telepono sa numero lang. Hindi puwede ang mga titik na ito: { $chars }
check-phone-format = Hindi tama ang dami ng numero ng telepono ({ $count } ang inilagay ninyo). May 11 numero ang mobile (hal.: 090-1234-5678); may 10 ang landline kasama ang area code (hal.: 03-1234-5678).
check-phone-free-dial = Ang toll-free na numero (0120, 0800) ay maaaring hindi makatawag sa inyo nang direkta. Ilagay ang sarili ninyong numero. Kung tama ang numerong ito, pindutin muli ang “Susunod”.
check-email-too-long = Masyadong mahaba ang email address ({ $count } titik). Hanggang { $max } titik lang.
check-email-chars = May mga titik sa email address na hindi puwede: { $chars }. Gumamit lang ng mga titik na walang tuldik, numero at simbolo (hal.: taro@example.jp).
check-email-at = Kailangan ng email address ng iisang “@”, na may nakasulat bago at pagkatapos nito (hal.: taro@example.jp).
check-email-domain = Hindi tama ang bahagi pagkatapos ng “@”. Kailangan nito ng tuldok, gaya ng “example.jp”.
check-email-required-for-my-page = Kailangan ng email address para sa My Page. Maglagay ng email address, o piliin ang “Hindi muna ngayon”.

## Desired work

check-occupation-required = Pumili ng kahit isang uri ng trabaho.
check-occupation-too-many = Hanggang { $max } uri ng trabaho ang puwedeng piliin (ngayon ay { $count }). Mag-alis ng isa.
check-occupation-unknown = Wala sa listahan ang uri ng trabaho (code { $code }). Alisin ito at pumili muli sa listahan.
check-employment-type-required = Pumili ng kahit isang uri ng empleyo.
check-wage-digits = Ilagay ang gustong sahod bilang halaga sa numero (hal.: 200000). Kung wala kayong gusto, iwanang blangko.
check-wage-low =
    { $amount } yen { $kind ->
        [hourly] kada oras
       *[monthly] kada buwan
    } ang nakalagay na gustong sahod, na maaaring mas mababa sa minimum wage. Pakisuri ang halaga at kung buwanan o kada oras ang napili. Kung tama, pindutin muli ang “Susunod”.
check-wage-high =
    { $amount } yen { $kind ->
        [hourly] kada oras
       *[monthly] kada buwan
    } ang nakalagay na gustong sahod. Pakisuri ang dami ng numero at kung buwanan o kada oras ang napili. Kung tama, pindutin muli ang “Susunod”.
check-time-format = Ilagay ang oras gaya ng 9:00 o 17:30, mula 0:00 hanggang 23:59 (puwede rin ang 24:00 para sa pagtatapos).
check-hours-both = Ilagay ang oras ng simula at ng tapos (hal.: 9:00 hanggang 17:00). Kung wala kayong gusto, iwanang blangko ang dalawa.
check-hours-same = Pareho ang oras ng simula at tapos. Pakisuri ang oras ng tapos.
check-hours-overnight = Mas maaga ang tapos ({ $end }) kaysa sa simula ({ $start }), kaya lalampas ng hatinggabi ang trabaho. Kung gusto ninyo ng trabaho sa gabi, pindutin muli ang “Susunod”; kung hindi, itama ang oras.

## Current situation

check-current-employment-required = Piliin kung may trabaho kayo ngayon.
check-insurance-required = Piliin kung balak ninyong tumanggap ng benepisyo ng employment insurance (tulong para sa walang trabaho). Kung hindi ninyo alam, piliin ang “Hindi ko alam”.

## Education

check-education-level-required = Piliin ang pinakamataas ninyong natapos na pag-aaral.
check-graduation-year-format = Ilagay ang taon ng pagtatapos sa 4 na numero (hal.: 2005) o bilang taon ng era ng Hapon (hal.: 平成17, H17). Kung hindi ninyo alam, iwanang blangko.
check-graduation-year-future = Nasa hinaharap ang taon ng pagtatapos. Pakisuri ito.
check-graduation-year-before-birth = Mas maaga ang taon ng pagtatapos kaysa sa taon ng inyong kapanganakan ({ $birth-year }). Pakisuri ang dalawa.
check-graduation-year-early = Ayon sa taong ito, nagtapos kayo sa edad na { $age }. Pakisuri ang taon. Kung tama, pindutin muli ang “Susunod”.

## Work history

check-employer-required = Ilagay ang pangalan ng kumpanya, o alisin ang trabahong ito kung hindi kailangan.
check-job-from-required = Ilagay ang taon at buwan ng pagpasok (hal.: 2019/4).
check-year-month-format = Ilagay ang taon at buwan (hal.: 2019/4, o 平成31年4月 sa era ng Hapon).
check-job-from-future = Nasa hinaharap ang pagpasok. Pakisuri ang taon at buwan.
check-job-to-before-from = Mas maaga ang pag-alis kaysa sa pagpasok. Pakisuri ang mga taon at buwan.
check-job-to-future = Nasa hinaharap ang pag-alis. Kung nagtatrabaho pa kayo roon, iwanang blangko ang pag-alis.
check-card-name-latin = Ilagay ang pangalan sa inyong residence card (在留カード) sa titik Latin (A–Z), eksakto gaya ng nakalimbag. Hindi puwede ang mga titik na ito: { $chars }

## Job-seeker information, disability
check-publication-required = Piliin kung puwedeng makita ng mga kumpanya ang inyong impormasyon sa paghahanap ng trabaho.
check-contact-method-required = Pumili ng kahit isang paraan ng pag-contact.
check-contact-method-email-missing = Para ma-contact kayo sa email, kailangan namin ang inyong email address. Ilagay ito sa “Tirahan at contact”, o pumili ng ibang paraan.
check-disability-grade = { $certificate ->
    [intellectual] Para sa sertipiko ng intelektwal na kapansanan, piliin ang A o B.
    [mental] Para sa sertipiko ng kapansanan sa pag-iisip, pumili ng grado 1 hanggang 3.
   *[other] Para sa sertipiko ng pisikal na kapansanan, pumili ng grado 1 hanggang 6.
}
## Dates, counts and years (date of leaving, period of stay, commute, dependants, qualifications)

check-date-missing =
    Ilagay ang { $part ->
        [year] taon
        [month] buwan
       *[day] araw
    }. Kung hindi ninyo alam ang petsa, iwanang blangko ang taon, buwan at araw.
check-date-invalid = Walang ganitong petsa. Pakisuri ang taon, buwan at araw (puwede ang taong Kanluranin o ng era ng Hapon).
check-number-digits = Numero lang ang ilagay.
check-number-range = Maglagay ng numero mula { $min } hanggang { $max }.
check-year-format = Ilagay ang taon sa 4 na numero (hal.: 2015) o bilang taon ng era ng Hapon (hal.: 平成27, H27). Kung hindi ninyo alam, iwanang blangko.
check-year-future = Nasa hinaharap ang taong ito. Pakisuri ito.
check-year-before-birth = Mas maaga ang taong ito kaysa sa taon ng inyong kapanganakan ({ $birth-year }). Pakisuri ito.

## Nationality and status of residence

check-residence-status-missing = Piliin ang inyong status of residence. Nakasulat ito sa inyong residence card (在留カード). Kung hindi ninyo alam, pindutin muli ang “Susunod”; titingnan ito ng kawani sa counter.
check-residence-status-unknown = Wala sa listahan ang status of residence (code { $code }). Pumili muli sa listahan.
check-residence-work =
    { $work ->
        [limited] Sa status of residence na ito, puwede lang kayong magtrabaho sa mga gawaing saklaw ng status.
        [designated] Sa Designated Activities, nakadepende sa inyong designation paper kung puwede kayong magtrabaho.
       *[none] Para magtrabaho sa status of residence na ito, kailangan ninyo ng pahintulot para sa gawaing labas sa status.
    } Titingnan ng kawani sa counter ang inyong residence card (在留カード). Kung tama, pindutin muli ang “Susunod”.
check-residence-expired = Lumipas na ang petsa ng pagtatapos ng panahon ng pananatili. Pakisuri ang petsa sa inyong residence card (在留カード). Kung tama, pindutin muli ang “Susunod” at kumonsulta sa kawani sa counter.

## Nearest station, commute and working pattern

check-commute-long = { $minutes } minuto ang nakalagay na oras ng biyahe. Ilagay ito sa minuto (ang 1 oras ay 60 minuto). Kung tama, pindutin muli ang “Susunod”.
check-weekly-hours-long = { $hours } oras iyan kada linggo. Pakisuri ito. Kung tama, pindutin muli ang “Susunod”.

## Situation, education and work history

check-left-on-future = Nasa hinaharap ang petsa ng pag-alis. Kung aalis pa lang kayo sa trabaho, piliin ang “Oo, may trabaho ako”.
check-qualifications-too-many = Hanggang { $max } lisensiya at kwalipikasyon ang maaaring ilagay (ngayon ay { $count }). Sabihin ang iba sa counter.
check-licence-unknown = Wala sa listahan ang lisensiya o kwalipikasyon (code { $code }). Alisin ito at pumili muli.
check-qualification-name-required = Isulat ang pangalan ng lisensiya o kwalipikasyon, o piliin ito sa listahan.
check-jobs-too-many = Hanggang { $max } trabaho ang maaaring ilagay (ngayon ay { $count }). Sabihin ang mga mas lumang trabaho sa counter.
