import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { run } from './process.mjs';
import { fail, step, warn } from './log.mjs';

/** The programs Clipstream runs, where their path can be configured, and the Debian package with them. */
const TOOLS = {
  ffmpeg: { pathVariable: 'FFMPEG_PATH', aptPackage: 'ffmpeg' },
  ffprobe: { pathVariable: 'FFPROBE_PATH', aptPackage: 'ffmpeg' },
  'yt-dlp': { pathVariable: 'YTDLP_PATH', aptPackage: 'yt-dlp' },
  // the browser tests drive Debian's chromium
  chromium: { pathVariable: 'CHROMIUM_PATH', aptPackage: 'chromium' },
};

/**
 * Makes sure the named programs can be run: found as configured or on PATH, or installed with apt when we
 * are root. Otherwise stops with one message that says how to install them.
 */
export async function ensureSystemTools(names, env = process.env) {
  let missing = names.filter((name) => !locate(name, env));
  if (missing.length && process.getuid?.() === 0 && locateOnPath('apt-get', env)) {
    const packages = [...new Set(missing.map((name) => TOOLS[name].aptPackage))];
    step(`Installing ${packages.join(', ')} with apt-get…`);
    const aptEnv = { ...env, DEBIAN_FRONTEND: 'noninteractive' };
    await run('apt-get', ['update'], { env: aptEnv });
    await run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env: aptEnv });
    missing = names.filter((name) => !locate(name, env));
  }
  if (missing.length) fail(missingToolsMessage(missing, env));
  if (names.includes('yt-dlp') && env.YTDLP_AUTO_UPDATE === '1') updateYtDlp(locate('yt-dlp', env));
}

/** The program's full path, or null. A configured path (e.g. FFMPEG_PATH) is used as given. */
export function locate(name, env = process.env) {
  const configured = env[TOOLS[name]?.pathVariable];
  if (configured)
    return configured.includes('/')
      ? isExecutable(configured)
        ? configured
        : null
      : locateOnPath(configured, env);
  return locateOnPath(name, env);
}

export function locateOnPath(name, env = process.env) {
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function missingToolsMessage(missing, env) {
  const packages = [...new Set(missing.map((name) => TOOLS[name].aptPackage))].join(' ');
  const configured = missing
    .filter((name) => env[TOOLS[name].pathVariable])
    .map(
      (name) => ` ${TOOLS[name].pathVariable}=${env[TOOLS[name].pathVariable]} is not an executable file.`,
    );
  return (
    `Missing program(s): ${missing.join(', ')}.${configured.join('')} Install them, e.g. on Debian/Ubuntu: ` +
    `\`sudo apt-get install -y ${packages}\` (or set ${missing.map((name) => TOOLS[name].pathVariable).join(', ')} ` +
    'to their paths), then run this command again.'
  );
}

/** Sites change often, so yt-dlp may be updated at start when asked to; a failure (e.g. offline) is only a warning. */
function updateYtDlp(path) {
  step('Updating yt-dlp (YTDLP_AUTO_UPDATE=1)…');
  const result = spawnSync(path, ['-U'], { stdio: 'inherit', timeout: 60_000 });
  if (result.status !== 0) warn('yt-dlp could not update itself; going on with the installed version.');
}
