import { ChangeDetectionStrategy, Component, model } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';

/** The eye button inside a password field that shows or hides what was typed. */
@Component({
  selector: 'cs-password-toggle',
  imports: [MatButtonModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-icon-button
      type="button"
      [attr.aria-label]="visible() ? 'Hide password' : 'Show password'"
      [attr.aria-pressed]="visible()"
      (click)="visible.set(!visible())"
    >
      <mat-icon [svgIcon]="visible() ? 'visibility-off' : 'visibility'" aria-hidden="true" />
    </button>
  `,
})
export class PasswordToggleComponent {
  readonly visible = model(false);
}
