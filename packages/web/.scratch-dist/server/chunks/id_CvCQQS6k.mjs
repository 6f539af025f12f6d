import { Entity, Service } from 'electrodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { appendFileSync } from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';
import { F as ForbiddenError, U as UnauthorizedError } from './errors_MfzDXNyI.mjs';
import * as z from 'zod';
import { customAlphabet } from 'nanoid';

const roles = ["platform_admin", "county_admin", "precinct_supervisor", "officer", "health_liaison"];
const storage = new AsyncLocalStorage();
function withActor(actor, callback) {
  return storage.run(actor, callback);
}
function useActor() {
  const actor = storage.getStore();
  if (!actor) throw new Error("No actor in context: wrap the call in withActor()");
  return actor;
}
function assertActor(type) {
  const actor = useActor();
  if (actor.type !== type) {
    throw new UnauthorizedError() ;
  }
  return actor;
}
function useCounty() {
  const countyId = useActor().properties.countyId;
  if (!countyId) throw new ForbiddenError("actor.no_county", "This action needs a county");
  return countyId;
}
function assertRole(...allowed) {
  const actor = useActor();
  if (actor.type === "system") return actor;
  if (actor.type !== "user") throw new UnauthorizedError();
  if (!allowed.includes(actor.properties.role)) throw new ForbiddenError();
  return actor;
}

const injectableFaults = [{
  status: 400,
  type: "ProvisionedThroughputExceededException",
  message: "The level of configured provisioned throughput for the table was exceeded."
}, {
  status: 400,
  type: "ThrottlingException",
  message: "Rate of requests exceeds the allowed throughput."
}, {
  status: 500,
  type: "InternalServerError",
  message: "Internal server error"
}, {
  status: 503,
  type: "ServiceUnavailable",
  message: "Service unavailable"
}];
function injectFaults(client, {
  rate,
  random = Math.random,
  onFault
}) {
  let currentRate = rate;
  const encoder = new TextEncoder();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (!(currentRate > 0) || random() >= currentRate) return next(args);
      const fault = injectableFaults[Math.floor(random() * injectableFaults.length)] ?? injectableFaults[0];
      onFault?.(fault, context.commandName ?? "unknown");
      const body = encoder.encode(JSON.stringify({
        __type: `com.amazonaws.dynamodb.v20120810#${fault.type}`,
        message: fault.message
      }));
      return {
        response: {
          statusCode: fault.status,
          reason: fault.type,
          headers: {
            "content-type": "application/x-amz-json-1.0",
            "x-amzn-requestid": "injected-fault"
          },
          body
        },
        output: void 0
      };
    },
    // "low" in the deserialize step: between the deserializer (which turns the answer into the
    // SDK's own exception) and the HTTP handler.
    {
      step: "deserialize",
      priority: "low",
      name: "cunjingFaultInjection"
    }
  );
  return {
    setRate: (next) => void (currentRate = next)
  };
}

function logRequests(client, file) {
  client.middlewareStack.add((next, context) => async (args) => {
    appendFileSync(file, `${JSON.stringify({
      command: context.commandName ?? "unknown"
    })}
`);
    return next(args);
  }, {
    step: "initialize",
    priority: "high",
    name: "cunjingRequestLog"
  });
}

function observeFromEnvironment(client, env = process.env) {
  if (env.CUNJING_DYNAMO_REQUEST_LOG) logRequests(client, env.CUNJING_DYNAMO_REQUEST_LOG);
  const rate = Number(env.CUNJING_FAULT_RATE ?? 0);
  if (rate > 0) injectFaults(client, {
    rate: Math.min(rate, 1)
  });
}

const endpoint = process.env.DYNAMODB_ENDPOINT;
const dynamo = new DynamoDBClient(endpoint ? {
  endpoint,
  region: process.env.AWS_REGION ?? "ap-east-1",
  credentials: {
    accessKeyId: "local",
    secretAccessKey: "local"
  },
  maxAttempts: 4
} : {
  maxAttempts: 4
});
observeFromEnvironment(dynamo);
const documentClient = DynamoDBDocumentClient.from(dynamo, {
  marshallOptions: {
    removeUndefinedValues: true
  }
});
function tableName() {
  const name = process.env.TABLE_NAME;
  if (!name) throw new Error("TABLE_NAME is not set");
  return name;
}

const entityConfig = {
  table: tableName(),
  client: documentClient
};
const service = "cunjing";
const timestamps = {
  createdAt: {
    type: "number",
    readOnly: true,
    required: true,
    default: () => Date.now(),
    set: () => Date.now()
  },
  updatedAt: {
    type: "number",
    required: true,
    watch: "*",
    default: () => Date.now(),
    set: () => Date.now()
  }
};

const AuditEventEntity = new Entity({
  model: {
    entity: "audit",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    month: {
      type: "string",
      required: true,
      readOnly: true
    },
    at: {
      type: "string",
      required: true,
      readOnly: true
    },
    eventId: {
      type: "string",
      required: true,
      readOnly: true
    },
    action: {
      type: "string",
      required: true,
      readOnly: true
    },
    actorId: {
      type: "string",
      required: true,
      readOnly: true
    },
    actorRole: {
      type: "string",
      readOnly: true
    },
    subject: {
      type: "string",
      readOnly: true
    },
    ip: {
      type: "string",
      readOnly: true
    },
    /** Free-form facts of the event; a map without declared properties would be stored empty. */
    detail: {
      type: "any",
      readOnly: true
    }
  },
  indexes: {
    byMonth: {
      pk: {
        field: "pk",
        composite: ["countyId", "month"]
      },
      sk: {
        field: "sk",
        composite: ["at", "eventId"]
      }
    },
    byActor: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: ["countyId", "actorId"]
      },
      sk: {
        field: "gsi2sk",
        composite: ["at", "eventId"]
      }
    }
  }
}, entityConfig);

