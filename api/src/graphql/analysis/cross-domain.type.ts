import type { LifeDomain, NodeKind } from '@weefsel/graph-schema';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LifeDomainEnum, NodeKindEnum } from '../enums';
import { NetworkActorType } from '../network/network.type';
import { RelationType } from '../relation/relation.type';
import { DateScalar } from '../scalars/date.scalar';

@ObjectType('DomainCell', { description: 'Ties between actors of domain a and actors of domain b' })
export class DomainCellType {
  @Field(() => LifeDomainEnum) a!: LifeDomain;
  @Field(() => LifeDomainEnum) b!: LifeDomain;
  @Field(() => Int, { description: 'Actor pairs with a tie (each pair once)' }) tieCount!: number;
  @Field(() => [RelationType], { description: 'The collaboration relations behind those ties' }) relations!: RelationType[];
}

@ObjectType('DomainActorCount')
export class DomainActorCountType {
  @Field(() => LifeDomainEnum) domain!: LifeDomain;
  @Field(() => Int, { description: 'Inside actors working in this domain' }) actorCount!: number;
  @Field(() => Int, { description: 'Partners outside the scope working in this domain, tied to inside actors: the cells count their ties too' }) partnerCount!: number;
}

@ObjectType('DomainMatrix', { description: 'Which life domains work together in a scope' })
export class DomainMatrixType {
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => NodeKindEnum, { nullable: true }) areaKind!: NodeKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day this answer is taken at (today unless asked); null: the whole history' }) asOf!: string | null;
  @Field(() => [LifeDomainEnum]) domains!: LifeDomain[];
  @Field(() => [DomainActorCountType]) actorCounts!: DomainActorCountType[];
  @Field(() => [DomainCellType], { description: 'Every pair a <= b, empty ones included' }) cells!: DomainCellType[];
}

@ObjectType('BoundarySpanner', { description: 'An actor whose ties link several life domains' })
export class BoundarySpannerType {
  @Field(() => NetworkActorType) actor!: NetworkActorType;
  @Field(() => [LifeDomainEnum]) ownDomains!: LifeDomain[];
  @Field(() => [LifeDomainEnum]) partnerDomains!: LifeDomain[];
  @Field(() => [LifeDomainEnum]) domainsLinked!: LifeDomain[];
  @Field(() => Int, { description: 'Ties to partners working in a domain this actor does not' }) crossDomainTieCount!: number;
  @Field(() => Int) degree!: number;
}

@ObjectType('PathStep')
export class PathStepType {
  @Field(() => NetworkActorType) from!: NetworkActorType;
  @Field(() => NetworkActorType) to!: NetworkActorType;
  @Field(() => [RelationType]) relations!: RelationType[];
}

@ObjectType('Path', { description: 'A shortest chain of collaboration ties between two actors' })
export class PathType {
  @Field(() => Int, { description: 'Number of ties' }) length!: number;
  @Field(() => [NetworkActorType]) actors!: NetworkActorType[];
  @Field(() => [PathStepType]) steps!: PathStepType[];
}

@ObjectType('ScopeComparison', { description: 'Figures of one scope, to compare scopes side by side' })
export class ScopeComparisonType {
  @Field(() => ID, { nullable: true }) areaId!: string | null;
  @Field(() => NodeKindEnum, { nullable: true }) areaKind!: NodeKind | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day this answer is taken at (today unless asked); null: the whole history' }) asOf!: string | null;
  @Field(() => NetworkActorType, { nullable: true }) area!: NetworkActorType | null;
  @Field(() => Int) actorCount!: number;
  @Field(() => Int) tieCount!: number;
  @Field(() => Float, { description: 'Ties among inside actors / possible pairs' }) density!: number;
  @Field(() => Int) componentCount!: number;
  @Field(() => Int) isolatedCount!: number;
  @Field(() => Float) isolatedShare!: number;
  @Field(() => Int, { description: 'Inside actors with exactly one tie' }) peripheralCount!: number;
  @Field(() => Float) peripheralShare!: number;
  @Field(() => Float) averageClustering!: number;
  @Field(() => [LifeDomainEnum]) coveredDomains!: LifeDomain[];
  @Field(() => [LifeDomainEnum]) missingDomains!: LifeDomain[];
  @Field(() => Float, { description: 'Covered life domains / all life domains' }) domainCoverage!: number;
  @Field(() => Int) informalCount!: number;
  @Field(() => Int, { description: 'Informal actors without any tie to a formal actor' }) informalWithoutFormalCount!: number;
}
