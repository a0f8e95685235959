# Madoguchi kiosk screens (नेपाली). Keep the same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = Hello Work रोजगार खोज आवेदन
text-missing = (देखाउन नसकिने अक्षर छन्)
size-standard = सामान्य
size-large = ठूलो
size-xlarge = धेरै ठूलो
dialog-close = बन्द गर्नुहोस्

## Attract

attract-title = Hello Work मा रोजगार खोजको आवेदन
attract-lead = काम खोज्नका लागि आवेदन यहाँ भर्न सक्नुहुन्छ। भरिसकेपछि काउन्टरमा दर्ता नम्बर (受付番号) देखाउनुहोस्।
attract-start = सुरु गर्नुहोस्
# Under the start button, shown in turn in every language, each in its own.
attract-touch = सुरु गर्न स्क्रिन छुनुहोस्
attract-duration = भर्न करिब 10 मिनेट लाग्छ।
attract-language = भाषा / ことば
attract-size = अक्षरको आकार
attract-theme = स्क्रिनको रङ
theme-standard = सामान्य
theme-contrast = उच्च कन्ट्रास्ट
theme-dark = कालो पृष्ठभूमि
layout-reach = तल देखाउनुहोस्
layout-reach-help = बटन र किबोर्डलाई स्क्रिनको तल्लो आधा भागमा राख्छ (ह्विलचेयर प्रयोग गर्ने आदिका लागि)।
attract-help = केही नबुझेमा नजिकैको कर्मचारीलाई सोध्नुहोस्।

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = आवाज निर्देशन
speech-toggle-help = हेडफोनबाट स्क्रिन पढेर सुनाउँछ। किप्याडको * कुञ्जीले पनि खोल्न र बन्द गर्न सकिन्छ।
speech-on = आवाज निर्देशन खुल्यो। हरेक स्क्रिनको शीर्षक र निर्देशन, तपाईंले छोएको विवरण र थिचेका कुञ्जीहरू पढेर सुनाइनेछ।
speech-off = आवाज निर्देशन बन्द भयो।
speech-form-hint = विवरणको नाम र तपाईंले लेखेको कुरा सुन्न त्यसलाई छुनुहोस्। लेखिसकेपछि "अर्को" थिच्नुहोस्।
speech-empty = खाली
speech-checked = चिन्ह लगाइएको
speech-unchecked = चिन्ह नलगाइएको

## Not ready

notready-title = तयारी हुँदैछ
notready-body = यो मेसिन अहिले प्रयोग गर्न सकिँदैन।
    असुविधाका लागि माफ गर्नुहोस्, कृपया काउन्टरमा जानुहोस्।
notready-staff = कर्मचारीका लागि: यो मेसिनको दर्ता पूरा भएको छैन (मेसिन ID: { $kiosk })।
notready-staff-error = कर्मचारीका लागि: मेसिनको जानकारी पढ्न सकिएन (कोड: { $code })।

## Header, navigation, dialogs

header-language = Language
header-reset = सुरुदेखि फेरि गर्नुहोस्
nav-next = अर्को
nav-back = पछाडि
nav-return-review = पुष्टि स्क्रिनमा फर्कनुहोस्
nav-back-review = पुष्टि स्क्रिनमा फर्कनुहोस्
nav-busy = जाँच गर्दै…
reset-title = सुरुदेखि फेरि गर्ने हो?
reset-body = तपाईंले भरेका सबै कुरा मेटिनेछन्।
reset-confirm = मेटाएर फेरि सुरु गर्नुहोस्
reset-cancel = भर्न जारी राख्नुहोस्
idle-title = जारी राख्नुहुन्छ?
idle-body = { $seconds } सेकेन्डपछि भरेका सबै कुरा मेटिनेछन् र पहिलो स्क्रिनमा फर्किनेछ। जारी राख्न स्क्रिन छुनुहोस्।
idle-continue = जारी राख्नुहोस्
error-title = केही समस्या भयो
error-ask-staff = कृपया कर्मचारीलाई सोध्नुहोस्। तपाईंले भरेको कुरा हराएको छैन।
error-generic = प्रक्रियाको क्रममा समस्या भयो।
error-unreachable = मेसिनभित्र सञ्चार हुन सकेन।
error-unexpected = मेसिनमा अप्रत्याशित समस्या भयो।

## Steps

step-basic = आधारभूत जानकारी
step-contact = ठेगाना र सम्पर्क
step-desired-work = चाहेको काम
step-situation = हालको अवस्था
step-education = शिक्षा र योग्यता
step-work-history = कार्य अनुभव
step-review = पुष्टि
step-my-page = My Page
step-progress = चरण { $current } / { $total }

## Fields

field-required = अनिवार्य
field-optional = ऐच्छिक
field-error-label = त्रुटि:
field-warning-label = कृपया जाँच गर्नुहोस्:
field-error-generic = कृपया भरेको कुरा जाँच गर्नुहोस्।
field-warning-generic = कृपया यो ठीक छ कि छैन जाँच गर्नुहोस्।
choice-none = छानिएको छैन
list-remove = हटाउनुहोस्
summary-errors-title = कृपया { $count } ठाउँ सच्याउनुहोस्
summary-warnings-title = कृपया जाँच गर्नुहोस्
summary-warnings-hint = ठीक भए फेरि “अर्को” थिच्नुहोस्।
unit-year = वर्ष
unit-month = महिना
unit-day = गते
unit-yen = येन

## Consent