const InvitationEntity = new Entity({
  model: {
    entity: "invitation",
    version: "1",
    service
  },
  attributes: {
    tokenKey: {
      type: "string",
      required: true,
      readOnly: true
    },
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    username: {
      type: "string",
      required: true,
      readOnly: true
    },
    displayName: {
      type: "string",
      required: true,
      readOnly: true
    },
    role: {
      type: roles,
      required: true,
      readOnly: true
    },
    precinctId: {
      type: "string",
      readOnly: true
    },
    officerId: {
      type: "string",
      readOnly: true
    },
    invitedBy: {
      type: "string",
      required: true,
      readOnly: true
    },
    expiresAt: {
      type: "number",
      required: true,
      readOnly: true
    },
    usedAt: {
      type: "number"
    },
    createdAt: {
      type: "number",
      required: true,
      readOnly: true,
      default: () => Date.now()
    }
  },
  indexes: {
    byToken: {
      pk: {
        field: "pk",
        composite: ["tokenKey"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);

const SessionEntity = new Entity({
  model: {
    entity: "session",
    version: "1",
    service
  },
  attributes: {
    sessionKey: {
      type: "string",
      required: true,
      readOnly: true
    },
    userId: {
      type: "string",
      required: true,
      readOnly: true
    },
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    expiresAt: {
      type: "number",
      required: true
    },
    createdAt: {
      type: "number",
      required: true,
      readOnly: true,
      default: () => Date.now()
    }
  },
  indexes: {
    byKey: {
      pk: {
        field: "pk",
        composite: ["sessionKey"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    },
    byUser: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: ["userId"]
      },
      sk: {
        field: "gsi2sk",
        composite: ["sessionKey"]
      }
    }
  }
}, entityConfig);

const featureKinds = ["story", "brand"];
const publicationStatuses = ["draft", "published"];
const FeatureEntity = new Entity({
  model: {
    entity: "feature",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    scope: {
      type: "string",
      required: true,
      readOnly: true
    },
    kind: {
      type: featureKinds,
      required: true,
      readOnly: true
    },
    refId: {
      type: "string",
      required: true,
      readOnly: true
    },
    slug: {
      type: "string",
      required: true
    },
    title: {
      type: "string",
      required: true
    },
    titleEn: {
      type: "string"
    },
    summary: {
      type: "string",
      required: true
    },
    summaryEn: {
      type: "string"
    },
    coverUrl: {
      type: "string"
    },
    publishedAt: {
      type: "number",
      required: true
    }
  },
  indexes: {
    byScope: {
      pk: {
        field: "pk",
        composite: ["countyId", "scope"]
      },
      sk: {
        field: "sk",
        composite: ["kind", "refId"]
      }
    }
  }
}, entityConfig);

const BrandEntity = new Entity({
  model: {
    entity: "brand",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    brandId: {
      type: "string",
      required: true,
      readOnly: true
    },
    slug: {
      type: "string",
      required: true,
      readOnly: true
    },
    status: {
      type: publicationStatuses,
      required: true,
      default: "draft"
    },
    title: {
      type: "string",
      required: true
    },
    titleEn: {
      type: "string"
    },
    summary: {
      type: "string",
      required: true
    },
    summaryEn: {
      type: "string"
    },
    body: {
      type: "string",
      required: true
    },
    bodyEn: {
      type: "string"
    },
    coverUrl: {
      type: "string"
    },
    officerIds: {
      type: "list",
      items: {
        type: "string"
      },
      required: true,
      default: () => []
    },
    villageIds: {
      type: "list",
      items: {
        type: "string"
      },
      required: true,
      default: () => []
    },
    publishedAt: {
      type: "number"
    },
    ...timestamps
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["countyId"]
      },
      sk: {
        field: "sk",
        composite: ["brandId"]
      }
    },
    bySlug: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["countyId"]
      },
      sk: {
        field: "gsi1sk",
        composite: ["slug"]
      }
    }
  }
}, entityConfig);

const categories = ["opinion", "hazard", "patrol_team", "dispute", "help", "visit", "deed", "grid_check", "publicity", "team"];
const count$1 = {
  type: "number"
};
const CounterEntity = new Entity({
  model: {
    entity: "counter",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    scope: {
      type: "string",
      required: true,
      readOnly: true
    },
    day: {
      type: "string",
      required: true,
      readOnly: true
    },
    opinion: count$1,
    hazard: count$1,
    patrol_team: count$1,
    dispute: count$1,
    help: count$1,
    visit: count$1,
    deed: count$1,
    grid_check: count$1,
    publicity: count$1,
    team: count$1,
    /** Hazards marked eliminated that day (the `hazard` figure counts hazards found). */
    hazard_eliminated: count$1
  },
  indexes: {
    byScope: {
      pk: {
        field: "pk",
        composite: ["countyId", "scope"]
      },
      sk: {
        field: "sk",
        composite: ["day"]
      }
    }
  }
}, entityConfig);

const countyStatuses = ["active", "suspended"];
const CountyEntity = new Entity({
  model: {
    entity: "county",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    slug: {
      type: "string",
      required: true,
      readOnly: true
    },
    nameZh: {
      type: "string",
      required: true
    },
    nameEn: {
      type: "string",
      required: true
    },
    cityZh: {
      type: "string",
      required: true
    },
    cityEn: {
      type: "string",
      required: true
    },
    divisionCode: {
      type: "string",
      required: true
    },
    timeZone: {
      type: "string",
      required: true,
      default: "Asia/Shanghai"
    },
    status: {
      type: countyStatuses,
      required: true,
      default: "active"
    },
    /** The first day (YYYY-MM-DD, Asia/Shanghai) work may be recorded for; set when onboarding. */
    joinedOn: {
      type: "string",
      required: true,
      default: () => new Date(Date.now() + 8 * 36e5).toISOString().slice(0, 10)
    },
    // County settings (see `Settings`): absent until an admin sets them; `Settings.of` fills defaults.
    /** Share of villages the county aims to rate excellent, in percent. */
    excellenceTarget: {
      type: "number"
    },
    /** Days intake submissions are kept before they expire. */
    intakeRetentionDays: {
      type: "number"
    },
    /** Branding shown on the county's public pages. */
    displayName: {
      type: "string"
    },
    logoUrl: {
      type: "string"
    },
    accentColour: {
      type: "string"
    },
    /** A public contact line, e.g. the county's service hotline. */
    contactLine: {
      type: "string"
    },
    ...timestamps
  },
  indexes: {
    byId: {
      collection: "roster",
      pk: {
        field: "pk",
        composite: ["countyId"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    },
    bySlug: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["slug"]
      },
      sk: {
        field: "gsi1sk",
        composite: []
      }
    },
    all: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: []
      },
      sk: {
        field: "gsi2sk",
        composite: ["slug"]
      }
    }
  }
}, entityConfig);

