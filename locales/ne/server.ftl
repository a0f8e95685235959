# The intake server's words: phone pages, counter pages, mail, API error codes.
# Every id starts with srv- so it never meets an id of another file.

## Common

srv-site-name = Hello Work काउन्टर

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = सन् { $year } { $month-name } { $day }
srv-month-1 = जनवरी
srv-month-2 = फेब्रुअरी
srv-month-3 = मार्च
srv-month-4 = अप्रिल
srv-month-5 = मे
srv-month-6 = जुन
srv-month-7 = जुलाई
srv-month-8 = अगस्ट
srv-month-9 = सेप्टेम्बर
srv-month-10 = अक्टोबर
srv-month-11 = नोभेम्बर
srv-month-12 = डिसेम्बर
srv-skip-to-content = मुख्य सामग्रीमा जानुहोस्
srv-language-nav = देखाउने भाषा
srv-form-errors = कृपया भरेको कुरा जाँच गर्नुहोस्
srv-required = अनिवार्य
srv-optional = ऐच्छिक
srv-unselected = छानिएको छैन
srv-value-none = (छैन)
srv-save = सुरक्षित गर्नुहोस्
srv-cancel = रद्द गर्नुहोस्
srv-reload = फेरि लोड गर्नुहोस्
srv-sign-in = लगइन
srv-sign-out = लगआउट
srv-sign-in-failed = इमेल ठेगाना वा पासवर्ड मिलेन।

## Error pages

srv-error-not-found-title = पेज भेटिएन
srv-error-not-found = तपाईंले खोजेको पेज भेटिएन। URL जाँच गर्नुहोस्। QR कोडबाट खोल्नुभएको हो भने फेरि स्क्यान गर्नुहोस्।
srv-error-forbidden-title = यो कार्य गर्न सकिँदैन
srv-error-forbidden = तपाईंलाई यो पेज हेर्ने अनुमति छैन, वा पेजको म्याद सकिएको छ। अघिल्लो पेजमा फर्केर फेरि प्रयास गर्नुहोस्।
srv-error-bad-request-title = भरेको कुरा स्वीकार गर्न सकिएन
srv-error-bad-request = पठाइएको कुरा पढ्न सकिएन। अघिल्लो पेजमा फर्केर फेरि भर्नुहोस्।
srv-error-rate-limited-title = कृपया केही बेर पर्खनुहोस्
srv-error-rate-limited = छोटो समयमा धेरै प्रयास भयो। केही बेरपछि फेरि प्रयास गर्नुहोस्।
srv-error-internal-title = समस्या भयो
srv-error-internal = सर्भरमा समस्या भयो। केही समयपछि फेरि प्रयास गर्नुहोस्। समाधान नभए Hello Work को काउन्टरमा सोध्नुहोस्।

## Fields of the application

srv-field-receipt = दर्ता नम्बर (受付番号)
srv-field-status = अवस्था
srv-field-name = नाम
srv-name-kana-only = (काताकानामा लेखिएको)
srv-field-identity-source = व्यक्तिगत विवरण भरेको तरिका
srv-identity-from-card = माइ नम्बर कार्डबाट पढिएको (व्यक्तिको पहिचान अझै जाँच गरिएको छैन)
srv-card-read = (कार्डबाट पढिएको)
srv-card-changed = (कार्डबाट पढेपछि परिवर्तन गरिएको)
srv-field-kana = उच्चारण (काताकाना)
srv-field-birth-date = जन्म मिति
srv-field-sex = लिङ्ग
srv-field-address = ठेगाना
srv-field-street = ब्लक र घर नम्बर
srv-field-building = भवनको नाम र कोठा नम्बर
srv-field-phone = फोन नम्बर
srv-field-email = इमेल ठेगाना
srv-field-occupations = चाहेको कामको प्रकार
srv-field-occupation-n = चाहेको कामको प्रकार (रोजाइ { $n })
srv-field-employment-types = चाहेको रोजगारीको प्रकार
srv-field-wage = चाहेको पारिश्रमिक
srv-field-work-locations = चाहेको कार्यस्थल
srv-field-hours = चाहेको काम गर्ने समय
srv-field-now = हालको अवस्था
srv-field-insurance = रोजगार बीमा (雇用保険) लिने योजना
srv-field-education = उच्चतम शैक्षिक योग्यता
srv-field-qualifications = अनुमतिपत्र र योग्यता
srv-field-work-history = कार्य अनुभव
srv-field-my-page = My Page (求職者マイページ)
srv-field-job-seeker-number = रोजगार खोजकर्ता नम्बर (求職番号)
srv-field-return-reason = कारण:

srv-sex-female = महिला
srv-sex-male = पुरुष
srv-sex-unstated = उत्तर नदिने
srv-employment-full-time = स्थायी कर्मचारी
srv-employment-part-time = पार्ट टाइम
srv-employment-dispatch = डिस्प्याच कर्मचारी (हाकेन)
srv-employment-contract = करार कर्मचारी
srv-wage-monthly = मासिक कम्तीमा { $amount } येन
srv-wage-hourly = प्रति घण्टा कम्तीमा { $amount } येन
srv-wage-kind-monthly = मासिक
srv-wage-kind-hourly = प्रति घण्टा
srv-wage-amount = रकम (येन, कम्तीमा)
srv-now-employed = काम गरिरहेको
srv-now-not-employed = काम छोडेको
srv-now-student = विद्यार्थी
srv-insurance-yes = लिने योजना छ
srv-insurance-no = लिने योजना छैन
srv-insurance-unsure = थाहा छैन
srv-education-junior-high = निम्न माध्यमिक (जुनियर हाई स्कुल)
srv-education-high-school = माध्यमिक (हाई स्कुल)
srv-education-vocational = व्यावसायिक विद्यालय
srv-education-junior-college = छोटो अवधिको कलेज, प्राविधिक कलेज
srv-education-university = विश्वविद्यालय
srv-education-graduate = स्नातकोत्तर
srv-education-other = अन्य
srv-my-page-wanted = बनाउन चाहन्छ
srv-my-page-not-wanted = बनाउन चाहँदैन

srv-status-provisional = अस्थायी प्राप्ति
srv-status-accepted = स्वीकृत
srv-status-returned = फिर्ता गरिएको

## Phone: the QR code's page