consent-title = व्यक्तिगत जानकारीको व्यवस्थापन
consent-lead = आवेदन दिनुअघि कृपया पढ्नुहोस्।
consent-purpose-title = प्रयोगको उद्देश्य
consent-purpose-body = तपाईंले भरेको जानकारी { $office } ले रोजगार खोजको आवेदन लिन र रोजगारी परिचय लगायत रोजगार सेवाका काम गर्न प्रयोग गर्छ। अरू कुनै उद्देश्यमा प्रयोग गरिँदैन।
consent-recorded-title = रेकर्ड गरेर Hello Work मा पठाइने कुरा
consent-recorded-body = नाम र त्यसको उच्चारण, जन्म मिति, लिङ्ग (उत्तर दिएमा), राष्ट्रियता र निवास स्थिति (उत्तर दिएमा), ठेगाना, नजिकको स्टेसन र आवतजावत, फोन नम्बर, इमेल ठेगाना, चाहेको काम, हालको अवस्था (काम छोडेको मिति र कारण; पति/पत्नी र आश्रित उत्तर दिएमा), शिक्षा र योग्यता, कार्य अनुभव, र My Page चाहने कि नचाहने। सर्वेक्षणमा अङ्क र छानेको कारण मात्र रेकर्ड हुन्छ।
consent-retention-title = राख्ने अवधि
consent-retention-body = पठाइएको कुरा Hello Work ले कानुन र नियमले तोकेको अवधिसम्म राख्छ। रोजगार खोजको आवेदन, आवेदन दिएको महिनाको दुई महिनापछिको महिनाको अन्तिम दिनसम्म मान्य हुन्छ (परामर्श वा रोजगार परिचय लिँदा म्याद थपिन्छ)।
consent-kiosk-title = यो मेसिनमा बाँकी रहने कुरा
consent-kiosk-body = यो मेसिनमा केही पनि बाँकी रहँदैन। “समाप्त” थिच्दा, वा केही समय प्रयोग नगर्दा, भरेका सबै कुरा मेटिन्छन्।
consent-agree = मैले माथिको कुरा पढेँ र सहमत छु
consent-must-agree = सहमत भएपछि “अर्को” थिच्न सकिन्छ।

## 基本情報

basic-title = आधारभूत जानकारी
basic-family-name = थर
basic-family-name-help = कान्जीमा लेख्न नसके काताकाना वा रोमन अक्षरमा लेखे पनि हुन्छ।
basic-given-name = नाम
basic-kana-only = म नाम कान्जीमा लेख्न सक्दिनँ (काताकानामा लेख्छु)
basic-family-kana = थरको उच्चारण (काताकाना)
basic-kana-help = कृपया काताकानामा लेख्नुहोस्। हिरागाना आफैँ काताकानामा बदलिन्छ।
basic-kana-suggest = के तपाईंको नाम यसरी पढिन्छ? ठीक भए, फुरिगाना भर्न यसमा छुनुहोस्।
basic-given-kana = नामको उच्चारण (काताकाना)
basic-birth-date = जन्म मिति
basic-birth-date-help = ईस्वी सन् वा जापानी युग छानेर वर्ष, महिना र गते लेख्नुहोस्।
basic-calendar = पात्रो
basic-birth-year = जन्म वर्ष
basic-birth-month = जन्म महिना
basic-birth-day = जन्म गते
basic-era-first-year = युगको पहिलो वर्ष (元年) का लागि “1” वा “元” लेख्नुहोस्।
era-western = ईस्वी सन् (उदाहरण: 1990)
era-meiji = मेइजी (明治)
era-taisho = ताइसो (大正)
era-showa = शोवा (昭和)
era-heisei = हेइसेई (平成)
era-reiwa = रेइवा (令和)
basic-sex = लिङ्ग
basic-sex-help = उत्तर दिन नचाहे “उत्तर नदिने” छान्नुहोस्।
sex-female = महिला
sex-male = पुरुष
sex-unstated = उत्तर नदिने

## 住所・連絡先

contact-title = ठेगाना र सम्पर्क
contact-postcode = हुलाक कोड
contact-postcode-help = 7 अङ्क लेखेर “ठेगाना खोज्नुहोस्” थिच्नुहोस्।
contact-postcode-mark = 〒
contact-lookup = ठेगाना खोज्नुहोस्
contact-lookup-busy = खोज्दै…
contact-pick-town = कृपया ठेगाना छान्नुहोस्
contact-town-whole = (क्षेत्रको नाम छैन)
contact-prefecture = प्रिफेक्चर (都道府県)
contact-city = सहर, वडा, नगर वा गाउँ (市区町村)
contact-town = क्षेत्र (町域)
contact-street = ब्लक र घर नम्बर (番地)
contact-street-help = उदाहरण: 1-2-3
contact-building = भवनको नाम र कोठा नम्बर
contact-building-help = उदाहरण: Midori Heights 101
contact-phone = फोन नम्बर
contact-phone-help = दिउँसो सम्पर्क हुने नम्बर। हाइफन नराखे पनि हुन्छ।
contact-email = इमेल ठेगाना
contact-email-help = My Page (マイページ) बनाउँदा प्रयोग हुन्छ।

## 希望する仕事

