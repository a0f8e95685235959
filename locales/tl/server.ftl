# The intake server's words: phone pages, counter pages, mail, API error codes (Filipino/Tagalog).
# Every id starts with srv- so it never meets an id of another file.

## Common

srv-site-name = Hello Work Madoguchi

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = { $month-name } { $day }, { $year }
srv-month-1 = Enero
srv-month-2 = Pebrero
srv-month-3 = Marso
srv-month-4 = Abril
srv-month-5 = Mayo
srv-month-6 = Hunyo
srv-month-7 = Hulyo
srv-month-8 = Agosto
srv-month-9 = Setyembre
srv-month-10 = Oktubre
srv-month-11 = Nobyembre
srv-month-12 = Disyembre
srv-skip-to-content = Pumunta sa nilalaman
srv-language-nav = Wika
srv-form-errors = Pakisuri ang inilagay ninyo
srv-required = Kailangan
srv-optional = Hindi kailangan
srv-unselected = Walang napili
srv-value-none = (wala)
srv-save = I-save
srv-cancel = Kanselahin
srv-reload = I-reload
srv-sign-in = Mag-log in
srv-sign-out = Mag-log out
srv-sign-in-failed = Mali ang email address o password.

## Error pages

srv-error-not-found-title = Hindi nakita ang page
srv-error-not-found = Hindi namin nakita ang page na ito. Suriin ang address; kung galing kayo sa QR code, i-scan ito muli.
srv-error-forbidden-title = Hindi ito pinapayagan
srv-error-forbidden = Wala kayong pahintulot na makita ang page na ito, o nag-expire na ito. Bumalik at subukan muli.
srv-error-bad-request-title = Hindi namin iyon mabasa
srv-error-bad-request = Hindi namin mabasa ang ipinadala. Bumalik at ilagay itong muli.
srv-error-rate-limited-title = Sandali lang po
srv-error-rate-limited = Masyadong maraming subok sa maikling panahon. Maghintay nang kaunti at subukan muli.
srv-error-internal-title = May nangyaring mali
srv-error-internal = May problema sa server. Subukan muli mamaya. Kung patuloy itong mangyari, magtanong sa counter ng Hello Work.

## Fields of the application

srv-field-receipt = Numero ng pagtanggap (受付番号)
srv-field-status = Kalagayan
srv-field-name = Pangalan
srv-name-kana-only = (inilagay sa katakana)
srv-field-identity-source = Paraan ng paglagay ng personal na impormasyon
srv-identity-from-card = Binasa mula sa My Number card (hindi pa nasusuri ang pagkakakilanlan)
srv-card-read = (binasa mula sa card)
srv-card-changed = (binasa mula sa card, saka binago)
srv-field-kana = Pangalan sa katakana
srv-field-birth-date = Petsa ng kapanganakan
srv-field-sex = Kasarian
srv-field-address = Tirahan
srv-field-street = Block at numero
srv-field-building = Gusali at kuwarto
srv-field-phone = Numero ng telepono
srv-field-email = Email address
srv-field-occupations = Gustong uri ng trabaho
srv-field-occupation-n = Gustong uri ng trabaho (ika-{ $n } na pili)
srv-field-employment-types = Gustong uri ng empleyo
srv-field-wage = Gustong sahod
srv-field-work-locations = Gustong lugar ng trabaho
srv-field-hours = Gustong oras ng trabaho
srv-field-now = Kasalukuyang kalagayan
srv-field-insurance = Benepisyo ng employment insurance (雇用保険)
srv-field-education = Pinakamataas na natapos na pag-aaral
srv-field-qualifications = Mga lisensiya at kwalipikasyon
srv-field-work-history = Karanasan sa trabaho
srv-field-my-page = My Page (求職者マイページ)
srv-field-job-seeker-number = Numero ng naghahanap ng trabaho (求職番号)
srv-field-return-reason = Dahilan:

srv-sex-female = Babae
srv-sex-male = Lalaki
srv-sex-unstated = Ayaw sabihin
srv-employment-full-time = Regular na empleyado (seishain)
srv-employment-part-time = Part-time (pāto)
srv-employment-dispatch = Dispatch mula sa ahensiya (haken)
srv-employment-contract = Empleyadong may kontrata
srv-wage-monthly = Hindi bababa sa { $amount } yen kada buwan
srv-wage-hourly = Hindi bababa sa { $amount } yen kada oras
srv-wage-kind-monthly = Buwanan
srv-wage-kind-hourly = Kada oras
srv-wage-amount = Halaga (yen, pinakamababa)
srv-now-employed = May trabaho
srv-now-not-employed = Walang trabaho
srv-now-student = Estudyante
srv-insurance-yes = Balak tumanggap
srv-insurance-no = Hindi tatanggap
srv-insurance-unsure = Hindi alam
srv-education-junior-high = Junior high school (chūgakkō)
srv-education-high-school = High school
srv-education-vocational = Bokasyonal na paaralan
srv-education-junior-college = Junior college / college of technology
srv-education-university = Unibersidad
srv-education-graduate = Graduate school
srv-education-other = Iba pa
srv-my-page-wanted = Gustong magbukas
srv-my-page-not-wanted = Ayaw magbukas

srv-status-provisional = Pansamantalang tinanggap
srv-status-accepted = Tinanggap
srv-status-returned = Ibinalik

## Phone: the QR code's page