srv-continue-title = रोजगार खोज आवेदन जारी राख्नुहोस्
srv-continue-lead = लबीको मेसिनबाट दिएको तपाईंको आवेदन प्राप्त भयो। यो पेजमा My Page (求職者マイページ) बनाउन सक्नुहुन्छ।
srv-received-title = प्राप्त भएको विवरण
srv-received-wrong = विवरणमा गल्ती भए काउन्टरमा कर्मचारीलाई भन्नुहोस्।
srv-on-its-way-title = पठाइँदैछ
srv-on-its-way = तपाईंको आवेदन लबीको मेसिनबाट Hello Work मा पठाइँदैछ।
srv-on-its-way-refresh = यो पेज आफैँ अद्यावधिक हुन्छ। कृपया पर्खनुहोस्।
srv-on-its-way-help = केही बेरसम्म पनि परिवर्तन नभए काउन्टरमा दर्ता नम्बर (受付番号) भन्नुहोस्।
srv-expired-title = यो QR कोडको म्याद सकियो
srv-expired = QR कोडको म्याद सकियो। Hello Work को काउन्टरमा कर्मचारीले आवेदनको विवरण हेर्न र My Page (求職者マイページ) बनाउन सहयोग गर्नेछन्। दर्ता नम्बर (受付番号) भन्नुहोस्।
srv-spent-title = My Page (求職者マイページ) बनिसकेको छ
srv-spent = यो QR कोडबाट पासवर्ड सेट भइसकेको छ। इमेल ठेगाना र पासवर्डले My Page (マイページ) मा लगइन गर्नुहोस्।
srv-my-page-open-title = My Page (求職者マイページ) बनाउनुहोस्
srv-no-email = तपाईंको आवेदनमा इमेल ठेगाना नभएकाले यहाँ My Page बनाउन सकिँदैन। काउन्टरमा कर्मचारीले सहयोग गर्नेछन्।
srv-code-send = पुष्टि कोड पठाउनुहोस्
srv-code-resend = पुष्टि कोड फेरि पठाउनुहोस्
srv-code-sent = पुष्टि कोड पठाइयो। कृपया इमेल हेर्नुहोस्। नआएमा स्प्याम फोल्डर पनि हेर्नुहोस्।
srv-code-label = पुष्टि कोड (6 अङ्क)
srv-code-help = इमेलमा भएको 6 अङ्क लेख्नुहोस्।
srv-code-submit = पुष्टि गर्नुहोस्
srv-code-wrong = पुष्टि कोड मिलेन। अझै { $remaining } पटक प्रयास गर्न सकिन्छ।
srv-code-need-new = पुष्टि कोडको म्याद सकियो वा प्रयासको सीमा पुग्यो। कृपया नयाँ पुष्टि कोड पठाउनुहोस्।
srv-code-send-failed = पुष्टि कोडको इमेल पठाउन सकिएन। केही समयपछि फेरि प्रयास गर्नुहोस्।
srv-code-send-limited = कोड लगातार पठाउन सकिँदैन। करिब { $minutes } मिनेटपछि फेरि प्रयास गर्नुहोस्।
srv-email-verified = इमेल ठेगाना ({ $email }) पुष्टि भयो। अब My Page (マイページ) को पासवर्ड बनाउनुहोस्।

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = लबीको मेसिनबाट दिएको तपाईंको आवेदन प्राप्त भयो। तपाईं नै हो भनी पुष्टि भएपछि आवेदनको विवरण हेर्न र My Page (求職者マイページ) बनाउन सक्नुहुन्छ।
srv-proof-title = आफ्नो पहिचान पुष्टि
srv-proof-email = आवेदन दिँदा लेखेको इमेल ठेगानामा 6 अङ्कको पुष्टि कोड पठाइन्छ। पुष्टि नहुन्जेल यो पेजमा तपाईंको नाम वा जानकारी देखाइँदैन।
srv-proof-email-help = इमेल नआएमा वा इमेल ठेगाना गलत लेखेको भए काउन्टरमा दर्ता नम्बर (受付番号) भन्नुहोस्।
srv-proof-birth = तपाईंको आवेदनमा इमेल ठेगाना नभएकाले जन्म मितिले पुष्टि गरिन्छ। पुष्टि नहुन्जेल यो पेजमा तपाईंको नाम वा जानकारी देखाइँदैन।
srv-birth-label = जन्म मिति
srv-birth-help = उदाहरण: 1990/7/15, 1990-07-15 वा 平成2年7月15日
srv-birth-submit = पुष्टि गर्नुहोस्
srv-birth-unreadable = जन्म मितिको रूपमा पढ्न सकिएन। उदाहरणजस्तै वर्ष, महिना र गते लेख्नुहोस्।
srv-birth-wrong = जन्म मिति आवेदनसँग मिलेन। अझै { $remaining } पटक प्रयास गर्न सकिन्छ।
srv-birth-locked = जन्म मितिको प्रयासको सीमा पुगेकाले यो पेजमा अब पुष्टि गर्न सकिँदैन। काउन्टरमा दर्ता नम्बर (受付番号) भन्नुहोस्।
srv-proof-bound-time = यो पेज 30 मिनेटसम्म, र पुष्टि गरेको यही ब्राउजरमा मात्र चल्छ।

srv-password-label = पासवर्ड
srv-password-help = कम्तीमा { $min } अक्षरको बनाउनुहोस् ({ $suggested } अक्षर वा बढी राम्रो)। अक्षरको प्रकारमा कुनै नियम छैन; खाली ठाउँ र काना पनि चल्छ। धेरैले प्रयोग गर्ने पासवर्ड चल्दैन।
srv-password-confirm-label = पासवर्ड (पुष्टिका लागि फेरि)
srv-password-submit = पासवर्ड सेट गरेर My Page बनाउनुहोस्
srv-password-too-short = पासवर्ड कम्तीमा { $min } अक्षरको हुनुपर्छ।
srv-password-too-long = पासवर्ड बढीमा { $max } अक्षरको हुनुपर्छ।
srv-password-common = यो पासवर्ड धेरैले प्रयोग गर्ने र अनुमान गर्न सजिलो भएकाले चल्दैन। अर्को छान्नुहोस्।
srv-password-personal = इमेल ठेगाना वा आफ्नो व्यक्तिगत जानकारी भएको पासवर्ड चल्दैन।
srv-password-mismatch = पुष्टिका लागि लेखेको पासवर्ड मिलेन।

## Mail

srv-mail-code-subject = [Hello Work] पुष्टि कोडको सूचना
srv-mail-code-body =
    पुष्टि कोड: { $code }

    यो Hello Work को लबीको मेसिनमा दिएको आवेदनबाट My Page (求職者マイページ) बनाउनका लागि पुष्टि कोड हो।
    स्मार्टफोनको स्क्रिनमा यी 6 अङ्क लेख्नुहोस्। कोड { $minutes } मिनेटसम्म मान्य हुन्छ।

    तपाईंले आवेदन दिनुभएको छैन भने यो इमेल मेटाउनुहोस्।

srv-mail-change-code-subject = [Hello Work] इमेल ठेगाना बदल्ने पुष्टि कोड
srv-mail-change-code-body =
    पुष्टि कोड: { $code }

    यो My Page (求職者マイページ) को इमेल ठेगाना यस ठेगानामा बदल्ने पुष्टि कोड हो।
    My Page को स्क्रिनमा यी 6 अङ्क लेख्नुहोस्। कोड { $minutes } मिनेटसम्म मान्य हुन्छ।

    तपाईंले अनुरोध गर्नुभएको छैन भने यो इमेल मेटाउनुहोस्। इमेल ठेगाना बदलिँदैन।
srv-mail-email-changed-subject = [Hello Work] इमेल ठेगाना बदलियो
srv-mail-email-changed-body =
    My Page (求職者マイページ) को इमेल ठेगाना { $email } मा बदलियो।
    अबदेखि नयाँ ठेगानाले लगइन गर्नुहोस्। यो ठेगानामा अब सूचना आउँदैन।

    तपाईंले यो परिवर्तन गर्नुभएको होइन भने तुरुन्तै Hello Work को काउन्टरमा सम्पर्क गर्नुहोस्।

## My Page

