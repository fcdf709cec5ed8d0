// The baseline of the fan-out bench: a bare socket.io server (the version the Clipstream server uses), no
// auth, no adapter, no database. `watch` joins a room as Clipstream's gateway does; the parent process
// asks for a broadcast over IPC, to everyone or to one room.
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { fromRoot } from '../../scripts/lib/repo.mjs';

const { Server } = createRequire(fromRoot('apps/server/package.json'))('socket.io');

const http = createServer();
const io = new Server(http, { path: '/socket.io/' });
io.on('connection', (socket) => {
  socket.on('watch', ({ videoId }, ack) => {
    socket.join(`video:${videoId}`);
    ack({ ok: true });
  });
});
process.on('message', ({ event, payload, room }) => (room ? io.to(room) : io).emit(event, payload));
http.listen(Number(process.env.PORT), '127.0.0.1', () => process.send('ready'));
process.on('SIGTERM', () => io.close(() => process.exit(0)));
process.on('disconnect', () => process.exit(0));
