# The intake server's words: phone pages, counter pages, mail, API error codes (Español).
# Every id starts with srv- so it never meets an id of another file.

## Common

srv-site-name = Hello Work Madoguchi

# A day on the pages, in languages not written in Japanese script (those show 和暦 and 西暦).
srv-date = { $day } de { $month-name } de { $year }
srv-month-1 = enero
srv-month-2 = febrero
srv-month-3 = marzo
srv-month-4 = abril
srv-month-5 = mayo
srv-month-6 = junio
srv-month-7 = julio
srv-month-8 = agosto
srv-month-9 = septiembre
srv-month-10 = octubre
srv-month-11 = noviembre
srv-month-12 = diciembre
srv-skip-to-content = Ir al contenido
srv-language-nav = Idioma
srv-form-errors = Revise lo que escribió
srv-required = Obligatorio
srv-optional = Opcional
srv-unselected = Sin elegir
srv-value-none = (ninguno)
srv-save = Guardar
srv-cancel = Cancelar
srv-reload = Volver a cargar
srv-sign-in = Iniciar sesión
srv-sign-out = Cerrar sesión
srv-sign-in-failed = El correo electrónico o la contraseña no son correctos.

## Error pages

srv-error-not-found-title = Página no encontrada
srv-error-not-found = No encontramos esta página. Revise la dirección; si llegó desde un código QR, léalo otra vez.
srv-error-forbidden-title = Esta acción no está permitida
srv-error-forbidden = No tiene permiso para ver esta página, o la página ha caducado. Vuelva atrás e inténtelo de nuevo.
srv-error-bad-request-title = No pudimos leer los datos
srv-error-bad-request = No pudimos leer lo que se envió. Vuelva atrás y escríbalo de nuevo.
srv-error-rate-limited-title = Espere un momento, por favor
srv-error-rate-limited = Hubo demasiados intentos en poco tiempo. Espere un poco e inténtelo de nuevo.
srv-error-internal-title = Algo salió mal
srv-error-internal = Hubo un problema en el servidor. Inténtelo de nuevo más tarde. Si sigue ocurriendo, pregunte en la ventanilla de Hello Work.

## Fields of the application

srv-field-receipt = Número de recepción (受付番号)
srv-field-status = Estado
srv-field-name = Nombre
srv-name-kana-only = (escrito en katakana)
srv-field-identity-source = Forma de entrada de los datos personales
srv-identity-from-card = Leído de la Tarjeta My Number (identidad aún no comprobada)
srv-card-read = (leído de la tarjeta)
srv-card-changed = (leído de la tarjeta y luego cambiado)
srv-field-kana = Nombre en katakana
srv-field-birth-date = Fecha de nacimiento
srv-field-sex = Sexo
srv-field-address = Dirección
srv-field-street = Manzana y número
srv-field-building = Edificio y departamento
srv-field-phone = Teléfono
srv-field-email = Correo electrónico
srv-field-occupations = Tipos de trabajo deseados
srv-field-occupation-n = Tipo de trabajo deseado ({ $n }.ª opción)
srv-field-employment-types = Tipos de contratación deseados
srv-field-wage = Sueldo deseado
srv-field-work-locations = Lugares de trabajo deseados
srv-field-hours = Horario de trabajo deseado
srv-field-now = Situación actual
srv-field-insurance = Prestación del seguro de empleo (雇用保険)
srv-field-education = Último nivel de estudios
srv-field-qualifications = Licencias y títulos
srv-field-work-history = Experiencia laboral
srv-field-my-page = My Page (求職者マイページ)
srv-field-job-seeker-number = Número de solicitante de empleo (求職番号)
srv-field-return-reason = Motivo:

srv-sex-female = Mujer
srv-sex-male = Hombre
srv-sex-unstated = Prefiere no decirlo
srv-employment-full-time = Empleado de planta (seishain)
srv-employment-part-time = Medio tiempo (pāto)
srv-employment-dispatch = Por agencia (haken)
srv-employment-contract = Contrato por tiempo determinado
srv-wage-monthly = Al menos { $amount } yenes al mes
srv-wage-hourly = Al menos { $amount } yenes por hora
srv-wage-kind-monthly = Mensual
srv-wage-kind-hourly = Por hora
srv-wage-amount = Cantidad (yenes, como mínimo)
srv-now-employed = Trabajando
srv-now-not-employed = Sin trabajo
srv-now-student = Estudiante
srv-insurance-yes = Piensa recibirla
srv-insurance-no = No la recibirá
srv-insurance-unsure = No sabe
srv-education-junior-high = Secundaria (chūgakkō)
srv-education-high-school = Preparatoria / bachillerato
srv-education-vocational = Escuela técnica o profesional
srv-education-junior-college = Universidad de ciclo corto / escuela técnica superior
srv-education-university = Universidad
srv-education-graduate = Posgrado
srv-education-other = Otro
srv-my-page-wanted = Desea abrirla
srv-my-page-not-wanted = No desea abrirla

srv-status-provisional = Recibida provisionalmente
srv-status-accepted = Aceptada
srv-status-returned = Devuelta

## Phone: the QR code's page

