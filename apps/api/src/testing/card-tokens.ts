// A card typed into the test processor's hosted form, as the form's script sends it: a real HTTP
// call to the test processor's own server (its own origin), which answers a single-use token.
import type { FastifyInstance } from 'fastify';

export const TEST_CARDS = {
  approve: '4242 4242 4242 4242',
  decline: '4000 0000 0000 0002',
  noAnswer: '4000 0000 0009 0003',
} as const;

export async function cardToken(
  app: FastifyInstance,
  cardNumber: string = TEST_CARDS.approve,
): Promise<string> {
  const origin = app.paymentProcessor?.hostedForm.origin;
  if (!origin) throw new Error('this app has no card processor');
  const response = await fetch(`${origin}/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ cardNumber, expiry: '08/39', cvv: '123', zip: '30303' }),
  });
  const answer = (await response.json()) as { token?: string };
  if (response.status !== 201 || !answer.token) throw new Error(`no token: ${JSON.stringify(answer)}`);
  return answer.token;
}
