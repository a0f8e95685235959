# Madoguchi kiosk screens (Español). Ids are prefixed by screen; same ids as ja/kiosk.ftl.
# Validation texts (check-*) are in check.ftl, occupation names (occ-<code>) in occupations.ftl.

## Whole kiosk

app-title = Hello Work: solicitud de búsqueda de empleo
text-missing = (hay caracteres que no se pueden mostrar)
size-standard = Normal
size-large = Grande
size-xlarge = Muy grande
dialog-close = Cerrar

## Attract

attract-title = Solicitud en Hello Work para buscar empleo
attract-lead = Aquí puede llenar su solicitud para buscar empleo. Al terminar, recibirá un número de recepción (受付番号): muéstrelo en la ventanilla.
attract-start = Empezar
# Under the start button, shown in turn in every language, each in its own.
attract-touch = Toque la pantalla para empezar
attract-duration = Tarda unos 10 minutos.
attract-language = Idioma / ことば
attract-size = Tamaño del texto
attract-theme = Colores de la pantalla
theme-standard = Normal
theme-contrast = Alto contraste
theme-dark = Fondo negro
layout-reach = Mostrar más abajo
layout-reach-help = Coloca los botones y el teclado en la mitad inferior de la pantalla (para personas en silla de ruedas, entre otras).
attract-help = Si tiene alguna duda, hable con un empleado cercano.

# 音声案内: the toggle on the attract screen and the phrases the spoken guidance says.
speech-toggle = Guía por voz
speech-toggle-help = Lee la pantalla en voz alta por los auriculares. La tecla * del teclado numérico también la activa y desactiva.
speech-on = Guía por voz activada. Se leerán en voz alta el título y las instrucciones de cada pantalla, el campo que toque y las teclas que pulse.
speech-off = Guía por voz desactivada.
speech-form-hint = Toque un campo para oír su nombre y lo que ha escrito. Cuando termine, pulse Siguiente.
speech-empty = vacío
speech-checked = marcado
speech-unchecked = sin marcar

## Not ready

notready-title = En preparación
notready-body = Esta terminal no se puede usar en este momento.
    Por favor, acuda a la ventanilla.
notready-staff = Para el personal: el registro de esta terminal no está terminado (ID de terminal: { $kiosk }).
notready-staff-error = Para el personal: no se pudo cargar la información de la terminal (código: { $code }).

## Header, navigation, dialogs

header-language = Language
header-reset = Empezar de nuevo
nav-next = Siguiente
nav-back = Atrás
nav-return-review = Volver a la revisión
nav-back-review = Volver a la revisión
nav-busy = Comprobando…
reset-title = ¿Empezar de nuevo?
reset-body = Se borrará todo lo que ha escrito.
reset-confirm = Borrar y empezar de nuevo
reset-cancel = Seguir llenando
idle-title = ¿Desea continuar?
idle-body = En { $seconds } segundos se borrará todo lo que escribió y la terminal volverá a la primera pantalla. Para continuar, toque la pantalla.
idle-continue = Continuar
error-title = Algo salió mal
error-ask-staff = Por favor, llame a un empleado. Lo que escribió no se ha perdido.
error-generic = Ocurrió un problema durante el proceso.
error-unreachable = Hubo una falla de comunicación interna en la terminal.
error-unexpected = La terminal tuvo un problema inesperado.

## Steps

step-basic = Datos básicos
step-contact = Dirección y contacto
step-desired-work = Trabajo deseado
step-situation = Situación actual
step-education = Estudios y títulos
step-work-history = Experiencia laboral
step-review = Revisión
step-my-page = My Page
step-progress = Paso { $current } de { $total }

## Fields

field-required = Obligatorio
field-optional = Opcional
field-error-label = Error:
field-warning-label = Revise:
field-error-generic = Revise lo que escribió.
field-warning-generic = Compruebe que lo que escribió es correcto.
choice-none = Sin elegir
list-remove = Quitar
summary-errors-title = { $count ->
    [one] Corrija { $count } dato
   *[other] Corrija { $count } datos
}
summary-warnings-title = Revise, por favor
summary-warnings-hint = Si es correcto, toque “Siguiente” otra vez.
unit-year = (año)
unit-month = (mes)
unit-day = (día)
unit-yen = yenes

