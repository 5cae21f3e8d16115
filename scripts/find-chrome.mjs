/**
 * Finds the browser the tests and the benchmark drive: `CHROME_PATH`, else Debian's
 * `/usr/bin/chromium`. Test tools cannot download browsers here. When none is found and we are
 * root on Debian or Ubuntu, installs `chromium` with apt (saying so); otherwise stops with a
 * message that names CHROME_PATH.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function found() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

function isDebianLike() {
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function findChrome() {
  let path = found();
  if (path) return path;
  if (process.env.CHROME_PATH) {
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no browser is there.`);
  }
  if (process.getuid?.() === 0 && isDebianLike()) {
    console.log('No Chromium found: installing Debian\'s "chromium" package with apt-get (as root)...');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    path = found();
    if (path) return path;
  }
  throw new Error(
    'No Chromium or Chrome found. Install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its binary.',
  );
}

/** Flags for a headless browser on a locked-down machine (no network but loopback, as root). */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(findChrome());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
