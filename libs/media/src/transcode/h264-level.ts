/** H.264 levels (Annex A): max macroblocks per second, per frame, and max bitrate in kbit/s (High = ×1.25). */
const LEVELS = [
  { level: '3.0', idc: 30, mbps: 40_500, frameMbs: 1_620, kbps: 10_000 },
  { level: '3.1', idc: 31, mbps: 108_000, frameMbs: 3_600, kbps: 14_000 },
  { level: '3.2', idc: 32, mbps: 216_000, frameMbs: 5_120, kbps: 20_000 },
  { level: '4.0', idc: 40, mbps: 245_760, frameMbs: 8_192, kbps: 20_000 },
  { level: '4.1', idc: 41, mbps: 245_760, frameMbs: 8_192, kbps: 50_000 },
  { level: '4.2', idc: 42, mbps: 522_240, frameMbs: 8_704, kbps: 50_000 },
  { level: '5.0', idc: 50, mbps: 589_824, frameMbs: 22_080, kbps: 135_000 },
  { level: '5.1', idc: 51, mbps: 983_040, frameMbs: 36_864, kbps: 240_000 },
  { level: '5.2', idc: 52, mbps: 2_073_600, frameMbs: 36_864, kbps: 240_000 },
  { level: '6.0', idc: 60, mbps: 4_177_920, frameMbs: 139_264, kbps: 240_000 },
] as const;

/**
 * The lowest level (3.0 at least, which every device decodes) that fits a High-profile stream: players
 * pick renditions by the level in CODECS, so a level too low would be refused and one too high skipped.
 */
export function h264LevelFor(width: number, height: number, fps: number, maxrate: number): string {
  const frameMbs = Math.ceil(width / 16) * Math.ceil(height / 16);
  const fits = LEVELS.find(
    (l) => frameMbs <= l.frameMbs && frameMbs * fps <= l.mbps && maxrate <= l.kbps * 1000 * 1.25,
  );
  return (fits ?? LEVELS[LEVELS.length - 1]).level;
}

export const AAC_LC_CODEC = 'mp4a.40.2';
