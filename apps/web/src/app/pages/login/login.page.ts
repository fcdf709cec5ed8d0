import { ChangeDetectionStrategy, Component, ElementRef, inject, input, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';

import { AuthService } from '../../core/auth/auth.service';
import { AuthLayoutComponent } from '../../shared/auth-layout/auth-layout.component';
import { FormErrorComponent } from '../../shared/form-error/form-error.component';
import { safeReturnUrl } from '../../shared/forms/form-helpers';
import { FormSubmission } from '../../shared/forms/form-submission';
import { PasswordToggleComponent } from '../../shared/forms/password-toggle.component';

@Component({
  selector: 'cs-login-page',
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
  templateUrl: './login.page.html',
})
export class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);

  /** Where to go once signed in (`?returnUrl=`, set by the signed-in guard). */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', Validators.required],
    password: ['', Validators.required],
  });
  protected readonly submission = new FormSubmission(this.form, inject(ElementRef));
  protected readonly showPassword = signal(false);

  protected submit(): void {
    const { login, password } = this.form.getRawValue();
    this.submission.submit(
      () => this.auth.login({ login: login.trim(), password }),
      () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
    );
  }
}