work-title = चाहेको काम
work-occupations = चाहेको कामको प्रकार
work-occupations-help = बढीमा 3 वटा छान्न सकिन्छ। पहिले छानेको पहिलो रोजाइ हो।
work-occupation-rank = रोजाइ { $rank }
work-occupation-add = कामको प्रकार छान्नुहोस्
work-occupation-full = 3 वटा छानिसक्नुभयो। बदल्न कुनै एउटा हटाउनुहोस्।
work-picker-title = कामको प्रकार छान्नुहोस्
work-picker-browse = वर्गीकरणबाट छान्नुहोस्
work-picker-search = शब्दले खोज्नुहोस्
work-picker-major-hint = सबभन्दा नजिकको क्षेत्र छान्नुहोस्।
work-picker-back-major = क्षेत्रको सूचीमा फर्कनुहोस्
work-picker-search-label = कामको नाम
work-picker-search-help = कृपया काताकानामा लेख्नुहोस्। उदाहरण: カイゴ (हेरचाह), ジム (कार्यालय), ケンセツ (निर्माण)
work-picker-no-result = भेटिएन। अर्को शब्द प्रयोग गर्नुहोस्, वा वर्गीकरणबाट छान्नुहोस्।
work-picker-loading = लोड हुँदैछ…
work-picker-close = बन्द गर्नुहोस्
occ-unknown = कामको प्रकार (कोड { $code })
work-employment-types = रोजगारीको प्रकार
work-employment-types-help = चाहेका सबै छान्नुहोस्।
employment-full-time = स्थायी कर्मचारी
employment-part-time = पार्ट टाइम
employment-dispatch = डिस्प्याच कर्मचारी (हाकेन)
employment-contract = करार कर्मचारी
work-locations = चाहेको कार्यस्थल
work-locations-help = प्रिफेक्चर वा सहरको नाम लेख्नुहोस्।
work-location-add = कार्यस्थल थप्नुहोस्
work-wage = चाहेको पारिश्रमिक
work-wage-help = तपाईंले चाहेको न्यूनतम रकम। कुनै विशेष चाहना छैन भने खाली छोड्नुहोस्।
wage-monthly = मासिक
wage-hourly = प्रति घण्टा
work-wage-amount = रकम
work-hours = चाहेको काम गर्ने समय
work-hours-help = उदाहरण: 9:00–17:00। कुनै विशेष चाहना छैन भने खाली छोड्नुहोस्।
work-hours-start = सुरु
work-hours-end = अन्त्य
work-hours-to = –
work-days = काम गर्न सकिने दिन
weekday-mon = सोम
weekday-tue = मङ्गल
weekday-wed = बुध
weekday-thu = बिही
weekday-fri = शुक्र
weekday-sat = शनि
weekday-sun = आइत

## 現在の状況

situation-title = हालको अवस्था
situation-employment = तपाईं अहिले काम गरिरहनुभएको छ?
situation-employed = काम गरिरहेको छु
situation-not-employed = काम गरिरहेको छैन (छोडिसकेको)
situation-student = विद्यार्थी
situation-insurance = तपाईंको रोजगार बीमा (雇用保険, बेरोजगारी भत्ता) लिने योजना छ?
situation-insurance-help = “थाहा छैन” छानेमा काउन्टरमा परामर्श लिन सक्नुहुन्छ।
insurance-yes = लिने योजना छ
insurance-no = लिन्नँ
insurance-unsure = थाहा छैन

## 学歴・資格

education-title = शिक्षा र योग्यता
education-final-level = उच्चतम शैक्षिक योग्यता
level-junior-high = निम्न माध्यमिक (जुनियर हाई स्कुल)
level-high-school = माध्यमिक (हाई स्कुल)
level-vocational = व्यावसायिक विद्यालय
level-junior-college = छोटो अवधिको कलेज, प्राविधिक कलेज
level-university = विश्वविद्यालय
level-graduate = स्नातकोत्तर
level-other = अन्य
education-school-name = विद्यालयको नाम
education-school-name-help = अन्तिम पटक पढेको विद्यालयको नाम।
education-graduation-year = पढाइ सकेको (वा छोडेको) वर्ष
education-graduation-year-help = ईस्वी सन् वा जापानी युग दुवै चल्छ। उदाहरण: 2008, 平成20, H20। थाहा छैन भने खाली छोड्नुहोस्।
education-qualifications = अनुमतिपत्र र योग्यता
education-qualifications-help = उदाहरण: साधारण मोटरगाडी चालक अनुमतिपत्र, प्रमाणित हेरचाहकर्ता, JLPT N2
education-qualification-add = अनुमतिपत्र वा योग्यता थप्नुहोस्

## 職歴

history-title = कार्य अनुभव
history-help = पछिल्लो कामबाट सुरु गर्नुहोस्। कार्य अनुभव छैन भने सिधै “अर्को” थिच्नुहोस्।
history-none = कार्य अनुभव लेखिएको छैन।
history-entry = काम { $n }
history-add = कार्य अनुभव थप्नुहोस्
history-remove = यो कार्य अनुभव हटाउनुहोस्
history-employer = कार्यस्थल (कम्पनीको नाम)
history-duties = कामको विवरण
history-duties-help = उदाहरण: सुपरमार्केटमा क्यासियर र सामान मिलाउने काम
history-from = काम सुरु गरेको वर्ष र महिना (ईस्वी सन् वा जापानी युग)
history-to = काम छोडेको वर्ष र महिना (ईस्वी सन् वा जापानी युग)
history-to-help = अझै त्यहीँ काम गर्दै हुनुहुन्छ भने खाली छोड्नुहोस्।
history-year = वर्ष (ईस्वी सन् वा जापानी युग)
history-month = महिना
history-employment-type = रोजगारीको प्रकार

