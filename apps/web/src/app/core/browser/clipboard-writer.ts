import { Clipboard } from '@angular/cdk/clipboard';
import { inject, Injectable } from '@angular/core';

/**
 * Copies text. The async Clipboard API is missing on plain-HTTP origins (a self-hosted server on a LAN
 * address), so a failure there falls back to the CDK's hidden-textarea copy.
 */
@Injectable({ providedIn: 'root' })
export class ClipboardWriter {
  private readonly cdkClipboard = inject(Clipboard);

  async copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return this.cdkClipboard.copy(text);
    }
  }
}
