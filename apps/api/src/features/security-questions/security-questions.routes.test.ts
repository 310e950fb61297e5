import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuestions } from '../../testing/fixtures.ts';
import { createTestApp, type TestApp } from '../../testing/test-app.ts';

let ctx: TestApp;
beforeAll(async () => {
  ctx = await createTestApp();
  await createQuestions(ctx.prisma);
  await ctx.prisma.securityQuestion.update({ where: { id: 2 }, data: { active: false } });
  await ctx.prisma.securityQuestion.update({ where: { id: 8 }, data: { sortOrder: 1 } });
});
afterAll(() => ctx.close());

describe('GET /api/v1/security-questions', () => {
  it('lists the active questions in the agency’s order', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/security-questions' });
    expect(response.statusCode).toBe(200);
    const items: Array<{ id: number; text: string }> = response.json().items;
    expect(items.map((q) => q.id)).toEqual([8, 1, 3, 4, 5, 6, 7]);
    expect(items[1]).toEqual({ id: 1, text: 'What was the color of your first car?' });
  });
});