srv-my-title = My Page (求職者マイページ)
srv-my-nav = My Page मेनु
srv-my-signin-title = My Page (求職者マイページ) मा लगइन
srv-my-signin-help = पासवर्ड बिर्सनुभयो भने Hello Work को काउन्टरमा सोध्नुहोस्।
srv-my-status-title = आवेदनको अवस्था
srv-my-status-provisional = अस्थायी प्राप्तिको अवस्थामा छ। Hello Work को काउन्टरमा पहिचान जाँच भएपछि आवेदन स्वीकृत हुन्छ र रोजगार खोजकर्ता नम्बर (求職番号) जारी हुन्छ।
srv-my-status-accepted = काउन्टरमा स्वीकृत भयो। रोजगार खोजकर्ता नम्बर Hello Work कार्ड (ハローワークカード) मा पनि लेखिन्छ।
srv-my-status-returned = काउन्टरले तपाईंको आवेदन फिर्ता गर्‍यो। विवरण जाँचेर काउन्टरमा परामर्श लिनुहोस्।
srv-my-registration-title = दर्ता गरिएको विवरण
srv-my-saved = परिवर्तन सुरक्षित भयो।
srv-my-edit-title = दर्ता विवरण बदल्नुहोस्
srv-my-edit-lead = सम्पर्क विवरण र चाहेको काम बदल्न सकिन्छ। घर सरेको भए हुलाक कोड र ब्लक/घर नम्बर बदल्नुहोस्।
srv-my-edit-contact = सम्पर्क विवरण
srv-field-postcode = हुलाक कोड
srv-field-town = क्षेत्र (町域)
srv-my-email-title = इमेल ठेगाना बदल्नुहोस्
srv-my-email-lead = इमेल ठेगाना My Page (求職者マイページ) मा लगइन गर्न पनि प्रयोग हुन्छ। नयाँ ठेगानामा पुष्टि कोड पठाइन्छ; त्यो कोड लेखेपछि ठेगाना बदलिन्छ। त्यतिन्जेल हालको ठेगानाले लगइन गर्न सकिन्छ।
srv-my-email-now = हालको इमेल ठेगाना
srv-field-new-email = नयाँ इमेल ठेगाना
srv-my-email-new-title = नयाँ ठेगाना दर्ता गर्नुहोस्
srv-field-current-password = हालको पासवर्ड
srv-my-email-password-help = पहिचान पुष्टिका लागि My Page (マイページ) को पासवर्ड लेख्नुहोस्।
srv-my-email-password-wrong = पासवर्ड मिलेन। My Page (マイページ) मा लगइन गर्दा प्रयोग गर्ने पासवर्ड लेख्नुहोस्।
srv-my-email-code-title = पुष्टि कोड लेख्नुहोस्
srv-my-email-code-lead = { $email } मा पठाइएको 6 अङ्कको पुष्टि कोड लेख्नुहोस्।
srv-my-email-confirm = बदल्नुहोस्
srv-my-email-same = यो हालकै इमेल ठेगाना हो। बदल्न नयाँ ठेगाना लेख्नुहोस्।
srv-my-email-changed = इमेल ठेगाना { $email } मा बदलियो। अबदेखि यही ठेगानाले लगइन गर्नुहोस्।
srv-my-edit-postcode-hint = 7 अङ्क। प्रिफेक्चर, सहर र क्षेत्र हुलाक कोडबाट भरिन्छ।
srv-my-edit-town-choose = यो हुलाक कोडमा धेरै क्षेत्र छन्। तपाईं बस्ने क्षेत्र छान्नुहोस्।
srv-my-edit-work = चाहेको काम
srv-my-edit-disclosure = रोजगार खोज जानकारी दिने र सम्पर्कको तरिका
srv-my-edit-self-pr = आफ्नो परिचय र विशेष टिप्पणी

## Trust (slice B): name, birth date and address changes after acceptance, and their audit

srv-sign-in-form-expired = लगइन पेजको म्याद सकियो वा यो साइटको पेज होइन। कृपया फेरि लगइन गर्नुहोस्।
srv-my-edit-person = नाम र जन्म मिति
srv-my-edit-checked-note = काउन्टरमा आवेदन स्वीकृत भएपछि नाम, जन्म मिति र ठेगानाको परिवर्तन काउन्टरका कर्मचारीले जाँचेपछि मात्र लागू हुन्छ।
srv-field-family-name = थर
srv-field-given-name = नाम
srv-field-family-kana = थरको उच्चारण (काताकाना)
srv-field-given-kana = नामको उच्चारण (काताकाना)
srv-birth-calendar = पात्रो
srv-birth-year = वर्ष
srv-birth-month = महिना
srv-birth-day = गते
srv-calendar-western = ईस्वी सन् (उदाहरण: 1985)
srv-calendar-meiji = मेइजी (明治)
srv-calendar-taisho = ताइसो (大正)
srv-calendar-showa = शोवा (昭和)
srv-calendar-heisei = हेइसेई (平成)
srv-calendar-reiwa = रेइवा (令和)
srv-my-change-sent = अन्य परिवर्तन सुरक्षित भए। नाम, जन्म मिति र ठेगानाको परिवर्तन काउन्टरमा पठाइयो; कर्मचारीले जाँचेपछि लागू हुन्छ।
srv-my-change-pending-title = काउन्टरमा जाँच हुँदै गरेका परिवर्तन
srv-my-change-pending-lead = यी परिवर्तन काउन्टरका कर्मचारीले जाँचेपछि लागू हुन्छन्:
srv-change-pending-title = निर्णय पर्खिरहेका परिवर्तन
srv-change-pending-lead = आवेदन स्वीकृत भएपछि रोजगार खोजकर्ताले My Page मा यी कुरा बदले। जाँच गर्नुहोस् (आवश्यक परे पहिचान कागजातसहित), अनि लागू गर्ने कि नगर्ने निर्णय गर्नुहोस्।
srv-change-old = परिवर्तनअघि
srv-change-new = परिवर्तनपछि (अनुरोध)
srv-change-when = मिति र समय
srv-change-who = परिवर्तन गर्ने
srv-change-action = विवरण
srv-change-field = विषय
srv-change-accept = परिवर्तन लागू गर्नुहोस्
srv-change-refuse = परिवर्तन लागू नगर्नुहोस्
srv-change-already-decided = यो परिवर्तनमा निर्णय भइसकेको छ।
srv-change-audit-title = परिवर्तनको रेकर्ड
srv-change-audit-none = नाम, जन्म मिति वा ठेगानामा कुनै परिवर्तन छैन।
srv-change-by-visitor = रोजगार खोजकर्ता (My Page)
srv-change-action-applied = बदलियो
srv-change-action-requested = अनुरोध
srv-change-action-accepted = लागू भयो
srv-change-action-refused = लागू भएन

## API error codes (for kiosk screens and logs)

srv-problem-malformed-json = पठाइएको कुरा JSON को रूपमा पढ्न सकिएन।
srv-problem-invalid-body = पठाइएको कुराका विषयहरू मिलेनन्।
srv-problem-body-too-large = पठाइएको कुरा धेरै ठूलो छ।
srv-problem-unsupported-media-type = पठाइएको कुराको ढाँचा मिलेन (application/json चाहिन्छ)।
srv-problem-unauthorized = किओस्कको प्रमाणीकरण असफल भयो। किओस्क फेरि दर्ता गर्नुहोस्।
srv-problem-idempotency-key-invalid = पठाइको पहिचान कुञ्जी (Idempotency-Key) मिलेन।
srv-problem-idempotency-conflict = एउटै पहिचान कुञ्जीबाट फरक कुरा पठाइयो।
srv-problem-envelope-malformed = सिल गरिएको आवेदन डाटाको ढाँचा मिलेन।
srv-problem-envelope-version-unknown = सिल गरिएको आवेदन डाटाको संस्करण थाहा भएन। किओस्कको सफ्टवेयर जाँच गर्नुहोस्।
srv-problem-envelope-unopenable = आवेदन डाटा खोल्न सकिएन। सर्भरको कुञ्जी र किओस्कको दर्ता जाँच गर्नुहोस्।
srv-problem-envelope-payload-invalid = आवेदन डाटाभित्रको कुरा मिलेन।
srv-problem-identifiers-invalid = दर्ता नम्बर (受付番号), QR कोड वा पठाएको समयमध्ये कुनै मिलेन।
srv-problem-office-mismatch = आवेदन डाटाको कार्यालय कोड किओस्कको दर्तासँग मिलेन।
srv-problem-continuation-token-taken = यो QR कोड अर्को आवेदनमा प्रयोग भइसकेको छ।
srv-problem-enrolment-code-invalid = दर्ता कोड गलत छ, प्रयोग भइसकेको छ, वा म्याद सकिएको छ।
srv-problem-kiosk-id-invalid = किओस्क ID मिलेन (रोमन अक्षर, अङ्क र . _ -, बढीमा 64 अक्षर)।
srv-problem-kiosk-id-taken = यो किओस्क ID अर्को कार्यालयमा दर्ता भइसकेको छ।
srv-problem-survey-invalid = सर्वेक्षणको उत्तर दायराबाहिर छ।
srv-problem-heartbeat-invalid = सञ्चालन रिपोर्ट दायराबाहिर छ।
srv-problem-not-found = भेटिएन।
srv-problem-method-not-allowed = यो कार्य गर्न सकिँदैन।
srv-problem-rate-limited = अनुरोध धेरै भए। केही बेर पर्खेर फेरि पठाउनुहोस्।
srv-problem-unavailable = डाटाबेससँग जडान हुन सकेन।
srv-problem-internal = सर्भरमा समस्या भयो। केही बेरपछि फेरि प्रयास गर्नुहोस्।

