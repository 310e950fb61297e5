// The policy figures live in @cos/contracts (plain data + zod, so the browser can explain the same
// rules the server enforces); this package re-exports them next to the code that applies them.
export {
  SECURITY_POLICY_DEFAULTS,
  parseSecurityPolicy,
  securityPolicy,
  type SecurityPolicy,
  type SecurityPolicyOverrides,
} from '@cos/contracts';
