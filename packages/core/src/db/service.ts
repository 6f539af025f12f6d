import { Service } from "electrodb";
import { AuditEventEntity } from "../audit/audit.entity";
import { InvitationEntity } from "../auth/invitation.entity";
import { SessionEntity } from "../auth/session.entity";
import { BrandEntity } from "../brand/brand.entity";
import { CounterEntity } from "../counter/counter.entity";
import { CountyEntity } from "../county/county.entity";
import { FeatureEntity } from "../feature/feature.entity";
import { OfficerEntity } from "../officer/officer.entity";
import { OutboxEntity } from "../outbox/outbox.entity";
import { PrecinctEntity } from "../precinct/precinct.entity";
import { RateLimitEntity } from "../ratelimit/ratelimit.entity";
import { StoryEntity } from "../story/story.entity";
import { UniqueEntity } from "../unique/unique.entity";
import { UserEntity } from "../user/user.entity";
import { VillageEntity } from "../village/village.entity";
import { entityConfig } from "./entity";

export const db = new Service(
  {
    county: CountyEntity,
    precinct: PrecinctEntity,
    village: VillageEntity,
    officer: OfficerEntity,
    unique: UniqueEntity,
    user: UserEntity,
    session: SessionEntity,
    invitation: InvitationEntity,
    rateLimit: RateLimitEntity,
    audit: AuditEventEntity,
    outbox: OutboxEntity,
    counter: CounterEntity,
    feature: FeatureEntity,
    story: StoryEntity,
    brand: BrandEntity,
  },
  entityConfig,
);
