// A child process holding a share of a bench's socket.io-client connections, so that reading thousands of
// events is spread over processes as it is over people's devices. Driven by socket-client-pool.mjs over
// IPC; arrival times are absolute (performance.timeOrigin + now), comparable across processes.
import { io } from 'socket.io-client';

const sockets = [];
/** Sockets that have joined a video's room, by index. */
const watching = new Set();
let expectation = null;

const now = () => performance.timeOrigin + performance.now();

const handlers = {
  /** For the parent's estimate of the offset between its clock and ours. */
  clock() {
    return { now: now() };
  },

  async connect({ url, tokens, concurrency }) {
    let next = 0;
    const lane = async () => {
      while (next < tokens.length) {
        const index = next++;
        sockets[index] = await open(url, tokens[index], index);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, tokens.length) }, lane));
    return { connected: sockets.length };
  },

  async watch({ videoId, count }) {
    const answers = await Promise.all(
      sockets.slice(0, count).map((socket) => socket.timeout(30_000).emitWithAck('watch', { videoId })),
    );
    answers.forEach((answer, index) => {
      if (answer?.ok) watching.add(index);
    });
    return { watching: watching.size, refused: answers.filter((answer) => !answer?.ok).length };
  },

  /** Starts waiting for `event` whose payload[field] === equals, on every socket or only the watchers. */
  arm({ event, field, equals, among, timeoutMs }) {
    const indexes = among === 'watchers' ? [...watching] : sockets.map((_, index) => index);
    const times = new Map(indexes.map((index) => [index, null]));
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        expectation = null;
        const arrived = [...times.values()].filter((time) => time !== null);
        process.send({ type: 'arrivals', times: arrived, missing: times.size - arrived.length });
      };
      const timer = setTimeout(finish, timeoutMs);
      expectation = { event, field, equals, times, left: times.size, finish };
      resolve({ armed: times.size });
      if (times.size === 0) setImmediate(finish);
    });
  },

  async close() {
    for (const socket of sockets) socket.close();
    return { closed: sockets.length };
  },
};

function open(url, token, index) {
  const socket = io(url, {
    path: '/socket.io/',
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ...(token ? { auth: { token } } : {}),
  });
  socket.onAny((event, payload) => {
    const arrivedAt = now();
    const e = expectation;
    if (!e || event !== e.event || payload?.[e.field] !== e.equals) return;
    if (!e.times.has(index) || e.times.get(index) !== null) return;
    e.times.set(index, arrivedAt);
    if (--e.left === 0) e.finish();
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(new Error(`socket ${index}: ${error.message}`)));
  });
}

process.on('message', async ({ id, command, ...args }) => {
  try {
    process.send({ type: 'reply', id, ...(await handlers[command](args)) });
  } catch (error) {
    process.send({ type: 'reply', id, error: error.message });
  }
});
process.on('disconnect', () => process.exit(0));