## Consent

consent-title = Cómo tratamos sus datos personales
consent-lead = Lea esto antes de hacer la solicitud.
consent-purpose-title = Finalidad
consent-purpose-body = { $office } usará los datos que usted escriba para recibir su solicitud de búsqueda de empleo y para prestar los servicios públicos de empleo, como la presentación de ofertas. No se usarán para ninguna otra finalidad.
consent-recorded-title = Lo que se registra y se envía a Hello Work
consent-recorded-body = Nombre, lectura del nombre en katakana, fecha de nacimiento, sexo (si responde), nacionalidad y estatus de residencia (si responde), dirección, estación más cercana y transporte, teléfono, correo electrónico, trabajo deseado, situación actual (fecha y motivo de salida del último empleo; cónyuge y dependientes, si responde), estudios y títulos, experiencia laboral y si desea My Page. De la encuesta solo se registran la puntuación y el motivo elegido.
consent-retention-title = Cuánto tiempo se guarda
consent-retention-body = Hello Work guarda lo que usted envía durante el plazo que fijan las leyes y sus normas. La solicitud de búsqueda de empleo es válida hasta el último día del segundo mes después de la solicitud (se amplía cuando recibe asesoría o presentación de ofertas).
consent-kiosk-title = Lo que queda en esta terminal
consent-kiosk-body = En esta terminal no queda nada. Todo lo que escribió se borra cuando toca “Terminar” o cuando la terminal queda un rato sin usar.
consent-agree = He leído lo anterior y estoy de acuerdo
consent-must-agree = Cuando acepte, podrá tocar “Siguiente”.

## 基本情報

basic-title = Datos básicos
basic-family-name = Apellido
basic-family-name-help = Si no puede escribir en kanji, puede usar katakana o letras latinas.
basic-given-name = Nombre
basic-kana-only = No puedo escribir mi nombre en kanji (usaré katakana)
basic-family-kana = Apellido en katakana (フリガナ)
basic-kana-help = Use katakana. El hiragana se cambia a katakana automáticamente.
basic-kana-suggest = ¿Su nombre se lee así? Si es correcto, tóquelo para escribir el furigana.
basic-given-kana = Nombre en katakana (フリガナ)
basic-birth-date = Fecha de nacimiento
basic-birth-date-help = Elija el calendario occidental o una era japonesa y luego escriba el año, el mes y el día.
basic-calendar = Calendario
basic-birth-year = Año de nacimiento
basic-birth-month = Mes de nacimiento
basic-birth-day = Día de nacimiento
basic-era-first-year = Para el primer año de una era (元年), escriba “1” o “元”.
era-western = Occidental (ej.: 1990)
era-meiji = Meiji
era-taisho = Taisho
era-showa = Showa
era-heisei = Heisei
era-reiwa = Reiwa
basic-sex = Sexo
basic-sex-help = Si no desea responder, elija “Prefiero no decirlo”.
sex-female = Mujer
sex-male = Hombre
sex-unstated = Prefiero no decirlo

## 住所・連絡先

contact-title = Dirección y contacto
contact-postcode = Código postal
contact-postcode-help = Escriba los 7 números y toque “Buscar dirección”.
contact-postcode-mark = 〒
contact-lookup = Buscar dirección
contact-lookup-busy = Buscando…
contact-pick-town = Elija su dirección
contact-town-whole = (sin nombre de barrio)
contact-prefecture = Prefectura
contact-city = Ciudad, distrito o pueblo
contact-town = Barrio (町域)
contact-street = Manzana y número (番地)
contact-street-help = Ej.: 1-2-3
contact-building = Nombre del edificio y número de departamento
contact-building-help = Ej.: Midori Heights 101
contact-phone = Teléfono
contact-phone-help = Un número donde podamos localizarle durante el día. Los guiones son opcionales.
contact-email = Correo electrónico
contact-email-help = Se usa para crear My Page.

## 希望する仕事

