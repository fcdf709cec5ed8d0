import { fork } from 'node:child_process';
import { onShutdown, stopProcess } from '../../scripts/lib/process.mjs';

/**
 * `tokens.length` socket.io-client connections to `url` (a null token connects without auth), spread over
 * `processes` child processes. `arm` starts waiting for an event on every socket (or the watchers only)
 * and gives a promise of the arrival times on this process's clock (performance.timeOrigin + now());
 * trigger the event after it resolves.
 */
export async function startClientPool({ url, tokens, processes = 2, concurrency = 50 }) {
  const shares = split(tokens, processes);
  const children = shares.map(() => {
    const child = fork(new URL('./socket-clients.mjs', import.meta.url), {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    onShutdown(() => stopProcess(child));
    return child;
  });
  let nextId = 0;
  const ask = (child, command, args = {}) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      const onMessage = (message) => {
        if (message.type !== 'reply' || message.id !== id) return;
        child.off('message', onMessage);
        if (message.error) reject(new Error(message.error));
        else resolve(message);
      };
      child.on('message', onMessage);
      child.send({ id, command, ...args });
    });
  await Promise.all(
    children.map((child, i) => ask(child, 'connect', { url, tokens: shares[i], concurrency })),
  );
  const offsets = [];
  for (const child of children) offsets.push(await clockOffset((args) => ask(child, 'clock', args)));

  return {
    size: tokens.length,

    /** The first `count` sockets join the room of `videoId`; resolves with how many were let in. */
    async watch(videoId, count) {
      const counts = split(Array.from({ length: count }), processes).map((part) => part.length);
      const answers = await Promise.all(
        children.map((child, i) => ask(child, 'watch', { videoId, count: counts[i] })),
      );
      return answers.reduce((sum, answer) => sum + answer.watching, 0);
    },

    /** Resolves once every child waits; `arrivals` then resolves with `{ times, missing }`. */
    async arm(event, field, equals, { among = 'all', timeoutMs = 60_000 } = {}) {
      const arrivals = Promise.all(
        children.map(
          (child, i) =>
            new Promise((resolve) => {
              const onMessage = (message) => {
                if (message.type !== 'arrivals') return;
                child.off('message', onMessage);
                resolve({ ...message, times: message.times.map((time) => time - offsets[i]) });
              };
              child.on('message', onMessage);
            }),
        ),
      ).then((parts) => ({
        times: parts.flatMap((part) => part.times),
        missing: parts.reduce((sum, part) => sum + part.missing, 0),
      }));
      await Promise.all(
        children.map((child) => ask(child, 'arm', { event, field, equals, among, timeoutMs })),
      );
      return { arrivals };
    },

    async close() {
      await Promise.all(children.map((child) => ask(child, 'close')));
      await Promise.all(children.map((child) => stopProcess(child)));
    },
  };
}

/**
 * How far a child's clock is ahead of ours: each process's timeOrigin comes from the wall clock at its
 * start, which may differ by a millisecond or so. Taken from the quickest of a few IPC round trips.
 */
async function clockOffset(askClock) {
  let best = { roundTrip: Infinity, offset: 0 };
  for (let i = 0; i < 10; i++) {
    const sent = performance.timeOrigin + performance.now();
    const { now } = await askClock();
    const received = performance.timeOrigin + performance.now();
    if (received - sent < best.roundTrip)
      best = { roundTrip: received - sent, offset: now - (sent + received) / 2 };
  }
  return best.offset;
}

/** Splits items into `parts` runs of near-equal length, in order. */
function split(items, parts) {
  const size = Math.ceil(items.length / parts);
  return Array.from({ length: parts }, (_, i) => items.slice(i * size, (i + 1) * size));
}