const OfficerEntity = new Entity({
  model: {
    entity: "officer",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    officerId: {
      type: "string",
      required: true,
      readOnly: true
    },
    slug: {
      type: "string",
      required: true,
      readOnly: true
    },
    nameZh: {
      type: "string",
      required: true
    },
    nameEn: {
      type: "string",
      required: true
    },
    badge: {
      type: "string",
      required: true
    },
    rank: {
      type: "string"
    },
    precinctId: {
      type: "string",
      required: true
    },
    bio: {
      type: "string"
    },
    photoUrl: {
      type: "string"
    },
    /** The QR image of the officer's WeChat work group, shown on the public page. */
    wechatQrUrl: {
      type: "string"
    },
    officePhone: {
      type: "string"
    },
    deskHours: {
      type: "string"
    },
    /** The villages this officer serves; kept in step with `Village.officerId` by `Village.assignOfficer`. */
    villageIds: {
      type: "set",
      items: "string"
    },
    status: {
      type: ["active", "inactive"],
      required: true,
      default: "active"
    },
    ...timestamps
  },
  indexes: {
    byId: {
      collection: "roster",
      pk: {
        field: "pk",
        composite: ["countyId"]
      },
      sk: {
        field: "sk",
        composite: ["officerId"]
      }
    },
    bySlug: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["countyId"]
      },
      sk: {
        field: "gsi1sk",
        composite: ["slug"]
      }
    },
    byPrecinct: {
      index: "gsi2",
      collection: "precinctRoster",
      pk: {
        field: "gsi2pk",
        composite: ["countyId", "precinctId"]
      },
      sk: {
        field: "gsi2sk",
        composite: ["officerId"]
      }
    }
  }
}, entityConfig);

const OutboxEntity = new Entity({
  model: {
    entity: "outbox",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    messageId: {
      type: "string",
      required: true,
      readOnly: true
    },
    channel: {
      type: ["sms", "email", "link"],
      required: true,
      readOnly: true
    },
    to: {
      type: "string",
      required: true,
      readOnly: true
    },
    subject: {
      type: "string",
      required: true,
      readOnly: true
    },
    body: {
      type: "string",
      required: true,
      readOnly: true
    },
    createdAt: {
      type: "number",
      required: true,
      readOnly: true,
      default: () => Date.now()
    },
    expiresAt: {
      type: "number",
      required: true,
      readOnly: true
    }
  },
  indexes: {
    byCounty: {
      pk: {
        field: "pk",
        composite: ["countyId"]
      },
      sk: {
        field: "sk",
        composite: ["createdAt", "messageId"]
      }
    }
  }
}, entityConfig);

const PrecinctEntity = new Entity({
  model: {
    entity: "precinct",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    precinctId: {
      type: "string",
      required: true,
      readOnly: true
    },
    nameZh: {
      type: "string",
      required: true
    },
    nameEn: {
      type: "string",
      required: true
    },
    address: {
      type: "string"
    },
    phone: {
      type: "string"
    },
    status: {
      type: ["active", "archived"],
      required: true,
      default: "active"
    },
    ...timestamps
  },
  indexes: {
    byId: {
      collection: "roster",
      pk: {
        field: "pk",
        composite: ["countyId"]
      },
      sk: {
        field: "sk",
        composite: ["precinctId"]
      }
    }
  }
}, entityConfig);

