# Names of the statuses of residence (as in the Immigration Services Agency's list; same order as
# data/residence-statuses.tsv) and the staff-facing work categories.

res-diplomat = 外交
res-official = 公務
res-professor = 教授
res-artist = 藝術
res-religious-activities = 宗教
res-journalist = 報道
res-highly-skilled-professional = 高度專門職
res-business-manager = 經營・管理
res-legal-accounting-services = 法律・會計業務
res-medical-services = 醫療
res-researcher = 研究
res-instructor = 教育
res-engineer-humanities-international = 技術・人文知識・國際業務
res-intra-company-transferee = 企業內調動
res-nursing-care = 護理
res-entertainer = 演藝
res-skilled-labor = 技能
res-specified-skilled-worker = 特定技能
res-technical-intern-training = 技能實習
res-cultural-activities = 文化活動
res-temporary-visitor = 短期滯在
res-student = 留學
res-trainee = 研修
res-dependent = 家族滯在
res-designated-activities = 特定活動
res-permanent-resident = 永住者
res-spouse-of-japanese-national = 日本人的配偶者等
res-spouse-of-permanent-resident = 永住者的配偶者等
res-long-term-resident = 定住者
res-special-permanent-resident = 特別永住者

res-work-limited = 可在在留資格的活動範圍內工作
res-work-designated = 能否工作由指定書決定（特定活動）
res-work-none = 不可工作（有資格外活動許可時可在一定範圍內工作）
res-work-unrestricted = 工作不受限制
