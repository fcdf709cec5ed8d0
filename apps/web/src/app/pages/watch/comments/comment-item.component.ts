import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import type { CommentView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { filter, Observable, switchMap, tap } from 'rxjs';

import { apiErrorMessages } from '../../../core/api/api-error';
import { CommentService } from '../../../core/comments/comment.service';
import { AvatarComponent } from '../../../shared/avatar/avatar.component';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../../shared/confirm-dialog/confirm-dialog.component';
import { TimeAgoPipe } from '../../../shared/format/format.pipes';
import { CommentFormComponent } from './comment-form.component';

/** One comment: who wrote it and when, the text exactly as written, and what the viewer may do with it. */
@Component({
  selector: 'cs-comment',
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatTooltipModule,
    AvatarComponent,
    CommentFormComponent,
    TimeAgoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = comment();
    <article
      class="comment"
      data-testid="comment"
      [id]="'comment-' + c.id"
      [attr.data-comment-id]="c.id"
      [class.highlighted]="highlighted()"
      [class.reply]="!!c.parentId"
    >
      <a class="avatar-link" [routerLink]="['/channel', c.author.username]" tabindex="-1" aria-hidden="true">
        <cs-avatar
          [name]="c.author.displayName || c.author.username"
          [src]="c.author.avatarUrl"
          [size]="c.parentId ? 28 : 40"
        />
      </a>
      <div class="text">
        <header>
          <a class="author" data-testid="comment-author" [routerLink]="['/channel', c.author.username]">{{
            c.author.displayName || c.author.username
          }}</a>
          @if (byCreator()) {
            <span class="creator">Creator</span>
          }
          <time [attr.datetime]="c.createdAt" [matTooltip]="c.createdAt | date: 'medium'">{{
            c.createdAt | timeAgo
          }}</time>
          @if (c.editedAt) {
            <span class="edited" data-testid="comment-edited">(edited)</span>
          }
        </header>
        @if (editing()) {
          <cs-comment-form
            label="Edit your comment"
            submitLabel="Save"
            testId="comment-edit"
            [initial]="c.body"
            [cancellable]="true"
            [send]="saveEdit"
            (cancelled)="editing.set(false)"
            (done)="editing.set(false)"
          />
        } @else {
          <p class="body" data-testid="comment-body">{{ c.body }}</p>
          <div class="actions">
            <button mat-button type="button" data-testid="reply-button" (click)="replied.emit(c)">
              <mat-icon svgIcon="reply" aria-hidden="true" /> Reply
            </button>
            @if (canEdit()) {
              <button mat-button type="button" data-testid="comment-edit" (click)="editing.set(true)">
                <mat-icon svgIcon="edit" aria-hidden="true" /> Edit
              </button>
            }
            @if (canDelete()) {
              <button
                mat-button
                type="button"
                class="delete"
                data-testid="comment-delete"
                [disabled]="deleting()"
                (click)="remove()"
              >
                <mat-icon svgIcon="delete" aria-hidden="true" /> Delete
              </button>
            }
          </div>
        }
      </div>
    </article>
  `,
  styles: `
    .comment {
      display: flex;
      gap: 12px;
      padding: 8px;
      border-radius: var(--mat-sys-corner-medium);
      transition: background-color 600ms;
    }
    .highlighted {
      background: var(--mat-sys-secondary-container);
    }
    .avatar-link {
      display: block;
      line-height: 0;
    }
    .text {
      flex: 1;
      min-width: 0;
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .author {
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-title-small);
      text-decoration: none;
      overflow-wrap: anywhere;
    }
    .author:hover,
    .author:focus-visible {
      text-decoration: underline;
    }
    .creator {
      padding: 0 6px;
      border-radius: var(--mat-sys-corner-full);
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-label-small);
    }
    .body {
      margin: 4px 0 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      margin-left: -12px;
      --mat-button-text-container-height: 32px;
    }
    .actions mat-icon {
      width: 18px;
      height: 18px;
    }
    .delete {
      --mat-button-text-label-text-color: var(--mat-sys-error);
    }
    cs-comment-form {
      display: block;
      margin-top: 8px;
    }
  `,
})
export class CommentItemComponent {
  private readonly comments = inject(CommentService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);

  readonly comment = input.required<CommentView>();
  /** Written by the owner of the video. */
  readonly byCreator = input(false);
  readonly canEdit = input(false);
  readonly canDelete = input(false);
  readonly highlighted = input(false);
  readonly replied = output<CommentView>();
  readonly edited = output<CommentView>();
  readonly removed = output<CommentView>();

  protected readonly editing = signal(false);
  protected readonly deleting = signal(false);

  protected readonly saveEdit = (body: string): Observable<CommentView> =>
    this.comments.edit(this.comment().id, body).pipe(tap((saved) => this.edited.emit(saved)));

  protected remove(): void {
    const comment = this.comment();
    const replies = comment.parentId ? 0 : comment.replyCount;
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'Delete this comment?',
          message:
            replies > 0
              ? `The comment and its ${replies} ${replies === 1 ? 'reply' : 'replies'} will be deleted. This cannot be undone.`
              : 'The comment will be deleted. This cannot be undone.',
          confirm: 'Delete',
        },
      })
      .afterClosed()
      .pipe(
        filter(Boolean),
        tap(() => this.deleting.set(true)),
        switchMap(() => this.comments.remove(comment.id)),
      )
      .subscribe({
        next: () => {
          this.deleting.set(false);
          this.removed.emit(comment);
          this.snackBar.open('Comment deleted.', undefined, { duration: 3000 });
        },
        error: (error: unknown) => {
          this.deleting.set(false);
          this.snackBar.open(apiErrorMessages(error).join(' '), 'Close', { duration: 6000 });
        },
      });
  }
}
