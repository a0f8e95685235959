# Messages of the input checks (core/src/check.rs), Español. Same ids as ja/check.ftl.
# Red messages say what to fix; orange ones say what to check and that “Siguiente” again keeps the value.
# Arguments are plain strings. Codes for selectors:
#   $part: year | month | day
#   $era, $actual-era: meiji | taisho | showa | heisei | reiwa
#   $actual-gannen: yes when the era year is 1 (written 元年), otherwise no
#   $kind: monthly | hourly

## Basic information

check-family-name-required = Escriba su apellido. Si no puede escribir en kanji, puede usar katakana o letras latinas.
check-given-name-required = Escriba su nombre. Si solo tiene un nombre, elija “Solo tengo un nombre”.
check-family-kana-required = Escriba la lectura de su apellido en katakana (ej.: ヤマダ).
check-given-kana-required = Escriba la lectura de su nombre en katakana (ej.: タロウ).
check-kana-katakana-only = Escriba la lectura solo en katakana. Estos caracteres no son katakana: { $chars }
check-birth-date-required = Escriba su fecha de nacimiento (ej.: 1/4/1985 en el calendario occidental, o 昭和60年4月1日).
check-birth-date-missing =
    Escriba el { $part ->
        [year] año
        [month] mes
       *[day] día
    } de su nacimiento.
check-birth-date-not-number =
    { $part ->
        [year] Escriba el año de nacimiento con números (ej.: 1985, o 60 en una era japonesa). Para el primer año de una era (元年), elija la era y escriba “元” o “1”.
        [month] Escriba el mes de nacimiento con un número del 1 al 12.
       *[day] Escriba el día de nacimiento con números.
    }
check-birth-date-no-such-year = El año de nacimiento no es válido. En el calendario occidental, use 4 cifras (ej.: 1985); en una era japonesa, elija la era y escriba el año (ej.: 60).
check-birth-date-no-such-month = Escriba el mes de nacimiento con un número del 1 al 12.
check-birth-date-no-such-day = El mes { $month } solo tiene { $last-day } días. Revise el día de su nacimiento.
check-birth-date-era-ended =
    La era { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } terminó el { $last-day }/{ $last-month }/{ $last-year }. Esta fecha cae en el año { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    } de la era { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    }. Corrija la era y el año, o escriba la fecha en el calendario occidental.
check-birth-date-era-not-begun =
    La era { $era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    } empezó el { $first-day }/{ $first-month }/{ $first-year }. Esta fecha cae en el año { $actual-gannen ->
        [yes] 1 (元年)
       *[no] { $actual-year }
    } de la era { $actual-era ->
        [meiji] Meiji
        [taisho] Taisho
        [showa] Showa
        [heisei] Heisei
       *[reiwa] Reiwa
    }. Corrija la era y el año, o escriba la fecha en el calendario occidental.
check-birth-date-future = La fecha de nacimiento es posterior a hoy. Revise el año de nacimiento.
check-birth-date-year-too-early = El año de nacimiento aparece como { $year }. En el calendario occidental, use 4 cifras (ej.: 1985). Para una era japonesa, elija primero la era.
check-birth-date-too-young = Según esta fecha de nacimiento, usted tiene { $age } años. La solicitud es para quienes ya terminaron la secundaria (chūgakkō). Revise la fecha de nacimiento.
check-birth-date-young = Según esta fecha de nacimiento, usted tiene { $age } años. Revise el año de nacimiento. Si es correcto, toque “Siguiente” otra vez.
check-birth-date-old = Según esta fecha de nacimiento, usted tiene { $age } años. Revise el año de nacimiento. Si es correcto, toque “Siguiente” otra vez.

## Trust (slice D): the length of any text field, counted in characters (core MAX_CHARS)

check-too-long = Use como máximo { $max } caracteres (ahora hay { $count }).

## Address and contact

