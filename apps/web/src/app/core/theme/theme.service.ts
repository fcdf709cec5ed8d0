import { DOCUMENT } from '@angular/common';
import { computed, effect, inject, Injectable, signal } from '@angular/core';

import { LocalStore } from '../browser/local-store';

export type ThemePreference = 'system' | 'dark' | 'light';
export type ColorScheme = 'dark' | 'light';

const THEME_KEY = 'clipstream.theme';
const PREFERENCES: readonly ThemePreference[] = ['system', 'dark', 'light'];

/**
 * Dark by default; "system" follows prefers-color-scheme live. The Material theme is built with
 * `theme-type: color-scheme`, so setting the CSS `color-scheme` of <html> is all a switch takes.
 */
@Injectable({ providedIn: 'root' })
export class ThemeService {
  private readonly store = inject(LocalStore);
  private readonly document = inject(DOCUMENT);
  private readonly systemQuery = this.document.defaultView?.matchMedia?.('(prefers-color-scheme: light)');
  private readonly systemScheme = signal<ColorScheme>(this.systemQuery?.matches ? 'light' : 'dark');

  readonly preference = signal<ThemePreference>(this.storedPreference());
  readonly scheme = computed<ColorScheme>(() => {
    const preference = this.preference();
    return preference === 'system' ? this.systemScheme() : preference;
  });

  constructor() {
    this.systemQuery?.addEventListener('change', (event) =>
      this.systemScheme.set(event.matches ? 'light' : 'dark'),
    );
    effect(() => {
      this.document.documentElement.style.colorScheme = this.scheme();
    });
  }

  choose(preference: ThemePreference): void {
    this.preference.set(preference);
    this.store.set(THEME_KEY, preference);
  }

  toggle(): void {
    this.choose(this.scheme() === 'dark' ? 'light' : 'dark');
  }

  private storedPreference(): ThemePreference {
    const stored = this.store.get(THEME_KEY);
    return PREFERENCES.find((preference) => preference === stored) ?? 'dark';
  }
}
