# Messages of the kiosk shell, mostly read by administrators on the console (Español).
config-occupations-ok = { $file } se puede usar como clasificación de ocupaciones ({ $summary }).
config-occupations-bad = { $file } no se puede usar como clasificación de ocupaciones: { $problem }
config-postcodes-ok = { $file } sirve como base de códigos postales ({ $source }, { $count } códigos).
config-postcodes-bad = { $file } no sirve como base de códigos postales: { $problem }
config-ok = El archivo de configuración es correcto.
config-unreadable = No se puede leer el archivo de configuración { $path } ({ $reason }). Revise la ruta y el permiso de lectura.
config-syntax = El archivo de configuración { $path } no está bien formado. { $detail }
config-invalid = En el archivo de configuración { $path }, la clave “{ $key }” es incorrecta: { $problem }. Corrija el valor e inicie de nuevo.
## Trust (slice D): the configuration file's mode, the staff PIN's hash, a pinned enrolment
config-exposed = El archivo de configuración { $path } está abierto a otros usuarios (modo { $mode }). Contiene el hash de la clave del personal e indica en qué servidor confiar, así que el quiosco no se iniciará. Restrínjalo con `chmod 0640 { $path }` (o 0600) e inicie de nuevo.
config-staff-pin-plain = En el archivo de configuración { $path }, staff_pin contiene la propia clave. Ejecute `madoguchi-kiosk hash-pin`, escriba la clave y ponga en staff_pin la línea que muestra (empieza por $argon2id$).
hash-pin-not-a-pin = La clave del personal tiene de 4 a 8 dígitos. Ejecute el comando de nuevo y escriba una.
hash-pin-failed = No se pudo generar el hash de la clave. Ejecute el comando de nuevo.
enroll-not-pinned = No hay forma de verificar el servidor: defina server_public_key en el archivo de configuración o indique con `--server-fingerprint` la huella que mostró `madoguchi-server keygen`.
enroll-key-mismatch = El servidor respondió con otra clave, así que el quiosco no se registró. Clave esperada: { $expected }; clave del servidor: { $answered }. Revise la URL y la clave del servidor: puede haber alguien entre este quiosco y el servidor.
enroll-bad-fingerprint = “{ $typed }” no es una huella. Escriba los ocho grupos de cuatro caracteres que mostró `madoguchi-server keygen` (ej.: 3f2a-9c1e-…).
enroll-insecure = { $url } no es https://, así que el quiosco no se registró: su token viajaría sin cifrar. Indique una URL https:// (http:// simple solo funciona con demo = true).
enroll-code-unreadable = No se puede leer el código de registro de { $path } ({ $reason }).
enroll-code-empty = El código de registro está vacío. Póngalo en el archivo indicado con `--code-file` o en la entrada estándar.

kiosk-start-failed = El quiosco no puede iniciarse: { $detail }
submit-invalid = Hay respuestas que revisar. Corrija los datos marcados en rojo.
submit-not-ready = Esta terminal todavía no está lista para recibir solicitudes. Por favor, llame a un empleado.
submit-storage-failed = No se pudo guardar su solicitud. Por favor, llame a un empleado; todavía no se ha enviado nada.
survey-invalid = No se pudo registrar su respuesta a la encuesta.
wipe-failed = No se pudo borrar la pantalla. Por favor, llame a un empleado.
enroll-ok = Este quiosco ya está registrado en su servidor (oficina { $office }). Reinicie el quiosco para recibir solicitudes.
fleet-config-keeps = La configuración enviada cambia { $key }, que un quiosco conserva para siempre, así que el quiosco sigue con la configuración actual. Vuelva a poner el valor actual de { $key } y envíela de nuevo.
provision-no-source = No se encontró ninguna carpeta de aprovisionamiento (una carpeta madoguchi con kiosk.toml). Lugares revisados: { $searched }. Póngala en una memoria USB o en la partición de arranque e inicie de nuevo.
provision-write-failed = No se puede escribir { $path } ({ $reason }).
provision-ok = Se instaló la configuración de { $source } (quiosco { $kiosk }).
enroll-failed = No se pudo registrar el quiosco: { $detail }. Compruebe que el código no ha vencido y que la URL del servidor es correcta; si hace falta, emita un código nuevo con `madoguchi-server kiosk add`.
sync-not-enrolled = Este quiosco todavía no está registrado en un servidor. Regístrelo con `madoguchi-kiosk enroll --server URL --code-file FILE`.
sync-done = Enviadas: { $delivered }. Todavía en cola: { $queued }; rechazadas por el servidor: { $refused }.
staff-disabled = El modo del personal no está configurado en este quiosco (staff_pin en el archivo de configuración).
staff-wrong-pin = Clave incorrecta.
kanji-unavailable = La entrada de kanji (escritura a mano y 変換) no está disponible ahora. Escriba en katakana o llame a un empleado.

## The printed receipt (a thermal printer at 完了), in the visitor's language
receipt-slip-title = Comprobante de la solicitud de empleo
receipt-slip-number = Número de recepción (受付番号)
receipt-slip-date = Fecha
receipt-slip-counter = Muestre este comprobante en la ventanilla y diga su número de recepción.
receipt-slip-qr = Lea el código QR con su celular para continuar la solicitud.
receipt-slip-keep = Guarde este comprobante hasta terminar el trámite.
