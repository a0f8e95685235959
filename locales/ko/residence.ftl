# Names of the statuses of residence (as in the Immigration Services Agency's list; same order as
# data/residence-statuses.tsv) and the staff-facing work categories.

res-diplomat = 외교
res-official = 공용
res-professor = 교수
res-artist = 예술
res-religious-activities = 종교
res-journalist = 보도
res-highly-skilled-professional = 고도전문직
res-business-manager = 경영·관리
res-legal-accounting-services = 법률·회계 업무
res-medical-services = 의료
res-researcher = 연구
res-instructor = 교육
res-engineer-humanities-international = 기술·인문지식·국제업무
res-intra-company-transferee = 기업내 전근
res-nursing-care = 개호
res-entertainer = 흥행
res-skilled-labor = 기능
res-specified-skilled-worker = 특정기능
res-technical-intern-training = 기능실습
res-cultural-activities = 문화활동
res-temporary-visitor = 단기체류
res-student = 유학
res-trainee = 연수
res-dependent = 가족체류
res-designated-activities = 특정활동
res-permanent-resident = 영주자
res-spouse-of-japanese-national = 일본인의 배우자 등
res-spouse-of-permanent-resident = 영주자의 배우자 등
res-long-term-resident = 정주자
res-special-permanent-resident = 특별영주자

res-work-limited = 재류자격의 활동 범위 안에서 취업 가능
res-work-designated = 지정서에 따라 취업 가능 여부가 정해짐(특정활동)
res-work-none = 취업 불가(자격외활동 허가가 있으면 일정 범위에서 가능)
res-work-unrestricted = 취업 제한 없음