srv-continue-title = Continuar su solicitud
srv-continue-lead = Recibimos su solicitud hecha en la terminal del vestíbulo. En esta página puede abrir su My Page (求職者マイページ).
srv-received-title = Lo que recibimos
srv-received-wrong = Si algo está mal, dígaselo al personal de la ventanilla.
srv-on-its-way-title = Enviando
srv-on-its-way = Su solicitud se está enviando desde la terminal del vestíbulo a Hello Work.
srv-on-its-way-refresh = Esta página se actualiza sola. Espere, por favor.
srv-on-its-way-help = Si nada cambia después de un rato, muestre su número de recepción (受付番号) en la ventanilla.
srv-expired-title = Este código QR ha caducado
srv-expired = Este código QR ha caducado. En la ventanilla de Hello Work, el personal puede mostrarle su solicitud y ayudarle a abrir su My Page (求職者マイページ): muestre su número de recepción (受付番号).
srv-spent-title = Su My Page ya está abierta
srv-spent = Ya se creó una contraseña con este código QR. Inicie sesión con su correo electrónico y su contraseña.
srv-my-page-open-title = Abrir su My Page (求職者マイページ)
srv-no-email = Su solicitud no tiene correo electrónico, así que My Page no se puede abrir aquí. El personal de la ventanilla le ayudará.
srv-code-send = Enviar el código
srv-code-resend = Enviar un código nuevo
srv-code-sent = Enviamos el código. Revise su correo y, si no llega, la carpeta de correo no deseado.
srv-code-label = Código de confirmación (6 dígitos)
srv-code-help = Escriba los 6 dígitos del correo.
srv-code-submit = Confirmar
srv-code-wrong = El código no es correcto. Puede intentarlo { $remaining } veces más.
srv-code-need-new = El código caducó o se intentó demasiadas veces. Envíe un código nuevo.
srv-code-send-failed = No pudimos enviar el correo. Inténtelo de nuevo en un rato.
srv-code-send-limited = No se puede enviar otro código tan pronto. Inténtelo de nuevo en unos { $minutes } minutos.
srv-email-verified = Su correo electrónico ({ $email }) quedó confirmado. Ahora elija una contraseña para su My Page.

# Issue 11, slice A: the phone proves the visitor before the QR's page shows anything personal.
srv-proof-lead = Recibimos su solicitud hecha en la terminal del vestíbulo. Cuando confirmemos que es usted, podrá ver lo que escribió y abrir su My Page (求職者マイページ).
srv-proof-title = Confirme que es usted
srv-proof-email = Enviaremos un código de 6 dígitos al correo electrónico que dio en la terminal. Hasta que lo escriba aquí, esta página no muestra nada sobre usted.
srv-proof-email-help = Si no llega el correo, o la dirección estaba mal, muestre su número de recepción (受付番号) en la ventanilla.
srv-proof-birth = Su solicitud no tiene correo electrónico, así que la confirmamos con su fecha de nacimiento. Hasta entonces, esta página no muestra nada sobre usted.
srv-birth-label = Fecha de nacimiento
srv-birth-help = Por ejemplo: 1990/7/15, 1990-07-15 o 平成2年7月15日
srv-birth-submit = Confirmar
srv-birth-unreadable = No pudimos leer eso como una fecha. Escriba el año, el mes y el día como en el ejemplo.
srv-birth-wrong = Esa fecha de nacimiento no coincide con la solicitud. Puede intentarlo { $remaining } veces más.
srv-birth-locked = La fecha de nacimiento se intentó demasiadas veces y ya no se puede comprobar aquí. Muestre su número de recepción (受付番号) en la ventanilla.
srv-proof-bound-time = Esta página funciona durante 30 minutos, y solo en este navegador, el mismo con el que confirmó.

srv-password-label = Contraseña
srv-password-help = Al menos { $min } caracteres (mejor { $suggested } o más). Vale cualquier carácter, incluidos espacios y kana. No se aceptan contraseñas muy comunes.
srv-password-confirm-label = Contraseña otra vez, para confirmar
srv-password-submit = Crear la contraseña y abrir My Page
srv-password-too-short = Use al menos { $min } caracteres.
srv-password-too-long = Use como máximo { $max } caracteres.
srv-password-common = Mucha gente usa esta contraseña y es fácil de adivinar. Elija otra.
srv-password-personal = La contraseña no puede contener su correo electrónico ni otros datos suyos.
srv-password-mismatch = Las dos contraseñas no son iguales.

## Mail

srv-mail-code-subject = [Hello Work] Su código de confirmación
srv-mail-code-body =
    Código de confirmación: { $code }

    Usted hizo una solicitud en una terminal del vestíbulo de Hello Work. Este código sirve para abrir su My Page (求職者マイページ).
    Escriba los 6 dígitos en su celular. El código es válido durante { $minutes } minutos.

    Si usted no hizo ninguna solicitud, borre este correo.

srv-mail-change-code-subject = [Hello Work] Código para cambiar su correo electrónico
srv-mail-change-code-body =
    Código: { $code }

    Este código cambia el correo electrónico de su My Page (求職者マイページ) a esta dirección.
    Escriba los 6 dígitos en la pantalla de My Page. El código es válido durante { $minutes } minutos.

    Si usted no lo pidió, borre este correo. Su correo electrónico seguirá igual.
srv-mail-email-changed-subject = [Hello Work] Se cambió su correo electrónico
srv-mail-email-changed-body =
    El correo electrónico de su My Page (求職者マイページ) se cambió a { $email }.
    A partir de ahora, inicie sesión con la nueva dirección. Esta dirección ya no recibirá avisos.

    Si usted no hizo este cambio, comuníquese de inmediato con la ventanilla de Hello Work.

## My Page

