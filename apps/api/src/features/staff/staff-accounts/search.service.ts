// Account lookup (docs/product.md §6). The box is parsed into search forms (search-query.ts); each form is
// an indexed query yielding (account, score, tie-break), merged and ranked in SQL:
//   User ID       customer_accounts.user_id_normalized (unique)               score 1
//   case number   cases.case_number (unique) → participants → accounts          score 1
//   SSN 4 + DOB   people (ssn_last4, date_of_birth)                             score 1
//   phone         people.phone                                                  score 1
//   name          pg_trgm similarity (typos) or prefix against the distinct names
//                 (person_last_names, person_first_names; trigram GIN), the best few last × first
//                 names, each looked up exactly on people (last_name, first_name, id) in rank
//                 order, stopping at the page's end; score = (2 × last + first) / 3 similarity,
//                 so the exact name ranks first.
// docs/decisions/0002-staff-name-search.md has the plans at a million people. The search, what it found
// and why it was made are one audit event in the read's transaction (fail closed: no audit, no
// results). Results are masked by construction.
import type { AccountSearchItem, AccountSearchPage, AccountSearchQuery, SearchForm } from '@cos/contracts';
import { Prisma } from '@cos/db';
import { z } from 'zod';
import { badRequest } from '../../../lib/errors.ts';
import { audited } from '../../../plugins/app/audited.ts';
import type { StaffDeps } from '../../../plugins/app/staff-deps.ts';
import { accountStateSelect, badgesOf, maskEmail, maskedSsnOf, maskPhone } from './account-status.ts';
import { formsOf, parseSearch, type SearchTerms } from './search-query.ts';

const MAX_OFFSET = 500;
/** How many similar last (and first) names a name search follows. */
const SIMILAR_NAMES = 6;

const Candidate = z.object({
  accountId: z.string(),
  score: z.coerce.number(),
  matchedOn: z.enum(['user_id', 'case_number', 'name', 'ssn_dob', 'phone']),
});
type Candidate = z.infer<typeof Candidate>;

/**
 * The distinct names like `typed`: similar (`%`, pg_trgm's 0.3 threshold: typos) or starting with
 * it (a prefix too short to be similar). Two index scans united: with `% OR ILIKE` in one WHERE
 * the planner reads the whole dictionary instead (measured: 240 ms against 10 ms at 160k names).
 */
function similarNames(table: 'person_last_names' | 'person_first_names', typed: string): Prisma.Sql {
  const names = Prisma.raw(table);
  return Prisma.sql`
    SELECT name, similarity(name, ${typed}) AS s
      FROM (SELECT name FROM ${names} WHERE name % ${typed}
            UNION
            SELECT name FROM ${names} WHERE name ILIKE ${`${typed}%`}) found
     ORDER BY s DESC, name
     LIMIT ${SIMILAR_NAMES}`;
}

/**
 * Rows are (account id, score, form, tie-break name, tie-break id). Within a score, results order
 * by first name and person id: the order of people_last_name_first_name_id_idx, so each name pair
 * reads only as many people as the page needs (`perName`). The similar names are materialised
 * once, not looked up again for every pair.
 */
function candidates(term: SearchTerms, perName: number): Prisma.Sql {
  switch (term.form) {
    case 'user_id':
      return Prisma.sql`
        SELECT a.id, 1.0::float8, 'user_id', '', a.person_id FROM customer_accounts a WHERE a.user_id_normalized = ${term.userIdNormalized}`;
    case 'case_number':
      return Prisma.sql`
        SELECT a.id, 1.0::float8, 'case_number', '', a.person_id FROM cases c
          JOIN case_participants cp ON cp.case_id = c.id
          JOIN customer_accounts a ON a.person_id = cp.person_id
         WHERE c.case_number = ${term.caseNumber}`;
    case 'ssn_dob':
      return Prisma.sql`
        SELECT a.id, 1.0::float8, 'ssn_dob', '', p.id FROM people p JOIN customer_accounts a ON a.person_id = p.id
         WHERE p.ssn_last4 = ${term.last4} AND p.date_of_birth = ${term.dateOfBirth}::date`;
    case 'phone':
      return Prisma.sql`
        SELECT a.id, 1.0::float8, 'phone', '', p.id FROM people p JOIN customer_accounts a ON a.person_id = p.id
         WHERE p.phone = ${term.digits}`;
    case 'name': {
      // Two shapes rather than one with `first IS NULL OR …`, so each uses the index to its end.
      const pairs = term.first
        ? Prisma.sql`
            WITH last_names AS MATERIALIZED (${similarNames('person_last_names', term.last)}),
                 first_names AS MATERIALIZED (${similarNames('person_first_names', term.first)})
            SELECT l.name AS last, f.name AS first, (2 * l.s + f.s) / 3 AS score FROM last_names l CROSS JOIN first_names f`
        : Prisma.sql`SELECT name AS last, NULL::text AS first, s AS score FROM (${similarNames('person_last_names', term.last)}) l`;
      const sameFirst = term.first ? Prisma.sql`AND p.first_name = n.first` : Prisma.empty;
      return Prisma.sql`
        SELECT m.account_id, n.score::float8, 'name', m.first_name, m.person_id
          FROM (${pairs}) n
         CROSS JOIN LATERAL (
               SELECT a.id AS account_id, p.first_name, p.id AS person_id
                 FROM people p JOIN customer_accounts a ON a.person_id = p.id
                WHERE p.last_name = n.last ${sameFirst}
                ORDER BY p.first_name, p.id
                LIMIT ${perName}) m`;
    }
  }
}

