import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  DOWNLOAD_FORMATS,
  DOWNLOAD_NAME_MAX,
  DownloadFormat,
  MAX_BATCH_SEGMENTS,
  SegmentRequest,
} from '@clipstream/core';
import { IsTime } from './is-time';

export const QUALITY_PATTERN = /^(best|audio|\d{3,4}p)$/;

const TIME = { oneOf: [{ type: 'number' }, { type: 'string' }], example: '00:04:00' };

export class SegmentDto implements SegmentRequest {
  @ApiProperty(TIME)
  @IsTime()
  start: number | string;

  @ApiProperty({ ...TIME, example: '00:04:30' })
  @IsTime()
  end: number | string;

  @ApiPropertyOptional({ description: 'File name without extension (sanitised)' })
  @IsOptional()
  @IsString()
  @MaxLength(DOWNLOAD_NAME_MAX)
  name?: string;
}

/** One segment (`start`, `end`, `name`) or a batch (`segments`) of one URL. */
export class CreateDownloadDto {
  @ApiProperty({ example: 'https://example.com/watch?v=abc' })
  @IsString()
  @MaxLength(4096)
  url: string;

  @ApiPropertyOptional({ ...TIME, description: 'Required unless `segments` is given' })
  @IsOptional()
  @IsTime()
  start?: number | string;

  @ApiPropertyOptional({ ...TIME, example: '00:04:30', description: 'Required unless `segments` is given' })
  @IsOptional()
  @IsTime()
  end?: number | string;

  @ApiPropertyOptional({ description: 'File name without extension (sanitised)' })
  @IsOptional()
  @IsString()
  @MaxLength(DOWNLOAD_NAME_MAX)
  name?: string;

  @ApiPropertyOptional({ type: [SegmentDto], description: 'A batch: one download (and one job) per segment' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BATCH_SEGMENTS)
  @ValidateNested({ each: true })
  @Type(() => SegmentDto)
  segments?: SegmentDto[];

  @ApiPropertyOptional({
    example: '720p',
    description: "'best', 'audio' or a height like '720p' (nearest available)",
  })
  @IsOptional()
  @Matches(QUALITY_PATTERN, { message: "quality must be 'best', 'audio' or a height like '720p'" })
  quality?: string;

  @ApiPropertyOptional({ enum: DOWNLOAD_FORMATS, description: 'mp3 and m4a are audio only' })
  @IsOptional()
  @IsIn(DOWNLOAD_FORMATS, { message: `format must be one of ${DOWNLOAD_FORMATS.join(', ')}` })
  format?: DownloadFormat;
}
