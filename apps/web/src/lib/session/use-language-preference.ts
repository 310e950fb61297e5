import type { MeResponse } from '@cos/contracts';
import { isLanguage, saveLanguageChoice } from '@cos/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { meQueryOptions } from '../queries/get-me.ts';
import { setPreferredLanguage } from '../queries/set-language.ts';

/**
 * Keeps the portal's language and the parent's stored one together while signed in: at sign-in
 * the portal switches to the stored language (the one the emails use too), and a later switch of
 * the header's language button is saved to the account.
 */
export function useLanguagePreference(me: MeResponse | undefined, signedIn: boolean) {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  // Whose stored language the portal has taken; null while nobody is signed in.
  const appliedFor = useRef<string | null>(null);

  useEffect(() => {
    if (!signedIn) appliedFor.current = null;
    if (!signedIn || !me || appliedFor.current === me.userId) return;
    appliedFor.current = me.userId;
    if (i18n.resolvedLanguage === me.preferredLanguage) return;
    saveLanguageChoice(me.preferredLanguage);
    void i18n.changeLanguage(me.preferredLanguage);
  }, [me, signedIn, i18n]);

  useEffect(() => {
    const save = (next: string) => {
      const current = queryClient.getQueryData(meQueryOptions().queryKey);
      // Only the parent's own switch after the read-back; the read-back itself changes nothing.
      if (!current || appliedFor.current !== current.userId) return;
      if (!isLanguage(next) || next === current.preferredLanguage) return;
      setPreferredLanguage(next).then(
        (saved) => queryClient.setQueryData(meQueryOptions().queryKey, saved),
        // The switch still works for this visit; the next sign-in opens in the old language.
        () => undefined,
      );
    };
    i18n.on('languageChanged', save);
    return () => i18n.off('languageChanged', save);
  }, [i18n, queryClient]);
}
