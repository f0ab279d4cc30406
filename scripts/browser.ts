import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from 'playwright';

/**
 * Flags for a quiet, offline Chromium: no update checks, no first-run UI, no background traffic. The
 * flags alone still let it look up Google's account and update hosts; only this machine's names resolve.
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ];
  // Chromium refuses to start its sandbox as root (CI containers); only then is it dropped.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** A file this process may run (a folder passes the X_OK test too). */
const isExecutable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

function playwrightsOwn(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && isExecutable(path) ? path : undefined;
  } catch {
    // Playwright has no build of its Chromium for this platform.
    return undefined;
  }
}

/** The first browser that exists: $CHROMIUM_PATH, Debian's Chromium, then Playwright's own download. */
export function locateBrowser(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. Point it at a Chromium binary or unset it.`);
    return fromEnv;
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return playwrightsOwn();
}

const HOW_TO =
  'Install one and run the command again: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
  'or `node_modules/.bin/playwright install chromium` (downloads from the internet), ' +
  'or set CHROMIUM_PATH to an existing Chromium or Chrome binary.';

/**
 * A browser for the tests and for printing the archive PDFs, installing one when none is found, so
 * that neither command needs a manual step: apt as root (from Debian's registry), else
 * Playwright's download. Where both fail, the error says how to get one.
 */
export function findBrowser(log: (line: string) => void = console.log): string {
  const found = locateBrowser();
  if (found) return found;
  if (process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get')) {
    log('No Chromium found; installing Debian\'s chromium with apt-get…');
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      log('apt-get could not install chromium.');
    }
  }
  if (!locateBrowser()) {
    log('No Chromium found; trying `playwright install chromium`…');
    spawnSync(process.execPath, ['node_modules/playwright/cli.js', 'install', 'chromium'], { stdio: 'inherit' });
  }
  const installed = locateBrowser();
  if (!installed) throw new Error(`No Chromium browser found or installed. ${HOW_TO}`);
  return installed;
}
