const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];

/** `10 GiB`, `1.5 MiB`, `512 bytes`: sizes as people read them in messages. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const rounded = unit === 0 ? String(value) : String(Math.round(value * 10) / 10);
  return `${rounded} ${UNITS[unit]}`;
}
