/**
 * The bench's web server, in a Node process of its own. In the bench's own process it would share
 * one event loop with Playwright, which handles the events of every request of the page being
 * measured: files would wait for the driver's work, and more so on the side that makes more
 * requests (ours: one file per chunk). A web server never shares a process with the browser's
 * remote control.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const thisFile = fileURLToPath(import.meta.url);

/** Starts scripts/serve.mjs on a free loopback port for `rootDir`; resolves with the port and a stop function. */
export function startServerProcess(rootDir) {
  const child = fork(thisFile, [rootDir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (port) => resolve({ port, close: () => child.kill() }));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the bench server stopped (exit ${code})`)));
  });
}

// In the child: serve, and tell the parent the port.
if (process.argv[1] === thisFile && process.send) {
  const { startServer } = await import('../../scripts/serve.mjs');
  const { port } = await startServer({ rootDir: process.argv[2], listenPort: 0, quiet: true });
  process.send(port);
  // However the bench ends, the server ends with it.
  process.on('disconnect', () => process.exit(0));
}
