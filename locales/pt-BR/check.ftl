# Messages of the input checks (core/src/check.rs), Português do Brasil. Same ids as ja/check.ftl.
# Red messages say what to fix; orange ones say what to check and that “Próximo” again keeps the value.
# Arguments are plain strings. Codes for selectors:
#   $part: year | month | day
#   $era, $actual-era: meiji | taisho | showa | heisei | reiwa
#   $actual-gannen: yes when the era year is 1 (written 元年), otherwise no
#   $kind: monthly | hourly

## Basic information

check-family-name-required = Digite seu sobrenome. Se não puder escrever em kanji, pode usar katakana ou letras latinas.
check-given-name-required = Digite seu nome. Se você tem só um nome, escolha “Tenho só um nome”.
check-family-kana-required = Digite a leitura do seu sobrenome em katakana (ex.: ヤマダ).
check-given-kana-required = Digite a leitura do seu nome em katakana (ex.: タロウ).
check-kana-katakana-only = Escreva a leitura só em katakana. Estes caracteres não são katakana: { $chars }
check-birth-date-required = Digite sua data de nascimento (ex.: 1º/4/1985 no calendário ocidental, ou 昭和60年4月1日).
check-birth-date-missing =
    Digite o { $part ->
        [year] ano
        [month] mês
       *[day] dia
    } do seu nascimento.
check-birth-date-not-number =
    { $part ->
        [year] Digite o ano de nascimento com números (ex.: 1985, ou 60 numa era japonesa). Para o primeiro ano de uma era (元年), escolha a era e digite “元” ou “1”.
        [month] Digite o mês de nascimento com um número de 1 a 12.
       *[day] Digite o dia de nascimento com números.
    }
check-birth-date-no-such-year = O ano de nascimento não é válido. No calendário ocidental, use 4 dígitos (ex.: 1985); numa era japonesa, escolha a era e digite o ano (ex.: 60).
check-birth-date-no-such-month = Digite o mês de nascimento com um número de 1 a 12.
check-birth-date-no-such-day = O mês { $month } tem só { $last-day } dias. Confira o dia do seu nascimento.
check-birth-date-era-ended =
    A era { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } terminou em { $last-day }/{ $last-month }/{ $last-year }. Esta data cai no ano { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    } da era { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    }. Corrija a era e o ano, ou digite a data no calendário ocidental.
check-birth-date-era-not-begun =
    A era { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } começou em { $first-day }/{ $first-month }/{ $first-year }. Esta data cai no ano { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    } da era { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    }. Corrija a era e o ano, ou digite a data no calendário ocidental.
check-birth-date-future = A data de nascimento é posterior a hoje. Confira o ano de nascimento.
check-birth-date-year-too-early = O ano de nascimento está como { $year }. No calendário ocidental, use 4 dígitos (ex.: 1985). Para uma era japonesa, escolha a era primeiro.
check-birth-date-too-young = Por esta data de nascimento, você tem { $age } anos. A inscrição é para quem já terminou o ensino fundamental (chūgakkō). Confira a data de nascimento.
check-birth-date-young = Por esta data de nascimento, você tem { $age } anos. Confira o ano de nascimento. Se estiver correto, toque em “Próximo” novamente.
check-birth-date-old = Por esta data de nascimento, você tem { $age } anos. Confira o ano de nascimento. Se estiver correto, toque em “Próximo” novamente.

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = Use no máximo { $max } caracteres (agora são { $count }).

## Address and contact

