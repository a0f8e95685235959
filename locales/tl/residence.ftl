# Statuses of residence as the Immigration Services Agency names them (its Filipino pages keep the English names; same order as data/residence-statuses.tsv), and the work groups for staff.

res-diplomat = Diplomat
res-official = Official
res-professor = Professor
res-artist = Artist
res-religious-activities = Religious Activities
res-journalist = Journalist
res-highly-skilled-professional = Highly Skilled Professional
res-business-manager = Business Manager
res-legal-accounting-services = Legal/Accounting Services
res-medical-services = Medical Services
res-researcher = Researcher
res-instructor = Instructor
res-engineer-humanities-international = Engineer/Specialist in Humanities/International Services
res-intra-company-transferee = Intra-company Transferee
res-nursing-care = Nursing Care
res-entertainer = Entertainer
res-skilled-labor = Skilled Labor
res-specified-skilled-worker = Specified Skilled Worker
res-technical-intern-training = Technical Intern Training
res-cultural-activities = Cultural Activities
res-temporary-visitor = Temporary Visitor
res-student = Student
res-trainee = Trainee
res-dependent = Dependent
res-designated-activities = Designated Activities
res-permanent-resident = Permanent Resident
res-spouse-of-japanese-national = Spouse or Child of Japanese National
res-spouse-of-permanent-resident = Spouse or Child of Permanent Resident
res-long-term-resident = Long Term Resident
res-special-permanent-resident = Special Permanent Resident

res-work-limited = Trabaho lang sa loob ng mga gawain ng status
res-work-designated = Trabaho ayon sa designation paper (Designated Activities)
res-work-none = Walang trabaho kung walang pahintulot para sa gawaing labas sa status
res-work-unrestricted = Walang limitasyon sa trabaho
