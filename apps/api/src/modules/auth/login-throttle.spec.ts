import { LoginThrottle } from './login-throttle.js';

describe(LoginThrottle.name, () => {
  it('blocks after the maximum number of failures within the window', () => {
    const throttle = new LoginThrottle(3, 1000);
    for (let i = 0; i < 3; i++) throttle.recordFailure('a@b.nl', 100 + i);
    expect(throttle.isBlocked('a@b.nl', 200)).toBe(true);
    expect(throttle.isBlocked('c@d.nl', 200)).toBe(false);
  });

  it('forgets failures older than the window', () => {
    const throttle = new LoginThrottle(2, 1000);
    throttle.recordFailure('a@b.nl', 0);
    throttle.recordFailure('a@b.nl', 10);
    expect(throttle.isBlocked('a@b.nl', 1011)).toBe(false);
  });

  it('starts afresh after a reset (a successful login)', () => {
    const throttle = new LoginThrottle(1, 1000);
    throttle.recordFailure('a@b.nl', 0);
    throttle.reset('a@b.nl');
    expect(throttle.isBlocked('a@b.nl', 1)).toBe(false);
  });
});
