// The common-password list (docs/product.md §5): the ~49,000 leaked and frequent passwords that the
// maintained zxcvbn-ts project ships. Loaded lazily, so the apps download it only on pages that
// ask for a new password.
let cached: Promise<ReadonlySet<string>> | undefined;

export function loadCommonPasswords(): Promise<ReadonlySet<string>> {
  cached ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => {
    const list = dictionary['passwords-common'] ?? [];
    return new Set(list.map((entry) => entry.toLowerCase()));
  });
  return cached;
}
