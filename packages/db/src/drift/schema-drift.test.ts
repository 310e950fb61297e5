// Migrations are hand-written SQL (PLATFORM.md), so nothing but this test keeps them equal to
// schema.prisma: every model, field, type, nullability, default, enum, key, index and foreign key.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing.ts';
import { actualSchema } from './actual-schema.ts';
import { expectedSchema, loadDatamodel } from './expected-schema.ts';
import { diffSchemas, type SchemaFacts } from './schema-facts.ts';

const schemaText = readFileSync(
  fileURLToPath(new URL('../../../../prisma/schema.prisma', import.meta.url)),
  'utf8',
);

describe('schema drift', () => {
  let database: TestDatabase;
  let actual: SchemaFacts;

  beforeAll(async () => {
    database = await createTestDatabase();
    actual = await actualSchema(database.db.pool);
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('the migrated database is exactly what schema.prisma describes', () => {
    const expected = expectedSchema(loadDatamodel(schemaText));
    expect(diffSchemas(expected, actual)).toEqual({ missing: [], unexpected: [] });
  });

  it('compares every kind of fact, not an empty set', () => {
    const datamodel = loadDatamodel(schemaText);
    const count = (prefix: string) => [...actual].filter((line) => line.startsWith(prefix)).length;
    expect(count('table ')).toBe(datamodel.models.length);
    expect(count('enum ')).toBe(datamodel.enums.length);
    expect(count('primary key ')).toBe(datamodel.models.length);
    expect(count('foreign key ')).toBeGreaterThan(25);
    expect(actual).toContain('index people_last_name_trgm_idx on people using gin (last_name gin_trgm_ops)');
    expect(actual).toContain(
      'index payments_case_id_received_at_id_idx on payments using btree (case_id, received_at desc, id desc)',
    );
    expect(actual).toContain('column audit_events.id bigint not null default autoincrement');
    expect(actual).toContain('column offices.services text[]');
  });

  it('reports a schema change that has no migration', () => {
    // A copy of schema.prisma edited as a careless change would be; the database is not migrated.
    const edited = schemaText
      .replace(
        '  middleName    String?  @map("middle_name")',
        '  middleName    String?  @map("middle_name")\n  nickname      String?',
      )
      .replace(
        '  ssnLast4      String   @map("ssn_last4") @db.Char(4)',
        '  ssnLast4      String   @map("ssn_last4") @db.Char(5)',
      )
      .replace(
        '  @@index([phone])\n  @@map("people")',
        '  @@index([phone])\n  @@index([city])\n  @@map("people")',
      )
      .replace('  suspended\n\n  @@map("case_status")', '  suspended\n  archived\n\n  @@map("case_status")')
      .replace(
        'supportCase SupportCase @relation(fields: [caseId], references: [id], onDelete: Cascade)\n\n  @@index([caseId])\n  @@map("case_children")',
        'supportCase SupportCase @relation(fields: [caseId], references: [id], onDelete: Restrict)\n\n  @@index([caseId])\n  @@map("case_children")',
      );
    expect(edited).not.toBe(schemaText);
    const drift = diffSchemas(expectedSchema(loadDatamodel(edited)), actual);
    expect(drift.missing).toEqual(
      expect.arrayContaining([
        'column people.nickname text',
        'column people.ssn_last4 character(5) not null',
        'index people_city_idx on people using btree (city)',
        'enum case_status (open, closed, suspended, archived)',
        'foreign key case_children_case_id_fkey on case_children (case_id) references cases (id) on delete restrict on update cascade',
      ]),
    );
    expect(drift.missing).toHaveLength(5);
    expect(drift.unexpected).toEqual(
      expect.arrayContaining([
        'column people.ssn_last4 character(4) not null',
        'enum case_status (open, closed, suspended)',
        'foreign key case_children_case_id_fkey on case_children (case_id) references cases (id) on delete cascade on update cascade',
      ]),
    );
    expect(drift.unexpected).toHaveLength(3);
  });

  it('reports a table the migrations created that schema.prisma does not describe', async () => {
    await database.db.pool.query('CREATE TABLE stray (id integer PRIMARY KEY)');
    const drift = diffSchemas(
      expectedSchema(loadDatamodel(schemaText)),
      await actualSchema(database.db.pool),
    );
    expect(drift.missing).toEqual([]);
    expect(drift.unexpected).toEqual([
      'column stray.id integer not null',
      'primary key stray_pkey on stray using btree (id)',
      'table stray',
    ]);
  });
});