const RateLimitEntity = new Entity({
  model: {
    entity: "ratelimit",
    version: "1",
    service
  },
  attributes: {
    key: {
      type: "string",
      required: true,
      readOnly: true
    },
    failures: {
      type: "number",
      required: true,
      default: 0
    },
    lastFailureAt: {
      type: "number",
      required: true,
      default: 0
    },
    lockedUntil: {
      type: "number"
    },
    expiresAt: {
      type: "number",
      required: true
    }
  },
  indexes: {
    byKey: {
      pk: {
        field: "pk",
        composite: ["key"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);

const StoryEntity = new Entity({
  model: {
    entity: "story",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    storyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    slug: {
      type: "string",
      required: true,
      readOnly: true
    },
    status: {
      type: publicationStatuses,
      required: true,
      default: "draft"
    },
    title: {
      type: "string",
      required: true
    },
    titleEn: {
      type: "string"
    },
    summary: {
      type: "string",
      required: true
    },
    summaryEn: {
      type: "string"
    },
    body: {
      type: "string",
      required: true
    },
    bodyEn: {
      type: "string"
    },
    coverUrl: {
      type: "string"
    },
    officerIds: {
      type: "list",
      items: {
        type: "string"
      },
      required: true,
      default: () => []
    },
    villageIds: {
      type: "list",
      items: {
        type: "string"
      },
      required: true,
      default: () => []
    },
    publishedAt: {
      type: "number"
    },
    ...timestamps
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["countyId"]
      },
      sk: {
        field: "sk",
        composite: ["storyId"]
      }
    },
    bySlug: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["countyId"]
      },
      sk: {
        field: "gsi1sk",
        composite: ["slug"]
      }
    }
  }
}, entityConfig);

const taskStates = ["open", "in_progress", "done", "cancelled"];
const activeStates = ["open", "in_progress"];
const closedStates = ["done", "cancelled"];
function isActive(state) {
  return activeStates.includes(state);
}
const priorities = ["urgent", "high", "normal", "low"];
const priorityRank = {
  urgent: "a",
  high: "b",
  normal: "c",
  low: "d"
};
const transitions = {
  open: ["in_progress", "cancelled"],
  in_progress: ["done", "cancelled"],
  done: [],
  cancelled: []
};
function canMove(from, to) {
  return transitions[from].includes(to);
}
const maxTeamSize = 3;

const summaryAttributes$1 = {
  taskId: {
    type: "string",
    required: true,
    readOnly: true
  },
  title: {
    type: "string",
    required: true
  },
  priority: {
    type: priorities,
    required: true
  },
  state: {
    type: taskStates,
    required: true
  },
  dueDate: {
    type: "string",
    required: true
  },
  /** The task's version when the entry was written; forms on lists post it back. */
  version: {
    type: "number",
    required: true
  },
  precinctId: {
    type: "string",
    required: true
  },
  villageId: {
    type: "string",
    required: true
  },
  villageNameZh: {
    type: "string",
    required: true
  },
  villageNameEn: {
    type: "string",
    required: true
  },
  officerIds: {
    type: "list",
    items: {
      type: "string"
    },
    required: true
  },
  assignees: {
    type: "list",
    required: true,
    items: {
      type: "map",
      properties: {
        officerId: {
          type: "string",
          required: true
        },
        nameZh: {
          type: "string",
          required: true
        },
        nameEn: {
          type: "string",
          required: true
        }
      }
    }
  },
  assignedBy: {
    type: "string",
    required: true
  },
  assignedByName: {
    type: "string",
    required: true
  },
  sourceKind: {
    type: ["hazard"]
  },
  /** When the task was assigned (epoch milliseconds). */
  assignedAt: {
    type: "number",
    required: true
  }
};
const summaryFields = Object.keys(summaryAttributes$1);

const TaskClosedEntity = new Entity({
  model: {
    entity: "taskClosed",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    taskScope: {
      type: "string",
      required: true,
      readOnly: true
    },
    ...summaryAttributes$1,
    /** ISO instant of closing. */
    closedAt: {
      type: "string",
      required: true,
      readOnly: true
    }
  },
  indexes: {
    byClosed: {
      pk: {
        field: "pk",
        composite: ["countyId", "taskScope"]
      },
      sk: {
        field: "sk",
        composite: ["closedAt", "taskId"]
      }
    }
  }
}, entityConfig);

const TaskCommentEntity = new Entity({
  model: {
    entity: "taskComment",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    taskId: {
      type: "string",
      required: true,
      readOnly: true
    },
    /** ISO instant; with `commentId` it orders the thread. */
    at: {
      type: "string",
      required: true,
      readOnly: true
    },
    commentId: {
      type: "string",
      required: true,
      readOnly: true
    },
    authorId: {
      type: "string",
      required: true,
      readOnly: true
    },
    authorName: {
      type: "string",
      required: true,
      readOnly: true
    },
    authorRole: {
      type: "string",
      required: true,
      readOnly: true
    },
    text: {
      type: "string",
      required: true,
      readOnly: true
    }
  },
  indexes: {
    byTask: {
      collection: "taskThread",
      pk: {
        field: "pk",
        composite: ["countyId", "taskId"]
      },
      sk: {
        field: "sk",
        composite: ["at", "commentId"]
      }
    }
  }
}, entityConfig);

const TaskOpenEntity = new Entity({
  model: {
    entity: "taskOpen",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    taskScope: {
      type: "string",
      required: true,
      readOnly: true
    },
    ...summaryAttributes$1,
    dueDate: {
      ...summaryAttributes$1.dueDate,
      readOnly: true
    },
    /** `priorityRank` of the priority: a (urgent) … d (low). */
    rank: {
      type: "string",
      required: true,
      readOnly: true
    }
  },
  indexes: {
    byDue: {
      pk: {
        field: "pk",
        composite: ["countyId", "taskScope"]
      },
      sk: {
        field: "sk",
        composite: ["dueDate", "rank", "taskId"]
      }
    }
  }
}, entityConfig);

const TaskEntity = new Entity({
  model: {
    entity: "task",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    ...summaryAttributes$1,
    precinctId: {
      ...summaryAttributes$1.precinctId,
      readOnly: true
    },
    villageId: {
      ...summaryAttributes$1.villageId,
      readOnly: true
    },
    description: {
      type: "string",
      required: true,
      default: ""
    },
    /** The hazard entry a follow-up task was opened from. */
    source: {
      type: "map",
      properties: {
        kind: {
          type: ["hazard"],
          required: true
        },
        workLogId: {
          type: "string",
          required: true
        }
      }
    },
    assignedByRole: {
      type: "string",
      required: true
    },
    /** Every state the task has been in, oldest first. */
    history: {
      type: "list",
      required: true,
      default: () => [],
      items: {
        type: "map",
        properties: {
          state: {
            type: taskStates,
            required: true
          },
          at: {
            type: "number",
            required: true
          },
          by: {
            type: "string",
            required: true
          },
          byName: {
            type: "string",
            required: true
          },
          note: {
            type: "string"
          }
        }
      }
    },
    /** Set when the task is done or cancelled (epoch milliseconds). */
    closedAt: {
      type: "number"
    },
    ...timestamps
  },
  indexes: {
    byId: {
      collection: "taskThread",
      pk: {
        field: "pk",
        composite: ["countyId", "taskId"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);

const UniqueEntity = new Entity({
  model: {
    entity: "unique",
    version: "1",
    service
  },
  attributes: {
    scope: {
      type: "string",
      required: true,
      readOnly: true
    },
    kind: {
      type: "string",
      required: true,
      readOnly: true
    },
    value: {
      type: "string",
      required: true,
      readOnly: true
    },
    ownerId: {
      type: "string",
      required: true,
      readOnly: true
    }
  },
  indexes: {
    byValue: {
      pk: {
        field: "pk",
        composite: ["scope", "kind", "value"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);
const platformScope = "platform";

const platformTenant = "platform";
const UserEntity = new Entity({
  model: {
    entity: "user",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    userId: {
      type: "string",
      required: true,
      readOnly: true
    },
    username: {
      type: "string",
      required: true,
      readOnly: true
    },
    displayName: {
      type: "string",
      required: true
    },
    passwordHash: {
      type: "string",
      required: true
    },
    role: {
      type: roles,
      required: true
    },
    precinctId: {
      type: "string"
    },
    officerId: {
      type: "string"
    },
    status: {
      type: ["active", "disabled"],
      required: true,
      default: "active"
    },
    ...timestamps
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["countyId"]
      },
      sk: {
        field: "sk",
        composite: ["userId"]
      }
    },
    byUsername: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["countyId"]
      },
      sk: {
        field: "gsi1sk",
        composite: ["username"]
      }
    }
  }
}, entityConfig);

const IdempotencyEntity = new Entity({
  model: {
    entity: "idempotency",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    key: {
      type: "string",
      required: true,
      readOnly: true
    },
    requestHash: {
      type: "string",
      required: true,
      readOnly: true
    },
    resultId: {
      type: "string",
      required: true,
      readOnly: true
    },
    expiresAt: {
      type: "number",
      required: true,
      readOnly: true
    }
  },
  indexes: {
    byKey: {
      pk: {
        field: "pk",
        composite: ["countyId", "key"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);

const text = (max) => z.string().trim().max(max, `Use at most ${max} characters`);
const required = (max) => text(max).min(1, "Required");
const count = (min, max) => z.coerce.number().int("Use a whole number").min(min, `At least ${min}`).max(max, `At most ${max}`);
const hazardStates = ["found", "rectifying", "eliminated"];
const opinion = z.object({
  category: z.literal("opinion"),
  topic: z.enum(["safety", "traffic", "neighbourhood", "environment", "services", "other"]),
  summary: required(500),
  residents: count(1, 500).default(1)
});
const hazard = z.object({
  category: z.literal("hazard"),
  hazardKind: z.enum(["fire", "electrical", "gas", "traffic", "building", "water", "other"]),
  state: z.enum(hazardStates).default("found"),
  description: required(500),
  /** What is being done; required once rectification starts. */
  measures: text(500).optional(),
  /** How it was eliminated; required to mark it eliminated. */
  resolution: text(500).optional(),
  rectifyBy: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use YYYY-MM-DD").optional()
}).superRefine((value, context) => {
  if (value.state !== "found" && !value.measures) {
    context.addIssue({
      code: "custom",
      path: ["measures"],
      message: "Describe the measures taken"
    });
  }
  if (value.state === "eliminated" && !value.resolution) {
    context.addIssue({
      code: "custom",
      path: ["resolution"],
      message: "Describe how the hazard was eliminated"
    });
  }
});
const patrolTeam = z.object({
  category: z.literal("patrol_team"),
  teamName: required(60),
  members: count(2, 200),
  area: text(200).optional()
});
const dispute = z.object({
  category: z.literal("dispute"),
  disputeKind: z.enum(["neighbour", "family", "land", "labour", "property", "traffic", "other"]),
  parties: count(2, 50),
  outcome: z.enum(["mediated", "partly", "referred", "unresolved"]),
  summary: required(500)
});
const help = z.object({
  category: z.literal("help"),
  helpKind: z.enum(["elderly", "child", "disabled", "lost_item", "certificate", "other"]),
  residents: count(1, 100).default(1),
  summary: required(500)
});
const visit = z.object({
  category: z.literal("visit"),
  /** A household as the officer notes it: house number, or surname of the head of household. */
  household: required(60),
  purpose: z.enum(["routine", "follow_up", "vulnerable", "rental", "other"]).default("routine")
});
const deed = z.object({
  category: z.literal("deed"),
  summary: required(500),
  beneficiaries: count(1, 1e3).default(1)
});
const gridCheck = z.object({
  category: z.literal("grid_check"),
  findings: text(500).optional(),
  issuesFound: count(0, 100).default(0)
});
const publicity = z.object({
  category: z.literal("publicity"),
  topic: z.enum(["anti_fraud", "traffic", "fire", "drugs", "law", "other"]),
  audience: count(1, 1e5),
  venue: text(100).optional()
});
const team = z.object({
  category: z.literal("team"),
  /** A three-person team: the officer plus two others (names or roles). */
  members: z.array(required(30)).length(2, "Name the two other members"),
  purpose: required(200)
});
const details = z.discriminatedUnion("category", [opinion, hazard, patrolTeam, dispute, help, visit, deed, gridCheck, publicity, team]);
const gridRequired = /* @__PURE__ */ new Set(["visit", "grid_check"]);

const WorkLogEntity = new Entity({
  model: {
    entity: "worklog",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    entryId: {
      type: "string",
      required: true,
      readOnly: true
    },
    officerId: {
      type: "string",
      required: true,
      readOnly: true
    },
    precinctId: {
      type: "string",
      required: true
    },
    villageId: {
      type: "string",
      required: true
    },
    gridId: {
      type: "string"
    },
    category: {
      type: categories,
      required: true
    },
    /** Epoch milliseconds. */
    occurredAt: {
      type: "number",
      required: true
    },
    /** `occurredAt` as a day in Asia/Shanghai: the counter bucket. */
    day: {
      type: "string",
      required: true
    },
    details: {
      type: "any",
      required: true
    },
    hazardState: {
      type: hazardStates
    },
    /** The day a hazard was marked eliminated (counted as `hazard_eliminated` that day). */
    eliminatedOn: {
      type: "string"
    },
    notes: {
      type: "string"
    },
    photoUrl: {
      type: "string"
    },
    createdBy: {
      type: "string",
      required: true,
      readOnly: true
    },
    version: {
      type: "number",
      required: true,
      default: 1
    },
    ...timestamps
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["countyId", "entryId"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    },
    byOfficer: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["countyId", "officerId"]
      },
      sk: {
        field: "gsi1sk",
        composite: ["occurredAt", "entryId"]
      }
    },
    byVillage: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: ["countyId", "villageId"]
      },
      sk: {
        field: "gsi2sk",
        composite: ["occurredAt", "entryId"]
      }
    }
  }
}, entityConfig);

const villageKinds = ["village", "community"];
const VillageEntity = new Entity({
  model: {
    entity: "village",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    villageId: {
      type: "string",
      required: true,
      readOnly: true
    },
    precinctId: {
      type: "string",
      required: true
    },
    kind: {
      type: villageKinds,
      required: true
    },
    nameZh: {
      type: "string",
      required: true
    },
    nameEn: {
      type: "string",
      required: true
    },
    /** Full pinyin without tones or spaces, and initials: "xiqushequ", "xqsq". */
    pinyin: {
      type: "string",
      required: true
    },
    initials: {
      type: "string",
      required: true
    },
    address: {
      type: "string"
    },
    deskHours: {
      type: "string"
    },
    officerId: {
      type: "string"
    },
    status: {
      type: ["active", "archived"],
      required: true,
      default: "active"
    },
    ...timestamps
  },
  indexes: {
    byId: {
      collection: "roster",
      pk: {
        field: "pk",
        composite: ["countyId"]
      },
      sk: {
        field: "sk",
        composite: ["villageId"]
      }
    },
    byPrecinct: {
      index: "gsi2",
      collection: "precinctRoster",
      pk: {
        field: "gsi2pk",
        composite: ["countyId", "precinctId"]
      },
      sk: {
        field: "gsi2sk",
        composite: ["villageId"]
      }
    }
  }
}, entityConfig);

const AssignmentEntity = new Entity({
  model: {
    entity: "assignment",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    villageId: {
      type: "string",
      required: true,
      readOnly: true
    },
    at: {
      type: "string",
      required: true,
      readOnly: true
    },
    eventId: {
      type: "string",
      required: true,
      readOnly: true
    },
    action: {
      type: ["assigned", "unassigned"],
      required: true,
      readOnly: true
    },
    /** The officer assigned, or the officer whose assignment ended. */
    officerId: {
      type: "string",
      required: true,
      readOnly: true
    },
    previousOfficerId: {
      type: "string",
      readOnly: true
    },
    actorId: {
      type: "string",
      required: true,
      readOnly: true
    },
    /** How the change was made: by hand in the console or API, or by a CSV import. */
    source: {
      type: ["console", "import"],
      required: true,
      readOnly: true,
      default: "console"
    }
  },
  indexes: {
    byVillage: {
      pk: {
        field: "pk",
        composite: ["countyId", "villageId"]
      },
      sk: {
        field: "sk",
        composite: ["at", "eventId"]
      }
    }
  }
}, entityConfig);

const GridEntity = new Entity({
  model: {
    entity: "grid",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    villageId: {
      type: "string",
      required: true,
      readOnly: true
    },
    code: {
      type: "string",
      required: true,
      readOnly: true
    },
    nameZh: {
      type: "string"
    },
    note: {
      type: "string"
    },
    status: {
      type: ["active", "archived"],
      required: true,
      default: "active"
    },
    ...timestamps
  },
  indexes: {
    byVillage: {
      pk: {
        field: "pk",
        composite: ["countyId", "villageId"]
      },
      sk: {
        field: "sk",
        composite: ["code"]
      }
    },
    /** All of a county's grids, for imports and counts (never on a public page). */
    byCounty: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["countyId"]
      },
      sk: {
        field: "gsi1sk",
        composite: ["villageId", "code"]
      }
    }
  }
}, entityConfig);

const importKinds = ["precincts", "villages", "grids", "officers"];
const importStatuses = ["checked", "running", "applied", "rolled_back", "failed"];
const ImportJobEntity = new Entity({
  model: {
    entity: "importJob",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    jobId: {
      type: "string",
      required: true,
      readOnly: true
    },
    kind: {
      type: importKinds,
      required: true,
      readOnly: true
    },
    fileName: {
      type: "string",
      required: true,
      readOnly: true
    },
    fileKey: {
      type: "string",
      required: true,
      readOnly: true
    },
    sha256: {
      type: "string",
      required: true,
      readOnly: true
    },
    encoding: {
      type: "string",
      required: true,
      readOnly: true
    },
    actorId: {
      type: "string",
      required: true,
      readOnly: true
    },
    startedAt: {
      type: "string",
      required: true,
      readOnly: true
    },
    status: {
      type: importStatuses,
      required: true
    },
    rows: {
      type: "number",
      required: true
    },
    errorCount: {
      type: "number",
      required: true
    },
    creates: {
      type: "number",
      required: true
    },
    updates: {
      type: "number",
      required: true
    },
    unchanged: {
      type: "number",
      required: true
    },
    /** Writes an apply makes, and how many of them are done (the progress bar). */
    writes: {
      type: "number",
      required: true,
      default: 0
    },
    written: {
      type: "number",
      required: true,
      default: 0
    },
    /** The dotted code of the failure, when an apply failed. */
    failure: {
      type: "string"
    },
    failedRow: {
      type: "number"
    },
    expiresAt: {
      type: "number",
      required: true
    },
    ...timestamps
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["countyId", "jobId"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    },
    recent: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: ["countyId"]
      },
      sk: {
        field: "gsi2sk",
        composite: ["startedAt", "jobId"]
      }
    }
  }
}, entityConfig);

const uploadPurposes = ["photo", "qr", "logo"];
const UploadEntity = new Entity({
  model: {
    entity: "upload",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    uploadId: {
      type: "string",
      required: true,
      readOnly: true
    },
    purpose: {
      type: uploadPurposes,
      required: true,
      readOnly: true
    },
    actorId: {
      type: "string",
      required: true,
      readOnly: true
    },
    status: {
      type: ["pending", "done"],
      required: true,
      default: "pending"
    },
    /** The address of the main published variant, once done. */
    url: {
      type: "string"
    },
    expiresAt: {
      type: "number",
      required: true,
      readOnly: true
    },
    createdAt: {
      type: "number",
      required: true,
      readOnly: true,
      default: () => Date.now()
    }
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["countyId", "uploadId"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);

const RatingCodeEntity = new Entity({
  model: {
    entity: "ratingcode",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    codeHash: {
      type: "string",
      required: true,
      readOnly: true
    },
    officerId: {
      type: "string",
      required: true,
      readOnly: true
    },
    entryId: {
      type: "string",
      required: true,
      readOnly: true
    },
    /** Epoch ms; `expiresAt` (seconds) lets DynamoDB delete it later. */
    validUntil: {
      type: "number",
      required: true,
      readOnly: true
    },
    usedAt: {
      type: "number"
    },
    ratingId: {
      type: "string"
    },
    expiresAt: {
      type: "number",
      required: true,
      readOnly: true
    }
  },
  indexes: {
    byHash: {
      pk: {
        field: "pk",
        composite: ["countyId", "codeHash"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);
const RatingOtpEntity = new Entity({
  model: {
    entity: "ratingotp",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    otpId: {
      type: "string",
      required: true,
      readOnly: true
    },
    officerId: {
      type: "string",
      required: true,
      readOnly: true
    },
    phoneHash: {
      type: "string",
      required: true,
      readOnly: true
    },
    otpHash: {
      type: "string",
      required: true,
      readOnly: true
    },
    attempts: {
      type: "number",
      required: true,
      default: 0
    },
    validUntil: {
      type: "number",
      required: true,
      readOnly: true
    },
    verifiedAt: {
      type: "number"
    },
    usedAt: {
      type: "number"
    },
    expiresAt: {
      type: "number",
      required: true,
      readOnly: true
    }
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["countyId", "otpId"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);
const RatingPhoneClaimEntity = new Entity({
  model: {
    entity: "ratingphone",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    phoneHash: {
      type: "string",
      required: true,
      readOnly: true
    },
    officerId: {
      type: "string",
      required: true,
      readOnly: true
    },
    until: {
      type: "number",
      required: true
    },
    expiresAt: {
      type: "number",
      required: true
    }
  },
  indexes: {
    byPhone: {
      pk: {
        field: "pk",
        composite: ["countyId", "phoneHash", "officerId"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);

const RatingPraiseEntity = new Entity({
  model: {
    entity: "ratingpraise",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    scope: {
      type: "string",
      required: true,
      readOnly: true
    },
    ratingId: {
      type: "string",
      required: true,
      readOnly: true
    },
    text: {
      type: "string",
      required: true
    },
    signedAs: {
      type: "string"
    },
    overall: {
      type: "number",
      required: true
    },
    verified: {
      type: "boolean",
      required: true
    },
    reply: {
      type: "string"
    },
    publishedAt: {
      type: "number",
      required: true
    }
  },
  indexes: {
    byScope: {
      pk: {
        field: "pk",
        composite: ["countyId", "scope"]
      },
      sk: {
        field: "sk",
        composite: ["ratingId"]
      }
    }
  }
}, entityConfig);

const solvedValues = ["yes", "partly", "no"];
const praiseStates = ["none", "pending", "approved", "rejected"];
const complaintStates = ["open", "in_progress", "resolved"];
const queues = ["praise", "complaint", "done"];
const RatingEntity = new Entity({
  model: {
    entity: "rating",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    ratingId: {
      type: "string",
      required: true,
      readOnly: true
    },
    officerId: {
      type: "string",
      required: true,
      readOnly: true
    },
    precinctId: {
      type: "string",
      required: true,
      readOnly: true
    },
    overall: {
      type: "number",
      required: true,
      readOnly: true
    },
    responsiveness: {
      type: "number",
      required: true,
      readOnly: true
    },
    courtesy: {
      type: "number",
      required: true,
      readOnly: true
    },
    solved: {
      type: solvedValues,
      required: true,
      readOnly: true
    },
    verified: {
      type: "boolean",
      required: true,
      readOnly: true
    },
    /** "王先生" or absent (anonymous resident). */
    signedAs: {
      type: "string",
      readOnly: true
    },
    text: {
      type: "string"
    },
    flags: {
      type: "list",
      items: {
        type: "string"
      }
    },
    praiseState: {
      type: praiseStates,
      required: true
    },
    rejectReason: {
      type: "string"
    },
    reply: {
      type: "string"
    },
    complaint: {
      type: "boolean",
      required: true,
      readOnly: true
    },
    complaintState: {
      type: complaintStates
    },
    complaintNote: {
      type: "string"
    },
    queue: {
      type: queues,
      required: true
    },
    /** Sort key of the queues; repeated here because ElectroDB rebuilds a key from all its parts. */
    submittedAt: {
      type: "number",
      required: true
    },
    moderatedBy: {
      type: "string"
    },
    ...timestamps
  },
  indexes: {
    byId: {
      pk: {
        field: "pk",
        composite: ["countyId", "ratingId"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    },
    byPrecinctQueue: {
      index: "gsi1",
      pk: {
        field: "gsi1pk",
        composite: ["countyId", "precinctId"]
      },
      sk: {
        field: "gsi1sk",
        composite: ["queue", "submittedAt"]
      }
    },
    byOfficer: {
      index: "gsi2",
      pk: {
        field: "gsi2pk",
        composite: ["countyId", "officerId"]
      },
      sk: {
        field: "gsi2sk",
        composite: ["submittedAt"]
      }
    }
  }
}, entityConfig);

const sum = {
  type: "number",
  required: true,
  default: 0
};
const summaryAttributes = {
  count: sum,
  overall: sum,
  responsiveness: sum,
  courtesy: sum,
  solvedYes: sum,
  solvedPartly: sum,
  solvedNo: sum,
  verified: sum,
  /** Weights (a verified contact weighs more) and the overall score times its weight. */
  weight: sum,
  weightedOverall: sum
};
const RatingSummaryEntity = new Entity({
  model: {
    entity: "ratingsummary",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    scope: {
      type: "string",
      required: true,
      readOnly: true
    },
    ...summaryAttributes
  },
  indexes: {
    byScope: {
      pk: {
        field: "pk",
        composite: ["countyId", "scope"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);
const RatingCountyEntity = new Entity({
  model: {
    entity: "ratingcounty",
    version: "1",
    service
  },
  attributes: {
    countyId: {
      type: "string",
      required: true,
      readOnly: true
    },
    ...summaryAttributes
  },
  indexes: {
    byCounty: {
      collection: "roster",
      pk: {
        field: "pk",
        composite: ["countyId"]
      },
      sk: {
        field: "sk",
        composite: []
      }
    }
  }
}, entityConfig);

const db = new Service({
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
  ratingPhone: RatingPhoneClaimEntity
}, entityConfig);

const createId = customAlphabet("0123456789abcdefghjkmnpqrstvwxyz", 14);

export { maxTeamSize as A, priorities as B, taskStates as C, activeStates as D, closedStates as E, assertRole as a, details as b, createId as c, db as d, assertActor as e, documentClient as f, gridRequired as g, platformScope as h, importKinds as i, featureKinds as j, useActor as k, categories as l, complaintStates as m, platformTenant as n, uploadPurposes as o, publicationStatuses as p, canMove as q, roles as r, solvedValues as s, tableName as t, useCounty as u, villageKinds as v, withActor as w, summaryFields as x, isActive as y, priorityRank as z };
