// A review tells the parent: a notification and, with an email on file, an email in the outbox —
// "accepted", or "needs attention" with the reviewer's message — written in the review's own
// transaction, so a review the audit trail refused (503) leaves no decision, no notice, no email.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../testing/http.ts';
import { multipartBody, tinyPdf } from '../../../testing/multipart.ts';
import { createSeededTestApp, signIn } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import { withAuditRefused } from '../../../testing/audit-outage.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
let parent: string;
let agent: string;
let caseyId: string;

beforeAll(async () => {
  ctx = await createSeededTestApp();
  parent = await signIn(ctx.app, 'demo.parent');
  agent = (await signInStaff(ctx, 'agent.demo')).accessToken;
  caseyId = (
    await ctx.prisma.customerAccount.findUniqueOrThrow({ where: { userIdNormalized: 'demo.parent' } })
  ).id;
});
afterAll(() => ctx?.close());

async function upload(fileName: string): Promise<string> {
  const { payload, headers } = multipartBody({ description: 'Pay stub' }, [{ fileName, content: tinyPdf }]);
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/documents',
    payload,
    headers: { ...headers, ...bearer(parent) },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id;
}

const review = (id: string, payload: object) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/staff/documents/${id}/review`,
    payload,
    headers: staffBearer(agent),
  });
const documentEmails = () =>
  ctx.prisma.emailOutbox.findMany({
    where: { toAddress: 'casey.morgan@example.com', subject: { startsWith: 'Your document' } },
    orderBy: { id: 'asc' },
  });
/** Reviews, and answers the emails the review wrote (the tests in this file run one at a time). */
async function reviewEmails(id: string, payload: object) {
  const before = (await documentEmails()).length;
  const response = await review(id, payload);
  return { status: response.statusCode, emails: (await documentEmails()).slice(before) };
}
const noticesAbout = (fileName: string) =>
  ctx.prisma.notification.findMany({ where: { accountId: caseyId, body: { contains: fileName } } });

describe('document review tells the parent', () => {
  it('accepted: one notification and one email saying so', async () => {
    const id = await upload('stub-accepted Casey Morgan 123-45-6781.pdf');
    const { status, emails } = await reviewEmails(id, { decision: 'accepted' });
    expect(status).toBe(200);
    const [notice] = await noticesAbout('stub-accepted Casey Morgan 123-45-6781.pdf');
    expect(notice).toMatchObject({ kind: 'document_accepted', subject: 'Your document was accepted' });
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({ subject: 'Your document was accepted', sentAt: null });
    expect(emails[0]?.body).toMatch(
      /^The document you uploaded on \w+ \d{1,2}, \d{4} was reviewed and accepted/,
    );
    // The file name (here with a name and an SSN in it) stays off email, like everything personal.
    expect(emails[0]?.body).not.toMatch(/stub-accepted|123-45|Morgan|1000000001/);
  });

  it('rejected: "needs attention" with the reviewer’s message', async () => {
    const id = await upload('stub-blurry.pdf');
    const { status, emails } = await reviewEmails(id, {
      decision: 'rejected',
      message: 'The page is too blurry to read.',
    });
    expect(status).toBe(200);
    const [email] = emails;
    expect(emails).toHaveLength(1);
    expect(email?.subject).toBe('Your document needs attention');
    expect(email?.body).toContain('needs attention: The page is too blurry to read.');
    expect((await noticesAbout('stub-blurry.pdf')).map((notice) => notice.kind)).toEqual([
      'document_rejected',
    ]);
    // A second review is a 409 and tells nobody again.
    expect(await reviewEmails(id, { decision: 'accepted' })).toEqual({ status: 409, emails: [] });
  });

  it('writes to a parent who chose Spanish in Spanish, and not to an unconfirmed address', async () => {
    const spanish = () =>
      ctx.prisma.emailOutbox.findMany({
        where: { toAddress: 'casey.morgan@example.com', subject: { startsWith: 'Su documento' } },
      });
    const id = await upload('stub-spanish.pdf');
    await ctx.prisma.customerAccount.update({ where: { id: caseyId }, data: { preferredLanguage: 'es' } });
    try {
      expect((await review(id, { decision: 'rejected', message: 'La copia está borrosa.' })).statusCode).toBe(
        200,
      );
    } finally {
      await ctx.prisma.customerAccount.update({ where: { id: caseyId }, data: { preferredLanguage: 'en' } });
    }
    const [mail] = await spanish();
    expect(mail).toMatchObject({ subject: 'Su documento necesita atención', language: 'es' });
    expect(mail?.body).toMatch(
      /^El documento que subió el \d{1,2} de \w+ de \d{4} necesita atención: La copia está borrosa\./,
    );
    expect(mail?.body).not.toMatch(/The document|stub-spanish/);

    const unconfirmed = await upload('stub-unconfirmed.pdf');
    await ctx.prisma.customerAccount.update({ where: { id: caseyId }, data: { emailConfirmedAt: null } });
    const before = await ctx.prisma.emailOutbox.count({ where: { toAddress: 'casey.morgan@example.com' } });
    try {
      expect((await review(unconfirmed, { decision: 'accepted' })).statusCode).toBe(200);
    } finally {
      await ctx.prisma.customerAccount.update({
        where: { id: caseyId },
        data: { emailConfirmedAt: new Date('2026-01-01T00:00:00Z') },
      });
    }
    expect(await ctx.prisma.emailOutbox.count({ where: { toAddress: 'casey.morgan@example.com' } })).toBe(
      before,
    );
  });

  it('without an email on file, notifies only', async () => {
    const id = await upload('stub-no-email.pdf');
    const allDocumentEmails = () =>
      ctx.prisma.emailOutbox.count({ where: { subject: { startsWith: 'Your document' } } });
    const before = await allDocumentEmails();
    await ctx.prisma.customerAccount.update({ where: { id: caseyId }, data: { email: null } });
    try {
      expect((await review(id, { decision: 'accepted' })).statusCode).toBe(200);
    } finally {
      await ctx.prisma.customerAccount.update({
        where: { id: caseyId },
        data: { email: 'casey.morgan@example.com' },
      });
    }
    expect(await allDocumentEmails()).toBe(before);
    expect(await noticesAbout('stub-no-email.pdf')).toHaveLength(1);
  });

  it('a review the audit trail refused (503) leaves no decision, no notification and no email', async () => {
    const id = await upload('stub-audit-down.pdf');
    expect(
      await withAuditRefused(ctx.prisma, 'staff_document_reviewed', () =>
        reviewEmails(id, { decision: 'accepted' }),
      ),
    ).toEqual({ status: 503, emails: [] });
    expect(await ctx.prisma.document.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'submitted',
      reviewedAt: null,
    });
    expect(await noticesAbout('stub-audit-down.pdf')).toHaveLength(0);
  });
});
