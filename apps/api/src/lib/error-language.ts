// The parent-facing error messages in Spanish. The API writes every message in English once, where
// it is thrown; for the customer routes the error handler answers in the language the client asks
// for with Accept-Language (the portal sends its current one), translating the message and each
// field's reason here. A message without an entry stays English, so nothing is ever lost; staff
// routes (the console is English only) are never translated.
import type { FieldError } from '@cos/contracts';

export type ErrorLanguage = 'en' | 'es';

/** The client's choice between English and Spanish by Accept-Language quality; English by default. */
export function errorLanguage(acceptLanguage: string | undefined): ErrorLanguage {
  if (!acceptLanguage) return 'en';
  let best: { language: ErrorLanguage; quality: number } = { language: 'en', quality: 0 };
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'en' && primary !== 'es') continue;
    const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    const quality = q === undefined ? 1 : Number(q);
    if (Number.isFinite(quality) && quality > best.quality) best = { language: primary, quality };
  }
  return best.language;
}

const SPANISH: Readonly<Record<string, string>> = {
  // The error handler's and the plugins' own messages.
  'Some of the information is missing or not valid.': 'Falta información o no es válida.',
  'The request could not be read. Check that it is valid JSON.':
    'No se pudo leer la solicitud. Verifique que sea JSON válido.',
  'The request is too large.': 'La solicitud es demasiado grande.',
  'This content type is not accepted here.': 'Este tipo de contenido no se acepta aquí.',
  'Too many requests. Please wait a moment and try again.':
    'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
  'The service is temporarily unavailable. Please try again in a few minutes.':
    'El servicio no está disponible por el momento. Inténtelo de nuevo en unos minutos.',
  'The service is busy. Please try again shortly.': 'El servicio está ocupado. Inténtelo de nuevo en breve.',
  'The service is busy. Please try again in a moment.':
    'El servicio está ocupado. Inténtelo de nuevo en un momento.',
  'The service is restarting. Please try again in a moment.':
    'El servicio se está reiniciando. Inténtelo de nuevo en un momento.',
  'Something went wrong on our side. Please try again later.':
    'Algo salió mal de nuestro lado. Inténtelo de nuevo más tarde.',
  'We could not find what you asked for.': 'No encontramos lo que buscaba.',
  'You do not have access to this.': 'No tiene acceso a esto.',
  'This request must come from the app’s own pages.': 'Esta solicitud debe venir de las páginas del sitio.',
  'This could not be recorded in the audit trail, so nothing was shown or changed. Please try again in a few minutes.':
    'No se pudo registrar en el historial de auditoría, así que no se mostró ni cambió nada. Inténtelo de nuevo en unos minutos.',
  // Sign-in, sessions and step-up.
  'Your session has ended. Sign in to continue.': 'Su sesión terminó. Inicie sesión para continuar.',
  'The User ID or password is not correct. Check them and try again.':
    'El nombre de usuario o la contraseña no son correctos. Revíselos e inténtelo de nuevo.',
  'Change your password to continue.': 'Cambie su contraseña para continuar.',
  'Set up your authenticator app to continue.': 'Configure su aplicación de autenticación para continuar.',
  'Too many wrong passwords. Wait 15 minutes and try again.':
    'Demasiadas contraseñas incorrectas. Espere 15 minutos e inténtelo de nuevo.',
  'Confirm it is you: enter your current password or use your passkey.':
    'Confirme que es usted: ingrese su contraseña actual o use su llave de acceso.',
  'Your current password is not correct.': 'Su contraseña actual no es correcta.',
  'That code is not right, or it has expired. Check it and try again, or sign in again.':
    'Ese código no es correcto o ya venció. Revíselo e inténtelo de nuevo, o vuelva a iniciar sesión.',
  'That passkey could not sign you in. Try again, or sign in with your User ID and password.':
    'Esa llave de acceso no pudo iniciar su sesión. Inténtelo de nuevo, o inicie sesión con su nombre de usuario y contraseña.',
  'Your passkey could not confirm it is you. Try again.':
    'Su llave de acceso no pudo confirmar que es usted. Inténtelo de nuevo.',
  'Your passkey could not confirm it is you.': 'Su llave de acceso no pudo confirmar que es usted.',
  'Choose a new password that is different from your current one.':
    'Elija una contraseña nueva distinta de la actual.',
  'Choose a new password that is different from your temporary password.':
    'Elija una contraseña nueva distinta de su contraseña temporal.',
  'This password is on a list of passwords that are often used or leaked. Choose another.':
    'Esta contraseña está en una lista de contraseñas muy usadas o filtradas. Elija otra.',
  'Do not use your User ID in your password.': 'No use su nombre de usuario en su contraseña.',
  'Do not use your name in your password.': 'No use su nombre en su contraseña.',
  // Registration and recovery.
  'That User ID is taken. Choose another.': 'Ese nombre de usuario ya está en uso. Elija otro.',
  'That User ID is taken.': 'Ese nombre de usuario ya está en uso.',
  'Your identity check has expired. Start the registration again.':
    'Su verificación de identidad venció. Comience el registro de nuevo.',
  'This registration cannot be completed. If you already have an account, sign in or use "Forgot your User ID or Password?".':
    'No se puede completar este registro. Si ya tiene una cuenta, inicie sesión o use "¿Olvidó su nombre de usuario o contraseña?".',
  'We could not verify your information. Check what you entered and try again, or call the Customer Communication Center at 1-877-423-4746.':
    'No pudimos verificar su información. Revise lo que ingresó e inténtelo de nuevo, o llame al Centro de Comunicación con el Cliente al 1-877-423-4746.',
  'We could not verify your answers. Check them and try again.':
    'No pudimos verificar sus respuestas. Revíselas e inténtelo de nuevo.',
  'The time to answer ran out. Please start again.': 'Se acabó el tiempo para responder. Comience de nuevo.',
  'Use a different answer for each question.': 'Use una respuesta distinta para cada pregunta.',
  'Your answer cannot be your User ID.': 'Su respuesta no puede ser su nombre de usuario.',
  'Your answer cannot be your password.': 'Su respuesta no puede ser su contraseña.',
  'Choose a question from the list.': 'Elija una pregunta de la lista.',
  'Add an email address on Provide Info first: we need one to send you email.':
    'Primero agregue un correo electrónico en Proporcionar información: lo necesitamos para escribirle.',
  'There is no email address on your account.': 'Su cuenta no tiene correo electrónico.',
  'Add a passkey first.': 'Primero agregue una llave de acceso.',
  'You have no passkey.': 'No tiene ninguna llave de acceso.',
  'Direct Deposit updates are paused.': 'Los cambios de depósito directo están en pausa.',
  // The contracts' field reasons the portal shows.
  'Answer the security questions.': 'Responda las preguntas de seguridad.',
  'Answer three security questions.': 'Responda tres preguntas de seguridad.',
  'Choose three different questions.': 'Elija tres preguntas distintas.',
  'Choose a state.': 'Elija un estado.',
  'Choose a topic.': 'Elija un tema.',
  'Enter a 10-digit phone number, like 404-555-0100.':
    'Ingrese un número de teléfono de 10 dígitos, como 404-555-0100.',
  'Enter a 5-digit ZIP code, like 30303.': 'Ingrese un código postal de 5 dígitos, como 30303.',
  'Enter a name.': 'Ingrese un nombre.',
  'Enter a new password.': 'Ingrese una contraseña nueva.',
  'Enter a password.': 'Ingrese una contraseña.',
  'Enter a real date.': 'Ingrese una fecha real.',
  'Enter an email address like name@example.com.': 'Ingrese un correo electrónico como nombre@ejemplo.com.',
  'Enter the 10-digit case number.': 'Ingrese el número de caso de 10 dígitos.',
  'Enter the 9-digit Social Security number.': 'Ingrese el número de Seguro Social de 9 dígitos.',
  'Enter the city.': 'Ingrese la ciudad.',
  'Enter the date as YYYY-MM-DD.': 'Ingrese la fecha como AAAA-MM-DD.',
  'Enter the street address.': 'Ingrese la dirección.',
  'Enter your User ID.': 'Ingrese su nombre de usuario.',
  'Enter your date of birth.': 'Ingrese su fecha de nacimiento.',
  'Enter your message.': 'Ingrese su mensaje.',
  'Enter your name.': 'Ingrese su nombre.',
  'Enter your password.': 'Ingrese su contraseña.',
  'Give an email address or a phone number so we can answer you.':
    'Dé un correo electrónico o un número de teléfono para que podamos responderle.',
  'Use only letters, numbers, periods, underscores and hyphens.':
    'Use solo letras, números, puntos, guiones bajos y guiones.',
  'Write the answer.': 'Escriba la respuesta.',
  // Confirming the email address on file (features/email-confirmation).
  'There is no email address on your account. Add one on Provide Info first.':
    'No hay un correo electrónico en su cuenta. Agregue uno primero en Proporcionar información.',
  'Your email address is already confirmed.': 'Su correo electrónico ya está confirmado.',
  'We just sent you a code. Wait a minute before asking for another.':
    'Acabamos de enviarle un código. Espere un minuto antes de pedir otro.',
  'You have asked for too many codes today. Try again tomorrow.':
    'Pidió demasiados códigos hoy. Inténtelo de nuevo mañana.',
  'There is no code waiting for this address. Ask for a new code.':
    'No hay un código pendiente para este correo. Pida un código nuevo.',
  'This code has expired. Ask for a new code.': 'Este código venció. Pida un código nuevo.',
  'Too many wrong codes. Ask for a new code.': 'Demasiados códigos incorrectos. Pida un código nuevo.',
  'That code is not right. Check the email and try again.':
    'Ese código no es correcto. Revise el correo e inténtelo de nuevo.',
  'Enter the 6-digit code from the email.': 'Ingrese el código de 6 dígitos del correo.',
  // Cases, payments, appointments, documents, Direct Deposit and the factors' setup.
  'The passkey could not be added.': 'No se pudo agregar la llave de acceso.',
  'The passkey could not be added. Try again.': 'No se pudo agregar la llave de acceso. Inténtelo de nuevo.',
  'We could not find that passkey.': 'No encontramos esa llave de acceso.',
  'Your authenticator app is already set up.': 'Su aplicación de autenticación ya está configurada.',
  'Your authenticator app is already set up. Turn it off first to replace it.':
    'Su aplicación de autenticación ya está configurada. Desactívela primero para reemplazarla.',
  'Add an email address first.': 'Primero agregue una dirección de correo electrónico.',
  'Add an email address on Provide Info first.':
    'Primero agregue una dirección de correo electrónico en Proporcionar Información.',
  'Turn on a second factor first.': 'Primero active un segundo factor.',
  'There is no Direct Deposit change waiting to take effect.':
    'No hay ningún cambio de Depósito Directo pendiente.',
  'We could not find that case on your account.': 'No encontramos ese caso en su cuenta.',
  'The page cursor is not valid.': 'El indicador de página no es válido.',
  'Start again from the first page.': 'Comience de nuevo desde la primera página.',
  'Online card payments are not available at the moment. Nothing was charged. Please try again later or call customer service.':
    'Los pagos en línea con tarjeta no están disponibles en este momento. No se cobró nada. Inténtelo de nuevo más tarde o llame a servicio al cliente.',
  'The card details are no longer valid.': 'Los datos de la tarjeta ya no son válidos.',
  'The card details expired or were already used. Enter the card again.':
    'Los datos de la tarjeta vencieron o ya se usaron. Ingrese la tarjeta de nuevo.',
  'Your card was declined. No payment was made. Check the card details or use another card.':
    'Su tarjeta fue rechazada. No se realizó ningún pago. Revise los datos de la tarjeta o use otra tarjeta.',
  'We did not hear back from the card processor, so we do not know yet whether this payment went through. Do not pay again: check your payments later or call us.':
    'No recibimos respuesta del procesador de tarjetas, así que todavía no sabemos si este pago se realizó. No pague de nuevo: revise sus pagos más tarde o llámenos.',
  'This payment attempt was already used for a different payment. Review your payment again before confirming.':
    'Este intento de pago ya se usó para otro pago. Revise su pago de nuevo antes de confirmarlo.',
  'Online payments are made by the paying parent on a case. You receive support on this case.':
    'Los pagos en línea los hace el padre o la madre que paga en un caso. Usted recibe la manutención en este caso.',
  'The card processor did not answer. Nothing was charged. Please try again in a few minutes.':
    'El procesador de tarjetas no respondió. No se cobró nada. Inténtelo de nuevo en unos minutos.',
  'We could not find that payment on your account.': 'No encontramos ese pago en su cuenta.',
  'We could not find that office.': 'No encontramos esa oficina.',
  'This office is closed and takes no appointments. Choose another office.':
    'Esta oficina está cerrada y no da citas. Elija otra oficina.',
  'Ask for at most 31 days of slots at a time.': 'Pida como máximo 31 días de horarios a la vez.',
  'Someone has just booked that time. Choose another time.':
    'Alguien acaba de reservar ese horario. Elija otro horario.',
  'We could not find that appointment on your account.': 'No encontramos esa cita en su cuenta.',
  'Choose one of your cases.': 'Elija uno de sus casos.',
  'That time is not offered. Choose another time.': 'Ese horario no se ofrece. Elija otro horario.',
  'That time has passed. Choose another time.': 'Ese horario ya pasó. Elija otro horario.',
  'You already have an appointment at that time. Cancel it first, or choose another time.':
    'Ya tiene una cita a esa hora. Cancélela primero o elija otro horario.',
  'This appointment has already taken place.': 'Esta cita ya se realizó.',
  'This appointment was already cancelled.': 'Esta cita ya se canceló.',
  'Your account has extra protection. Enter a recovery code, a code from your authenticator app, or a code we email you, with your answers. If you have a passkey, you can sign in with it instead.':
    'Su cuenta tiene protección adicional. Ingrese un código de recuperación, un código de su aplicación de autenticación o un código que le enviamos por correo, junto con sus respuestas. Si tiene una llave de acceso, puede iniciar sesión con ella.',
  'The upload could not be read. Choose the file again and send the form once more.':
    'No se pudo leer el archivo enviado. Elija el archivo de nuevo y envíe el formulario otra vez.',
  'Send one file at a time.': 'Envíe un archivo a la vez.',
  'The form has more parts than expected.': 'El formulario tiene más partes de las esperadas.',
  'This file is not a PDF, JPEG or PNG. Save or scan the document in one of these formats and try again.':
    'Este archivo no es PDF, JPEG ni PNG. Guarde o escanee el documento en uno de estos formatos e inténtelo de nuevo.',
  'Choose a file to upload.': 'Elija un archivo para subir.',
  'Choose a PDF, JPEG or PNG file.': 'Elija un archivo PDF, JPEG o PNG.',
  'We could not find that document on your account.': 'No encontramos ese documento en su cuenta.',
  'The file is empty.': 'El archivo está vacío.',
  'The file is empty. Choose another file.': 'El archivo está vacío. Elija otro archivo.',
  'This document cannot be read right now. Please try again later.':
    'Este documento no se puede leer en este momento. Inténtelo de nuevo más tarde.',
};

