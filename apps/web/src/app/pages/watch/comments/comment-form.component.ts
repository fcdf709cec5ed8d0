import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TextFieldModule } from '@angular/cdk/text-field';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { finalize, Observable } from 'rxjs';

import { apiErrorMessages } from '../../../core/api/api-error';
import { COMMENT_MAX } from '../../../core/comments/comment.service';
import { FormErrorComponent } from '../../../shared/form-error/form-error.component';

/** Shows the count of characters once a comment gets this close to the limit. */
const SHOW_COUNT_FROM = COMMENT_MAX - 500;

/**
 * A text box for a comment, a reply or an edit. It sends through `send` and clears itself once the
 * server took the text; a refusal is shown above the buttons and the text stays for another try.
 * `testId` names its hooks: `{testId}-input`, `{testId}-submit`.
 */
@Component({
  selector: 'cs-comment-form',
  imports: [
    ReactiveFormsModule,
    TextFieldModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FormErrorComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <mat-form-field class="field">
        <mat-label>{{ label() }}</mat-label>
        <textarea
          #textarea
          matInput
          cdkTextareaAutosize
          cdkAutosizeMinRows="1"
          cdkAutosizeMaxRows="12"
          formControlName="body"
          [maxlength]="max"
          [attr.data-testid]="testId() + '-input'"
          (keydown.control.enter)="submit()"
          (keydown.meta.enter)="submit()"
        ></textarea>
        @if (text().length >= showCountFrom) {
          <mat-hint align="end">{{ text().length }} / {{ max }}</mat-hint>
        }
      </mat-form-field>
      <cs-form-error [messages]="errors()" />
      @if (cancellable() || text().length > 0) {
        <div class="buttons">
          <button mat-button type="button" (click)="cancel()">Cancel</button>
          <button
            mat-flat-button
            type="submit"
            [disabled]="sending() || text().trim().length === 0"
            [attr.data-testid]="testId() + '-submit'"
          >
            {{ submitLabel() }}
          </button>
        </div>
      }
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .field {
      width: 100%;
    }
    .buttons {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class CommentFormComponent {
  readonly label = input('Add a comment');
  readonly submitLabel = input('Comment');
  readonly testId = input('comment');
  readonly initial = input('');
  /** Forms that open on demand (reply, edit) always show Cancel, and take the focus. */
  readonly cancellable = input(false);
  readonly send = input.required<(body: string) => Observable<unknown>>();
  readonly cancelled = output<void>();
  readonly done = output<void>();

  private readonly textarea = viewChild.required<ElementRef<HTMLTextAreaElement>>('textarea');

  protected readonly max = COMMENT_MAX;
  protected readonly showCountFrom = SHOW_COUNT_FROM;
  protected readonly body = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({ body: this.body });
  protected readonly text = toSignal(this.body.valueChanges, { initialValue: '' });
  protected readonly sending = signal(false);
  protected readonly errors = signal<string[]>([]);

  constructor() {
    afterNextRender(() => {
      if (this.initial()) this.body.setValue(this.initial());
      if (!this.cancellable()) return;
      const element = this.textarea().nativeElement;
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    });
  }

  protected submit(): void {
    const body = this.body.value.trim();
    if (!body || this.sending()) return;
    this.sending.set(true);
    this.errors.set([]);
    this.send()(body)
      .pipe(finalize(() => this.sending.set(false)))
      .subscribe({
        next: () => {
          this.body.setValue('');
          this.done.emit();
        },
        error: (error: unknown) => this.errors.set(apiErrorMessages(error)),
      });
  }

  protected cancel(): void {
    this.body.setValue('');
    this.errors.set([]);
    this.cancelled.emit();
  }
}
