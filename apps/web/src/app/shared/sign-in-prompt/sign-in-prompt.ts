import { inject, Injectable } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';

/** What a signed-out person sees when pressing a button that needs an account (like, subscribe, save). */
@Injectable({ providedIn: 'root' })
export class SignInPrompt {
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);

  /** `action`: what they tried, as in "Sign in to {action}." */
  show(action: string): void {
    const returnUrl = this.router.url;
    this.snackBar
      .open(`Sign in to ${action}.`, 'Sign in', { duration: 6000 })
      .onAction()
      .subscribe(() => void this.router.navigate(['/login'], { queryParams: { returnUrl } }));
  }
}
