# The intake server's words: phone pages, counter pages, mail, API error codes (Português do Brasil).
# Every id starts with srv- so it never meets an id of another file.

## Common

srv-site-name = Hello Work Madoguchi

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = { $day } de { $month-name } de { $year }
srv-month-1 = janeiro
srv-month-2 = fevereiro
srv-month-3 = março
srv-month-4 = abril
srv-month-5 = maio
srv-month-6 = junho
srv-month-7 = julho
srv-month-8 = agosto
srv-month-9 = setembro
srv-month-10 = outubro
srv-month-11 = novembro
srv-month-12 = dezembro
srv-skip-to-content = Ir para o conteúdo
srv-language-nav = Idioma
srv-form-errors = Verifique o que você digitou
srv-required = Obrigatório
srv-optional = Opcional
srv-unselected = Não selecionado
srv-value-none = (nenhum)
srv-save = Salvar
srv-cancel = Cancelar
srv-reload = Recarregar
srv-sign-in = Entrar
srv-sign-out = Sair
srv-sign-in-failed = O e-mail ou a senha não estão corretos.

## Error pages

srv-error-not-found-title = Página não encontrada
srv-error-not-found = Não encontramos esta página. Confira o endereço; se você abriu por um código QR, leia-o novamente.
srv-error-forbidden-title = Esta ação não é permitida
srv-error-forbidden = Você não tem permissão para ver esta página, ou ela expirou. Volte e tente novamente.
srv-error-bad-request-title = Não foi possível ler os dados
srv-error-bad-request = Não conseguimos ler o que foi enviado. Volte e digite novamente.
srv-error-rate-limited-title = Aguarde um momento
srv-error-rate-limited = Houve muitas tentativas em pouco tempo. Aguarde um pouco e tente novamente.
srv-error-internal-title = Algo deu errado
srv-error-internal = Houve um problema no servidor. Tente novamente mais tarde. Se continuar acontecendo, pergunte no balcão da Hello Work.

## Fields of the application

srv-field-receipt = Número de atendimento (受付番号)
srv-field-status = Situação
srv-field-name = Nome
srv-name-kana-only = (digitado em katakana)
srv-field-identity-source = Entrada dos dados pessoais
srv-identity-from-card = Lido do Cartão My Number (identidade ainda não conferida)
srv-card-read = (lido do cartão)
srv-card-changed = (lido do cartão e depois alterado)
srv-field-kana = Nome em katakana
srv-field-birth-date = Data de nascimento
srv-field-sex = Sexo
srv-field-address = Endereço
srv-field-street = Quadra e número
srv-field-building = Prédio e apartamento
srv-field-phone = Telefone
srv-field-email = E-mail
srv-field-occupations = Tipos de trabalho desejados
srv-field-occupation-n = Tipo de trabalho desejado ({ $n }ª opção)
srv-field-employment-types = Tipos de contratação desejados
srv-field-wage = Salário desejado
srv-field-work-locations = Locais de trabalho desejados
srv-field-hours = Horário de trabalho desejado
srv-field-now = Situação atual
srv-field-insurance = Benefício do seguro de emprego (雇用保険)
srv-field-education = Último nível de estudo
srv-field-qualifications = Licenças e qualificações
srv-field-work-history = Experiência profissional
srv-field-my-page = My Page (求職者マイページ)
srv-field-job-seeker-number = Número de candidato a emprego (求職番号)
srv-field-return-reason = Motivo:

srv-sex-female = Feminino
srv-sex-male = Masculino
srv-sex-unstated = Prefiro não dizer
srv-employment-full-time = Funcionário efetivo
srv-employment-part-time = Meio período (pāto)
srv-employment-dispatch = Empreiteira (haken)
srv-employment-contract = Contrato por prazo determinado
srv-wage-monthly = No mínimo { $amount } ienes por mês
srv-wage-hourly = No mínimo { $amount } ienes por hora
srv-wage-kind-monthly = Mensal
srv-wage-kind-hourly = Por hora
srv-wage-amount = Valor (ienes, no mínimo)
srv-now-employed = Trabalhando
srv-now-not-employed = Sem trabalho
srv-now-student = Estudante
srv-insurance-yes = Pretende receber
srv-insurance-no = Não vai receber
srv-insurance-unsure = Não sabe
srv-education-junior-high = Ensino fundamental (chūgakkō)
srv-education-high-school = Ensino médio
srv-education-vocational = Escola técnica/profissionalizante
srv-education-junior-college = Faculdade de curta duração / escola técnica superior
srv-education-university = Universidade
srv-education-graduate = Pós-graduação
srv-education-other = Outro
srv-my-page-wanted = Deseja abrir
srv-my-page-not-wanted = Não deseja abrir

srv-status-provisional = Recebida provisoriamente
srv-status-accepted = Aceita
srv-status-returned = Devolvida

## Phone: the QR code's page

