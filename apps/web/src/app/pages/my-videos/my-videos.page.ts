import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { RouterLink } from '@angular/router';
import { catchError, EMPTY, filter, mergeMap, Observable, switchMap } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { LiveVideoService } from '../../core/videos/live-video.service';
import { VideoService } from '../../core/videos/video.service';
import { applyProgress, isSettled } from '../../core/videos/video-progress';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog/confirm-dialog.component';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { InfiniteScrollDirective } from '../../shared/paging/infinite-scroll.directive';
import { PagedList } from '../../shared/paging/paged-list';
import { EditVideoDialogComponent } from './edit-video-dialog.component';
import { MyVideoRowComponent } from './my-video-row.component';

const PAGE_SIZE = 20;

@Component({
  selector: 'cs-my-videos-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    InfiniteScrollDirective,
    LoadErrorComponent,
    MyVideoRowComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-videos.page.html',
  styleUrl: './my-videos.page.scss',
})
export class MyVideosPage {
  private readonly videoService = inject(VideoService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  protected readonly videos = new PagedList<VideoView>();
  /** Videos with a request in flight (delete, retry), whose buttons wait for it. */
  protected readonly busy = signal<ReadonlySet<string>>(new Set());

  constructor() {
    this.videos.reset((page) => this.videoService.mine({ page, pageSize: PAGE_SIZE }));
    const progress = inject(LiveVideoService).progress().pipe(takeUntilDestroyed());
    progress.subscribe((event) => this.videos.update((video) => applyProgress(video, event)));
    // The event of a settled video lacks the failure's reason and the new pictures: fetch it again.
    progress
      .pipe(
        filter((event) => isSettled(event.status) && this.videos.items().some((v) => v.id === event.videoId)),
        mergeMap((event) => this.videoService.get(event.videoId).pipe(catchError(() => EMPTY))),
      )
      .subscribe((video) => this.replace(video));
    inject(DestroyRef).onDestroy(() => this.videos.destroy());
  }

  protected edit(video: VideoView): void {
    this.dialog
      .open<EditVideoDialogComponent, VideoView, VideoView>(EditVideoDialogComponent, {
        data: video,
        width: '640px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .pipe(filter((saved): saved is VideoView => !!saved))
      .subscribe((saved) => {
        this.replace(saved);
        this.snackBar.open('Changes saved.', undefined, { duration: 3000 });
      });
  }

  protected remove(video: VideoView): void {
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'Delete this video?',
          message: `“${video.title}” and all its files will be deleted. This cannot be undone.`,
          confirm: 'Delete',
        },
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => this.whileBusy(video.id, this.videoService.remove(video.id))),
      )
      .subscribe({
        next: () => {
          this.videos.remove(video.id);
          this.snackBar.open('Video deleted.', undefined, { duration: 3000 });
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected retry(video: VideoView): void {
    this.whileBusy(
      video.id,
      this.videoService.retry(video.id).pipe(switchMap(() => this.videoService.get(video.id))),
    ).subscribe({
      next: (fresh) => this.replace(fresh),
      error: (error: unknown) => this.fail(error),
    });
  }

  private replace(fresh: VideoView): void {
    this.videos.update((video) => (video.id === fresh.id ? fresh : video));
  }

  private whileBusy<T>(id: string, request: Observable<T>): Observable<T> {
    return new Observable<T>((subscriber) => {
      this.busy.update((ids) => new Set(ids).add(id));
      const subscription = request.subscribe(subscriber);
      return () => {
        subscription.unsubscribe();
        this.busy.update((ids) => {
          const next = new Set(ids);
          next.delete(id);
          return next;
        });
      };
    });
  }

  private fail(error: unknown): void {
    this.snackBar.open(apiErrorMessages(error).join(' '), 'Close', { duration: 6000 });
  }
}
