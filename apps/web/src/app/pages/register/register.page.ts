import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';

import { AuthService } from '../../core/auth/auth.service';
import { AuthSubmission } from '../../shared/auth-form/auth-submission';
import { AuthSubmitComponent } from '../../shared/auth-form/auth-submit.component';
import { AuthLayoutComponent } from '../../shared/auth-layout/auth-layout.component';
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
    MatFormFieldModule,
    MatInputModule,
    AuthLayoutComponent,
    AuthSubmitComponent,
    PasswordToggleComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './register.page.html',
})
export class RegisterPage {
  private readonly auth = inject(AuthService);

  readonly returnUrl = input<string>();

  protected readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email, Validators.pattern(EMAIL_PATTERN)]],
    username: ['', [Validators.required, Validators.pattern(USERNAME_PATTERN)]],
    displayName: [''],
    password: ['', [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)]],
  });
  protected readonly submission = new AuthSubmission(this.form, this.returnUrl);
  protected readonly showPassword = signal(false);

  protected submit(): void {
    const { email, username, displayName, password } = this.form.getRawValue();
    this.submission.send(() =>
      this.auth.register({
        email: email.trim(),
        username: username.trim(),
        password,
        ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      }),
    );
  }
}
