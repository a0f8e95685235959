# Madoguchi kiosk screens (Filipino/Tagalog). Ids are prefixed by screen; same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = Hello Work: aplikasyon para maghanap ng trabaho
text-missing = (may mga titik na hindi maipakita)
size-standard = Karaniwan
size-large = Malaki
size-xlarge = Napakalaki
dialog-close = Isara

## Attract

attract-title = Mag-apply sa Hello Work para maghanap ng trabaho
attract-lead = Dito ninyo maaaring sagutan ang aplikasyon para maghanap ng trabaho. Sa dulo, makakatanggap kayo ng numero ng pagtanggap (受付番号): ipakita ito sa counter.
attract-start = Magsimula
# Under the start button, shown in turn in every language, each in its own.
attract-touch = Pindutin ang screen para magsimula
attract-duration = Mga 10 minuto ito.
attract-language = Wika / ことば
attract-size = Laki ng titik
attract-theme = Kulay ng screen
theme-standard = Karaniwan
theme-contrast = Mataas na contrast
theme-dark = Itim na background
layout-reach = Ipakita sa ibaba
layout-reach-help = Inilalagay ang mga button at keyboard sa ibabang kalahati ng screen (para sa mga naka-wheelchair at iba pa).
attract-help = Kung may hindi kayo naiintindihan, magtanong po sa malapit na kawani.

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = Gabay na boses
speech-toggle-help = Binabasa nang malakas ang screen sa headphones. Mabubuksan at maisasara rin ito gamit ang * key ng keypad.
speech-on = Nakabukas na ang gabay na boses. Babasahin nang malakas ang pamagat at mga tagubilin ng bawat screen, ang field na hinawakan mo at ang mga key na pinindot mo.
speech-off = Nakasara na ang gabay na boses.
speech-form-hint = Hawakan ang isang field para marinig ang pangalan nito at ang inilagay mo. Kapag tapos na, pindutin ang Susunod.
speech-empty = walang laman
speech-checked = may tsek
speech-unchecked = walang tsek

## Not ready

notready-title = Inihahanda pa
notready-body = Hindi pa magagamit ang makinang ito ngayon.
    Pumunta po kayo sa counter.
notready-staff = Para sa kawani: hindi pa tapos ang pagrehistro ng makinang ito (ID ng makina: { $kiosk }).
notready-staff-error = Para sa kawani: hindi mabasa ang impormasyon ng makina (code: { $code }).

## Header, navigation, dialogs

header-language = Language
header-reset = Magsimula muli
nav-next = Susunod
nav-back = Bumalik
nav-return-review = Bumalik sa pagsusuri
nav-back-review = Bumalik sa pagsusuri
nav-busy = Sinusuri…
reset-title = Magsimula muli?
reset-body = Mabubura ang lahat ng inilagay ninyo.
reset-confirm = Burahin at magsimula muli
reset-cancel = Ituloy ang pagsagot
idle-title = Itutuloy pa ba ninyo?
idle-body = Pagkalipas ng { $seconds } segundo, mabubura ang lahat ng inilagay ninyo at babalik ang makina sa simula. Para ituloy, pindutin ang screen.
idle-continue = Ituloy
error-title = May nangyaring mali
error-ask-staff = Tumawag po ng kawani. Hindi nawala ang inilagay ninyo.
error-generic = May naging problema habang pinoproseso.
error-unreachable = Hindi nakapag-usap ang mga bahagi sa loob ng makina.
error-unexpected = Nagkaroon ng hindi inaasahang problema ang makina.

## Steps

step-basic = Pangunahing impormasyon
step-contact = Tirahan at contact
step-desired-work = Gustong trabaho
step-situation = Kasalukuyang kalagayan
step-education = Pag-aaral at kwalipikasyon
step-work-history = Karanasan sa trabaho
step-review = Pagsusuri
step-my-page = My Page
step-progress = Hakbang { $current } sa { $total }

## Fields

field-required = Kailangan
field-optional = Hindi kailangan
field-error-label = Mali:
field-warning-label = Pakisuri:
field-error-generic = Pakisuri ang inilagay ninyo.
field-warning-generic = Pakitiyak na tama ang inilagay ninyo.
choice-none = Walang napili
list-remove = Alisin
summary-errors-title = Itama ang { $count } bahagi
summary-warnings-title = Pakisuri
summary-warnings-hint = Kung tama na, pindutin muli ang “Susunod”.
unit-year = (taon)
unit-month = (buwan)
unit-day = (araw)
unit-yen = yen

## Consent

