import { Pipe, PipeTransform } from '@angular/core';

import { formatCompactNumber, formatDuration, formatTimeAgo } from './format';

@Pipe({ name: 'duration' })
export class DurationPipe implements PipeTransform {
  transform(seconds: number | null | undefined): string {
    return formatDuration(seconds);
  }
}

@Pipe({ name: 'compactNumber' })
export class CompactNumberPipe implements PipeTransform {
  transform(value: number): string {
    return formatCompactNumber(value);
  }
}

@Pipe({ name: 'timeAgo' })
export class TimeAgoPipe implements PipeTransform {
  transform(iso: string): string {
    return formatTimeAgo(iso);
  }
}
