import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { LoadErrorComponent } from '../../shared/load-error/load-error.component';
import { InfiniteScrollDirective } from '../../shared/paging/infinite-scroll.directive';
import { DownloadHistoryStore } from './download-history.store';
import { DownloadRowComponent } from './download-row.component';

/** The person's downloads, newest first, a page at a time, each with its live state and actions. */
@Component({
  selector: 'cs-download-history',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    DownloadRowComponent,
    InfiniteScrollDirective,
    LoadErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let list = store.list;
    <div class="heading">
      <h2 id="history-title">Your downloads</h2>
      @if (list.loaded() && list.total() > 0) {
        <span class="total">{{ list.total() }}</span>
      }
    </div>
    @if (list.loading() && !list.loaded()) {
      <mat-progress-bar mode="indeterminate" aria-label="Loading your downloads" />
    }
    @if (list.error() && !list.loaded()) {
      <cs-load-error [error]="list.error()" (retry)="list.retry()" />
    } @else if (list.loaded()) {
      @if (list.items().length === 0) {
        <p class="empty" data-testid="downloads-empty">
          Nothing yet. The parts of videos you download show up here, ready to save or share for a week.
        </p>
      } @else {
        <ul class="list" data-testid="download-history">
          @for (download of list.items(); track download.id) {
            <li>
              <cs-download-row
                [download]="download"
                [busy]="store.busy().has(download.id)"
                (saveFile)="store.saveFile(download)"
                (share)="store.copyShareLink(download)"
                (retry)="store.retry(download)"
                (cancel)="store.cancel(download)"
                (remove)="store.remove(download)"
              />
            </li>
          }
        </ul>
        <div class="more" (csInfiniteScroll)="list.loadMore()" [csInfiniteScrollItems]="list.items().length">
          @if (list.error()) {
            <button mat-stroked-button type="button" (click)="list.retry()">Try again</button>
          } @else if (list.loading()) {
            <mat-progress-bar mode="indeterminate" aria-label="Loading more downloads" />
          } @else if (list.hasMore()) {
            <button mat-stroked-button type="button" data-testid="downloads-more" (click)="list.loadMore()">
              Show more
            </button>
          }
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .heading {
      display: flex;
      align-items: center;
      gap: 8px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .total {
      padding: 0 8px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .more {
      display: flex;
      justify-content: center;
      min-height: 8px;
      padding: 8px 0;
    }
    .more mat-progress-bar {
      max-width: 240px;
    }
  `,
})
export class DownloadHistoryComponent {
  protected readonly store = inject(DownloadHistoryStore);
}
