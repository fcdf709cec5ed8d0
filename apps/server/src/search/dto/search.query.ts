import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { SEARCH_TYPES, SearchType } from '@clipstream/core';
import { PageQuery } from '../../videos/dto/list-videos.query';

export class SearchQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'words to find in videos (title, tags, description) and channel names',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: SEARCH_TYPES, default: 'all' })
  @IsOptional()
  @IsIn(SEARCH_TYPES, { message: `type must be one of: ${SEARCH_TYPES.join(', ')}` })
  type?: SearchType;

  @ApiPropertyOptional({ description: 'only videos with this tag' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  tag?: string;

  @ApiPropertyOptional({ description: 'only videos of this category (slug)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  category?: string;
}
