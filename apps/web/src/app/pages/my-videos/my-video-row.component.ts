import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { VideoView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';

import { CompactNumberPipe, TimeAgoPipe } from '../../shared/format/format.pipes';
import { IconActionComponent } from '../../shared/icon-action/icon-action.component';
import { VideoThumbnailComponent } from '../../shared/video-thumbnail/video-thumbnail.component';
import { visibilityOption } from '../../shared/visibility/visibility-options';
import { StatusChipComponent } from './status-chip.component';

/** One of the creator's videos: picture, title, status, visibility, numbers and actions. */
@Component({
  selector: 'cs-my-video-row',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    CompactNumberPipe,
    TimeAgoPipe,
    IconActionComponent,
    StatusChipComponent,
    VideoThumbnailComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = video();
    <a class="thumb" [routerLink]="['/watch', v.id]" tabindex="-1" aria-hidden="true">
      <cs-video-thumbnail [video]="v" sizes="160px" />
    </a>
    <div class="info">
      <a class="title" [routerLink]="['/watch', v.id]" data-testid="my-video-title">{{ v.title }}</a>
      <div class="facts">
        <cs-status-chip [video]="v" />
        <span class="visibility"
          ><mat-icon [svgIcon]="visibility().icon" aria-hidden="true" />{{ visibility().label }}</span
        >
        @if (v.source === 'clip') {
          <span class="kind">Clip</span>
        } @else if (v.source === 'import') {
          <span class="kind">Import</span>
        }
      </div>
      <p class="meta">
        {{ v.views | compactNumber }} {{ v.views === 1 ? 'view' : 'views' }} ·
        <time [attr.datetime]="v.createdAt">{{ v.createdAt | timeAgo }}</time>
      </p>
      @if (v.status === 'failed' && v.error) {
        <p class="error">{{ v.error }}</p>
      }
    </div>
    <div class="actions">
      @if (v.status === 'failed') {
        <cs-icon-action
          icon="refresh"
          tooltip="Try again"
          label="Try processing again"
          testId="retry-video"
          [disabled]="busy()"
          (pressed)="retry.emit()"
        />
      }
      <cs-icon-action
        icon="edit"
        tooltip="Edit"
        [label]="'Edit ' + v.title"
        testId="edit-video"
        [disabled]="busy()"
        (pressed)="edit.emit()"
      />
      <a
        mat-icon-button
        data-testid="clip-video"
        [attr.aria-label]="'Make a clip of ' + v.title"
        matTooltip="Make a clip"
        [routerLink]="['/my-videos', v.id, 'clip']"
        [class.hidden]="v.status !== 'ready'"
      >
        <mat-icon svgIcon="cut" aria-hidden="true" />
      </a>
      <cs-icon-action
        icon="delete"
        tooltip="Delete"
        [label]="'Delete ' + v.title"
        testId="delete-video"
        [disabled]="busy()"
        (pressed)="remove.emit()"
      />
    </div>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: 160px minmax(0, 1fr) auto;
      gap: 16px;
      align-items: center;
      padding: 12px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .thumb {
      display: block;
    }
    .info {
      display: flex;
      flex-direction: column;
      gap: 6px;
      min-width: 0;
    }
    .title {
      color: inherit;
      font: var(--mat-sys-title-medium);
      text-decoration: none;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .title:hover,
    .title:focus-visible {
      text-decoration: underline;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      gap: 6px 12px;
    }
    .visibility,
    .kind {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      padding-top: 2px;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    .visibility mat-icon {
      width: 16px;
      height: 16px;
    }
    p {
      margin: 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .error {
      color: var(--mat-sys-error);
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      gap: 0;
    }
    .hidden {
      visibility: hidden;
    }
    @media (max-width: 599px) {
      :host {
        grid-template-columns: 112px minmax(0, 1fr);
        gap: 8px 12px;
        align-items: start;
      }
      .actions {
        grid-column: 1 / -1;
        justify-content: flex-end;
        margin-top: -8px;
      }
      .title {
        white-space: normal;
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        font: var(--mat-sys-title-small);
      }
    }
  `,
})
export class MyVideoRowComponent {
  readonly video = input.required<VideoView>();
  readonly busy = input(false);
  readonly edit = output<void>();
  readonly remove = output<void>();
  readonly retry = output<void>();

  protected readonly visibility = computed(() => visibilityOption(this.video().visibility));
}
