// Office phone numbers arrive as 10 digits ("7705550102"); parents read "(770) 555-0102" and
// phones dial "tel:+17705550102".

/** "(770) 555-0102", or the input unchanged if it is not a 10-digit US number. */
export function formatUsPhone(digits: string): string {
  const match = /^(\d{3})(\d{3})(\d{4})$/.exec(digits.replace(/\D/g, ''));
  return match ? `(${match[1]}) ${match[2]}-${match[3]}` : digits;
}

/** The tel: link for a 10-digit US number (E.164, so it dials from anywhere). */
export function usPhoneHref(digits: string): string {
  const plain = digits.replace(/\D/g, '');
  return plain.length === 10 ? `tel:+1${plain}` : `tel:${plain}`;
}
