# Madoguchi kiosk screens (Português do Brasil). Ids are prefixed by screen; same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = Hello Work: inscrição para procura de emprego
text-missing = (há caracteres que não podem ser exibidos)
size-standard = Normal
size-large = Grande
size-xlarge = Muito grande
dialog-close = Fechar

## Attract

attract-title = Inscrição na Hello Work para procurar emprego
attract-lead = Aqui você pode fazer sua inscrição para procurar emprego. No final, você recebe um número de atendimento (受付番号): mostre-o no balcão.
attract-start = Começar
# Under the start button, shown in turn in every language, each in its own.
attract-touch = Toque na tela para começar
attract-duration = Leva cerca de 10 minutos.
attract-language = Idioma / ことば
attract-size = Tamanho do texto
attract-theme = Cores da tela
theme-standard = Normal
theme-contrast = Alto contraste
theme-dark = Fundo preto
layout-reach = Mostrar mais abaixo
layout-reach-help = Coloca os botões e o teclado na metade de baixo da tela (para quem usa cadeira de rodas, entre outros).
attract-help = Se tiver alguma dúvida, fale com um funcionário aqui perto.

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = Orientação por voz
speech-toggle-help = Lê a tela em voz alta pelos fones de ouvido. A tecla * do teclado numérico também liga e desliga.
speech-on = Orientação por voz ativada. O título e as instruções de cada tela, o campo que você tocar e as teclas que apertar serão lidos em voz alta.
speech-off = Orientação por voz desativada.
speech-form-hint = Toque em um campo para ouvir o nome e o que você digitou. Quando terminar, toque em Próximo.
speech-empty = em branco
speech-checked = marcado
speech-unchecked = não marcado

## Not ready

notready-title = Em preparação
notready-body = Este terminal não pode ser usado no momento.
    Por favor, dirija-se ao balcão.
notready-staff = Para os funcionários: o cadastro deste terminal não foi concluído (ID do terminal: { $kiosk }).
notready-staff-error = Para os funcionários: não foi possível carregar as informações do terminal (código: { $code }).

## Header, navigation, dialogs

header-language = Language
header-reset = Recomeçar
nav-next = Próximo
nav-back = Voltar
nav-return-review = Voltar à confirmação
nav-back-review = Voltar à confirmação
nav-busy = Verificando…
reset-title = Recomeçar do início?
reset-body = Tudo o que você digitou será apagado.
reset-confirm = Apagar e recomeçar
reset-cancel = Continuar preenchendo
idle-title = Deseja continuar?
idle-body = Em { $seconds } segundos, tudo o que você digitou será apagado e o terminal voltará à primeira tela. Para continuar, toque na tela.
idle-continue = Continuar
error-title = Algo deu errado
error-ask-staff = Por favor, chame um funcionário. O que você digitou não foi perdido.
error-generic = Ocorreu um problema durante o processamento.
error-unreachable = Houve uma falha de comunicação interna no terminal.
error-unexpected = O terminal teve um problema inesperado.

## Steps

step-basic = Dados básicos
step-contact = Endereço e contato
step-desired-work = Trabalho desejado
step-situation = Situação atual
step-education = Estudos e qualificações
step-work-history = Experiência profissional
step-review = Confirmação
step-my-page = My Page
step-progress = Etapa { $current } de { $total }

## Fields

field-required = Obrigatório
field-optional = Opcional
field-error-label = Erro:
field-warning-label = Verifique:
field-error-generic = Verifique o que você digitou.
field-warning-generic = Confira se o que você digitou está correto.
choice-none = Não selecionado
list-remove = Remover
summary-errors-title = { $count ->
    [one] Corrija { $count } item
   *[other] Corrija { $count } itens
}
summary-warnings-title = Verifique, por favor
summary-warnings-hint = Se estiver correto, toque em “Próximo” novamente.
unit-year = (ano)
unit-month = (mês)
unit-day = (dia)
unit-yen = ienes

## Consent

