// What the global setup hands to test files through vitest's provide/inject.

/** Migrated once per run; every test database is a cheap copy of it (CREATE DATABASE … TEMPLATE). */
export const TEMPLATE_DATABASE = 'cos_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL of the test server; may create and drop databases. */
    pgAdminUrl: string;
  }
}

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
