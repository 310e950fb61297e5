// Passkeys and the second factor in a real Chromium, with Chromium's virtual WebAuthn
// authenticator (DevTools protocol) standing in for the parent's phone: demo.totp signs in with
// password and authenticator code, adds a passkey on Security, signs out, signs in with the passkey
// alone (no User ID, no password) — first from the User ID field's autofill (conditional UI, which
// the virtual authenticator answers at once), then, in a browser without conditional UI, with the
// "Sign in with a passkey" button — and removes it after the current password. WebAuthn needs a
// registrable domain, so this spec uses http://localhost (the RP id) rather than 127.0.0.1. An attacker's
// tries are refused in the browser too: a replayed assertion, and a passkey made for another site.
import type { Page } from '@playwright/test';
import { createGuardrails, generateSync } from 'otplib';
import { demoPassword, expect, expectNoSeriousAxeViolations, expectSingleH1, test } from '../fixtures.ts';

const origin = `http://localhost:${process.env.E2E_PORT ?? '3210'}`;
const DEMO_PARENT_TOTP_SECRET = 'KRSXG5CTMVRXEZLU';
const totp = () =>
  generateSync({
    secret: DEMO_PARENT_TOTP_SECRET,
    epoch: Math.floor(Date.now() / 1000),
    guardrails: createGuardrails({ MIN_SECRET_BYTES: 10 }),
  });

