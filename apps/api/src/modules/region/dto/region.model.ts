import { Field, Float, ObjectType } from '@nestjs/graphql';

@ObjectType('LabourMarketRegion', { description: "One of the 35 arbeidsmarktregio's (2025)." })
export class LabourMarketRegionModel {
  @Field({ description: 'CBS code, e.g. AM12.' }) code!: string;
  @Field() name!: string;
  @Field({ description: 'Whether Werkbrug serves this region (demo/pilot).' }) active!: boolean;
}

@ObjectType('Municipality', { description: 'A gemeente with its CBS code (2025).' })
export class MunicipalityModel {
  @Field({ description: 'CBS code, e.g. GM0402.' }) code!: string;
  @Field() name!: string;
  @Field() regionCode!: string;
  @Field(() => Float) lat!: number;
  @Field(() => Float) lon!: number;
}

@ObjectType('PostcodeArea', {
  description: 'A 4-digit postcode area with a centre point, for distances.',
})
export class PostcodeAreaModel {
  @Field() pc4!: string;
  @Field() place!: string;
  @Field() municipalityCode!: string;
  @Field(() => Float) lat!: number;
  @Field(() => Float) lon!: number;
}
