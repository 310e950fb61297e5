// Prisma CLI configuration. Only `prisma generate` and `prisma validate` are used here (the CLI's
// migrate commands need a native engine these machines cannot download); migrations are applied by
// packages/db/src/migrate.ts at start-up. See PLATFORM.md.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost/placeholder' },
});
