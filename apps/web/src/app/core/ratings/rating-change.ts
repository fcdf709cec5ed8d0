import type { Rating, RatingView } from '@clipstream/contract';

/** What pressing a button asks for: pressing the rating one already gave takes it back. */
export function nextRating(current: Rating, pressed: Exclude<Rating, 'none'>): Rating {
  return current === pressed ? 'none' : pressed;
}

/** The counts as they will be once the server has taken `rating`, shown before it answers. */
export function applyRating(view: RatingView, rating: Rating): RatingView {
  const likes = view.likes - (view.rating === 'like' ? 1 : 0) + (rating === 'like' ? 1 : 0);
  const dislikes = view.dislikes - (view.rating === 'dislike' ? 1 : 0) + (rating === 'dislike' ? 1 : 0);
  return { likes: Math.max(0, likes), dislikes: Math.max(0, dislikes), rating };
}
