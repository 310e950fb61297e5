// The TEST processor's hosted card form, running in a frame on the processor's own origin. It
// checks the card, asks its own server for a single-use token, and hands the merchant page (and
// only that origin) the token, the last four digits and the expiry: never the number or the code.
// Checks here are for the person typing; the server checks again before it issues a token.
const messages = {
  en: {
    cardNumber: {
      required: 'Enter the card number',
      invalid: 'Check the card number: it is not a valid card number',
    },
    expiry: {
      required: 'Enter the expiration date',
      invalid: 'Enter the expiration date as MM/YY, like 08/29',
      expired: 'This card has expired. Use another card',
    },
    cvv: { required: 'Enter the security code', invalid: 'Enter the 3- or 4-digit security code' },
    zip: { required: 'Enter the billing ZIP code', invalid: 'Enter a 5-digit ZIP code, like 30303' },
    problem: 'There is a problem',
    unavailable: 'The card could not be checked. Try again.',
    accepted: 'Card ending in {last4} accepted.',
  },
  es: {
    cardNumber: {
      required: 'Ingrese el número de la tarjeta',
      invalid: 'Revise el número de la tarjeta: no es un número de tarjeta válido',
    },
    expiry: {
      required: 'Ingrese la fecha de vencimiento',
      invalid: 'Ingrese la fecha de vencimiento como MM/AA, por ejemplo 08/29',
      expired: 'Esta tarjeta está vencida. Use otra tarjeta',
    },
    cvv: {
      required: 'Ingrese el código de seguridad',
      invalid: 'Ingrese el código de seguridad de 3 o 4 dígitos',
    },
    zip: {
      required: 'Ingrese el código postal de facturación',
      invalid: 'Ingrese un código postal de 5 dígitos, por ejemplo 30303',
    },
    problem: 'Hay un problema',
    unavailable: 'No se pudo verificar la tarjeta. Inténtelo de nuevo.',
    accepted: 'Tarjeta que termina en {last4} aceptada.',
  },
};

const form = document.getElementById('card-form');
const summary = document.getElementById('card-errors');
const status = document.getElementById('card-status');
const parentOrigin = form.dataset.parent;
const text = messages[document.documentElement.lang] ?? messages.en;
const fields = ['cardNumber', 'expiry', 'cvv', 'zip'];

function luhn(digits) {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

function check(values) {
  const problems = [];
  const digits = values.cardNumber.replace(/[ -]/g, '');
  if (!values.cardNumber) problems.push(['cardNumber', 'required']);
  else if (!/^\d{13,19}$/.test(digits) || !luhn(digits)) problems.push(['cardNumber', 'invalid']);
  const match = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(values.expiry);
  if (!values.expiry) problems.push(['expiry', 'required']);
  else if (!match) problems.push(['expiry', 'invalid']);
  else if (Date.now() >= Date.UTC(2000 + Number(match[2]), Number(match[1]), 1))
    problems.push(['expiry', 'expired']);
  if (!values.cvv) problems.push(['cvv', 'required']);
  else if (!/^\d{3,4}$/.test(values.cvv)) problems.push(['cvv', 'invalid']);
  if (!values.zip) problems.push(['zip', 'required']);
  else if (!/^\d{5}(-\d{4})?$/.test(values.zip)) problems.push(['zip', 'invalid']);
  return problems;
}

function show(problems) {
  for (const field of fields) {
    const input = document.getElementById(field);
    const error = document.getElementById(`${field}-error`);
    const problem = problems.find(([name]) => name === field);
    error.textContent = problem ? text[field][problem[1]] : '';
    error.hidden = !problem;
    input.setAttribute('aria-invalid', problem ? 'true' : 'false');
    input.closest('.field').classList.toggle('field--error', Boolean(problem));
  }
  summary.replaceChildren();
  if (problems.length === 0) {
    summary.hidden = true;
    return;
  }
  const heading = document.createElement('h2');
  heading.textContent = text.problem;
  const list = document.createElement('ul');
  for (const [field, code] of problems) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#${field}`;
    link.textContent = text[field][code];
    item.append(link);
    list.append(item);
  }
  summary.append(heading, list);
  summary.hidden = false;
  summary.focus();
}

const submitButton = form.querySelector('button');
form.addEventListener('submit', async (event) => {
  event.preventDefault();
  status.textContent = '';
  const values = Object.fromEntries(fields.map((field) => [field, form.elements[field].value.trim()]));
  const problems = check(values);
  show(problems);
  if (problems.length > 0) return;
  const button = submitButton;
  button.disabled = true;
  try {
    const response = await fetch('/v1/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(values),
    });
    const answer = await response.json();
    if (!response.ok) {
      show((answer.problems ?? []).map((problem) => [problem.field, problem.code]));
      return;
    }
    form.reset();
    status.textContent = text.accepted.replace('{last4}', answer.last4);
    window.parent.postMessage(
      { type: 'cos-card-token', token: answer.token, last4: answer.last4, expiry: answer.expiry },
      parentOrigin,
    );
  } catch {
    status.textContent = text.unavailable;
  } finally {
    button.disabled = false;
  }
});
// Ready: until now the button was disabled, so nothing could submit the form natively.
submitButton.disabled = false;
