import { DestroyRef, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDialog } from '@angular/material/dialog';
import { MatSnackBar } from '@angular/material/snack-bar';
import { defer, filter, finalize, map, Observable, switchMap } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { ClipboardWriter } from '../../core/browser/clipboard-writer';
import { FileSaver } from '../../core/browser/file-saver';
import { DownloadService } from '../../core/downloads/download.service';
import type { DownloadView, ShareLink } from '../../core/downloads/download.types';
import { applyDownloadProgress } from '../../core/downloads/download-progress';
import { DownloadUpdatesService } from '../../core/downloads/download-updates.service';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog/confirm-dialog.component';
import { PagedList } from '../../shared/paging/paged-list';

const PAGE_SIZE = 10;

/**
 * The signed-in person's downloads on the downloader page: the history, page by page, kept live, with
 * new downloads put first and the actions each row offers. One per page (provided by the page).
 */
@Injectable()
export class DownloadHistoryStore {
  private readonly api = inject(DownloadService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly clipboard = inject(ClipboardWriter);
  private readonly fileSaver = inject(FileSaver);

  readonly list = new PagedList<DownloadView>();
  /** Downloads with a request in flight, whose buttons wait for it. */
  readonly busy = signal<ReadonlySet<string>>(new Set());

  constructor() {
    this.list.reset((page) => this.api.list(page, PAGE_SIZE));
    inject(DownloadUpdatesService)
      .changes(this.list.items)
      .pipe(takeUntilDestroyed())
      .subscribe((change) => {
        if (change.kind === 'progress')
          this.list.update((download) => applyDownloadProgress(download, change.event));
        else this.replace(change.download);
      });
    inject(DestroyRef).onDestroy(() => this.list.destroy());
  }

  /** Downloads just created on this page. */
  add(downloads: readonly DownloadView[]): void {
    this.list.prepend(downloads);
  }

  retry(download: DownloadView): void {
    this.whileBusy(download.id, this.api.retry(download.id)).subscribe({
      next: (fresh) => this.replace(fresh),
      error: (error: unknown) => this.fail(error),
    });
  }

  cancel(download: DownloadView): void {
    this.whileBusy(download.id, this.api.cancel(download.id)).subscribe({
      next: (fresh) => this.replace(fresh),
      error: (error: unknown) => this.fail(error),
    });
  }

  remove(download: DownloadView): void {
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'Delete this download?',
          message: `“${download.fileName}” will be removed from your history${
            download.fileUrl ? ', and its file deleted' : ''
          }. This cannot be undone.`,
          confirm: 'Delete',
        },
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        switchMap(() => this.whileBusy(download.id, this.api.remove(download.id))),
      )
      .subscribe({
        next: () => {
          this.list.remove(download.id);
          this.snackBar.open('Download deleted.', undefined, { duration: 3000 });
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  /**
   * Saves the file through a share link rather than fetching it here: the API wants the bearer token,
   * which a plain link cannot carry, and a file of gigabytes must not be held in the tab's memory.
   */
  saveFile(download: DownloadView): void {
    this.share(download).subscribe({
      next: (link) => this.fileSaver.save(link.url, download.fileName),
      error: (error: unknown) => this.fail(error),
    });
  }

  copyShareLink(download: DownloadView): void {
    this.share(download).subscribe({
      next: async (link) => {
        const until = link.expiresAt ? ` It works until ${new Date(link.expiresAt).toLocaleString()}.` : '';
        if (await this.clipboard.copy(link.url)) {
          this.snackBar.open(`Share link copied.${until}`, undefined, { duration: 5000 });
        } else {
          this.snackBar.open(`Copy this link: ${link.url}`, 'Close');
        }
      },
      error: (error: unknown) => this.fail(error),
    });
  }

  /** The link as an absolute address: the server answers a path when it does not know its public URL. */
  private share(download: DownloadView): Observable<ShareLink> {
    return this.whileBusy(download.id, this.api.share(download.id)).pipe(
      map((link) => ({ ...link, url: new URL(link.url, window.location.origin).href })),
    );
  }

  private replace(fresh: DownloadView): void {
    this.list.update((download) => (download.id === fresh.id ? fresh : download));
  }

  private whileBusy<T>(id: string, request: Observable<T>): Observable<T> {
    return defer(() => {
      this.setBusy(id, true);
      return request.pipe(finalize(() => this.setBusy(id, false)));
    });
  }

  private setBusy(id: string, busy: boolean): void {
    this.busy.update((ids) => {
      const next = new Set(ids);
      if (busy) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  private fail(error: unknown): void {
    this.snackBar.open(apiErrorMessages(error).join(' '), 'Close', { duration: 6000 });
  }
}