srv-continue-title = Ituloy ang inyong aplikasyon
srv-continue-lead = Natanggap namin ang aplikasyon ninyo mula sa makina sa lobby. Sa page na ito, mabubuksan ninyo ang inyong My Page (求職者マイページ).
srv-received-title = Ang natanggap namin
srv-received-wrong = Kung may mali, sabihin sa kawani sa counter.
srv-on-its-way-title = Ipinapadala
srv-on-its-way = Ipinapadala ang inyong aplikasyon mula sa makina sa lobby papunta sa Hello Work.
srv-on-its-way-refresh = Kusang nagre-refresh ang page na ito. Maghintay po.
srv-on-its-way-help = Kung walang nagbago pagkalipas ng ilang sandali, ipakita ang inyong numero ng pagtanggap (受付番号) sa counter.
srv-expired-title = Expired na ang QR code na ito
srv-expired = Expired na ang QR code na ito. Sa counter ng Hello Work, maipapakita ng kawani ang inyong aplikasyon at matutulungan kayong buksan ang inyong My Page (求職者マイページ): ipakita ang inyong numero ng pagtanggap (受付番号).
srv-spent-title = Bukas na ang inyong My Page
srv-spent = May naitakda nang password gamit ang QR code na ito. Mag-log in gamit ang inyong email address at password.
srv-my-page-open-title = Buksan ang inyong My Page (求職者マイページ)
srv-no-email = Walang email address ang inyong aplikasyon, kaya hindi mabubuksan dito ang My Page. Tutulungan kayo ng kawani sa counter.
srv-code-send = Ipadala ang code
srv-code-resend = Magpadala ng bagong code
srv-code-sent = Naipadala namin ang code. Tingnan ang inyong email, at ang spam folder kung hindi dumating.
srv-code-label = Confirmation code (6 na numero)
srv-code-help = Ilagay ang 6 na numero mula sa email.
srv-code-submit = Kumpirmahin
srv-code-wrong = Mali ang code. Puwede pa kayong sumubok nang { $remaining } beses.
srv-code-need-new = Expired na ang code o masyadong maraming beses nang sinubukan. Magpadala ng bagong code.
srv-code-send-failed = Hindi namin maipadala ang email. Subukan muli pagkalipas ng ilang sandali.
srv-code-send-limited = Hindi pa puwedeng magpadala muli ng code. Subukan muli pagkalipas ng mga { $minutes } minuto.
srv-email-verified = Nakumpirma ang inyong email address ({ $email }). Ngayon, pumili ng password para sa inyong My Page.

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = Natanggap namin ang aplikasyon ninyo mula sa makina sa lobby. Kapag nakumpirma naming kayo nga ito, makikita ninyo ang inilagay ninyo at mabubuksan ang inyong My Page (求職者マイページ).
srv-proof-title = Kumpirmahing kayo ito
srv-proof-email = Magpapadala kami ng 6 na numerong code sa email address na ibinigay ninyo sa makina. Hangga't hindi ninyo ito nailalagay dito, walang ipapakita ang page na ito tungkol sa inyo.
srv-proof-email-help = Kung walang dumating na email, o mali ang address, ipakita ang inyong numero ng pagtanggap (受付番号) sa counter.
srv-proof-birth = Walang email address ang inyong aplikasyon, kaya kinukumpirma namin ito gamit ang petsa ng kapanganakan. Hanggang doon, walang ipapakita ang page na ito tungkol sa inyo.
srv-birth-label = Petsa ng kapanganakan
srv-birth-help = Halimbawa: 1990/7/15, 1990-07-15 o 平成2年7月15日
srv-birth-submit = Kumpirmahin
srv-birth-unreadable = Hindi namin iyon mabasa bilang petsa. Ilagay ang taon, buwan at araw gaya ng halimbawa.
srv-birth-wrong = Hindi tugma sa aplikasyon ang petsa ng kapanganakan. Puwede pa kayong sumubok nang { $remaining } beses.
srv-birth-locked = Masyadong maraming beses nang sinubukan ang petsa ng kapanganakan, kaya hindi na ito masusuri dito. Ipakita ang inyong numero ng pagtanggap (受付番号) sa counter.
srv-proof-bound-time = Gumagana ang page na ito nang 30 minuto, at sa browser lang na ito, kung saan kayo nagkumpirma.

srv-password-label = Password
srv-password-help = Hindi bababa sa { $min } titik ({ $suggested } o higit pa ay mas mabuti). Puwede ang anumang titik, kasama ang espasyo at kana. Hindi tinatanggap ang mga password na masyadong karaniwan.
srv-password-confirm-label = Password muli, para kumpirmahin
srv-password-submit = Itakda ang password at buksan ang My Page
srv-password-too-short = Gumamit ng hindi bababa sa { $min } titik.
srv-password-too-long = Hanggang { $max } titik lang.
srv-password-common = Maraming gumagamit ng password na ito at madali itong hulaan. Pumili ng iba.
srv-password-personal = Hindi dapat naglalaman ang password ng inyong email address o ibang detalye tungkol sa inyo.
srv-password-mismatch = Hindi magkapareho ang dalawang password.

## Mail

srv-mail-code-subject = [Hello Work] Ang inyong confirmation code
srv-mail-code-body =
    Confirmation code: { $code }

    Nag-apply kayo sa isang makina sa lobby ng Hello Work. Ang code na ito ay para buksan ang inyong My Page (求職者マイページ).
    Ilagay ang 6 na numero sa inyong smartphone. May bisa ang code nang { $minutes } minuto.

    Kung hindi kayo nag-apply, burahin ang email na ito.

srv-mail-change-code-subject = [Hello Work] Code para palitan ang inyong email address
srv-mail-change-code-body =
    Code: { $code }

    Papalitan ng code na ito ang email address ng inyong My Page (求職者マイページ) at gagawing ang address na ito.
    Ilagay ang 6 na numero sa screen ng My Page. May bisa ang code nang { $minutes } minuto.

    Kung hindi kayo humiling nito, burahin ang email na ito. Hindi magbabago ang inyong email address.
srv-mail-email-changed-subject = [Hello Work] Napalitan ang inyong email address
srv-mail-email-changed-body =
    Napalitan ng { $email } ang email address ng inyong My Page (求職者マイページ).
    Mula ngayon, mag-log in gamit ang bagong address. Hindi na makakatanggap ng abiso ang address na ito.

    Kung hindi kayo ang nagpalit nito, makipag-ugnayan agad sa counter ng Hello Work.

## My Page

