import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';

import { SessionStore } from '../../core/session/session.store';
import { ThemePreference, ThemeService } from '../../core/theme/theme.service';
import { NotificationSettingsComponent } from './notification-settings.component';
import { ProfileSettingsComponent } from './profile-settings.component';

@Component({
  selector: 'cs-settings-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatButtonToggleModule,
    MatCardModule,
    MatProgressBarModule,
    NotificationSettingsComponent,
    ProfileSettingsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h1 class="page-title">Settings</h1>

    @switch (session.status()) {
      @case ('signed-in') {
        <cs-profile-settings [user]="session.user()!" />
        <cs-notification-settings />
      }
      @case ('restoring') {
        <mat-progress-bar mode="indeterminate" aria-label="Loading your account" />
      }
      @default {
        <mat-card appearance="outlined">
          <mat-card-content class="signed-out">
            <p>Sign in to edit your channel and choose your notifications.</p>
            <a mat-flat-button routerLink="/login" [queryParams]="{ returnUrl }">Sign in</a>
          </mat-card-content>
        </mat-card>
      }
    }

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
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
      max-width: 800px;
    }
    h2 {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    mat-card-content {
      padding-top: 16px;
    }
    .signed-out {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 12px;
    }
    .signed-out p {
      margin: 0;
    }
  `,
})
export class SettingsPage {
  protected readonly theme = inject(ThemeService);
  protected readonly session = inject(SessionStore);
  protected readonly returnUrl = inject(Router).url;

  protected choose(preference: ThemePreference): void {
    this.theme.choose(preference);
  }
}
