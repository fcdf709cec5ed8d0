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

@Component({
  selector: 'cs-login-page',
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
  templateUrl: './login.page.html',
})
export class LoginPage {
  private readonly auth = inject(AuthService);

  /** Where to go once signed in (`?returnUrl=`, set by the signed-in guard). */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submission = new AuthSubmission(this.form, this.returnUrl);
  protected readonly showPassword = signal(false);

  protected submit(): void {
    const { login, password } = this.form.getRawValue();
    this.submission.send(() => this.auth.login({ login: login.trim(), password }));
  }
}