## Counter pages

srv-counter-nav = काउन्टर मेनु
srv-counter-title = आजका आवेदन
srv-counter-signin-title = कर्मचारी लगइन
srv-counter-login = लगइन ID
srv-counter-sign-in-failed = लगइन ID वा पासवर्ड मिलेन।
srv-role-admin = प्रशासक
srv-role-staff = कर्मचारी
srv-counter-office = कार्यालय
srv-counter-all-offices = सबै कार्यालय
srv-counter-no-offices = कुनै कार्यालय दर्ता भएको छैन। `madoguchi-server kiosk add` ले दर्ता गर्नुहोस्।
srv-counter-date = प्राप्त मिति
srv-counter-search = देखाउनुहोस्
srv-counter-receipt-invalid = दर्ता नम्बर (受付番号) 6 अक्षरको हुन्छ (अङ्क 0, 1, 2, 5, 6 र 8 प्रयोग हुँदैनन्)। कृपया फेरि जाँच गर्नुहोस्।
srv-counter-results-day = { $date } का आवेदन ({ $count } वटा)
srv-counter-results-receipt = दर्ता नम्बर (受付番号) { $receipt } को आवेदन
srv-counter-office-caption = कार्यालय कोड { $office }
srv-counter-none = मिल्ने आवेदन छैन।
srv-counter-received-at = प्राप्त मिति र समय
srv-counter-findings = जाँच्नुपर्ने
srv-counter-back = सूचीमा फर्कनुहोस्
srv-counter-application-page = दर्ता नम्बर (受付番号) { $receipt }
srv-counter-application-title = आवेदनको विवरण
srv-counter-visitor-language = आवेदनको भाषा
srv-counter-my-page = My Page (求職者マイページ)
srv-counter-my-page-open = बनिसकेको
srv-counter-my-page-not-open = नबनेको
srv-counter-birth-calendar = जन्म मिति { $calendar } मा लेखिएको थियो।
srv-counter-findings-title = काउन्टरमा जाँच्नुपर्ने विषय
srv-counter-findings-lead = किओस्कमा भरिएको विवरणमा यी कुरा थिए। आवेदकसँग जाँच गर्नुहोस्।
srv-counter-identity-title = पहिचान जाँच
srv-counter-identity-document = जाँचेको कागजात
srv-counter-identity-submit = पहिचान जाँच रेकर्ड गर्नुहोस्
srv-counter-identity-done = { $time } मा { $by } ले { $document } बाट पहिचान जाँच गर्नुभयो।
srv-counter-identity-invalid = जाँचेको कागजात छान्नुहोस्।
srv-counter-decision-title = स्वीकार वा फिर्ता
srv-counter-accept-lead = स्वीकार गर्दा रोजगार खोजकर्ता नम्बर (求職番号) जारी हुन्छ। जारी भएको नम्बर रद्द गर्न सकिँदैन।
srv-counter-accept = स्वीकार गरेर रोजगार खोजकर्ता नम्बर जारी गर्नुहोस्
srv-counter-accept-needs-identity = स्वीकार गर्नुअघि पहिचान जाँच रेकर्ड गर्नुहोस्।
srv-counter-already-decided = यो आवेदन स्वीकार वा फिर्ता भइसकेको छ।
srv-counter-return-reason = फिर्ता गर्नुको कारण
srv-counter-return-help = आवेदकको My Page (求職者マイページ) मा देखिन्छ।
srv-counter-return = फिर्ता गर्नुहोस्
srv-counter-return-reason-invalid = फिर्ता गर्नुको कारण 500 अक्षरभित्र लेख्नुहोस्।
srv-counter-print-a4 = रोजगार खोज प्राप्ति पर्ची छाप्नुहोस् (A4)
srv-counter-print-receipt = रोजगार खोज प्राप्ति पर्ची छाप्नुहोस् (रसिद 80 mm)
srv-counter-print-hint = ब्राउजरको प्रिन्ट सुविधा (Ctrl+P) ले छाप्नुहोस्।
srv-id-doc-my-number-card = माइ नम्बर कार्ड (マイナンバーカード)
srv-id-doc-driving-licence = सवारी चालक अनुमतिपत्र
srv-id-doc-residence-card = निवास कार्ड (在留カード)
srv-id-doc-passport = राहदानी
srv-id-doc-health-insurance = स्वास्थ्य बीमा पुष्टि कागजात
srv-id-doc-other = अन्य कागजात

## Registration slip

srv-slip-title = रोजगार खोज प्राप्ति पर्ची (求職受付票)
srv-slip-accepted-on = स्वीकृत मिति
srv-slip-identity = पहिचान कागजात
srv-slip-staff = जिम्मेवार कर्मचारी
srv-slip-note = Hello Work कार्ड नआउन्जेल यो पर्ची सुरक्षित राख्नुहोस्। रोजगार खोजकर्ता नम्बर (求職番号) My Page (求職者マイページ) मा पनि हेर्न सकिन्छ।

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = स्कोरकार्ड
srv-scorecard-lead = योजनाको परिभाषाअनुसारको अनलाइन प्रयोग दर, कार्यालय, प्रिफेक्चर श्रम ब्युरो र राष्ट्रिय स्तरमा, त्रैमासिक रूपमा। रोजगार खोजकर्ता भन्नाले नयाँ दर्ता भएका सबै: किओस्कका आवेदन र काउन्टर तथा अनलाइनमा दर्ता भएका (कर्मचारीले लेखेका वा आयात गरेका)।
srv-scorecard-quarter = त्रैमास (उदाहरण: 2026Q3)
srv-scorecard-period = { $quarter } ({ $from } देखि { $to })
srv-scorecard-chart-title = { $name } को अनलाइन प्रयोग दर (पछिल्लो 8 त्रैमास)
srv-scorecard-chart-caption = स्तम्भले अनलाइन प्रयोग दर देखाउँछ: 20% लक्ष्य पुगेमा भरिएको, नपुगेमा धर्का भएको। टुक्रे रेखा 20% लक्ष्य हो, थोप्ले रेखा आर्थिक वर्ष 2019 को 8.0% हो। तलको तालिकामा उही अङ्क छन्।
srv-scorecard-target-label = लक्ष्य 20%
srv-scorecard-baseline-label = आ.व. 2019 8.0%
srv-scorecard-legend-met = लक्ष्य पुगेको (भरिएको)
srv-scorecard-legend-not-met = नपुगेको (धर्का)
srv-scorecard-quarter-head = त्रैमास
srv-scorecard-rate = अनलाइन प्रयोग दर
srv-scorecard-target = लक्ष्य 20%
srv-scorecard-met = पुगेको
srv-scorecard-not-met = नपुगेको
srv-scorecard-accepted = स्वीकृत
srv-scorecard-answers = सर्वेक्षणका उत्तर
srv-scorecard-distribution = उत्तरको वितरण (1–5)
srv-scorecard-mean = औसत
srv-scorecard-definition-title = अनलाइन प्रयोग दरको परिभाषा
srv-scorecard-definition-source = स्रोत: अनलाइन प्रयोग दर बढाउने आधारभूत योजना (22 अक्टोबर 2021), रोजगार खोज आवेदन। जापानीमा उद्धृत।
srv-scorecard-definition = बनेका My Page (求職者マイページ) को सङ्ख्या ÷ रोजगार खोजकर्ता (जुनसुकै माध्यमबाट दर्ता भएका सबै नयाँ रोजगार खोजकर्ता)। दुवै रोजगार खोजकर्ताको दर्ता मिति (जापानी समय) अनुसार गनिन्छन्, त्यसैले 100% नाघ्दैन। आर्थिक वर्ष अप्रिलबाट सुरु हुन्छ; पहिलो त्रैमास अप्रिलदेखि जुनसम्म हो।
srv-scorecard-csv = CSV मा सुरक्षित गर्नुहोस्
srv-scorecard-json = JSON हेर्नुहोस्
srv-scorecard-print = छाप्ने दृश्य
srv-scorecard-refresh = अङ्क अहिले फेरि गणना गर्नुहोस्
srv-scorecard-national = राष्ट्रिय
srv-scorecard-kpi-title = मध्यकालीन KPI: 3,40,000 My Page (求職者マイページ) बनाउने
srv-scorecard-kpi = जम्मा बनेका { $openings } / { $kpi } ({ $percent })
srv-scorecard-updated = अङ्क गणना गरिएको समय: { $at } (जापानी समय)
srv-scorecard-never-updated = अङ्क अझै गणना गरिएको छैन।
srv-scorecard-table-caption = त्रैमासका रोजगार खोजकर्ता र बनेका My Page
srv-scorecard-unit = एकाइ
srv-scorecard-job-seekers = रोजगार खोजकर्ता (दर्ता मिति अनुसार)
srv-scorecard-opened = बनेका My Page
srv-scorecard-kiosk-share = बनेकामध्ये किओस्कको हिस्सा
srv-scorecard-cumulative = जम्मा बनेका
srv-scorecard-from-kiosk = किओस्क (स्वचालित)
srv-scorecard-from-counter = काउन्टर (कर्मचारीको रेकर्ड)
srv-scorecard-from-online = अनलाइन (कर्मचारीको रेकर्ड)
srv-scorecard-total = जम्मा
srv-scorecard-opened-kiosk = किओस्कबाट (स्वचालित)
srv-scorecard-opened-recorded = कर्मचारीको रेकर्ड
srv-scorecard-sources = “स्वचालित” ले किओस्कका आवेदन र तिनका QR कोडबाट बनेका My Page गन्छ। “कर्मचारीको रेकर्ड” भनेको काउन्टर र अनलाइनका दर्ता सङ्ख्या र काउन्टरमा बनेका My Page हुन्, जुन कर्मचारीले लेखेका वा आयात गरेका हुन् (दर्ता सङ्ख्या रेकर्ड पेजमा प्रत्येक दिन कसले कहिले रेकर्ड गर्‍यो देखिन्छ)। फिर्ता गरिएका आवेदन गनिँदैनन्।
srv-scorecard-rating-title = किओस्कको एक प्रश्ने सर्वेक्षण र स्वीकृति
srv-scorecard-trend-title = पछिल्लो 8 त्रैमासको प्रवृत्ति

