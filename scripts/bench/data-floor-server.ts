// The data floor of the case detail (issue 17): the two statements the API runs for
// `GET /api/v1/cases/:caseNumber` — the session check and the one-statement detail — as the same
// named prepared statements on a pg pool of the API's size, behind a bare Fastify route that sends
// the database's JSON as it comes. What the database work alone allows, so the API's figure says
// what the app adds over it (JWT, hooks, headers, response validation and serialisation).
// The caller names the session and the account (headers x-sid, x-account: the token's claims).
import { queryPrepared } from '@cos/db';
import Fastify from 'fastify';
import pg from 'pg';
import { caseDetailQuery } from '../../apps/api/src/features/cases/case-detail.sql.ts';
import { sessionActiveQuery, type SessionFamilyRow } from '../../apps/api/src/identity/sessions.ts';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_MAX ?? 10),
});
const app = Fastify({ logger: false });
app.get('/ready', async () => ({ ok: true }));
app.get<{ Params: { caseNumber: string } }>('/floor/:caseNumber', async (request, reply) => {
  const sid = String(request.headers['x-sid']);
  const account = String(request.headers['x-account']);
  const [family] = await queryPrepared<SessionFamilyRow>(pool, 'session-active', sessionActiveQuery(sid));
  if (!family || family.account_id !== account || family.revoked || family.expires_at <= new Date())
    return reply.code(401).send({ error: 'session' });
  const [row] = await queryPrepared<{ detail: unknown }>(
    pool,
    'case-detail',
    caseDetailQuery(account, request.params.caseNumber, new Date()),
  );
  if (!row) return reply.code(404).send({ error: 'case' });
  return row.detail;
});
await app.listen({ port: Number(process.env.PORT ?? 3998), host: '127.0.0.1' });
