import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';
import type { PlaylistSummaryView, PlaylistView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import { filter } from 'rxjs';

import { PlaylistService } from '../../core/playlists/playlist.service';
import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { InfiniteScrollDirective } from '../../shared/paging/infinite-scroll.directive';
import { PagedList } from '../../shared/paging/paged-list';
import { PlaylistCardComponent } from '../../shared/playlist-card/playlist-card.component';
import {
  PlaylistDialogComponent,
  type PlaylistDialogData,
} from '../../shared/playlist-dialog/playlist-dialog.component';

const PAGE_SIZE = 24;

/** The signed-in person's playlists, "Watch later" first. */
@Component({
  selector: 'cs-playlists-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    InfiniteScrollDirective,
    LoadErrorComponent,
    PlaylistCardComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="heading">
      <h1 class="page-title">Your playlists</h1>
      <button mat-flat-button type="button" data-testid="playlist-create" (click)="create()">
        <mat-icon svgIcon="add" aria-hidden="true" /> New playlist
      </button>
    </div>
    @if (playlists.loading() && !playlists.loaded()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading your playlists" />
    }
    @if (playlists.error() && !playlists.loaded()) {
      <cs-load-error [error]="playlists.error()" (retry)="playlists.retry()" />
    } @else if (playlists.loaded()) {
      <ul class="grid" data-testid="playlist-grid">
        @for (playlist of playlists.items(); track playlist.id) {
          <li><cs-playlist-card [playlist]="playlist" /></li>
        }
      </ul>
      <div
        class="more"
        (csInfiniteScroll)="playlists.loadMore()"
        [csInfiniteScrollItems]="playlists.items().length"
      >
        @if (playlists.error()) {
          <button mat-stroked-button type="button" (click)="playlists.retry()">Try again</button>
        } @else if (playlists.loading()) {
          <mat-progress-bar mode="indeterminate" aria-label="Loading more playlists" />
        }
      </div>
    }
  `,
  styles: `
    @use '../../../styles/card-grid' as *;
    @use '../../../styles/page-heading' as *;

    .heading {
      @include page-heading;
    }
    .grid {
      @include card-grid(240px);
    }
    .more {
      display: flex;
      justify-content: center;
      min-height: 48px;
      padding-top: 24px;
    }
    .more mat-progress-bar {
      max-width: 320px;
    }
  `,
})
export class PlaylistsPage {
  private readonly api = inject(PlaylistService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  protected readonly playlists = new PagedList<PlaylistSummaryView>();

  constructor() {
    this.playlists.reset((page) => this.api.mine(page, PAGE_SIZE));
    inject(DestroyRef).onDestroy(() => this.playlists.destroy());
  }

  protected create(): void {
    this.dialog
      .open<PlaylistDialogComponent, PlaylistDialogData, PlaylistView>(PlaylistDialogComponent, {
        data: {},
        width: '480px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .pipe(filter((created): created is PlaylistView => !!created))
      .subscribe((created) => void this.router.navigate(['/playlist', created.id]));
  }
}