/** One ranked page of (account, score, form): the best form per account, best score first. */
export function rankedCandidates(terms: SearchTerms[], page: { limit: number; offset: number }): Prisma.Sql {
  const union = Prisma.join(
    terms.map((term) => candidates(term, page.offset + page.limit)),
    ' UNION ALL ',
  );
  return Prisma.sql`
    WITH found(id, score, matched_on, tie_name, tie_id) AS (${union}),
         best AS (SELECT DISTINCT ON (id) id, score, matched_on, tie_name, tie_id FROM found ORDER BY id, score DESC)
    SELECT id::text AS "accountId", score, matched_on AS "matchedOn"
      FROM best
     ORDER BY score DESC, tie_name, tie_id
     LIMIT ${page.limit} OFFSET ${page.offset}`;
}

const encodeCursor = (offset: number) => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');

function decodeCursor(cursor: string | undefined): number {
  if (!cursor) return 0;
  try {
    const { o } = z
      .object({ o: z.int().min(1).max(MAX_OFFSET) })
      .parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return o;
  } catch {
    throw badRequest('The page cursor is not valid.', [
      { field: 'cursor', message: 'Start again from the first page.' },
    ]);
  }
}

async function describe(
  tx: Prisma.TransactionClient,
  found: Candidate[],
  now: Date,
): Promise<AccountSearchItem[]> {
  const accounts = await tx.customerAccount.findMany({
    where: { id: { in: found.map((c) => c.accountId) } },
    select: {
      id: true,
      userId: true,
      email: true,
      ...accountStateSelect,
      person: {
        select: {
          firstName: true,
          lastName: true,
          ssnLast4: true,
          dateOfBirth: true,
          phone: true,
          participations: {
            select: { role: true, supportCase: { select: { caseNumber: true, status: true, county: true } } },
          },
        },
      },
    },
  });
  const byId = new Map(accounts.map((a) => [a.id, a]));
  return found.flatMap((candidate) => {
    const account = byId.get(candidate.accountId);
    if (!account) return [];
    const { person } = account;
    return [
      {
        accountId: account.id,
        userId: account.userId,
        firstName: person.firstName,
        lastName: person.lastName,
        ssn: maskedSsnOf(person.ssnLast4),
        birthYear: person.dateOfBirth.getUTCFullYear(),
        email: maskEmail(account.email),
        phone: maskPhone(person.phone),
        badges: badgesOf(account, now),
        cases: person.participations
          .map((p) => ({
            caseNumber: p.supportCase.caseNumber,
            role: p.role,
            status: p.supportCase.status,
            county: p.supportCase.county,
          }))
          .sort((x, y) => x.caseNumber.localeCompare(y.caseNumber)),
        matchedOn: candidate.matchedOn,
        score: Math.round(candidate.score * 1000) / 1000,
      },
    ];
  });
}

export async function searchAccounts(deps: StaffDeps, query: AccountSearchQuery): Promise<AccountSearchPage> {
  const parsed = parseSearch(query.q);
  const offset = decodeCursor(query.cursor);
  return audited(
    deps,
    async (tx) => {
      const rows = z
        .array(Candidate)
        .parse(await tx.$queryRaw(rankedCandidates(parsed.terms, { limit: query.limit + 1, offset })));
      const items = await describe(tx, rows.slice(0, query.limit), deps.clock.now());
      const next = offset + query.limit;
      return {
        items,
        nextCursor: rows.length > query.limit && next <= MAX_OFFSET ? encodeCursor(next) : null,
        searchedBy: formsOf(parsed),
      };
    },
    (page) => {
      const forms = new Set<SearchForm>(page.items.map((item) => item.matchedOn));
      const masked =
        forms.has('case_number') && parsed.maskedAsCaseNumber ? parsed.maskedAsCaseNumber : parsed.masked;
      const ids = page.items.map((item) => item.accountId);
      return {
        action: 'staff_search',
        accountId: ids.length === 1 ? (ids[0] ?? null) : null,
        subject: { type: 'customer_account_search', id: masked },
        details: {
          query: masked,
          forms: page.searchedBy.join(','),
          reason: query.reason,
          reasonText: query.reasonText ?? null,
          results: page.items.length,
          accountIds: ids.join(','),
          offset,
        },
      };
    },
  );
}