consent-title = Paano namin hinahawakan ang inyong personal na impormasyon
consent-lead = Pakibasa ito bago mag-apply.
consent-purpose-title = Layunin
consent-purpose-body = Gagamitin ng { $office } ang impormasyong ilalagay ninyo para tanggapin ang inyong aplikasyon sa paghahanap ng trabaho at para sa mga serbisyong pampubliko sa trabaho, gaya ng pagrekomenda ng trabaho. Hindi ito gagamitin sa ibang layunin.
consent-recorded-title = Ang itinatala at ipinapadala sa Hello Work
consent-recorded-body = Pangalan at basa nito sa katakana, petsa ng kapanganakan, kasarian (kung sasagot kayo), nasyonalidad at status of residence (kung sasagot kayo), tirahan, pinakamalapit na istasyon at paraan ng pagpasok, numero ng telepono, email address, gustong trabaho, kasalukuyang kalagayan (petsa at dahilan ng pag-alis sa huling trabaho; asawa at mga dependent kung sasagot kayo), pag-aaral at kwalipikasyon, karanasan sa trabaho, at kung gusto ninyo ng My Page. Sa survey, ang puntos at ang napiling dahilan lang ang itinatala.
consent-retention-title = Gaano katagal itinatago
consent-retention-body = Itinatago ng Hello Work ang ipinadala ninyo sa panahong itinakda ng batas at ng mga patakaran nito. May bisa ang aplikasyon sa paghahanap ng trabaho hanggang sa huling araw ng ikalawang buwan pagkatapos mag-apply (humahaba ito kapag kumonsulta kayo o nirekomenda sa trabaho).
consent-kiosk-title = Ang naiiwan sa makinang ito
consent-kiosk-body = Walang naiiwan sa makinang ito. Mabubura ang lahat ng inilagay ninyo kapag pinindot ang “Tapusin” o kapag hindi ginalaw ang makina nang ilang sandali.
consent-agree = Nabasa ko ang nasa itaas at sumasang-ayon ako
consent-must-agree = Kapag sumang-ayon kayo, mapipindot ninyo ang “Susunod”.

## 基本情報

basic-title = Pangunahing impormasyon
basic-family-name = Apelyido
basic-family-name-help = Kung hindi kayo makasulat ng kanji, puwede ang katakana o ang alpabetong Latin.
basic-given-name = Pangalan
basic-kana-only = Hindi ko maisulat ang pangalan ko sa kanji (katakana ang gagamitin ko)
basic-family-kana = Apelyido sa katakana (フリガナ)
basic-kana-help = Gumamit ng katakana. Awtomatikong nagiging katakana ang hiragana.
basic-kana-suggest = Ganito ba basahin ang pangalan mo? Kung tama, pindutin ito para mailagay sa furigana.
basic-given-kana = Pangalan sa katakana (フリガナ)
basic-birth-date = Petsa ng kapanganakan
basic-birth-date-help = Piliin ang kalendaryong Kanluranin o isang panahong Hapon (era), saka ilagay ang taon, buwan at araw.
basic-calendar = Kalendaryo
basic-birth-year = Taon ng kapanganakan
basic-birth-month = Buwan ng kapanganakan
basic-birth-day = Araw ng kapanganakan
basic-era-first-year = Para sa unang taon ng isang era (元年), ilagay ang “1” o “元”.
era-western = Kanluranin (hal.: 1990)
era-meiji = Meiji
era-taisho = Taisho
era-showa = Showa
era-heisei = Heisei
era-reiwa = Reiwa
basic-sex = Kasarian
basic-sex-help = Kung ayaw ninyong sumagot, piliin ang “Ayaw kong sabihin”.
sex-female = Babae
sex-male = Lalaki
sex-unstated = Ayaw kong sabihin

## 住所・連絡先

contact-title = Tirahan at contact
contact-postcode = Postal code
contact-postcode-help = Ilagay ang 7 numero at pindutin ang “Hanapin ang tirahan”.
contact-postcode-mark = 〒
contact-lookup = Hanapin ang tirahan
contact-lookup-busy = Hinahanap…
contact-pick-town = Piliin ang inyong tirahan
contact-town-whole = (walang pangalan ng lugar)
contact-prefecture = Prefecture
contact-city = Lungsod, ward, bayan o nayon
contact-town = Lugar (町域)
contact-street = Block at numero ng bahay (番地)
contact-street-help = Hal.: 1-2-3
contact-building = Pangalan ng gusali at numero ng kuwarto
contact-building-help = Hal.: Midori Heights 101
contact-phone = Numero ng telepono
contact-phone-help = Numerong matatawagan kayo sa araw. Hindi kailangan ang gitling.
contact-email = Email address
contact-email-help = Gagamitin sa paggawa ng My Page.

