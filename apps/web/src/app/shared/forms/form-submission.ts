import { ElementRef, signal } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { finalize, Observable } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { focusFirstInvalid } from './form-helpers';

/**
 * The submit of one form: nothing while its request is out; an invalid form shows its errors and focuses
 * the first bad field instead of sending anything; a refusal shows the API's messages.
 */
export class FormSubmission {
  readonly pending = signal(false);
  readonly errors = signal<string[]>([]);

  constructor(
    private readonly form: AbstractControl,
    private readonly host: ElementRef<HTMLElement>,
  ) {}

  /** Sends `request()` when the form is valid (checked after any errors the caller set just before). */
  submit<T>(request: () => Observable<T>, done: (result: T) => void): void {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    this.pending.set(true);
    this.errors.set([]);
    request()
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: done,
        error: (error: unknown) => this.errors.set(apiErrorMessages(error)),
      });
  }
}
