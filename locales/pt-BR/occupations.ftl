# Occupation classification of the Ministry of Health, Labour and Welfare (2022 revision):
# major and middle groups. Same ids as locales/ja/occupations.ftl.

occ-01 = Cargos de direção e gerência
occ-001 = Diretores de empresas e organizações
occ-002 = Gerentes de empresas e organizações
occ-003 = Outros cargos de gerência

occ-02 = Pesquisa e engenharia
occ-004 = Pesquisadores
occ-005 = Engenheiros agrícolas, florestais e de pesca
occ-006 = Engenheiros de desenvolvimento
occ-007 = Engenheiros de produção
occ-008 = Engenheiros de construção, obras civis e topografia
occ-009 = Engenheiros de TI e telecomunicações (desenvolvimento de software)
occ-010 = Engenheiros de TI e telecomunicações (exceto desenvolvimento de software)
occ-011 = Outros trabalhos de engenharia

occ-03 = Profissões jurídicas, de negócios, cultura e arte
occ-012 = Profissões jurídicas
occ-013 = Especialistas em negócios, finanças e seguros
occ-014 = Religiosos
occ-015 = Escritores, repórteres e editores
occ-016 = Artistas plásticos, fotógrafos e cinegrafistas
occ-017 = Designers
occ-018 = Músicos e artistas de palco
occ-019 = Bibliotecários, curadores e orientadores
occ-020 = Outras profissões jurídicas, de negócios, cultura e arte

occ-04 = Medicina, enfermagem e saúde
occ-021 = Médicos, dentistas, veterinários e farmacêuticos
occ-022 = Enfermeiros de saúde pública e parteiras
occ-023 = Enfermeiros e técnicos de enfermagem
occ-024 = Técnicos e terapeutas da área da saúde
occ-025 = Nutricionistas
occ-026 = Massagistas, acupunturistas, moxaterapeutas e terapeutas de judô
occ-027 = Outros profissionais de medicina, enfermagem e saúde
occ-028 = Auxiliares da área da saúde

occ-05 = Cuidados infantis e educação
occ-029 = Educadores de creche e professores de jardim de infância
occ-030 = Monitores de atividades após a escola e auxiliares de creche
occ-031 = Professores de escola
occ-032 = Professores particulares, instrutores e outros trabalhos de educação

occ-06 = Trabalho de escritório
occ-033 = Assuntos gerais, recursos humanos e planejamento
occ-034 = Auxiliares de escritório, secretários e recepcionistas
occ-035 = Outros trabalhos de escritório em geral
occ-036 = Atendimento em call center e online
occ-037 = Administração de serviços médicos e de cuidados
occ-038 = Contabilidade
occ-039 = Administração da produção
occ-040 = Administração de vendas
occ-041 = Trabalho administrativo externo
occ-042 = Administração de transporte e correio
occ-043 = Digitação e operação de máquinas de escritório

occ-07 = Vendas
occ-044 = Gerentes de loja e de atacado
occ-045 = Vendedores de loja
occ-046 = Compradores e comerciantes de recicláveis
occ-047 = Trabalhos relacionados a vendas
occ-048 = Representantes comerciais

occ-08 = Assistência social e cuidados
occ-049 = Profissionais de assistência social e cuidados
occ-050 = Cuidadores em instituições
occ-051 = Cuidadores domiciliares

occ-09 = Serviços
occ-052 = Empregados domésticos
occ-053 = Barbeiros, cabeleireiros e esteticistas
occ-054 = Trabalhadores de casas de banho e lavanderias
occ-055 = Cozinheiros
occ-056 = Garçons, recepção e atendimento ao cliente
occ-057 = Zeladores de prédios e condomínios
occ-058 = Outros trabalhos de serviços

occ-10 = Segurança
occ-059 = Vigilantes e seguranças
occ-060 = Membros das Forças de Autodefesa
occ-061 = Policiais
occ-062 = Agentes penitenciários e bombeiros
occ-063 = Outros trabalhos de segurança

occ-11 = Agricultura, silvicultura e pesca
occ-064 = Trabalhadores agrícolas
occ-065 = Trabalhadores florestais
occ-066 = Pescadores

occ-12 = Fabricação, manutenção, pintura e desenho técnico
occ-067 = Operadores de equipamentos de produção (produtos de metal)
occ-068 = Operadores de equipamentos de produção (alimentos e similares)
occ-069 = Operadores de equipamentos de produção (exceto metal e alimentos)
occ-070 = Operadores de equipamentos de montagem em linha
occ-071 = Trabalhadores de produção e processamento (produtos de metal)
occ-072 = Trabalhadores de produção e processamento (alimentos e similares)
occ-073 = Trabalhadores de produção e processamento (exceto metal e alimentos)
occ-074 = Montadores de máquinas
occ-075 = Manutenção e reparo de máquinas
occ-076 = Inspetores de produtos (produtos de metal)
occ-077 = Inspetores de produtos (alimentos e similares)
occ-078 = Inspetores de produtos (exceto metal e alimentos)
occ-079 = Inspetores de máquinas
occ-080 = Trabalhos ligados à produção (pintura, desenho técnico e similares)
occ-081 = Trabalhos semelhantes à produção

occ-13 = Entrega, transporte e operação de máquinas
occ-082 = Entregadores e coletores
occ-083 = Motoristas de caminhão
occ-084 = Motoristas de ônibus
occ-085 = Motoristas de táxi e de carro
occ-086 = Outros motoristas
occ-087 = Operadores de trens, navios e aeronaves
occ-088 = Outros trabalhos de transporte
occ-089 = Operadores de instalações e máquinas de construção

occ-14 = Construção, obras civis e eletricidade
occ-090 = Trabalhadores de estruturas na construção
occ-091 = Trabalhadores da construção (exceto estruturas)
occ-092 = Trabalhadores de obras civis
occ-093 = Trabalhadores de mineração e pedreiras
occ-094 = Eletricistas

occ-15 = Carga, limpeza, embalagem e separação
occ-095 = Carregadores e trabalhadores de movimentação de cargas
occ-096 = Faxineiros e trabalhadores de limpeza
occ-097 = Embaladores
occ-098 = Separação e coleta de mercadorias (picking)
occ-099 = Outros trabalhos de carga, limpeza, embalagem e separação
