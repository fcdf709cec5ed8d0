const MAX_BASE_LENGTH = 180;

/**
 * `{sourceId}_{start}_{end}_{quality}.{ext}` (times in seconds), or the custom name with the right
 * extension. Either way only letters, digits, `.`, `_`, `-` and spaces survive: no path separators, no
 * leading dots, no control characters, at most 180 characters before the extension.
 */
export function segmentFileName(
  sourceId: string,
  start: number,
  end: number,
  quality: string,
  ext: string,
  custom?: string | null,
): string {
  const extension =
    sanitise(ext)
      .replace(/[^a-z0-9]/gi, '')
      .toLowerCase() || 'bin';
  const customBase = custom?.trim()
    ? sanitise(custom.trim().replace(new RegExp(`\\.${extension}$`, 'i'), ''))
    : '';
  const base =
    customBase || sanitise(`${sourceId}_${seconds(start)}_${seconds(end)}_${quality}`) || 'segment';
  return `${base}.${extension}`;
}

function sanitise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\p{Pd}/gu, '-')
    .replace(/[^\p{L}\p{N}._ -]+/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/_{2,}/g, '_')
    .replace(/^[\s._-]+|[\s._-]+$/g, '')
    .slice(0, MAX_BASE_LENGTH)
    .trim();
}

/** 240 → "240", 12.5 → "12.5", 1.2345 → "1.235". */
function seconds(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