## 希望する仕事

work-title = Gustong trabaho
work-occupations = Uri ng trabahong gusto ninyo
work-occupations-help = Pumili ng hanggang 3. Ang unang pinili ang una ninyong gusto.
work-occupation-rank = Ika-{ $rank } na pili
work-occupation-add = Pumili ng uri ng trabaho
work-occupation-full = Nakapili na kayo ng 3. Para magpalit, alisin muna ang isa.
work-picker-title = Pumili ng uri ng trabaho
work-picker-browse = Pumili ayon sa larangan
work-picker-search = Maghanap gamit ang salita
work-picker-major-hint = Piliin ang pinakamalapit na larangan.
work-picker-back-major = Bumalik sa listahan ng mga larangan
work-picker-search-label = Pangalan ng trabaho
work-picker-search-help = Ilagay sa katakana. Hal.: カイゴ (pag-aalaga), ジム (opisina), ケンセツ (konstruksiyon)
work-picker-no-result = Walang nakita. Subukan ang ibang salita, o pumili ayon sa larangan.
work-picker-loading = Naglo-load…
work-picker-close = Isara
occ-unknown = Uri ng trabaho (code { $code })
work-employment-types = Uri ng empleyo
work-employment-types-help = Piliin lahat ng tatanggapin ninyo.
employment-full-time = Regular na empleyado (seishain)
employment-part-time = Part-time (pāto)
employment-dispatch = Dispatch mula sa ahensiya (haken)
employment-contract = Empleyadong may kontrata
work-locations = Saan ninyo gustong magtrabaho
work-locations-help = Ilagay ang pangalan ng prefecture o lungsod.
work-location-add = Magdagdag ng lugar
work-wage = Gustong sahod
work-wage-help = Ang pinakamababang halagang tatanggapin ninyo. Kung wala kayong gusto, iwanang blangko.
wage-monthly = Buwanan
wage-hourly = Kada oras
work-wage-amount = Halaga
work-hours = Gustong oras ng trabaho
work-hours-help = Hal.: 9:00 hanggang 17:00. Kung wala kayong gusto, iwanang blangko.
work-hours-start = Simula
work-hours-end = Tapos
work-hours-to = hanggang
work-days = Mga araw na puwede kayong magtrabaho
weekday-mon = Lun
weekday-tue = Mar
weekday-wed = Miy
weekday-thu = Huw
weekday-fri = Biy
weekday-sat = Sab
weekday-sun = Lin

## 現在の状況

situation-title = Kasalukuyang kalagayan
situation-employment = May trabaho ba kayo ngayon?
situation-employed = Oo, may trabaho ako
situation-not-employed = Wala, wala akong trabaho
situation-student = Estudyante ako
situation-insurance = Balak ba ninyong tumanggap ng benepisyo ng employment insurance (雇用保険), ang tulong para sa walang trabaho?
situation-insurance-help = Kung pipiliin ninyo ang “Hindi ko alam”, puwede kayong magtanong sa counter.
insurance-yes = Balak kong tumanggap
insurance-no = Hindi ako tatanggap
insurance-unsure = Hindi ko alam

## 学歴・資格

education-title = Pag-aaral at kwalipikasyon
education-final-level = Pinakamataas na natapos na pag-aaral
level-junior-high = Junior high school (chūgakkō)
level-high-school = High school
level-vocational = Bokasyonal na paaralan
level-junior-college = Junior college / college of technology
level-university = Unibersidad
level-graduate = Graduate school
level-other = Iba pa
education-school-name = Pangalan ng paaralan
education-school-name-help = Ang huling paaralang pinasukan ninyo.
education-graduation-year = Taon ng pagtatapos (o pag-alis sa paaralan)
education-graduation-year-help = Puwede ang taong Kanluranin o ang taon ng era ng Hapon. Hal.: 2008, 平成20, H20. Kung hindi ninyo alam, iwanang blangko.
education-qualifications = Mga lisensiya at kwalipikasyon
education-qualifications-help = Hal.: karaniwang lisensiya sa pagmamaneho, certified care worker (介護福祉士), JLPT N2
education-qualification-add = Magdagdag ng lisensiya o kwalipikasyon

## 職歴

