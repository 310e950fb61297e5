// Moving an application tells the applicant by email (outbox), in the move's transaction: to the
// linked account's address, else the one the form gave; the new status and, when closed, where to
// read the reason (never the reason itself: anybody may type any address into the public form) —
// no names, children or addresses. No address anywhere: no email. A move the audit trail refused
// (503) sends nothing and moves nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../../../testing/http.ts';
import { createSeededTestApp, signIn } from '../../../testing/seeded-app.ts';
import { signInStaff, staffBearer } from '../../../testing/staff.ts';
import { withAuditRefused } from '../../../testing/audit-outage.ts';

let ctx: Awaited<ReturnType<typeof createSeededTestApp>>;
let agent: string;
beforeAll(async () => {
  ctx = await createSeededTestApp();
  agent = (await signInStaff(ctx, 'agent.demo')).accessToken;
});
afterAll(() => ctx?.close());

const applicant = {
  firstName: 'Morgan',
  lastName: 'Reyes',
  dateOfBirth: '1988-07-04',
  address: { line1: '4 Oak Street', city: 'Athens', state: 'GA', zip: '30601' },
  phone: '(706) 555-0199',
};
const rest = {
  otherParent: { firstName: 'Alex', lastName: 'Reyes' },
  children: [{ firstName: 'Quinn', lastName: 'Reyes', dateOfBirth: '2019-02-11' }],
  existingOrder: { hasOrder: false },
};

async function apply(
  email: string | undefined,
  headers: Record<string, string> = {},
): Promise<{ id: string; confirmationNumber: string }> {
  const payload = { applicant: { ...applicant, ...(email ? { email } : {}) }, ...rest };
  const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/applications', payload, headers });
  expect(response.statusCode, response.body).toBe(201);
  return ctx.prisma.application.findUniqueOrThrow({
    where: { confirmationNumber: response.json().confirmationNumber },
    select: { id: true, confirmationNumber: true },
  });
}

const move = (id: string, payload: object) =>
  ctx.app.inject({
    method: 'POST',
    url: `/api/v1/staff/applications/${id}/status`,
    payload,
    headers: staffBearer(agent),
  });
const emailsAbout = (confirmationNumber: string) =>
  ctx.prisma.emailOutbox.findMany({
    where: { subject: { contains: confirmationNumber } },
    orderBy: { id: 'asc' },
  });

describe('application moves email the applicant', () => {
  it('to the address on the form: in review, then closed, saying where to read the reason', async () => {
    const item = await apply('morgan.reyes@example.net');
    expect((await move(item.id, { status: 'in_review' })).statusCode).toBe(200);
    expect(
      (await move(item.id, { status: 'closed', reason: 'The other parent lives outside Georgia.' }))
        .statusCode,
    ).toBe(200);
    const emails = await emailsAbout(item.confirmationNumber);
    expect(emails.map((email) => [email.toAddress, email.subject])).toEqual([
      ['morgan.reyes@example.net', `Your application ${item.confirmationNumber} is in review`],
      ['morgan.reyes@example.net', `Your application ${item.confirmationNumber} is closed`],
    ]);
    expect(emails[1]?.body).toContain('To read the reason, check the status on the Apply Now page');
    expect(emails[1]?.body).not.toContain('outside Georgia');
    for (const email of emails) expect(email.body).not.toMatch(/Morgan|Reyes|Quinn|Oak Street|555-0199/);
  });

  it('to the linked account’s address even when the form gave another; nobody when neither has one', async () => {
    const parent = await signIn(ctx.app, 'demo.parent');
    const linked = await apply('typed.by.someone@example.net', bearer(parent));
    expect((await move(linked.id, { status: 'in_review' })).statusCode).toBe(200);
    expect((await move(linked.id, { status: 'accepted' })).statusCode).toBe(200);
    expect(
      (await emailsAbout(linked.confirmationNumber)).map((email) => [email.toAddress, email.subject]),
    ).toEqual([
      ['casey.morgan@example.com', `Your application ${linked.confirmationNumber} is in review`],
      ['casey.morgan@example.com', `Your application ${linked.confirmationNumber} is accepted`],
    ]);

    // Closed: the parent's notification (read signed in) gives the reason, the email only says where.
    const closed = await apply(undefined, bearer(parent));
    expect(
      (await move(closed.id, { status: 'closed', reason: 'A case for these children already exists.' }))
        .statusCode,
    ).toBe(200);
    const notice = await ctx.prisma.notification.findFirstOrThrow({
      where: { kind: 'application_closed', subject: { contains: closed.confirmationNumber } },
    });
    expect(notice.body).toContain('Reason: A case for these children already exists.');
    const [closedEmail] = await emailsAbout(closed.confirmationNumber);
    expect(closedEmail?.body).not.toContain('already exists');

    const anonymous = await apply(undefined);
    expect((await move(anonymous.id, { status: 'in_review' })).statusCode).toBe(200);
    expect(await emailsAbout(anonymous.confirmationNumber)).toHaveLength(0);
  });

  it('a move the audit trail refused (503) sends nothing and moves nothing', async () => {
    const item = await apply('audit.down@example.net');
    const response = await withAuditRefused(ctx.prisma, 'staff_application_status_changed', () =>
      move(item.id, { status: 'in_review' }),
    );
    expect(response.statusCode).toBe(503);
    expect((await ctx.prisma.application.findUniqueOrThrow({ where: { id: item.id } })).status).toBe(
      'received',
    );
    expect(await emailsAbout(item.confirmationNumber)).toHaveLength(0);
  });
});