## 確認

review-title = भरेको विवरणको पुष्टि
review-lead = कृपया सबै विवरण जाँच गर्नुहोस्। बदल्न “सच्याउनुहोस्” थिच्नुहोस्।
review-blocked = सच्याउनुपर्ने ठाउँ छन्। रातो बाकसको “सच्याउनुहोस्” थिच्नुहोस्।
review-edit = सच्याउनुहोस्
review-empty = भरिएको छैन
review-none = छैन
review-yes = हो
review-name = नाम
review-kana = उच्चारण (काताकाना)
review-birth-date = { $era } { $year } वर्ष, महिना { $month }, गते { $day }
review-birth-date-western = सन् { $year }, महिना { $month }, गते { $day }
review-postcode = 〒{ $first }-{ $last }
review-address = ठेगाना
review-wage = { $kind }, कम्तीमा { $amount } येन
review-hours = { $start } – { $end }
review-list-sep = ,{" "}
review-year-month = { $year }/{ $month }
review-period-label = अवधि
review-period = { $from } – { $to }
review-present = हालसम्म

## マイページ

mypage-title = My Page (求職者マイページ)
mypage-lead = My Page (マイページ) बनाएपछि आफ्नै स्मार्टफोन वा कम्प्युटरबाट यो आवेदनको विवरण र अवस्था हेर्न सक्नुहुन्छ।
mypage-benefit-status = आवेदनको अवस्था हेर्न सकिन्छ (अस्थायी प्राप्ति, स्वीकृत)
mypage-benefit-edit = दर्ता गरेको विवरण हेरेर सम्पर्क र चाहेको काम बदल्न सकिन्छ
mypage-benefit-email = लगइनमा प्रयोग हुने इमेल ठेगाना बदल्न सकिन्छ
mypage-want = My Page बनाउनुहोस्
mypage-decline = अहिले होइन
mypage-email-help = दर्ता गर्ने निर्देशन यही ठेगानामा पठाइन्छ। रोमन अक्षर र अङ्कमा लेख्नुहोस्।
mypage-password = पासवर्ड यो मेसिनमा सेट गरिँदैन। पछि आफ्नै स्मार्टफोनमा सेट गर्नुहुनेछ।
mypage-declined = My Page (マイページ) पछि पनि बनाउन सकिन्छ। काउन्टरमा सोध्नुहोस्।
mypage-submit = आवेदन दिनुहोस्
mypage-submit-note = “आवेदन दिनुहोस्” थिचेपछि तपाईंले भरेको कुरा Hello Work मा पठाइन्छ।

## 完了

done-title = आवेदन प्राप्त भयो
done-receipt-label = दर्ता नम्बर (受付番号)
done-next-counter = कृपया यो दर्ता नम्बर (受付番号) काउन्टरमा देखाउनुहोस्।
done-qr-label = स्मार्टफोनमा जारी राख्ने QR कोड
done-next-qr = स्मार्टफोनले QR कोड स्क्यान गरेर आवेदन जारी राख्न सक्नुहुन्छ।
done-next-qr-mypage = स्मार्टफोनले QR कोड स्क्यान गरेर My Page को पासवर्ड सेट गर्नुहोस्।
done-finish = समाप्त
done-auto = { $seconds } सेकेन्डपछि पहिलो स्क्रिनमा फर्किनेछ।
survey-title = यो मेसिन प्रयोग गर्न सजिलो थियो?
survey-1 = धेरै गाह्रो
survey-2 = गाह्रो
survey-3 = ठिकै
survey-4 = सजिलो
survey-5 = धेरै सजिलो
survey-reason-title = कारण भए छान्नुहोस् (ऐच्छिक)
survey-reason-easy = बुझ्न सजिलो
survey-reason-quick = छिट्टै सकियो
survey-reason-hard-to-read = पढ्न गाह्रो
survey-reason-slow = धेरै समय लाग्यो
survey-reason-keyboard = अक्षर टाइप गर्न गाह्रो
survey-reason-other = अन्य
survey-thanks = सहयोगका लागि धन्यवाद।

## On-screen keyboard

kb-label = स्क्रिन किबोर्ड
kb-mode = किबोर्डको प्रकार
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = खाली ठाउँ
kb-backspace = एउटा अक्षर मेटाउनुहोस्
kb-close = किबोर्ड बन्द गर्नुहोस्
kb-shift = ठूलो अक्षर
kb-dakuten = दाकुतेन चिन्ह (゛)
kb-handakuten = हान्दाकुतेन चिन्ह (゜)
kb-small = सानो
kb-small-label = सानो काना
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = कर्मचारी PIN
staff-pin-lead = PIN (4 देखि 8 अङ्क) लेखेर “OK” थिच्नुहोस्।
staff-pin-count = { $count } अङ्क लेखियो
staff-pin-ok = OK
staff-pin-cancel = रद्द गर्नुहोस्
staff-busy = जाँच गर्दै…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = PIN 5 पटक गलत भएकाले कर्मचारी मोड केही समयका लागि बन्द छ। कृपया { $minutes } मिनेट पर्खनुहोस्।

