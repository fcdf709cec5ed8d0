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
  private readonly host: ElementRef<HTMLElement> = inject(ElementRef);

  /** Where to go once signed in (`?returnUrl=`, set by the signed-in guard). */
  readonly returnUrl = input<string>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    login: ['', Validators.required],
    password: ['', Validators.required],
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
    const { login, password } = this.form.getRawValue();
    this.pending.set(true);
    this.errors.set([]);
    this.auth
      .login({ login: login.trim(), password })
      .pipe(finalize(() => this.pending.set(false)))
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
        error: (error: unknown) => this.errors.set(apiErrorMessages(error)),
      });
  }
}
