import { describe, expect, it } from 'vitest';
import { AuditFilterValues, auditFilterMessages, readAuditFilters } from './audit-filters.ts';

const empty = { actorId: '', accountId: '', action: '', from: '', to: '' };

describe('audit filters', () => {
  it('keeps well-formed filters from the URL and drops the rest', () => {
    const search = new URLSearchParams({
      accountId: '0DD28276-70DC-47CA-B654-BF184C8C8750',
      action: 'staff_unlock',
      from: '2026-11-01',
      to: 'yesterday',
      cursor: 'x',
    });
    expect(readAuditFilters(search)).toEqual({
      accountId: '0dd28276-70dc-47ca-b654-bf184c8c8750',
      action: 'staff_unlock',
      from: '2026-11-01',
    });
  });

  it('explains an account id that is not one and a range that ends before it starts', () => {
    const issues = AuditFilterValues.safeParse({
      ...empty,
      accountId: 'demo.parent',
      from: '2026-11-20',
      to: '2026-11-01',
    }).error?.issues;
    expect(issues?.map(({ path, code }) => [path.join('.'), code])).toEqual([
      ['accountId', 'invalid_format'],
      ['to', 'custom'],
    ]);
    expect(auditFilterMessages.to.custom).toBe('audit:errors.range');
  });

  it('applies only the filters filled in', () => {
    expect(AuditFilterValues.parse({ ...empty, actorId: ' agent.demo ', from: '2026-11-01' })).toEqual({
      actorId: 'agent.demo',
      from: '2026-11-01',
    });
  });
});
