# Messages of the kiosk shell, mostly read by administrators on the console.
config-occupations-ok = { $file } पेशा वर्गीकरणको रूपमा प्रयोग गर्न सकिन्छ ({ $summary })।
config-occupations-bad = { $file } लाई पेशा वर्गीकरणको रूपमा प्रयोग गर्न सकिँदैन: { $problem }
config-postcodes-ok = { $file } हुलाक कोड डेटाका रूपमा प्रयोग गर्न मिल्छ ({ $source }, { $count } कोड)।
config-postcodes-bad = { $file } हुलाक कोड डेटाका रूपमा प्रयोग गर्न मिल्दैन: { $problem }
config-ok = कन्फिगरेसन फाइलमा कुनै समस्या छैन।
config-unreadable = कन्फिगरेसन फाइल { $path } पढ्न सकिएन ({ $reason })। पाथ र पढ्ने अनुमति जाँच गर्नुहोस्।
config-syntax = कन्फिगरेसन फाइल { $path } को लेखाइ गलत छ। { $detail }
config-invalid = कन्फिगरेसन फाइल { $path } मा कुञ्जी "{ $key }" गलत छ: { $problem }। मान सच्याएर फेरि सुरु गर्नुहोस्।
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = कन्फिगरेसन फाइल { $path } अरू प्रयोगकर्ताले पढ्न वा लेख्न सक्ने अवस्थामा छ (मोड { $mode })। यसमा कर्मचारी PIN को ह्यास र विश्वास गरिने सर्भर लेखिएको हुनाले किओस्क सुरु हुँदैन। `chmod 0640 { $path }` (वा 0600) ले अनुमति सीमित गरेर फेरि सुरु गर्नुहोस्।
config-staff-pin-plain = कन्फिगरेसन फाइल { $path } मा staff_pin मा PIN सिधै लेखिएको छ। `madoguchi-kiosk hash-pin` चलाउनुहोस्, PIN टाइप गर्नुहोस्, र देखाइएको लाइन ($argon2id$ बाट सुरु हुने) staff_pin मा लेख्नुहोस्।
hash-pin-not-a-pin = कर्मचारी PIN 4 देखि 8 अङ्कको हुन्छ। आदेश फेरि चलाएर PIN टाइप गर्नुहोस्।
hash-pin-failed = PIN को ह्यास बनाउन सकिएन। आदेश फेरि चलाउनुहोस्।
enroll-not-pinned = सर्भर जाँच गर्ने कुनै उपाय छैन: कन्फिगरेसन फाइलमा server_public_key लेख्नुहोस्, वा `madoguchi-server keygen` ले देखाएको फिंगरप्रिन्ट `--server-fingerprint` सँग दिनुहोस्।
enroll-key-mismatch = सर्भरको कुञ्जी फरक भएकाले किओस्क दर्ता गरिएन। अपेक्षित कुञ्जी: { $expected }; सर्भरले दिएको कुञ्जी: { $answered }। सर्भरको URL र कुञ्जी जाँच गर्नुहोस्: किओस्क र सर्भरको बीचमा कसैले हस्तक्षेप गरेको हुन सक्छ।
enroll-bad-fingerprint = “{ $typed }” फिंगरप्रिन्ट होइन। `madoguchi-server keygen` ले देखाएका 4 अक्षरका 8 समूह टाइप गर्नुहोस् (उदाहरण: 3f2a-9c1e-…)।
enroll-insecure = { $url } https:// होइन, त्यसैले किओस्क दर्ता गरिएन: यसको टोकन इन्क्रिप्सनबिना पठाइन्थ्यो। https:// URL दिनुहोस् (http:// demo = true हुँदा मात्र चल्छ)।
enroll-code-unreadable = { $path } बाट दर्ता कोड पढ्न सकिएन ({ $reason })।
enroll-code-empty = दर्ता कोड खाली छ। `--code-file` मा दिएको फाइलमा वा स्ट्यान्डर्ड इनपुटमा कोड लेख्नुहोस्।

kiosk-start-failed = किओस्क सुरु गर्न सकिएन: { $detail }
submit-invalid = केही उत्तर जाँच्नुपर्ने छ। कृपया रातो चिन्ह लगाइएका विषयहरू सच्याउनुहोस्।
submit-not-ready = यो मेसिन अझै आवेदन लिन तयार छैन। कृपया कर्मचारीलाई सोध्नुहोस्।
submit-storage-failed = तपाईंको आवेदन सुरक्षित गर्न सकिएन। कृपया कर्मचारीलाई सोध्नुहोस्। तपाईंले भरेको कुरा अझै पठाइएको छैन।
survey-invalid = सर्वेक्षणको उत्तर रेकर्ड गर्न सकिएन।
wipe-failed = स्क्रिन रिसेट गर्न सकिएन। कृपया कर्मचारीलाई सोध्नुहोस्।
enroll-ok = यो किओस्क सर्भरमा दर्ता भयो (कार्यालय { $office })। आवेदन लिन सुरु गर्न किओस्क पुनः सुरु गर्नुहोस्।
fleet-config-keeps = पठाइएको कन्फिगरेसनले { $key } परिवर्तन गर्छ। यो किओस्कको { $key } परिवर्तन गर्न मिल्दैन, त्यसैले किओस्क हालकै कन्फिगरेसनमा चल्छ। { $key } लाई हालको मानमा फर्काएर फेरि पठाउनुहोस्।
provision-no-source = प्रोभिजनिङ फोल्डर (kiosk.toml भएको madoguchi फोल्डर) भेटिएन। खोजिएका ठाउँ: { $searched }। यसलाई USB स्टिक वा बुट पार्टिसनमा राखेर फेरि सुरु गर्नुहोस्।
provision-write-failed = { $path } मा लेख्न सकिएन ({ $reason })।
provision-ok = { $source } बाट कन्फिगरेसन राखियो (किओस्क { $kiosk })।
enroll-failed = किओस्क दर्ता गर्न सकिएन: { $detail }। दर्ता कोडको म्याद र सर्भरको URL जाँच गर्नुहोस्; आवश्यक परे `madoguchi-server kiosk add` ले नयाँ कोड जारी गर्नुहोस्।
sync-not-enrolled = यो किओस्क अझै सर्भरमा दर्ता भएको छैन। `madoguchi-kiosk enroll --server URL --code-file FILE` ले दर्ता गर्नुहोस्।
sync-done = पठाइयो: { $delivered }। पठाउन बाँकी: { $queued }, सर्भरले अस्वीकार गरेको: { $refused }।
staff-disabled = यो किओस्कमा कर्मचारी मोड सेट गरिएको छैन (कन्फिगरेसन फाइलको staff_pin)।
staff-wrong-pin = PIN गलत छ।
kanji-unavailable = अहिले कान्जी इनपुट (हातले लेख्ने र 変換) प्रयोग गर्न सकिँदैन। कृपया काताकानामा टाइप गर्नुहोस् वा कर्मचारीलाई सोध्नुहोस्।

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = रोजगार खोज आवेदनको रसिद
receipt-slip-number = दर्ता नम्बर (受付番号)
receipt-slip-date = दर्ता मिति
receipt-slip-counter = कृपया काउन्टरमा यो रसिद देखाउनुहोस् र आफ्नो दर्ता नम्बर बताउनुहोस्।
receipt-slip-qr = स्मार्टफोनले QR कोड स्क्यान गरेर आवेदन जारी राख्न सक्नुहुन्छ।
receipt-slip-keep = प्रक्रिया पूरा नभएसम्म यो रसिद सुरक्षित राख्नुहोस्।