work-title = Trabajo deseado
work-occupations = Tipo de trabajo que desea
work-occupations-help = Elija hasta 3. El primero que elija es su 1.ª opción.
work-occupation-rank = { $rank }.ª opción
work-occupation-add = Elegir el tipo de trabajo
work-occupation-full = Ya eligió 3. Para cambiar, quite uno.
work-picker-title = Elegir el tipo de trabajo
work-picker-browse = Elegir por área
work-picker-search = Buscar por palabra
work-picker-major-hint = Elija el área más cercana.
work-picker-back-major = Volver a la lista de áreas
work-picker-search-label = Nombre del trabajo
work-picker-search-help = Escriba en katakana. Ej.: カイゴ (cuidados), ジム (oficina), ケンセツ (construcción)
work-picker-no-result = No se encontró nada. Pruebe otra palabra o elija por área.
work-picker-loading = Cargando…
work-picker-close = Cerrar
occ-unknown = Tipo de trabajo (código { $code })
work-employment-types = Tipo de contratación
work-employment-types-help = Elija todos los que acepta.
employment-full-time = Empleado de planta (seishain)
employment-part-time = Medio tiempo (pāto)
employment-dispatch = Por agencia (haken)
employment-contract = Contrato por tiempo determinado
work-locations = Dónde desea trabajar
work-locations-help = Escriba el nombre de la prefectura o de la ciudad.
work-location-add = Añadir lugar
work-wage = Sueldo deseado
work-wage-help = La cantidad mínima que acepta. Si no tiene preferencia, déjelo en blanco.
wage-monthly = Mensual
wage-hourly = Por hora
work-wage-amount = Cantidad
work-hours = Horario de trabajo deseado
work-hours-help = Ej.: de 9:00 a 17:00. Si no tiene preferencia, déjelo en blanco.
work-hours-start = Entrada
work-hours-end = Salida
work-hours-to = a
work-days = Días en que puede trabajar
weekday-mon = Lun
weekday-tue = Mar
weekday-wed = Mié
weekday-thu = Jue
weekday-fri = Vie
weekday-sat = Sáb
weekday-sun = Dom

## 現在の状況

situation-title = Situación actual
situation-employment = ¿Está trabajando ahora?
situation-employed = Sí, estoy trabajando
situation-not-employed = No, no estoy trabajando
situation-student = Soy estudiante
situation-insurance = ¿Piensa recibir la prestación del seguro de empleo (雇用保険), es decir, el subsidio por desempleo?
situation-insurance-help = Si elige “No sé”, puede consultar en la ventanilla.
insurance-yes = Pienso recibirla
insurance-no = No la recibiré
insurance-unsure = No sé

## 学歴・資格

education-title = Estudios y títulos
education-final-level = Último nivel de estudios
level-junior-high = Secundaria (chūgakkō)
level-high-school = Preparatoria / bachillerato
level-vocational = Escuela técnica o profesional
level-junior-college = Universidad de ciclo corto / escuela técnica superior
level-university = Universidad
level-graduate = Posgrado
level-other = Otro
education-school-name = Nombre de la escuela
education-school-name-help = La última escuela a la que asistió.
education-graduation-year = Año en que terminó (o dejó) la escuela
education-graduation-year-help = Puede usar el año occidental o el de la era japonesa. Ej.: 2008, 平成20, H20. Si no lo sabe, déjelo en blanco.
education-qualifications = Licencias y títulos
education-qualifications-help = Ej.: licencia de conducir normal, cuidador certificado (介護福祉士), JLPT N2
education-qualification-add = Añadir licencia o título

## 職歴

history-title = Experiencia laboral
history-help = Empiece por el trabajo más reciente. Si no tiene experiencia, toque “Siguiente”.
history-none = No hay trabajos registrados.
history-entry = Trabajo { $n }
history-add = Añadir trabajo
history-remove = Quitar este trabajo
history-employer = Empleador (nombre de la empresa)
history-duties = Qué hacía
history-duties-help = Ej.: caja y reposición en un supermercado
history-from = Entrada (año y mes; occidental o era japonesa)
history-to = Salida (año y mes; occidental o era japonesa)
history-to-help = Si todavía trabaja allí, déjelo en blanco.
history-year = Año (occidental o era japonesa)
history-month = Mes
history-employment-type = Tipo de contratación

