// The ceiling: Fastify with nothing but one route answering a fixed JSON body.
import Fastify from 'fastify';

const body: unknown = JSON.parse(process.env.BODY ?? '{"status":"ok"}');
const app = Fastify({ logger: false });
app.get('/bare', async () => body);
await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' });