srv-continue-title = Continuar sua inscrição
srv-continue-lead = Recebemos sua inscrição feita no terminal do saguão. Nesta página, você pode abrir a sua My Page (求職者マイページ).
srv-received-title = O que recebemos
srv-received-wrong = Se algo estiver errado, avise os funcionários no balcão.
srv-on-its-way-title = Enviando
srv-on-its-way = Sua inscrição está sendo enviada do terminal do saguão para a Hello Work.
srv-on-its-way-refresh = Esta página se atualiza sozinha. Aguarde, por favor.
srv-on-its-way-help = Se nada mudar depois de um tempo, mostre seu número de atendimento (受付番号) no balcão.
srv-expired-title = Este código QR expirou
srv-expired = Este código QR expirou. No balcão da Hello Work, os funcionários podem mostrar sua inscrição e ajudar você a abrir a My Page (求職者マイページ): mostre seu número de atendimento (受付番号).
srv-spent-title = Sua My Page já está aberta
srv-spent = Uma senha já foi definida com este código QR. Entre com seu e-mail e sua senha.
srv-my-page-open-title = Abrir a sua My Page (求職者マイページ)
srv-no-email = Sua inscrição não tem e-mail, por isso a My Page não pode ser aberta aqui. Os funcionários do balcão vão ajudar você.
srv-code-send = Enviar o código
srv-code-resend = Enviar um novo código
srv-code-sent = Enviamos o código. Confira seu e-mail e, se não chegar, a pasta de spam.
srv-code-label = Código de confirmação (6 dígitos)
srv-code-help = Digite os 6 dígitos do e-mail.
srv-code-submit = Confirmar
srv-code-wrong = O código não está correto. Você pode tentar mais { $remaining } vezes.
srv-code-need-new = O código expirou ou foi tentado vezes demais. Envie um novo código.
srv-code-send-failed = Não foi possível enviar o e-mail. Tente novamente daqui a pouco.
srv-code-send-limited = Não é possível enviar outro código tão cedo. Tente novamente em cerca de { $minutes } minutos.
srv-email-verified = Seu e-mail ({ $email }) foi confirmado. Agora escolha uma senha para a sua My Page.

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = Recebemos sua inscrição feita no terminal do saguão. Depois de confirmarmos que é você, você poderá ver o que digitou e abrir a sua My Page (求職者マイページ).
srv-proof-title = Confirme que é você
srv-proof-email = Vamos enviar um código de 6 dígitos para o e-mail que você informou no terminal. Até você digitá-lo aqui, esta página não mostra nada sobre você.
srv-proof-email-help = Se o e-mail não chegar, ou se o endereço estava errado, mostre seu número de atendimento (受付番号) no balcão.
srv-proof-birth = Sua inscrição não tem e-mail, por isso confirmamos pela data de nascimento. Até lá, esta página não mostra nada sobre você.
srv-birth-label = Data de nascimento
srv-birth-help = Por exemplo: 1990/7/15, 1990-07-15 ou 平成2年7月15日
srv-birth-submit = Confirmar
srv-birth-unreadable = Não conseguimos ler isso como uma data. Digite o ano, o mês e o dia como no exemplo.
srv-birth-wrong = Esta data de nascimento não confere com a inscrição. Você pode tentar mais { $remaining } vezes.
srv-birth-locked = A data de nascimento foi tentada vezes demais e não pode mais ser verificada aqui. Mostre seu número de atendimento (受付番号) no balcão.
srv-proof-bound-time = Esta página funciona por 30 minutos, e só neste navegador, o mesmo em que você confirmou.

srv-password-label = Senha
srv-password-help = No mínimo { $min } caracteres ({ $suggested } ou mais é melhor). Qualquer caractere vale, inclusive espaços e kana. Senhas muito comuns não são aceitas.
srv-password-confirm-label = Senha de novo, para confirmar
srv-password-submit = Definir a senha e abrir a My Page
srv-password-too-short = Use no mínimo { $min } caracteres.
srv-password-too-long = Use no máximo { $max } caracteres.
srv-password-common = Esta senha é usada por muitas pessoas e é fácil de adivinhar. Escolha outra.
srv-password-personal = A senha não pode conter seu e-mail nem outros dados seus.
srv-password-mismatch = As duas senhas não são iguais.

## Mail

srv-mail-code-subject = [Hello Work] Seu código de confirmação
srv-mail-code-body =
    Código de confirmação: { $code }

    Você fez uma inscrição em um terminal do saguão da Hello Work. Este código serve para abrir a sua My Page (求職者マイページ).
    Digite os 6 dígitos no seu celular. O código vale por { $minutes } minutos.

    Se você não fez nenhuma inscrição, apague este e-mail.

srv-mail-change-code-subject = [Hello Work] Código para mudar seu e-mail
srv-mail-change-code-body =
    Código: { $code }

    Este código muda o e-mail da sua My Page (求職者マイページ) para este endereço.
    Digite os 6 dígitos na tela da My Page. O código vale por { $minutes } minutos.

    Se você não pediu isso, apague este e-mail. Seu e-mail continua o mesmo.
srv-mail-email-changed-subject = [Hello Work] Seu e-mail foi alterado
srv-mail-email-changed-body =
    O e-mail da sua My Page (求職者マイページ) foi alterado para { $email }.
    De agora em diante, entre com o novo endereço. Este endereço não vai mais receber avisos.

    Se você não fez esta alteração, entre em contato imediatamente com o balcão da Hello Work.

## My Page

srv-my-title = My Page (求職者マイページ)
srv-my-nav = Menu da My Page
srv-my-signin-title = Entrar na sua My Page (求職者マイページ)
srv-my-signin-help = Se esqueceu a senha, pergunte no balcão da Hello Work.
srv-my-status-title = Situação da sua inscrição
srv-my-status-provisional = Recebida provisoriamente. Quando os funcionários do balcão da Hello Work confirmarem sua identidade, a inscrição será aceita e você receberá um número de candidato a emprego.
srv-my-status-accepted = Aceita no balcão. O número de candidato a emprego também está no seu cartão da Hello Work (ハローワークカード).
srv-my-status-returned = O balcão devolveu sua inscrição. Confira o conteúdo e fale com os funcionários no balcão da Hello Work.
srv-my-registration-title = Seu cadastro
srv-my-saved = Suas alterações foram salvas.
srv-my-edit-title = Alterar seu cadastro
srv-my-edit-lead = Você pode alterar seus dados de contato e o trabalho que procura. Se mudou de endereço, altere o CEP e a quadra e número.
srv-my-edit-contact = Dados de contato
srv-field-postcode = CEP
srv-field-town = Bairro
srv-my-email-title = Alterar o e-mail
srv-my-email-lead = Seu e-mail também é usado para entrar na My Page (求職者マイページ). Enviamos um código para o novo endereço; quando você digitá-lo aqui, o endereço muda. Até lá, você entra com o endereço atual.
srv-my-email-now = E-mail atual
srv-field-new-email = Novo e-mail
srv-my-email-new-title = Cadastrar um novo endereço
srv-field-current-password = Senha atual
srv-my-email-password-help = Para confirmar que é você, digite a senha da sua My Page (求職者マイページ).
srv-my-email-password-wrong = A senha está errada. Digite a senha que você usa para entrar na My Page (求職者マイページ).
srv-my-email-code-title = Digite o código
srv-my-email-code-lead = Digite o código de 6 dígitos que enviamos para { $email }.
srv-my-email-confirm = Alterar
srv-my-email-same = Este é o seu e-mail atual. Para alterar, digite um novo endereço.
srv-my-email-changed = Seu e-mail agora é { $email }. De agora em diante, entre com este endereço.
srv-my-edit-postcode-hint = 7 números. A província, a cidade e o bairro são preenchidos a partir do CEP.
srv-my-edit-town-choose = Este CEP tem mais de um bairro. Escolha o bairro onde você mora.
srv-my-edit-work = Trabalho que você procura
srv-my-edit-disclosure = Divulgação dos seus dados e forma de contato
srv-my-edit-self-pr = Apresentação pessoal e observações

