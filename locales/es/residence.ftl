# Statuses of residence as the Immigration Services Agency names them in Spanish (same order as data/residence-statuses.tsv), and the work groups for staff.

res-diplomat = Diplomático
res-official = Oficial
res-professor = Profesor
res-artist = Artista
res-religious-activities = Actividades Religiosas
res-journalist = Periodista
res-highly-skilled-professional = Profesional Altamente Calificado
res-business-manager = Gerente de Negocios
res-legal-accounting-services = Servicios Legales/Contables
res-medical-services = Servicios Médicos
res-researcher = Investigador
res-instructor = Instructor
res-engineer-humanities-international = Ingeniero/Especialista en Humanidades/Servicios Internacionales
res-intra-company-transferee = Transferido Intraempresa
res-nursing-care = Cuidado de Enfermería (Kaigo)
res-entertainer = Artista del Espectáculo
res-skilled-labor = Trabajo Calificado
res-specified-skilled-worker = Trabajador con Habilidades Específicas
res-technical-intern-training = Práctica Técnica
res-cultural-activities = Actividades Culturales
res-temporary-visitor = Visitante Temporal
res-student = Estudiante
res-trainee = Aprendiz
res-dependent = Dependiente
res-designated-activities = Actividades Designadas
res-permanent-resident = Residente Permanente
res-spouse-of-japanese-national = Cónyuge o Hijo de Japonés
res-spouse-of-permanent-resident = Cónyuge o Hijo de Residente Permanente
res-long-term-resident = Residente de Largo Plazo
res-special-permanent-resident = Residente Permanente Especial

res-work-limited = Trabajo solo dentro de las actividades del estatus
res-work-designated = Trabajo según el documento de designación (Actividades Designadas)
res-work-none = Sin trabajo, salvo con permiso para actividades fuera del estatus
res-work-unrestricted = Sin límite de trabajo
