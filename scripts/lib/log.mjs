/** One voice for every setup step, so a newcomer sees what happens and what to do when it fails. */
const tag = '[clipstream]';

export const step = (message) => console.log(`${tag} ${message}`);

export const warn = (message) => console.warn(`${tag} warning: ${message}`);

export const printError = (message) => console.error(`${tag} ${message}`);

/** Thrown when setup cannot go on; the entry scripts print its message alone, without a stack. */
export class SetupError extends Error {}

export function fail(message) {
  throw new SetupError(message);
}
