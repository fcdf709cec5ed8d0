import { Injectable } from '@angular/core';

/**
 * localStorage behind a small adapter. Storage can be unavailable (private mode, blocked site data);
 * the app then keeps its state in memory for the session instead of failing.
 */
@Injectable({ providedIn: 'root' })
export class LocalStore {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  set(key: string, value: string): void {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Not persisted: the value only lives until the tab is closed.
    }
  }

  remove(key: string): void {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing was persisted, so there is nothing to remove.
    }
  }
}
