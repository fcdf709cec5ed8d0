import autocannon from 'autocannon';

/** Loads one URL for `seconds` (after a short unrecorded warm-up) and returns requests/s and p99 latency. */
export async function load(name, url, { seconds, headers = {}, connections = 32, stopRequest }) {
  await run({ url, headers, connections, duration: 2 }, stopRequest);
  const result = await run({ url, headers, connections, duration: seconds }, stopRequest);
  const failed = result.non2xx + result.errors + result.timeouts;
  if (failed > 0)
    throw new Error(`${name}: ${failed} of ${result.requests.total} requests failed or were not 2xx`);
  return { name, url, requestsPerSecond: result.requests.average, p99Ms: result.latency.p99 };
}

function run(options, stopRequest) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    stopRequest?.addEventListener('abort', () => instance.stop(), { once: true });
  });
}
