# Occupation classification of the Ministry of Health, Labour and Welfare (2022 revision):
# major and middle groups. Same ids as locales/ja/occupations.ftl.

occ-01 = Pamamahala
occ-001 = Mga direktor ng kumpanya at organisasyon
occ-002 = Mga manager ng kumpanya at organisasyon
occ-003 = Iba pang trabaho sa pamamahala

occ-02 = Pananaliksik at engineering
occ-004 = Mga mananaliksik
occ-005 = Mga engineer sa agrikultura, kagubatan at pangingisda
occ-006 = Mga development engineer
occ-007 = Mga manufacturing engineer
occ-008 = Mga engineer sa arkitektura, civil engineering at survey
occ-009 = Mga IT at telecom engineer (software development)
occ-010 = Mga IT at telecom engineer (hindi software development)
occ-011 = Iba pang trabaho sa engineering

occ-03 = Propesyon sa batas, negosyo, kultura at sining
occ-012 = Mga propesyon sa batas
occ-013 = Mga propesyonal sa negosyo, pananalapi at insurance
occ-014 = Mga relihiyoso
occ-015 = Mga manunulat, reporter at editor
occ-016 = Mga artista sa sining, photographer at camera operator
occ-017 = Mga designer
occ-018 = Mga musikero at performer
occ-019 = Mga librarian, curator at counselor
occ-020 = Iba pang propesyon sa batas, negosyo, kultura at sining

occ-04 = Medisina, nursing at kalusugan
occ-021 = Mga doktor, dentista, beterinaryo at parmasyutiko
occ-022 = Mga public health nurse at komadrona
occ-023 = Mga nars at assistant nurse
occ-024 = Mga medical technician at therapist
occ-025 = Mga dietitian
occ-026 = Mga masahista, acupuncturist, moxibustion at judo therapist
occ-027 = Iba pang propesyonal sa medisina, nursing at kalusugan
occ-028 = Mga katulong sa kalusugan

occ-05 = Pag-aalaga ng bata at edukasyon
occ-029 = Mga tagapag-alaga sa nursery at guro sa kindergarten
occ-030 = Mga tagapag-alaga pagkatapos ng klase at katulong sa nursery
occ-031 = Mga guro sa paaralan
occ-032 = Mga tutor, instruktor at iba pang trabaho sa edukasyon

occ-06 = Trabaho sa opisina
occ-033 = General affairs, HR at planning
occ-034 = Pangkalahatang klerk, sekretarya at receptionist
occ-035 = Iba pang pangkalahatang trabaho sa opisina
occ-036 = Call center at online customer service
occ-037 = Klerk sa medikal at care na administrasyon
occ-038 = Klerk sa accounting
occ-039 = Klerk sa produksiyon
occ-040 = Klerk sa sales administration
occ-041 = Klerk sa field
occ-042 = Klerk sa transportasyon at koreo
occ-043 = Data entry at operator ng makina sa opisina

occ-07 = Pagbebenta
occ-044 = Mga manager ng tindahan at wholesale
occ-045 = Mga tindero at sales clerk
occ-046 = Mga buyer at negosyante ng recycling
occ-047 = Mga trabahong kaugnay ng pagbebenta
occ-048 = Mga sales representative

occ-08 = Social welfare at pag-aalaga
occ-049 = Mga propesyonal sa social welfare at pag-aalaga
occ-050 = Mga care worker sa pasilidad
occ-051 = Mga home care worker

occ-09 = Serbisyo
occ-052 = Mga kasambahay
occ-053 = Mga barbero, hairdresser at beautician
occ-054 = Mga trabahador sa paliguan at labahan
occ-055 = Mga kusinero
occ-056 = Mga waiter, hospitality at customer service
occ-057 = Mga tagapamahala ng gusali at tirahan
occ-058 = Iba pang trabaho sa serbisyo

occ-10 = Seguridad
occ-059 = Mga security guard
occ-060 = Mga kasapi ng Self-Defense Forces
occ-061 = Mga pulis
occ-062 = Mga bantay sa bilangguan at bumbero
occ-063 = Iba pang trabaho sa seguridad

occ-11 = Agrikultura, kagubatan at pangingisda
occ-064 = Mga magsasaka at trabahador sa bukid
occ-065 = Mga trabahador sa kagubatan
occ-066 = Mga mangingisda

occ-12 = Paggawa, pagkumpuni, pagpipinta at drafting
occ-067 = Operator ng kagamitan sa produksiyon (produktong metal)
occ-068 = Operator ng kagamitan sa produksiyon (pagkain at katulad)
occ-069 = Operator ng kagamitan sa produksiyon (hindi metal at pagkain)
occ-070 = Operator ng kagamitan sa assembly line
occ-071 = Trabahador sa produksiyon at pagproseso (produktong metal)
occ-072 = Trabahador sa produksiyon at pagproseso (pagkain at katulad)
occ-073 = Trabahador sa produksiyon at pagproseso (hindi metal at pagkain)
occ-074 = Mga nag-a-assemble ng makina
occ-075 = Maintenance at pagkumpuni ng makina
occ-076 = Inspektor ng produkto (produktong metal)
occ-077 = Inspektor ng produkto (pagkain at katulad)
occ-078 = Inspektor ng produkto (hindi metal at pagkain)
occ-079 = Inspektor ng makina
occ-080 = Trabahong kaugnay ng produksiyon (pagpipinta, drafting at katulad)
occ-081 = Trabahong katulad ng produksiyon

occ-13 = Delivery, transportasyon at pagpapatakbo ng makina
occ-082 = Mga taga-deliver at taga-kolekta
occ-083 = Mga drayber ng trak
occ-084 = Mga drayber ng bus
occ-085 = Mga drayber ng taxi at kotse
occ-086 = Iba pang drayber ng sasakyan
occ-087 = Mga operator ng tren, barko at eroplano
occ-088 = Iba pang trabaho sa transportasyon
occ-089 = Mga operator ng planta at makina sa konstruksiyon

occ-14 = Konstruksiyon, civil engineering at elektrisidad
occ-090 = Mga trabahador sa istruktura ng gusali
occ-091 = Mga trabahador sa konstruksiyon (hindi istruktura)
occ-092 = Mga trabahador sa civil engineering
occ-093 = Mga minero at trabahador sa quarry
occ-094 = Mga elektrisyan

occ-15 = Pagbubuhat, paglilinis, pag-iimpake at pag-uuri
occ-095 = Mga kargador at tagabuhat
occ-096 = Mga tagalinis
occ-097 = Mga taga-impake
occ-098 = Pag-uuri at picking ng paninda
occ-099 = Iba pang trabaho sa pagbubuhat, paglilinis, pag-iimpake at pag-uuri
