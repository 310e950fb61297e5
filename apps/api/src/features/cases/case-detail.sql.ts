// Case detail in ONE statement. It is the page most parents open, and through Prisma it took a
// dozen round trips (case, participants, people, payments, office, children, activities,
// appointment, slots…), each parsed and planned by PostgreSQL: at 1M accounts the database spent
// ~10 ms of CPU per request. Here PostgreSQL builds the whole JSON in one plan; every part reads
// by an index on the case id. The viewer's participation is part of the same query, so another
// parent's case simply returns no row.
// The next appointment is the viewer's own, booked for this case or for no case in particular.
import { Prisma } from '@cos/db';
import { AGENCY_TIME_ZONE } from '../../lib/agency-time.ts';

/** ISO 8601 in UTC with milliseconds and Z, as the contracts' z.iso.datetime() expects. */
const iso = (column: Prisma.Sql) =>
  Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export function caseDetailQuery(accountId: string, caseNumber: string, now: Date): Prisma.Sql {
  return Prisma.sql`
    WITH target AS (
      SELECT c.*, me.role::text AS my_role, a.id AS account_id, a.person_id AS viewer_person_id
        FROM customer_accounts a
        JOIN case_participants me ON me.person_id = a.person_id
        JOIN cases c ON c.id = me.case_id
       WHERE a.id = ${accountId}::uuid AND c.case_number = ${caseNumber}
    ),
    ledger AS (
      SELECT p.id, p.received_at, p.amount_cents, p.source, p.status, p.hold_reason, p.disbursed_at, p.disbursement_method,
             SUM(CASE WHEN p.status IN ('received', 'held', 'disbursed') THEN p.amount_cents ELSE 0 END)
               OVER (ORDER BY p.received_at, p.id ROWS UNBOUNDED PRECEDING) AS paid_to_date
        FROM payments p, target t
       WHERE p.case_id = t.id
    ),
    recent AS (
      SELECT l.*,
             (SELECT COALESCE(SUM(ch.amount_cents), 0) FROM charges ch, target t
               WHERE ch.case_id = t.id AND ch.due_date <= (l.received_at AT TIME ZONE ${AGENCY_TIME_ZONE})::date) - l.paid_to_date AS balance_after
        FROM ledger l
       ORDER BY l.received_at DESC, l.id DESC
       LIMIT 12
    )
    SELECT json_build_object(
      'caseNumber', t.case_number,
      'status', t.status::text,
      'role', t.my_role,
      'county', t.county,
      'otherPartyName', (SELECT p.first_name || ' ' || p.last_name FROM case_participants o JOIN people p ON p.id = o.person_id
                          WHERE o.case_id = t.id AND o.person_id <> t.viewer_person_id ORDER BY o.role LIMIT 1),
      'monthlyObligationCents', t.order_monthly_cents,
      'currentSupportDueCents', t.current_support_due_cents,
      'arrearsCents', t.arrears_cents,
      'interestCents', t.interest_cents,
      'orderFrequency', t.order_frequency::text,
      'orderStartDate', to_char(t.order_start_date, 'YYYY-MM-DD'),
      'driversLicenseStatus', t.drivers_license_status::text,
      'lastPayment', (SELECT json_build_object('receivedAt', ${iso(Prisma.sql`l.received_at`)}, 'amountCents', l.amount_cents)
                        FROM ledger l WHERE l.status IN ('received', 'held', 'disbursed') ORDER BY l.received_at DESC, l.id DESC LIMIT 1),
      'office', (SELECT json_build_object('name', o.name, 'phone', o.phone, 'addressLine1', o.address_line1, 'city', o.city, 'zip', o.zip)
                   FROM offices o WHERE o.id = t.office_id),
      'children', COALESCE((SELECT json_agg(json_build_object('firstName', ch.first_name, 'birthYear', ch.birth_year) ORDER BY ch.birth_year)
                              FROM case_children ch WHERE ch.case_id = t.id), '[]'::json),
      'activity', COALESCE((SELECT json_agg(json_build_object('occurredAt', ${iso(Prisma.sql`x.occurred_at`)}, 'kind', x.kind, 'description', x.description) ORDER BY x.occurred_at DESC)
                              FROM (SELECT * FROM case_activities ca WHERE ca.case_id = t.id ORDER BY ca.occurred_at DESC LIMIT 20) x), '[]'::json),
      'nextAppointment', (SELECT json_build_object('startsAt', ${iso(Prisma.sql`s.starts_at`)}, 'officeName', so.name, 'purpose', ap.purpose, 'officeClosed', NOT so.active)
                            FROM appointments ap JOIN appointment_slots s ON s.id = ap.slot_id JOIN offices so ON so.id = s.office_id
                           WHERE (ap.case_id = t.id OR ap.case_id IS NULL) AND ap.account_id = t.account_id AND ap.status = 'booked' AND s.starts_at > ${now}
                           ORDER BY s.starts_at LIMIT 1),
      'recentPayments', COALESCE((SELECT json_agg(json_build_object(
                            'id', r.id, 'receivedAt', ${iso(Prisma.sql`r.received_at`)}, 'amountCents', r.amount_cents,
                            'source', r.source::text, 'status', r.status::text, 'holdReason', r.hold_reason,
                            'disbursedAt', ${iso(Prisma.sql`r.disbursed_at`)}, 'disbursementMethod', r.disbursement_method::text,
                            'balanceAfterCents', r.balance_after) ORDER BY r.received_at DESC, r.id DESC)
                           FROM recent r), '[]'::json)
    ) AS detail
    FROM target t`;
}
