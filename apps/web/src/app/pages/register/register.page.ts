import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import { finalize } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth.service';
import { AuthLayoutComponent } from '../../shared/auth-layout/auth-layout.component';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import { focusFirstInvalid, safeReturnUrl } from '../../shared/forms/form-helpers';
import { PasswordToggleComponent } from '../../shared/forms/password-toggle.component';

/** The same rules as the API, so most mistakes are caught before a round trip. */
const USERNAME_PATTERN = /^[a-zA-Z0-9_]{3,30}$/;
/** A dot in the domain, as the API's email check requires (Validators.email alone accepts `a@b`). */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PASSWORD_MIN_LENGTH = 8;

@Component({
  selector: 'cs-register-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    AuthLayoutComponent,
    FormErrorComponent,
    PasswordToggleComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register.page.html',
})
export class RegisterPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  readonly returnUrl = input<string>();

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.pattern(EMAIL_PATTERN)]],
    username: ['', [Validators.required, Validators.pattern(USERNAME_PATTERN)]],
    displayName: [''],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });
  protected readonly pending = signal(false);
  protected readonly errors = signal<string[]>([]);
  protected readonly showPassword = signal(false);

  protected submit(): void {
    if (this.pending()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      focusFirstInvalid(this.host.nativeElement);
      return;
    }
    const { email, username, displayName, password } = this.form.getRawValue();
    this.pending.set(true);
    this.errors.set([]);
    this.auth
      .register({
        email: email.trim(),
        username: username.trim(),
        password,
        ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
        error: (error: unknown) => this.errors.set(apiErrorMessages(error)),
      });
  }
}