srv-my-title = My Page (求職者マイページ)
srv-my-nav = Menú de My Page
srv-my-signin-title = Iniciar sesión en su My Page (求職者マイページ)
srv-my-signin-help = Si olvidó su contraseña, pregunte en la ventanilla de Hello Work.
srv-my-status-title = Estado de su solicitud
srv-my-status-provisional = Recibida provisionalmente. Cuando el personal de la ventanilla de Hello Work compruebe su identidad, la solicitud será aceptada y recibirá un número de solicitante de empleo.
srv-my-status-accepted = Aceptada en la ventanilla. El número de solicitante de empleo también aparece en su tarjeta de Hello Work (ハローワークカード).
srv-my-status-returned = La ventanilla devolvió su solicitud. Revise el contenido y consulte al personal de la ventanilla de Hello Work.
srv-my-registration-title = Sus datos registrados
srv-my-saved = Sus cambios se guardaron.
srv-my-edit-title = Cambiar sus datos registrados
srv-my-edit-lead = Puede cambiar sus datos de contacto y el trabajo que busca. Si se mudó, cambie el código postal y la manzana y número.
srv-my-edit-contact = Datos de contacto
srv-field-postcode = Código postal
srv-field-town = Barrio
srv-my-email-title = Cambiar el correo electrónico
srv-my-email-lead = Su correo electrónico también sirve para iniciar sesión en My Page (求職者マイページ). Enviamos un código a la nueva dirección; cuando lo escriba aquí, la dirección cambia. Hasta entonces, inicia sesión con la dirección actual.
srv-my-email-now = Correo electrónico actual
srv-field-new-email = Nuevo correo electrónico
srv-my-email-new-title = Registrar una nueva dirección
srv-field-current-password = Contraseña actual
srv-my-email-password-help = Para confirmar que es usted, escriba la contraseña de su My Page (求職者マイページ).
srv-my-email-password-wrong = La contraseña no es correcta. Escriba la contraseña con la que inicia sesión en My Page (求職者マイページ).
srv-my-email-code-title = Escriba el código
srv-my-email-code-lead = Escriba el código de 6 dígitos que enviamos a { $email }.
srv-my-email-confirm = Cambiar
srv-my-email-same = Este es su correo electrónico actual. Para cambiarlo, escriba una dirección nueva.
srv-my-email-changed = Su correo electrónico ahora es { $email }. A partir de ahora, inicie sesión con esta dirección.
srv-my-edit-postcode-hint = 7 números. La prefectura, la ciudad y el barrio se llenan a partir del código postal.
srv-my-edit-town-choose = Este código postal tiene más de un barrio. Elija el barrio donde vive.
srv-my-edit-work = Trabajo que busca
srv-my-edit-disclosure = Publicación de sus datos y forma de contacto
srv-my-edit-self-pr = Presentación personal y observaciones

## Trust (slice B): name, birth date and address changes after acceptance, and their audit

srv-sign-in-form-expired = El formulario de inicio de sesión caducó o no vino de este sitio. Inicie sesión otra vez.
srv-my-edit-person = Nombre y fecha de nacimiento
srv-my-edit-checked-note = Después de que la ventanilla acepte su solicitud, los cambios de nombre, fecha de nacimiento o dirección se aplican solo cuando el personal de la ventanilla los haya comprobado.
srv-field-family-name = Apellido
srv-field-given-name = Nombre
srv-field-family-kana = Apellido en katakana
srv-field-given-kana = Nombre en katakana
srv-birth-calendar = Calendario
srv-birth-year = Año
srv-birth-month = Mes
srv-birth-day = Día
srv-calendar-western = Occidental (ej.: 1985)
srv-calendar-meiji = Meiji
srv-calendar-taisho = Taishō
srv-calendar-showa = Shōwa
srv-calendar-heisei = Heisei
srv-calendar-reiwa = Reiwa
srv-my-change-sent = Sus otros cambios se guardaron. El cambio de nombre, fecha de nacimiento o dirección se envió a la ventanilla; se aplicará cuando el personal lo compruebe.
srv-my-change-pending-title = En espera de la ventanilla
srv-my-change-pending-lead = Estos cambios se aplicarán cuando el personal de la ventanilla los compruebe:
srv-change-pending-title = Cambios en espera de decisión
srv-change-pending-lead = El usuario cambió estos datos en My Page después de que se aceptó la solicitud. Compruébelos (con un documento de identidad si hace falta) y acéptelos o rechácelos.
srv-change-old = Antes
srv-change-new = Solicitado
srv-change-when = Cuándo
srv-change-who = Por
srv-change-action = Qué pasó
srv-change-field = Campo
srv-change-accept = Aceptar el cambio
srv-change-refuse = Rechazar el cambio
srv-change-already-decided = Este cambio ya se decidió.
srv-change-audit-title = Historial de cambios
srv-change-audit-none = No hay cambios de nombre, fecha de nacimiento ni dirección.
srv-change-by-visitor = El usuario (My Page)
srv-change-action-applied = Cambiado
srv-change-action-requested = Solicitado
srv-change-action-accepted = Aceptado
srv-change-action-refused = Rechazado

## API error codes (for kiosk screens and logs)

srv-problem-malformed-json = El contenido enviado no es un JSON válido.
srv-problem-invalid-body = El contenido enviado no tiene los campos esperados.
srv-problem-body-too-large = El contenido enviado es demasiado grande.
srv-problem-unsupported-media-type = El contenido enviado debe ser application/json.
srv-problem-unauthorized = No se reconoce la terminal. Regístrela de nuevo.
srv-problem-idempotency-key-invalid = El encabezado Idempotency-Key falta o está mal formado.
srv-problem-idempotency-conflict = Se usó el mismo Idempotency-Key con otro contenido.
srv-problem-envelope-malformed = La solicitud sellada está mal formada.
srv-problem-envelope-version-unknown = El formato de la solicitud sellada es desconocido. Revise el software de la terminal.
srv-problem-envelope-unopenable = La solicitud sellada no se puede abrir. Revise la clave del servidor y el registro de la terminal.
srv-problem-envelope-payload-invalid = El contenido de la solicitud sellada no es una solicitud.
srv-problem-identifiers-invalid = El número de recepción, el token del QR o la hora dentro de la solicitud están mal formados.
srv-problem-office-mismatch = La solicitud indica una oficina distinta de la de la terminal.
srv-problem-continuation-token-taken = Este código QR ya lo usa otra solicitud.
srv-problem-enrolment-code-invalid = El código de registro es incorrecto, ya se usó o caducó.
srv-problem-kiosk-id-invalid = El ID de terminal está mal formado (letras, números, . _ -, hasta 64).
srv-problem-kiosk-id-taken = Este ID de terminal está registrado en otra oficina.
srv-problem-survey-invalid = La respuesta de la encuesta está fuera de rango.
srv-problem-heartbeat-invalid = La señal de funcionamiento está fuera de rango.
srv-problem-not-found = No encontrado.
srv-problem-method-not-allowed = Método no permitido.
srv-problem-rate-limited = Demasiadas peticiones. Espere y envíe de nuevo.
srv-problem-unavailable = No se puede acceder a la base de datos.
srv-problem-internal = Hubo un problema en el servidor. Inténtelo de nuevo en un rato.

## Counter pages

