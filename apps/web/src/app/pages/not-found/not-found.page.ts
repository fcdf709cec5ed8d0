import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'cs-not-found-page',
  imports: [MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="not-found" aria-labelledby="not-found-title">
      <p class="code" aria-hidden="true">404</p>
      <h1 id="not-found-title">Page not found</h1>
      <p>The page you asked for does not exist, or it has moved.</p>
      <a mat-flat-button routerLink="/">Go to the home page</a>
    </section>
  `,
  styles: `
    .not-found {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 64px 16px;
      text-align: center;
    }
    .code {
      margin: 0;
      font: var(--mat-sys-display-large);
      color: var(--mat-sys-primary);
    }
    h1 {
      margin: 0;
      font: var(--mat-sys-headline-medium);
    }
    p {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class NotFoundPage {}
