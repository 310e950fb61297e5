// @cos/db: the only package that imports the generated Prisma client. Callers get the client type,
// the enums and the model types from here, never from the generated folder.
export { createDb, type CreateDbOptions, type Db } from './client.ts';
export { migrate, MigrationError, type MigrateLogger, type MigrateOptions } from './migrate.ts';
export { queryPrepared } from './prepared.ts';
export { startEmbeddedPostgres, type EmbeddedPostgresHandle, type StartEmbeddedOptions } from './embedded.ts';
export * from './generated/prisma/client.ts';
export * from './seed/index.ts';
