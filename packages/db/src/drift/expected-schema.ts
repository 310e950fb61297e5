// What schema.prisma says the database must hold, read with Prisma's own parser (the offline wasm
// DMMF), so the drift test never re-implements the Prisma schema language.
import { getDMMF } from '@prisma/get-dmmf';
import { fact, prismaDefaultName, type IndexKind, type SchemaFacts } from './schema-facts.ts';

type Document = Extract<ReturnType<typeof getDMMF>, { datamodel: unknown }>;
export type Datamodel = Document['datamodel'];
type Model = Datamodel['models'][number];
type Field = Model['fields'][number];

export function loadDatamodel(schemaText: string): Datamodel {
  const result = getDMMF({ datamodel: schemaText });
  if (!('datamodel' in result))
    throw new Error(`schema.prisma does not parse: ${result.reason}`, { cause: result.error });
  return result.datamodel;
}

export function expectedSchema(datamodel: Datamodel): SchemaFacts {
  const facts = new Set<string>();
  const models = new Map(datamodel.models.map((model) => [model.name, model]));
  for (const item of datamodel.enums) {
    facts.add(
      fact.enum(
        item.dbName ?? item.name,
        item.values.map((value) => value.dbName ?? value.name),
      ),
    );
  }
  for (const model of datamodel.models) {
    const table = tableName(model);
    facts.add(fact.table(table));
    for (const field of model.fields) {
      if (field.kind === 'scalar' || field.kind === 'enum') {
        // Prisma never puts NOT NULL on a list column.
        const nullable = field.isList || !field.isRequired;
        facts.add(
          fact.column(table, columnName(field), columnType(field, datamodel), nullable, columnDefault(field)),
        );
      }
      if (field.kind === 'object' && field.relationFromFields && field.relationFromFields.length > 0) {
        facts.add(foreignKeyFact(model, field, models));
      }
    }
  }
  for (const index of datamodel.indexes) {
    const model = models.get(index.model);
    if (model === undefined) throw new Error(`index on unknown model ${index.model}`);
    const table = tableName(model);
    const columns = index.fields.map((part) => columnName(fieldOf(model, part.name)));
    const kind: IndexKind =
      index.type === 'id' ? 'primary key' : index.type === 'unique' ? 'unique index' : 'index';
    const suffix = index.type === 'id' ? 'pkey' : index.type === 'unique' ? 'key' : 'idx';
    const parts = index.fields.map((part, i) => {
      const desc = part.sortOrder === 'desc' ? ' desc' : '';
      const opclass = part.operatorClass ? ` ${snakeCase(part.operatorClass)}` : '';
      return `${columns[i]}${desc}${opclass}`;
    });
    const method = (index.algorithm ?? 'BTree').toLowerCase();
    facts.add(
      fact.index(kind, index.dbName ?? prismaDefaultName(table, columns, suffix), table, method, parts),
    );
  }
  return facts;
}

function foreignKeyFact(model: Model, field: Field, models: Map<string, Model>): string {
  const target = models.get(field.type);
  if (target === undefined)
    throw new Error(`relation ${model.name}.${field.name} points at unknown model ${field.type}`);
  const table = tableName(model);
  const from = (field.relationFromFields ?? []).map((name) => fieldOf(model, name));
  const columns = from.map(columnName);
  const refColumns = (field.relationToFields ?? []).map((name) => columnName(fieldOf(target, name)));
  // Prisma's referential actions when the schema names none: Restrict for a required relation,
  // SetNull for an optional one; on update always Cascade.
  const onDelete =
    field.relationOnDelete ?? (from.every((scalar) => scalar.isRequired) ? 'Restrict' : 'SetNull');
  const onUpdate = field.relationOnUpdate ?? 'Cascade';
  const name = prismaDefaultName(table, columns, 'fkey');
  return fact.foreignKey(
    name,
    table,
    columns,
    tableName(target),
    refColumns,
    referentialAction(onDelete),
    referentialAction(onUpdate),
  );
}

