import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { VISIBILITIES, Visibility } from '@clipstream/core';
import { MAX_PLAYLIST_ITEMS } from '../playlist-limits';

const TITLE_MAX_LENGTH = 150;
const DESCRIPTION_MAX_LENGTH = 5000;

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreatePlaylistDto {
  @ApiProperty({ maxLength: TITLE_MAX_LENGTH })
  @Transform(trim)
  @IsString({ message: 'title is required: give the playlist a name' })
  @MinLength(1, { message: 'title must not be empty' })
  @MaxLength(TITLE_MAX_LENGTH, { message: `title must be at most ${TITLE_MAX_LENGTH} characters long` })
  title: string;

  @ApiPropertyOptional({ maxLength: DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'description must be text' })
  @MaxLength(DESCRIPTION_MAX_LENGTH, {
    message: `description must be at most ${DESCRIPTION_MAX_LENGTH} characters long`,
  })
  description?: string;

  @ApiPropertyOptional({ enum: VISIBILITIES, default: 'private' })
  @IsOptional()
  @IsIn(VISIBILITIES, { message: `visibility must be one of: ${VISIBILITIES.join(', ')}` })
  visibility?: Visibility;
}

export class UpdatePlaylistDto extends PartialType(CreatePlaylistDto) {}

export class AddPlaylistItemDto {
  @ApiProperty()
  @IsUUID('all', { message: 'videoId must be the id of a video' })
  videoId: string;
}

export class ReorderPlaylistDto {
  @ApiProperty({ type: [String], description: 'every video of the playlist, once each, in the new order' })
  @IsArray({ message: 'videoIds must be a list of video ids' })
  @ArrayMaxSize(MAX_PLAYLIST_ITEMS)
  @IsUUID('all', { each: true, message: 'videoIds must be a list of video ids' })
  videoIds: string[];
}