/** A platform authenticator in the browser (DevTools protocol) that holds passkeys and says yes. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

test('a parent with an authenticator app adds a passkey, signs in with it alone, and removes it', async ({
  page,
}) => {
  // Three sign-ins and two WebAuthn ceremonies: more than the default 30 s on a busy machine.
  test.setTimeout(240_000);
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
  const header = page.locator('header');

  // Password, then the second step: a code from the authenticator app.
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('User ID').fill('demo.totp');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('Password', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in\/code$/);
  await expectSingleH1(page);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Enter the code');
  await expectNoSeriousAxeViolations(page);
  await page.getByLabel('6-digit code from your authenticator app').fill(totp());
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');

  // Security: add a passkey with a name; it is listed, not yet used.
  await page.goto(`${origin}/security`);
  await expect(page.getByRole('heading', { level: 2, name: 'Passkeys' })).toBeVisible();
  await expect(page.getByText('You have no passkeys yet.')).toBeVisible();
  await page.getByLabel('Passkey name').fill('Test phone');
  await page.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The passkey "Test phone" was added.' }),
  ).toBeVisible();
  const passkeys = page.getByRole('table', { name: 'Your passkeys' });
  await expect(passkeys.getByRole('row', { name: /Test phone/ })).toContainText('Not used yet');
  const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
  expect(credentials).toHaveLength(1);
  expect(credentials[0]?.isResidentCredential).toBe(true);
  await expectNoSeriousAxeViolations(page);

  // The passkey alone: no User ID, no password, no code. Signed out, the sign-in page offers the
  // passkey in the User ID field's autofill; the virtual authenticator picks it without a prompt.
  await header.getByRole('button', { name: 'Sign Out' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');
  await page.goto(`${origin}/security`);
  await expect(
    page.getByRole('table', { name: 'Your passkeys' }).getByRole('row', { name: /Test phone/ }),
  ).not.toContainText('Not used yet');

  // A browser without conditional UI: the button does the same.
  await page.addInitScript(() =>
    Object.defineProperty(window.PublicKeyCredential, 'isConditionalMediationAvailable', {
      value: undefined,
      configurable: true,
    }),
  );
  await page.goto(`${origin}/security`);
  await header.getByRole('button', { name: 'Sign Out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  const passkeySignIn = page.waitForRequest(
    (request) => request.method() === 'POST' && request.url().endsWith('/api/v1/auth/passkey'),
  );
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  const assertion = (await passkeySignIn).postDataJSON() as unknown;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My Case');

  // The same assertion sent again (an attacker who captured it) signs nobody in: its challenge is spent.
  const replayed = await page.request.post(`${origin}/api/v1/auth/passkey`, { data: assertion });
  expect(replayed.status()).toBe(401);
  expect(((await replayed.json()) as { error: { code: string } }).error.code).toBe('INVALID_CREDENTIALS');
  await page.goto(`${origin}/security`);

  // Step-up with the passkey in place of the current password: new recovery codes.
  const secondStep = page.getByRole('region', { name: 'Second step at sign-in' });
  await secondStep.getByRole('button', { name: 'Get new recovery codes' }).click();
  await secondStep.getByRole('button', { name: 'Use a passkey instead' }).click();
  await expect(secondStep.getByRole('heading', { name: 'Your recovery codes' })).toBeFocused();
  await expect(
    secondStep.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem'),
  ).toHaveCount(10);
  await expectNoSeriousAxeViolations(page);
  await secondStep.getByRole('button', { name: 'I saved them' }).click();
  await expect(secondStep.getByText('You have 10 recovery codes left.')).toBeVisible();

  // An email change (Provide Info) takes the passkey in place of the password too.
  await page.goto(`${origin}/provide-info`);
  await page
    .getByRole('group', { name: 'What has changed?' })
    .getByText('Email address', { exact: true })
    .click();
  await page.getByLabel('New email address').fill('totp.new@example.com');
  await page.getByRole('button', { name: 'Use a passkey instead' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your change was sent' })).toBeFocused();
  await page.goto(`${origin}/security`);

  // Removing it takes the current password; a wrong one is announced in the error summary.
  await page.getByRole('button', { name: 'Remove Test phone' }).click();
  await page
    .getByLabel('To remove "Test phone", enter your current password')
    .fill('not the password at all');
  await page.getByRole('button', { name: 'Remove "Test phone"' }).click();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Your current password is not right');
  await page.getByLabel('To remove "Test phone", enter your current password').fill(demoPassword);
  await page.getByRole('button', { name: 'Remove "Test phone"' }).click();
  await expect(page.getByText('You have no passkeys yet.')).toBeVisible();

  // The removed passkey signs nobody in.
  await header.getByRole('button', { name: 'Sign Out' }).click();
  await page.getByRole('button', { name: 'Sign in with a passkey' }).click();
  await expect(summary).toContainText('That passkey could not sign you in.');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('a passkey made for another site signs nobody in', async ({ page }) => {
  // Another relying party: a page on http://elsewhere.localhost (not our RP id, localhost) makes a passkey for
  // itself in the virtual authenticator and answers our sign-in challenge with it.
  const elsewhere = `http://elsewhere.localhost:${process.env.E2E_PORT ?? '3210'}`;
  await addVirtualAuthenticator(page);
  await page.goto(`${elsewhere}/faq`);
  const options = (await (await page.request.post(`${origin}/api/v1/auth/passkey/options`)).json()) as {
    challenge: string;
  };
  const assertion = await page.evaluate(async (challenge) => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const base64url = (buffer: ArrayBuffer) =>
      btoa(String.fromCharCode(...new Uint8Array(buffer)))
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
    const fromBase64url = (text: string) =>
      Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
    await navigator.credentials.create({
      publicKey: {
        rp: { id: 'elsewhere.localhost', name: 'Somewhere else' },
        user: { id: bytes('demo.totp'), name: 'demo.totp', displayName: 'demo.totp' },
        challenge: bytes('a challenge of the other site'),
        pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
        authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
      },
    });
    const credential = (await navigator.credentials.get({
      publicKey: {
        challenge: fromBase64url(challenge),
        rpId: 'elsewhere.localhost',
        userVerification: 'preferred',
      },
    })) as PublicKeyCredential;
    const response = credential.response as AuthenticatorAssertionResponse;
    return {
      id: credential.id,
      rawId: base64url(credential.rawId),
      type: 'public-key',
      clientExtensionResults: {},
      response: {
        clientDataJSON: base64url(response.clientDataJSON),
        authenticatorData: base64url(response.authenticatorData),
        signature: base64url(response.signature),
        ...(response.userHandle ? { userHandle: base64url(response.userHandle) } : {}),
      },
    };
  }, options.challenge);

  const refused = await page.request.post(`${origin}/api/v1/auth/passkey`, { data: { assertion } });
  expect(refused.status()).toBe(401);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('INVALID_CREDENTIALS');
});