srv-tally-title = दर्ता सङ्ख्याको रेकर्ड
srv-tally-lead = किओस्कबाहेक (काउन्टरमा कागज वा कार्यालयको कम्प्युटर, र अनलाइन) दर्ता भएका नयाँ रोजगार खोजकर्ताको सङ्ख्या दिन र माध्यमअनुसार रेकर्ड गर्नुहोस्। उही दिन र माध्यम फेरि रेकर्ड गरेमा पहिलेको रेकर्ड बदलिन्छ।
srv-tally-saved = रेकर्ड गरियो। स्कोरकार्डका अङ्क पनि फेरि गणना गरियो।
srv-tally-one-title = एक दिनको लेख्नुहोस्
srv-tally-day = दर्ता मिति
srv-tally-channel = माध्यम
srv-tally-channel-counter = काउन्टर (कागज, कार्यालयको कम्प्युटर)
srv-tally-channel-online = अनलाइन
srv-tally-registered = नयाँ रोजगार खोजकर्ता सङ्ख्या
srv-tally-opened = बनेका My Page को सङ्ख्या
srv-tally-opened-hint = त्यस दिन दर्ता भएका रोजगार खोजकर्तामध्ये My Page बनाउनेको सङ्ख्या (काउन्टरमा जाँचिएको)। रोजगार खोजकर्ता सङ्ख्याभन्दा बढी हुँदैन।
srv-tally-save = रेकर्ड गर्नुहोस्
srv-tally-import-title = दैनिक CSV आयात गर्नुहोस्
srv-tally-import-lead = पहिलो लाइनमा शीर्षक र दोस्रो लाइनदेखि एक लाइनमा एक दिन र एक माध्यम भएको CSV टाँस्नुहोस्। एउटा मात्र गल्ती भए पनि केही आयात हुँदैन र लाइन तथा स्तम्भ देखाइन्छ।
srv-tally-csv-file = CSV फाइल छान्नुहोस्
srv-tally-csv = वा CSV को सामग्री टाँस्नुहोस्
srv-tally-import = आयात गर्नुहोस्
srv-tally-list-title = { $quarter } का रेकर्ड
srv-tally-none = यो त्रैमासको रेकर्ड अझै छैन।
srv-tally-source = रेकर्डको स्रोत
srv-tally-source-tally = लेख्ने: { $who } ({ $at })
srv-tally-source-import = CSV आयात: { $who } ({ $at })
srv-tally-error-header = पहिलो लाइन date,channel,registrations,my_pages_opened हुनुपर्छ।
srv-tally-error-columns = लाइनमा 4 स्तम्भ छैनन्।
srv-tally-error-date = मिति 2026-10-01 को ढाँचामा लेख्नुहोस्।
srv-tally-error-future = यो मिति अझै आएको छैन।
srv-tally-error-channel = माध्यम counter वा online हुनुपर्छ।
srv-tally-error-count = 0 वा बढीको पूर्णाङ्क लेख्नुहोस्।
srv-tally-error-opened = बनेका My Page को सङ्ख्या रोजगार खोजकर्ता सङ्ख्याभन्दा बढी छ।
srv-tally-error-duplicate = उही दिन र माध्यम दुई पटक छ।
srv-tally-error-empty = शीर्षकबाहेक कुनै लाइन छैन।
srv-tally-error-too-many = लाइन धेरै भए। भाग लगाएर आयात गर्नुहोस्।
srv-tally-error-unreadable = CSV को रूपमा पढ्न सकिएन।
srv-tally-error-at-column = लाइन { $line }, स्तम्भ { $column }: { $message }
srv-tally-error-at-line = लाइन { $line }: { $message }

srv-public-title = अनलाइन प्रयोग दरको स्कोरकार्ड
srv-public-lead = Hello Work मा रोजगार खोज आवेदनको अनलाइन प्रयोग दर, योजनाअनुसार हरेक त्रैमास सार्वजनिक गरिन्छ।
srv-public-withheld = गोप्य
srv-public-job-seekers = रोजगार खोजकर्ता
srv-public-openings = बनेका My Page
srv-public-prefectures = राष्ट्रिय र प्रिफेक्चर श्रम ब्युरो
srv-public-offices = कार्यालय अनुसार
srv-public-withheld-note = “गोप्य” भनेको { $min } भन्दा कम सङ्ख्या, र अरू सङ्ख्याबाट गणना गर्न नसकियोस् भनेर लुकाइएका सङ्ख्या हुन्। कुनै व्यक्ति पहिचान नहोस् भनेर यसो गरिएको हो।