## Trust (slice B): name, birth date and address changes after acceptance, and their audit

srv-sign-in-form-expired = O formulário de entrada expirou ou não veio deste site. Entre novamente.
srv-my-edit-person = Nome e data de nascimento
srv-my-edit-checked-note = Depois que o balcão aceitar sua inscrição, mudanças de nome, data de nascimento ou endereço só valem após verificação pelos funcionários do balcão.
srv-field-family-name = Sobrenome
srv-field-given-name = Nome
srv-field-family-kana = Sobrenome em katakana
srv-field-given-kana = Nome em katakana
srv-birth-calendar = Calendário
srv-birth-year = Ano
srv-birth-month = Mês
srv-birth-day = Dia
srv-calendar-western = Ocidental (ex.: 1985)
srv-calendar-meiji = Meiji
srv-calendar-taisho = Taishō
srv-calendar-showa = Shōwa
srv-calendar-heisei = Heisei
srv-calendar-reiwa = Reiwa
srv-my-change-sent = Suas outras alterações foram salvas. A mudança de nome, data de nascimento ou endereço foi enviada ao balcão; ela vale quando os funcionários a verificarem.
srv-my-change-pending-title = Aguardando o balcão
srv-my-change-pending-lead = Estas mudanças valem quando os funcionários do balcão as verificarem:
srv-change-pending-title = Mudanças aguardando decisão
srv-change-pending-lead = O usuário alterou estes dados na My Page depois que a inscrição foi aceita. Confira-os (com documento de identidade, se necessário) e aceite ou recuse.
srv-change-old = Antes
srv-change-new = Pedido
srv-change-when = Quando
srv-change-who = Por
srv-change-action = O que aconteceu
srv-change-field = Campo
srv-change-accept = Aceitar a mudança
srv-change-refuse = Recusar a mudança
srv-change-already-decided = Esta mudança já foi decidida.
srv-change-audit-title = Histórico de mudanças
srv-change-audit-none = Nenhuma mudança de nome, data de nascimento ou endereço.
srv-change-by-visitor = O usuário (My Page)
srv-change-action-applied = Alterado
srv-change-action-requested = Pedido
srv-change-action-accepted = Aceito
srv-change-action-refused = Recusado

## API error codes (for kiosk screens and logs)

srv-problem-malformed-json = O conteúdo enviado não é um JSON válido.
srv-problem-invalid-body = O conteúdo enviado não tem os campos esperados.
srv-problem-body-too-large = O conteúdo enviado é grande demais.
srv-problem-unsupported-media-type = O conteúdo enviado precisa ser application/json.
srv-problem-unauthorized = O terminal não foi reconhecido. Cadastre-o novamente.
srv-problem-idempotency-key-invalid = O cabeçalho Idempotency-Key está ausente ou mal formado.
srv-problem-idempotency-conflict = O mesmo Idempotency-Key foi usado com outro conteúdo.
srv-problem-envelope-malformed = A inscrição lacrada está mal formada.
srv-problem-envelope-version-unknown = O formato da inscrição lacrada é desconhecido. Verifique o software do terminal.
srv-problem-envelope-unopenable = A inscrição lacrada não abre. Verifique a chave do servidor e o cadastro do terminal.
srv-problem-envelope-payload-invalid = O conteúdo da inscrição lacrada não é uma inscrição.
srv-problem-identifiers-invalid = O número de atendimento, o token do QR ou o horário dentro da inscrição está mal formado.
srv-problem-office-mismatch = A inscrição indica uma agência diferente da do terminal.
srv-problem-continuation-token-taken = Este código QR já é usado por outra inscrição.
srv-problem-enrolment-code-invalid = O código de cadastro está errado, já foi usado ou expirou.
srv-problem-kiosk-id-invalid = O ID do terminal está mal formado (letras, números, . _ -, até 64).
srv-problem-kiosk-id-taken = Este ID de terminal está cadastrado em outra agência.
srv-problem-survey-invalid = A resposta da pesquisa está fora do intervalo.
srv-problem-heartbeat-invalid = O sinal de funcionamento está fora do intervalo.
srv-problem-not-found = Não encontrado.
srv-problem-method-not-allowed = Método não permitido.
srv-problem-rate-limited = Pedidos demais. Aguarde e envie novamente.
srv-problem-unavailable = Não é possível acessar o banco de dados.
srv-problem-internal = Houve um problema no servidor. Tente novamente daqui a pouco.

## Counter pages

