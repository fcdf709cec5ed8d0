import { DOCUMENT } from '@angular/common';
import { inject, Injectable } from '@angular/core';

/** Hands a URL to the browser's own download manager, which streams it to disk and shows its progress. */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(url: string, fileName: string): void {
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    link.style.display = 'none';
    this.document.body.append(link);
    link.click();
    link.remove();
  }
}
