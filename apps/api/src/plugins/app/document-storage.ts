// app.documentStorage: where uploaded documents are kept (lib/document-storage.ts). The server
// passes local disk under DATA_DIR; an app built without one (API tests, tools) gets a private
// temporary folder that is removed when the app closes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createLocalDocumentStorage, type DocumentStorage } from '../../lib/document-storage.ts';
import { builtApps } from '../../lib/paths.ts';

declare module 'fastify' {
  interface FastifyInstance {
    documentStorage: DocumentStorage;
  }
}

export const documentStorage = fp(
  async (app: FastifyInstance, options: { storage?: DocumentStorage | undefined }) => {
    if (options.storage) {
      app.decorate('documentStorage', options.storage);
      return;
    }
    const folder = await mkdtemp(join(tmpdir(), 'cos-documents-'));
    app.decorate('documentStorage', createLocalDocumentStorage(folder, [builtApps.web, builtApps.console]));
    app.addHook('onClose', async () => rm(folder, { recursive: true, force: true }));
  },
  { name: 'document-storage' },
);