srv-counter-nav = Menu do balcão
srv-counter-title = Inscrições de hoje
srv-counter-signin-title = Entrada dos funcionários
srv-counter-login = ID de login
srv-counter-sign-in-failed = O ID de login ou a senha não estão corretos.
srv-role-admin = Administrador
srv-role-staff = Funcionário
srv-counter-office = Agência
srv-counter-all-offices = Todas as agências
srv-counter-no-offices = Nenhuma agência cadastrada ainda. Cadastre uma com `madoguchi-server kiosk add`.
srv-counter-date = Data de recebimento
srv-counter-search = Mostrar
srv-counter-receipt-invalid = O número de atendimento tem 6 caracteres (os dígitos 0, 1, 2, 5, 6 e 8 nunca são usados). Confira-o.
srv-counter-results-day = Inscrições de { $date } ({ $count })
srv-counter-results-receipt = Inscrições com o número de atendimento { $receipt }
srv-counter-office-caption = Agência { $office }
srv-counter-none = Nenhuma inscrição.
srv-counter-received-at = Recebida em
srv-counter-findings = A verificar
srv-counter-back = Voltar à lista
srv-counter-application-page = Número de atendimento { $receipt }
srv-counter-application-title = A inscrição
srv-counter-visitor-language = Idioma da inscrição
srv-counter-my-page = My Page (求職者マイページ)
srv-counter-my-page-open = Aberta
srv-counter-my-page-not-open = Não aberta
srv-counter-birth-calendar = A data de nascimento foi digitada no calendário { $calendar }.
srv-counter-findings-title = Pontos a verificar no balcão
srv-counter-findings-lead = O terminal anotou os pontos abaixo. Confira-os com o usuário.
srv-counter-identity-title = Verificação de identidade
srv-counter-identity-document = Documento verificado
srv-counter-identity-submit = Registrar a verificação de identidade
srv-counter-identity-done = Identidade verificada com { $document } às { $time } por { $by }.
srv-counter-identity-invalid = Escolha o documento que você verificou.
srv-counter-decision-title = Aceitar ou devolver
srv-counter-accept-lead = Ao aceitar, é emitido um número de candidato a emprego. Um número emitido não pode ser cancelado.
srv-counter-accept = Aceitar e emitir o número de candidato a emprego
srv-counter-accept-needs-identity = Registre a verificação de identidade antes de aceitar.
srv-counter-already-decided = Esta inscrição já foi aceita ou devolvida.
srv-counter-return-reason = Motivo da devolução
srv-counter-return-help = O usuário vê isto na sua My Page (求職者マイページ).
srv-counter-return = Devolver
srv-counter-return-reason-invalid = Informe um motivo de até 500 caracteres.
srv-counter-print-a4 = Imprimir o comprovante de inscrição (A4)
srv-counter-print-receipt = Imprimir o comprovante de inscrição (recibo de 80 mm)
srv-counter-print-hint = Imprima pelo navegador (Ctrl+P).
srv-id-doc-my-number-card = Cartão My Number (マイナンバーカード)
srv-id-doc-driving-licence = Carteira de motorista
srv-id-doc-residence-card = Cartão de residência (在留カード)
srv-id-doc-passport = Passaporte
srv-id-doc-health-insurance = Documento do seguro de saúde
srv-id-doc-other = Outro documento

## Registration slip

srv-slip-title = Comprovante de inscrição para procura de emprego (求職受付票)
srv-slip-accepted-on = Aceita em
srv-slip-identity = Documento de identidade
srv-slip-staff = Funcionário responsável
srv-slip-note = Guarde este comprovante até receber o seu cartão da Hello Work (ハローワークカード). O número de candidato a emprego também aparece na sua My Page (求職者マイページ).

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = Painel de resultados
srv-scorecard-lead = A taxa de uso online, conforme definida no plano, por agência, por departamento do trabalho da província e no país todo, por trimestre. Candidatos a emprego são todos os novos cadastrados: inscrições no terminal mais os cadastrados no balcão e online (digitados ou importados pelos funcionários).
srv-scorecard-quarter = Trimestre (ex.: 2026Q3)
srv-scorecard-period = { $quarter } ({ $from } a { $to })
srv-scorecard-chart-title = Taxa de uso online de { $name } nos últimos oito trimestres
srv-scorecard-chart-caption = As barras mostram a taxa de uso online: cheias quando a meta de 20% é atingida, hachuradas quando não. A linha tracejada é a meta de 20%; a pontilhada, os 8,0% do ano fiscal de 2019. A tabela abaixo traz os mesmos números.
srv-scorecard-target-label = Meta 20%
srv-scorecard-baseline-label = Ano fiscal 2019: 8,0%
srv-scorecard-legend-met = Meta atingida (cheia)
srv-scorecard-legend-not-met = Não atingida (hachurada)
srv-scorecard-quarter-head = Trimestre
srv-scorecard-rate = Taxa de uso online
srv-scorecard-target = Meta 20%
srv-scorecard-met = Atingida
srv-scorecard-not-met = Não atingida
srv-scorecard-accepted = Aceitas
srv-scorecard-answers = Respostas da pesquisa
srv-scorecard-distribution = Respostas por nota (1–5)
srv-scorecard-mean = Média
srv-scorecard-definition-title = Como a taxa de uso online é definida
srv-scorecard-definition-source = Fonte: plano básico para aumentar a taxa de uso online (22 de outubro de 2021), inscrições para procura de emprego.
srv-scorecard-definition = My Pages (求職者マイページ) abertas ÷ candidatos a emprego (todos os novos candidatos, seja qual for a forma de cadastro). Os dois são contados pela data de cadastro do candidato, no horário do Japão, por isso a taxa não passa de 100%. O ano fiscal começa em abril; o 1º trimestre vai de abril a junho.
srv-scorecard-csv = Baixar CSV
srv-scorecard-json = Ver JSON
srv-scorecard-print = Versão para impressão
srv-scorecard-refresh = Recalcular os números agora
srv-scorecard-national = Todo o país
srv-scorecard-kpi-title = KPI intermediário: 340 mil My Pages (求職者マイページ) abertas
srv-scorecard-kpi = { $openings } abertas até agora, de { $kpi } ({ $percent })
srv-scorecard-updated = Números calculados em { $at } (horário do Japão)
srv-scorecard-never-updated = Os números ainda não foram calculados.
srv-scorecard-table-caption = Candidatos a emprego e My Pages abertas no trimestre
srv-scorecard-unit = Categoria
srv-scorecard-job-seekers = Candidatos a emprego (pela data de cadastro)
srv-scorecard-opened = My Pages abertas
srv-scorecard-kiosk-share = Parte das aberturas feita pelo terminal
srv-scorecard-cumulative = Aberturas acumuladas
srv-scorecard-from-kiosk = Terminal (automático)
srv-scorecard-from-counter = Balcão (registros dos funcionários)
srv-scorecard-from-online = Online (registros dos funcionários)
srv-scorecard-total = Total
srv-scorecard-opened-kiosk = Pelo terminal (automático)
srv-scorecard-opened-recorded = Registros dos funcionários
srv-scorecard-sources = “Automático” conta as inscrições no terminal e as My Pages abertas pelos códigos QR delas. “Registros dos funcionários” são os cadastros no balcão e online e as My Pages abertas no balcão, digitados ou importados pelos funcionários (a página de registros de cadastros mostra quem registrou cada dia e quando). Inscrições devolvidas não são contadas.
srv-scorecard-rating-title = Pesquisa de uma pergunta do terminal e aceitações
srv-scorecard-trend-title = Os últimos oito trimestres

