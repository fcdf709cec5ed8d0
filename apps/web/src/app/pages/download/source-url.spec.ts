import { sourceUrlProblem } from './source-url';

describe('sourceUrlProblem', () => {
  it('lets web addresses through', () => {
    expect(sourceUrlProblem('https://videos.example/watch?v=1')).toBeNull();
    expect(sourceUrlProblem('http://127.0.0.1:8080/lecture.mp4')).toBeNull();
  });

  it('says what is wrong with anything else', () => {
    expect(sourceUrlProblem('')).toBe('Paste the address of a video first.');
    expect(sourceUrlProblem('videos.example/watch')).toMatch(/not a web address/);
    expect(sourceUrlProblem('--exec=id')).toMatch(/not a web address/);
    expect(sourceUrlProblem('file:///etc/passwd')).toMatch(/Only web addresses/);
    expect(sourceUrlProblem('ftp://files.example/a.mp4')).toMatch(/Only web addresses/);
  });
});
