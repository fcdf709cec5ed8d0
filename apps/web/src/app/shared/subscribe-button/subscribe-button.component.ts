import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import type { SubscriptionStateView } from '@clipstream/contract';
import { MatButtonModule } from '@angular/material/button';
import { MatSnackBar } from '@angular/material/snack-bar';
import { finalize } from 'rxjs';

import { apiErrorMessages } from '../../core/api/api-error';
import { SessionStore } from '../../core/session/session.store';
import { SubscriptionService } from '../../core/subscriptions/subscription.service';
import { SignInPrompt } from '../sign-in-prompt/sign-in-prompt';

/**
 * Follows or unfollows a channel; reports the server's new state (with the subscriber count) to the
 * page that shows the count. Hidden on one's own channel, which nobody can follow.
 */
@Component({
  selector: 'cs-subscribe-button',
  imports: [MatButtonModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (!isOwnChannel()) {
      @if (subscribed()) {
        <button
          mat-stroked-button
          type="button"
          data-testid="subscribe-button"
          aria-pressed="true"
          [disabled]="busy()"
          [attr.aria-label]="'Unsubscribe from ' + (channelName() || username())"
          (click)="toggle()"
        >
          Subscribed
        </button>
      } @else {
        <button
          mat-flat-button
          type="button"
          data-testid="subscribe-button"
          aria-pressed="false"
          [disabled]="busy()"
          [attr.aria-label]="'Subscribe to ' + (channelName() || username())"
          (click)="toggle()"
        >
          Subscribe
        </button>
      }
    }
  `,
})
export class SubscribeButtonComponent {
  private readonly subscriptions = inject(SubscriptionService);
  private readonly session = inject(SessionStore);
  private readonly signIn = inject(SignInPrompt);
  private readonly snackBar = inject(MatSnackBar);

  readonly username = input.required<string>();
  readonly channelName = input('');
  /** null: not known (signed out). */
  readonly subscribed = input.required<boolean | null>();
  readonly changed = output<SubscriptionStateView>();

  protected readonly busy = signal(false);
  protected readonly isOwnChannel = computed(() => this.session.user()?.username === this.username());

  protected toggle(): void {
    if (this.session.status() !== 'signed-in') {
      this.signIn.show('subscribe');
      return;
    }
    const username = this.username();
    this.busy.set(true);
    const request = this.subscribed()
      ? this.subscriptions.unsubscribe(username)
      : this.subscriptions.subscribe(username);
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (state) => this.changed.emit(state),
      error: (error: unknown) =>
        this.snackBar.open(apiErrorMessages(error).join(' '), 'Close', { duration: 6000 }),
    });
  }
}