srv-counter-nav = Menú de la ventanilla
srv-counter-title = Solicitudes de hoy
srv-counter-signin-title = Inicio de sesión del personal
srv-counter-login = ID de inicio de sesión
srv-counter-sign-in-failed = El ID de inicio de sesión o la contraseña no son correctos.
srv-role-admin = Administrador
srv-role-staff = Personal
srv-counter-office = Oficina
srv-counter-all-offices = Todas las oficinas
srv-counter-no-offices = Todavía no hay ninguna oficina registrada. Registre una con `madoguchi-server kiosk add`.
srv-counter-date = Fecha de recepción
srv-counter-search = Mostrar
srv-counter-receipt-invalid = El número de recepción tiene 6 caracteres (nunca se usan los dígitos 0, 1, 2, 5, 6 y 8). Revíselo.
srv-counter-results-day = Solicitudes del { $date } ({ $count })
srv-counter-results-receipt = Solicitudes con el número de recepción { $receipt }
srv-counter-office-caption = Oficina { $office }
srv-counter-none = No hay solicitudes.
srv-counter-received-at = Recibida
srv-counter-findings = Por revisar
srv-counter-back = Volver a la lista
srv-counter-application-page = Número de recepción { $receipt }
srv-counter-application-title = La solicitud
srv-counter-visitor-language = Idioma de la solicitud
srv-counter-my-page = My Page (求職者マイページ)
srv-counter-my-page-open = Abierta
srv-counter-my-page-not-open = No abierta
srv-counter-birth-calendar = La fecha de nacimiento se escribió en el calendario { $calendar }.
srv-counter-findings-title = Puntos que revisar en la ventanilla
srv-counter-findings-lead = La terminal anotó lo siguiente. Compruébelo con el usuario.
srv-counter-identity-title = Comprobación de identidad
srv-counter-identity-document = Documento visto
srv-counter-identity-submit = Registrar la comprobación de identidad
srv-counter-identity-done = Identidad comprobada con { $document } a las { $time } por { $by }.
srv-counter-identity-invalid = Elija el documento que vio.
srv-counter-decision-title = Aceptar o devolver
srv-counter-accept-lead = Al aceptar se emite un número de solicitante de empleo. Un número emitido no se puede anular.
srv-counter-accept = Aceptar y emitir el número de solicitante de empleo
srv-counter-accept-needs-identity = Registre la comprobación de identidad antes de aceptar.
srv-counter-already-decided = Esta solicitud ya fue aceptada o devuelta.
srv-counter-return-reason = Motivo de la devolución
srv-counter-return-help = El usuario lo verá en su My Page (求職者マイページ).
srv-counter-return = Devolver
srv-counter-return-reason-invalid = Indique un motivo de hasta 500 caracteres.
srv-counter-print-a4 = Imprimir el comprobante de registro (A4)
srv-counter-print-receipt = Imprimir el comprobante de registro (recibo de 80 mm)
srv-counter-print-hint = Imprima desde el navegador (Ctrl+P).
srv-id-doc-my-number-card = Tarjeta My Number (マイナンバーカード)
srv-id-doc-driving-licence = Licencia de conducir
srv-id-doc-residence-card = Tarjeta de residencia (在留カード)
srv-id-doc-passport = Pasaporte
srv-id-doc-health-insurance = Documento del seguro de salud
srv-id-doc-other = Otro documento

## Registration slip

srv-slip-title = Comprobante de registro de búsqueda de empleo (求職受付票)
srv-slip-accepted-on = Aceptada el
srv-slip-identity = Documento de identidad
srv-slip-staff = Empleado a cargo
srv-slip-note = Guarde este comprobante hasta que reciba su tarjeta de Hello Work (ハローワークカード). Su número de solicitante de empleo también aparece en su My Page (求職者マイページ).

## Scorecard (plan §5) and survey (§6)

srv-scorecard-title = Cuadro de resultados
srv-scorecard-lead = La tasa de uso en línea tal como la define el plan, por oficina, por oficina de trabajo de la prefectura y a nivel nacional, por trimestre. Los solicitantes de empleo son todos los nuevos registrados: solicitudes en la terminal más los registrados en la ventanilla y en línea (escritos o importados por el personal).
srv-scorecard-quarter = Trimestre (ej.: 2026Q3)
srv-scorecard-period = { $quarter } ({ $from } a { $to })
srv-scorecard-chart-title = Tasa de uso en línea de { $name } en los últimos ocho trimestres
srv-scorecard-chart-caption = Las barras muestran la tasa de uso en línea: llenas cuando se alcanza la meta del 20 %, rayadas cuando no. La línea discontinua es la meta del 20 %; la punteada, el 8,0 % del año fiscal 2019. La tabla de abajo da las mismas cifras.
srv-scorecard-target-label = Meta 20 %
srv-scorecard-baseline-label = Año fiscal 2019: 8,0 %
srv-scorecard-legend-met = Meta alcanzada (llena)
srv-scorecard-legend-not-met = No alcanzada (rayada)
srv-scorecard-quarter-head = Trimestre
srv-scorecard-rate = Tasa de uso en línea
srv-scorecard-target = Meta 20 %
srv-scorecard-met = Alcanzada
srv-scorecard-not-met = No alcanzada
srv-scorecard-accepted = Aceptadas
srv-scorecard-answers = Respuestas de la encuesta
srv-scorecard-distribution = Respuestas por puntuación (1–5)
srv-scorecard-mean = Media
srv-scorecard-definition-title = Cómo se define la tasa de uso en línea
srv-scorecard-definition-source = Fuente: plan básico para aumentar la tasa de uso en línea (22 de octubre de 2021), solicitudes de búsqueda de empleo.
srv-scorecard-definition = My Pages (求職者マイページ) abiertas ÷ solicitantes de empleo (todos los nuevos, sin importar cómo se registraron). Ambos se cuentan por la fecha de registro del solicitante en hora de Japón, así que la tasa no puede pasar del 100 %. El año fiscal empieza en abril; el 1.er trimestre va de abril a junio.
srv-scorecard-csv = Descargar CSV
srv-scorecard-json = Ver JSON
srv-scorecard-print = Vista para imprimir
srv-scorecard-refresh = Recalcular las cifras ahora
srv-scorecard-national = Todo el país
srv-scorecard-kpi-title = KPI intermedio: 340 000 My Pages (求職者マイページ) abiertas
srv-scorecard-kpi = { $openings } abiertas hasta ahora de { $kpi } ({ $percent })
srv-scorecard-updated = Cifras calculadas el { $at } (hora de Japón)
srv-scorecard-never-updated = Las cifras todavía no se han calculado.
srv-scorecard-table-caption = Solicitantes de empleo y My Pages abiertas en el trimestre
srv-scorecard-unit = Categoría
srv-scorecard-job-seekers = Solicitantes de empleo (por fecha de registro)
srv-scorecard-opened = My Pages abiertas
srv-scorecard-kiosk-share = Parte de las aperturas hechas desde la terminal
srv-scorecard-cumulative = Aperturas acumuladas
srv-scorecard-from-kiosk = Terminal (automático)
srv-scorecard-from-counter = Ventanilla (registros del personal)
srv-scorecard-from-online = En línea (registros del personal)
srv-scorecard-total = Total
srv-scorecard-opened-kiosk = Desde la terminal (automático)
srv-scorecard-opened-recorded = Registros del personal
srv-scorecard-sources = “Automático” cuenta las solicitudes de la terminal y las My Pages abiertas con sus códigos QR. “Registros del personal” son los registros en la ventanilla y en línea y las My Pages abiertas en la ventanilla, escritos o importados por el personal (la página de registros muestra quién registró cada día y cuándo). Las solicitudes devueltas no se cuentan.
srv-scorecard-rating-title = La encuesta de una pregunta de la terminal y las aceptaciones
srv-scorecard-trend-title = Los últimos ocho trimestres

