# Statuses of residence (same order as data/residence-statuses.tsv), and the work groups for staff.

res-diplomat = कूटनीतिक
res-official = सरकारी काम
res-professor = प्राध्यापक
res-artist = कलाकार
res-religious-activities = धार्मिक गतिविधि
res-journalist = पत्रकार
res-highly-skilled-professional = उच्च दक्ष पेशेवर
res-business-manager = व्यवसाय व्यवस्थापक
res-legal-accounting-services = कानुनी/लेखा सेवा
res-medical-services = चिकित्सा सेवा
res-researcher = अनुसन्धानकर्ता
res-instructor = प्रशिक्षक
res-engineer-humanities-international = इन्जिनियर/मानविकी विशेषज्ञ/अन्तर्राष्ट्रिय सेवा
res-intra-company-transferee = कम्पनीभित्रको सरुवा
res-nursing-care = हेरचाह (काइगो)
res-entertainer = मनोरञ्जनकर्ता
res-skilled-labor = दक्ष श्रमिक
res-specified-skilled-worker = विशिष्ट दक्ष कामदार
res-technical-intern-training = प्राविधिक इन्टर्न तालिम
res-cultural-activities = सांस्कृतिक गतिविधि
res-temporary-visitor = अल्पकालीन बसाइ
res-student = विद्यार्थी
res-trainee = प्रशिक्षार्थी
res-dependent = आश्रित परिवार
res-designated-activities = तोकिएको गतिविधि
res-permanent-resident = स्थायी बासिन्दा
res-spouse-of-japanese-national = जापानी नागरिकको पति/पत्नी वा सन्तान
res-spouse-of-permanent-resident = स्थायी बासिन्दाको पति/पत्नी वा सन्तान
res-long-term-resident = दीर्घकालीन बासिन्दा
res-special-permanent-resident = विशेष स्थायी बासिन्दा

res-work-limited = निवास स्थितिको गतिविधिभित्र मात्र काम गर्न पाइन्छ
res-work-designated = काम गर्न पाइने नपाइने तोकिएको कागज (निर्देशन पत्र) अनुसार (तोकिएको गतिविधि)
res-work-none = काम गर्न पाइँदैन (स्थितिबाहिरको गतिविधिको अनुमति भए सीमित रूपमा पाइन्छ)
res-work-unrestricted = कामको कुनै सीमा छैन
