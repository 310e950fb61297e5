import { useCallback, useRef, useState } from 'react';

/** The API's keyset pages, walked with Previous / Next: the cursors seen so far, newest last. */
export type CursorPages = {
  /** Cursor of the page shown now (undefined for the first page). */
  cursor: string | undefined;
  /** One-based page number. */
  page: number;
  hasPrevious: boolean;
  previous: () => void;
  next: (cursor: string) => void;
  /**
   * True once after each move, when the page it asked for has arrived: the results heading then
   * takes the focus. Once only, so a later refetch of the same page leaves the focus alone.
   */
  takeMove: () => boolean;
};

/** Keyset paging has no page count, so going back means remembering the cursors that led here. */
export function useCursorPages(): CursorPages {
  const [cursors, setCursors] = useState<readonly (string | undefined)[]>([undefined]);
  const moved = useRef(false);

  function go(next: readonly (string | undefined)[]) {
    moved.current = true;
    setCursors(next);
  }

  // Stable, so an effect can list it among its dependencies without running on every render.
  const takeMove = useCallback(() => {
    const was = moved.current;
    moved.current = false;
    return was;
  }, []);

  return {
    cursor: cursors.at(-1),
    page: cursors.length,
    hasPrevious: cursors.length > 1,
    previous: () => go(cursors.slice(0, -1)),
    next: (cursor) => go([...cursors, cursor]),
    takeMove,
  };
}
