import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import type { PlaylistSummaryView, PlaylistView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { filter, finalize } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { PlaylistService } from '../../core/playlists/playlist.service';
import { SessionStore } from '../../core/session/session.store';
import {
  PlaylistDialogComponent,
  type PlaylistDialogData,
} from '../../shared/playlist-dialog/playlist-dialog.component';
import { SignInPrompt } from '../../shared/sign-in-prompt/sign-in-prompt';

type Target = Pick<PlaylistSummaryView, 'id' | 'title'>;

/**
 * "Save" under a video: Watch later, one's playlists, or a new one. The menu is read fresh each time
 * it opens; a save can be undone from its message, and saving a video twice offers to remove it.
 */
@Component({
  selector: 'cs-save-to-playlist',
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, MatProgressBarModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.status() === 'signed-in') {
      <button
        mat-stroked-button
        type="button"
        data-testid="save-button"
        [matMenuTriggerFor]="menu"
        (menuOpened)="load()"
      >
        <mat-icon svgIcon="playlist-add" aria-hidden="true" /> Save
      </button>
    } @else {
      <button mat-stroked-button type="button" data-testid="save-button" (click)="signIn.show('save videos')">
        <mat-icon svgIcon="playlist-add" aria-hidden="true" /> Save
      </button>
    }
    <mat-menu #menu="matMenu" xPosition="before">
      <p class="heading">Save to…</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" aria-label="Loading your playlists" />
      } @else if (loadError()) {
        <p class="note" role="alert">Your playlists could not be loaded.</p>
      }
      @for (playlist of playlists(); track playlist.id) {
        <button
          mat-menu-item
          type="button"
          data-testid="save-to-playlist"
          [attr.data-playlist-id]="playlist.id"
          [attr.data-watch-later]="playlist.isWatchLater || null"
          (click)="add(playlist)"
        >
          <mat-icon [svgIcon]="playlist.isWatchLater ? 'schedule' : 'playlist-play'" aria-hidden="true" />
          <span>{{ playlist.title }}</span>
        </button>
      }
      <mat-divider />
      <button mat-menu-item type="button" data-testid="save-new-playlist" (click)="createAndAdd()">
        <mat-icon svgIcon="add" aria-hidden="true" />
        <span>New playlist…</span>
      </button>
    </mat-menu>
  `,
  styles: `
    .heading {
      margin: 0;
      padding: 8px 16px;
      font: var(--mat-sys-title-small);
    }
    .note {
      margin: 0;
      padding: 8px 16px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .mat-mdc-menu-item span {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
      max-width: 240px;
    }
  `,
})
export class SaveToPlaylistComponent {
  private readonly api = inject(PlaylistService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  protected readonly session = inject(SessionStore);
  protected readonly signIn = inject(SignInPrompt);

  readonly videoId = input.required<string>();

  protected readonly playlists = signal<PlaylistSummaryView[]>([]);
  protected readonly loading = signal(false);
  protected readonly loadError = signal(false);

  protected load(): void {
    this.loading.set(this.playlists().length === 0);
    this.loadError.set(false);
    this.api
      .mine(1, 100)
      .pipe(finalize(() => this.loading.set(false)))
      .subscribe({
        next: (page) => this.playlists.set(page.items),
        error: () => this.loadError.set(true),
      });
  }

  protected add(playlist: Target): void {
    const videoId = this.videoId();
    this.api.addItem(playlist.id, videoId).subscribe({
      next: () =>
        this.snackBar
          .open(`Saved to ${playlist.title}.`, 'Undo', { duration: 5000 })
          .onAction()
          .subscribe(() => this.remove(playlist, videoId)),
      error: (error: unknown) => {
        if (error instanceof HttpErrorResponse && error.status === 409) {
          this.snackBar
            .open(`Already in ${playlist.title}.`, 'Remove it', { duration: 6000 })
            .onAction()
            .subscribe(() => this.remove(playlist, videoId));
          return;
        }
        this.fail(error);
      },
    });
  }

  protected createAndAdd(): void {
    this.dialog
      .open<PlaylistDialogComponent, PlaylistDialogData, PlaylistView>(PlaylistDialogComponent, {
        data: {},
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((created): created is PlaylistView => !!created))
      .subscribe((created) => this.add(created));
  }

  private remove(playlist: Target, videoId: string): void {
    this.api.removeItem(playlist.id, videoId).subscribe({
      next: () => this.snackBar.open(`Removed from ${playlist.title}.`, undefined, { duration: 3000 }),
      error: (error: unknown) => this.fail(error),
    });
  }

  private fail(error: unknown): void {
    this.snackBar.open(apiErrorMessages(error).join(' '), 'Close', { duration: 6000 });
  }
}
