// A test app on a database holding the demo data of docs/product.md §7 (seeded with the test keys), for
// tests that read realistic cases and payments as the demo parents.
import { createFieldCipher } from '@cos/security';
import { DEMO_CUSTOMER_PASSWORD, seedDemoData } from '@cos/db';
import { signIn as signInWith } from './http.ts';
import { createTestApp, testSecrets, testSsnCipher, type TestAppOptions } from './test-app.ts';

export const SEED_NOW = new Date('2026-11-02T15:00:00.000Z');

export async function createSeededTestApp(options: TestAppOptions = {}) {
  const ctx = await createTestApp(options);
  await seedDemoData(ctx.prisma, {
    ssnCipher: testSsnCipher,
    fieldCipher: createFieldCipher(testSecrets.fieldEncryptionKey),
    nodeEnv: 'test',
    now: SEED_NOW,
  });
  return ctx;
}

/** Signs a demo parent in and returns the access token. */
export async function signIn(app: Parameters<typeof signInWith>[0], userId: string): Promise<string> {
  return (await signInWith(app, userId, DEMO_CUSTOMER_PASSWORD)).accessToken;
}