srv-tally-title = Registros de altas
srv-tally-lead = Registre los nuevos solicitantes de empleo dados de alta fuera de la terminal (en papel o en las computadoras de la oficina, en la ventanilla, y en línea), por día y por canal. Registrar de nuevo el mismo día y canal reemplaza el registro anterior.
srv-tally-saved = Registrado. Las cifras del cuadro de resultados se recalcularon.
srv-tally-one-title = Escribir un día
srv-tally-day = Fecha de registro
srv-tally-channel = Canal
srv-tally-channel-counter = Ventanilla (papel o computadora de la oficina)
srv-tally-channel-online = En línea
srv-tally-registered = Nuevos solicitantes de empleo
srv-tally-opened = My Pages abiertas
srv-tally-opened-hint = Cuántos de los solicitantes registrados ese día abrieron una My Page (según lo visto en la ventanilla). Como máximo, el número de solicitantes.
srv-tally-save = Registrar
srv-tally-import-title = Importar el CSV diario
srv-tally-import-lead = Pegue un CSV con una línea de encabezado y luego una línea por día y canal. Si algún valor es incorrecto, no se importa nada y se indican la línea y la columna.
srv-tally-csv-file = Elegir el archivo CSV
srv-tally-csv = O pegue el contenido del CSV
srv-tally-import = Importar
srv-tally-list-title = Registros de { $quarter }
srv-tally-none = Todavía no hay registros en este trimestre.
srv-tally-source = Origen
srv-tally-source-tally = Escrito por { $who } ({ $at })
srv-tally-source-import = Importación de CSV por { $who } ({ $at })
srv-tally-error-header = La primera línea debe ser date,channel,registrations,my_pages_opened.
srv-tally-error-columns = La línea no tiene cuatro columnas.
srv-tally-error-date = Escriba la fecha como 2026-10-01.
srv-tally-error-future = Esa fecha todavía no ha llegado.
srv-tally-error-channel = El canal debe ser counter u online.
srv-tally-error-count = Escriba un número entero, 0 o mayor.
srv-tally-error-opened = Hay más My Pages abiertas que solicitantes de empleo.
srv-tally-error-duplicate = El mismo día y canal aparecen dos veces.
srv-tally-error-empty = No hay líneas además del encabezado.
srv-tally-error-too-many = Demasiadas líneas; impórtelas por partes.
srv-tally-error-unreadable = No se puede leer como CSV.
srv-tally-error-at-column = Línea { $line }, columna { $column }: { $message }
srv-tally-error-at-line = Línea { $line }: { $message }

srv-public-title = Cuadro de la tasa de uso en línea
srv-public-lead = La tasa de uso en línea de las solicitudes de búsqueda de empleo en Hello Work, publicada cada trimestre como exige el plan.
srv-public-withheld = reservado
srv-public-job-seekers = Solicitantes de empleo
srv-public-openings = My Pages abiertas
srv-public-prefectures = Todo el país y oficinas de trabajo de las prefecturas
srv-public-offices = Por oficina
srv-public-withheld-note = “Reservado” marca las cifras menores que { $min } y las ocultadas para que no se puedan deducir de las demás, de modo que nadie pueda ser identificado.

