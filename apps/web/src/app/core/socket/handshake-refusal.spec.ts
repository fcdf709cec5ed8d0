import { rateLimitRetryDelay } from './handshake-refusal';

describe('rateLimitRetryDelay', () => {
  it('reads the wait of a rate-limited handshake', () => {
    expect(rateLimitRetryDelay(new Error('Too many requests; try again in 42 seconds'))).toBe(42_000);
    expect(rateLimitRetryDelay(new Error('Too many requests; try again in 1 second'))).toBe(1_000);
  });

  it('has none for a refusal that waiting does not mend', () => {
    expect(rateLimitRetryDelay(new Error('unauthorized: session revoked'))).toBeNull();
    expect(rateLimitRetryDelay(new Error('xhr poll error'))).toBeNull();
  });
});