const SCALAR_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'numeric(65,30)',
  Boolean: 'boolean',
  DateTime: 'timestamp(3) without time zone',
  Json: 'jsonb',
  Bytes: 'bytea',
};

// Spelled as PostgreSQL's format_type() prints them.
const NATIVE_TYPES: Record<string, (args: readonly string[]) => string> = {
  Uuid: () => 'uuid',
  Text: () => 'text',
  Date: () => 'date',
  Char: ([n]) => (n === undefined ? 'character(1)' : `character(${n})`),
  VarChar: ([n]) => (n === undefined ? 'character varying' : `character varying(${n})`),
  Timestamptz: ([p]) => (p === undefined ? 'timestamp with time zone' : `timestamp(${p}) with time zone`),
  Timestamp: ([p]) => (p === undefined ? 'timestamp without time zone' : `timestamp(${p}) without time zone`),
  SmallInt: () => 'smallint',
  Integer: () => 'integer',
  BigInt: () => 'bigint',
  DoublePrecision: () => 'double precision',
  Real: () => 'real',
  Boolean: () => 'boolean',
  ByteA: () => 'bytea',
  JsonB: () => 'jsonb',
  Json: () => 'json',
  Inet: () => 'inet',
  Decimal: ([p, s]) => (p === undefined ? 'numeric' : `numeric(${p},${s ?? 0})`),
};

function columnType(field: Field, datamodel: Datamodel): string {
  const list = field.isList ? '[]' : '';
  if (field.kind === 'enum') {
    const item = datamodel.enums.find((candidate) => candidate.name === field.type);
    return `enum ${item?.dbName ?? field.type}${list}`;
  }
  if (field.nativeType) {
    const [name, args] = field.nativeType;
    const native = NATIVE_TYPES[name];
    // An unknown native type fails loudly: add it above rather than let the test pass vacuously.
    if (native === undefined) throw new Error(`drift test: no mapping for @db.${name} (${field.name})`);
    return native(args) + list;
  }
  const scalar = SCALAR_TYPES[field.type];
  if (scalar === undefined) throw new Error(`drift test: no mapping for ${field.type} (${field.name})`);
  return scalar + list;
}

/** Defaults the database itself applies; uuid(), cuid() and @updatedAt are the client's. */
function columnDefault(field: Field): string | null {
  const value = field.default;
  if (value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') {
    const numeric = ['Int', 'BigInt', 'Float', 'Decimal'].includes(field.type);
    return numeric ? value : `'${value.replaceAll("'", "''")}'`;
  }
  if (Array.isArray(value)) throw new Error(`drift test: list defaults are not mapped yet (${field.name})`);
  if ('name' in value) {
    if (value.name === 'now') return 'now()';
    if (value.name === 'autoincrement') return 'autoincrement';
    if (['uuid', 'cuid', 'nanoid', 'ulid'].includes(value.name)) return null;
    if (value.name === 'dbgenerated') return String(value.args[0] ?? '');
  }
  throw new Error(`drift test: no mapping for default ${JSON.stringify(value)} (${field.name})`);
}

function referentialAction(action: string): string {
  const actions: Record<string, string> = {
    Cascade: 'cascade',
    Restrict: 'restrict',
    NoAction: 'no action',
    SetNull: 'set null',
    SetDefault: 'set default',
  };
  return actions[action] ?? `unknown ${action}`;
}

const tableName = (model: Model): string => model.dbName ?? model.name;
const columnName = (field: Field): string => field.dbName ?? field.name;
// Prisma spells built-in operator classes in PascalCase (JsonbPathOps); raw("…") ones as written.
const snakeCase = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

function fieldOf(model: Model, name: string): Field {
  const field = model.fields.find((candidate) => candidate.name === name);
  if (field === undefined) throw new Error(`${model.name} has no field ${name}`);
  return field;
}
