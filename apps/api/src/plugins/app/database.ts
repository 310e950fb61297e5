// Makes the database handle (created by server.ts or the test harness, which also close it)
// available to routes as `app.db`.
import type { Db } from '@cos/db';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
  }
}

export const database = fp(
  async (app: FastifyInstance, options: { db: Db }) => {
    app.decorate('db', options.db);
  },
  { name: 'database' },
);