srv-tally-title = Registros de cadastros
srv-tally-lead = Registre os novos candidatos a emprego cadastrados fora do terminal (em papel ou nos computadores da agência, no balcão, e online), por dia e por canal. Registrar de novo o mesmo dia e canal substitui o registro anterior.
srv-tally-saved = Registrado. Os números do painel de resultados foram recalculados.
srv-tally-one-title = Digitar um dia
srv-tally-day = Data de cadastro
srv-tally-channel = Canal
srv-tally-channel-counter = Balcão (papel ou computador da agência)
srv-tally-channel-online = Online
srv-tally-registered = Novos candidatos a emprego
srv-tally-opened = My Pages abertas
srv-tally-opened-hint = Quantos dos candidatos cadastrados naquele dia abriram uma My Page (conforme verificado no balcão). No máximo o número de candidatos.
srv-tally-save = Registrar
srv-tally-import-title = Importar o CSV diário
srv-tally-import-lead = Cole um CSV com uma linha de cabeçalho e depois uma linha por dia e canal. Se algum valor estiver errado, nada é importado e a linha e a coluna são indicadas.
srv-tally-csv-file = Escolher o arquivo CSV
srv-tally-csv = Ou cole o conteúdo do CSV
srv-tally-import = Importar
srv-tally-list-title = Registros de { $quarter }
srv-tally-none = Ainda não há registros neste trimestre.
srv-tally-source = Origem
srv-tally-source-tally = Digitado por { $who } ({ $at })
srv-tally-source-import = Importação de CSV por { $who } ({ $at })
srv-tally-error-header = A primeira linha deve ser date,channel,registrations,my_pages_opened.
srv-tally-error-columns = A linha não tem quatro colunas.
srv-tally-error-date = Escreva a data como 2026-10-01.
srv-tally-error-future = Esta data ainda não chegou.
srv-tally-error-channel = O canal deve ser counter ou online.
srv-tally-error-count = Escreva um número inteiro, 0 ou mais.
srv-tally-error-opened = Há mais My Pages abertas do que candidatos a emprego.
srv-tally-error-duplicate = O mesmo dia e canal aparecem duas vezes.
srv-tally-error-empty = Não há linhas além do cabeçalho.
srv-tally-error-too-many = Linhas demais; importe em partes.
srv-tally-error-unreadable = Não é possível ler isto como CSV.
srv-tally-error-at-column = Linha { $line }, coluna { $column }: { $message }
srv-tally-error-at-line = Linha { $line }: { $message }

srv-public-title = Painel da taxa de uso online
srv-public-lead = A taxa de uso online das inscrições para procura de emprego na Hello Work, publicada a cada trimestre, como exige o plano.
srv-public-withheld = não divulgado
srv-public-job-seekers = Candidatos a emprego
srv-public-openings = My Pages abertas
srv-public-prefectures = Todo o país e departamentos do trabalho das províncias
srv-public-offices = Por agência
srv-public-withheld-note = “Não divulgado” marca números menores que { $min } e números ocultados para que esses não possam ser deduzidos dos outros, para que ninguém possa ser identificado.

