// The security question list (docs/product.md §8), public: registration shows it before any account exists.
import { SecurityQuestionList } from '@cos/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listSecurityQuestions } from './security-questions.service.ts';
import { serviceDeps } from '../../lib/service-deps.ts';

export const securityQuestionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/security-questions',
    {
      schema: {
        tags: ['registration'],
        summary: 'The security questions to choose from',
        response: { 200: SecurityQuestionList },
      },
    },
    async (request) => ({ items: await listSecurityQuestions(serviceDeps(app, request)) }),
  );
};