check-postcode-required = Digite o CEP com 7 números (ex.: 160-0023).
check-postcode-digits = O CEP tem 7 números (ex.: 160-0023). Confira-o.
check-postcode-unknown = O CEP “{ $postcode }” não foi encontrado. Confira e digite novamente.
check-address-search = Digite o CEP e toque em “Buscar endereço”. A província e a cidade serão preenchidas.
check-street-required = Digite a quadra e o número (ex.: 1-2-3).
check-phone-required = Digite um telefone em que possamos falar com você durante o dia (ex.: 090-1234-5678).
check-phone-digits = Digite o telefone com números. Estes caracteres não podem ser usados: { $chars }
check-phone-format = O número de dígitos do telefone não confere (você digitou { $count }). Celular tem 11 dígitos (ex.: 090-1234-5678); telefone fixo tem 10, contando o código de área (ex.: 03-1234-5678).
check-phone-free-dial = Números gratuitos (0120, 0800) podem não servir para falar diretamente com você. Digite seu próprio número. Se este número estiver correto, toque em “Próximo” novamente.
check-email-too-long = O e-mail é longo demais ({ $count } caracteres). Use no máximo { $max } caracteres.
check-email-chars = O e-mail tem caracteres que não podem ser usados: { $chars }. Use só letras sem acento, números e símbolos (ex.: taro@example.jp).
check-email-at = O e-mail precisa ter um único “@”, com texto antes e depois dele (ex.: taro@example.jp).
check-email-domain = A parte depois do “@” não está correta. Ela precisa de um ponto, como em “example.jp”.
check-email-required-for-my-page = Para criar a My Page, é preciso um e-mail. Digite um e-mail ou escolha “Agora não”.

## Desired work

check-occupation-required = Escolha pelo menos um tipo de trabalho.
check-occupation-too-many = Você pode escolher até { $max } tipos de trabalho (agora são { $count }). Remova algum.
check-occupation-unknown = O tipo de trabalho (código { $code }) não está na lista. Remova-o e escolha de novo na lista.
check-employment-type-required = Escolha pelo menos um tipo de contratação.
check-wage-digits = Digite o salário desejado com números (ex.: 200000). Se não tiver preferência, deixe em branco.
check-wage-low =
    O salário desejado está como { $amount } ienes { $kind ->
        [hourly] por hora
       *[monthly] por mês
    }, o que pode ser menos que o salário mínimo. Confira o valor e se escolheu mensal ou por hora. Se estiver correto, toque em “Próximo” novamente.
check-wage-high =
    O salário desejado está como { $amount } ienes { $kind ->
        [hourly] por hora
       *[monthly] por mês
    }. Confira o número de dígitos e se escolheu mensal ou por hora. Se estiver correto, toque em “Próximo” novamente.
check-time-format = Digite o horário como 9:00 ou 17:30, entre 0:00 e 23:59 (para o fim, 24:00 também vale).
check-hours-both = Digite o horário de início e o de fim (ex.: 9:00 às 17:00). Se não tiver preferência, deixe os dois em branco.
check-hours-same = O início e o fim são o mesmo horário. Confira o horário de fim.
check-hours-overnight = O fim ({ $end }) é mais cedo que o início ({ $start }), então o trabalho passa da meia-noite. Se você quer trabalho noturno, toque em “Próximo” novamente; se não, corrija os horários.

## Current situation

check-current-employment-required = Escolha se você está trabalhando agora.
check-insurance-required = Escolha se pretende receber o benefício do seguro de emprego (seguro-desemprego). Se não souber, escolha “Não sei”.

## Education

check-education-level-required = Escolha seu último nível de estudo.
check-graduation-year-format = Digite o ano em que terminou com 4 dígitos (ex.: 2005) ou como ano de era japonesa (ex.: 平成17, H17). Se não souber, deixe em branco.
check-graduation-year-future = O ano em que terminou está no futuro. Confira-o.
check-graduation-year-before-birth = O ano em que terminou é anterior ao ano em que você nasceu ({ $birth-year }). Confira os dois.
check-graduation-year-early = Por este ano, você teria terminado os estudos com { $age } anos. Confira o ano. Se estiver correto, toque em “Próximo” novamente.

## Work history

