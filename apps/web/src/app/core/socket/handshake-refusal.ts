/**
 * How long to wait before connecting again after the server refused a handshake for its rate limit
 * ("Too many requests; try again in N seconds"), in milliseconds; null for any other refusal (a bad or
 * revoked token), which waiting does not mend.
 */
export function rateLimitRetryDelay(error: Error): number | null {
  const match = /^Too many requests; try again in (\d+) seconds?/.exec(error.message);
  return match ? Number(match[1]) * 1000 : null;
}
