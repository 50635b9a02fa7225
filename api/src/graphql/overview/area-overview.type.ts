import type { NodeKind } from '@weefsel/graph-schema';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { NodeKindEnum } from '../enums';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('OverviewArea', { description: 'An area one level below the scope, with the actors lying in it' })
export class OverviewAreaType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => NodeKindEnum) kind!: NodeKind;
  @Field(() => Int, { description: "The scope's actors lying in the area, as the area's own network metrics count them (the area itself and the areas in it that can hold a tie included; an actor in two areas counts in both)" })
  actors!: number;
}

@ObjectType('OverviewTie', { description: 'The current collaboration relations between the actors of two areas, bundled' })
export class OverviewTieType {
  @Field(() => ID, { description: 'Area id; source < target' }) source!: string;
  @Field(() => ID) target!: string;
  @Field(() => Int, { description: 'Active collaboration relations with one end in each area (one lying in both areas counts once)' }) ties!: number;
}

@ObjectType('AreaOverview', { description: 'A scope seen as its areas one level down (region: care zones; care zone: municipalities; municipality: neighbourhoods)' })
export class AreaOverviewType {
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => NodeKindEnum, { nullable: true }) areaKind!: NodeKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day this answer is taken at (today unless asked); null: the whole history' }) asOf!: string | null;
  @Field(() => NodeKindEnum, { nullable: true, description: 'The kind of the areas below, read from the placement relations; null: none lies below (a neighbourhood)' })
  childKind!: NodeKind | null;
  @Field(() => Int, { description: "The scope's own actors, as its network metrics count them (municipalities and care zones included, neighbourhoods not)" }) actors!: number;
  @Field(() => Int, { description: 'Actors of the scope lying in none of the areas' }) unplaced!: number;
  @Field(() => [OverviewAreaType], { description: 'By name' }) areas!: OverviewAreaType[];
  @Field(() => [OverviewTieType]) ties!: OverviewTieType[];
  @Field(() => Int, { description: 'Active collaboration relations between two actors lying in one same area (drawn by no line)' }) tiesWithin!: number;
}
