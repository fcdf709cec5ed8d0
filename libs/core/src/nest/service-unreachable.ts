/** A service the app cannot run without did not answer at start-up. */
export class ServiceUnreachableError extends Error {
  constructor(service: 'Postgres' | 'Redis', url: string, variable: string, cause: unknown) {
    // the host only: URLs may carry passwords
    super(
      `${service} is not reachable at ${new URL(url).host} (${variable}): ${(cause as Error).message ?? cause}`,
      { cause },
    );
  }
}
