import { SecondFactorMethod } from '@cos/contracts';
import { LegalWarning } from '@cos/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useSearchParams } from 'react-router';
import { z } from 'zod';
import { SecondFactorForm } from '../../features/auth/components/second-factor-form.tsx';
import { pageLabelKey, paths, safeNextPath } from '../../config/paths.ts';

// The hand-over from the password step, kept in history state (never in the URL).
const CodeState = z.object({ token: z.string().min(1), methods: z.array(SecondFactorMethod).min(1) });

export function SignInCodeRoute() {
  const { t } = useTranslation('auth');
  const location = useLocation();
  const [search] = useSearchParams();
  const state = CodeState.safeParse(location.state);
  // Reached without the password step: start at the User ID.
  if (!state.success) return <Navigate to={`${paths.signIn.path}${location.search}`} replace />;

  return (
    <div className="padding-y-4">
      <div className="grid-row">
        <div className="tablet:grid-col-8 desktop:grid-col-6">
          <h1>{t(pageLabelKey('signInCode'))}</h1>
          <p className="usa-hint">{t('step', { step: 3, total: 3 })}</p>
          <p>{t('code.intro')}</p>
          <SecondFactorForm
            token={state.data.token}
            methods={state.data.methods}
            next={safeNextPath(search.get('next'))}
          />
        </div>
      </div>
      <LegalWarning />
    </div>
  );
}
