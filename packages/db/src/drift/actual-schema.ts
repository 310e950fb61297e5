// What the migrated database really holds, read from pg_catalog and spelled as the same one-line
// facts as expected-schema.ts. Only the `public` schema; Prisma's bookkeeping table is not part of
// the domain.
import type pg from 'pg';
import { fact, type IndexKind, type SchemaFacts } from './schema-facts.ts';

const OWN_TABLES = `n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

const ENUMS = `
  SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
  FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
  WHERE n.nspname = 'public' GROUP BY t.typname`;

const COLUMNS = `
  SELECT c.relname AS table, a.attname AS column, NOT a.attnotnull AS nullable,
    CASE WHEN t.typtype = 'e' THEN 'enum ' || t.typname
         WHEN et.typtype = 'e' THEN 'enum ' || et.typname || '[]'
         ELSE format_type(a.atttypid, a.atttypmod) END AS type,
    pg_get_expr(d.adbin, d.adrelid) AS default
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  WHERE ${OWN_TABLES} AND a.attnum > 0 AND NOT a.attisdropped`;

// Key parts in order, with DESC and any operator class that is not the type's default.
const INDEXES = `
  SELECT i.relname AS name, c.relname AS table, ix.indisprimary AS primary, ix.indisunique AS unique,
    am.amname AS method, pg_get_expr(ix.indpred, ix.indrelid) AS predicate,
    ARRAY(
      SELECT coalesce(a.attname, '(expression)')
        || CASE WHEN k.option & 1 = 1 THEN ' desc' ELSE '' END
        || CASE WHEN opc.opcdefault THEN '' ELSE ' ' || opc.opcname END
      FROM unnest(ix.indkey::int2[], ix.indclass::oid[], ix.indoption::int2[]) WITH ORDINALITY AS k(attnum, opclass, option, ord)
      LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.attnum
      LEFT JOIN pg_opclass opc ON opc.oid = k.opclass
      ORDER BY k.ord
    ) AS parts
  FROM pg_index ix
  JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class c ON c.oid = ix.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am am ON am.oid = i.relam
  WHERE ${OWN_TABLES}`;

const FOREIGN_KEYS = `
  SELECT con.conname AS name, c.relname AS table, ref.relname AS ref_table,
    con.confdeltype AS on_delete, con.confupdtype AS on_update,
    ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
    ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS ref_columns
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_class ref ON ref.oid = con.confrelid
  WHERE con.contype = 'f' AND ${OWN_TABLES}`;

const ACTIONS: Record<string, string> = {
  a: 'no action',
  r: 'restrict',
  c: 'cascade',
  n: 'set null',
  d: 'set default',
};

export async function actualSchema(pool: pg.Pool): Promise<SchemaFacts> {
  const facts = new Set<string>();
  const enums = await pool.query<{ name: string; labels: string[] }>(ENUMS);
  for (const row of enums.rows) facts.add(fact.enum(row.name, row.labels));

  const tables = await pool.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${OWN_TABLES}`,
  );
  for (const row of tables.rows) facts.add(fact.table(row.name));

  const columns = await pool.query<{
    table: string;
    column: string;
    nullable: boolean;
    type: string;
    default: string | null;
  }>(COLUMNS);
  for (const row of columns.rows)
    facts.add(fact.column(row.table, row.column, row.type, row.nullable, normalizeDefault(row.default)));

  const indexes = await pool.query<{
    name: string;
    table: string;
    primary: boolean;
    unique: boolean;
    method: string;
    predicate: string | null;
    parts: string[];
  }>(INDEXES);
  for (const row of indexes.rows) {
    const kind: IndexKind = row.primary ? 'primary key' : row.unique ? 'unique index' : 'index';
    // Prisma never makes partial indexes: a WHERE clause is drift, so it stays in the fact.
    const where = row.predicate === null ? '' : ` where ${row.predicate}`;
    facts.add(fact.index(kind, row.name, row.table, row.method, row.parts) + where);
  }

  const foreignKeys = await pool.query<{
    name: string;
    table: string;
    ref_table: string;
    on_delete: string;
    on_update: string;
    columns: string[];
    ref_columns: string[];
  }>(FOREIGN_KEYS);
  for (const row of foreignKeys.rows) {
    const onDelete = ACTIONS[row.on_delete] ?? row.on_delete;
    const onUpdate = ACTIONS[row.on_update] ?? row.on_update;
    facts.add(
      fact.foreignKey(row.name, row.table, row.columns, row.ref_table, row.ref_columns, onDelete, onUpdate),
    );
  }
  return facts;
}

// pg_get_expr prints `'GA'::bpchar`, `CURRENT_TIMESTAMP`, `nextval('…_seq'::regclass)`; the schema
// side says `'GA'`, `now()`, `autoincrement`.
function normalizeDefault(expression: string | null): string | null {
  if (expression === null) return null;
  if (/^nextval\('[^']+'::regclass\)$/.test(expression)) return 'autoincrement';
  if (expression === 'CURRENT_TIMESTAMP' || expression === 'now()') return 'now()';
  const literal = /^('(?:[^']|'')*')::[\w ."[\]]+$/.exec(expression);
  return literal?.[1] ?? expression;
}