srv-survey-title = Pesquisa sobre o procedimento online
srv-survey-lead = Conte-nos se foi fácil fazer a inscrição para procura de emprego e usar a My Page (求職者マイページ). Não escreva seu nome nem dados de contato; telefones e e-mails são removidos antes de qualquer coisa ser guardada.
srv-survey-ease = O procedimento foi fácil?
srv-survey-ease-5 = Muito fácil
srv-survey-ease-4 = Fácil
srv-survey-ease-3 = Nem fácil nem difícil
srv-survey-ease-2 = Difícil
srv-survey-ease-1 = Muito difícil
srv-survey-time = Quanto tempo levou?
srv-survey-time-under-5 = Menos de 5 minutos
srv-survey-time-5-15 = De 5 a 15 minutos
srv-survey-time-15-30 = De 15 a 30 minutos
srv-survey-time-over-30 = 30 minutos ou mais
srv-survey-hard = O que foi difícil?
srv-survey-hard-hint = Escolha todas as opções que se aplicam.
srv-survey-hard-finding = Encontrar onde fazer
srv-survey-hard-typing = Digitar os dados
srv-survey-hard-email-code = O código de confirmação por e-mail
srv-survey-hard-password = Definir a senha
srv-survey-hard-language = O idioma era difícil de entender
srv-survey-hard-other = Outra coisa
srv-survey-comment = Comentários (opcional)
srv-survey-comment-hint = Até { $max } caracteres. Telefones, e-mails, CEPs e dados parecidos são removidos antes de guardar.
srv-survey-send = Enviar
srv-survey-error-ease = Escolha o quanto foi fácil.
srv-survey-error-time = Escolha quanto tempo levou.
srv-survey-error-hard = A escolha do que foi difícil não é válida.
srv-survey-thanks-title = Obrigado
srv-survey-thanks = Recebemos sua resposta. Os resultados são usados para melhorar o procedimento e publicados pelo menos uma vez por ano.
srv-survey-invite-title = Responda à nossa pesquisa
srv-survey-invite = Conte-nos em poucas perguntas como foi o procedimento online para você.
srv-survey-my-page-invite = Foi fácil? Responda a uma pesquisa rápida.
srv-survey-report-title = Relatório anual da pesquisa
srv-survey-year = Ano fiscal (ex.: 2026)
srv-survey-report-lead = Ano fiscal { $year }: { $answers } respostas, facilidade média { $mean } (5 é o mais fácil)
srv-survey-answers = Respostas
srv-survey-mean = Facilidade média
srv-survey-no-office = Agência não informada
srv-survey-channel = Acesso a partir de
srv-survey-channel-my-page = My Page
srv-survey-channel-public = Painel público
srv-survey-language = Idioma
srv-survey-comments = Comentários
srv-survey-comments-note = Só para os funcionários; não é publicado. Dados pessoais reconhecíveis foram removidos antes de guardar.
srv-survey-no-comments = Nenhum comentário.

## Prefectural labour bureaus (the first two digits of the office number)
srv-prefecture-01 = Departamento do Trabalho de Hokkaido
srv-prefecture-02 = Departamento do Trabalho de Aomori
srv-prefecture-03 = Departamento do Trabalho de Iwate
srv-prefecture-04 = Departamento do Trabalho de Miyagi
srv-prefecture-05 = Departamento do Trabalho de Akita
srv-prefecture-06 = Departamento do Trabalho de Yamagata
srv-prefecture-07 = Departamento do Trabalho de Fukushima
srv-prefecture-08 = Departamento do Trabalho de Ibaraki
srv-prefecture-09 = Departamento do Trabalho de Tochigi
srv-prefecture-10 = Departamento do Trabalho de Gunma
srv-prefecture-11 = Departamento do Trabalho de Saitama
srv-prefecture-12 = Departamento do Trabalho de Chiba
srv-prefecture-13 = Departamento do Trabalho de Tóquio
srv-prefecture-14 = Departamento do Trabalho de Kanagawa
srv-prefecture-15 = Departamento do Trabalho de Niigata
srv-prefecture-16 = Departamento do Trabalho de Toyama
srv-prefecture-17 = Departamento do Trabalho de Ishikawa
srv-prefecture-18 = Departamento do Trabalho de Fukui
srv-prefecture-19 = Departamento do Trabalho de Yamanashi
srv-prefecture-20 = Departamento do Trabalho de Nagano
srv-prefecture-21 = Departamento do Trabalho de Gifu
srv-prefecture-22 = Departamento do Trabalho de Shizuoka
srv-prefecture-23 = Departamento do Trabalho de Aichi
srv-prefecture-24 = Departamento do Trabalho de Mie
srv-prefecture-25 = Departamento do Trabalho de Shiga
srv-prefecture-26 = Departamento do Trabalho de Quioto
srv-prefecture-27 = Departamento do Trabalho de Osaka
srv-prefecture-28 = Departamento do Trabalho de Hyogo
srv-prefecture-29 = Departamento do Trabalho de Nara
srv-prefecture-30 = Departamento do Trabalho de Wakayama
srv-prefecture-31 = Departamento do Trabalho de Tottori
srv-prefecture-32 = Departamento do Trabalho de Shimane
srv-prefecture-33 = Departamento do Trabalho de Okayama
srv-prefecture-34 = Departamento do Trabalho de Hiroshima
srv-prefecture-35 = Departamento do Trabalho de Yamaguchi
srv-prefecture-36 = Departamento do Trabalho de Tokushima
srv-prefecture-37 = Departamento do Trabalho de Kagawa
srv-prefecture-38 = Departamento do Trabalho de Ehime
srv-prefecture-39 = Departamento do Trabalho de Kochi
srv-prefecture-40 = Departamento do Trabalho de Fukuoka
srv-prefecture-41 = Departamento do Trabalho de Saga
srv-prefecture-42 = Departamento do Trabalho de Nagasaki
srv-prefecture-43 = Departamento do Trabalho de Kumamoto
srv-prefecture-44 = Departamento do Trabalho de Oita
srv-prefecture-45 = Departamento do Trabalho de Miyazaki
srv-prefecture-46 = Departamento do Trabalho de Kagoshima
srv-prefecture-47 = Departamento do Trabalho de Okinawa

## Kiosk fleet