staff-title = कर्मचारी मोड
staff-read-at = { $time } सम्मको
staff-lead = यस मेसिनबाट आवेदन पठाइएको अवस्था। प्रयोगकर्ताले भरेको विवरण देखाइँदैन। सकिएपछि “बन्द गर्नुहोस्” थिच्नुहोस्।
staff-enrolled = सर्भरमा दर्ता
staff-enrolled-yes = दर्ता भएको
staff-enrolled-no = दर्ता नभएको (आवेदन लिन सकिँदैन)
staff-enroll-help = दर्ता गर्न सर्भरमा `madoguchi-server kiosk add` चलाएर दर्ता कोड जारी गर्नुहोस्, अनि यो मेसिनमा `madoguchi-kiosk enroll --server URL --code-file FILE` चलाउनुहोस् (URL सर्भरको ठेगाना, FILE जारी गरिएको कोड लेखिएको फाइल; कन्फिगरेसन फाइलमा सर्भरको कुञ्जी छैन भने `madoguchi-server keygen` ले देखाएको फिंगरप्रिन्ट `--server-fingerprint` सँग दिनुहोस्)। त्यसपछि किओस्क पुनः सुरु गर्नुहोस्।
staff-server-url = सर्भरको URL
staff-not-set = सेट गरिएको छैन
staff-queue = पठाउन बाँकी आवेदन
staff-count = { $count } वटा
staff-refused = सर्भरले अस्वीकार गरेका आवेदन
staff-last-success = अन्तिम सफल पठाइ
staff-never = अहिलेसम्म छैन
staff-last-error = अन्तिम त्रुटि
staff-no-error = छैन
staff-version = संस्करण
staff-kiosk = मेसिन ID / कार्यालय कोड
staff-kiosk-value = { $kiosk } / { $office }
staff-sync = अहिले पठाउनुहोस्
staff-sync-requested = पठाउन सुरु भयो। केही सेकेन्डमा देखाइएको कुरा अद्यावधिक हुन्छ।
staff-refresh = अद्यावधिक गर्नुहोस्
staff-close = बन्द गर्नुहोस्

basic-single-name = मेरो एउटै नाम छ: निवास कार्ड (在留カード) मा नाम (दिइएको नाम) लेखिएको छैन
basic-card-name = निवास कार्ड (在留カード) मा भएको नाम, रोमन अक्षरमा
basic-card-name-help = निवास कार्ड (在留カード) छ भने कार्डमा लेखिएजस्तै लेख्नुहोस् (उदाहरण: NGUYEN THI LAN)। छैन भने खाली छोड्नुहोस्।
kb-mode-write = हातले लेख्ने
kb-convert = कान्जी (変換)
kb-candidates = सुझाव
kb-pad-label = हातले लेख्ने ठाउँ: औँलाले एक-एक अक्षर लेख्नुहोस्
kb-pad-hint = यहाँ एक-एक अक्षर लेख्नुहोस्
kb-pad-undo = एउटा रेखा फिर्ता
kb-pad-clear = फेरि लेख्नुहोस्
kb-pad-empty = लेख्दा सुझाव यहाँ देखिन्छ
kb-pad-chinese = 简体中文
kb-pad-chinese-label = सरलीकृत चिनियाँ अक्षरमा लेख्नुहोस्: जापानी रूपका सुझाव पहिले देखिन्छन्
kb-pad-hint-chinese = यहाँ एक-एक अक्षर लेख्नुहोस् (सरलीकृत चिनियाँ)
kb-variants = अक्षरको अर्को रूप (異体字)
kb-variants-hint = अक्षरको अर्को रूप छान्न थिच्नुहोस् (髙, 﨑…)
kb-variants-none = यो अक्षरको अर्को रूप छैन
kb-variants-close = बन्द गर्नुहोस्
kb-accents = चिन्हसहितका अक्षर