srv-survey-title = Encuesta sobre el trámite en línea
srv-survey-lead = Díganos si fue fácil hacer la solicitud de búsqueda de empleo y usar My Page (求職者マイページ). No escriba su nombre ni sus datos de contacto; los teléfonos y correos se eliminan antes de guardar nada.
srv-survey-ease = ¿Fue fácil el trámite?
srv-survey-ease-5 = Muy fácil
srv-survey-ease-4 = Fácil
srv-survey-ease-3 = Ni fácil ni difícil
srv-survey-ease-2 = Difícil
srv-survey-ease-1 = Muy difícil
srv-survey-time = ¿Cuánto tiempo tardó?
srv-survey-time-under-5 = Menos de 5 minutos
srv-survey-time-5-15 = De 5 a 15 minutos
srv-survey-time-15-30 = De 15 a 30 minutos
srv-survey-time-over-30 = 30 minutos o más
srv-survey-hard = ¿Qué fue difícil?
srv-survey-hard-hint = Elija todo lo que corresponda.
srv-survey-hard-finding = Encontrar dónde hacerlo
srv-survey-hard-typing = Escribir los datos
srv-survey-hard-email-code = El código de confirmación por correo
srv-survey-hard-password = Crear la contraseña
srv-survey-hard-language = El idioma era difícil de entender
srv-survey-hard-other = Otra cosa
srv-survey-comment = Comentarios (opcional)
srv-survey-comment-hint = Hasta { $max } caracteres. Los teléfonos, correos, códigos postales y datos similares se eliminan antes de guardar.
srv-survey-send = Enviar
srv-survey-error-ease = Elija qué tan fácil fue.
srv-survey-error-time = Elija cuánto tiempo tardó.
srv-survey-error-hard = La opción de lo que fue difícil no es válida.
srv-survey-thanks-title = Gracias
srv-survey-thanks = Recibimos su respuesta. Los resultados se usan para mejorar el trámite y se publican al menos una vez al año.
srv-survey-invite-title = Responda a nuestra encuesta
srv-survey-invite = Díganos en pocas preguntas cómo le fue con el trámite en línea.
srv-survey-my-page-invite = ¿Fue fácil? Responda a una encuesta breve.
srv-survey-report-title = Informe anual de la encuesta
srv-survey-year = Año fiscal (ej.: 2026)
srv-survey-report-lead = Año fiscal { $year }: { $answers } respuestas, facilidad media { $mean } (5 es lo más fácil)
srv-survey-answers = Respuestas
srv-survey-mean = Facilidad media
srv-survey-no-office = Oficina no indicada
srv-survey-channel = Acceso desde
srv-survey-channel-my-page = My Page
srv-survey-channel-public = El cuadro público
srv-survey-language = Idioma
srv-survey-comments = Comentarios
srv-survey-comments-note = Solo para el personal; no se publica. Los datos personales reconocibles se eliminaron antes de guardar.
srv-survey-no-comments = No hay comentarios.

## Prefectural labour bureaus (the first two digits of the office number)
srv-prefecture-01 = Oficina de Trabajo de Hokkaido
srv-prefecture-02 = Oficina de Trabajo de Aomori
srv-prefecture-03 = Oficina de Trabajo de Iwate
srv-prefecture-04 = Oficina de Trabajo de Miyagi
srv-prefecture-05 = Oficina de Trabajo de Akita
srv-prefecture-06 = Oficina de Trabajo de Yamagata
srv-prefecture-07 = Oficina de Trabajo de Fukushima
srv-prefecture-08 = Oficina de Trabajo de Ibaraki
srv-prefecture-09 = Oficina de Trabajo de Tochigi
srv-prefecture-10 = Oficina de Trabajo de Gunma
srv-prefecture-11 = Oficina de Trabajo de Saitama
srv-prefecture-12 = Oficina de Trabajo de Chiba
srv-prefecture-13 = Oficina de Trabajo de Tokio
srv-prefecture-14 = Oficina de Trabajo de Kanagawa
srv-prefecture-15 = Oficina de Trabajo de Niigata
srv-prefecture-16 = Oficina de Trabajo de Toyama
srv-prefecture-17 = Oficina de Trabajo de Ishikawa
srv-prefecture-18 = Oficina de Trabajo de Fukui
srv-prefecture-19 = Oficina de Trabajo de Yamanashi
srv-prefecture-20 = Oficina de Trabajo de Nagano
srv-prefecture-21 = Oficina de Trabajo de Gifu
srv-prefecture-22 = Oficina de Trabajo de Shizuoka
srv-prefecture-23 = Oficina de Trabajo de Aichi
srv-prefecture-24 = Oficina de Trabajo de Mie
srv-prefecture-25 = Oficina de Trabajo de Shiga
srv-prefecture-26 = Oficina de Trabajo de Kioto
srv-prefecture-27 = Oficina de Trabajo de Osaka
srv-prefecture-28 = Oficina de Trabajo de Hyogo
srv-prefecture-29 = Oficina de Trabajo de Nara
srv-prefecture-30 = Oficina de Trabajo de Wakayama
srv-prefecture-31 = Oficina de Trabajo de Tottori
srv-prefecture-32 = Oficina de Trabajo de Shimane
srv-prefecture-33 = Oficina de Trabajo de Okayama
srv-prefecture-34 = Oficina de Trabajo de Hiroshima
srv-prefecture-35 = Oficina de Trabajo de Yamaguchi
srv-prefecture-36 = Oficina de Trabajo de Tokushima
srv-prefecture-37 = Oficina de Trabajo de Kagawa
srv-prefecture-38 = Oficina de Trabajo de Ehime
srv-prefecture-39 = Oficina de Trabajo de Kochi
srv-prefecture-40 = Oficina de Trabajo de Fukuoka
srv-prefecture-41 = Oficina de Trabajo de Saga
srv-prefecture-42 = Oficina de Trabajo de Nagasaki
srv-prefecture-43 = Oficina de Trabajo de Kumamoto
srv-prefecture-44 = Oficina de Trabajo de Oita
srv-prefecture-45 = Oficina de Trabajo de Miyazaki
srv-prefecture-46 = Oficina de Trabajo de Kagoshima
srv-prefecture-47 = Oficina de Trabajo de Okinawa

## Kiosk fleet