srv-fleet-title = Terminais
srv-fleet-lead = Um terminal sem sinal por mais de { $minutes } minutos é marcado como “sem resposta”.
srv-fleet-none = Nenhum terminal cadastrado.
srv-fleet-kiosk = Terminal
srv-fleet-state = Estado
srv-fleet-last-heartbeat = Último sinal de funcionamento
srv-fleet-version = Versão
srv-fleet-occupation-table = Tabela de ocupações
srv-fleet-postcode-book = Dados de códigos postais
srv-fleet-occupations-differs = Diferente da tabela do servidor
srv-fleet-postcodes-differs = Diferente dos dados do servidor
srv-fleet-queue = Na fila
srv-fleet-last-error = Último erro
srv-fleet-ok = Funcionando
srv-fleet-stale = Sem resposta
srv-fleet-never = Nunca
srv-fleet-pending = Aguardando cadastro (código válido até { $until })
srv-fleet-slot = Slot
srv-fleet-uptime = Tempo ligado
srv-fleet-uptime-value = { $days } d { $hours } h { $minutes } min
srv-fleet-orientation = Orientação da tela
srv-fleet-orientation-portrait = Vertical
srv-fleet-orientation-landscape = Horizontal
srv-fleet-steer = Controle
srv-fleet-command = Comando
srv-fleet-action-wipe-screen = Limpar a tela e voltar ao início
srv-fleet-action-send-queue = Enviar agora o que está na fila
srv-fleet-action-restart = Reiniciar o programa do terminal
srv-fleet-action-reboot = Reiniciar o terminal
srv-fleet-action-apply-config = Aplicar uma configuração
srv-fleet-action-revoke = Cancelar o cadastro
srv-fleet-config = Arquivo de configuração (só para “aplicar uma configuração”)
srv-fleet-config-label = Conteúdo de kiosk.toml
srv-fleet-send = Enviar
srv-fleet-command-sent = O comando foi registrado. O terminal vai recebê-lo no próximo sinal de funcionamento (em até um minuto).
srv-fleet-command-not-found = Esse terminal não existe.
srv-fleet-command-admin-only = Só um administrador pode aplicar uma configuração ou cancelar o cadastro de um terminal.
srv-fleet-command-not-enrolled = Um terminal que ainda não está cadastrado não pode receber comandos.
srv-fleet-command-unknown = Esse comando não existe. Escolha um da lista.
srv-fleet-command-config-size = A configuração está vazia ou é longa demais (no máximo 64 KB).
srv-fleet-silent-alert = Terminais sem sinal há mais de { $minutes } minutos: { $count }. Verifique a energia e a rede.
srv-fleet-commands = Comandos enviados aos terminais
srv-fleet-commands-none = Nenhum comando ainda.
srv-fleet-command-time = Data e hora
srv-fleet-command-by = Enviado por
srv-fleet-command-outcome = Resultado
srv-fleet-outcome-waiting = Aguardando o terminal
srv-fleet-outcome-delivered = Entregue (ainda sem resposta)
srv-fleet-outcome-done = Concluído
srv-fleet-outcome-refused = Recusado:
srv-name-single = (só um nome)
srv-field-card-name = Nome no cartão de residência (在留カード)

## Job-seeker information, disability, self-PR
srv-field-publication = Dados de procura de emprego mostrados às empresas
srv-publication-not-published = Não mostrar
srv-publication-without-employer-names = Mostrar sem os nomes de empregadores anteriores
srv-publication-published = Mostrar
srv-field-contact-methods = Contato por
srv-contact-method-phone = Telefone
srv-contact-method-email = E-mail
srv-contact-method-post = Correio
srv-field-avoid-times = Horários para não contatar
srv-field-disability = Apoio como pessoa com deficiência
srv-disability-wanted = Deseja
srv-disability-not-wanted = Não deseja
srv-disability-unstated = Prefere não dizer
srv-field-certificate = Carteira de pessoa com deficiência
srv-certificate-physical = Carteira de deficiência física
srv-certificate-intellectual = Carteira de deficiência intelectual (Ryoiku techo)
srv-certificate-mental = Carteira de saúde e bem-estar para deficiência mental
srv-certificate-none-or-pending = Não tem / solicitada
srv-grade-level = Grau { $grade }
srv-field-support-needs = Apoio desejado
srv-need-specialist-desk = Balcão especializado
srv-need-hours = Horário ou número de dias de trabalho
srv-need-hospital = Consultas médicas ou medicamentos
srv-need-facilities = Instalações e deslocamento
srv-need-communication = Forma de comunicação (por escrito, língua de sinais)
srv-need-instructions = Forma de dar instruções
srv-field-support-needs-text = Sobre a deficiência, nas palavras do usuário
srv-disability-show = Mostrar as respostas sobre deficiência
srv-field-self-pr = Apresentação pessoal
srv-field-notes = Observações
## More items (the application at the counter)

srv-field-nationality = Nacionalidade
srv-nationality-japanese = Japonesa
srv-nationality-foreign = Outra que não japonesa
srv-field-residence-status = Status de residência
srv-field-residence-expiry = Período de permanência (vencimento)
srv-field-station = Estação mais próxima
srv-field-commute = Deslocamento por
srv-commute-walk = A pé
srv-commute-bicycle = Bicicleta
srv-commute-motorbike = Moto
srv-commute-car = Carro
srv-commute-train = Trem
srv-commute-bus = Ônibus
srv-field-commute-minutes = Tempo de deslocamento (só ida)
srv-minutes = { $minutes } min
srv-field-work-styles = Jornada de trabalho
srv-style-full-time = Tempo integral
srv-style-part-time = Meio período
srv-field-holidays = Folgas desejadas
srv-holiday-weekends = Sábados, domingos e feriados
srv-holiday-weekdays = Dias úteis
srv-holiday-shifts = Por escala
srv-holiday-any = Sem preferência
srv-weekday-mon = Seg
srv-weekday-tue = Ter
srv-weekday-wed = Qua
srv-weekday-thu = Qui
srv-weekday-fri = Sex
srv-weekday-sat = Sáb
srv-weekday-sun = Dom
srv-field-week = Horas e dias por semana
srv-hours-a-week = { $hours } horas por semana
srv-days-a-week = { $days } dias por semana
srv-field-left-on = Data de saída do último emprego
srv-field-leaving-reason = Motivo da saída
srv-leaving-employer = Decisão da empresa
srv-leaving-own = Decisão própria
srv-leaving-contract-end = Fim do contrato
srv-leaving-retirement = Aposentadoria por idade
srv-leaving-other = Outro
srv-field-spouse = Cônjuge
srv-spouse-yes = Tem
srv-spouse-no = Não tem
srv-spouse-unstated = Prefere não dizer
srv-field-dependants = Dependentes (sem contar o cônjuge)
srv-people = { $n }
srv-unstated = Prefere não dizer
srv-completion-graduated = concluído
srv-completion-withdrew = não concluído
srv-completion-enrolled = ainda estudando
srv-completion-expected = vai concluir
srv-employment-casual = Bico (arubaito)
srv-employment-other = Outro
srv-score = pontuação { $score }
srv-year-obtained = obtida em { $year }
srv-job-occupation = Tipo de trabalho
srv-field-commute-minutes-unit = Tempo de deslocamento (só ida, em minutos)
srv-field-weekly-hours-unit = Horas por semana
srv-field-days-per-week-unit = Dias por semana