## 求職情報の提供等・障害について・自己PR（公式の求職申込書の3画面）
step-disclosure = सार्वजनिक र सम्पर्क
step-disability = अपाङ्गता
step-self-pr = आफ्नो परिचय
disclosure-title = रोजगार खोज जानकारी सार्वजनिक गर्ने र सम्पर्कको तरिका
disclosure-lead = कर्मचारी खोजिरहेका कम्पनीहरूलाई तपाईंको रोजगार खोज जानकारी देखाउने कि नदेखाउने, र Hello Work ले तपाईंलाई कसरी सम्पर्क गर्ने छान्नुहोस्।
disclosure-publication = तपाईंको रोजगार खोज जानकारी कम्पनीहरूलाई देखाउने हो?
disclosure-publication-help = देखाएमा कम्पनीले तपाईंलाई आवेदन दिन आमन्त्रण गर्न सक्छ। जे छाने पनि नाम, ठेगाना, फोन नम्बर र इमेल ठेगाना कहिल्यै देखाइँदैन।
publication-not-published = नदेखाउने
publication-without-employer-names = देखाउने (पहिले काम गरेका कम्पनीका नामबिना)
publication-published = देखाउने (पहिले काम गरेका कम्पनीका नामसहित)
disclosure-contact-methods = Hello Work ले सम्पर्क गर्ने तरिका
disclosure-contact-methods-help = धेरै छान्न सकिन्छ। इमेल “ठेगाना र सम्पर्क” मा लेखेको ठेगानामा पठाइन्छ।
contact-method-phone = फोन
contact-method-email = इमेल
contact-method-post = हुलाक
disclosure-avoid-times = सम्पर्क नगर्नुपर्ने समय
disclosure-avoid-times-help = उदाहरण: कार्यदिनमा 9:00–17:00 (काममा हुने भएकाले)
disability-title = अपाङ्गताबारे
disability-lead = यो स्क्रिनको उत्तर नदिए पनि हुन्छ। तपाईंको उत्तर काउन्टरका कर्मचारीले मात्र हेर्छन्। पुष्टि स्क्रिनमा पनि “देखाउनुहोस्” नथिचेसम्म देखाइँदैन।
disability-support = अपाङ्गता भएको व्यक्तिको रूपमा दर्ता र सहयोग चाहनुहुन्छ?
disability-support-help = अपाङ्गता भएकाहरूका लागि रोजगारीको परिचय र विशेष काउन्टरमा परामर्श पाउन सक्नुहुन्छ।
disability-support-wanted = चाहन्छु
disability-support-not-wanted = चाहन्नँ
disability-support-unstated = उत्तर नदिने
disability-certificate = अपाङ्गता पुस्तिका
certificate-physical = शारीरिक अपाङ्गता पुस्तिका
certificate-intellectual = बौद्धिक अपाङ्गता पुस्तिका (療育手帳)
certificate-mental = मानसिक अपाङ्गता स्वास्थ्य तथा कल्याण पुस्तिका
certificate-none-or-pending = पुस्तिका छैन / आवेदन दिँदैछु
disability-grade = श्रेणी वा स्तर
disability-grade-help = पुस्तिकामा लेखिएको श्रेणी वा स्तर छान्नुहोस्। थाहा छैन भने “छानिएको छैन” मै छोड्न सक्नुहुन्छ।
grade-level = श्रेणी { $grade }
grade-intellectual-a = A (गम्भीर)
grade-intellectual-b = B (A बाहेक)
grade-as-written = { $grade }
disability-needs = चाहेको सहुलियत वा सहयोग
disability-needs-help = धेरै छान्न सकिन्छ।
need-specialist-desk = विशेष काउन्टरमा परामर्श चाहन्छु
need-hours = कामको समय वा दिनमा सहुलियत
need-hospital = अस्पताल जाने वा औषधि खाने कुरामा सहुलियत
need-facilities = सुविधा र आवतजावतमा सहुलियत (ह्वीलचेयर, खुड्किलो आदि)
need-communication = कुरा बुझाउने तरिकामा सहुलियत (लेखेर, साङ्केतिक भाषा आदि)
need-instructions = निर्देशन दिने तरिकामा सहुलियत (लेखेर, एक-एक गरी)
disability-needs-text = अरू केही भन्न चाहनुहुन्छ भने
disability-needs-text-help = उदाहरण: लामो समय उभिएर गर्ने काम गाह्रो छ।
disability-skip = यो स्क्रिनको उत्तर नदिई अगाडि बढ्नुहोस्
selfpr-title = आफ्नो परिचय र विशेष टिप्पणी
selfpr-lead = दुवै नलेखे पनि हुन्छ। लेखेको कुरा काउन्टरमा परामर्श र कम्पनीमा परिचय गराउँदा प्रयोग हुन्छ।
selfpr-appeal = आफ्नो परिचय
selfpr-appeal-help = आफ्नो क्षमता, अनुभव, योग्यताको उपयोग आदि। उदाहरण: मैले 10 वर्ष ग्राहक सेवाको काम गरेँ।
selfpr-notes = विशेष टिप्पणी
selfpr-notes-help = काउन्टरलाई पहिल्यै भन्न चाहेको कुरा। उदाहरण: अप्रिलदेखि काम गर्न सक्छु। बच्चालाई लैजाने-ल्याउने गर्नुपर्छ।
text-count = { $count } / { $max } अक्षर
review-hidden = वरिपरिका मानिसले नदेखून् भनेर देखाइएको छैन।
review-show = देखाउनुहोस्
review-hide = लुकाउनुहोस्
kb-newline = नयाँ लाइन
## More items (nationality and status of residence, station and commute, working pattern, leaving, family, department, qualifications, occupation of past jobs)

