import { ChangeDetectionStrategy, Component, inject, input, linkedSignal } from '@angular/core';
import { rxResource, takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { Rating, RatingView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { catchError, concatMap, of, Subject } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { applyRating, nextRating } from '../../core/ratings/rating-change';
import { RatingService } from '../../core/ratings/rating.service';
import { SessionStore } from '../../core/session/session.store';
import { CompactNumberPipe } from '../../shared/format/format.pipes';
import { SignInPrompt } from '../../shared/sign-in-prompt/sign-in-prompt';

/**
 * Like and dislike with their counts. A press shows its effect at once; the requests go out in order
 * and only the answer to the last one is shown, so quick presses never make the counts jump back.
 */
@Component({
  selector: 'cs-rating-buttons',
  imports: [MatButtonModule, MatIconModule, MatTooltipModule, CompactNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = view();
    <div class="rating" role="group" aria-label="Rate this video">
      <button
        mat-button
        type="button"
        class="like"
        data-testid="like-button"
        [attr.aria-pressed]="r.rating === 'like'"
        [attr.aria-label]="'I like this (' + r.likes + ')'"
        [matTooltip]="r.rating === 'like' ? 'Take back your like' : 'I like this'"
        (click)="press('like')"
      >
        <mat-icon [svgIcon]="r.rating === 'like' ? 'thumb-up' : 'thumb-up-outline'" aria-hidden="true" />
        <span data-testid="like-count">{{ r.likes | compactNumber }}</span>
      </button>
      <span class="divider" aria-hidden="true"></span>
      <button
        mat-button
        type="button"
        class="dislike"
        data-testid="dislike-button"
        [attr.aria-pressed]="r.rating === 'dislike'"
        [attr.aria-label]="'I dislike this (' + r.dislikes + ')'"
        [matTooltip]="r.rating === 'dislike' ? 'Take back your dislike' : 'I dislike this'"
        (click)="press('dislike')"
      >
        <mat-icon
          [svgIcon]="r.rating === 'dislike' ? 'thumb-down' : 'thumb-down-outline'"
          aria-hidden="true"
        />
        <span data-testid="dislike-count">{{ r.dislikes | compactNumber }}</span>
      </button>
    </div>
  `,
  styles: `
    .rating {
      display: inline-flex;
      align-items: center;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-surface-container-high);
      --mat-button-text-label-text-color: var(--mat-sys-on-surface);
      --mat-button-text-horizontal-padding: 16px;
    }
    button[aria-pressed='true'] {
      --mat-button-text-label-text-color: var(--mat-sys-primary);
    }
    .like {
      border-radius: var(--mat-sys-corner-full) 0 0 var(--mat-sys-corner-full);
    }
    .dislike {
      border-radius: 0 var(--mat-sys-corner-full) var(--mat-sys-corner-full) 0;
    }
    .divider {
      width: 1px;
      height: 24px;
      background: var(--mat-sys-outline-variant);
    }
    span[data-testid] {
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class RatingButtonsComponent {
  private readonly ratings = inject(RatingService);
  private readonly session = inject(SessionStore);
  private readonly signIn = inject(SignInPrompt);
  private readonly snackBar = inject(MatSnackBar);

  readonly videoId = input.required<string>();
  /** The counts the video came with, shown until the rating endpoint answers. */
  readonly likes = input(0);
  readonly dislikes = input(0);

  /** Asked again when the viewer signs in or out: their own rating comes with it. */
  private readonly fetched = rxResource({
    params: () => ({ id: this.videoId(), user: this.session.userId() }),
    stream: ({ params }) => this.ratings.get(params.id),
  });
  protected readonly view = linkedSignal<RatingView>(() =>
    this.fetched.hasValue()
      ? this.fetched.value()
      : { likes: this.likes(), dislikes: this.dislikes(), rating: 'none' },
  );
  private readonly presses = new Subject<{ videoId: string; rating: Rating }>();
  private pending = 0;

  constructor() {
    this.presses
      .pipe(
        concatMap(({ videoId, rating }) =>
          this.ratings.rate(videoId, rating).pipe(
            catchError((error: unknown) => {
              this.snackBar.open(apiErrorMessages(error).join(' '), 'Close', { duration: 6000 });
              return of(null);
            }),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((answer) => {
        this.pending--;
        if (this.pending > 0) return;
        // After a refusal, the server's counts replace the guess.
        if (answer) this.view.set(answer);
        else this.fetched.reload();
      });
  }

  protected press(kind: Exclude<Rating, 'none'>): void {
    if (this.session.status() !== 'signed-in') {
      this.signIn.show(`${kind} videos`);
      return;
    }
    const rating = nextRating(this.view().rating, kind);
    this.view.update((view) => applyRating(view, rating));
    this.pending++;
    this.presses.next({ videoId: this.videoId(), rating });
  }
}
