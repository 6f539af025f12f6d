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
import { TaskClosedEntity } from "../task/closed.entity";
import { TaskCommentEntity } from "../task/comment.entity";
import { TaskOpenEntity } from "../task/open.entity";
import { TaskEntity } from "../task/task.entity";
import { UniqueEntity } from "../unique/unique.entity";
import { UserEntity } from "../user/user.entity";
import { IdempotencyEntity } from "../idempotency/idempotency.entity";
import { WorkLogEntity } from "../worklog/worklog.entity";
import { VillageEntity } from "../village/village.entity";
import { AssignmentEntity } from "../village/assignment.entity";
import { GridEntity } from "../grid/grid.entity";
import { ImportJobEntity } from "../import/job.entity";
import { UploadEntity } from "../upload/upload.entity";
import { RatingCodeEntity, RatingOtpEntity, RatingPhoneClaimEntity } from "../rating/code.entity";
import { RatingPraiseEntity } from "../rating/praise.entity";
import { RatingEntity } from "../rating/rating.entity";
import { RatingCountyEntity, RatingSummaryEntity } from "../rating/summary.entity";
import { AppointmentEntity, BookingPhoneEntity, SlotClaimEntity } from "../appointment/appointment.entity";
import { DeskExceptionEntity, DeskHoursEntity } from "../appointment/hours.entity";
import { entityConfig } from "./entity";

export const db = new Service(
  {
    county: CountyEntity,
    precinct: PrecinctEntity,
    village: VillageEntity,
    officer: OfficerEntity,
    grid: GridEntity,
    assignment: AssignmentEntity,
    importJob: ImportJobEntity,
    upload: UploadEntity,
    unique: UniqueEntity,
    user: UserEntity,
    session: SessionEntity,
    invitation: InvitationEntity,
    rateLimit: RateLimitEntity,
    audit: AuditEventEntity,
    outbox: OutboxEntity,
    counter: CounterEntity,
    workLog: WorkLogEntity,
    idempotency: IdempotencyEntity,
    feature: FeatureEntity,
    story: StoryEntity,
    brand: BrandEntity,
    task: TaskEntity,
    taskComment: TaskCommentEntity,
    taskOpen: TaskOpenEntity,
    taskClosed: TaskClosedEntity,
    rating: RatingEntity,
    ratingSummary: RatingSummaryEntity,
    ratingCounty: RatingCountyEntity,
    ratingPraise: RatingPraiseEntity,
    ratingCode: RatingCodeEntity,
    ratingOtp: RatingOtpEntity,
    ratingPhone: RatingPhoneClaimEntity,
    appointment: AppointmentEntity,
    slotClaim: SlotClaimEntity,
    bookingPhone: BookingPhoneEntity,
    deskHours: DeskHoursEntity,
    deskException: DeskExceptionEntity,
  },
  entityConfig,
);
