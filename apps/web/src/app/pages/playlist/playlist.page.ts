import { CdkDrag, CdkDragDrop, CdkDragHandle, CdkDragPlaceholder, CdkDropList } from '@angular/cdk/drag-drop';
import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import type { PlaylistItemView, PlaylistView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { filter, switchMap } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { PlaylistService } from '../../core/playlists/playlist.service';
import { SessionStore } from '../../core/session/session.store';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog/confirm-dialog.component';
import { CompactNumberPipe, TimeAgoPipe } from '../../shared/format/format.pipes';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import {
  PlaylistDialogComponent,
  type PlaylistDialogData,
} from '../../shared/playlist-dialog/playlist-dialog.component';
import { VideoThumbnailComponent } from '../../shared/video-thumbnail/video-thumbnail.component';
import { visibilityOption } from '../../shared/visibility/visibility-options';
import { movedItem, videoOrder } from './playlist-order';

/**
 * A playlist: its videos in order. Its owner reorders them (drag and drop, or the arrow buttons from
 * the keyboard), removes them, and renames, shares or deletes the playlist. Changes show at once and
 * are put back if the server refuses them.
 */
@Component({
  selector: 'cs-playlist-page',
  imports: [
    CdkDrag,
    CdkDragHandle,
    CdkDragPlaceholder,
    CdkDropList,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    CompactNumberPipe,
    LoadErrorComponent,
    TimeAgoPipe,
    VideoThumbnailComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './playlist.page.html',
  styleUrl: './playlist.page.scss',
})
export class PlaylistPage {
  private readonly api = inject(PlaylistService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);

  /** From the `:id` of the route (`watch-later` works too). */
  readonly id = input.required<string>();

  protected readonly playlist = rxResource({
    params: () => ({ id: this.id(), viewer: this.session.userId() }),
    stream: ({ params }) => this.api.get(params.id),
  });
  /** The shown details and order, ahead of the server while a change is on its way. */
  protected readonly details = linkedSignal(() => (this.playlist.hasValue() ? this.playlist.value() : null));
  protected readonly items = linkedSignal<PlaylistItemView[]>(() => this.details()?.items ?? []);
  protected readonly saving = signal(false);
  protected readonly isOwner = computed(() => {
    const user = this.session.user();
    const details = this.details();
    return !!user && !!details && details.owner.username === user.username;
  });
  protected readonly visibility = computed(() => {
    const details = this.details();
    return details ? visibilityOption(details.visibility) : null;
  });
  protected readonly missing = computed(() => {
    const error = this.playlist.error();
    if (!(error instanceof HttpErrorResponse)) return null;
    if (error.status === 404) return 'This playlist does not exist, or it has been deleted.';
    if (error.status === 403) return 'This playlist is private.';
    if (error.status === 401) return 'Sign in to see your Watch later list.';
    return null;
  });

  constructor() {
    const title = inject(Title);
    effect(() => {
      const details = this.details();
      if (details) title.setTitle(`${details.title} · Clipstream`);
    });
  }

  protected dropped(event: CdkDragDrop<PlaylistItemView[]>): void {
    this.move(event.previousIndex, event.currentIndex);
  }

  protected move(from: number, to: number): void {
    const before = this.items();
    if (from === to || to < 0 || to >= before.length) return;
    const after = movedItem(before, from, to);
    this.items.set(after);
    this.saving.set(true);
    this.api.reorder(this.details()!.id, videoOrder(after)).subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.details.set(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.items.set(before);
        this.fail(error);
        // The playlist changed elsewhere (another tab): show what it is now.
        if (error instanceof HttpErrorResponse && error.status === 409) this.playlist.reload();
      },
    });
  }

  protected removeItem(item: PlaylistItemView): void {
    const before = this.items();
    this.items.set(before.filter((other) => other.video.id !== item.video.id));
    this.api.removeItem(this.details()!.id, item.video.id).subscribe({
      next: () => {
        this.details.update(
          (details) =>
            details && {
              ...details,
              items: details.items.filter((other) => other.video.id !== item.video.id),
              itemCount: Math.max(0, details.itemCount - 1),
            },
        );
        this.snackBar.open(`Removed “${item.video.title}”.`, undefined, { duration: 3000 });
      },
      error: (error: unknown) => {
        this.items.set(before);
        this.fail(error);
      },
    });
  }

  protected edit(): void {
    const details = this.details();
    if (!details) return;
    this.dialog
      .open<PlaylistDialogComponent, PlaylistDialogData, PlaylistView>(PlaylistDialogComponent, {
        data: { playlist: details },
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((saved): saved is PlaylistView => !!saved))
      .subscribe((saved) => {
        this.details.set(saved);
        this.snackBar.open('Playlist saved.', undefined, { duration: 3000 });
      });
  }

  protected remove(): void {
    const details = this.details();
    if (!details) return;
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'Delete this playlist?',
          message: `“${details.title}” will be deleted. Its videos stay where they are.`,
          confirm: 'Delete',
        },
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.remove(details.id)),
      )
      .subscribe({
        next: () => {
          this.snackBar.open('Playlist deleted.', undefined, { duration: 3000 });
          void this.router.navigateByUrl('/playlists');
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  private fail(error: unknown): void {
    this.snackBar.open(apiErrorMessages(error).join(' '), 'Close', { duration: 6000 });
  }
}
