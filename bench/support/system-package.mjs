import { run } from '../../scripts/lib/process.mjs';
import { locateOnPath } from '../../scripts/lib/system-tools.mjs';
import { step } from '../../scripts/lib/log.mjs';

const SYSTEM_PATH = `${process.env.PATH}:/usr/local/sbin:/usr/sbin:/sbin`;

/**
 * A program a bench's baseline needs (nginx, wrk): its path, installed from Debian's packages when it is
 * missing and we are root; null when it cannot be had (the bench then says how to install it).
 */
export async function findOrInstall(program, aptPackage = program) {
  const found = () => locateOnPath(program, { PATH: SYSTEM_PATH });
  if (found()) return found();
  if (process.getuid?.() !== 0 || !locateOnPath('apt-get')) return null;
  step(`Installing ${aptPackage} with apt-get (this bench needs it)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await run('apt-get', ['update'], { env });
  await run('apt-get', ['install', '-y', '--no-install-recommends', aptPackage], { env });
  return found();
}
