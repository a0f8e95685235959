# Names of the statuses of residence (as in the Immigration Services Agency's list; same order as
# data/residence-statuses.tsv) and the staff-facing work categories.

res-diplomat = 外交
res-official = 公务
res-professor = 教授
res-artist = 艺术
res-religious-activities = 宗教
res-journalist = 报道
res-highly-skilled-professional = 高度专门职
res-business-manager = 经营・管理
res-legal-accounting-services = 法律・会计业务
res-medical-services = 医疗
res-researcher = 研究
res-instructor = 教育
res-engineer-humanities-international = 技术・人文知识・国际业务
res-intra-company-transferee = 企业内调动
res-nursing-care = 护理
res-entertainer = 演艺
res-skilled-labor = 技能
res-specified-skilled-worker = 特定技能
res-technical-intern-training = 技能实习
res-cultural-activities = 文化活动
res-temporary-visitor = 短期滞在
res-student = 留学
res-trainee = 研修
res-dependent = 家族滞在
res-designated-activities = 特定活动
res-permanent-resident = 永住者
res-spouse-of-japanese-national = 日本人的配偶者等
res-spouse-of-permanent-resident = 永住者的配偶者等
res-long-term-resident = 定住者
res-special-permanent-resident = 特别永住者

res-work-limited = 可在在留资格的活动范围内工作
res-work-designated = 能否工作由指定书决定（特定活动）
res-work-none = 不可工作（有资格外活动许可时可在一定范围内工作）
res-work-unrestricted = 工作不受限制
