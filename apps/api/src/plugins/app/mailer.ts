// app.mailer: the email transport the app was built with, or the outbox stand-in (lib/mailer.ts).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createOutboxMailer, type Mailer } from '../../lib/mailer.ts';

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
  }
}

export const mailer = fp(
  async (app: FastifyInstance, options: { mailer?: Mailer | undefined }) => {
    app.decorate('mailer', options.mailer ?? createOutboxMailer({ db: app.db.prisma, clock: app.clock }));
  },
  { name: 'mailer', dependencies: ['database'] },
);
