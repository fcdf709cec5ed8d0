import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { isPrivileged, type CommentThreadView, type CommentView, type VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, RouterLink } from '@angular/router';
import { finalize, Observable, Subscription, tap } from 'rxjs';

import { apiErrorMessages } from '../../../core/api/api-error';
import { hiddenReplies } from '../../../core/comments/comment-list';
import { CommentService } from '../../../core/comments/comment.service';
import { LiveCommentsService } from '../../../core/comments/live-comments.service';
import { SessionStore } from '../../../core/session/session.store';
import { AvatarComponent } from '../../../shared/avatar/avatar.component';
import { LoadErrorComponent } from '../../../shared/load-error/load-error.component';
import { SignInPrompt } from '../../../shared/sign-in-prompt/sign-in-prompt';
import { CommentFormComponent } from './comment-form.component';
import { CommentItemComponent } from './comment-item.component';
import { CommentThreadsStore } from './comment-threads.store';

/** Where a reply goes: the thread, and the comment answered (to name its author in the text). */
interface ReplyTarget {
  threadId: string;
  to: CommentView;
}

/** The comments under a video: the form, threads one level deep, "more", and new comments live. */
@Component({
  selector: 'cs-comments-section',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    AvatarComponent,
    CommentFormComponent,
    CommentItemComponent,
    LoadErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './comments-section.component.html',
  styleUrl: './comments-section.component.scss',
})
export class CommentsSectionComponent {
  private readonly api = inject(CommentService);
  private readonly live = inject(LiveCommentsService);
  private readonly signIn = inject(SignInPrompt);
  private readonly snackBar = inject(MatSnackBar);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);
  protected readonly session = inject(SessionStore);
  protected readonly returnUrl = inject(Router).url;

  readonly video = input.required<VideoView>();
  /** A comment to scroll to and mark (the `?comment=` of a notification's link). */
  readonly highlight = input<string | undefined>();

  protected readonly store = new CommentThreadsStore(this.api);
  protected readonly videoId = computed(() => this.video().id);
  protected readonly replyTarget = signal<ReplyTarget | null>(null);
  protected readonly loadingReplies = signal<ReadonlySet<string>>(new Set());
  protected readonly hiddenReplies = hiddenReplies;
  /** The owner of the video and moderators may delete any comment under it. */
  private readonly moderates = computed(() => {
    const user = this.session.user();
    return !!user && (user.id === this.video().owner.id || isPrivileged(user.role));
  });
  private scrolledTo: string | null = null;

  protected readonly postComment = (body: string): Observable<CommentView> =>
    this.api.create(this.videoId(), body).pipe(tap((comment) => this.store.add(comment)));

  protected readonly postReply = (body: string): Observable<CommentView> => {
    const target = this.replyTarget();
    return this.api.create(this.videoId(), body, target?.to.id).pipe(
      tap((comment) => {
        this.store.add(comment);
        this.replyTarget.set(null);
      }),
    );
  };

  constructor() {
    effect((onCleanup) => {
      const videoId = this.videoId();
      const subscription: Subscription = untracked(() => {
        this.store.start(videoId, this.video().commentCount);
        this.replyTarget.set(null);
        return this.live.of(videoId).subscribe((change) => this.store.apply(change));
      });
      onCleanup(() => subscription.unsubscribe());
    });
    afterRenderEffect(() => {
      const id = this.highlight();
      this.store.threads.items();
      if (!id || this.scrolledTo === id) return;
      const element = this.host.nativeElement.querySelector(`[data-comment-id="${CSS.escape(id)}"]`);
      if (!element) return;
      this.scrolledTo = id;
      element.scrollIntoView({ block: 'center' });
    });
    inject(DestroyRef).onDestroy(() => this.store.destroy());
  }

  protected canEdit(comment: CommentView): boolean {
    return this.session.user()?.id === comment.author.id;
  }

  protected canDelete(comment: CommentView): boolean {
    return this.canEdit(comment) || this.moderates();
  }

  protected byCreator(comment: CommentView): boolean {
    return comment.author.id === this.video().owner.id;
  }

  protected replyTo(thread: CommentThreadView, to: CommentView): void {
    if (this.session.status() !== 'signed-in') {
      this.signIn.show('reply');
      return;
    }
    this.replyTarget.set({ threadId: thread.id, to });
  }

  /** Replying to a reply names its author, since all replies of a thread sit at one level. */
  protected replyPrefix(target: ReplyTarget): string {
    return target.to.parentId ? `@${target.to.author.username} ` : '';
  }

  protected moreReplies(thread: CommentThreadView): void {
    this.loadingReplies.update((ids) => new Set(ids).add(thread.id));
    this.store
      .moreReplies(thread)
      .pipe(
        finalize(() =>
          this.loadingReplies.update((ids) => {
            const next = new Set(ids);
            next.delete(thread.id);
            return next;
          }),
        ),
      )
      .subscribe({
        error: (error: unknown) =>
          this.snackBar.open(apiErrorMessages(error).join(' '), 'Close', { duration: 6000 }),
      });
  }
}