check-postcode-required = Escriba el código postal con 7 números (ej.: 160-0023).
check-postcode-digits = El código postal tiene 7 números (ej.: 160-0023). Revíselo.
check-postcode-unknown = No se encontró el código postal “{ $postcode }”. Revíselo y escríbalo de nuevo.
check-address-search = Escriba el código postal y toque “Buscar dirección”. Se llenarán la prefectura y la ciudad.
check-street-required = Escriba la manzana y el número (ej.: 1-2-3).
check-phone-required = Escriba un teléfono donde podamos localizarle durante el día (ej.: 090-1234-5678).
check-phone-digits = Escriba el teléfono con números. Estos caracteres no se pueden usar: { $chars }
check-phone-format = El número de cifras del teléfono no es correcto (escribió { $count }). Un celular tiene 11 cifras (ej.: 090-1234-5678); un teléfono fijo tiene 10, con el código de área (ej.: 03-1234-5678).
check-phone-free-dial = Los números gratuitos (0120, 0800) quizá no sirvan para hablar con usted directamente. Escriba su propio número. Si este número es correcto, toque “Siguiente” otra vez.
check-email-too-long = El correo electrónico es demasiado largo ({ $count } caracteres). Use como máximo { $max } caracteres.
check-email-chars = El correo electrónico tiene caracteres que no se pueden usar: { $chars }. Use solo letras sin acento, números y símbolos (ej.: taro@example.jp).
check-email-at = El correo electrónico necesita una sola “@”, con texto antes y después (ej.: taro@example.jp).
check-email-domain = La parte después de la “@” no es correcta. Necesita un punto, como en “example.jp”.
check-email-required-for-my-page = Para crear My Page se necesita un correo electrónico. Escriba uno o elija “Ahora no”.

## Desired work

check-occupation-required = Elija al menos un tipo de trabajo.
check-occupation-too-many = Puede elegir hasta { $max } tipos de trabajo (ahora hay { $count }). Quite alguno.
check-occupation-unknown = El tipo de trabajo (código { $code }) no está en la lista. Quítelo y elija de nuevo en la lista.
check-employment-type-required = Elija al menos un tipo de contratación.
check-wage-digits = Escriba el sueldo deseado con números (ej.: 200000). Si no tiene preferencia, déjelo en blanco.
check-wage-low =
    El sueldo deseado aparece como { $amount } yenes { $kind ->
        [hourly] por hora
       *[monthly] al mes
    }, que puede ser menos que el salario mínimo. Revise la cantidad y si eligió mensual o por hora. Si es correcto, toque “Siguiente” otra vez.
check-wage-high =
    El sueldo deseado aparece como { $amount } yenes { $kind ->
        [hourly] por hora
       *[monthly] al mes
    }. Revise el número de cifras y si eligió mensual o por hora. Si es correcto, toque “Siguiente” otra vez.
check-time-format = Escriba la hora como 9:00 o 17:30, entre 0:00 y 23:59 (para la salida también vale 24:00).
check-hours-both = Escriba la hora de entrada y la de salida (ej.: de 9:00 a 17:00). Si no tiene preferencia, deje las dos en blanco.
check-hours-same = La entrada y la salida son a la misma hora. Revise la hora de salida.
check-hours-overnight = La salida ({ $end }) es antes que la entrada ({ $start }), así que el trabajo pasa la medianoche. Si desea trabajo nocturno, toque “Siguiente” otra vez; si no, corrija las horas.

## Current situation

check-current-employment-required = Elija si está trabajando ahora.
check-insurance-required = Elija si piensa recibir la prestación del seguro de empleo (subsidio por desempleo). Si no lo sabe, elija “No sé”.

## Education

check-education-level-required = Elija su último nivel de estudios.
check-graduation-year-format = Escriba el año en que terminó con 4 cifras (ej.: 2005) o como año de era japonesa (ej.: 平成17, H17). Si no lo sabe, déjelo en blanco.
check-graduation-year-future = El año en que terminó está en el futuro. Revíselo.
check-graduation-year-before-birth = El año en que terminó es anterior a su año de nacimiento ({ $birth-year }). Revise los dos.
check-graduation-year-early = Según este año, habría terminado los estudios a los { $age } años. Revise el año. Si es correcto, toque “Siguiente” otra vez.

## Work history

