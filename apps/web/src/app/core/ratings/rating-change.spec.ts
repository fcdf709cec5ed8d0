import { applyRating, nextRating } from './rating-change';

describe('nextRating', () => {
  it('gives the pressed rating, or takes back the one already given', () => {
    expect(nextRating('none', 'like')).toBe('like');
    expect(nextRating('dislike', 'like')).toBe('like');
    expect(nextRating('like', 'like')).toBe('none');
    expect(nextRating('dislike', 'dislike')).toBe('none');
  });
});

describe('applyRating', () => {
  it('counts a new like', () => {
    expect(applyRating({ likes: 2, dislikes: 1, rating: 'none' }, 'like')).toEqual({
      likes: 3,
      dislikes: 1,
      rating: 'like',
    });
  });

  it('moves a dislike over to a like', () => {
    expect(applyRating({ likes: 2, dislikes: 1, rating: 'dislike' }, 'like')).toEqual({
      likes: 3,
      dislikes: 0,
      rating: 'like',
    });
  });

  it('takes a rating back', () => {
    expect(applyRating({ likes: 2, dislikes: 1, rating: 'like' }, 'none')).toEqual({
      likes: 1,
      dislikes: 1,
      rating: 'none',
    });
  });

  it('changes nothing when the rating stays', () => {
    const view = { likes: 5, dislikes: 0, rating: 'like' } as const;
    expect(applyRating(view, 'like')).toEqual(view);
  });

  it('never goes below zero on stale counts', () => {
    expect(applyRating({ likes: 0, dislikes: 0, rating: 'like' }, 'none').likes).toBe(0);
  });
});