srv-my-title = My Page (求職者マイページ)
srv-my-nav = Menu ng My Page
srv-my-signin-title = Mag-log in sa inyong My Page (求職者マイページ)
srv-my-signin-help = Kung nakalimutan ninyo ang password, magtanong sa counter ng Hello Work.
srv-my-status-title = Kalagayan ng inyong aplikasyon
srv-my-status-provisional = Pansamantalang tinanggap. Kapag nasuri na ng kawani sa counter ng Hello Work ang inyong pagkakakilanlan, tatanggapin ang aplikasyon at bibigyan kayo ng numero ng naghahanap ng trabaho.
srv-my-status-accepted = Tinanggap na sa counter. Nakasulat din ang numero ng naghahanap ng trabaho sa inyong Hello Work card (ハローワークカード).
srv-my-status-returned = Ibinalik ng counter ang inyong aplikasyon. Pakisuri ang nilalaman at kumonsulta sa kawani sa counter ng Hello Work.
srv-my-registration-title = Ang inyong rehistro
srv-my-saved = Na-save ang inyong mga pagbabago.
srv-my-edit-title = Baguhin ang inyong rehistro
srv-my-edit-lead = Mababago ninyo ang inyong contact at ang trabahong hinahanap. Kung lumipat kayo ng bahay, baguhin ang postal code at ang block at numero.
srv-my-edit-contact = Contact
srv-field-postcode = Postal code
srv-field-town = Lugar
srv-my-email-title = Palitan ang email address
srv-my-email-lead = Ginagamit din ang inyong email address sa pag-log in sa My Page (求職者マイページ). Magpapadala kami ng code sa bagong address; kapag inilagay ninyo ito dito, mapapalitan ang address. Hanggang doon, mag-log in gamit ang kasalukuyang address.
srv-my-email-now = Kasalukuyang email address
srv-field-new-email = Bagong email address
srv-my-email-new-title = Magrehistro ng bagong address
srv-field-current-password = Kasalukuyang password
srv-my-email-password-help = Para kumpirmahing kayo ito, ilagay ang password ng inyong My Page (求職者マイページ).
srv-my-email-password-wrong = Mali ang password. Ilagay ang password na ginagamit ninyo sa pag-log in sa My Page (求職者マイページ).
srv-my-email-code-title = Ilagay ang code
srv-my-email-code-lead = Ilagay ang 6 na numerong code na ipinadala namin sa { $email }.
srv-my-email-confirm = Palitan
srv-my-email-same = Ito ang inyong kasalukuyang email address. Para palitan, maglagay ng bagong address.
srv-my-email-changed = { $email } na ang inyong email address. Mula ngayon, mag-log in gamit ang address na ito.
srv-my-edit-postcode-hint = 7 numero. Mapupunan mula sa postal code ang prefecture, lungsod at lugar.
srv-my-edit-town-choose = Higit sa isang lugar ang sakop ng postal code na ito. Piliin ang lugar na tinitirhan ninyo.
srv-my-edit-work = Trabahong hinahanap ninyo
srv-my-edit-disclosure = Pagbabahagi ng inyong impormasyon at paraan ng pag-contact
srv-my-edit-self-pr = Tungkol sa sarili at mga tala

## Trust (slice B): name, birth date and address changes after acceptance, and their audit

srv-sign-in-form-expired = Nag-expire ang form ng pag-log in o hindi ito galing sa site na ito. Mag-log in muli.
srv-my-edit-person = Pangalan at petsa ng kapanganakan
srv-my-edit-checked-note = Kapag tinanggap na ng counter ang inyong aplikasyon, ang pagbabago ng pangalan, petsa ng kapanganakan o tirahan ay susuriin muna ng kawani sa counter bago ilapat.
srv-field-family-name = Apelyido
srv-field-given-name = Pangalan
srv-field-family-kana = Apelyido sa katakana
srv-field-given-kana = Pangalan sa katakana
srv-birth-calendar = Kalendaryo
srv-birth-year = Taon
srv-birth-month = Buwan
srv-birth-day = Araw
srv-calendar-western = Kanluranin (hal.: 1985)
srv-calendar-meiji = Meiji
srv-calendar-taisho = Taishō
srv-calendar-showa = Shōwa
srv-calendar-heisei = Heisei
srv-calendar-reiwa = Reiwa
srv-my-change-sent = Na-save ang iba ninyong pagbabago. Ipinadala sa counter ang pagbabago ng pangalan, petsa ng kapanganakan o tirahan; ilalapat ito kapag nasuri na ng kawani.
srv-my-change-pending-title = Naghihintay sa counter
srv-my-change-pending-lead = Ilalapat ang mga pagbabagong ito kapag nasuri na ng kawani sa counter:
srv-change-pending-title = Mga pagbabagong naghihintay ng desisyon
srv-change-pending-lead = Binago ng bisita ang mga ito sa My Page pagkatapos tanggapin ang aplikasyon. Suriin ang mga ito (gamit ang ID kung kailangan), saka tanggapin o tanggihan.
srv-change-old = Dati
srv-change-new = Hiniling
srv-change-when = Kailan
srv-change-who = Ni
srv-change-action = Ang nangyari
srv-change-field = Field
srv-change-accept = Tanggapin ang pagbabago
srv-change-refuse = Tanggihan ang pagbabago
srv-change-already-decided = Napagpasyahan na ang pagbabagong ito.
srv-change-audit-title = Kasaysayan ng pagbabago
srv-change-audit-none = Walang pagbabago sa pangalan, petsa ng kapanganakan o tirahan.
srv-change-by-visitor = Ang bisita (My Page)
srv-change-action-applied = Binago
srv-change-action-requested = Hiniling
srv-change-action-accepted = Tinanggap
srv-change-action-refused = Tinanggihan

## API error codes (for kiosk screens and logs)

srv-problem-malformed-json = Hindi valid na JSON ang ipinadala.
srv-problem-invalid-body = Wala sa ipinadala ang mga inaasahang field.
srv-problem-body-too-large = Masyadong malaki ang ipinadala.
srv-problem-unsupported-media-type = Dapat application/json ang ipinadala.
srv-problem-unauthorized = Hindi kilala ang makina. Irehistro itong muli.
srv-problem-idempotency-key-invalid = Wala o mali ang anyo ng header na Idempotency-Key.
srv-problem-idempotency-conflict = Ginamit ang parehong Idempotency-Key sa ibang nilalaman.
srv-problem-envelope-malformed = Mali ang anyo ng selyadong aplikasyon.
srv-problem-envelope-version-unknown = Hindi kilala ang format ng selyadong aplikasyon. Suriin ang software ng makina.
srv-problem-envelope-unopenable = Hindi mabuksan ang selyadong aplikasyon. Suriin ang key ng server at ang rehistro ng makina.
srv-problem-envelope-payload-invalid = Hindi aplikasyon ang laman ng selyadong aplikasyon.
srv-problem-identifiers-invalid = Mali ang anyo ng numero ng pagtanggap, QR token o oras sa loob ng aplikasyon.
srv-problem-office-mismatch = Ibang opisina ang nakasaad sa aplikasyon kaysa sa opisina ng makina.
srv-problem-continuation-token-taken = Ginagamit na ng ibang aplikasyon ang QR code na ito.
srv-problem-enrolment-code-invalid = Mali, nagamit na, o expired na ang enrolment code.
srv-problem-kiosk-id-invalid = Mali ang anyo ng ID ng makina (mga titik, numero, . _ -, hanggang 64).
srv-problem-kiosk-id-taken = Nakarehistro sa ibang opisina ang ID ng makinang ito.
srv-problem-survey-invalid = Labas sa saklaw ang sagot sa survey.
srv-problem-heartbeat-invalid = Labas sa saklaw ang heartbeat.
srv-problem-not-found = Hindi nakita.
srv-problem-method-not-allowed = Hindi pinapayagan ang method.
srv-problem-rate-limited = Masyadong maraming request. Maghintay at ipadala muli.
srv-problem-unavailable = Hindi maabot ang database.
srv-problem-internal = May problema sa server. Subukan muli pagkalipas ng ilang sandali.