srv-survey-title = अनलाइन प्रक्रियाबारे सर्वेक्षण
srv-survey-lead = रोजगार खोजको आवेदन र My Page (求職者マイページ) प्रयोग गर्न कति सजिलो थियो, भन्नुहोस्। नाम वा सम्पर्क विवरण नलेख्नुहोस्; लेखिएका फोन नम्बर र इमेल ठेगाना सुरक्षित गर्नुअघि मेटाइन्छन्।
srv-survey-ease = प्रक्रिया सजिलो थियो?
srv-survey-ease-5 = धेरै सजिलो
srv-survey-ease-4 = सजिलो
srv-survey-ease-3 = ठिकै
srv-survey-ease-2 = गाह्रो
srv-survey-ease-1 = धेरै गाह्रो
srv-survey-time = कति समय लाग्यो?
srv-survey-time-under-5 = 5 मिनेटभन्दा कम
srv-survey-time-5-15 = 5–15 मिनेट
srv-survey-time-15-30 = 15–30 मिनेट
srv-survey-time-over-30 = 30 मिनेट वा बढी
srv-survey-hard = के गाह्रो भयो?
srv-survey-hard-hint = मिल्ने सबै छान्नुहोस्।
srv-survey-hard-finding = प्रक्रिया कहाँ गर्ने थाहा भएन
srv-survey-hard-typing = विवरण भर्न गाह्रो भयो
srv-survey-hard-email-code = इमेलको पुष्टि कोड
srv-survey-hard-password = पासवर्ड सेट गर्ने
srv-survey-hard-language = भाषा बुझ्न गाह्रो भयो
srv-survey-hard-other = अन्य
srv-survey-comment = सुझाव (ऐच्छिक)
srv-survey-comment-hint = बढीमा { $max } अक्षर। फोन नम्बर, इमेल ठेगाना, हुलाक कोड आदि सुरक्षित गर्नुअघि मेटाइन्छन्।
srv-survey-send = पठाउनुहोस्
srv-survey-error-ease = कति सजिलो थियो छान्नुहोस्।
srv-survey-error-time = कति समय लाग्यो छान्नुहोस्।
srv-survey-error-hard = गाह्रो भएको कुराको छनोट मिलेन।
srv-survey-thanks-title = धन्यवाद
srv-survey-thanks = तपाईंको उत्तर प्राप्त भयो। नतिजा प्रक्रिया सुधार्न प्रयोग हुन्छ र वर्षमा कम्तीमा एक पटक सार्वजनिक गरिन्छ।
srv-survey-invite-title = कृपया सर्वेक्षणमा सहयोग गर्नुहोस्
srv-survey-invite = केही प्रश्नमार्फत अनलाइन प्रक्रियाबारे आफ्नो अनुभव भन्नुहोस्।
srv-survey-my-page-invite = प्रयोग गर्न सजिलो थियो? छोटो सर्वेक्षणको उत्तर दिनुहोस्।
srv-survey-report-title = वार्षिक सर्वेक्षण प्रतिवेदन
srv-survey-year = आर्थिक वर्ष (उदाहरण: 2026)
srv-survey-report-lead = आर्थिक वर्ष { $year }: उत्तर { $answers }, सजिलोपनको औसत { $mean } (5 सबभन्दा सजिलो)
srv-survey-answers = उत्तर सङ्ख्या
srv-survey-mean = सजिलोपनको औसत
srv-survey-no-office = कार्यालय नतोकिएको
srv-survey-channel = उत्तरको माध्यम
srv-survey-channel-my-page = My Page बाट
srv-survey-channel-public = सार्वजनिक पेजबाट
srv-survey-language = भाषा
srv-survey-comments = सुझाव
srv-survey-comments-note = कर्मचारीका लागि मात्र; सार्वजनिक गरिँदैन। व्यक्तिगत जानकारीका ढाँचा सुरक्षित गर्नुअघि मेटाइएका छन्।
srv-survey-no-comments = कुनै सुझाव छैन।

## Prefectural labour bureaus (the first two digits of the office number)
srv-prefecture-01 = होक्काइदो श्रम ब्युरो
srv-prefecture-02 = आओमोरी श्रम ब्युरो
srv-prefecture-03 = इवाते श्रम ब्युरो
srv-prefecture-04 = मियागी श्रम ब्युरो
srv-prefecture-05 = आकिता श्रम ब्युरो
srv-prefecture-06 = यामागाता श्रम ब्युरो
srv-prefecture-07 = फुकुसिमा श्रम ब्युरो
srv-prefecture-08 = इबाराकी श्रम ब्युरो
srv-prefecture-09 = तोचिगी श्रम ब्युरो
srv-prefecture-10 = गुन्मा श्रम ब्युरो
srv-prefecture-11 = साइतामा श्रम ब्युरो
srv-prefecture-12 = चिबा श्रम ब्युरो
srv-prefecture-13 = टोकियो श्रम ब्युरो
srv-prefecture-14 = कानागावा श्रम ब्युरो
srv-prefecture-15 = निइगाता श्रम ब्युरो
srv-prefecture-16 = तोयामा श्रम ब्युरो
srv-prefecture-17 = इसिकावा श्रम ब्युरो
srv-prefecture-18 = फुकुई श्रम ब्युरो
srv-prefecture-19 = यामानासी श्रम ब्युरो
srv-prefecture-20 = नागानो श्रम ब्युरो
srv-prefecture-21 = गिफु श्रम ब्युरो
srv-prefecture-22 = सिजुओका श्रम ब्युरो
srv-prefecture-23 = आइची श्रम ब्युरो
srv-prefecture-24 = मिए श्रम ब्युरो
srv-prefecture-25 = सिगा श्रम ब्युरो
srv-prefecture-26 = क्योटो श्रम ब्युरो
srv-prefecture-27 = ओसाका श्रम ब्युरो
srv-prefecture-28 = ह्योगो श्रम ब्युरो
srv-prefecture-29 = नारा श्रम ब्युरो
srv-prefecture-30 = वाकायामा श्रम ब्युरो
srv-prefecture-31 = तोत्तोरी श्रम ब्युरो
srv-prefecture-32 = सिमाने श्रम ब्युरो
srv-prefecture-33 = ओकायामा श्रम ब्युरो
srv-prefecture-34 = हिरोसिमा श्रम ब्युरो
srv-prefecture-35 = यामागुची श्रम ब्युरो
srv-prefecture-36 = तोकुसिमा श्रम ब्युरो
srv-prefecture-37 = कागावा श्रम ब्युरो
srv-prefecture-38 = एहिमे श्रम ब्युरो
srv-prefecture-39 = कोची श्रम ब्युरो
srv-prefecture-40 = फुकुओका श्रम ब्युरो
srv-prefecture-41 = सागा श्रम ब्युरो
srv-prefecture-42 = नागासाकी श्रम ब्युरो
srv-prefecture-43 = कुमामोतो श्रम ब्युरो
srv-prefecture-44 = ओइता श्रम ब्युरो
srv-prefecture-45 = मियाजाकी श्रम ब्युरो
srv-prefecture-46 = कागोसिमा श्रम ब्युरो
srv-prefecture-47 = ओकिनावा श्रम ब्युरो

## Kiosk fleet