## 確認

review-title = Revisión de los datos
review-lead = Revise todo, por favor. Para corregir algo, toque “Corregir”.
review-blocked = Hay datos que corregir. Toque “Corregir” en las partes con borde rojo.
review-edit = Corregir
review-empty = Sin llenar
review-none = Ninguno
review-yes = Sí
review-name = Nombre
review-kana = Nombre en katakana
review-birth-date = { $day }/{ $month }, { $era } { $year }
review-birth-date-western = { $day }/{ $month }/{ $year }
review-postcode = 〒{ $first }-{ $last }
review-address = Dirección
review-wage = { $kind }, al menos { $amount } yenes
review-hours = { $start } a { $end }
review-list-sep = ,{" "}
review-year-month = { $month }/{ $year }
review-period-label = Periodo
review-period = { $from } a { $to }
review-present = actualidad

## マイページ

mypage-title = My Page (求職者マイページ)
mypage-lead = Con My Page puede consultar esta solicitud y su estado desde su propio celular o computadora.
mypage-benefit-status = Ver el estado de esta solicitud (recibida provisionalmente, aceptada)
mypage-benefit-edit = Ver los datos registrados y cambiar su contacto y el trabajo deseado
mypage-benefit-email = Cambiar el correo electrónico con el que inicia sesión
mypage-want = Crear My Page
mypage-decline = Ahora no
mypage-email-help = Le enviaremos las instrucciones de registro. Use letras sin acentos y números.
mypage-password = La contraseña no se crea en esta terminal. La creará después en su propio celular.
mypage-declined = Puede crear My Page más tarde. Pregunte en la ventanilla.
mypage-submit = Enviar solicitud
mypage-submit-note = Al tocar “Enviar solicitud”, sus datos se envían a Hello Work.

## 完了

done-title = Solicitud recibida
done-receipt-label = Número de recepción (受付番号)
done-next-counter = Muestre este número de recepción (受付番号) en la ventanilla.
done-qr-label = Código QR para continuar en el celular
done-next-qr = Lea el código QR con su celular para continuar la solicitud.
done-next-qr-mypage = Lea el código QR con su celular y cree la contraseña de My Page.
done-finish = Terminar
done-auto = Se volverá a la primera pantalla en { $seconds } segundos.
survey-title = ¿Fue fácil usar esta terminal?
survey-1 = Muy difícil
survey-2 = Difícil
survey-3 = Normal
survey-4 = Fácil
survey-5 = Muy fácil
survey-reason-title = Si quiere, elija el motivo (opcional)
survey-reason-easy = Fácil de entender
survey-reason-quick = Fue rápido
survey-reason-hard-to-read = Difícil de leer
survey-reason-slow = Tardó mucho
survey-reason-keyboard = Fue difícil escribir
survey-reason-other = Otro
survey-thanks = Gracias por su colaboración.

## On-screen keyboard

kb-label = Teclado en pantalla
kb-mode = Tipo de teclado
kb-mode-kana = カナ
kb-mode-latin = ABC
kb-mode-numeric = 123
kb-space = Espacio
kb-backspace = Borrar un carácter
kb-close = Cerrar el teclado
kb-shift = Mayúscula
kb-dakuten = Marca dakuten (゛)
kb-handakuten = Marca handakuten (゜)
kb-small = peq.
kb-small-label = Kana pequeño
kb-dakuten-face = ゛
kb-handakuten-face = ゜
kb-dakuten-example = カ→ガ
kb-handakuten-example = ハ→パ
kb-small-example = ツ→ッ

## Staff mode (office name held 3 s, then the PIN). For staff, not visitors.

staff-pin-title = Clave del personal
staff-pin-lead = Escriba la clave (de 4 a 8 dígitos) y toque “OK”.
staff-pin-count = { $count ->
    [one] { $count } dígito escrito
   *[other] { $count } dígitos escritos
}
staff-pin-ok = OK
staff-pin-cancel = Cancelar
staff-busy = Comprobando…

