// app.content: the switches, app version policy and notices in force, cached per API instance for
// CONTENT_CACHE_POLICY.switchCacheSeconds by the injected clock (docs/product.md §4: a change reaches every
// instance within 5 s, without a restart). The instance that makes a change calls invalidate() and
// sees it at once. Concurrent requests during a reload share one load. A load that finds a shown
// notice not yet emailed to the parents who asked (a scheduled one that has started) announces it
// (notice-email.ts): one statement, and only one instance's claim wins.
import { CONTENT_CACHE_POLICY } from '@cos/contracts';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { loadContent, type ContentSnapshot } from '../../lib/content.ts';
import { announceDueNotices } from '../../lib/notice-announcement.ts';

export interface ContentCache {
  current(): Promise<ContentSnapshot>;
  invalidate(): void;
}

declare module 'fastify' {
  interface FastifyInstance {
    content: ContentCache;
  }
}

export const contentCache = fp(
  async (app: FastifyInstance) => {
    const ttlMs = CONTENT_CACHE_POLICY.switchCacheSeconds * 1000;
    let snapshot: ContentSnapshot | null = null;
    let loading: Promise<ContentSnapshot> | null = null;
    // Bumped by invalidate(), so a load that started before a change is not kept as current.
    let generation = 0;

    function fresh(now: number): ContentSnapshot | null {
      // A clock moved backwards (tests) also counts as stale.
      return snapshot && now >= snapshot.loadedAt && now - snapshot.loadedAt < ttlMs ? snapshot : null;
    }

    app.decorate('content', {
      async current() {
        const cached = fresh(app.clock.now().getTime());
        if (cached) return cached;
        if (!loading) {
          const started = generation;
          const now = app.clock.now();
          const load: Promise<ContentSnapshot> = loadContent(app.db.prisma, now)
            .then(async (loaded) => {
              if (loaded.announcementsDue) {
                // A failure must not take the pages' notices down with it: the next load retries.
                await announceDueNotices(app.db.prisma, now).catch((error: unknown) =>
                  app.log.warn({ err: error }, 'notice emails not queued'),
                );
              }
              if (started === generation) snapshot = loaded;
              return loaded;
            })
            .finally(() => {
              // Only this load's own slot: after an invalidate() a newer load may be under way.
              if (loading === load) loading = null;
            });
          loading = load;
        }
        return loading;
      },
      invalidate() {
        generation += 1;
        snapshot = null;
        loading = null;
      },
    } satisfies ContentCache);
  },
  { name: 'content-cache', dependencies: ['database'] },
);