history-title = Karanasan sa trabaho
history-help = Magsimula sa pinakahuling trabaho. Kung wala kayong karanasan, pindutin na lang ang “Susunod”.
history-none = Walang nailagay na trabaho.
history-entry = Trabaho { $n }
history-add = Magdagdag ng trabaho
history-remove = Alisin ang trabahong ito
history-employer = Pinagtrabahuhan (pangalan ng kumpanya)
history-duties = Ang ginawa ninyo
history-duties-help = Hal.: kahera at pag-aayos ng paninda sa supermarket
history-from = Pumasok (taon at buwan; Kanluranin o era ng Hapon)
history-to = Umalis (taon at buwan; Kanluranin o era ng Hapon)
history-to-help = Kung nagtatrabaho pa kayo roon, iwanang blangko.
history-year = Taon (Kanluranin o era ng Hapon)
history-month = Buwan
history-employment-type = Uri ng empleyo

## 確認

review-title = Pagsusuri ng inyong aplikasyon
review-lead = Pakisuri ang lahat. Para magbago, pindutin ang “Baguhin”.
review-blocked = May kailangang itama. Pindutin ang “Baguhin” sa mga bahaging may pulang gilid.
review-edit = Baguhin
review-empty = Walang nakalagay
review-none = Wala
review-yes = Oo
review-name = Pangalan
review-kana = Pangalan sa katakana
review-birth-date = { $era } { $year }, buwan { $month }, araw { $day }
review-birth-date-western = { $month }/{ $day }/{ $year }
review-postcode = 〒{ $first }-{ $last }
review-address = Tirahan
review-wage = { $kind }, hindi bababa sa { $amount } yen
review-hours = { $start } hanggang { $end }
review-list-sep = ,{" "}
review-year-month = { $month }/{ $year }
review-period-label = Panahon
review-period = { $from } hanggang { $to }
review-present = kasalukuyan

## マイページ

mypage-title = My Page (求職者マイページ)
mypage-lead = Sa My Page, makikita ninyo ang aplikasyong ito at ang kalagayan nito mula sa sarili ninyong smartphone o computer.
mypage-benefit-status = Makita ang kalagayan ng aplikasyong ito (pansamantalang tinanggap, tinanggap na)
mypage-benefit-edit = Makita ang inirehistro at baguhin ang contact at gustong trabaho
mypage-benefit-email = Baguhin ang email address na ginagamit sa pag-log in
mypage-want = Gumawa ng My Page
mypage-decline = Hindi muna ngayon
mypage-email-help = Padadalhan namin kayo ng gabay sa pagrehistro. Gumamit ng mga titik at numerong walang tuldik.
mypage-password = Hindi itinatakda ang password sa makinang ito. Itatakda ninyo ito mamaya sa sarili ninyong smartphone.
mypage-declined = Puwede kayong gumawa ng My Page mamaya. Magtanong sa counter.
mypage-submit = Ipadala ang aplikasyon
mypage-submit-note = Kapag pinindot ang “Ipadala ang aplikasyon”, ipapadala sa Hello Work ang inilagay ninyo.

## 完了

done-title = Natanggap ang inyong aplikasyon
done-receipt-label = Numero ng pagtanggap (受付番号)
done-next-counter = Ipakita ang numero ng pagtanggap (受付番号) na ito sa counter.
done-qr-label = QR code para magpatuloy sa smartphone
done-next-qr = I-scan ang QR code gamit ang smartphone para ituloy ang aplikasyon doon.
done-next-qr-mypage = I-scan ang QR code gamit ang smartphone at itakda ang password ng My Page.
done-finish = Tapusin
done-auto = Babalik sa simula pagkalipas ng { $seconds } segundo.
survey-title = Madali bang gamitin ang makinang ito?
survey-1 = Napakahirap
survey-2 = Mahirap
survey-3 = Katamtaman
survey-4 = Madali
survey-5 = Napakadali
survey-reason-title = Kung gusto ninyo, piliin ang dahilan (hindi kailangan)
survey-reason-easy = Madaling maintindihan
survey-reason-quick = Mabilis natapos
survey-reason-hard-to-read = Mahirap basahin
survey-reason-slow = Natagalan
survey-reason-keyboard = Mahirap mag-type
survey-reason-other = Iba pa
survey-thanks = Salamat po sa inyong tulong.

## On-screen keyboard

kb-label = Keyboard sa screen
kb-mode = Uri ng keyboard
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = Espasyo
kb-backspace = Burahin ang isang titik
kb-close = Isara ang keyboard
kb-shift = Malaking titik
kb-dakuten = Markang dakuten (゛)
kb-handakuten = Markang handakuten (゜)
kb-small = maliit
kb-small-label = Maliit na kana
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = PIN ng kawani
staff-pin-lead = Ilagay ang PIN (4 hanggang 8 numero) at pindutin ang “OK”.
staff-pin-count = { $count } numero ang nailagay
staff-pin-ok = OK
staff-pin-cancel = Kanselahin
staff-busy = Sinusuri…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = Limang beses na mali ang PIN, kaya naka-lock muna ang staff mode. Maghintay ng { $minutes } minuto.

