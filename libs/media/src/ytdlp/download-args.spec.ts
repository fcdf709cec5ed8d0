import { SECTION_TIME_OFFSET, ytDlpDownloadArgs } from './download-args';

describe('ytDlpDownloadArgs (pure)', () => {
  const settings = { proxyUrl: 'http://127.0.0.1:9000' };

  it('fetches a section through the guard, keeping the source timestamps, the URL after --', () => {
    const args = ytDlpDownloadArgs(
      {
        url: '--exec=rm -rf /',
        formatIds: ['137', '140'],
        section: { start: 15, end: 31.5 },
        directory: '/tmp/job',
      },
      settings,
    );
    expect(args.slice(-2)).toEqual(['--', '--exec=rm -rf /']);
    expect(args).toEqual(
      expect.arrayContaining(['--ignore-config', '--no-playlist', '--proxy', settings.proxyUrl]),
    );
    const after = (flag: string) => args.filter((_, index) => args[index - 1] === flag);
    expect(after('-f')).toEqual(['137+140']);
    expect(after('--download-sections')).toEqual(['*15.000-31.500']);
    expect(after('--downloader-args')).toEqual([
      `ffmpeg_o:-copyts -output_ts_offset ${SECTION_TIME_OFFSET}`,
      expect.stringMatching(/^ffmpeg_i:-protocol_whitelist http,https,tcp,tls,crypto,httpproxy /),
    ]);
    expect(after('-P')).toEqual(['/tmp/job']);
    expect(args).not.toContain('--cookies');
    expect(args).not.toContain('--force-keyframes-at-cuts');
  });

  it('fetches the whole stream when there is no section, with cookies only when configured', () => {
    const args = ytDlpDownloadArgs(
      { url: 'https://v.example/w', formatIds: ['ism-1'], directory: '/tmp/job' },
      { ...settings, cookiesFile: '/etc/clipstream/cookies.txt' },
    );
    expect(args).not.toContain('--download-sections');
    expect(args.join(' ')).not.toMatch(/copyts/);
    expect(args).toEqual(expect.arrayContaining(['--cookies', '/etc/clipstream/cookies.txt']));
  });
});
