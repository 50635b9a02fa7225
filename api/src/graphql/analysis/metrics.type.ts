import type { NodeKind } from '@weefsel/graph-schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { NodeKindEnum } from '../enums';
import { NetworkActorType } from '../network/network.type';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('ActorMetrics', { description: 'Centralities of one actor in the collaboration network of a scope' })
export class ActorMetricsType {
  @Field(() => NetworkActorType) actor!: NetworkActorType;
  @Field(() => Int, { description: 'Distinct collaboration partners' }) degree!: number;
  @Field(() => Float, { description: 'Sum of tie weights; a relation without weight counts 1' }) weightedDegree!: number;
  @Field(() => Float, { description: 'Normalised as NetworkX: share of shortest paths between other pairs, over (n-1)(n-2)' })
  betweenness!: number;
  @Field(() => Float, { description: 'Wasserman-Faust closeness (NetworkX wf_improved): 0 when isolated' }) closeness!: number;
  @Field(() => Float, { description: 'PageRank (alpha 0.85, tie weights); sums to 1 over the scope' }) pagerank!: number;
  @Field(() => Float, { description: 'Local clustering coefficient: share of partner pairs that are partners too' })
  clustering!: number;
  @Field(() => Int, { description: 'Louvain community, 0 for the largest' }) community!: number;
  @Field(() => Int, { description: 'Connected component, 0 for the largest' }) component!: number;
  @Field(() => Boolean, { description: 'Removing this actor splits its component' }) articulationPoint!: boolean;
}

@ObjectType('ScopeMetrics', { description: 'Figures of the whole network of a scope; counts cover inside actors' })
export class ScopeMetricsType {
  @Field(() => Int) actorCount!: number;
  @Field(() => Int, { description: 'Partners outside the scope, included as nodes for their ties' }) boundaryCount!: number;
  @Field(() => Int, { description: 'Actor pairs with at least one collaboration relation' }) tieCount!: number;
  @Field(() => Int, { description: 'Collaboration relations behind those ties' }) relationCount!: number;
  @Field(() => Float, { description: 'Ties among inside actors / possible pairs of inside actors' }) density!: number;
  @Field(() => Int, { description: 'Connected components holding an inside actor' }) componentCount!: number;
  @Field(() => Int) largestComponentSize!: number;
  @Field(() => Int) isolatedCount!: number;
  @Field(() => Float, { description: 'Mean local clustering of the inside actors, zeros included' }) averageClustering!: number;
  @Field(() => Float, { nullable: true, description: 'Mean shortest path length; null unless the network is connected' })
  averagePathLength!: number | null;
  @Field(() => Float, { nullable: true }) largestComponentAveragePathLength!: number | null;
  @Field(() => Float, { description: 'Weighted Newman modularity of the Louvain communities' }) modularity!: number;
  @Field(() => Int) communityCount!: number;
  @Field(() => Int) articulationPointCount!: number;
  @Field(() => Int) bridgeCount!: number;
  @Field(() => Boolean, { description: 'Betweenness, closeness and path lengths are sampled estimates' }) approximate!: boolean;
  @Field(() => Int, { nullable: true, description: 'Sources sampled per large component when approximate' })
  sampleSize!: number | null;
}

@ObjectType('NetworkMetrics')
export class NetworkMetricsType {
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => NodeKindEnum, { nullable: true }) areaKind!: NodeKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day this answer is taken at (today unless asked); null: the whole history' }) asOf!: string | null;
  @Field(() => ScopeMetricsType) summary!: ScopeMetricsType;
  @Field(() => [ActorMetricsType], { description: 'Highest betweenness first' }) actors!: ActorMetricsType[];
}