staff-title = Staff mode
staff-read-at = Kalagayan noong { $time }
staff-lead = Kalagayan ng pagpapadala ng mga aplikasyon mula sa makinang ito. Hindi ipinapakita ang datos ng mga bisita. Pagkatapos, pindutin ang “Isara”.
staff-enrolled = Rehistro sa server
staff-enrolled-yes = Nakarehistro
staff-enrolled-no = Hindi nakarehistro (hindi makatanggap ng aplikasyon)
staff-enroll-help = Para irehistro, patakbuhin ang `madoguchi-server kiosk add` sa server para maglabas ng enrolment code, at patakbuhin sa makinang ito ang `madoguchi-kiosk enroll --server URL --code-file FILE` (ang URL ay address ng server, ang FILE ay file na may code na ibinigay; kung walang key ng server ang configuration, idagdag ang `--server-fingerprint` kasama ang fingerprint na ipinakita ng `madoguchi-server keygen`). Pagkatapos, i-restart ang kiosk.
staff-server-url = URL ng server
staff-not-set = Hindi nakatakda
staff-queue = Mga aplikasyong naghihintay ipadala
staff-count = { $count }
staff-refused = Mga aplikasyong tinanggihan ng server
staff-last-success = Huling matagumpay na pagpapadala
staff-never = Wala pa
staff-last-error = Huling error
staff-no-error = Wala
staff-version = Bersiyon
staff-kiosk = ID ng makina / code ng opisina
staff-kiosk-value = { $kiosk } / { $office }
staff-sync = Ipadala ngayon
staff-sync-requested = Nagsimula na ang pagpapadala. Maa-update ang mga numero sa ilang segundo.
staff-refresh = I-refresh
staff-close = Isara

basic-single-name = Iisa lang ang pangalan ko: walang given name sa aking residence card (在留カード)
basic-card-name = Pangalan sa residence card (在留カード), sa titik Latin
basic-card-name-help = Kung may residence card (在留カード) kayo, ilagay ang pangalan nang eksakto gaya ng nakasulat dito (hal.: NGUYEN THI LAN). Kung wala, iwanang blangko.
kb-mode-write = Isulat
kb-convert = Kanji (変換)
kb-candidates = Mga mungkahi
kb-pad-label = Sulatan: isulat ang isang titik sa bawat pagkakataon gamit ang daliri
kb-pad-hint = Isulat dito ang isang titik sa bawat pagkakataon
kb-pad-undo = Bawiin ang guhit
kb-pad-clear = Burahin
kb-pad-empty = Lalabas dito ang mga mungkahi habang sumusulat kayo
kb-pad-chinese = 简体中文
kb-pad-chinese-label = Sumulat sa simplified Chinese: unang ipinapakita ang anyong ginagamit sa Japan
kb-pad-hint-chinese = Isulat dito ang isang titik sa bawat pagkakataon (simplified Chinese)
kb-variants = Ibang anyo ng titik (異体字)
kb-variants-hint = Pindutin para pumili ng ibang anyo (髙, 﨑…)
kb-variants-none = Walang ibang anyo ang titik na ito
kb-variants-close = Isara
kb-accents = Mga titik na may tuldik