srv-fleet-title = Terminales
srv-fleet-lead = Una terminal sin señal durante más de { $minutes } minutos se marca como “sin respuesta”.
srv-fleet-none = No hay terminales registradas.
srv-fleet-kiosk = Terminal
srv-fleet-state = Estado
srv-fleet-last-heartbeat = Última señal de funcionamiento
srv-fleet-version = Versión
srv-fleet-occupation-table = Tabla de ocupaciones
srv-fleet-postcode-book = Datos de códigos postales
srv-fleet-occupations-differs = Distinta de la tabla del servidor
srv-fleet-postcodes-differs = Distinto de los datos del servidor
srv-fleet-queue = En cola
srv-fleet-last-error = Último error
srv-fleet-ok = Funcionando
srv-fleet-stale = Sin respuesta
srv-fleet-never = Nunca
srv-fleet-pending = En espera de registro (código válido hasta { $until })
srv-fleet-slot = Slot
srv-fleet-uptime = Tiempo en funcionamiento
srv-fleet-uptime-value = { $days } d { $hours } h { $minutes } min
srv-fleet-orientation = Orientación de la pantalla
srv-fleet-orientation-portrait = Vertical
srv-fleet-orientation-landscape = Horizontal
srv-fleet-steer = Control
srv-fleet-command = Orden
srv-fleet-action-wipe-screen = Borrar la pantalla y volver al inicio
srv-fleet-action-send-queue = Enviar ahora lo que está en cola
srv-fleet-action-restart = Reiniciar el programa de la terminal
srv-fleet-action-reboot = Reiniciar la terminal
srv-fleet-action-apply-config = Aplicar una configuración
srv-fleet-action-revoke = Anular el registro
srv-fleet-config = Archivo de configuración (solo para “aplicar una configuración”)
srv-fleet-config-label = Contenido de kiosk.toml
srv-fleet-send = Enviar
srv-fleet-command-sent = La orden queda registrada. La terminal la recibirá con su próxima señal de funcionamiento (en menos de un minuto).
srv-fleet-command-not-found = No existe esa terminal.
srv-fleet-command-admin-only = Solo un administrador puede aplicar una configuración o anular el registro de una terminal.
srv-fleet-command-not-enrolled = Una terminal que todavía no está registrada no puede recibir órdenes.
srv-fleet-command-unknown = Esa orden no existe. Elija una de la lista.
srv-fleet-command-config-size = La configuración está vacía o es demasiado larga (64 KB como máximo).
srv-fleet-silent-alert = Terminales sin señal durante más de { $minutes } minutos: { $count }. Revise la alimentación y la red.
srv-fleet-commands = Órdenes enviadas a las terminales
srv-fleet-commands-none = Todavía no hay órdenes.
srv-fleet-command-time = Fecha y hora
srv-fleet-command-by = Enviada por
srv-fleet-command-outcome = Resultado
srv-fleet-outcome-waiting = Esperando a la terminal
srv-fleet-outcome-delivered = Entregada (todavía sin respuesta)
srv-fleet-outcome-done = Realizada
srv-fleet-outcome-refused = Rechazada:
srv-name-single = (solo un nombre)
srv-field-card-name = Nombre en la tarjeta de residencia (在留カード)

## Job-seeker information, disability, self-PR
srv-field-publication = Datos de búsqueda de empleo mostrados a las empresas
srv-publication-not-published = No se muestran
srv-publication-without-employer-names = Se muestran sin los nombres de empleadores anteriores
srv-publication-published = Se muestran
srv-field-contact-methods = Contacto por
srv-contact-method-phone = Teléfono
srv-contact-method-email = Correo electrónico
srv-contact-method-post = Correo postal
srv-field-avoid-times = Horas en que no contactar
srv-field-disability = Apoyo como persona con discapacidad
srv-disability-wanted = Lo desea
srv-disability-not-wanted = No lo desea
srv-disability-unstated = Prefiere no decirlo
srv-field-certificate = Certificado de discapacidad
srv-certificate-physical = Certificado de discapacidad física
srv-certificate-intellectual = Certificado de discapacidad intelectual (Ryoiku techo)
srv-certificate-mental = Certificado de salud y bienestar para discapacidad mental
srv-certificate-none-or-pending = No tiene / en trámite
srv-grade-level = Grado { $grade }
srv-field-support-needs = Apoyo deseado
srv-need-specialist-desk = Ventanilla especializada
srv-need-hours = Horario o número de días de trabajo
srv-need-hospital = Visitas al médico o medicamentos
srv-need-facilities = Instalaciones y desplazamiento
srv-need-communication = Forma de comunicarse (por escrito, lengua de señas)
srv-need-instructions = Forma de dar instrucciones
srv-field-support-needs-text = Sobre la discapacidad, en sus palabras
srv-disability-show = Mostrar las respuestas sobre discapacidad
srv-field-self-pr = Presentación personal
srv-field-notes = Observaciones
## More items (the application at the counter)

srv-field-nationality = Nacionalidad
srv-nationality-japanese = Japonesa
srv-nationality-foreign = Otra distinta de la japonesa
srv-field-residence-status = Estatus de residencia
srv-field-residence-expiry = Periodo de estancia (vencimiento)
srv-field-station = Estación más cercana
srv-field-commute = Traslado en
srv-commute-walk = A pie
srv-commute-bicycle = Bicicleta
srv-commute-motorbike = Moto
srv-commute-car = Automóvil
srv-commute-train = Tren
srv-commute-bus = Autobús
srv-field-commute-minutes = Tiempo de traslado (solo ida)
srv-minutes = { $minutes } min
srv-field-work-styles = Jornada de trabajo
srv-style-full-time = Tiempo completo
srv-style-part-time = Medio tiempo
srv-field-holidays = Días de descanso deseados
srv-holiday-weekends = Sábados, domingos y festivos
srv-holiday-weekdays = Días laborables
srv-holiday-shifts = Por turnos
srv-holiday-any = Sin preferencia
srv-weekday-mon = Lun
srv-weekday-tue = Mar
srv-weekday-wed = Mié
srv-weekday-thu = Jue
srv-weekday-fri = Vie
srv-weekday-sat = Sáb
srv-weekday-sun = Dom
srv-field-week = Horas y días por semana
srv-hours-a-week = { $hours } horas por semana
srv-days-a-week = { $days } días por semana
srv-field-left-on = Fecha de salida del último empleo
srv-field-leaving-reason = Motivo de la salida
srv-leaving-employer = Decisión de la empresa
srv-leaving-own = Decisión propia
srv-leaving-contract-end = Fin del contrato
srv-leaving-retirement = Jubilación por edad
srv-leaving-other = Otro
srv-field-spouse = Cónyuge
srv-spouse-yes = Tiene
srv-spouse-no = No tiene
srv-spouse-unstated = Prefiere no decirlo
srv-field-dependants = Dependientes (sin contar al cónyuge)
srv-people = { $n }
srv-unstated = Prefiere no decirlo
srv-completion-graduated = terminados
srv-completion-withdrew = no terminados
srv-completion-enrolled = todavía estudia
srv-completion-expected = terminará pronto
srv-employment-casual = Trabajo temporal (arubaito)
srv-employment-other = Otro
srv-score = puntuación { $score }
srv-year-obtained = obtenido en { $year }
srv-job-occupation = Tipo de trabajo
srv-field-commute-minutes-unit = Tiempo de traslado (solo ida, en minutos)
srv-field-weekly-hours-unit = Horas por semana
srv-field-days-per-week-unit = Días por semana