consent-title = Como tratamos seus dados pessoais
consent-lead = Leia antes de fazer a inscrição.
consent-purpose-title = Finalidade
consent-purpose-body = As informações que você digitar serão usadas por { $office } para receber sua inscrição para procura de emprego e para realizar os serviços públicos de emprego, como a indicação de vagas. Elas não serão usadas para nenhuma outra finalidade.
consent-recorded-title = O que é registrado e enviado à Hello Work
consent-recorded-body = Nome, leitura do nome em katakana, data de nascimento, sexo (se você responder), nacionalidade e status de residência (se você responder), endereço, estação mais próxima e meio de transporte, telefone, e-mail, trabalho desejado, situação atual (data e motivo da saída do último emprego; cônjuge e dependentes, se você responder), estudos e qualificações, experiência profissional e se deseja a My Page. Da pesquisa, registramos apenas a nota e o motivo escolhido.
consent-retention-title = Por quanto tempo guardamos
consent-retention-body = A Hello Work guarda o que você enviar pelo prazo definido pelas leis e normas. A inscrição para procura de emprego vale até o último dia do segundo mês após a inscrição (o prazo é prorrogado quando você recebe orientação ou indicação de vagas).
consent-kiosk-title = O que fica neste terminal
consent-kiosk-body = Nada fica neste terminal. Tudo o que você digitou é apagado quando você toca em “Encerrar” ou quando o terminal fica um tempo sem uso.
consent-agree = Li o texto acima e concordo
consent-must-agree = Depois de concordar, você poderá tocar em “Próximo”.

## 基本情報

basic-title = Dados básicos
basic-family-name = Sobrenome
basic-family-name-help = Se não puder escrever em kanji, pode usar katakana ou letras latinas.
basic-given-name = Nome
basic-kana-only = Não consigo escrever meu nome em kanji (vou usar katakana)
basic-family-kana = Sobrenome em katakana (フリガナ)
basic-kana-help = Use katakana. O hiragana é convertido em katakana automaticamente.
basic-kana-suggest = Seu nome se lê assim? Se estiver certo, toque para preencher o furigana.
basic-given-kana = Nome em katakana (フリガナ)
basic-birth-date = Data de nascimento
basic-birth-date-help = Escolha o calendário ocidental ou uma era japonesa e depois digite o ano, o mês e o dia.
basic-calendar = Calendário
basic-birth-year = Ano de nascimento
basic-birth-month = Mês de nascimento
basic-birth-day = Dia de nascimento
basic-era-first-year = Para o primeiro ano de uma era (元年), digite “1” ou “元”.
era-western = Ocidental (ex.: 1990)
era-meiji = Meiji
era-taisho = Taisho
era-showa = Showa
era-heisei = Heisei
era-reiwa = Reiwa
basic-sex = Sexo
basic-sex-help = Se não quiser responder, escolha “Prefiro não dizer”.
sex-female = Feminino
sex-male = Masculino
sex-unstated = Prefiro não dizer

## 住所・連絡先

contact-title = Endereço e contato
contact-postcode = CEP (código postal)
contact-postcode-help = Digite os 7 números e toque em “Buscar endereço”.
contact-postcode-mark = 〒
contact-lookup = Buscar endereço
contact-lookup-busy = Buscando…
contact-pick-town = Escolha o seu endereço
contact-town-whole = (sem nome de bairro)
contact-prefecture = Província
contact-city = Cidade, distrito ou vila
contact-town = Bairro (町域)
contact-street = Quadra e número (番地)
contact-street-help = Ex.: 1-2-3
contact-building = Nome do prédio e número do apartamento
contact-building-help = Ex.: Midori Heights 101
contact-phone = Telefone
contact-phone-help = Um número em que possamos falar com você durante o dia. Os hifens são opcionais.
contact-email = E-mail
contact-email-help = Usado para criar a My Page.

## 希望する仕事