check-employer-required = Escriba el nombre de la empresa. Si no necesita este trabajo, quítelo.
check-job-from-required = Escriba el año y el mes en que empezó (ej.: 2019/4).
check-year-month-format = Escriba el año y el mes (ej.: 2019/4, o 平成31年4月 en la era japonesa).
check-job-from-future = La entrada está en el futuro. Revise el año y el mes.
check-job-to-before-from = La salida es anterior a la entrada. Revise los años y los meses.
check-job-to-future = La salida está en el futuro. Si todavía trabaja allí, deje la salida en blanco.
check-card-name-latin = Escriba el nombre de la tarjeta de residencia (在留カード) en letras latinas (A–Z), exactamente como aparece impreso. Estos caracteres no se pueden usar: { $chars }

## Job-seeker information, disability
check-publication-required = Elija si las empresas pueden ver sus datos de búsqueda de empleo.
check-contact-method-required = Elija al menos una forma de contacto.
check-contact-method-email-missing = Para contactarle por correo electrónico necesitamos su dirección. Escríbala en “Dirección y contacto” o elija otra forma de contacto.
check-disability-grade = { $certificate ->
    [intellectual] Para el certificado de discapacidad intelectual, elija A o B.
    [mental] Para el certificado de discapacidad mental, elija un grado del 1 al 3.
   *[other] Para el certificado de discapacidad física, elija un grado del 1 al 6.
}
## Dates, counts and years (date of leaving, period of stay, commute, dependants, qualifications)

check-date-missing =
    Escriba el { $part ->
        [year] año
        [month] mes
       *[day] día
    }. Si no sabe la fecha, deje en blanco el año, el mes y el día.
check-date-invalid = Esta fecha no existe. Revise el año, el mes y el día (puede usar el año occidental o el de la era japonesa).
check-number-digits = Escriba solo números.
check-number-range = Escriba un número del { $min } al { $max }.
check-year-format = Escriba el año con 4 cifras (ej.: 2015) o como año de era japonesa (ej.: 平成27, H27). Si no lo sabe, déjelo en blanco.
check-year-future = Este año está en el futuro. Revíselo.
check-year-before-birth = Este año es anterior a su año de nacimiento ({ $birth-year }). Revíselo.

## Nationality and status of residence

check-residence-status-missing = Elija su estatus de residencia. Aparece en su tarjeta de residencia (在留カード). Si no lo sabe, toque “Siguiente” otra vez; el personal lo comprobará en la ventanilla.
check-residence-status-unknown = El estatus de residencia (código { $code }) no está en la lista. Elija de nuevo en la lista.
check-residence-work =
    { $work ->
        [limited] Con este estatus de residencia solo puede trabajar en las actividades que el estatus permite.
        [designated] Con Actividades Designadas, si puede trabajar depende de su documento de designación.
       *[none] Para trabajar con este estatus de residencia necesita el permiso para actividades fuera del estatus.
    } En la ventanilla, el personal revisará su tarjeta de residencia (在留カード). Si es correcto, toque “Siguiente” otra vez.
check-residence-expired = La fecha de vencimiento del periodo de estancia ya pasó. Revise la fecha en su tarjeta de residencia (在留カード). Si es correcta, toque “Siguiente” otra vez y consulte al personal en la ventanilla.

## Nearest station, commute and working pattern

check-commute-long = El tiempo de traslado aparece como { $minutes } minutos. Escríbalo en minutos (1 hora = 60 minutos). Si es correcto, toque “Siguiente” otra vez.
check-weekly-hours-long = Son { $hours } horas por semana. Revíselo. Si es correcto, toque “Siguiente” otra vez.

## Situation, education and work history

check-left-on-future = La fecha de salida está en el futuro. Si todavía va a dejar el trabajo, elija “Sí, estoy trabajando”.
check-qualifications-too-many = Puede escribir hasta { $max } licencias y títulos (ahora hay { $count }). Comunique los demás en la ventanilla.
check-licence-unknown = La licencia o título (código { $code }) no está en la lista. Quítelo y elija de nuevo.
check-qualification-name-required = Escriba el nombre de la licencia o título, o elíjalo en la lista.
check-jobs-too-many = Puede escribir hasta { $max } trabajos (ahora hay { $count }). Comunique los trabajos más antiguos en la ventanilla.