## Staff calls from the kiosks (counter console)
srv-calls-title = Chamados de funcionários
srv-calls-none = Nenhum chamado.
srv-calls-notice = Um funcionário foi chamado no terminal { $kiosk } ({ $place })
srv-calls-screen = Tela: { $screen }
srv-calls-acknowledge = Estou indo
srv-calls-acknowledged = Um funcionário está a caminho.
srv-calls-screen-attract = Primeira tela
srv-calls-screen-consent = Consentimento
srv-calls-screen-basic = Dados básicos
srv-calls-screen-contact = Endereço e contato
srv-calls-screen-disclosure = Divulgação e contato
srv-calls-screen-desired-work = Trabalho desejado
srv-calls-screen-situation = Situação atual
srv-calls-screen-education = Estudos e qualificações
srv-calls-screen-work-history = Experiência profissional
srv-calls-screen-disability = Deficiência
srv-calls-screen-self-pr = Apresentação pessoal
srv-calls-screen-review = Confirmação
srv-calls-screen-my-page = My Page
srv-calls-screen-done = Concluído

## Staff codes (counter console)
srv-staff-codes-title = Códigos dos funcionários
srv-staff-codes-lead = Um código por pessoa, para ajudar no terminal sem apagar a tela de quem está preenchendo. Desative o código de quem se desligar ou for transferido.
srv-staff-codes-name = Nome
srv-staff-codes-add = Criar um código
srv-staff-codes-made = O código de { $name } foi criado.
srv-staff-codes-once = Este código só é exibido agora. Entregue-o à pessoa.
srv-staff-codes-none = Nenhum código ainda.
srv-staff-codes-added = Criado em
srv-staff-codes-revoke = Desativar
srv-staff-codes-revoked = Desativado ({ $at })
srv-staff-codes-name-invalid = Digite um nome de 1 a 40 caracteres, em uma só linha.
srv-staff-assists-title = Ajudas nos terminais
srv-staff-assists-none = Nenhuma ainda.
srv-staff-assists-when = Quando

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = Alterar sua experiência profissional (職歴)
srv-my-jobs-lead = Você pode registrar os lugares onde trabalhou, do mais recente ao mais antigo. As alterações valem na hora, e os funcionários do balcão também as veem.
srv-my-jobs-none = Nenhuma experiência profissional registrada.
srv-my-jobs-entry = Emprego { $n }
srv-my-jobs-edit = Alterar
srv-my-jobs-remove = Excluir
srv-my-jobs-add = Adicionar um emprego
srv-my-jobs-max = Você pode registrar até { $max } empregos. Informe os mais antigos aos funcionários do balcão.
srv-my-jobs-saved = Sua experiência profissional foi salva.
srv-my-jobs-removed = Um emprego foi excluído da sua experiência profissional.
srv-my-jobs-open = Ver ou alterar sua experiência profissional (職歴)
srv-my-job-edit-title = Alterar o emprego { $n }
srv-my-job-back = Voltar à experiência profissional
srv-my-job-employer = Empregador (勤務先)
srv-my-job-period = Período
srv-my-job-present = atual
srv-my-job-from = Ano e mês de entrada (入社)
srv-my-job-to = Ano e mês de saída (退社)
srv-my-job-date-hint = No calendário ocidental ou na era japonesa, por exemplo 2019/4 ou 平成31年4月.
srv-my-job-to-hint = Se você ainda trabalha lá, deixe em branco.
srv-my-job-employment-type = Tipo de contrato (雇用形態)
srv-my-job-duties = O que você fazia
srv-my-job-duties-hint = Exemplo: caixa e reposição de prateleiras em supermercado
srv-my-job-changed = Este emprego foi alterado em outro lugar (por exemplo, em outra janela). Confira como ele está agora e tente de novo.
srv-my-job-remove-title = Excluir este emprego?
srv-my-job-remove-lead = Depois de excluído, os funcionários do balcão também não o verão mais. Se precisar, você pode adicioná-lo de novo depois.
srv-my-choice-not-accepted = Não foi possível aceitar esta opção. Escolha novamente na lista.
srv-my-disability-section = Sobre deficiência (障害について, opcional)
srv-my-disability-closed = Suas respostas só aparecem quando você as abrir com o botão abaixo.
srv-my-disability-open = Abrir e alterar suas respostas sobre deficiência
srv-my-disability-title = Sobre deficiência (障害について)
srv-my-disability-lead = Responder é opcional. Só os funcionários do balcão veem suas respostas. As alterações valem na hora.
srv-my-disability-support = Deseja se registrar e receber apoio como pessoa com deficiência?
srv-my-disability-details-note = A carteira, o grau e o apoio abaixo só são guardados se você escolher “Deseja”.
srv-my-disability-grade = Grau ou nível (等級・程度)
srv-my-disability-grade-hint = Escolha na lista o grau ou nível que está na sua carteira. Se não tiver certeza, deixe em “Não selecionado”.
srv-my-disability-needs-hint = Escolha quantas opções quiser.
srv-my-disability-clear-title = Apagar suas respostas
srv-my-disability-clear-lead = Isto apaga todas as suas respostas sobre deficiência. Os funcionários do balcão não as verão mais, e nenhum registro delas é guardado. Você pode responder de novo quando quiser.
srv-my-disability-clear = Apagar todas as respostas
srv-my-disability-cleared = Suas respostas sobre deficiência foram apagadas.
srv-change-value-private = (conteúdo não registrado)