work-title = Trabalho desejado
work-occupations = Tipo de trabalho desejado
work-occupations-help = Escolha até 3. O primeiro escolhido é sua 1ª opção.
work-occupation-rank = { $rank }ª opção
work-occupation-add = Escolher o tipo de trabalho
work-occupation-full = Você já escolheu 3. Para mudar, remova um deles.
work-picker-title = Escolher o tipo de trabalho
work-picker-browse = Escolher por área
work-picker-search = Buscar por palavra
work-picker-major-hint = Escolha a área mais próxima.
work-picker-back-major = Voltar à lista de áreas
work-picker-search-label = Nome do trabalho
work-picker-search-help = Digite em katakana. Ex.: カイゴ (cuidados), ジム (escritório), ケンセツ (construção)
work-picker-no-result = Nada encontrado. Tente outra palavra ou escolha por área.
work-picker-loading = Carregando…
work-picker-close = Fechar
occ-unknown = Tipo de trabalho (código { $code })
work-employment-types = Tipo de contratação
work-employment-types-help = Escolha todos os que você aceita.
employment-full-time = Funcionário efetivo
employment-part-time = Meio período (pāto)
employment-dispatch = Empreiteira (haken)
employment-contract = Contrato por prazo determinado
work-locations = Onde você quer trabalhar
work-locations-help = Digite o nome da província ou da cidade.
work-location-add = Adicionar local
work-wage = Salário desejado
work-wage-help = O valor mínimo que você aceita. Se não tiver preferência, deixe em branco.
wage-monthly = Mensal
wage-hourly = Por hora
work-wage-amount = Valor
work-hours = Horário de trabalho desejado
work-hours-help = Ex.: 9:00 às 17:00. Se não tiver preferência, deixe em branco.
work-hours-start = Início
work-hours-end = Fim
work-hours-to = às
work-days = Dias em que pode trabalhar
weekday-mon = Seg
weekday-tue = Ter
weekday-wed = Qua
weekday-thu = Qui
weekday-fri = Sex
weekday-sat = Sáb
weekday-sun = Dom

## 現在の状況

situation-title = Situação atual
situation-employment = Você está trabalhando agora?
situation-employed = Sim, estou trabalhando
situation-not-employed = Não, não estou trabalhando
situation-student = Sou estudante
situation-insurance = Você pretende receber o benefício do seguro de emprego (雇用保険), o seguro-desemprego?
situation-insurance-help = Se escolher “Não sei”, você pode tirar dúvidas no balcão.
insurance-yes = Pretendo receber
insurance-no = Não vou receber
insurance-unsure = Não sei

## 学歴・資格

education-title = Estudos e qualificações
education-final-level = Último nível de estudo
level-junior-high = Ensino fundamental (chūgakkō)
level-high-school = Ensino médio
level-vocational = Escola técnica/profissionalizante
level-junior-college = Faculdade de curta duração / escola técnica superior
level-university = Universidade
level-graduate = Pós-graduação
level-other = Outro
education-school-name = Nome da escola
education-school-name-help = A última escola que você frequentou.
education-graduation-year = Ano em que terminou (ou saiu da escola)
education-graduation-year-help = Pode usar o ano ocidental ou o da era japonesa. Ex.: 2008, 平成20, H20. Se não souber, deixe em branco.
education-qualifications = Licenças e qualificações
education-qualifications-help = Ex.: carteira de motorista comum, cuidador certificado (介護福祉士), JLPT N2
education-qualification-add = Adicionar licença ou qualificação

## 職歴

history-title = Experiência profissional
history-help = Comece pelo emprego mais recente. Se não tiver experiência, apenas toque em “Próximo”.
history-none = Nenhum emprego informado.
history-entry = Emprego { $n }
history-add = Adicionar emprego
history-remove = Remover este emprego
history-employer = Empregador (nome da empresa)
history-duties = O que você fazia
history-duties-help = Ex.: caixa e reposição em supermercado
history-from = Início (ano e mês; ocidental ou era japonesa)
history-to = Saída (ano e mês; ocidental ou era japonesa)
history-to-help = Se ainda trabalha lá, deixe em branco.
history-year = Ano (ocidental ou era japonesa)
history-month = Mês
history-employment-type = Tipo de contratação