## Counter pages

srv-counter-nav = Menu ng counter
srv-counter-title = Mga aplikasyon ngayong araw
srv-counter-signin-title = Pag-log in ng kawani
srv-counter-login = Login ID
srv-counter-sign-in-failed = Mali ang login ID o password.
srv-role-admin = Administrator
srv-role-staff = Kawani
srv-counter-office = Opisina
srv-counter-all-offices = Lahat ng opisina
srv-counter-no-offices = Wala pang nakarehistrong opisina. Magrehistro gamit ang `madoguchi-server kiosk add`.
srv-counter-date = Petsa ng pagtanggap
srv-counter-search = Ipakita
srv-counter-receipt-invalid = May 6 na titik ang numero ng pagtanggap (hindi kailanman ginagamit ang 0, 1, 2, 5, 6 at 8). Pakisuri ito.
srv-counter-results-day = Mga aplikasyon noong { $date } ({ $count })
srv-counter-results-receipt = Mga aplikasyong may numero ng pagtanggap na { $receipt }
srv-counter-office-caption = Opisina { $office }
srv-counter-none = Walang aplikasyon.
srv-counter-received-at = Natanggap
srv-counter-findings = Susuriin
srv-counter-back = Bumalik sa listahan
srv-counter-application-page = Numero ng pagtanggap { $receipt }
srv-counter-application-title = Ang aplikasyon
srv-counter-visitor-language = Wika ng aplikasyon
srv-counter-my-page = My Page (求職者マイページ)
srv-counter-my-page-open = Bukas na
srv-counter-my-page-not-open = Hindi pa bukas
srv-counter-birth-calendar = Inilagay ang petsa ng kapanganakan sa { $calendar }.
srv-counter-findings-title = Mga dapat suriin sa counter
srv-counter-findings-lead = Itinala ng makina ang mga sumusunod. Suriin ang mga ito kasama ng bisita.
srv-counter-identity-title = Pagsusuri ng pagkakakilanlan
srv-counter-identity-document = Dokumentong nakita
srv-counter-identity-submit = Itala ang pagsusuri ng pagkakakilanlan
srv-counter-identity-done = Nasuri ang pagkakakilanlan gamit ang { $document } noong { $time } ni { $by }.
srv-counter-identity-invalid = Piliin ang dokumentong nakita ninyo.
srv-counter-decision-title = Tanggapin o ibalik
srv-counter-accept-lead = Kapag tinanggap, maglalabas ng numero ng naghahanap ng trabaho. Hindi na mababawi ang nailabas na numero.
srv-counter-accept = Tanggapin at ilabas ang numero ng naghahanap ng trabaho
srv-counter-accept-needs-identity = Itala muna ang pagsusuri ng pagkakakilanlan bago tanggapin.
srv-counter-already-decided = Natanggap o naibalik na ang aplikasyong ito.
srv-counter-return-reason = Dahilan ng pagbabalik
srv-counter-return-help = Makikita ito ng bisita sa kanyang My Page (求職者マイページ).
srv-counter-return = Ibalik
srv-counter-return-reason-invalid = Magbigay ng dahilan na hanggang 500 titik.
srv-counter-print-a4 = I-print ang slip ng rehistro (A4)
srv-counter-print-receipt = I-print ang slip ng rehistro (80 mm na resibo)
srv-counter-print-hint = Mag-print gamit ang browser (Ctrl+P).
srv-id-doc-my-number-card = My Number card (マイナンバーカード)
srv-id-doc-driving-licence = Lisensiya sa pagmamaneho
srv-id-doc-residence-card = Residence card (在留カード)
srv-id-doc-passport = Pasaporte
srv-id-doc-health-insurance = Dokumento ng health insurance
srv-id-doc-other = Ibang dokumento

## Registration slip

srv-slip-title = Slip ng rehistro sa paghahanap ng trabaho (求職受付票)
srv-slip-accepted-on = Tinanggap noong
srv-slip-identity = Dokumento ng pagkakakilanlan
srv-slip-staff = Kawaning humawak
srv-slip-note = Itago ang slip na ito hanggang dumating ang inyong Hello Work card (ハローワークカード). Makikita rin ang inyong numero ng naghahanap ng trabaho sa inyong My Page (求職者マイページ).

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = Scorecard
srv-scorecard-lead = Ang online rate ayon sa depinisyon ng plano, kada opisina, kada prefectural labour bureau at sa buong bansa, kada quarter. Ang mga naghahanap ng trabaho ay lahat ng bagong nakarehistro: mga aplikasyon sa makina at ang mga nakarehistro sa counter at online (inilagay o in-import ng kawani).
srv-scorecard-quarter = Quarter (hal.: 2026Q3)
srv-scorecard-period = { $quarter } ({ $from } hanggang { $to })
srv-scorecard-chart-title = Online rate ng { $name } sa huling walong quarter
srv-scorecard-chart-caption = Ipinapakita ng mga bar ang online rate: puno kapag naabot ang layuning 20%, may guhit kapag hindi. Ang putol-putol na linya ay ang layuning 20%, ang may tuldok na linya ay ang 8.0% ng FY2019. Nasa talahanayan sa ibaba ang parehong mga numero.
srv-scorecard-target-label = Layunin 20%
srv-scorecard-baseline-label = FY2019 8.0%
srv-scorecard-legend-met = Naabot ang layunin (puno)
srv-scorecard-legend-not-met = Hindi naabot (may guhit)
srv-scorecard-quarter-head = Quarter
srv-scorecard-rate = Online rate
srv-scorecard-target = Layunin 20%
srv-scorecard-met = Naabot
srv-scorecard-not-met = Hindi naabot
srv-scorecard-accepted = Tinanggap
srv-scorecard-answers = Mga sagot sa survey
srv-scorecard-distribution = Mga sagot kada puntos (1–5)
srv-scorecard-mean = Average
srv-scorecard-definition-title = Paano tinutukoy ang online rate
srv-scorecard-definition-source = Pinagmulan: ang pangunahing plano para itaas ang online rate (Oktubre 22, 2021), mga aplikasyon sa paghahanap ng trabaho.
srv-scorecard-definition = Mga binuksang My Page (求職者マイページ) ÷ mga naghahanap ng trabaho (lahat ng bago, paano man nagparehistro). Parehong binibilang ayon sa petsa ng rehistro ng naghahanap ng trabaho sa oras ng Japan, kaya hindi lalampas sa 100% ang rate. Nagsisimula ang fiscal year sa Abril; ang Q1 ay Abril hanggang Hunyo.
srv-scorecard-csv = I-download ang CSV
srv-scorecard-json = Tingnan ang JSON
srv-scorecard-print = Bersiyong pang-print
srv-scorecard-refresh = Kalkulahin muli ngayon ang mga numero
srv-scorecard-national = Buong bansa
srv-scorecard-kpi-title = Mid-term KPI: 340,000 binuksang My Page (求職者マイページ)
srv-scorecard-kpi = { $openings } ang nabuksan na sa { $kpi } ({ $percent })
srv-scorecard-updated = Nakalkula ang mga numero noong { $at } (oras sa Japan)
srv-scorecard-never-updated = Hindi pa nakakalkula ang mga numero.
srv-scorecard-table-caption = Mga naghahanap ng trabaho at binuksang My Page sa quarter
srv-scorecard-unit = Kategorya
srv-scorecard-job-seekers = Mga naghahanap ng trabaho (ayon sa petsa ng rehistro)
srv-scorecard-opened = Mga binuksang My Page
srv-scorecard-kiosk-share = Bahagi ng mga pagbukas mula sa makina
srv-scorecard-cumulative = Kabuuang pagbukas hanggang ngayon
srv-scorecard-from-kiosk = Makina (awtomatiko)
srv-scorecard-from-counter = Counter (tala ng kawani)
srv-scorecard-from-online = Online (tala ng kawani)
srv-scorecard-total = Kabuuan
srv-scorecard-opened-kiosk = Mula sa makina (awtomatiko)
srv-scorecard-opened-recorded = Tala ng kawani
srv-scorecard-sources = Binibilang ng “Awtomatiko” ang mga aplikasyon sa makina at ang mga My Page na binuksan gamit ang kanilang QR code. Ang “Tala ng kawani” ay ang mga rehistro sa counter at online at ang mga My Page na binuksan sa counter, na inilagay o in-import ng kawani (ipinapakita ng page ng tala ng rehistro kung sino ang nagtala bawat araw at kailan). Hindi binibilang ang mga ibinalik na aplikasyon.
srv-scorecard-rating-title = Ang isang-tanong na survey ng makina at mga pagtanggap
srv-scorecard-trend-title = Ang huling walong quarter

