import { Injectable, NotFoundException, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';

/** Stands for the caller's own "Watch later" list wherever a playlist id is expected. */
export const WATCH_LATER_ALIAS = 'watch-later';

/** A playlist id, or `watch-later`; anything else names no playlist (404). */
@Injectable()
export class PlaylistIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (value === WATCH_LATER_ALIAS || isUUID(value)) return value;
    throw new NotFoundException('Playlist not found');
  }
}
