/** A link in the header or footer; labels arrive already translated by the app. */
export type NavItem = {
  to: string;
  label: string;
  /** Match the path exactly when marking the current page (needed for "/"). */
  end?: boolean;
};

/** Links under one button in the header's primary navigation (a USWDS submenu). */
export type NavGroup = {
  label: string;
  items: readonly NavItem[];
};

export type NavEntry = NavItem | NavGroup;

export const isNavGroup = (entry: NavEntry): entry is NavGroup => 'items' in entry;
