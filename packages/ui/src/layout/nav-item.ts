/** A link in the header or footer; labels arrive already translated by the app. */
export type NavItem = {
  to: string;
  label: string;
  /** Match the path exactly when marking the current page (needed for "/"). */
  end?: boolean;
};
