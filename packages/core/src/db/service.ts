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
import { CountyLimitEntity } from "../ratelimit/county-limit.entity";
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
import { PiiKeyEntity } from "../pii/key.entity";
import { KeyRingEntity } from "../pii/ring.entity";
import { IntakeFormEntity } from "../intake/form.entity";
import { IntakeSubmissionEntity } from "../intake/submission.entity";
import { IntakeCounterEntity } from "../intake/counter.entity";
import { AlertEntity } from "../alert/alert.entity";
import { AlertHookEntity, AlertRuleEntity } from "../alert/rule.entity";
import { PublicationRevisionEntity } from "../feature/revision.entity";
import { RatingHalfEntity } from "../rating/half.entity";
import { ExcellenceCriteriaEntity, ExcellenceResultEntity } from "../excellence/excellence.entity";
import { AppointmentEntity, BookingPhoneEntity, SlotClaimEntity } from "../appointment/appointment.entity";
import { DeskExceptionEntity, DeskHoursEntity } from "../appointment/hours.entity";
import { ResidentPassEntity, ResidentRecordEntity } from "../resident/record.entity";
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
    countyLimit: CountyLimitEntity,
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
    piiKey: PiiKeyEntity,
    keyRing: KeyRingEntity,
    intakeForm: IntakeFormEntity,
    intakeSubmission: IntakeSubmissionEntity,
    intakeCounter: IntakeCounterEntity,
    alert: AlertEntity,
    alertRule: AlertRuleEntity,
    alertHook: AlertHookEntity,
    publicationRevision: PublicationRevisionEntity,
    ratingHalf: RatingHalfEntity,
    excellenceCriteria: ExcellenceCriteriaEntity,
    excellenceResult: ExcellenceResultEntity,
    appointment: AppointmentEntity,
    slotClaim: SlotClaimEntity,
    bookingPhone: BookingPhoneEntity,
    deskHours: DeskHoursEntity,
    deskException: DeskExceptionEntity,
    residentRecord: ResidentRecordEntity,
    residentPass: ResidentPassEntity,
  },
  entityConfig,
);
