// The HTML of the test processor's hosted card form, in English or Spanish. It is framed by the
// merchant page (the parent origin named in the URL), so it carries its own title, labels and hints
// and an error summary of its own: the merchant page cannot see inside it.

const words = {
  en: {
    title: 'Card details — test processor',
    testLabel: 'Test processor — no real money moves',
    cardNumber: 'Card number',
    cardNumberHint: 'The 13 to 19 digits on the front of the card',
    expiry: 'Expiration date',
    expiryHint: 'MM/YY, like 08/29',
    cvv: 'Security code',
    cvvHint: 'The 3 or 4 digits on the card',
    zip: 'Billing ZIP code',
    zipHint: 'The ZIP code of the card’s billing address',
    submit: 'Use this card',
  },
  es: {
    title: 'Datos de la tarjeta — procesador de prueba',
    testLabel: 'Procesador de prueba — no se mueve dinero real',
    cardNumber: 'Número de la tarjeta',
    cardNumberHint: 'Los 13 a 19 dígitos del frente de la tarjeta',
    expiry: 'Fecha de vencimiento',
    expiryHint: 'MM/AA, por ejemplo 08/29',
    cvv: 'Código de seguridad',
    cvvHint: 'Los 3 o 4 dígitos de la tarjeta',
    zip: 'Código postal de facturación',
    zipHint: 'El código postal de la dirección de facturación de la tarjeta',
    submit: 'Usar esta tarjeta',
  },
} as const;

export type FormLanguage = keyof typeof words;
export const isFormLanguage = (value: unknown): value is FormLanguage => value === 'en' || value === 'es';

const escapeHtml = (value: string) =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const field = (name: string, label: string, hint: string, attributes: string) => `<div class="field">
  <label for="${name}">${label}</label>
  <span class="hint" id="${name}-hint">${hint}</span>
  <span class="error" id="${name}-error" hidden></span>
  <input id="${name}" name="${name}" ${attributes} aria-describedby="${name}-hint ${name}-error" required>
</div>`;

export function hostedFormPage(language: FormLanguage, parentOrigin: string): string {
  const w = words[language];
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${w.title}</title>
<link rel="stylesheet" href="/hosted/card-form.css">
</head>
<body>
<p class="test-label">${w.testLabel}</p>
<form id="card-form" data-parent="${escapeHtml(parentOrigin)}" novalidate>
<div id="card-errors" role="alert" tabindex="-1" hidden></div>
${field('cardNumber', w.cardNumber, w.cardNumberHint, 'inputmode="numeric" autocomplete="cc-number"')}
${field('expiry', w.expiry, w.expiryHint, 'autocomplete="cc-exp"')}
${field('cvv', w.cvv, w.cvvHint, 'inputmode="numeric" autocomplete="cc-csc"')}
${field('zip', w.zip, w.zipHint, 'inputmode="numeric" autocomplete="postal-code"')}
<p id="card-status" role="status"></p>
<button type="submit" disabled>${w.submit}</button>
</form>
<script src="/hosted/card-form.js"></script>
</body>
</html>
`;
}