## Staff calls from the kiosks (counter console)
srv-calls-title = Llamadas al personal
srv-calls-none = No hay llamadas.
srv-calls-notice = Llaman al personal desde la terminal { $kiosk } ({ $place })
srv-calls-screen = Pantalla: { $screen }
srv-calls-acknowledge = Voy para allá
srv-calls-acknowledged = Un empleado va en camino.
srv-calls-screen-attract = Primera pantalla
srv-calls-screen-consent = Consentimiento
srv-calls-screen-basic = Datos básicos
srv-calls-screen-contact = Dirección y contacto
srv-calls-screen-disclosure = Publicación y contacto
srv-calls-screen-desired-work = Trabajo deseado
srv-calls-screen-situation = Situación actual
srv-calls-screen-education = Estudios y títulos
srv-calls-screen-work-history = Experiencia laboral
srv-calls-screen-disability = Discapacidad
srv-calls-screen-self-pr = Presentación personal
srv-calls-screen-review = Revisión
srv-calls-screen-my-page = My Page
srv-calls-screen-done = Terminado

## Staff codes (counter console)
srv-staff-codes-title = Códigos del personal
srv-staff-codes-lead = Un código por persona, para ayudar en una terminal sin borrar la pantalla de quien la está usando. Desactive el código de quien deje la oficina o sea trasladado.
srv-staff-codes-name = Nombre
srv-staff-codes-add = Crear un código
srv-staff-codes-made = Se creó el código de { $name }.
srv-staff-codes-once = Este código solo se muestra ahora. Entrégueselo a su titular.
srv-staff-codes-none = Todavía no hay códigos.
srv-staff-codes-added = Creado
srv-staff-codes-revoke = Desactivar
srv-staff-codes-revoked = Desactivado ({ $at })
srv-staff-codes-name-invalid = Escriba un nombre de 1 a 40 caracteres, en una sola línea.
srv-staff-assists-title = Ayudas en las terminales
srv-staff-assists-none = Ninguna todavía.
srv-staff-assists-when = Cuándo

## My Page: 職歴 and 障害について (pages/my_work_history.rs, pages/my_disability.rs)

srv-my-jobs-title = Cambiar su experiencia laboral (職歴)
srv-my-jobs-lead = Puede registrar los lugares donde ha trabajado, empezando por el más reciente. Los cambios se aplican de inmediato y el personal de la ventanilla también los ve.
srv-my-jobs-none = No hay experiencia laboral registrada.
srv-my-jobs-entry = Empleo { $n }
srv-my-jobs-edit = Cambiar
srv-my-jobs-remove = Eliminar
srv-my-jobs-add = Añadir un empleo
srv-my-jobs-max = Puede registrar hasta { $max } empleos. Informe de los más antiguos al personal de la ventanilla.
srv-my-jobs-saved = Su experiencia laboral se guardó.
srv-my-jobs-removed = Se eliminó un empleo de su experiencia laboral.
srv-my-jobs-open = Ver o cambiar su experiencia laboral (職歴)
srv-my-job-edit-title = Cambiar el empleo { $n }
srv-my-job-back = Volver a su experiencia laboral
srv-my-job-employer = Empleador (勤務先)
srv-my-job-period = Período
srv-my-job-present = actualidad
srv-my-job-from = Año y mes de ingreso (入社)
srv-my-job-to = Año y mes de salida (退社)
srv-my-job-date-hint = En el calendario occidental o en la era japonesa, por ejemplo 2019/4 o 平成31年4月.
srv-my-job-to-hint = Si todavía trabaja allí, déjelo en blanco.
srv-my-job-employment-type = Tipo de empleo (雇用形態)
srv-my-job-duties = Qué hacía allí
srv-my-job-duties-hint = Ejemplo: caja y reposición de estanterías en un supermercado
srv-my-job-changed = Este empleo se cambió en otro lugar (por ejemplo, en otra ventana). Revise cómo está ahora e inténtelo de nuevo.
srv-my-job-remove-title = ¿Eliminar este empleo?
srv-my-job-remove-lead = Una vez eliminado, el personal de la ventanilla tampoco lo verá. Si lo necesita, puede volver a añadirlo más tarde.
srv-my-choice-not-accepted = No se pudo aceptar esta opción. Vuelva a elegir de la lista.
srv-my-disability-section = Sobre una discapacidad (障害について, opcional)
srv-my-disability-closed = Sus respuestas no se muestran hasta que las abra con el botón de abajo.
srv-my-disability-open = Abrir y cambiar sus respuestas sobre una discapacidad
srv-my-disability-title = Sobre una discapacidad (障害について)
srv-my-disability-lead = Responder es opcional. Solo el personal de la ventanilla ve sus respuestas. Los cambios se aplican de inmediato.
srv-my-disability-support = ¿Desea registrarse y recibir apoyo como persona con discapacidad?
srv-my-disability-details-note = El certificado, el grado y el apoyo de abajo solo se guardan si elige «Lo desea».
srv-my-disability-grade = Grado o nivel (等級・程度)
srv-my-disability-grade-hint = Elija de la lista el grado o nivel de su certificado. Si no está seguro, déjelo en «Sin elegir».
srv-my-disability-needs-hint = Elija todas las que correspondan.
srv-my-disability-clear-title = Borrar sus respuestas
srv-my-disability-clear-lead = Esto borra todas sus respuestas sobre una discapacidad. El personal de la ventanilla ya no las verá y no se guarda ningún registro de ellas. Puede volver a responder cuando quiera.
srv-my-disability-clear = Borrar todas las respuestas
srv-my-disability-cleared = Sus respuestas sobre una discapacidad se borraron.
srv-change-value-private = (contenido no registrado)