## 確認

review-title = Confirmação dos dados
review-lead = Confira tudo. Para corrigir algo, toque em “Corrigir”.
review-blocked = Há itens para corrigir. Toque em “Corrigir” nas partes com borda vermelha.
review-edit = Corrigir
review-empty = Não informado
review-none = Nenhum
review-yes = Sim
review-name = Nome
review-kana = Nome em katakana
review-birth-date = { $day }/{ $month }, { $era } { $year }
review-birth-date-western = { $day }/{ $month }/{ $year }
review-postcode = 〒{ $first }-{ $last }
review-address = Endereço
review-wage = { $kind }, no mínimo { $amount } ienes
review-hours = { $start } às { $end }
review-list-sep = ,{" "}
review-year-month = { $month }/{ $year }
review-period-label = Período
review-period = { $from } a { $to }
review-present = atual

## マイページ

mypage-title = My Page (求職者マイページ)
mypage-lead = Com a My Page, você pode consultar esta inscrição e o andamento dela pelo seu celular ou computador.
mypage-benefit-status = Ver a situação desta inscrição (recebida provisoriamente, aceita)
mypage-benefit-edit = Ver os dados cadastrados e mudar o contato e o trabalho desejado
mypage-benefit-email = Mudar o e-mail usado para entrar
mypage-want = Criar a My Page
mypage-decline = Agora não
mypage-email-help = Enviaremos as instruções de cadastro. Use letras e números sem acentos.
mypage-password = A senha não é definida neste terminal. Você vai defini-la depois, no seu celular.
mypage-declined = Você pode criar a My Page depois. Pergunte no balcão.
mypage-submit = Enviar inscrição
mypage-submit-note = Ao tocar em “Enviar inscrição”, seus dados são enviados à Hello Work.

## 完了

done-title = Inscrição recebida
done-receipt-label = Número de atendimento (受付番号)
done-next-counter = Mostre este número de atendimento (受付番号) no balcão.
done-qr-label = Código QR para continuar no celular
done-next-qr = Leia o código QR com o celular para continuar a inscrição.
done-next-qr-mypage = Leia o código QR com o celular e defina a senha da My Page.
done-finish = Encerrar
done-auto = Voltando à primeira tela em { $seconds } segundos.
survey-title = Este terminal foi fácil de usar?
survey-1 = Muito difícil
survey-2 = Difícil
survey-3 = Normal
survey-4 = Fácil
survey-5 = Muito fácil
survey-reason-title = Se quiser, escolha o motivo (opcional)
survey-reason-easy = Fácil de entender
survey-reason-quick = Foi rápido
survey-reason-hard-to-read = Difícil de ler
survey-reason-slow = Demorou muito
survey-reason-keyboard = Foi difícil digitar
survey-reason-other = Outro
survey-thanks = Obrigado pela sua colaboração.

## On-screen keyboard

kb-label = Teclado na tela
kb-mode = Tipo de teclado
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = Espaço
kb-backspace = Apagar um caractere
kb-close = Fechar o teclado
kb-shift = Maiúscula
kb-dakuten = Marca dakuten (゛)
kb-handakuten = Marca handakuten (゜)
kb-small = peq.
kb-small-label = Kana pequeno
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = Senha dos funcionários
staff-pin-lead = Digite a senha (4 a 8 dígitos) e toque em “OK”.
staff-pin-count = { $count ->
    [one] { $count } dígito digitado
   *[other] { $count } dígitos digitados
}
staff-pin-ok = OK
staff-pin-cancel = Cancelar
staff-busy = Verificando…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = A senha foi digitada errado 5 vezes, por isso o modo dos funcionários está bloqueado por enquanto. Aguarde { $minutes } min.