## Job-seeker information, disability, self-PR (three screens of the official form)
step-disclosure = Pagbabahagi at contact
step-disability = Kapansanan
step-self-pr = Tungkol sa sarili
disclosure-title = Pagbabahagi ng inyong impormasyon at paraan ng pag-contact
disclosure-lead = Piliin kung puwedeng makita ng mga kumpanyang naghahanap ng tauhan ang inyong impormasyon sa paghahanap ng trabaho, at kung paano kayo puwedeng i-contact ng Hello Work.
disclosure-publication = Puwede bang makita ng mga kumpanya ang inyong impormasyon sa paghahanap ng trabaho?
disclosure-publication-help = Kung papayagan ninyo, puwede kayong imbitahan ng kumpanya na mag-apply. Hindi kailanman ipinapakita ang pangalan, tirahan, numero ng telepono at email address ninyo, anuman ang piliin ninyo.
publication-not-published = Huwag ipakita
publication-without-employer-names = Ipakita (nang walang pangalan ng mga dati kong pinagtrabahuhan)
publication-published = Ipakita (kasama ang pangalan ng mga dati kong pinagtrabahuhan)
disclosure-contact-methods = Paano kayo puwedeng i-contact ng Hello Work
disclosure-contact-methods-help = Pumili ng kahit ilan. Ipapadala ang email sa address na inilagay sa “Tirahan at contact”.
contact-method-phone = Telepono
contact-method-email = Email
contact-method-post = Koreo
disclosure-avoid-times = Mga oras na ayaw ninyong tawagan
disclosure-avoid-times-help = Hal.: karaniwang araw, 9:00–17:00 (nasa trabaho)
disability-title = Tungkol sa kapansanan
disability-lead = Hindi ninyo kailangang sagutin ang screen na ito. Ang kawani lang sa counter ang makakakita ng mga sagot. Sa screen ng pagsusuri, nakatago ito hanggang pindutin ninyo ang “Ipakita”.
disability-support = Gusto ba ninyong magparehistro at tumanggap ng suporta bilang taong may kapansanan?
disability-support-help = Puwede kayong irekomenda sa mga trabaho para sa taong may kapansanan at kumonsulta sa espesyal na counter.
disability-support-wanted = Gusto ko
disability-support-not-wanted = Ayaw ko
disability-support-unstated = Ayaw kong sabihin
disability-certificate = Sertipiko ng kapansanan
certificate-physical = Sertipiko ng pisikal na kapansanan
certificate-intellectual = Sertipiko ng intelektwal na kapansanan (Ryoiku techo)
certificate-mental = Sertipiko ng kapansanan sa pag-iisip (mental)
certificate-none-or-pending = Wala / nag-apply pa lang
disability-grade = Grado
disability-grade-help = Piliin ang gradong nakasulat sa inyong sertipiko. Kung hindi ninyo alam, iwanan sa “Walang napili”.
grade-level = Grado { $grade }
grade-intellectual-a = A (malubha)
grade-intellectual-b = B (hindi A)
grade-as-written = { $grade }
disability-needs = Suporta o akomodasyong gusto ninyo
disability-needs-help = Pumili ng kahit ilan.
need-specialist-desk = Gusto kong kumonsulta sa espesyal na counter
need-hours = Oras o bilang ng araw ng trabaho
need-hospital = Pagpapatingin sa ospital o pag-inom ng gamot
need-facilities = Pasilidad at paggalaw (wheelchair, baitang, atbp.)
need-communication = Paraan ng pakikipag-usap (pagsulat, sign language, atbp.)
need-instructions = Paraan ng pagbibigay ng utos (nakasulat, isa-isa)
disability-needs-text = Iba pang gusto ninyong sabihin
disability-needs-text-help = Hal.: hirap ako sa trabahong matagal na nakatayo.
disability-skip = Lumaktaw nang hindi sinasagot ang screen na ito
selfpr-title = Tungkol sa sarili at mga tala
selfpr-lead = Hindi kailangan ang alinman sa dalawa. Gagamitin ang isusulat ninyo sa pagkonsulta at sa pagpapakilala sa inyo sa mga kumpanya.
selfpr-appeal = Tungkol sa sarili (self-PR)
selfpr-appeal-help = Ang galing ninyo, karanasan, at paano ninyo gagamitin ang inyong kwalipikasyon. Hal.: 10 taon akong nagtrabaho sa customer service.
selfpr-notes = Mga tala
selfpr-notes-help = Ang gusto ninyong ipaalam sa counter. Hal.: puwede akong magsimula sa Abril. Hinahatid-sundo ko ang anak ko.
text-count = { $count } / { $max } titik
review-hidden = Nakatago para hindi mabasa ng mga tao sa paligid.
review-show = Ipakita
review-hide = Itago
kb-newline = Bagong linya
## More items (nationality and status of residence, station and commute, working pattern, leaving, family, department, qualifications, occupation of past jobs)

