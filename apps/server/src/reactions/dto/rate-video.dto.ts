import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { Rating, RATINGS } from '@clipstream/core';

export class RateVideoDto {
  @ApiProperty({ enum: RATINGS })
  @IsIn(RATINGS, { message: `rating must be one of: ${RATINGS.join(', ')}` })
  rating: Rating;
}
