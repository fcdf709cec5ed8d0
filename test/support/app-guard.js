// Runs one built app for the tests (`node app-guard.js apps/server/dist/main.js`) and stops it when the
// test process that started it goes away, however that happens: a killed jest runs no cleanup of its
// own, but its end closes this process's stdin. SIGTERM/SIGINT are passed on to the app.
const { spawn } = require('node:child_process');

const app = spawn(process.execPath, [process.argv[2]], { stdio: ['ignore', 'inherit', 'inherit'] });
const stop = (signal) => {
  if (app.exitCode === null && app.signalCode === null) app.kill(signal);
};
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => stop(signal));
process.stdin.on('end', () => stop('SIGTERM'));
process.stdin.on('error', () => stop('SIGTERM'));
process.stdin.resume();
app.on('exit', (code, signal) => {
  if (signal) console.error(`stopped by ${signal}`);
  process.exit(code ?? 1);
});
