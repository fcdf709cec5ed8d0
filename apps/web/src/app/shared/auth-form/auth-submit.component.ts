import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

import { FormErrorComponent } from '../form-error/form-error.component';
import type { FormSubmission } from '../forms/form-submission';

/**
 * The end of a sign-in or register form: why the server refused, and the full-width submit button that
 * turns into a spinner while the request is out. Its content is the button's label.
 */
@Component({
  selector: 'cs-auth-submit',
  imports: [MatButtonModule, MatProgressSpinnerModule, FormErrorComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cs-form-error [messages]="submission().errors()" />

    <button
      mat-flat-button
      type="submit"
      class="submit"
      [attr.data-testid]="testId()"
      [disabled]="submission().pending()"
    >
      @if (submission().pending()) {
        <mat-spinner diameter="20" [attr.aria-label]="pendingLabel()" />
      } @else {
        <ng-content />
      }
    </button>
  `,
  styles: `
    /* the error and the button are spaced by the form, as its own children */
    :host {
      display: contents;
    }
  `,
})
export class AuthSubmitComponent {
  readonly submission = input.required<FormSubmission>();
  /** Goes on the button itself, where tests find and click it. */
  readonly testId = input.required<string>();
  /** What a screen reader hears while the request is out, e.g. "Signing in". */
  readonly pendingLabel = input.required<string>();
}