check-employer-required = Digite o nome da empresa. Se não precisar deste emprego, remova-o.
check-job-from-required = Digite o ano e o mês em que começou (ex.: 2019/4).
check-year-month-format = Digite o ano e o mês (ex.: 2019/4, ou 平成31年4月 na era japonesa).
check-job-from-future = O início está no futuro. Confira o ano e o mês.
check-job-to-before-from = A saída é anterior ao início. Confira os anos e os meses.
check-job-to-future = A saída está no futuro. Se ainda trabalha lá, deixe a saída em branco.
check-card-name-latin = Digite o nome do cartão de residência (在留カード) em letras latinas (A–Z), exatamente como está impresso. Estes caracteres não podem ser usados: { $chars }

## Job-seeker information, disability
check-publication-required = Escolha se as empresas podem ver seus dados de procura de emprego.
check-contact-method-required = Escolha pelo menos uma forma de contato.
check-contact-method-email-missing = Para contato por e-mail, precisamos do seu e-mail. Digite-o em “Endereço e contato” ou escolha outra forma de contato.
check-disability-grade = { $certificate ->
    [intellectual] Para a carteira de deficiência intelectual, escolha A ou B.
    [mental] Para a carteira de deficiência mental, escolha um grau de 1 a 3.
   *[other] Para a carteira de deficiência física, escolha um grau de 1 a 6.
}
## Dates, counts and years (date of leaving, period of stay, commute, dependants, qualifications)

check-date-missing =
    Digite o { $part ->
        [year] ano
        [month] mês
       *[day] dia
    }. Se não souber a data, deixe o ano, o mês e o dia em branco.
check-date-invalid = Esta data não existe. Confira o ano, o mês e o dia (pode usar o ano ocidental ou o da era japonesa).
check-number-digits = Digite somente números.
check-number-range = Digite um número de { $min } a { $max }.
check-year-format = Digite o ano com 4 dígitos (ex.: 2015) ou como ano de era japonesa (ex.: 平成27, H27). Se não souber, deixe em branco.
check-year-future = Este ano está no futuro. Confira-o.
check-year-before-birth = Este ano é anterior ao ano em que você nasceu ({ $birth-year }). Confira-o.

## Nationality and status of residence

check-residence-status-missing = Escolha seu status de residência. Ele está escrito no seu cartão de residência (在留カード). Se não souber, toque em “Próximo” novamente; os funcionários vão verificar no balcão.
check-residence-status-unknown = O status de residência (código { $code }) não está na lista. Escolha de novo na lista.
check-residence-work =
    { $work ->
        [limited] Com este status de residência, você só pode trabalhar nas atividades que o status permite.
        [designated] Com Atividades Designadas, se você pode trabalhar depende do seu documento de designação.
       *[none] Para trabalhar com este status de residência, é preciso ter a permissão para atividades fora do status.
    } No balcão, os funcionários vão verificar seu cartão de residência (在留カード). Se estiver correto, toque em “Próximo” novamente.
check-residence-expired = A data de vencimento do período de permanência já passou. Confira a data no seu cartão de residência (在留カード). Se estiver correta, toque em “Próximo” novamente e fale com os funcionários no balcão.

## Nearest station, commute and working pattern

check-commute-long = O tempo de deslocamento está como { $minutes } minutos. Digite em minutos (1 hora = 60 minutos). Se estiver correto, toque em “Próximo” novamente.
check-weekly-hours-long = Isso dá { $hours } horas por semana. Confira. Se estiver correto, toque em “Próximo” novamente.

## Situation, education and work history

check-left-on-future = A data de saída está no futuro. Se você ainda vai sair do emprego, escolha “Sim, estou trabalhando”.
check-qualifications-too-many = Você pode informar até { $max } licenças e qualificações (agora são { $count }). Informe as outras no balcão.
check-licence-unknown = A licença ou qualificação (código { $code }) não está na lista. Remova-a e escolha de novo.
check-qualification-name-required = Escreva o nome da licença ou qualificação, ou escolha na lista.
check-jobs-too-many = Você pode informar até { $max } empregos (agora são { $count }). Informe os empregos mais antigos no balcão.