srv-tally-title = Tala ng rehistro
srv-tally-lead = Itala ang mga bagong naghahanap ng trabaho na nagparehistro sa labas ng makina (sa papel o sa computer ng opisina sa counter, at online), kada araw at channel. Ang muling pagtala sa parehong araw at channel ay papalit sa naunang tala.
srv-tally-saved = Naitala. Nakalkula muli ang mga numero ng scorecard.
srv-tally-one-title = Maglagay ng isang araw
srv-tally-day = Petsa ng rehistro
srv-tally-channel = Channel
srv-tally-channel-counter = Counter (papel o computer ng opisina)
srv-tally-channel-online = Online
srv-tally-registered = Mga bagong naghahanap ng trabaho
srv-tally-opened = Mga binuksang My Page
srv-tally-opened-hint = Ilan sa mga nagparehistro noong araw na iyon ang nagbukas ng My Page (ayon sa nakita sa counter). Hindi hihigit sa bilang ng mga naghahanap ng trabaho.
srv-tally-save = Itala
srv-tally-import-title = I-import ang pang-araw-araw na CSV
srv-tally-import-lead = Mag-paste ng CSV na may header line at pagkatapos ay isang linya kada araw at channel. Kung may kahit isang maling halaga, walang ii-import at ipapakita ang linya at column.
srv-tally-csv-file = Piliin ang CSV file
srv-tally-csv = O i-paste ang laman ng CSV
srv-tally-import = I-import
srv-tally-list-title = Mga tala para sa { $quarter }
srv-tally-none = Wala pang tala sa quarter na ito.
srv-tally-source = Pinagmulan
srv-tally-source-tally = Inilagay ni { $who } ({ $at })
srv-tally-source-import = CSV import ni { $who } ({ $at })
srv-tally-error-header = Dapat date,channel,registrations,my_pages_opened ang unang linya.
srv-tally-error-columns = Walang apat na column ang linya.
srv-tally-error-date = Isulat ang petsa gaya ng 2026-10-01.
srv-tally-error-future = Hindi pa dumarating ang petsang ito.
srv-tally-error-channel = Dapat counter o online ang channel.
srv-tally-error-count = Sumulat ng buong numero, 0 o higit pa.
srv-tally-error-opened = Mas marami ang binuksang My Page kaysa sa mga naghahanap ng trabaho.
srv-tally-error-duplicate = Dalawang beses lumabas ang parehong araw at channel.
srv-tally-error-empty = Walang linya bukod sa header.
srv-tally-error-too-many = Masyadong maraming linya; i-import nang pahati-hati.
srv-tally-error-unreadable = Hindi ito mabasa bilang CSV.
srv-tally-error-at-column = Linya { $line }, column { $column }: { $message }
srv-tally-error-at-line = Linya { $line }: { $message }

srv-public-title = Scorecard ng online rate
srv-public-lead = Ang online rate ng mga aplikasyon sa paghahanap ng trabaho sa Hello Work, inilalathala kada quarter ayon sa hinihingi ng plano.
srv-public-withheld = hindi inilathala
srv-public-job-seekers = Mga naghahanap ng trabaho
srv-public-openings = Mga binuksang My Page
srv-public-prefectures = Buong bansa at mga prefectural labour bureau
srv-public-offices = Kada opisina
srv-public-withheld-note = Minamarkahang “hindi inilathala” ang mga bilang na mas mababa sa { $min }, at ang mga bilang na itinago para hindi makuwenta ang mga iyon mula sa iba, para walang indibidwal na makilala.

