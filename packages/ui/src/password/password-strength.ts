// The strength meter's estimate (zxcvbn-ts with the common and English dictionaries). The
// dictionaries weigh about a megabyte, so they load on first use, only on pages that set a
// password: the bundler splits them into their own chunks.
export type StrengthScore = 0 | 1 | 2 | 3 | 4;
export type StrengthEstimator = (password: string, userInputs: readonly string[]) => StrengthScore;

let estimator: Promise<StrengthEstimator> | undefined;

export function loadStrengthEstimator(): Promise<StrengthEstimator> {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    const zxcvbn = new core.ZxcvbnFactory({
      graphs: common.adjacencyGraphs,
      dictionary: { ...common.dictionary, ...english.dictionary },
      translations: english.translations,
    });
    // The checks cost time on every key press; 128 characters is the policy's maximum anyway.
    return (password, userInputs) => zxcvbn.check(password.slice(0, 128), [...userInputs]).score;
  });
  return estimator;
}
