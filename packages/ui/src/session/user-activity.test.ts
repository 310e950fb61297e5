import { describe, expect, it } from 'vitest';
import { createUserActivity } from './user-activity.ts';

describe('user activity', () => {
  it('reports whole seconds since the last action, a page load counting as one', () => {
    let now = 1_000_000;
    const target = new EventTarget();
    const activity = createUserActivity(() => now);
    activity.track(target);
    now += 61_500;
    expect(activity.header()).toEqual({ 'x-user-idle-seconds': '61' });
    target.dispatchEvent(new Event('keydown'));
    now += 2_000;
    expect(activity.header()).toEqual({ 'x-user-idle-seconds': '2' });
  });
});
