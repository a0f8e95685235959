# Occupation classification of the Ministry of Health, Labour and Welfare (2022 revision):
# major and middle groups. Same ids as locales/ja/occupations.ftl.

occ-01 = Management
occ-001 = Directors of companies and organisations
occ-002 = Managers in companies and organisations
occ-003 = Other management occupations

occ-02 = Research and engineering
occ-004 = Researchers
occ-005 = Agricultural, forestry and fishery engineers
occ-006 = Development engineers
occ-007 = Manufacturing engineers
occ-008 = Architecture, civil engineering and surveying engineers
occ-009 = IT and telecommunications engineers (software development)
occ-010 = IT and telecommunications engineers (other than software development)
occ-011 = Other engineering occupations

occ-03 = Legal, business, cultural and artistic professions
occ-012 = Legal professions
occ-013 = Business, finance and insurance professionals
occ-014 = Religious workers
occ-015 = Writers, reporters and editors
occ-016 = Artists, photographers and camera operators
occ-017 = Designers
occ-018 = Musicians and performing artists
occ-019 = Librarians, curators and counsellors
occ-020 = Other legal, business, cultural and artistic professions

occ-04 = Medical, nursing and health care
occ-021 = Physicians, dentists, veterinarians and pharmacists
occ-022 = Public health nurses and midwives
occ-023 = Nurses and assistant nurses
occ-024 = Medical technicians and therapists
occ-025 = Dietitians
occ-026 = Massage therapists, acupuncturists, moxibustion therapists and judo therapists
occ-027 = Other medical, nursing and health care professionals
occ-028 = Health care assistants

occ-05 = Childcare and education
occ-029 = Childcare workers and kindergarten teachers
occ-030 = After-school care workers and childcare assistants
occ-031 = School teachers
occ-032 = Tutors, instructors and other education-related work

occ-06 = Office work
occ-033 = General affairs, personnel and planning clerks
occ-034 = General office clerks, secretaries and receptionists
occ-035 = Other general affairs clerks
occ-036 = Call centre and online customer service clerks
occ-037 = Medical and care administration clerks
occ-038 = Accounting clerks
occ-039 = Production clerks
occ-040 = Sales administration clerks
occ-041 = Field clerks
occ-042 = Transport and postal clerks
occ-043 = Data entry and office machine operators

occ-07 = Sales
occ-044 = Shop and wholesale store managers
occ-045 = Sales assistants
occ-046 = Buyers and recycling dealers
occ-047 = Sales-related occupations
occ-048 = Sales representatives

occ-08 = Social welfare and care
occ-049 = Social welfare and care professionals
occ-050 = Residential care workers
occ-051 = Home care workers

occ-09 = Services
occ-052 = Domestic helpers
occ-053 = Barbers, hairdressers and beauty workers
occ-054 = Bathhouse and laundry workers
occ-055 = Cooks
occ-056 = Waiting, hospitality and customer service staff
occ-057 = Building and residence managers
occ-058 = Other service occupations

occ-10 = Security
occ-059 = Security guards
occ-060 = Self-Defense Force personnel
occ-061 = Police officers
occ-062 = Prison officers and firefighters
occ-063 = Other protective service occupations

occ-11 = Agriculture, forestry and fishery
occ-064 = Agricultural workers
occ-065 = Forestry workers
occ-066 = Fishery workers

occ-12 = Manufacturing, repair, painting and drafting
occ-067 = Production equipment operators (metal products)
occ-068 = Production equipment operators (food and similar)
occ-069 = Production equipment operators (other than metal and food)
occ-070 = Assembly line equipment operators
occ-071 = Production and processing workers (metal products)
occ-072 = Production and processing workers (food and similar)
occ-073 = Production and processing workers (other than metal and food)
occ-074 = Machine assemblers
occ-075 = Machine maintenance and repair workers
occ-076 = Product inspectors (metal products)
occ-077 = Product inspectors (food and similar)
occ-078 = Product inspectors (other than metal and food)
occ-079 = Machine inspectors
occ-080 = Production-related work (painting, drafting and similar)
occ-081 = Work similar to production

occ-13 = Delivery, transport and machine operation
occ-082 = Delivery and collection workers
occ-083 = Truck drivers
occ-084 = Bus drivers
occ-085 = Taxi and car drivers
occ-086 = Other motor vehicle drivers
occ-087 = Train, ship and aircraft operators
occ-088 = Other transport workers
occ-089 = Plant and construction machine operators

occ-14 = Construction, civil engineering and electrical work
occ-090 = Structural construction workers
occ-091 = Construction workers (other than structural work)
occ-092 = Civil engineering workers
occ-093 = Mining and quarrying workers
occ-094 = Electricians

occ-15 = Carrying, cleaning, packing and sorting
occ-095 = Loading and carrying workers
occ-096 = Cleaners
occ-097 = Packers
occ-098 = Sorting and picking workers
occ-099 = Other carrying, cleaning, packing and sorting work
