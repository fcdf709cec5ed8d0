import { cueAt, parseStoryboardVtt } from './storyboard';

const VTT = `WEBVTT

1
00:00:00.000 --> 00:00:02.000
storyboard.jpg#xywh=0,0,160,90

2
00:00:02.000 --> 00:00:04.000
storyboard.jpg#xywh=160,0,160,90

00:04.000 --> 00:06.000
/media/v1/other.jpg#xywh=0,90,160,90

00:00:06.000 --> 00:00:08.000
not a sprite region
`;

describe('parseStoryboardVtt', () => {
  const cues = parseStoryboardVtt(VTT, 'http://localhost/media/v1/storyboard.vtt?sig=abc');

  it('reads the sprite region of every cue, with the sprite URL made absolute', () => {
    expect(cues).toHaveLength(3);
    expect(cues[1]).toEqual({
      start: 2,
      end: 4,
      url: 'http://localhost/media/v1/storyboard.jpg',
      x: 160,
      y: 0,
      width: 160,
      height: 90,
    });
    expect(cues[2].url).toBe('http://localhost/media/v1/other.jpg');
    expect(cues[2].start).toBe(4);
  });

  it('finds the tile for a time', () => {
    expect(cueAt(cues, 0)?.x).toBe(0);
    expect(cueAt(cues, 3.5)?.x).toBe(160);
    expect(cueAt(cues, 5)?.y).toBe(90);
    expect(cueAt(cues, 99)?.y).toBe(90);
    expect(cueAt([], 1)).toBeNull();
  });

  it('copes with Windows line ends', () => {
    expect(parseStoryboardVtt(VTT.replace(/\n/g, '\r\n'), 'http://localhost/a.vtt')).toHaveLength(3);
  });
});
