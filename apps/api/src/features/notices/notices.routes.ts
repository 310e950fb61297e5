// What every visitor may read (docs/product.md §4, §8): the notices for the caller's audience, the public
// feature switches and the mobile app version policy. Answers come from the per-instance content
// cache as prepared JSON with an ETag; they may be cached briefly (public for a visitor, private for
// a signed-in caller, whose list depends on the Authorization header).
import { AppVersionPolicy, CONTENT_CACHE_POLICY, FeatureMap, NoticeList } from '@cos/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponses } from '../../lib/error-responses.ts';
import { notFound } from '../../lib/errors.ts';
import { bearerToken } from '../../plugins/app/auth-guard.ts';
import { VERSION_POLICY_PATH } from '../../plugins/app/client-app-version.ts';
import type { PreparedBody, Viewer } from '../../lib/content.ts';

export const noticesRoutes: FastifyPluginAsyncZod = async (app) => {
  /**
   * Who is asking, from the token's signature alone: the list is not secret enough to cost a
   * session query on every page view (a token ended early still reads customer notices until it
   * expires, at most the access token's lifetime).
   */
  function viewerOf(request: FastifyRequest): Viewer {
    const token = bearerToken(request);
    if (!token) return 'public';
    if (app.tokens.verifyAccess(token)) return 'customer';
    if (app.tokens.verifyStaffAccess(token)) return 'staff';
    return 'public';
  }

  function sendPrepared(request: FastifyRequest, reply: FastifyReply, body: PreparedBody, shared: boolean) {
    // Overrides the API's no-store default for these answers only.
    reply.header(
      'cache-control',
      `${shared ? 'public' : 'private'}, max-age=${CONTENT_CACHE_POLICY.noticesMaxAgeSeconds}`,
    );
    reply.header('vary', 'Authorization');
    reply.header('etag', body.etag);
    if (request.headers['if-none-match'] === body.etag) return reply.code(304).send();
    return reply.type('application/json; charset=utf-8').send(body.json);
  }

  app.get(
    '/api/v1/notices',
    {
      schema: {
        tags: ['notices'],
        summary:
          'The notices in force for the caller: public; + customer notices with a portal token; + staff notices with a console token',
        description:
          'A notice tied to a feature switch is listed only while that feature is off. Send If-None-Match to get 304.',
        response: { 200: NoticeList, ...errorResponses(400, 426) },
      },
    },
    async (request, reply) => {
      const viewer = viewerOf(request);
      return sendPrepared(request, reply, (await app.content.current()).notices[viewer], viewer === 'public');
    },
  );

  app.get(
    '/api/v1/features',
    {
      schema: {
        tags: ['notices'],
        summary: 'The public feature switches and their messages',
        response: { 200: FeatureMap, ...errorResponses(400, 426) },
      },
    },
    async (request, reply) => sendPrepared(request, reply, (await app.content.current()).features, true),
  );

  app.get(
    VERSION_POLICY_PATH,
    {
      schema: {
        tags: ['notices'],
        summary: 'The minimum and latest DCSS On the Go versions (reachable by any app version)',
        response: { 200: AppVersionPolicy, ...errorResponses(404) },
      },
    },
    async () => {
      const policy = (await app.content.current()).policy;
      if (!policy) throw notFound('No app version policy is set.');
      return {
        platform: policy.platform,
        minimumVersion: policy.minimumVersion,
        latestVersion: policy.latestVersion,
        upgradeMessage: policy.upgradeMessage,
      };
    },
  );
};
