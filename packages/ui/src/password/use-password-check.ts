import {
  checkPassword,
  loadCommonPasswords,
  type PasswordPolicyResponse,
  type PasswordProblem,
} from '@cos/contracts';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { loadStrengthEstimator, type StrengthEstimator, type StrengthScore } from './password-strength.ts';

export type PasswordPolicy = PasswordPolicyResponse;

export type PasswordContext = { userId?: string | undefined; names?: readonly string[] };

export type PasswordCheck = {
  /** The server's rules, applied here with the contracts' checkPassword, to the typed value. */
  problems: PasswordProblem[];
  /** zxcvbn-ts score; null until the estimator has loaded, or while the field is empty. */
  score: StrengthScore | null;
  policy: PasswordPolicy;
  /** The common-password list is still loading, so "common" cannot be ruled out yet. */
  loading: boolean;
  /** The same rules, at once, for a submit. */
  validate: (password: string) => PasswordProblem[];
};

/**
 * Checks a new password as it is typed: the same rules the server applies, from the contracts
 * package, plus the zxcvbn-ts strength score. The common-password list and the estimator load
 * lazily the first time a page with a new-password field renders. The policy's figures come from
 * the app (each asks the server for them its own way).
 */
export function usePasswordCheck(
  password: string,
  { userId, names = [] }: PasswordContext,
  policy: PasswordPolicy,
): PasswordCheck {
  const [common, setCommon] = useState<ReadonlySet<string> | null>(null);
  const [estimate, setEstimate] = useState<{ run: StrengthEstimator } | null>(null);
  // Typing stays responsive: the checks run on the deferred value.
  const deferred = useDeferredValue(password);
  const namesKey = names.join('\n');

  useEffect(() => {
    let live = true;
    void loadCommonPasswords().then((list) => live && setCommon(list));
    void loadStrengthEstimator().then((run) => live && setEstimate({ run }));
    return () => {
      live = false;
    };
  }, []);

  const validate = useCallback(
    (candidate: string) =>
      checkPassword(
        candidate,
        { userId, names: namesKey ? namesKey.split('\n') : [] },
        { ...policy, isCommon: (value) => common?.has(value) ?? false },
      ),
    [userId, namesKey, policy, common],
  );
  const problems = useMemo(() => validate(deferred), [validate, deferred]);
  const score = useMemo(
    () =>
      estimate && deferred
        ? estimate.run(
            deferred,
            [userId ?? '', ...namesKey.split('\n'), ...policy.agencyWords].filter(Boolean),
          )
        : null,
    [estimate, deferred, userId, namesKey, policy.agencyWords],
  );

  return { problems, score, policy, loading: common === null, validate };
}