basic-nationality = Nasyonalidad
basic-nationality-japanese = Hapon
basic-nationality-foreign = Hindi Hapon
basic-country = Nasyonalidad (bansa o rehiyon)
basic-country-help = Hal.: Pilipinas, Vietnam
basic-residence-status = Status of residence
basic-residence-status-help = Piliin ang status of residence (在留資格) na nakasulat sa inyong residence card (在留カード). Sa counter, titingnan ng kawani kung anong trabaho ang pinapayagan nito.
basic-residence-status-choose = Piliin ang status of residence
basic-residence-status-change = Pumili muli
basic-residence-status-title = Piliin ang inyong status of residence
basic-residence-expiry = Panahon ng pananatili (petsa ng pagtatapos)
basic-residence-expiry-help = Gaya ng nakasulat sa inyong residence card (在留カード). Iwanang blangko kung Permanent Resident o Special Permanent Resident kayo.
contact-station = Pinakamalapit na istasyon
contact-station-help = Ilagay ang pangalan ng istasyon hanggang “駅” (hal.: 新宿駅).
contact-commute = Paraan ng pagpasok sa trabaho
contact-commute-help = Piliin lahat ng magagamit ninyo.
commute-walk = Lakad
commute-bicycle = Bisikleta
commute-motorbike = Motorsiklo
commute-car = Kotse
commute-train = Tren
commute-bus = Bus
contact-commute-minutes = Oras ng biyahe (isang daan)
contact-commute-minutes-help = Hanggang ilang minuto? Hal.: 30
unit-minutes = minuto
unit-hours = oras
unit-days = araw
unit-people = tao
work-styles = Haba ng oras ng trabaho
work-styles-help = Full-time o part-time. Puwedeng piliin ang dalawa.
style-full-time = Full-time
style-part-time = Part-time
employment-casual = Pansamantalang trabaho (arubaito)
employment-other = Iba pa
work-holidays = Gustong araw ng pahinga
holiday-weekends = Sabado, Linggo at pista opisyal
holiday-weekdays = Karaniwang araw
holiday-shifts = Ayon sa shift
holiday-any = Kahit ano
work-days-off = Iba pang araw na gusto ninyong magpahinga
work-weekly-hours = Oras ng trabaho kada linggo
work-weekly-hours-help = Hal.: 40
work-days-per-week = Araw ng trabaho kada linggo
work-days-per-week-help = Hal.: 5
situation-left-on = Petsa ng pag-alis (sa huling trabaho)
situation-left-on-help = Puwede ang taong Kanluranin o ang taon ng era ng Hapon. Kung hindi ninyo alam, iwanang blangko.
situation-leaving-reason = Dahilan ng pag-alis
leaving-employer = Desisyon ng kumpanya (tinanggal, nagsara, atbp.)
leaving-own = Sariling desisyon
leaving-contract-end = Natapos ang kontrata
leaving-retirement = Edad ng pagreretiro
leaving-other = Iba pa
situation-spouse = Asawa
spouse-yes = Mayroon
spouse-no = Wala
spouse-unstated = Ayaw kong sabihin
situation-dependants = Bilang ng dependent (hindi kasama ang asawa)
situation-dependants-help = Kung wala, ilagay ang 0.
situation-dependants-unstated = Ayaw kong sabihin
education-department = Fakultad at kurso
education-department-help = Hal.: Faculty of Economics, kursong Economics
education-completion = Natapos ba ninyo?
completion-graduated = Nagtapos
completion-withdrew = Hindi natapos (umalis)
completion-enrolled = Nag-aaral pa
completion-expected = Magtatapos pa lang
education-qualification-entry = Lisensiya o kwalipikasyon { $n }
education-qualification-search = Hanapin sa listahan (ilagay ang pangalan o basa nito. Hal.: かいご)
education-qualification-none-found = Wala sa listahan. Isulat ang pangalan sa kahon sa ibaba.
education-qualification-chosen = Napiling lisensiya o kwalipikasyon
education-qualification-name = Kung wala sa listahan, isulat ang pangalan
education-qualification-score = Puntos
education-qualification-year = Taon na nakuha
education-qualification-year-help = Taong Kanluranin o era ng Hapon. Hal.: 2015, 平成27
education-qualification-remove = Alisin
education-qualification-change = Pumili muli
education-qualification-max = Hanggang { $max } lisensiya at kwalipikasyon ang maaaring ilagay. Sabihin ang iba sa counter.
history-occupation = Uri ng trabaho
history-occupation-choose = Pumili ng uri ng trabaho
history-occupation-change = Pumili muli
history-leaving-reason = Dahilan ng pag-alis
history-max = Hanggang { $max } trabaho ang maaaring ilagay. Sabihin ang iba sa counter.
review-commute-minutes = { $minutes } minuto
review-weekly-hours = { $hours } oras kada linggo
review-days-per-week = { $days } araw kada linggo
review-dependants = { $n }
review-score = puntos { $score }
review-year-obtained = nakuha noong { $year }
review-with-details = { $name } ({ $details })
date-year = Taon
date-month = Buwan
date-day = Araw

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = Sagutan gamit ang My Number card
card-start-help = Kung may My Number card (マイナンバーカード) kayo, mababasa mula sa card ang inyong pangalan, tirahan, petsa ng kapanganakan at kasarian. Wala sa card ang basa ng pangalan sa katakana (フリガナ), kaya kayo na po ang maglagay nito.
card-title = Sagutan gamit ang My Number card
card-place = Ilagay ang My Number card (マイナンバーカード) sa ibabaw ng reader, saka pindutin ang “Nailagay ko na”.
card-place-note = Ang pangalan, tirahan, petsa ng kapanganakan at kasarian lang ang binabasa. Hindi binabasa ang Individual Number (My Number).
card-placed = Nailagay ko na
card-pin-lead = Ilagay ang 4 na numerong PIN ng card para sa pagsagot ng mga form (券面事項入力補助用暗証番号).
card-tries = Natitirang subok sa PIN: { $tries }
card-pin-count = PIN: { $count } numero na ang nailagay
card-read = Basahin ang card
card-busy = Binabasa…
card-cancel = Kanselahin
card-close = Isara
card-counter = Magtanong po sa kawani sa counter. Puwede rin kayong magpatuloy at maglagay nang mano-mano.
card-done = Nabasa na mula sa inyong My Number card. Pakisuri ang bawat item. Para sa basa ng pangalan (フリガナ), pindutin ang mungkahi sa ilalim ng kahon o i-type ito.
card-error-no-reader = Walang nakitang card reader. Pakisabi sa kawani, o maglagay nang mano-mano.
card-error-no-card = Walang nakitang card. Ilagay ang My Number card sa ibabaw ng reader.
card-error-not-my-number = Mukhang hindi ito My Number card. Pakilagay ang My Number card (マイナンバーカード).
card-error-removed = Naalis ang card sa reader habang binabasa. Iwan ang card sa reader at subukan ulit.
card-error-wrong-pin = Mali ang PIN. Natitirang subok: { $tries }.
card-error-last-try = Natitirang subok sa PIN: { $tries } na lang. Para hindi ma-lock ang inyong card, hindi ito susubukan dito.
card-error-blocked = Naka-lock ang PIN ng card. Maaari itong i-unlock sa munisipyo o city hall kung saan kayo nakatira.
card-error-pin-format = 4 na numero ang PIN.
card-error-unreadable = Hindi mabasa ang laman ng card. Paumanhin po, maglagay na lang nang mano-mano.
card-error-reader = Hindi gumana nang maayos ang card reader. Pakisubukan ulit.
review-card-read = Nabasa mula sa inyong My Number card ang pangalan, tirahan, petsa ng kapanganakan at kasarian.

