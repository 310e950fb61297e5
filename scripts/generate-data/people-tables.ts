// people, customer_accounts and security_answers rows. Synthetic people are marked by their
// e-mail domain (@synthetic.example, reserved by RFC 2606) so --replace can find them again.
// Names follow a real population's shape (names.ts); the statement-level triggers on people fill
// the search dictionaries person_last_names / person_first_names during the COPY itself.
import { bytea, text, type TableLoad } from './copy.ts';
import { ids, type GeneratorContext } from './context.ts';
import { pad, pick, prng, ssnOf, userIdOf } from './ids.ts';
import { FIRST_NAMES, SURNAMES, drawName } from './names.ts';

const STREETS = [
  'Magnolia Lane',
  'Pecan Grove Drive',
  'Dogwood Circle',
  'Willow Bend Road',
  'Cedar Ridge Court',
  'Azalea Trace',
];
const PLACES = [
  ['Atlanta', '30303', '404'],
  ['Marietta', '30060', '770'],
  ['Savannah', '31401', '912'],
  ['Macon', '31201', '478'],
  ['Augusta', '30901', '706'],
  ['Albany', '31701', '229'],
] as const;

export const SYNTHETIC_EMAIL_DOMAIN = 'synthetic.example';

export function peopleTable(context: GeneratorContext): TableLoad {
  return {
    table: 'people',
    columns: [
      'id',
      'first_name',
      'last_name',
      'date_of_birth',
      'ssn_ciphertext',
      'ssn_hash',
      'ssn_last4',
      'email',
      'phone',
      'address_line1',
      'city',
      'state',
      'zip',
      'created_at',
      'updated_at',
    ],
    *rows() {
      const random = prng(101);
      const now = context.now.toISOString();
      const { ssnCipher } = context;
      for (let i = 0; i < context.accounts; i += 1) {
        const ssn = ssnOf(i);
        const [city, zip, area] = pick(random, PLACES);
        const born = `${1970 + Math.floor(random() * 31)}-${pad(1 + Math.floor(random() * 12), 2)}-${pad(1 + Math.floor(random() * 28), 2)}`;
        const street = `${100 + Math.floor(random() * 9800)} ${pick(random, STREETS)}`;
        yield [
          ids.person(i),
          drawName(FIRST_NAMES, random),
          drawName(SURNAMES, random),
          born,
          bytea(ssnCipher.encrypt(ssn)),
          ssnCipher.lookupHash(ssn),
          ssn.slice(-4),
          `${userIdOf(i)}@${SYNTHETIC_EMAIL_DOMAIN}`,
          `${area}555${pad(i % 10_000, 4)}`,
          text(street),
          city,
          'GA',
          zip,
          now,
          now,
        ].join('\t');
      }
    },
  };
}

export function accountsTable(context: GeneratorContext): TableLoad {
  return {
    table: 'customer_accounts',
    columns: [
      'id',
      'person_id',
      'user_id',
      'user_id_normalized',
      'password_hash',
      'email',
      'password_changed_at',
      'created_at',
      'updated_at',
    ],
    *rows() {
      const now = context.now.toISOString();
      const hash = text(context.passwordHash);
      for (let i = 0; i < context.accounts; i += 1) {
        const userId = userIdOf(i);
        yield [
          ids.account(i),
          ids.person(i),
          userId,
          userId,
          hash,
          `${userId}@${SYNTHETIC_EMAIL_DOMAIN}`,
          now,
          now,
          now,
        ].join('\t');
      }
    },
  };
}

export function answersTable(context: GeneratorContext): TableLoad {
  return {
    table: 'security_answers',
    columns: ['id', 'account_id', 'question_id', 'answer_hash', 'created_at'],
    *rows() {
      const now = context.now.toISOString();
      const hashes = context.answerHashes.map((hash) => text(hash));
      for (let i = 0; i < context.accounts; i += 1) {
        const account = ids.account(i);
        for (let q = 0; q < hashes.length; q += 1)
          yield `${ids.answer(i * 3 + q)}\t${account}\t${q + 1}\t${hashes[q]}\t${now}`;
      }
    },
  };
}