# Trust (slice D): staff mode locked after 5 wrong PINs ($minutes: whole minutes left, at least 1)
staff-locked = La clave se escribió mal 5 veces, por lo que el modo del personal está bloqueado por ahora. Espere { $minutes } min.

staff-title = Modo del personal
staff-read-at = Estado a las { $time }
staff-lead = Estado del envío de solicitudes de esta terminal. No se muestran los datos de los usuarios. Al terminar, toque “Cerrar”.
staff-enrolled = Registro en el servidor
staff-enrolled-yes = Registrada
staff-enrolled-no = No registrada (no puede recibir solicitudes)
staff-enroll-help = Para registrarla, ejecute `madoguchi-server kiosk add` en el servidor para emitir un código de registro y, en esta terminal, ejecute `madoguchi-kiosk enroll --server URL --code-file FILE` (URL es la dirección del servidor; FILE, el archivo con el código emitido; si el archivo de configuración no tiene la clave del servidor, indique con `--server-fingerprint` la huella que mostró `madoguchi-server keygen`). Después, reinicie el quiosco.
staff-server-url = URL del servidor
staff-not-set = Sin configurar
staff-queue = Solicitudes en espera de envío
staff-count = { $count }
staff-refused = Solicitudes rechazadas por el servidor
staff-last-success = Último envío correcto
staff-never = Ninguno todavía
staff-last-error = Último error
staff-no-error = Ninguno
staff-version = Versión
staff-kiosk = ID de terminal / código de oficina
staff-kiosk-value = { $kiosk } / { $office }
staff-sync = Enviar ahora
staff-sync-requested = El envío ha comenzado. Los datos se actualizarán en unos segundos.
staff-refresh = Actualizar
staff-close = Cerrar

basic-single-name = Solo tengo un nombre: mi tarjeta de residencia (在留カード) no muestra nombre de pila
basic-card-name = Nombre en la tarjeta de residencia (在留カード), en letras latinas
basic-card-name-help = Si tiene tarjeta de residencia (在留カード), escriba el nombre exactamente como aparece en ella (ej.: NGUYEN THI LAN). Si no tiene, déjelo en blanco.
kb-mode-write = Escribir a mano
kb-convert = Kanji (変換)
kb-candidates = Sugerencias
kb-pad-label = Área de escritura: escriba un carácter cada vez con el dedo
kb-pad-hint = Escriba aquí un carácter cada vez
kb-pad-undo = Deshacer trazo
kb-pad-clear = Borrar
kb-pad-empty = Las sugerencias aparecen aquí mientras escribe
kb-pad-chinese = 简体中文
kb-pad-chinese-label = Escribir en chino simplificado: primero aparece la forma usada en Japón
kb-pad-hint-chinese = Escriba aquí un carácter cada vez (chino simplificado)
kb-variants = Otras formas del carácter (異体字)
kb-variants-hint = Toque para elegir otra forma (髙, 﨑…)
kb-variants-none = Este carácter no tiene otras formas
kb-variants-close = Cerrar
kb-accents = Letras con acento

