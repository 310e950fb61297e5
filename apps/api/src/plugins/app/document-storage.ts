// app.documentStorage: where uploaded documents are kept (lib/document-storage.ts). The server
// passes the store DOCUMENT_STORAGE names; an app built without one (API tests, tools) keeps them
// in its own database, the default store, so tests exercise the store production uses.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { DocumentStorage } from '../../lib/document-storage.ts';
import { createPostgresDocumentStorage } from '../../lib/document-storage/postgres.ts';

declare module 'fastify' {
  interface FastifyInstance {
    documentStorage: DocumentStorage;
  }
}

export const documentStorage = fp(
  async (app: FastifyInstance, options: { storage?: DocumentStorage | undefined }) => {
    app.decorate(
      'documentStorage',
      options.storage ?? createPostgresDocumentStorage({ pool: app.db.pool, clock: app.clock }),
    );
  },
  { name: 'document-storage', dependencies: ['database'] },
);