srv-survey-title = Survey tungkol sa online na proseso
srv-survey-lead = Sabihin sa amin kung gaano kadali ang pag-apply sa paghahanap ng trabaho at ang paggamit ng My Page (求職者マイページ). Huwag isulat ang inyong pangalan o contact; binubura ang mga numero ng telepono at email address bago itago ang anuman.
srv-survey-ease = Madali ba ang proseso?
srv-survey-ease-5 = Napakadali
srv-survey-ease-4 = Madali
srv-survey-ease-3 = Katamtaman
srv-survey-ease-2 = Mahirap
srv-survey-ease-1 = Napakahirap
srv-survey-time = Gaano katagal ito?
srv-survey-time-under-5 = Wala pang 5 minuto
srv-survey-time-5-15 = 5 hanggang 15 minuto
srv-survey-time-15-30 = 15 hanggang 30 minuto
srv-survey-time-over-30 = 30 minuto o higit pa
srv-survey-hard = Ano ang mahirap?
srv-survey-hard-hint = Piliin lahat ng naaangkop.
srv-survey-hard-finding = Ang paghahanap kung saan ito gagawin
srv-survey-hard-typing = Ang paglalagay ng mga detalye
srv-survey-hard-email-code = Ang confirmation code sa email
srv-survey-hard-password = Ang pagtatakda ng password
srv-survey-hard-language = Mahirap intindihin ang wika
srv-survey-hard-other = Iba pa
srv-survey-comment = Mga komento (hindi kailangan)
srv-survey-comment-hint = Hanggang { $max } titik. Binubura bago itago ang mga numero ng telepono, email address, postal code at katulad nito.
srv-survey-send = Ipadala
srv-survey-error-ease = Piliin kung gaano kadali.
srv-survey-error-time = Piliin kung gaano katagal.
srv-survey-error-hard = Hindi valid ang napili kung ano ang mahirap.
srv-survey-thanks-title = Salamat po
srv-survey-thanks = Natanggap namin ang inyong sagot. Ginagamit ang mga resulta para pagbutihin ang proseso at inilalathala nang kahit isang beses kada taon.
srv-survey-invite-title = Pakisagot ang aming survey
srv-survey-invite = Sabihin sa amin sa ilang tanong kung kumusta ang online na proseso para sa inyo.
srv-survey-my-page-invite = Madali ba? Pakisagot ang maikling survey.
srv-survey-report-title = Taunang ulat ng survey
srv-survey-year = Fiscal year (hal.: 2026)
srv-survey-report-lead = FY{ $year }: { $answers } sagot, average na dali { $mean } (5 ang pinakamadali)
srv-survey-answers = Mga sagot
srv-survey-mean = Average na dali
srv-survey-no-office = Walang nakasaad na opisina
srv-survey-channel = Pinanggalingan
srv-survey-channel-my-page = My Page
srv-survey-channel-public = Ang pampublikong scorecard
srv-survey-language = Wika
srv-survey-comments = Mga komento
srv-survey-comments-note = Para sa kawani lang; hindi inilalathala. Binura bago itago ang mga bahaging mukhang personal na datos.
srv-survey-no-comments = Walang komento.

## Prefectural labour bureaus (the first two digits of the office number)
srv-prefecture-01 = Hokkaido Labour Bureau
srv-prefecture-02 = Aomori Labour Bureau
srv-prefecture-03 = Iwate Labour Bureau
srv-prefecture-04 = Miyagi Labour Bureau
srv-prefecture-05 = Akita Labour Bureau
srv-prefecture-06 = Yamagata Labour Bureau
srv-prefecture-07 = Fukushima Labour Bureau
srv-prefecture-08 = Ibaraki Labour Bureau
srv-prefecture-09 = Tochigi Labour Bureau
srv-prefecture-10 = Gunma Labour Bureau
srv-prefecture-11 = Saitama Labour Bureau
srv-prefecture-12 = Chiba Labour Bureau
srv-prefecture-13 = Tokyo Labour Bureau
srv-prefecture-14 = Kanagawa Labour Bureau
srv-prefecture-15 = Niigata Labour Bureau
srv-prefecture-16 = Toyama Labour Bureau
srv-prefecture-17 = Ishikawa Labour Bureau
srv-prefecture-18 = Fukui Labour Bureau
srv-prefecture-19 = Yamanashi Labour Bureau
srv-prefecture-20 = Nagano Labour Bureau
srv-prefecture-21 = Gifu Labour Bureau
srv-prefecture-22 = Shizuoka Labour Bureau
srv-prefecture-23 = Aichi Labour Bureau
srv-prefecture-24 = Mie Labour Bureau
srv-prefecture-25 = Shiga Labour Bureau
srv-prefecture-26 = Kyoto Labour Bureau
srv-prefecture-27 = Osaka Labour Bureau
srv-prefecture-28 = Hyogo Labour Bureau
srv-prefecture-29 = Nara Labour Bureau
srv-prefecture-30 = Wakayama Labour Bureau
srv-prefecture-31 = Tottori Labour Bureau
srv-prefecture-32 = Shimane Labour Bureau
srv-prefecture-33 = Okayama Labour Bureau
srv-prefecture-34 = Hiroshima Labour Bureau
srv-prefecture-35 = Yamaguchi Labour Bureau
srv-prefecture-36 = Tokushima Labour Bureau
srv-prefecture-37 = Kagawa Labour Bureau
srv-prefecture-38 = Ehime Labour Bureau
srv-prefecture-39 = Kochi Labour Bureau
srv-prefecture-40 = Fukuoka Labour Bureau
srv-prefecture-41 = Saga Labour Bureau
srv-prefecture-42 = Nagasaki Labour Bureau
srv-prefecture-43 = Kumamoto Labour Bureau
srv-prefecture-44 = Oita Labour Bureau
srv-prefecture-45 = Miyazaki Labour Bureau
srv-prefecture-46 = Kagoshima Labour Bureau
srv-prefecture-47 = Okinawa Labour Bureau

## Kiosk fleet