basic-nationality = राष्ट्रियता
basic-nationality-japanese = जापानी
basic-nationality-foreign = जापानीबाहेक
basic-country = राष्ट्रियता (देश वा क्षेत्र)
basic-country-help = उदाहरण: नेपाल, भियतनाम, ब्राजिल
basic-residence-status = निवास स्थिति
basic-residence-status-help = निवास कार्ड (在留カード) मा लेखिएको “निवास स्थिति” (在留資格) छान्नुहोस्। कुन काम गर्न पाइन्छ भन्ने कुरा काउन्टरमा कर्मचारीले जाँच गर्नेछन्।
basic-residence-status-choose = निवास स्थिति छान्नुहोस्
basic-residence-status-change = फेरि छान्नुहोस्
basic-residence-status-title = कृपया निवास स्थिति छान्नुहोस्
basic-residence-expiry = बसाइको अवधि (सकिने मिति)
basic-residence-expiry-help = निवास कार्ड (在留カード) मा भएको “बसाइको अवधि (सकिने मिति)”। स्थायी बासिन्दा र विशेष स्थायी बासिन्दाले खाली छोड्नुहोस्।
contact-station = नजिकको स्टेसन
contact-station-help = स्टेसनको नाम “駅” सहित लेख्नुहोस् (उदाहरण: 新宿駅)।
contact-commute = काममा जाने साधन
contact-commute-help = प्रयोग गर्न सकिने सबै छान्नुहोस्।
commute-walk = पैदल
commute-bicycle = साइकल
commute-motorbike = मोटरसाइकल
commute-car = कार
commute-train = रेल
commute-bus = बस
contact-commute-minutes = काममा जाने समय (एकतर्फी)
contact-commute-minutes-help = बढीमा कति मिनेटसम्म जान सक्नुहुन्छ? उदाहरण: 30
unit-minutes = मिनेट
unit-hours = घण्टा
unit-days = दिन
unit-people = जना
work-styles = कामको ढाँचा
work-styles-help = पूर्णकालीन वा आंशिक समय। दुवै छान्न सकिन्छ।
style-full-time = पूर्णकालीन
style-part-time = आंशिक समय
employment-casual = पार्ट टाइम काम (आरुबाइतो)
employment-other = अन्य
work-holidays = चाहेको बिदा
holiday-weekends = शनि, आइत र सार्वजनिक बिदा
holiday-weekdays = कार्यदिन
holiday-shifts = सिफ्ट प्रणाली
holiday-any = कुनै चाहना छैन
work-days-off = बिदा चाहेका अन्य दिन
work-weekly-hours = हप्तामा काम गर्ने घण्टा
work-weekly-hours-help = उदाहरण: 40
work-days-per-week = हप्तामा काम गर्ने दिन
work-days-per-week-help = उदाहरण: 5
situation-left-on = काम छोडेको मिति (अघिल्लो काम छोडेको दिन)
situation-left-on-help = जापानी युग वा ईस्वी सन् दुवै चल्छ। थाहा छैन भने खाली छोड्नुहोस्।
situation-leaving-reason = काम छोड्नुको कारण
leaving-employer = कम्पनीको कारणले (बर्खास्ती, दामासाही आदि)
leaving-own = आफ्नै इच्छाले
leaving-contract-end = करारको अवधि सकियो
leaving-retirement = अवकाशको उमेर
leaving-other = अन्य
situation-spouse = पति/पत्नी
spouse-yes = छ
spouse-no = छैन
spouse-unstated = उत्तर नदिने
situation-dependants = आश्रितको सङ्ख्या (पति/पत्नीबाहेक)
situation-dependants-help = छैन भने 0 लेख्नुहोस्।
situation-dependants-unstated = उत्तर नदिने
education-department = सङ्काय र विभाग
education-department-help = उदाहरण: अर्थशास्त्र सङ्काय, अर्थशास्त्र विभाग
education-completion = पूरा गरेको, छोडेको आदि
completion-graduated = पूरा गरेको
completion-withdrew = बीचमै छोडेको
completion-enrolled = पढ्दै गरेको
completion-expected = पूरा गर्ने क्रममा
education-qualification-entry = अनुमतिपत्र वा योग्यता { $n }
education-qualification-search = सूचीमा खोज्नुहोस् (नाम वा उच्चारण लेख्नुहोस्, उदाहरण: かいご)
education-qualification-none-found = सूचीमा भेटिएन। कृपया तलको बाकसमा नाम लेख्नुहोस्।
education-qualification-chosen = छानिएको अनुमतिपत्र वा योग्यता
education-qualification-name = सूचीमा छैन भने नाम लेख्नुहोस्
education-qualification-score = अङ्क
education-qualification-year = प्राप्त गरेको वर्ष
education-qualification-year-help = ईस्वी सन् वा जापानी युग। उदाहरण: 2015, 平成27
education-qualification-remove = हटाउनुहोस्
education-qualification-change = फेरि छान्नुहोस्
education-qualification-max = अनुमतिपत्र र योग्यता बढीमा { $max } वटा लेख्न सकिन्छ। अरू कुरा काउन्टरमा भन्नुहोस्।
history-occupation = कामको प्रकार
history-occupation-choose = कामको प्रकार छान्नुहोस्
history-occupation-change = फेरि छान्नुहोस्
history-leaving-reason = काम छोड्नुको कारण
history-max = कार्य अनुभव बढीमा { $max } वटा लेख्न सकिन्छ। अरू कुरा काउन्टरमा भन्नुहोस्।
review-commute-minutes = { $minutes } मिनेट
review-weekly-hours = हप्तामा { $hours } घण्टा
review-days-per-week = हप्तामा { $days } दिन
review-dependants = { $n } जना
review-score = अङ्क { $score }
review-year-obtained = { $year } मा प्राप्त
review-with-details = { $name } ({ $details })
date-year = वर्ष
date-month = महिना
date-day = गते

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = माइ नम्बर कार्ड (マイナンバーカード) बाट भर्नुहोस्
card-start-help = माइ नम्बर कार्ड छ भने कार्डबाट नाम, ठेगाना, जन्म मिति र लिङ्ग भर्न सकिन्छ। कार्डमा उच्चारण (काताकाना) हुँदैन, त्यसैले त्यो आफैँ लेख्नुहोस्।
card-title = माइ नम्बर कार्ड (マイナンバーカード) बाट भर्नुहोस्
card-place = माइ नम्बर कार्ड रिडरमाथि राखेर “राखेँ” थिच्नुहोस्।
card-place-note = नाम, ठेगाना, जन्म मिति र लिङ्ग मात्र पढिन्छ। व्यक्तिगत नम्बर (マイナンバー) पढिँदैन।
card-placed = राखेँ
card-pin-lead = कार्डको फारम भर्ने सहायताको PIN (券面事項入力補助用暗証番号, 4 अङ्क) लेख्नुहोस्।
card-tries = PIN को बाँकी प्रयास: { $tries } पटक
card-pin-count = PIN का { $count } अङ्क लेखियो
card-read = पढ्नुहोस्
card-busy = पढ्दै…
card-cancel = रद्द गर्नुहोस्
card-close = बन्द गर्नुहोस्
card-counter = काउन्टरमा कर्मचारीलाई भन्नुहोस्। यसै गरी हातले भर्न पनि सक्नुहुन्छ।
card-done = माइ नम्बर कार्डबाट पढियो। विवरण जाँच्नुहोस्। उच्चारण (काताकाना) का लागि खानामुनिको सुझावमा छुनुहोस् वा आफैँ लेख्नुहोस्।
card-error-no-reader = कार्ड रिडर भेटिएन। कर्मचारीलाई भन्नुहोस्, वा हातले भर्नुहोस्।
card-error-no-card = कार्ड भेटिएन। माइ नम्बर कार्ड रिडरमाथि राख्नुहोस्।
card-error-not-my-number = यो माइ नम्बर कार्ड (マイナンバーカード) जस्तो देखिँदैन। माइ नम्बर कार्ड राख्नुहोस्।
card-error-removed = पढ्दै गर्दा कार्ड रिडरबाट हट्यो। कार्ड राखिराखेर फेरि प्रयास गर्नुहोस्।
card-error-wrong-pin = PIN मिलेन। अब { $tries } पटक बाँकी छ।
card-error-last-try = PIN को { $tries } पटक मात्र बाँकी भएकाले, कार्ड लक नहोस् भनेर यहाँ PIN प्रयास गरिँदैन।
card-error-blocked = PIN लक भएको छ। तपाईं बस्ने नगरपालिका (市区町村) को कार्यालयमा यसलाई खोलाउन सकिन्छ।
card-error-pin-format = PIN 4 अङ्कको हुन्छ।
card-error-unreadable = कार्डको विवरण पढ्न सकिएन। कृपया हातले भर्नुहोस्।
card-error-reader = कार्ड रिडरले राम्रोसँग काम गरेन। फेरि प्रयास गर्नुहोस्।
review-card-read = नाम, ठेगाना, जन्म मिति र लिङ्ग माइ नम्बर कार्डबाट पढिएको हो।