## Job-seeker information, disability, self-PR (three screens of the official form)
step-disclosure = Publicación y contacto
step-disability = Discapacidad
step-self-pr = Presentación personal
disclosure-title = Publicación de sus datos y forma de contacto
disclosure-lead = Elija si las empresas que ofrecen empleo pueden ver sus datos de búsqueda de empleo y cómo puede contactarle Hello Work.
disclosure-publication = ¿Pueden las empresas ver sus datos de búsqueda de empleo?
disclosure-publication-help = Si lo permite, una empresa podría invitarle a presentar su candidatura. Su nombre, dirección, teléfono y correo electrónico nunca se muestran, elija lo que elija.
publication-not-published = No mostrar
publication-without-employer-names = Mostrar (sin los nombres de las empresas donde trabajé)
publication-published = Mostrar (con los nombres de las empresas donde trabajé)
disclosure-contact-methods = Cómo puede contactarle Hello Work
disclosure-contact-methods-help = Elija los que quiera. Los correos se envían a la dirección escrita en “Dirección y contacto”.
contact-method-phone = Teléfono
contact-method-email = Correo electrónico
contact-method-post = Correo postal
disclosure-avoid-times = Horas en que prefiere no ser contactado
disclosure-avoid-times-help = Ej.: días laborables de 9:00 a 17:00 (estoy en el trabajo)
disability-title = Sobre la discapacidad
disability-lead = No tiene que responder nada en esta pantalla. Solo el personal de la ventanilla ve sus respuestas. En la pantalla de revisión quedan ocultas hasta que toque “Mostrar”.
disability-support = ¿Desea registrarse y recibir apoyo como persona con discapacidad?
disability-support-help = Puede recibir ofertas de empleo para personas con discapacidad y asesoría en una ventanilla especializada.
disability-support-wanted = Sí, lo deseo
disability-support-not-wanted = No lo deseo
disability-support-unstated = Prefiero no decirlo
disability-certificate = Certificado de discapacidad
certificate-physical = Certificado de discapacidad física
certificate-intellectual = Certificado de discapacidad intelectual (Ryoiku techo)
certificate-mental = Certificado de salud y bienestar para discapacidad mental
certificate-none-or-pending = No tengo / en trámite
disability-grade = Grado
disability-grade-help = Elija el grado que aparece en su certificado. Si no lo sabe, déjelo en “Sin elegir”.
grade-level = Grado { $grade }
grade-intellectual-a = A (grave)
grade-intellectual-b = B (distinto de A)
grade-as-written = { $grade }
disability-needs = Apoyo o adaptaciones que desea
disability-needs-help = Elija los que quiera.
need-specialist-desk = Quiero asesoría en una ventanilla especializada
need-hours = Horario o número de días de trabajo
need-hospital = Visitas al médico o medicamentos
need-facilities = Instalaciones y desplazamiento (silla de ruedas, escalones, etc.)
need-communication = Forma de comunicarse (por escrito, lengua de señas, etc.)
need-instructions = Forma de dar instrucciones (por escrito, una cada vez)
disability-needs-text = Otras cosas que quiera comunicar
disability-needs-text-help = Ej.: me cuesta trabajar mucho tiempo de pie.
disability-skip = Seguir sin responder esta pantalla
selfpr-title = Presentación personal y observaciones
selfpr-lead = Ninguno de los dos es obligatorio. Lo que escriba se usará en la asesoría y al presentarle a las empresas.
selfpr-appeal = Presentación personal
selfpr-appeal-help = Sus puntos fuertes, su experiencia, cómo aprovecharía sus títulos. Ej.: trabajé 10 años en atención al cliente.
selfpr-notes = Observaciones
selfpr-notes-help = Lo que quiera comunicar a la ventanilla. Ej.: puedo empezar en abril. Llevo y recojo a mi hijo de la escuela.
text-count = { $count } / { $max } caracteres
review-hidden = Oculto para que no lo vean las personas cercanas.
review-show = Mostrar
review-hide = Ocultar
kb-newline = Nueva línea
## More items (nationality and status of residence, station and commute, working pattern, leaving, family, department, qualifications, occupation of past jobs)