srv-fleet-title = Mga makina
srv-fleet-lead = Minamarkahang “hindi sumasagot” ang makinang tahimik nang higit sa { $minutes } minuto.
srv-fleet-none = Walang nakarehistrong makina.
srv-fleet-kiosk = Makina
srv-fleet-state = Kalagayan
srv-fleet-last-heartbeat = Huling heartbeat
srv-fleet-version = Bersiyon
srv-fleet-occupation-table = Talaan ng mga hanapbuhay
srv-fleet-postcode-book = Datos ng postal code
srv-fleet-occupations-differs = Iba sa talaan ng server
srv-fleet-postcodes-differs = Iba sa datos ng server
srv-fleet-queue = Nakapila
srv-fleet-last-error = Huling error
srv-fleet-ok = Gumagana
srv-fleet-stale = Hindi sumasagot
srv-fleet-never = Hindi pa kailanman
srv-fleet-pending = Naghihintay ng rehistro (may bisa ang code hanggang { $until })
srv-fleet-slot = Slot
srv-fleet-uptime = Tagal ng pagtakbo
srv-fleet-uptime-value = { $days } araw { $hours } oras { $minutes } min
srv-fleet-orientation = Ayos ng screen
srv-fleet-orientation-portrait = Patayo
srv-fleet-orientation-landscape = Pahiga
srv-fleet-steer = Kontrol
srv-fleet-command = Utos
srv-fleet-action-wipe-screen = Burahin ang screen at bumalik sa simula
srv-fleet-action-send-queue = Ipadala na ngayon ang nakapila
srv-fleet-action-restart = I-restart ang programa ng makina
srv-fleet-action-reboot = I-reboot ang makina
srv-fleet-action-apply-config = Maglapat ng configuration
srv-fleet-action-revoke = Bawiin ang rehistro
srv-fleet-config = Configuration file (para lang sa “maglapat ng configuration”)
srv-fleet-config-label = Ang laman ng kiosk.toml
srv-fleet-send = Ipadala
srv-fleet-command-sent = Naitala na ang utos. Matatanggap ito ng makina sa susunod nitong heartbeat (sa loob ng isang minuto).
srv-fleet-command-not-found = Walang ganoong makina.
srv-fleet-command-admin-only = Administrator lang ang puwedeng maglapat ng configuration o bumawi ng rehistro ng makina.
srv-fleet-command-not-enrolled = Hindi makatatanggap ng utos ang makinang hindi pa nakarehistro.
srv-fleet-command-unknown = Walang ganoong utos. Pumili mula sa listahan.
srv-fleet-command-config-size = Walang laman o masyadong mahaba ang configuration (hanggang 64 KB lang).
srv-fleet-silent-alert = Mga makinang tahimik nang higit sa { $minutes } minuto: { $count }. Tingnan ang power at network nila.
srv-fleet-commands = Mga utos na ipinadala sa mga makina
srv-fleet-commands-none = Wala pang utos.
srv-fleet-command-time = Oras
srv-fleet-command-by = Ipinadala ni
srv-fleet-command-outcome = Resulta
srv-fleet-outcome-waiting = Hinihintay ang makina
srv-fleet-outcome-delivered = Naihatid (wala pang sagot)
srv-fleet-outcome-done = Tapos na
srv-fleet-outcome-refused = Tinanggihan:
srv-name-single = (iisang pangalan lang)
srv-field-card-name = Pangalan sa residence card (在留カード)

## Job-seeker information, disability, self-PR
srv-field-publication = Impormasyon sa paghahanap ng trabaho na ipinapakita sa kumpanya
srv-publication-not-published = Hindi ipinapakita
srv-publication-without-employer-names = Ipinapakita nang walang pangalan ng mga dating pinagtrabahuhan
srv-publication-published = Ipinapakita
srv-field-contact-methods = Contact sa pamamagitan ng
srv-contact-method-phone = Telepono
srv-contact-method-email = Email
srv-contact-method-post = Koreo
srv-field-avoid-times = Mga oras na huwag i-contact
srv-field-disability = Suporta bilang taong may kapansanan
srv-disability-wanted = Gusto
srv-disability-not-wanted = Ayaw
srv-disability-unstated = Ayaw sabihin
srv-field-certificate = Sertipiko ng kapansanan
srv-certificate-physical = Sertipiko ng pisikal na kapansanan
srv-certificate-intellectual = Sertipiko ng intelektwal na kapansanan (Ryoiku techo)
srv-certificate-mental = Sertipiko ng kapansanan sa pag-iisip (mental)
srv-certificate-none-or-pending = Wala / nag-apply pa lang
srv-grade-level = Grado { $grade }
srv-field-support-needs = Gustong suporta
srv-need-specialist-desk = Espesyal na counter
srv-need-hours = Oras o bilang ng araw ng trabaho
srv-need-hospital = Pagpapatingin sa ospital o gamot
srv-need-facilities = Pasilidad at paggalaw
srv-need-communication = Paraan ng pakikipag-usap (pagsulat, sign language)
srv-need-instructions = Paraan ng pagbibigay ng utos
srv-field-support-needs-text = Tungkol sa kapansanan, sa sarili niyang salita
srv-disability-show = Ipakita ang mga sagot tungkol sa kapansanan
srv-field-self-pr = Tungkol sa sarili (self-PR)
srv-field-notes = Mga tala
## More items (the application at the counter)

srv-field-nationality = Nasyonalidad
srv-nationality-japanese = Hapon
srv-nationality-foreign = Hindi Hapon
srv-field-residence-status = Status of residence
srv-field-residence-expiry = Panahon ng pananatili (pagtatapos)
srv-field-station = Pinakamalapit na istasyon
srv-field-commute = Paraan ng pagpasok
srv-commute-walk = Lakad
srv-commute-bicycle = Bisikleta
srv-commute-motorbike = Motorsiklo
srv-commute-car = Kotse
srv-commute-train = Tren
srv-commute-bus = Bus
srv-field-commute-minutes = Oras ng biyahe (isang daan)
srv-minutes = { $minutes } minuto
srv-field-work-styles = Haba ng oras ng trabaho
srv-style-full-time = Full-time
srv-style-part-time = Part-time
srv-field-holidays = Gustong araw ng pahinga
srv-holiday-weekends = Sabado, Linggo at pista opisyal
srv-holiday-weekdays = Karaniwang araw
srv-holiday-shifts = Ayon sa shift
srv-holiday-any = Kahit ano
srv-weekday-mon = Lun
srv-weekday-tue = Mar
srv-weekday-wed = Miy
srv-weekday-thu = Huw
srv-weekday-fri = Biy
srv-weekday-sat = Sab
srv-weekday-sun = Lin
srv-field-week = Oras at araw kada linggo
srv-hours-a-week = { $hours } oras kada linggo
srv-days-a-week = { $days } araw kada linggo
srv-field-left-on = Petsa ng pag-alis sa huling trabaho
srv-field-leaving-reason = Dahilan ng pag-alis
srv-leaving-employer = Desisyon ng kumpanya
srv-leaving-own = Sariling desisyon
srv-leaving-contract-end = Natapos ang kontrata
srv-leaving-retirement = Edad ng pagreretiro
srv-leaving-other = Iba pa
srv-field-spouse = Asawa
srv-spouse-yes = Mayroon
srv-spouse-no = Wala
srv-spouse-unstated = Ayaw sabihin
srv-field-dependants = Mga dependent (hindi kasama ang asawa)
srv-people = { $n }
srv-unstated = Ayaw sabihin
srv-completion-graduated = nagtapos
srv-completion-withdrew = hindi natapos
srv-completion-enrolled = nag-aaral pa
srv-completion-expected = magtatapos pa lang
srv-employment-casual = Pansamantalang trabaho (arubaito)
srv-employment-other = Iba pa
srv-score = puntos { $score }
srv-year-obtained = nakuha noong { $year }
srv-job-occupation = Uri ng trabaho
srv-field-commute-minutes-unit = Oras ng biyahe (isang daan, minuto)
srv-field-weekly-hours-unit = Oras kada linggo
srv-field-days-per-week-unit = Araw kada linggo

