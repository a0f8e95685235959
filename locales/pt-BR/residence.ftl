# Statuses of residence as the Immigration Services Agency names them in Portuguese (same order as data/residence-statuses.tsv), and the work groups for staff.

res-diplomat = Diplomata
res-official = Oficial
res-professor = Professor
res-artist = Artista
res-religious-activities = Atividades Religiosas
res-journalist = Jornalista
res-highly-skilled-professional = Profissional Altamente Qualificado
res-business-manager = Administrador de Negócios
res-legal-accounting-services = Serviços Jurídicos/Contábeis
res-medical-services = Serviços Médicos
res-researcher = Pesquisador
res-instructor = Instrutor
res-engineer-humanities-international = Engenheiro/Especialista em Humanidades/Serviços Internacionais
res-intra-company-transferee = Transferência Intraempresarial
res-nursing-care = Cuidador (Kaigo)
res-entertainer = Artista de Entretenimento
res-skilled-labor = Trabalho Qualificado
res-specified-skilled-worker = Trabalhador com Habilidades Específicas
res-technical-intern-training = Estágio Técnico
res-cultural-activities = Atividades Culturais
res-temporary-visitor = Visitante Temporário
res-student = Estudante
res-trainee = Treinando
res-dependent = Dependente
res-designated-activities = Atividades Designadas
res-permanent-resident = Residente Permanente
res-spouse-of-japanese-national = Cônjuge ou Filho de Japonês
res-spouse-of-permanent-resident = Cônjuge ou Filho de Residente Permanente
res-long-term-resident = Residente de Longo Prazo
res-special-permanent-resident = Residente Permanente Especial

res-work-limited = Trabalho só dentro das atividades do status
res-work-designated = Trabalho conforme o documento de designação (Atividades Designadas)
res-work-none = Sem trabalho, salvo com permissão para atividades fora do status
res-work-unrestricted = Sem limite de trabalho
