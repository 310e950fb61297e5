// The drift test describes a database schema as a set of one-line facts ("column people.ssn_last4
// character(4) not null"), built once from schema.prisma and once from the migrated database. Two
// sets of strings compare exactly, and a failure prints the very facts that differ.

export type SchemaFacts = ReadonlySet<string>;

export type SchemaDrift = {
  /** Described by schema.prisma but absent from (or different in) the database. */
  missing: string[];
  /** In the database but not described by schema.prisma. */
  unexpected: string[];
};

export function diffSchemas(expected: SchemaFacts, actual: SchemaFacts): SchemaDrift {
  return {
    missing: [...expected].filter((fact) => !actual.has(fact)).sort(),
    unexpected: [...actual].filter((fact) => !expected.has(fact)).sort(),
  };
}

export const fact = {
  enum: (name: string, values: readonly string[]) => `enum ${name} (${values.join(', ')})`,
  table: (name: string) => `table ${name}`,
  column: (table: string, column: string, type: string, nullable: boolean, defaultValue: string | null) =>
    `column ${table}.${column} ${type}${nullable ? '' : ' not null'}${defaultValue === null ? '' : ` default ${defaultValue}`}`,
  index: (kind: IndexKind, name: string, table: string, method: string, columns: readonly string[]) =>
    `${kind} ${name} on ${table} using ${method} (${columns.join(', ')})`,
  foreignKey: (
    name: string,
    table: string,
    columns: readonly string[],
    refTable: string,
    refColumns: readonly string[],
    onDelete: string,
    onUpdate: string,
  ) =>
    `foreign key ${name} on ${table} (${columns.join(', ')}) references ${refTable} (${refColumns.join(', ')}) on delete ${onDelete} on update ${onUpdate}`,
};

export type IndexKind = 'primary key' | 'unique index' | 'index';

/** Prisma's default constraint names: `<table>_<columns>_<suffix>`, cut to PostgreSQL's 63 bytes. */
export function prismaDefaultName(
  table: string,
  columns: readonly string[],
  suffix: 'pkey' | 'key' | 'idx' | 'fkey',
): string {
  const base = suffix === 'pkey' ? table : `${table}_${columns.join('_')}`;
  return `${base.slice(0, 63 - suffix.length - 1)}_${suffix}`;
}