srv-fleet-title = किओस्कहरूको सञ्चालन अवस्था
srv-fleet-lead = { $minutes } मिनेट वा बढी सञ्चालन रिपोर्ट नपठाएका किओस्कलाई “जवाफ छैन” देखाइन्छ।
srv-fleet-none = कुनै किओस्क दर्ता भएको छैन।
srv-fleet-kiosk = किओस्क
srv-fleet-state = अवस्था
srv-fleet-last-heartbeat = अन्तिम सञ्चालन रिपोर्ट
srv-fleet-version = संस्करण
srv-fleet-occupation-table = पेशा वर्गीकरण तालिका
srv-fleet-postcode-book = हुलाक कोड डाटा
srv-fleet-occupations-differs = सर्भरको तालिकाभन्दा फरक छ
srv-fleet-postcodes-differs = सर्भरको डाटासँग फरक छ
srv-fleet-queue = पठाउन बाँकी
srv-fleet-last-error = अन्तिम त्रुटि
srv-fleet-ok = चलिरहेको
srv-fleet-stale = जवाफ छैन
srv-fleet-never = कहिल्यै छैन
srv-fleet-pending = दर्ता पर्खिरहेको (कोड { $until } सम्म मान्य)
srv-fleet-slot = स्लट
srv-fleet-uptime = चलेको समय
srv-fleet-uptime-value = { $days } दिन { $hours } घण्टा { $minutes } मिनेट
srv-fleet-orientation = स्क्रिनको दिशा
srv-fleet-orientation-portrait = ठाडो
srv-fleet-orientation-landscape = तेर्सो
srv-fleet-steer = नियन्त्रण
srv-fleet-command = निर्देशन
srv-fleet-action-wipe-screen = स्क्रिन मेटाएर सुरुमा फर्काउने
srv-fleet-action-send-queue = पठाउन बाँकी अहिले नै पठाउने
srv-fleet-action-restart = किओस्कको प्रोग्राम पुनः सुरु गर्ने
srv-fleet-action-reboot = किओस्क पुनः सुरु गर्ने
srv-fleet-action-apply-config = कन्फिगरेसन लागू गर्ने
srv-fleet-action-revoke = दर्ता रद्द गर्ने
srv-fleet-config = कन्फिगरेसन फाइल (कन्फिगरेसन लागू गर्दा मात्र)
srv-fleet-config-label = kiosk.toml को सामग्री
srv-fleet-send = पठाउनुहोस्
srv-fleet-command-sent = निर्देशन दर्ता भयो। किओस्कको अर्को सञ्चालन रिपोर्ट (1 मिनेटभित्र) सँगै यो पुग्नेछ।
srv-fleet-command-not-found = त्यो किओस्क भेटिएन।
srv-fleet-command-admin-only = कन्फिगरेसन लागू गर्न र दर्ता रद्द गर्न प्रशासकले मात्र सक्नुहुन्छ।
srv-fleet-command-not-enrolled = दर्ता नभएको किओस्कलाई निर्देशन पठाउन सकिँदैन।
srv-fleet-command-unknown = त्यस्तो निर्देशन छैन। सूचीबाट छान्नुहोस्।
srv-fleet-command-config-size = कन्फिगरेसन फाइल खाली छ वा धेरै लामो छ (बढीमा 64 KB)।
srv-fleet-silent-alert = { $count } वटा किओस्कबाट { $minutes } मिनेट वा बढी सञ्चालन रिपोर्ट आएको छैन। पावर र नेटवर्क जाँच गर्नुहोस्।
srv-fleet-commands = किओस्कलाई पठाइएका निर्देशन
srv-fleet-commands-none = अहिलेसम्म कुनै निर्देशन छैन।
srv-fleet-command-time = मिति र समय
srv-fleet-command-by = पठाउने व्यक्ति
srv-fleet-command-outcome = नतिजा
srv-fleet-outcome-waiting = किओस्कमा पुग्न पर्खिरहेको
srv-fleet-outcome-delivered = पुग्यो (नतिजा पर्खिरहेको)
srv-fleet-outcome-done = पूरा भयो
srv-fleet-outcome-refused = अस्वीकार गरियो:
srv-name-single = (एउटै नाम)
srv-field-card-name = निवास कार्ड (在留カード) मा भएको नाम

## Job-seeker information, disability, self-PR
srv-field-publication = रोजगार खोज जानकारी सार्वजनिक
srv-publication-not-published = नदेखाउने
srv-publication-without-employer-names = पहिलेका कम्पनीका नामबिना देखाउने
srv-publication-published = देखाउने
srv-field-contact-methods = सम्पर्कको तरिका
srv-contact-method-phone = फोन
srv-contact-method-email = इमेल
srv-contact-method-post = हुलाक
srv-field-avoid-times = सम्पर्क नगर्नुपर्ने समय
srv-field-disability = अपाङ्गता भएको व्यक्तिको रूपमा सहयोग
srv-disability-wanted = चाहन्छ
srv-disability-not-wanted = चाहँदैन
srv-disability-unstated = उत्तर नदिने
srv-field-certificate = अपाङ्गता पुस्तिका
srv-certificate-physical = शारीरिक अपाङ्गता पुस्तिका
srv-certificate-intellectual = बौद्धिक अपाङ्गता पुस्तिका (療育手帳)
srv-certificate-mental = मानसिक अपाङ्गता स्वास्थ्य तथा कल्याण पुस्तिका
srv-certificate-none-or-pending = छैन / आवेदन दिँदै
srv-grade-level = श्रेणी { $grade }
srv-field-support-needs = चाहेको सहुलियत वा सहयोग
srv-need-specialist-desk = विशेष काउन्टरमा परामर्श
srv-need-hours = कामको समय वा दिनमा सहुलियत
srv-need-hospital = अस्पताल जाने वा औषधि खाने कुरामा सहुलियत
srv-need-facilities = सुविधा र आवतजावतमा सहुलियत
srv-need-communication = कुरा बुझाउने तरिकामा सहुलियत (लेखेर, साङ्केतिक भाषा आदि)
srv-need-instructions = निर्देशन दिने तरिकामा सहुलियत
srv-field-support-needs-text = अपाङ्गताबारे भन्न चाहेको कुरा
srv-disability-show = अपाङ्गताबारेका उत्तर देखाउनुहोस्
srv-field-self-pr = आफ्नो परिचय
srv-field-notes = विशेष टिप्पणी
## More items (the application at the counter)

srv-field-nationality = राष्ट्रियता
srv-nationality-japanese = जापानी
srv-nationality-foreign = जापानीबाहेक
srv-field-residence-status = निवास स्थिति
srv-field-residence-expiry = बसाइको अवधि (सकिने मिति)
srv-field-station = नजिकको स्टेसन
srv-field-commute = काममा जाने साधन
srv-commute-walk = पैदल
srv-commute-bicycle = साइकल
srv-commute-motorbike = मोटरसाइकल
srv-commute-car = कार
srv-commute-train = रेल
srv-commute-bus = बस
srv-field-commute-minutes = काममा जाने समय (एकतर्फी)
srv-minutes = { $minutes } मिनेट
srv-field-work-styles = कामको ढाँचा
srv-style-full-time = पूर्णकालीन
srv-style-part-time = आंशिक समय
srv-field-holidays = चाहेको बिदा
srv-holiday-weekends = शनि, आइत र सार्वजनिक बिदा
srv-holiday-weekdays = कार्यदिन
srv-holiday-shifts = सिफ्ट प्रणाली
srv-holiday-any = कुनै चाहना छैन
srv-weekday-mon = सोम
srv-weekday-tue = मङ्गल
srv-weekday-wed = बुध
srv-weekday-thu = बिही
srv-weekday-fri = शुक्र
srv-weekday-sat = शनि
srv-weekday-sun = आइत
srv-field-week = हप्तामा काम गर्ने घण्टा र दिन
srv-hours-a-week = हप्तामा { $hours } घण्टा
srv-days-a-week = हप्तामा { $days } दिन
srv-field-left-on = काम छोडेको मिति
srv-field-leaving-reason = काम छोड्नुको कारण
srv-leaving-employer = कम्पनीको कारणले
srv-leaving-own = आफ्नै इच्छाले
srv-leaving-contract-end = करारको अवधि सकियो
srv-leaving-retirement = अवकाशको उमेर
srv-leaving-other = अन्य
srv-field-spouse = पति/पत्नी
srv-spouse-yes = छ
srv-spouse-no = छैन
srv-spouse-unstated = उत्तर नदिने
srv-field-dependants = आश्रित (पति/पत्नीबाहेक)
srv-people = { $n } जना
srv-unstated = उत्तर नदिने
srv-completion-graduated = पूरा गरेको
srv-completion-withdrew = बीचमै छोडेको
srv-completion-enrolled = पढ्दै गरेको
srv-completion-expected = पूरा गर्ने क्रममा
srv-employment-casual = पार्ट टाइम काम (आरुबाइतो)
srv-employment-other = अन्य
srv-score = अङ्क { $score }
srv-year-obtained = { $year } मा प्राप्त
srv-job-occupation = कामको प्रकार
srv-field-commute-minutes-unit = काममा जाने समय (एकतर्फी, मिनेट)
srv-field-weekly-hours-unit = हप्तामा काम गर्ने घण्टा (घण्टा)
srv-field-days-per-week-unit = हप्तामा काम गर्ने दिन (दिन)

