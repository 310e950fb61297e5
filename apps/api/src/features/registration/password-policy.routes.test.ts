// The password policy of docs/product.md §5 through the registration API: the matrix of the issue, with
// the list password checked to really be on the common list.
import { loadCommonPasswords } from '@cos/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuestions } from '../../testing/fixtures.ts';
import { complete as post, credentials, fieldsOf, verifiedPerson } from '../../testing/registration.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
});
afterAll(() => ctx.close());

const complete = (payload: object) => post(ctx, payload);

describe('password policy through the API (docs/product.md §5)', () => {
  it('publishes the rules in force', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/password-policy' });
    expect(response.json()).toEqual({ minLength: 15, maxLength: 128, agencyWords: ['childsupport', 'dcss'] });
  });

  it('rejects 14 characters, 129 characters, 14 emoji, a listed password and one containing the User ID or name', async () => {
    const common = await loadCommonPasswords();
    const listed = ['passwordpassword', '1qaz2wsx3edc4rfv'];
    for (const password of listed) expect(common.has(password), password).toBe(true);
    const { registrationToken } = await verifiedPerson(ctx, 'Quinn', 'Harper');
    const rejected: Array<[string, RegExp]> = [
      ['a'.repeat(14), /at least 15 characters/],
      ['b'.repeat(129), /at most 128 characters/],
      ['🐢'.repeat(14), /at least 15 characters/],
      ...listed.map((password): [string, RegExp] => [password, /list of passwords/]),
      ['my id is quinn.h2026 ok', /User ID/],
      ['quinn harper is my name', /your name/],
      ['working for dcss is great', /dcss/],
    ];
    for (const [password, message] of rejected) {
      const response = await complete(credentials(registrationToken, { userId: 'Quinn.H2026', password }));
      expect(response.statusCode, password).toBe(400);
      expect(fieldsOf(response)).toEqual(
        expect.arrayContaining([{ field: 'password', message: expect.stringMatching(message) }]),
      );
    }
  });

  it('accepts 15 characters, 128 characters and 15 emoji', async () => {
    for (const password of ['sunlit orchards', 'x'.repeat(100) + ' y'.repeat(14), '🐢'.repeat(15)]) {
      expect([...password].length).toBeOneOf([15, 128]);
      const { registrationToken } = await verifiedPerson(ctx);
      const response = await complete(credentials(registrationToken, { password }));
      expect(response.statusCode, `${[...password].length}: ${response.body}`).toBe(201);
    }
  });
});
