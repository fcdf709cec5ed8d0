import { ElementRef, inject } from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import { Router } from '@angular/router';
import type { Observable } from 'rxjs';

import { safeReturnUrl } from '../forms/form-helpers';
import { FormSubmission } from '../forms/form-submission';

/**
 * The submit of the sign-in and register forms: once the API lets the visitor in, they go on to the page
 * they were sent away from (`?returnUrl=`, set by the signed-in guard). Create it in a field initializer.
 */
export class AuthSubmission extends FormSubmission {
  private readonly router = inject(Router);

  constructor(
    form: AbstractControl,
    private readonly returnUrl: () => string | undefined,
  ) {
    super(form, inject(ElementRef));
  }

  send(request: () => Observable<unknown>): void {
    this.submit(request, () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())));
  }
}
