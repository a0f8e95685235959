# ざいりゅうしかくの なまえ。ざいりゅうカードと おなじ かんじに、よみかたを つけて います（data/residence-statuses.tsv と おなじ じゅんばん）。

res-diplomat = ｛外交｜がいこう｝
res-official = ｛公用｜こうよう｝
res-professor = ｛教授｜きょうじゅ｝
res-artist = ｛芸術｜げいじゅつ｝
res-religious-activities = ｛宗教｜しゅうきょう｝
res-journalist = ｛報道｜ほうどう｝
res-highly-skilled-professional = ｛高度専門職｜こうどせんもんしょく｝
res-business-manager = 経営・管理（けいえい・かんり）
res-legal-accounting-services = 法律・会計業務（ほうりつ・かいけいぎょうむ）
res-medical-services = ｛医療｜いりょう｝
res-researcher = ｛研究｜けんきゅう｝
res-instructor = ｛教育｜きょういく｝
res-engineer-humanities-international = 技術・人文知識・国際業務（ぎじゅつ・じんぶんちしき・こくさいぎょうむ）
res-intra-company-transferee = ｛企業内転勤｜きぎょうないてんきん｝
res-nursing-care = ｛介護｜かいご｝
res-entertainer = ｛興行｜こうぎょう｝
res-skilled-labor = ｛技能｜ぎのう｝
res-specified-skilled-worker = ｛特定技能｜とくていぎのう｝
res-technical-intern-training = ｛技能実習｜ぎのうじっしゅう｝
res-cultural-activities = ｛文化活動｜ぶんかかつどう｝
res-temporary-visitor = ｛短期滞在｜たんきたいざい｝
res-student = ｛留学｜りゅうがく｝
res-trainee = ｛研修｜けんしゅう｝
res-dependent = ｛家族滞在｜かぞくたいざい｝
res-designated-activities = ｛特定活動｜とくていかつどう｝
res-permanent-resident = ｛永住者｜えいじゅうしゃ｝
res-spouse-of-japanese-national = 日本人の｛配偶者等｜にほんじんの はいぐうしゃとう｝
res-spouse-of-permanent-resident = 永住者の｛配偶者等｜えいじゅうしゃの はいぐうしゃとう｝
res-long-term-resident = ｛定住者｜ていじゅうしゃ｝
res-special-permanent-resident = ｛特別永住者｜とくべつえいじゅうしゃ｝

res-work-limited = ざいりゅうしかくの かつどうの なかで はたらけます
res-work-designated = していしょで きまります
res-work-none = きょかが なければ はたらけません
res-work-unrestricted = せいげん なく はたらけます
