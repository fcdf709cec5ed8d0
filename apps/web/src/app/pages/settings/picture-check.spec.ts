import { PICTURE_MAX_BYTES, pictureProblem } from './picture-check';

describe('pictureProblem', () => {
  it('takes JPEG, PNG and WebP pictures up to the limit', () => {
    expect(pictureProblem({ type: 'image/png', size: 1000 })).toBeNull();
    expect(pictureProblem({ type: 'image/webp', size: PICTURE_MAX_BYTES })).toBeNull();
  });

  it('says what is wrong with other files', () => {
    expect(pictureProblem({ type: 'image/gif', size: 1000 })).toContain('JPEG, PNG or WebP');
    expect(pictureProblem({ type: 'image/jpeg', size: PICTURE_MAX_BYTES + 1 })).toContain('10 MB');
    expect(pictureProblem({ type: 'image/jpeg', size: 0 })).toContain('empty');
  });
});
