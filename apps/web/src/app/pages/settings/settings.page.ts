import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';

import { ThemePreference, ThemeService } from '../../core/theme/theme.service';

@Component({
  selector: 'cs-settings-page',
  imports: [MatButtonToggleModule, MatCardModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="page-title">Settings</h1>

    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title><h2 id="appearance-title">Appearance</h2></mat-card-title>
        <mat-card-subtitle>Choose a theme, or follow your device’s setting.</mat-card-subtitle>
      </mat-card-header>
      <mat-card-content>
        <mat-button-toggle-group
          aria-labelledby="appearance-title"
          [value]="theme.preference()"
          (change)="choose($event.value)"
        >
          <mat-button-toggle value="dark">Dark</mat-button-toggle>
          <mat-button-toggle value="light">Light</mat-button-toggle>
          <mat-button-toggle value="system">Device</mat-button-toggle>
        </mat-button-toggle-group>
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title><h2>Profile</h2></mat-card-title>
        <mat-card-subtitle>Editing your display name, avatar and banner is coming soon.</mat-card-subtitle>
      </mat-card-header>
    </mat-card>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 720px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    mat-card-content {
      padding-top: 16px;
    }
  `,
})
export class SettingsPage {
  protected readonly theme = inject(ThemeService);

  protected choose(preference: ThemePreference): void {
    this.theme.choose(preference);
  }
}
