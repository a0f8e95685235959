# Occupation classification of the Ministry of Health, Labour and Welfare (2022 revision):
# major and middle groups. Same ids as locales/ja/occupations.ftl.

occ-01 = Dirección y gerencia
occ-001 = Directivos de empresas y organizaciones
occ-002 = Gerentes de empresas y organizaciones
occ-003 = Otros puestos de gerencia

occ-02 = Investigación e ingeniería
occ-004 = Investigadores
occ-005 = Ingenieros agrícolas, forestales y pesqueros
occ-006 = Ingenieros de desarrollo
occ-007 = Ingenieros de producción
occ-008 = Ingenieros de construcción, obra civil y topografía
occ-009 = Ingenieros de TI y telecomunicaciones (desarrollo de software)
occ-010 = Ingenieros de TI y telecomunicaciones (excepto desarrollo de software)
occ-011 = Otros trabajos de ingeniería

occ-03 = Profesiones jurídicas, empresariales, culturales y artísticas
occ-012 = Profesiones jurídicas
occ-013 = Especialistas en negocios, finanzas y seguros
occ-014 = Religiosos
occ-015 = Escritores, periodistas y editores
occ-016 = Artistas plásticos, fotógrafos y camarógrafos
occ-017 = Diseñadores
occ-018 = Músicos y artistas escénicos
occ-019 = Bibliotecarios, conservadores de museo y orientadores
occ-020 = Otras profesiones jurídicas, empresariales, culturales y artísticas

occ-04 = Medicina, enfermería y salud
occ-021 = Médicos, dentistas, veterinarios y farmacéuticos
occ-022 = Enfermeros de salud pública y parteras
occ-023 = Enfermeros y enfermeros auxiliares
occ-024 = Técnicos y terapeutas sanitarios
occ-025 = Nutricionistas
occ-026 = Masajistas, acupunturistas, moxibustores y terapeutas de judo
occ-027 = Otros profesionales de medicina, enfermería y salud
occ-028 = Auxiliares sanitarios

occ-05 = Cuidado infantil y educación
occ-029 = Educadores de guardería y maestros de jardín de infancia
occ-030 = Cuidadores de niños después de la escuela y auxiliares de guardería
occ-031 = Maestros de escuela
occ-032 = Profesores particulares, instructores y otros trabajos de educación

occ-06 = Trabajo de oficina
occ-033 = Asuntos generales, recursos humanos y planificación
occ-034 = Auxiliares de oficina, secretarios y recepcionistas
occ-035 = Otros trabajos generales de oficina
occ-036 = Atención en centros de llamadas y en línea
occ-037 = Administración médica y de cuidados
occ-038 = Contabilidad
occ-039 = Administración de producción
occ-040 = Administración de ventas
occ-041 = Trabajo administrativo de campo
occ-042 = Administración de transporte y correo
occ-043 = Captura de datos y manejo de máquinas de oficina

occ-07 = Ventas
occ-044 = Gerentes de tienda y de mayoristas
occ-045 = Vendedores de tienda
occ-046 = Compradores y comerciantes de reciclaje
occ-047 = Trabajos relacionados con ventas
occ-048 = Representantes de ventas

occ-08 = Bienestar social y cuidados
occ-049 = Profesionales de bienestar social y cuidados
occ-050 = Cuidadores en centros
occ-051 = Cuidadores a domicilio

occ-09 = Servicios
occ-052 = Empleados del hogar
occ-053 = Barberos, peluqueros y esteticistas
occ-054 = Trabajadores de baños públicos y lavanderías
occ-055 = Cocineros
occ-056 = Meseros, hospitalidad y atención al cliente
occ-057 = Administradores de edificios y residencias
occ-058 = Otros trabajos de servicios

occ-10 = Seguridad
occ-059 = Guardias de seguridad
occ-060 = Miembros de las Fuerzas de Autodefensa
occ-061 = Policías
occ-062 = Funcionarios de prisiones y bomberos
occ-063 = Otros trabajos de seguridad

occ-11 = Agricultura, silvicultura y pesca
occ-064 = Trabajadores agrícolas
occ-065 = Trabajadores forestales
occ-066 = Pescadores

occ-12 = Fabricación, reparación, pintura y dibujo técnico
occ-067 = Operadores de equipos de producción (productos de metal)
occ-068 = Operadores de equipos de producción (alimentos y similares)
occ-069 = Operadores de equipos de producción (excepto metal y alimentos)
occ-070 = Operadores de equipos de ensamblaje en línea
occ-071 = Trabajadores de producción y procesamiento (productos de metal)
occ-072 = Trabajadores de producción y procesamiento (alimentos y similares)
occ-073 = Trabajadores de producción y procesamiento (excepto metal y alimentos)
occ-074 = Ensambladores de máquinas
occ-075 = Mantenimiento y reparación de máquinas
occ-076 = Inspectores de productos (productos de metal)
occ-077 = Inspectores de productos (alimentos y similares)
occ-078 = Inspectores de productos (excepto metal y alimentos)
occ-079 = Inspectores de máquinas
occ-080 = Trabajos relacionados con la producción (pintura, dibujo técnico y similares)
occ-081 = Trabajos similares a la producción

occ-13 = Reparto, transporte y manejo de maquinaria
occ-082 = Repartidores y recolectores
occ-083 = Conductores de camión
occ-084 = Conductores de autobús
occ-085 = Conductores de taxi y de automóvil
occ-086 = Otros conductores
occ-087 = Operadores de trenes, barcos y aviones
occ-088 = Otros trabajos de transporte
occ-089 = Operadores de plantas y maquinaria de construcción

occ-14 = Construcción, obra civil y electricidad
occ-090 = Trabajadores de estructuras en la construcción
occ-091 = Trabajadores de la construcción (excepto estructuras)
occ-092 = Trabajadores de obra civil
occ-093 = Trabajadores de minas y canteras
occ-094 = Electricistas

occ-15 = Carga, limpieza, empaque y clasificación
occ-095 = Cargadores y trabajadores de movimiento de mercancías
occ-096 = Personal de limpieza
occ-097 = Empacadores
occ-098 = Clasificación y preparación de pedidos (picking)
occ-099 = Otros trabajos de carga, limpieza, empaque y clasificación
