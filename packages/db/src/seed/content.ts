// Reference content every environment shows: the security question list, the notices of docs/product.md
// §4 (worded after the agency's own site, /work/shared/seeds), the Direct Deposit switch and the
// mobile app version policy.

/** The fixed demo accounts answer the first three: `blue`, `macon`, `biscuit`. */
export const SECURITY_QUESTIONS = [
  'What was the color of your first car?',
  'In what city did you meet your spouse or partner?',
  'What was the name of your first pet?',
  'What was the name of the street you grew up on?',
  'What was the mascot of your high school?',
  'What is the middle name of your oldest sibling?',
  'What was the first concert you attended?',
  'What was the last name of your favorite teacher?',
] as const;

export const DIRECT_DEPOSIT_FEATURE = 'directDepositUpdate';

export const DIRECT_DEPOSIT_OUTAGE_MESSAGE =
  'The Direct Deposit update feature is temporarily unavailable. For Direct Deposit assistance please ' +
  'contact the Communication Center via the chat feature or by calling 1-877-423-4746.';

export const FEATURE_SWITCHES = [
  {
    key: DIRECT_DEPOSIT_FEATURE,
    description: 'Customers can change the bank account that receives their child support payments.',
    enabled: false,
    message: DIRECT_DEPOSIT_OUTAGE_MESSAGE,
    isPublic: true,
  },
] as const;

const MOBILE_APP_NOTICE =
  'The DCSS On the Go mobile app has been updated. All DCSS On the Go mobile app users must download ' +
  "version 5.1 to continue using features such as uploading documents, making appointments, and Driver's " +
  'License status. The older version 5.0 is no longer active. Please download the updated app today ' +
  'from your app store.';

export const APP_VERSION_POLICY = {
  platform: 'DCSSOnTheGo',
  minimumVersion: '5.1',
  latestVersion: '5.1',
  upgradeMessage:
    'This version of DCSS On the Go is no longer supported. Please download version 5.1 from your app ' +
    "store to continue uploading documents, making appointments and checking your Driver's License status.",
} as const;

type SeedNotice = {
  title: string;
  body: string;
  severity: 'info' | 'warning' | 'outage';
  audience: 'public' | 'customer' | 'staff';
  featureKey?: string;
};

// Ordered as on the agency's home page; sortOrder follows this list.
export const NOTICES: readonly SeedNotice[] = [
  {
    title: 'Privacy',
    body:
      'An important security message concerning your personal information: DCSS will never ask for your ' +
      'password or your full Social Security number by email, text message or an unexpected phone call. ' +
      'Read how we protect your information on the Privacy and Security page.',
    severity: 'info',
    audience: 'public',
  },
  {
    title: 'Self-service options',
    body:
      'Self-service options allow you to access case information easily and quickly. Forgot your User ID ' +
      'and/or your Password? There is no need to wait 2 days or call the local office for a password ' +
      'reset. You can easily reset your own password: select "Forgot your User ID or Password?" on the ' +
      'sign-in page.',
    severity: 'info',
    audience: 'public',
  },
  {
    title: 'DCSS notice',
    body:
      'An important security message: this site is for authorized use only and is monitored. If you ' +
      'receive a message asking you to confirm your account or payment details through a link, do not ' +
      'answer it; call the Communication Center at 1-877-423-4746.',
    severity: 'warning',
    audience: 'public',
  },
  {
    title: 'Direct Deposit update unavailable',
    body: DIRECT_DEPOSIT_OUTAGE_MESSAGE,
    severity: 'outage',
    audience: 'public',
    featureKey: DIRECT_DEPOSIT_FEATURE,
  },
  { title: 'DCSS On the Go version 5.1', body: MOBILE_APP_NOTICE, severity: 'warning', audience: 'public' },
  {
    title: 'Verify before you search',
    body:
      'Record a reason with every account search. Guide callers to self-service password reset; staff ' +
      'never see or choose a customer password.',
    severity: 'info',
    audience: 'staff',
  },
];