basic-nationality = Nacionalidad
basic-nationality-japanese = Japonesa
basic-nationality-foreign = Otra distinta de la japonesa
basic-country = Nacionalidad (país o región)
basic-country-help = Ej.: Vietnam, Perú
basic-residence-status = Estatus de residencia
basic-residence-status-help = Elija el estatus de residencia (在留資格) que aparece en su tarjeta de residencia (在留カード). En la ventanilla, el personal comprobará qué trabajos permite.
basic-residence-status-choose = Elegir el estatus de residencia
basic-residence-status-change = Elegir de nuevo
basic-residence-status-title = Elija su estatus de residencia
basic-residence-expiry = Periodo de estancia (fecha de vencimiento)
basic-residence-expiry-help = Tal como aparece en su tarjeta de residencia (在留カード). Los residentes permanentes y residentes permanentes especiales deben dejarlo en blanco.
contact-station = Estación más cercana
contact-station-help = Escriba el nombre de la estación hasta “駅” (ej.: 新宿駅).
contact-commute = Medio de transporte al trabajo
contact-commute-help = Elija todos los que puede usar.
commute-walk = A pie
commute-bicycle = Bicicleta
commute-motorbike = Moto
commute-car = Automóvil
commute-train = Tren
commute-bus = Autobús
contact-commute-minutes = Tiempo de traslado (solo ida)
contact-commute-minutes-help = ¿Cuántos minutos como máximo? Ej.: 30
unit-minutes = min
unit-hours = horas
unit-days = días
unit-people = personas
work-styles = Jornada de trabajo
work-styles-help = Tiempo completo o medio tiempo. Puede elegir los dos.
style-full-time = Tiempo completo
style-part-time = Medio tiempo
employment-casual = Trabajo temporal (arubaito)
employment-other = Otro
work-holidays = Días de descanso deseados
holiday-weekends = Sábados, domingos y festivos
holiday-weekdays = Días laborables
holiday-shifts = Por turnos
holiday-any = Sin preferencia
work-days-off = Otros días que quiere descansar
work-weekly-hours = Horas de trabajo por semana
work-weekly-hours-help = Ej.: 40
work-days-per-week = Días de trabajo por semana
work-days-per-week-help = Ej.: 5
situation-left-on = Fecha de salida (del último empleo)
situation-left-on-help = Puede usar el año occidental o el de la era japonesa. Si no lo sabe, déjelo en blanco.
situation-leaving-reason = Motivo de la salida
leaving-employer = Por decisión de la empresa (despido, quiebra, etc.)
leaving-own = Por decisión propia
leaving-contract-end = Fin del contrato
leaving-retirement = Jubilación por edad
leaving-other = Otro
situation-spouse = Cónyuge
spouse-yes = Tengo
spouse-no = No tengo
spouse-unstated = Prefiero no decirlo
situation-dependants = Número de dependientes (sin contar al cónyuge)
situation-dependants-help = Si no tiene, escriba 0.
situation-dependants-unstated = Prefiero no decirlo
education-department = Facultad y carrera
education-department-help = Ej.: Facultad de Economía, carrera de Economía
education-completion = ¿Terminó los estudios?
completion-graduated = Terminados
completion-withdrew = No terminados (los dejé)
completion-enrolled = Todavía estudio
completion-expected = Terminaré pronto
education-qualification-entry = Licencia o título { $n }
education-qualification-search = Buscar en la lista (escriba el nombre o la lectura. Ej.: かいご)
education-qualification-none-found = No está en la lista. Escriba el nombre en la casilla de abajo.
education-qualification-chosen = Licencia o título elegido
education-qualification-name = Si no está en la lista, escriba el nombre
education-qualification-score = Puntuación
education-qualification-year = Año de obtención
education-qualification-year-help = Año occidental o de la era japonesa. Ej.: 2015, 平成27
education-qualification-remove = Quitar
education-qualification-change = Elegir de nuevo
education-qualification-max = Puede escribir hasta { $max } licencias y títulos. Comunique los demás en la ventanilla.
history-occupation = Tipo de trabajo
history-occupation-choose = Elegir el tipo de trabajo
history-occupation-change = Elegir de nuevo
history-leaving-reason = Motivo de la salida
history-max = Puede escribir hasta { $max } trabajos. Comunique los demás en la ventanilla.
review-commute-minutes = { $minutes } min
review-weekly-hours = { $hours } horas por semana
review-days-per-week = { $days } días por semana
review-dependants = { $n }
review-score = puntuación { $score }
review-year-obtained = obtenido en { $year }
review-with-details = { $name } ({ $details })
date-year = Año
date-month = Mes
date-day = Día

