import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class InspectSourceDto {
  @ApiProperty({
    example: 'https://example.com/watch?v=abc',
    description: 'An http(s) URL of a video page or media file',
  })
  @IsString()
  @MaxLength(4096)
  url: string;
}
