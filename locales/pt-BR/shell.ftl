# Messages of the kiosk shell, mostly read by administrators on the console (Português do Brasil).
config-occupations-ok = { $file } pode ser usado como classificação de ocupações ({ $summary }).
config-occupations-bad = { $file } não pode ser usado como classificação de ocupações: { $problem }
config-postcodes-ok = { $file } pode ser usado como base de CEPs (código postal) ({ $source }, { $count } códigos).
config-postcodes-bad = { $file } não pode ser usado como base de CEPs (código postal): { $problem }
config-ok = O arquivo de configuração está correto.
config-unreadable = Não foi possível ler o arquivo de configuração { $path } ({ $reason }). Verifique o caminho e a permissão de leitura.
config-syntax = O arquivo de configuração { $path } está mal formado. { $detail }
config-invalid = No arquivo de configuração { $path }, a chave “{ $key }” está errada: { $problem }. Corrija o valor e inicie novamente.
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = O arquivo de configuração { $path } está aberto a outros usuários (modo { $mode }). Ele contém o hash da senha dos funcionários e indica em qual servidor confiar, por isso o quiosque não vai iniciar. Restrinja-o com `chmod 0640 { $path }` (ou 0600) e inicie novamente.
config-staff-pin-plain = No arquivo de configuração { $path }, staff_pin contém a própria senha. Execute `madoguchi-kiosk hash-pin`, digite a senha e coloque em staff_pin a linha exibida (que começa com $argon2id$).
hash-pin-not-a-pin = A senha dos funcionários tem de 4 a 8 dígitos. Execute o comando de novo e digite uma.
hash-pin-failed = Não foi possível gerar o hash da senha. Execute o comando de novo.
enroll-not-pinned = Não há como verificar o servidor: defina server_public_key no arquivo de configuração ou informe com `--server-fingerprint` a impressão digital exibida por `madoguchi-server keygen`.
enroll-key-mismatch = O servidor respondeu com outra chave, por isso o quiosque não foi cadastrado. Chave esperada: { $expected }; chave do servidor: { $answered }. Verifique a URL e a chave do servidor: pode haver alguém entre este quiosque e o servidor.
enroll-bad-fingerprint = “{ $typed }” não é uma impressão digital. Digite os oito grupos de quatro caracteres exibidos por `madoguchi-server keygen` (ex.: 3f2a-9c1e-…).
enroll-insecure = { $url } não é https://, por isso o quiosque não foi cadastrado: o token trafegaria sem criptografia. Informe uma URL https:// (http:// simples só funciona com demo = true).
enroll-code-unreadable = Não foi possível ler o código de cadastro de { $path } ({ $reason }).
enroll-code-empty = O código de cadastro está vazio. Coloque-o no arquivo indicado com `--code-file` ou na entrada padrão.

kiosk-start-failed = O quiosque não pode iniciar: { $detail }
submit-invalid = Algumas respostas precisam ser conferidas. Corrija os itens marcados em vermelho.
submit-not-ready = Este terminal ainda não está pronto para receber inscrições. Por favor, chame um funcionário.
submit-storage-failed = Não foi possível salvar sua inscrição. Por favor, chame um funcionário; nada foi enviado ainda.
survey-invalid = Não foi possível registrar sua resposta à pesquisa.
wipe-failed = Não foi possível limpar a tela. Por favor, chame um funcionário.
enroll-ok = Este quiosque agora está cadastrado no servidor (agência { $office }). Reinicie o quiosque para receber inscrições.
fleet-config-keeps = A configuração enviada altera { $key }, que um quiosque mantém para sempre; por isso o quiosque continua com a configuração atual. Volte { $key } ao valor atual e envie de novo.
provision-no-source = Nenhuma pasta de provisionamento (uma pasta madoguchi com kiosk.toml) foi encontrada. Locais verificados: { $searched }. Coloque-a em um pendrive USB ou na partição de inicialização e inicie novamente.
provision-write-failed = Não é possível gravar { $path } ({ $reason }).
provision-ok = A configuração de { $source } foi instalada (quiosque { $kiosk }).
enroll-failed = Não foi possível cadastrar o quiosque: { $detail }. Verifique se o código não expirou e se a URL do servidor está correta; se precisar, emita um novo código com `madoguchi-server kiosk add`.
sync-not-enrolled = Este quiosque ainda não está cadastrado em um servidor. Cadastre-o com `madoguchi-kiosk enroll --server URL --code-file FILE`.
sync-done = Enviadas: { $delivered }. Ainda na fila: { $queued }; recusadas pelo servidor: { $refused }.
staff-disabled = O modo dos funcionários não está configurado neste quiosque (staff_pin no arquivo de configuração).
staff-wrong-pin = Senha incorreta.
kanji-unavailable = A entrada de kanji (escrita à mão e 変換) não está disponível agora. Digite em katakana ou chame um funcionário.

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = Comprovante do pedido de emprego
receipt-slip-number = Número de atendimento (受付番号)
receipt-slip-date = Data
receipt-slip-counter = Mostre este comprovante no balcão e informe o seu número de atendimento.
receipt-slip-qr = Leia o código QR com o celular para continuar a inscrição.
receipt-slip-keep = Guarde este comprovante até o fim do procedimento.