staff-title = Modo dos funcionários
staff-read-at = Situação às { $time }
staff-lead = Situação do envio de inscrições deste terminal. Os dados dos usuários não são exibidos. Ao terminar, toque em “Fechar”.
staff-enrolled = Cadastro no servidor
staff-enrolled-yes = Cadastrado
staff-enrolled-no = Não cadastrado (não pode receber inscrições)
staff-enroll-help = Para cadastrar, execute `madoguchi-server kiosk add` no servidor para emitir um código de cadastro e, neste terminal, execute `madoguchi-kiosk enroll --server URL --code-file FILE` (URL é o endereço do servidor; FILE, o arquivo com o código emitido; se o arquivo de configuração não tiver a chave do servidor, informe com `--server-fingerprint` a impressão digital exibida por `madoguchi-server keygen`). Depois, reinicie o quiosque.
staff-server-url = URL do servidor
staff-not-set = Não configurado
staff-queue = Inscrições aguardando envio
staff-count = { $count }
staff-refused = Inscrições recusadas pelo servidor
staff-last-success = Último envio bem-sucedido
staff-never = Nenhum ainda
staff-last-error = Último erro
staff-no-error = Nenhum
staff-version = Versão
staff-kiosk = ID do terminal / código da agência
staff-kiosk-value = { $kiosk } / { $office }
staff-sync = Enviar agora
staff-sync-requested = O envio começou. Os dados serão atualizados em alguns segundos.
staff-refresh = Atualizar
staff-close = Fechar

basic-single-name = Tenho só um nome: meu cartão de residência (在留カード) não mostra um nome próprio
basic-card-name = Nome no cartão de residência (在留カード), em letras latinas
basic-card-name-help = Se você tem cartão de residência (在留カード), digite o nome exatamente como está escrito nele (ex.: NGUYEN THI LAN). Se não tiver, deixe em branco.
kb-mode-write = Escrever à mão
kb-convert = Kanji (変換)
kb-candidates = Sugestões
kb-pad-label = Área de escrita: escreva um caractere por vez com o dedo
kb-pad-hint = Escreva aqui um caractere por vez
kb-pad-undo = Desfazer traço
kb-pad-clear = Apagar
kb-pad-empty = As sugestões aparecem aqui enquanto você escreve
kb-pad-chinese = 简体中文
kb-pad-chinese-label = Escrever em chinês simplificado: a forma usada no Japão aparece primeiro
kb-pad-hint-chinese = Escreva aqui um caractere por vez (chinês simplificado)
kb-variants = Outras formas do caractere (異体字)
kb-variants-hint = Toque para escolher outra forma (髙, 﨑…)
kb-variants-none = Este caractere não tem outras formas
kb-variants-close = Fechar
kb-accents = Letras com acento