## Call staff (every screen)
call-staff = Tumawag ng kawani
call-staff-waiting-title = Tinatawag ang kawani
call-staff-waiting-body = Tinatawag ang kawani. Maghintay po sandali hanggang makarating ang tawag. Kung hindi ito makarating, magtanong po sa malapit na kawani.
call-staff-sent-title = Natawag na ang kawani
call-staff-sent-body = Maghintay po rito. Hindi mabubura ang inilagay ninyo.
call-staff-coming-title = Papunta na ang kawani
call-staff-coming-body = Papunta na ang kawani. Maghintay po rito.

## The assist layer (staff over the visitor's form)
assist-open = Kontrol ng kawani
assist-pad-title = Code ng kawani
assist-pad-lead = Para sa kawani: ilagay ang sarili ninyong code. Hindi mabubura ang kasalukuyang inilalagay.
assist-title = Kawani ang gumagamit ngayon
assist-lead = Nananatili ang lahat ng nailagay na. Pagkatapos, pindutin ang “Ibalik sa bisita”.
assist-hand-back = Ibalik sa bisita
assist-steps = Pumunta sa isang screen
assist-explain = Ipaliwanag ang field
assist-field-required = Kailangang punan ang field na ito.
assist-field-optional = Puwedeng iwanang blangko ang field na ito.
assist-no-codes = Wala pang natatanggap na code ng kawani ang makinang ito. Maghintay nang kaunti o makipag-ugnayan sa administrator.

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = Ipini-print ang resibo…
receipt-printed = Kunin po ang inyong resibo.
receipt-print-failed = Hindi ma-print ang resibo. Pakisabihan po ang isang kawani. Makikita ang inyong numero ng pagtanggap sa screen na ito.
receipt-print-incomplete = Naubusan ng papel ang printer habang nagpi-print, kaya hindi buo ang inyong resibo. Pakisabihan po ang isang kawani. Makikita ang inyong numero ng pagtanggap sa screen na ito.
staff-printer = Printer ng resibo
staff-printer-none = Hindi naka-set up
staff-printer-ready = Handang mag-print
staff-printer-near-end = Paubos na ang papel. Palitan agad ang rolyo.
staff-printer-paper-out = Ubos na ang papel. Palitan ang rolyo.
staff-printer-cover-open = Bukas ang takip. Isara ito.
staff-printer-offline = Hindi sumasagot ang printer. Tingnan ang power at ang ilaw ng error.
staff-printer-unreachable = Hindi makakonekta sa printer ({ $address }). Tingnan ang power, ang cable, at ang printer sa configuration file.