## Staff calls from the kiosks (counter console)
srv-calls-title = कर्मचारी बोलाउने अनुरोध
srv-calls-none = कुनै अनुरोध छैन।
srv-calls-notice = किओस्क { $kiosk } ({ $place }) मा कर्मचारीलाई बोलाइएको छ
srv-calls-screen = स्क्रिन: { $screen }
srv-calls-acknowledge = म जाँदैछु
srv-calls-acknowledged = कर्मचारी जाँदै हुनुहुन्छ।
srv-calls-screen-attract = पहिलो स्क्रिन
srv-calls-screen-consent = सहमति
srv-calls-screen-basic = आधारभूत जानकारी
srv-calls-screen-contact = ठेगाना र सम्पर्क
srv-calls-screen-disclosure = सार्वजनिक र सम्पर्क
srv-calls-screen-desired-work = चाहेको काम
srv-calls-screen-situation = हालको अवस्था
srv-calls-screen-education = शिक्षा र योग्यता
srv-calls-screen-work-history = कार्य अनुभव
srv-calls-screen-disability = अपाङ्गता
srv-calls-screen-self-pr = आफ्नो परिचय
srv-calls-screen-review = पुष्टि
srv-calls-screen-my-page = My Page
srv-calls-screen-done = सम्पन्न

## Staff codes (counter console)
srv-staff-codes-title = कर्मचारी कोड
srv-staff-codes-lead = किओस्कमा भर्दै गरेको व्यक्तिको स्क्रिन नमेटी सहयोग गर्न प्रत्येक व्यक्तिको आफ्नै कोड। जागिर छोडेका वा सरुवा भएका व्यक्तिको कोड अमान्य गर्नुहोस्।
srv-staff-codes-name = नाम
srv-staff-codes-add = कोड बनाउनुहोस्
srv-staff-codes-made = { $name } को कोड बनाइयो।
srv-staff-codes-once = यो कोड अहिले मात्र देखाइन्छ। सम्बन्धित व्यक्तिलाई बताउनुहोस्।
srv-staff-codes-none = अहिलेसम्म कुनै कोड छैन।
srv-staff-codes-added = बनाएको मिति र समय
srv-staff-codes-revoke = अमान्य गर्नुहोस्
srv-staff-codes-revoked = अमान्य ({ $at })
srv-staff-codes-name-invalid = नाम 1 देखि 40 अक्षरभित्र, नयाँ लाइन नराखी लेख्नुहोस्।
srv-staff-assists-title = किओस्कमा गरिएको सहयोगको रेकर्ड
srv-staff-assists-none = अहिलेसम्म कुनै रेकर्ड छैन।
srv-staff-assists-when = मिति र समय

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = कार्य अनुभव (職歴) बदल्नुहोस्
srv-my-jobs-lead = तपाईंले काम गरेका ठाउँहरू सबैभन्दा पछिल्लोबाट दर्ता गर्न सक्नुहुन्छ। परिवर्तन तुरुन्तै लागू हुन्छ, र काउन्टरका कर्मचारीले पनि हेर्नुहुन्छ।
srv-my-jobs-none = कुनै कार्य अनुभव दर्ता गरिएको छैन।
srv-my-jobs-entry = काम { $n }
srv-my-jobs-edit = बदल्नुहोस्
srv-my-jobs-remove = हटाउनुहोस्
srv-my-jobs-add = काम थप्नुहोस्
srv-my-jobs-max = { $max } वटासम्म काम दर्ता गर्न सकिन्छ। त्योभन्दा पुराना काम काउन्टरका कर्मचारीलाई भन्नुहोस्।
srv-my-jobs-saved = कार्य अनुभव सुरक्षित भयो।
srv-my-jobs-removed = कार्य अनुभवबाट एउटा काम हटाइयो।
srv-my-jobs-open = कार्य अनुभव (職歴) हेर्नुहोस् वा बदल्नुहोस्
srv-my-job-edit-title = काम { $n } बदल्नुहोस्
srv-my-job-back = कार्य अनुभवमा फर्कनुहोस्
srv-my-job-employer = काम गरेको ठाउँ (勤務先)
srv-my-job-period = अवधि
srv-my-job-present = अहिलेसम्म
srv-my-job-from = काम सुरु गरेको वर्ष र महिना (入社)
srv-my-job-to = काम छोडेको वर्ष र महिना (退社)
srv-my-job-date-hint = इस्वी सन् वा जापानी सम्वत्‌मा, उदाहरण: 2019/4 वा 平成31年4月।
srv-my-job-to-hint = अहिले पनि त्यहाँ काम गर्दै हुनुहुन्छ भने खाली छोड्नुहोस्।
srv-my-job-employment-type = रोजगारीको प्रकार (雇用形態)
srv-my-job-duties = त्यहाँ गरेको काम
srv-my-job-duties-hint = उदाहरण: सुपरमार्केटमा क्यासियर र सामान मिलाउने काम
srv-my-job-changed = यो काम अर्को ठाउँमा (जस्तै अर्को विन्डोमा) बदलिएको छ। अहिलेको विवरण हेरेर फेरि प्रयास गर्नुहोस्।
srv-my-job-remove-title = यो काम हटाउने हो?
srv-my-job-remove-lead = हटाएपछि काउन्टरका कर्मचारीले पनि देख्नुहुने छैन। आवश्यक परे पछि फेरि थप्न सक्नुहुन्छ।
srv-my-choice-not-accepted = यो छनोट स्वीकार गर्न सकिएन। सूचीबाट फेरि छान्नुहोस्।
srv-my-disability-section = अपाङ्गताबारे (障害について, ऐच्छिक)
srv-my-disability-closed = तलको बटन थिचेर नखोलेसम्म तपाईंका उत्तर देखाइँदैन।
srv-my-disability-open = अपाङ्गताबारेका उत्तर खोलेर बदल्नुहोस्
srv-my-disability-title = अपाङ्गताबारे (障害について)
srv-my-disability-lead = उत्तर दिने कि नदिने तपाईंको इच्छा हो। तपाईंका उत्तर काउन्टरका कर्मचारीले मात्र हेर्नुहुन्छ। परिवर्तन तुरुन्तै लागू हुन्छ।
srv-my-disability-support = के तपाईं अपाङ्गता भएको व्यक्तिको रूपमा दर्ता भई सहयोग पाउन चाहनुहुन्छ?
srv-my-disability-details-note = तलको पुस्तिका, तह र सहयोगका विवरण तपाईंले “चाहन्छ” छान्नुभयो भने मात्र सुरक्षित हुन्छन्।
srv-my-disability-grade = तह वा स्तर (等級・程度)
srv-my-disability-grade-hint = तपाईंको पुस्तिकामा लेखिएको तह वा स्तर सूचीबाट छान्नुहोस्। थाहा छैन भने “छानिएको छैन” मै छोड्न सक्नुहुन्छ।
srv-my-disability-needs-hint = जति पनि छान्न सक्नुहुन्छ।
srv-my-disability-clear-title = उत्तर मेटाउनुहोस्
srv-my-disability-clear-lead = यसले अपाङ्गताबारेका तपाईंका सबै उत्तर मेटाउँछ। काउन्टरका कर्मचारीले पनि देख्नुहुने छैन, र कुनै अभिलेख राखिँदैन। आवश्यक परे जुनसुकै बेला फेरि उत्तर दिन सक्नुहुन्छ।
srv-my-disability-clear = सबै उत्तर मेटाउनुहोस्
srv-my-disability-cleared = अपाङ्गताबारेका तपाईंका सबै उत्तर मेटाइए।
srv-change-value-private = (विवरण अभिलेख गरिँदैन)