## Job-seeker information, disability, self-PR (three screens of the official form)
step-disclosure = Divulgação e contato
step-disability = Deficiência
step-self-pr = Apresentação pessoal
disclosure-title = Divulgação dos seus dados e forma de contato
disclosure-lead = Escolha se as empresas que oferecem vagas podem ver seus dados de procura de emprego e como a Hello Work pode entrar em contato com você.
disclosure-publication = As empresas podem ver seus dados de procura de emprego?
disclosure-publication-help = Se permitir, uma empresa poderá convidar você a se candidatar. Seu nome, endereço, telefone e e-mail nunca são mostrados, seja qual for a escolha.
publication-not-published = Não mostrar
publication-without-employer-names = Mostrar (sem os nomes das empresas onde trabalhei)
publication-published = Mostrar (com os nomes das empresas onde trabalhei)
disclosure-contact-methods = Como a Hello Work pode entrar em contato com você
disclosure-contact-methods-help = Escolha quantos quiser. Os e-mails vão para o endereço informado em “Endereço e contato”.
contact-method-phone = Telefone
contact-method-email = E-mail
contact-method-post = Correio
disclosure-avoid-times = Horários em que prefere não ser contatado
disclosure-avoid-times-help = Ex.: dias úteis das 9h às 17h (estou no trabalho)
disability-title = Sobre deficiência
disability-lead = Você não precisa responder nada nesta tela. Só os funcionários do balcão veem suas respostas. Na tela de confirmação, elas ficam ocultas até você tocar em “Mostrar”.
disability-support = Deseja se registrar e receber apoio como pessoa com deficiência?
disability-support-help = Você pode receber indicações de vagas para pessoas com deficiência e orientação em um balcão especializado.
disability-support-wanted = Desejo
disability-support-not-wanted = Não desejo
disability-support-unstated = Prefiro não dizer
disability-certificate = Carteira de pessoa com deficiência
certificate-physical = Carteira de deficiência física
certificate-intellectual = Carteira de deficiência intelectual (Ryoiku techo)
certificate-mental = Carteira de saúde e bem-estar para deficiência mental
certificate-none-or-pending = Não tenho / solicitada
disability-grade = Grau
disability-grade-help = Escolha o grau escrito na sua carteira. Se não souber, deixe como “Não selecionado”.
grade-level = Grau { $grade }
grade-intellectual-a = A (grave)
grade-intellectual-b = B (outro que não A)
grade-as-written = { $grade }
disability-needs = Apoio ou adaptações que deseja
disability-needs-help = Escolha quantos quiser.
need-specialist-desk = Quero orientação em um balcão especializado
need-hours = Horário ou número de dias de trabalho
need-hospital = Consultas médicas ou medicamentos
need-facilities = Instalações e deslocamento (cadeira de rodas, degraus etc.)
need-communication = Forma de comunicação (por escrito, língua de sinais etc.)
need-instructions = Forma de dar instruções (por escrito, uma de cada vez)
disability-needs-text = Outras coisas que deseja informar
disability-needs-text-help = Ex.: tenho dificuldade em trabalhos em que preciso ficar muito tempo em pé.
disability-skip = Seguir sem responder esta tela
selfpr-title = Apresentação pessoal e observações
selfpr-lead = Nenhum dos dois é obrigatório. O que você escrever será usado no atendimento e na apresentação às empresas.
selfpr-appeal = Apresentação pessoal
selfpr-appeal-help = Seus pontos fortes, sua experiência, como usar suas qualificações. Ex.: trabalhei 10 anos com atendimento ao cliente.
selfpr-notes = Observações
selfpr-notes-help = O que quer informar ao balcão. Ex.: posso começar em abril. Levo e busco meu filho na escola.
text-count = { $count } / { $max } caracteres
review-hidden = Oculto para que as pessoas por perto não vejam.
review-show = Mostrar
review-hide = Ocultar
kb-newline = Nova linha
## More items (nationality and status of residence, station and commute, working pattern, leaving, family, department, qualifications, occupation of past jobs)