## マイナンバーカードで入力 (基本情報): the card's 券面事項入力補助用暗証番号, never the number itself
card-start = Llenar con la Tarjeta My Number
card-start-help = Si tiene la Tarjeta My Number (マイナンバーカード), su nombre, dirección, fecha de nacimiento y sexo se pueden leer de la tarjeta. La lectura del nombre en katakana (フリガナ) no está en la tarjeta: escríbala usted.
card-title = Llenar con la Tarjeta My Number
card-place = Ponga la Tarjeta My Number (マイナンバーカード) sobre el lector y toque “Ya la puse”.
card-place-note = Solo se leen el nombre, la dirección, la fecha de nacimiento y el sexo. El número individual (My Number) no se lee.
card-placed = Ya la puse
card-pin-lead = Escriba el PIN de 4 números de la tarjeta para llenar formularios (券面事項入力補助用暗証番号).
card-tries = Intentos de PIN restantes: { $tries }
card-pin-count = PIN: { $count } dígitos escritos
card-read = Leer la tarjeta
card-busy = Leyendo…
card-cancel = Cancelar
card-close = Cerrar
card-counter = Hable con un empleado en la ventanilla. También puede seguir y llenar los datos a mano.
card-done = Datos leídos de la Tarjeta My Number. Revise cada dato. Para la lectura en katakana (フリガナ), toque una de las propuestas bajo el campo o escríbala.
card-error-no-reader = No se encontró el lector de tarjetas. Avise a un empleado o llene los datos a mano.
card-error-no-card = No se encontró ninguna tarjeta. Ponga la Tarjeta My Number sobre el lector.
card-error-not-my-number = Parece que no es la Tarjeta My Number. Ponga la Tarjeta My Number (マイナンバーカード).
card-error-removed = La tarjeta se separó del lector durante la lectura. Déjela sobre el lector e inténtelo de nuevo.
card-error-wrong-pin = El PIN no es correcto. Intentos restantes: { $tries }.
card-error-last-try = Intentos de PIN restantes: { $tries }. Para que su tarjeta no se bloquee, aquí no se usará el PIN.
card-error-blocked = El PIN de la tarjeta está bloqueado. Puede desbloquearlo en la oficina de la municipalidad donde vive.
card-error-pin-format = El PIN tiene 4 números.
card-error-unreadable = No se pudieron leer los datos de la tarjeta. Por favor, llene los datos a mano.
card-error-reader = El lector de tarjetas no funcionó bien. Inténtelo de nuevo.
review-card-read = El nombre, la dirección, la fecha de nacimiento y el sexo se leyeron de la Tarjeta My Number.

## Call staff (every screen)
call-staff = Llamar al personal
call-staff-waiting-title = Llamando al personal
call-staff-waiting-body = Llamando al personal. Espere un momento hasta que llegue el aviso. Si no llega, hable con un empleado cercano.
call-staff-sent-title = Se llamó al personal
call-staff-sent-body = Espere aquí, por favor. Lo que escribió no se borrará.
call-staff-coming-title = Un empleado va en camino
call-staff-coming-body = Un empleado va en camino. Espere aquí, por favor.

## The assist layer (staff over the visitor's form)
assist-open = Controles del personal
assist-pad-title = Código del personal
assist-pad-lead = Personal: escriba su propio código. Lo que se está llenando no se borrará.
assist-title = Un empleado está ayudando
assist-lead = Todo lo escrito se conserva. Al terminar, toque “Devolver al usuario”.
assist-hand-back = Devolver al usuario
assist-steps = Ir a una pantalla
assist-explain = Explicar el dato
assist-field-required = Este dato es obligatorio.
assist-field-optional = Este dato se puede dejar vacío.
assist-no-codes = Los códigos del personal aún no han llegado a esta terminal. Espere un poco o avise al administrador.

## The receipt printer: the done screen (visitor) and staff mode (staff)
receipt-printing = Imprimiendo el comprobante…
receipt-printed = Tome su comprobante.
receipt-print-failed = No se pudo imprimir el comprobante. Avise al personal. Su número de recepción aparece en esta pantalla.
receipt-print-incomplete = La impresora se quedó sin papel mientras imprimía y el comprobante salió incompleto. Avise al personal. Su número de recepción aparece en esta pantalla.
staff-printer = Impresora de comprobantes
staff-printer-none = Sin configurar
staff-printer-ready = Lista para imprimir
staff-printer-near-end = Queda poco papel. Cambie el rollo pronto.
staff-printer-paper-out = Sin papel. Cambie el rollo.
staff-printer-cover-open = La tapa está abierta. Ciérrela.
staff-printer-offline = La impresora no responde. Revise la alimentación y la luz de error.
staff-printer-unreachable = No se puede conectar con la impresora ({ $address }). Revise la alimentación, el cable y printer en el archivo de configuración.