## Call staff (every screen)
call-staff = कर्मचारीलाई बोलाउनुहोस्
call-staff-waiting-title = कर्मचारीलाई बोलाइँदै छ
call-staff-waiting-body = कर्मचारीलाई बोलाइँदै छ। सूचना नपुगेसम्म केही बेर पर्खनुहोस्। सूचना नपुगेमा नजिकैको कर्मचारीलाई सोध्नुहोस्।
call-staff-sent-title = कर्मचारीलाई बोलाइयो
call-staff-sent-body = यहीँ पर्खनुहोस्। तपाईंले भरेको कुरा मेटिँदैन।
call-staff-coming-title = कर्मचारी आउँदै हुनुहुन्छ
call-staff-coming-body = कर्मचारी आउँदै हुनुहुन्छ। यहीँ पर्खनुहोस्।

## The assist layer (staff over the visitor's form)
assist-open = कर्मचारी सञ्चालन
assist-pad-title = कर्मचारी कोड
assist-pad-lead = कर्मचारीले आफ्नो कोड लेख्नुहोस्। भरिँदै गरेको कुरा मेटिँदैन।
assist-title = कर्मचारीले सञ्चालन गर्दै हुनुहुन्छ
assist-lead = भरिँदै गरेको कुरा जस्ताको तस्तै रहन्छ। सकिएपछि “आगन्तुकलाई फिर्ता दिनुहोस्” थिच्नुहोस्।
assist-hand-back = आगन्तुकलाई फिर्ता दिनुहोस्
assist-steps = स्क्रिन बदल्नुहोस्
assist-explain = विवरणको व्याख्या
assist-field-required = यो अनिवार्य रूपमा भर्नुपर्ने विवरण हो।
assist-field-optional = यो विवरण नभरे पनि हुन्छ।
assist-no-codes = यो मेसिनमा कर्मचारी कोड अझै आइपुगेको छैन। केही बेर पर्खनुहोस् वा प्रशासकलाई सम्पर्क गर्नुहोस्।

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = रसिद छापिँदैछ…
receipt-printed = कृपया आफ्नो रसिद लिनुहोस्।
receipt-print-failed = रसिद छाप्न सकिएन। कृपया कर्मचारीलाई जानकारी दिनुहोस्। दर्ता नम्बर यही स्क्रिनमा हेर्नुहोस्।
receipt-print-incomplete = छाप्दै गर्दा कागज सकियो, त्यसैले रसिद पूरा छापिएन। कृपया कर्मचारीलाई जानकारी दिनुहोस्। दर्ता नम्बर यही स्क्रिनमा हेर्नुहोस्।
staff-printer = रसिद प्रिन्टर
staff-printer-none = सेट गरिएको छैन
staff-printer-ready = छाप्न तयार
staff-printer-near-end = कागज सकिन लागेको छ। चाँडै रोल फेर्नुहोस्।
staff-printer-paper-out = कागज सकियो। रोल फेर्नुहोस्।
staff-printer-cover-open = ढकन खुला छ। बन्द गर्नुहोस्।
staff-printer-offline = प्रिन्टरले जवाफ दिँदैन। पावर र त्रुटि बत्ती जाँच गर्नुहोस्।
staff-printer-unreachable = प्रिन्टर ({ $address }) मा जडान हुन सकेन। पावर, केबल र कन्फिगरेसन फाइलको printer जाँच गर्नुहोस्।