basic-nationality = Nacionalidade
basic-nationality-japanese = Japonesa
basic-nationality-foreign = Outra que não japonesa
basic-country = Nacionalidade (país ou região)
basic-country-help = Ex.: Vietnã, Brasil
basic-residence-status = Status de residência
basic-residence-status-help = Escolha o status de residência (在留資格) escrito no seu cartão de residência (在留カード). No balcão, os funcionários verificam quais trabalhos ele permite.
basic-residence-status-choose = Escolher o status de residência
basic-residence-status-change = Escolher de novo
basic-residence-status-title = Escolha seu status de residência
basic-residence-expiry = Período de permanência (data de vencimento)
basic-residence-expiry-help = Como está no seu cartão de residência (在留カード). Residentes permanentes e residentes permanentes especiais devem deixar em branco.
contact-station = Estação mais próxima
contact-station-help = Digite o nome da estação até “駅” (ex.: 新宿駅).
contact-commute = Meio de transporte para o trabalho
contact-commute-help = Escolha todos os que você pode usar.
commute-walk = A pé
commute-bicycle = Bicicleta
commute-motorbike = Moto
commute-car = Carro
commute-train = Trem
commute-bus = Ônibus
contact-commute-minutes = Tempo de deslocamento (só ida)
contact-commute-minutes-help = No máximo quantos minutos? Ex.: 30
unit-minutes = min
unit-hours = horas
unit-days = dias
unit-people = pessoas
work-styles = Jornada de trabalho
work-styles-help = Tempo integral ou meio período. Pode escolher os dois.
style-full-time = Tempo integral
style-part-time = Meio período
employment-casual = Bico (arubaito)
employment-other = Outro
work-holidays = Folgas desejadas
holiday-weekends = Sábados, domingos e feriados
holiday-weekdays = Dias úteis
holiday-shifts = Por escala
holiday-any = Sem preferência
work-days-off = Outros dias em que quer folgar
work-weekly-hours = Horas de trabalho por semana
work-weekly-hours-help = Ex.: 40
work-days-per-week = Dias de trabalho por semana
work-days-per-week-help = Ex.: 5
situation-left-on = Data de saída (do último emprego)
situation-left-on-help = Pode usar o ano ocidental ou o da era japonesa. Se não souber, deixe em branco.
situation-leaving-reason = Motivo da saída
leaving-employer = Por decisão da empresa (demissão, falência etc.)
leaving-own = Por decisão própria
leaving-contract-end = Fim do contrato
leaving-retirement = Aposentadoria por idade
leaving-other = Outro
situation-spouse = Cônjuge
spouse-yes = Tenho
spouse-no = Não tenho
spouse-unstated = Prefiro não dizer
situation-dependants = Número de dependentes (sem contar o cônjuge)
situation-dependants-help = Se não tiver, digite 0.
situation-dependants-unstated = Prefiro não dizer
education-department = Faculdade e curso
education-department-help = Ex.: Faculdade de Economia, curso de Economia
education-completion = Concluiu?
completion-graduated = Concluído
completion-withdrew = Não concluí (saí antes)
completion-enrolled = Ainda estudo
completion-expected = Vou concluir
education-qualification-entry = Licença ou qualificação { $n }
education-qualification-search = Buscar na lista (digite o nome ou a leitura. Ex.: かいご)
education-qualification-none-found = Não está na lista. Escreva o nome no campo abaixo.
education-qualification-chosen = Licença ou qualificação escolhida
education-qualification-name = Se não estiver na lista, escreva o nome
education-qualification-score = Pontuação
education-qualification-year = Ano de obtenção
education-qualification-year-help = Ano ocidental ou da era japonesa. Ex.: 2015, 平成27
education-qualification-remove = Remover
education-qualification-change = Escolher de novo
education-qualification-max = Você pode informar até { $max } licenças e qualificações. Informe as outras no balcão.
history-occupation = Tipo de trabalho
history-occupation-choose = Escolher o tipo de trabalho
history-occupation-change = Escolher de novo
history-leaving-reason = Motivo da saída
history-max = Você pode informar até { $max } empregos. Informe os outros no balcão.
review-commute-minutes = { $minutes } min
review-weekly-hours = { $hours } horas por semana
review-days-per-week = { $days } dias por semana
review-dependants = { $n }
review-score = pontuação { $score }
review-year-obtained = obtida em { $year }
review-with-details = { $name } ({ $details })
date-year = Ano
date-month = Mês
date-day = Dia

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = Preencher com o Cartão My Number
card-start-help = Se você tem o Cartão My Number (マイナンバーカード), o nome, o endereço, a data de nascimento e o sexo podem ser lidos do cartão. A leitura do nome em katakana (フリガナ) não está no cartão: digite-a você mesmo.
card-title = Preencher com o Cartão My Number
card-place = Coloque o Cartão My Number (マイナンバーカード) sobre o leitor e toque em “Coloquei o cartão”.
card-place-note = Só são lidos o nome, o endereço, a data de nascimento e o sexo. O número individual (My Number) não é lido.
card-placed = Coloquei o cartão
card-pin-lead = Digite a senha de 4 números do cartão para preenchimento de formulários (券面事項入力補助用暗証番号).
card-tries = Tentativas restantes da senha: { $tries }
card-pin-count = Senha: { $count } dígitos digitados
card-read = Ler o cartão
card-busy = Lendo…
card-cancel = Cancelar
card-close = Fechar
card-counter = Fale com um funcionário no balcão. Você também pode continuar e preencher manualmente.
card-done = Dados lidos do Cartão My Number. Confira cada item. Para a leitura em katakana (フリガナ), toque numa sugestão abaixo do campo ou digite.
card-error-no-reader = O leitor de cartões não foi encontrado. Avise um funcionário ou preencha manualmente.
card-error-no-card = Nenhum cartão foi encontrado. Coloque o Cartão My Number sobre o leitor.
card-error-not-my-number = Parece que este não é o Cartão My Number. Coloque o Cartão My Number (マイナンバーカード).
card-error-removed = O cartão saiu do leitor durante a leitura. Deixe o cartão sobre o leitor e tente novamente.
card-error-wrong-pin = Senha incorreta. Tentativas restantes: { $tries }.
card-error-last-try = Tentativas restantes da senha: { $tries }. Para que o cartão não seja bloqueado, a senha não será usada aqui.
card-error-blocked = A senha do cartão está bloqueada. O desbloqueio é feito na prefeitura da cidade onde você mora.
card-error-pin-format = A senha tem 4 números.
card-error-unreadable = Não foi possível ler os dados do cartão. Por favor, preencha manualmente.
card-error-reader = O leitor de cartões não funcionou. Tente novamente.
review-card-read = O nome, o endereço, a data de nascimento e o sexo foram lidos do Cartão My Number.