## Staff calls from the kiosks (counter console)
srv-calls-title = Mga tawag sa kawani
srv-calls-none = Walang tumatawag.
srv-calls-notice = May tumatawag ng kawani sa makina { $kiosk } ({ $place })
srv-calls-screen = Screen: { $screen }
srv-calls-acknowledge = Papunta na ako
srv-calls-acknowledged = Papunta na ang kawani.
srv-calls-screen-attract = Unang screen
srv-calls-screen-consent = Pagsang-ayon
srv-calls-screen-basic = Pangunahing impormasyon
srv-calls-screen-contact = Tirahan at contact
srv-calls-screen-disclosure = Pagbabahagi at contact
srv-calls-screen-desired-work = Gustong trabaho
srv-calls-screen-situation = Kasalukuyang kalagayan
srv-calls-screen-education = Pag-aaral at kwalipikasyon
srv-calls-screen-work-history = Karanasan sa trabaho
srv-calls-screen-disability = Kapansanan
srv-calls-screen-self-pr = Tungkol sa sarili
srv-calls-screen-review = Pagsusuri
srv-calls-screen-my-page = My Page
srv-calls-screen-done = Tapos na

## Staff codes (counter console)
srv-staff-codes-title = Mga code ng kawani
srv-staff-codes-lead = Isang code bawat tao, para makatulong sa makina nang hindi binubura ang screen ng naglalagay. Ipawalang-bisa ang code ng sinumang umalis o nailipat.
srv-staff-codes-name = Pangalan
srv-staff-codes-add = Gumawa ng code
srv-staff-codes-made = Nagawa na ang code para kay { $name }.
srv-staff-codes-once = Ngayon lang ipapakita ang code na ito. Ibigay ito sa may-ari.
srv-staff-codes-none = Wala pang code.
srv-staff-codes-added = Ginawa noong
srv-staff-codes-revoke = Ipawalang-bisa
srv-staff-codes-revoked = Walang bisa ({ $at })
srv-staff-codes-name-invalid = Maglagay ng pangalang may 1 hanggang 40 titik, sa iisang linya.
srv-staff-assists-title = Mga tulong sa makina
srv-staff-assists-none = Wala pa.
srv-staff-assists-when = Kailan

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = Baguhin ang karanasan sa trabaho (職歴)
srv-my-jobs-lead = Maaari ninyong irehistro ang mga pinagtrabahuhan ninyo, simula sa pinakabago. Agad na ilalapat ang mga pagbabago, at makikita rin ito ng kawani sa counter.
srv-my-jobs-none = Wala pang nakarehistrong karanasan sa trabaho.
srv-my-jobs-entry = Trabaho { $n }
srv-my-jobs-edit = Baguhin
srv-my-jobs-remove = Alisin
srv-my-jobs-add = Magdagdag ng trabaho
srv-my-jobs-max = Hanggang { $max } trabaho ang maaaring irehistro. Pakisabi sa kawani sa counter ang mas lumang trabaho.
srv-my-jobs-saved = Na-save ang inyong karanasan sa trabaho.
srv-my-jobs-removed = May isang trabahong inalis sa inyong karanasan sa trabaho.
srv-my-jobs-open = Tingnan o baguhin ang karanasan sa trabaho (職歴)
srv-my-job-edit-title = Baguhin ang trabaho { $n }
srv-my-job-back = Bumalik sa karanasan sa trabaho
srv-my-job-employer = Pinagtrabahuhan (勤務先)
srv-my-job-period = Panahon
srv-my-job-present = kasalukuyan
srv-my-job-from = Taon at buwan ng pagpasok (入社)
srv-my-job-to = Taon at buwan ng pag-alis (退社)
srv-my-job-date-hint = Sa kalendaryong Kanluranin o sa panahon ng Japan, halimbawa 2019/4 o 平成31年4月.
srv-my-job-to-hint = Kung nagtatrabaho pa kayo roon, iwanang blangko.
srv-my-job-employment-type = Uri ng pagkakaempleyo (雇用形態)
srv-my-job-duties = Ang ginawa ninyo roon
srv-my-job-duties-hint = Halimbawa: kahera at pag-aayos ng paninda sa supermarket
srv-my-job-changed = Binago ang trabahong ito sa ibang lugar (halimbawa, sa ibang window). Pakitingnan ito kung ano na ngayon at subukang muli.
srv-my-job-remove-title = Alisin ang trabahong ito?
srv-my-job-remove-lead = Kapag inalis, hindi na rin ito makikita ng kawani sa counter. Kung kailangan, maaari ninyo itong idagdag muli mamaya.
srv-my-choice-not-accepted = Hindi matanggap ang piniling ito. Pakipili muli mula sa listahan.
srv-my-disability-section = Tungkol sa kapansanan (障害について, hindi sapilitan)
srv-my-disability-closed = Hindi ipapakita ang inyong mga sagot hangga't hindi ninyo binubuksan gamit ang button sa ibaba.
srv-my-disability-open = Buksan at baguhin ang mga sagot tungkol sa kapansanan
srv-my-disability-title = Tungkol sa kapansanan (障害について)
srv-my-disability-lead = Kayo ang magpapasya kung sasagot. Ang kawani lamang sa counter ang makakakita ng inyong mga sagot. Agad na ilalapat ang mga pagbabago.
srv-my-disability-support = Gusto ba ninyong magparehistro at masuportahan bilang taong may kapansanan?
srv-my-disability-details-note = Ang sertipiko, antas at suporta sa ibaba ay itatago lamang kung pipiliin ninyo ang “Gusto”.
srv-my-disability-grade = Antas o grado (等級・程度)
srv-my-disability-grade-hint = Piliin mula sa listahan ang antas o grado na nasa inyong sertipiko. Kung hindi sigurado, iwanan sa “Walang napili”.
srv-my-disability-needs-hint = Pumili ng kahit ilan.
srv-my-disability-clear-title = Burahin ang mga sagot
srv-my-disability-clear-lead = Buburahin nito ang lahat ng inyong sagot tungkol sa kapansanan. Hindi na ito makikita ng kawani sa counter, at walang talaang itatago. Maaari kayong sumagot muli anumang oras.
srv-my-disability-clear = Burahin ang lahat ng sagot
srv-my-disability-cleared = Nabura na ang inyong mga sagot tungkol sa kapansanan.
srv-change-value-private = (hindi itinatala ang nilalaman)
