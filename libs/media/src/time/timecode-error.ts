/** A time or segment the caller gave that cannot be used; `field` names the input at fault. */
export class TimecodeError extends Error {
  override readonly name = 'TimecodeError';

  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