// Messages with a figure or a name in them.
const SPANISH_PATTERNS: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [
    /^Too many attempts from your network\. Please wait (\d+) seconds and try again\.$/,
    (seconds) => `Demasiados intentos desde su red. Espere ${seconds} segundos e inténtelo de nuevo.`,
  ],
  [/^Use at least (\d+) characters\.$/, (n) => `Use al menos ${n} caracteres.`],
  [/^Use at most (\d+) characters\.$/, (n) => `Use como máximo ${n} caracteres.`],
  [/^(\S+) is not allowed here\.$/, (field) => `No se permite ${field} aquí.`],
  [/^Invalid input: expected (\w+), received (\w+)$/, () => 'Falta este dato o no es válido.'],
  [/^Invalid option: expected one of .*$/, () => 'Elija una de las opciones.'],
];

export function translateMessage(message: string, language: ErrorLanguage): string {
  if (language === 'en') return message;
  const exact = SPANISH[message];
  if (exact) return exact;
  for (const [pattern, spanish] of SPANISH_PATTERNS) {
    const match = pattern.exec(message);
    if (match) return spanish(...match.slice(1));
  }
  return message;
}

export function translateFields(fields: FieldError[] | undefined, language: ErrorLanguage) {
  return fields?.map((field) => ({ ...field, message: translateMessage(field.message, language) }));
}
