import { Module } from '@nestjs/common';
import { VideosModule } from '../videos/videos.module';
import { ViewWindows } from './view-windows';
import { ViewsController } from './views.controller';
import { ViewsService } from './views.service';

@Module({
  imports: [VideosModule],
  controllers: [ViewsController],
  providers: [ViewsService, ViewWindows],
})
export class ViewsModule {}
