import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';

/** The centred card that frames the sign-in and register forms. */
@Component({
  selector: 'cs-auth-layout',
  imports: [MatCardModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" class="auth-card">
      <mat-card-header>
        <mat-icon mat-card-avatar svgIcon="logo" class="brand" aria-hidden="true" />
        <mat-card-title
          ><h1>{{ heading() }}</h1></mat-card-title
        >
        <mat-card-subtitle>{{ subheading() }}</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <ng-content />
      </mat-card-content>
      <mat-card-footer>
        <ng-content select="[footer]" />
      </mat-card-footer>
    </mat-card>
  `,
  styles: `
    :host {
      display: flex;
      justify-content: center;
      padding: 32px 0;
    }
    .auth-card {
      width: 100%;
      max-width: 440px;
      padding: 8px 8px 16px;
    }
    .brand {
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-small);
    }
    mat-card-content {
      padding-top: 16px;
    }
    mat-card-footer {
      padding: 0 16px;
      text-align: center;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    @media (max-width: 599px) {
      :host {
        padding: 8px 0;
      }
    }
  `,
})
export class AuthLayoutComponent {
  readonly heading = input.required<string>();
  readonly subheading = input('');
}