## Call staff (every screen)
call-staff = Chamar um funcionário
call-staff-waiting-title = Chamando um funcionário
call-staff-waiting-body = Chamando um funcionário. Aguarde um momento até o chamado chegar. Se não chegar, fale com um funcionário aqui perto.
call-staff-sent-title = Um funcionário foi chamado
call-staff-sent-body = Aguarde aqui. O que você digitou não será apagado.
call-staff-coming-title = Um funcionário está a caminho
call-staff-coming-body = Um funcionário está a caminho. Aguarde aqui.

## The assist layer (staff over the visitor's form)
assist-open = Controles dos funcionários
assist-pad-title = Código do funcionário
assist-pad-lead = Funcionário: digite o seu próprio código. O que está sendo preenchido não será apagado.
assist-title = Um funcionário está ajudando
assist-lead = Tudo o que foi preenchido continua como está. Ao terminar, toque em “Devolver ao usuário”.
assist-hand-back = Devolver ao usuário
assist-steps = Ir para uma tela
assist-explain = Explicar o campo
assist-field-required = Este campo é obrigatório.
assist-field-optional = Este campo pode ficar em branco.
assist-no-codes = Os códigos dos funcionários ainda não chegaram a este terminal. Aguarde um pouco ou fale com o administrador.

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = Imprimindo o comprovante…
receipt-printed = Retire o seu comprovante.
receipt-print-failed = Não foi possível imprimir o comprovante. Avise um funcionário. O seu número de atendimento está nesta tela.
receipt-print-incomplete = A impressora ficou sem papel durante a impressão e o comprovante saiu incompleto. Avise um funcionário. O seu número de atendimento está nesta tela.
staff-printer = Impressora de comprovantes
staff-printer-none = Não configurada
staff-printer-ready = Pronta para imprimir
staff-printer-near-end = O papel está acabando. Troque a bobina em breve.
staff-printer-paper-out = Sem papel. Troque a bobina.
staff-printer-cover-open = A tampa está aberta. Feche-a.
staff-printer-offline = A impressora não responde. Verifique a energia e a luz de erro.
staff-printer-unreachable = Não é possível conectar à impressora ({ $address }). Verifique a energia, o cabo e printer no arquivo de configuração.
