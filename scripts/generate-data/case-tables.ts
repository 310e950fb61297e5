// cases, case_participants, case_children, charges and payments rows. Balances on each case come
// from the same per-case ledger that later writes its payments (see ledger.ts).
import { NULL, type TableLoad } from './copy.ts';
import { ids, participantsOf, type GeneratorContext } from './context.ts';
import { caseNumberOf, pick, prng } from './ids.ts';
import { MONTHS, monthStart, syntheticLedger } from './ledger.ts';

const CHILDREN = [
  'Aiden',
  'Amara',
  'Caleb',
  'Chloe',
  'Elijah',
  'Emma',
  'Grace',
  'Jayden',
  'Liam',
  'Maya',
  'Naomi',
  'Zion',
];
const day = (date: Date): string => date.toISOString().slice(0, 10);

export function casesTable(context: GeneratorContext): TableLoad {
  return {
    table: 'cases',
    columns: [
      'id',
      'case_number',
      'county',
      'office_id',
      'order_monthly_cents',
      'order_frequency',
      'order_start_date',
      'current_support_due_cents',
      'arrears_cents',
      'opened_at',
      'created_at',
      'updated_at',
    ],
    *rows() {
      const random = prng(202);
      const now = context.now.toISOString();
      const startOfLedger = monthStart(context.now, MONTHS - 1);
      for (let c = 0; c < context.cases; c += 1) {
        const ledger = syntheticLedger(c, context.now);
        const office = context.offices.length > 0 ? pick(random, context.offices) : undefined;
        const yearsBefore = 1 + Math.floor(random() * 6);
        const orderStart = new Date(
          Date.UTC(startOfLedger.getUTCFullYear() - yearsBefore, startOfLedger.getUTCMonth(), 1),
        );
        const opened = new Date(orderStart.getTime() - (30 + Math.floor(random() * 200)) * 86_400_000);
        yield [
          ids.supportCase(c),
          caseNumberOf(c),
          office?.county ?? 'Fulton',
          office?.id ?? NULL,
          ledger.monthlyCents,
          ledger.frequency,
          day(orderStart),
          ledger.currentSupportDueCents,
          ledger.arrearsCents,
          day(opened),
          now,
          now,
        ].join('\t');
      }
    },
  };
}

export function participantsTable(context: GeneratorContext): TableLoad {
  return {
    table: 'case_participants',
    columns: ['id', 'case_id', 'person_id', 'role'],
    *rows() {
      for (let c = 0; c < context.cases; c += 1) {
        const { custodial, nonCustodial } = participantsOf(c, context);
        yield `${ids.participant(c * 2)}\t${ids.supportCase(c)}\t${ids.person(custodial)}\tcustodial`;
        yield `${ids.participant(c * 2 + 1)}\t${ids.supportCase(c)}\t${ids.person(nonCustodial)}\tnon_custodial`;
      }
    },
  };
}

export function childrenTable(context: GeneratorContext): TableLoad {
  return {
    table: 'case_children',
    columns: ['id', 'case_id', 'first_name', 'birth_year'],
    *rows() {
      const random = prng(303);
      const year = context.now.getUTCFullYear();
      for (let c = 0; c < context.cases; c += 1) {
        yield `${ids.child(c)}\t${ids.supportCase(c)}\t${pick(random, CHILDREN)}\t${year - 1 - Math.floor(random() * 16)}`;
      }
    },
  };
}

export function chargesTable(context: GeneratorContext): TableLoad {
  return {
    table: 'charges',
    columns: ['id', 'case_id', 'due_date', 'amount_cents', 'kind'],
    *rows() {
      const dueDates = Array.from({ length: MONTHS }, (_, k) => day(monthStart(context.now, MONTHS - 1 - k)));
      for (let c = 0; c < context.cases; c += 1) {
        const caseId = ids.supportCase(c);
        const amount = syntheticLedger(c, context.now).monthlyCents;
        for (let k = 0; k < MONTHS; k += 1)
          yield `${ids.charge(c * MONTHS + k)}\t${caseId}\t${dueDates[k]}\t${amount}\tcurrent_support`;
      }
    },
  };
}

export function paymentsTable(context: GeneratorContext): TableLoad {
  return {
    table: 'payments',
    columns: [
      'id',
      'case_id',
      'received_at',
      'amount_cents',
      'source',
      'status',
      'hold_reason',
      'disbursed_at',
      'disbursement_method',
      'created_at',
    ],
    *rows() {
      for (let c = 0; c < context.cases; c += 1) {
        const caseId = ids.supportCase(c);
        const ledger = syntheticLedger(c, context.now);
        for (let k = 0; k < ledger.payments.length; k += 1) {
          const p = ledger.payments[k];
          if (!p) continue;
          const received = p.receivedAt.toISOString();
          const disbursedAt = p.disbursedAt ? p.disbursedAt.toISOString() : NULL;
          const method = p.disbursedAt ? ledger.method : NULL;
          yield `${ids.payment(c * MONTHS + k)}\t${caseId}\t${received}\t${p.amountCents}\t${p.source}\t${p.status}\t${p.holdReason ?? NULL}\t${disbursedAt}\t${method}\t${received}`;
        }
      }
    },
  };
}
