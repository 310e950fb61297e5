// The console's Jobs page (admins): queue sizes, failed jobs with their error and a retry, the
// email outbox's state; and, in development only, the mail the catcher kept ("Sent mail").
import { z } from 'zod';

export const JobQueueSize = z.object({
  name: z.string(),
  queued: z.int(),
  active: z.int(),
  failed: z.int(),
  deferred: z.int(),
});

export const FailedJob = z.object({
  id: z.string(),
  queue: z.string(),
  error: z.string(),
  retries: z.int(),
  createdAt: z.iso.datetime(),
  failedAt: z.iso.datetime().nullable(),
});
export type FailedJob = z.infer<typeof FailedJob>;

export const FailedEmail = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  attempts: z.int(),
  error: z.string(),
});

export const JobsOverview = z.object({
  /** False when this server runs no job runner at all (then nothing below the outbox is known). */
  available: z.boolean(),
  queues: z.array(JobQueueSize),
  failedJobs: z.array(FailedJob),
  outbox: z.object({ pending: z.int(), sent: z.int(), failed: z.int() }),
  failedEmails: z.array(FailedEmail),
});
export type JobsOverview = z.infer<typeof JobsOverview>;

export const RetryJobParams = z.object({
  queue: z.string().min(1).max(100),
  id: z.uuid(),
});

export const DevMailItem = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  language: z.string(),
  status: z.string(),
  createdAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
});
export const DevMailList = z.object({ items: z.array(DevMailItem) });
export type DevMailList = z.infer<typeof DevMailList>;
