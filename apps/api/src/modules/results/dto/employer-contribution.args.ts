import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';

@ArgsType()
export class MyBanenafspraakContributionArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'The last quarter to show (e.g. 2026-Q3), with the three before it; the last completed quarter when left out.',
  })
  @IsOptional()
  @Matches(/^\d{4}-Q[1-4]$/, { message: 'Een kwartaal ziet eruit als 2026-Q3.' })
  quarter?: string | null;
}
