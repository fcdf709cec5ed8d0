import { Pipe, PipeTransform } from '@angular/core';

import { formatBytes, formatCompactNumber, formatDuration, formatTimeAgo } from './format';
import { formatShortTimecode, formatTimecode } from './timecode';

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

@Pipe({ name: 'bytes' })
export class BytesPipe implements PipeTransform {
  transform(bytes: number): string {
    return formatBytes(bytes);
  }
}

@Pipe({ name: 'timecode' })
export class TimecodePipe implements PipeTransform {
  transform(seconds: number): string {
    return formatTimecode(seconds);
  }
}

@Pipe({ name: 'shortTimecode' })
export class ShortTimecodePipe implements PipeTransform {
  transform(seconds: number): string {
    return formatShortTimecode(seconds);
  }
}
