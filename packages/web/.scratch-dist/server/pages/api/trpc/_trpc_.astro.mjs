import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { S as Session } from '../../../chunks/session_DNHpdDVr.mjs';
import { w as withActor } from '../../../chunks/id_CvCQQS6k.mjs';
import { i as isSameOrigin } from '../../../chunks/origin_F6zo3iuA.mjs';
import { U as User } from '../../../chunks/index_BeX0c_zr.mjs';
import { initTRPC, TRPCError } from '@trpc/server';
import { V as VisibleError } from '../../../chunks/errors_MfzDXNyI.mjs';
import { ZodError } from 'zod';
import { C as County } from '../../../chunks/index_BeLTUk0H.mjs';
import { D as Dashboard } from '../../../chunks/index_DODlOfNQ.mjs';
import { G as Grid } from '../../../chunks/index_BPbTr2wv.mjs';
import { I as Import } from '../../../chunks/index_BWR1x2MP.mjs';
import { O as Officer } from '../../../chunks/pinyin_G0d18_-J.mjs';
import { P as Precinct } from '../../../chunks/index_--kPpFx1.mjs';
import { R as Rating, a as RatingCode } from '../../../chunks/index_B-3AYYOB.mjs';
import { S as Settings } from '../../../chunks/index_D2nEBxwM.mjs';
import { b as beginUpload } from '../../../chunks/begin_5YiWNN51.mjs';
import { V as Village } from '../../../chunks/index_L52EVg_U.mjs';
import { T as Task } from '../../../chunks/index_DiaG58Q0.mjs';
import { I as Invitation } from '../../../chunks/invitation_D8NCnsvu.mjs';
import { W as WorkLog } from '../../../chunks/index_Bg6afd-E.mjs';
export { renderers } from '../../../renderers.mjs';

function cookieValue(headers, name) {
  for (const part of (headers.get("cookie") ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return value.join("=");
  }
  return void 0;
}
async function createContext(request) {
  const sameOrigin = isSameOrigin(request.headers, request.host);
  const sessionId = cookieValue(request.headers, Session.cookieName);
  const resolved = sessionId ? await withActor({
    type: "public",
    properties: {}
  }, () => Session.actorOf(sessionId)) : void 0;
  return {
    actor: resolved?.actor ?? {
      type: "public",
      properties: {}
    },
    sameOrigin
  };
}

function logError({
  error,
  path
}) {
  if (error.code === "INTERNAL_SERVER_ERROR") {
    console.error(JSON.stringify({
      level: "error",
      path,
      message: error.message,
      cause: String(error.cause ?? "")
    }));
    if (error.cause instanceof Error && error.cause.stack) console.error(error.cause.stack);
  }
}

const everyone = {
  anonymous: "allow",
  platform_admin: "allow",
  county_admin: "allow",
  precinct_supervisor: "allow",
  officer: "allow",
  health_liaison: "allow"
};
const signedIn = {
  ...everyone,
  anonymous: "deny"
};
const nobody = {
  anonymous: "deny",
  platform_admin: "deny",
  county_admin: "deny",
  precinct_supervisor: "deny",
  officer: "deny",
  health_liaison: "deny"
};
const countyAdmin = {
  ...nobody,
  county_admin: "scoped"
};
const countyReaders = {
  ...nobody,
  county_admin: "scoped",
  precinct_supervisor: "scoped"
};
const platform = {
  ...nobody,
  platform_admin: "allow"
};
const policy = {
  "county.list": {
    ...everyone,
    public: true
  },
  "county.bySlug": {
    ...everyone,
    public: true
  },
  "auth.me": signedIn,
  "user.list": {
    ...nobody,
    county_admin: "scoped"
  },
  "user.invite": {
    ...nobody,
    county_admin: "scoped",
    platform_admin: "allow"
  },
  "user.setRole": {
    ...nobody,
    county_admin: "scoped"
  },
  "workLog.record": {
    ...nobody,
    officer: "scoped"
  },
  "workLog.recordBatch": {
    ...nobody,
    officer: "scoped"
  },
  "workLog.edit": {
    ...nobody,
    officer: "scoped"
  },
  "workLog.remove": {
    ...nobody,
    officer: "scoped"
  },
  "workLog.get": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  "workLog.byOfficer": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  "dashboard.forScope": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  // Tasks: supervisors assign in their precinct, county admins in the county; officers see and move
  // their own, and open follow-ups of their own hazard entries (core checks each of these).
  "task.create": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  "task.list": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  "task.today": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped"
  },
  "task.get": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  "task.overdue": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  "task.assignable": {
    ...nobody,
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  "task.transition": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped"
  },
  // Resident feedback: officers issue codes for their own contacts and reply to their own praise;
  // precinct supervisors moderate their precinct's praise and complaints (core checks both).
  "rating.issueCode": {
    ...nobody,
    officer: "scoped"
  },
  "rating.mine": {
    ...nobody,
    officer: "scoped"
  },
  "rating.reply": {
    ...nobody,
    officer: "scoped"
  },
  "rating.queue": {
    ...nobody,
    precinct_supervisor: "scoped"
  },
  "rating.queueSizes": {
    ...nobody,
    precinct_supervisor: "scoped"
  },
  "rating.moderate": {
    ...nobody,
    precinct_supervisor: "scoped"
  },
  "rating.handleComplaint": {
    ...nobody,
    precinct_supervisor: "scoped"
  },
  "task.cancel": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  "task.comment": {
    ...nobody,
    officer: "scoped",
    precinct_supervisor: "scoped",
    county_admin: "scoped"
  },
  // Onboarding (counties, precincts, villages, grids, officers, CSV imports, settings, images).
  "county.create": platform,
  "county.suspend": platform,
  "county.reactivate": platform,
  "precinct.list": countyReaders,
  "precinct.get": countyReaders,
  "precinct.create": countyAdmin,
  "precinct.update": countyAdmin,
  "precinct.archive": countyAdmin,
  "precinct.restore": countyAdmin,
  "precinct.supervisors": countyAdmin,
  "village.list": countyReaders,
  "village.get": countyReaders,
  "village.create": countyAdmin,
  "village.update": countyAdmin,
  "village.archive": countyAdmin,
  "village.restore": countyAdmin,
  "village.assignOfficer": countyAdmin,
  "village.unassignOfficer": countyAdmin,
  "village.history": countyReaders,
  "village.withoutOfficer": countyReaders,
  "grid.list": countyReaders,
  "grid.create": countyAdmin,
  "grid.update": countyAdmin,
  "grid.archive": countyAdmin,
  "grid.restore": countyAdmin,
  "officer.list": countyReaders,
  "officer.get": countyReaders,
  "officer.create": countyAdmin,
  "officer.update": countyAdmin,
  "officer.archive": countyAdmin,
  "officer.restore": countyAdmin,
  "import.dryRun": countyAdmin,
  "import.commit": countyAdmin,
  "import.progress": countyAdmin,
  "import.report": countyAdmin,
  "import.recent": countyAdmin,
  "import.template": countyAdmin,
  "import.export": countyAdmin,
  "settings.get": countyAdmin,
  "settings.update": countyAdmin,
  "upload.begin": countyAdmin
};
function decide(path, caller) {
  return policy[path]?.[caller] ?? "deny";
}

const codeOfKind = {
  input: "BAD_REQUEST",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  forbidden: "FORBIDDEN",
  unauthorized: "UNAUTHORIZED",
  unavailable: "SERVICE_UNAVAILABLE",
  rate_limited: "TOO_MANY_REQUESTS"
};
const t = initTRPC.context().create({
  errorFormatter({
    shape,
    error
  }) {
    const cause = error.cause;
    const visible = cause instanceof VisibleError ? cause : void 0;
    const malformed = error.code === "PARSE_ERROR" || error.code === "BAD_REQUEST" && !visible && !(cause instanceof ZodError);
    const fieldErrors = cause instanceof ZodError ? fieldErrorsOf(cause) : visible?.fieldErrors ?? (malformed ? {
      _: ["The request could not be read as JSON input"]
    } : void 0);
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      message: internal ? "Internal error" : visible?.message ?? (fieldErrors ? "The input is invalid" : shape.message),
      code: shape.code,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        errorCode: visible?.code ?? (fieldErrors ? "input.invalid" : void 0),
        fieldErrors
      }
    };
  }
});
function fieldErrorsOf(error) {
  const fieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.length ? issue.path.join(".") : "_";
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return fieldErrors;
}
const actorContext = t.middleware(async ({
  ctx,
  next
}) => {
  const result = await withActor(ctx.actor, () => next());
  if (!result.ok && result.error.cause instanceof VisibleError) {
    const cause = result.error.cause;
    throw new TRPCError({
      code: codeOfKind[cause.kind],
      message: cause.message,
      cause
    });
  }
  return result;
});
const policyGate = t.middleware(({
  ctx,
  path,
  type,
  next
}) => {
  const caller = ctx.actor.type === "user" ? ctx.actor.properties.role : "anonymous";
  if (!(path in policy)) {
    console.error(JSON.stringify({
      level: "error",
      message: "procedure without a policy entry",
      path
    }));
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "You may not do this"
    });
  }
  if (decide(path, caller) === "deny") {
    throw caller === "anonymous" ? new TRPCError({
      code: "UNAUTHORIZED",
      message: "Sign in first"
    }) : new TRPCError({
      code: "FORBIDDEN",
      message: "You may not do this"
    });
  }
  if (type === "mutation" && !ctx.sameOrigin) {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: "Cross-origin requests are refused"
    });
  }
  return next();
});
const router = t.router;
t.createCallerFactory;
const procedure = t.procedure.use(policyGate).use(actorContext);

const authRouter = router({
  me: procedure.query(() => User.me())
});

const countyRouter = router({
  list: procedure.query(() => County.list()),
  bySlug: procedure.input(County.bySlug.schema).query(async ({
    input
  }) => {
    const county = await County.bySlug(input);
    return withActor({
      type: "public",
      properties: {
        countyId: county.countyId
      }
    }, () => County.roster());
  }),
  create: procedure.input(County.create.schema).mutation(({
    input
  }) => County.create(input)),
  suspend: procedure.input(County.suspend.schema).mutation(({
    input
  }) => County.suspend(input)),
  reactivate: procedure.input(County.reactivate.schema).mutation(({
    input
  }) => County.reactivate(input))
});

const dashboardRouter = router({
  forScope: procedure.input(Dashboard.forScope.schema).query(({
    input
  }) => Dashboard.forScope(input))
});

const gridRouter = router({
  list: procedure.input(Grid.list.schema).query(({
    input
  }) => Grid.list(input)),
  create: procedure.input(Grid.create.schema).mutation(({
    input
  }) => Grid.create(input)),
  update: procedure.input(Grid.update.schema).mutation(({
    input
  }) => Grid.update(input)),
  archive: procedure.input(Grid.archive.schema).mutation(({
    input
  }) => Grid.archive(input)),
  restore: procedure.input(Grid.restore.schema).mutation(({
    input
  }) => Grid.restore(input))
});

const text = (bytes) => new TextDecoder("utf-8", {
  ignoreBOM: true
}).decode(bytes);
const importRouter = router({
  dryRun: procedure.input(Import.dryRun.schema).mutation(({
    input
  }) => Import.dryRun(input)),
  commit: procedure.input(Import.apply.schema).mutation(({
    input
  }) => Import.apply(input)),
  progress: procedure.input(Import.progress.schema).query(({
    input
  }) => Import.progress(input)),
  report: procedure.input(Import.report.schema).query(({
    input
  }) => Import.report(input)),
  recent: procedure.query(() => Import.recent()),
  template: procedure.input(Import.template.schema).query(async ({
    input
  }) => text(await Import.template(input))),
  export: procedure.input(Import.exportCsv.schema).query(async ({
    input
  }) => text(await Import.exportCsv(input)))
});

const officerRouter = router({
  list: procedure.input(Officer.list.schema).query(({
    input
  }) => Officer.list(input)),
  get: procedure.input(Officer.get.schema).query(({
    input
  }) => Officer.get(input)),
  create: procedure.input(Officer.create.schema).mutation(({
    input
  }) => Officer.create(input)),
  update: procedure.input(Officer.update.schema).mutation(({
    input
  }) => Officer.update(input)),
  archive: procedure.input(Officer.archive.schema).mutation(({
    input
  }) => Officer.archive(input)),
  restore: procedure.input(Officer.restore.schema).mutation(({
    input
  }) => Officer.restore(input))
});

const precinctRouter = router({
  list: procedure.query(() => Precinct.list()),
  get: procedure.input(Precinct.get.schema).query(({
    input
  }) => Precinct.get(input)),
  create: procedure.input(Precinct.create.schema).mutation(({
    input
  }) => Precinct.create(input)),
  update: procedure.input(Precinct.update.schema).mutation(({
    input
  }) => Precinct.update(input)),
  archive: procedure.input(Precinct.archive.schema).mutation(({
    input
  }) => Precinct.archive(input)),
  restore: procedure.input(Precinct.restore.schema).mutation(({
    input
  }) => Precinct.restore(input)),
  supervisors: procedure.input(Precinct.supervisors.schema).query(({
    input
  }) => Precinct.supervisors(input))
});

const ratingRouter = router({
  issueCode: procedure.input(RatingCode.issue.schema).mutation(({
    input
  }) => RatingCode.issue(input)),
  queue: procedure.input(Rating.queue.schema).query(({
    input
  }) => Rating.queue(input)),
  queueSizes: procedure.query(() => Rating.queueSizes()),
  moderate: procedure.input(Rating.moderate.schema).mutation(({
    input
  }) => Rating.moderate(input)),
  handleComplaint: procedure.input(Rating.handleComplaint.schema).mutation(({
    input
  }) => Rating.handleComplaint(input)),
  mine: procedure.query(() => Rating.mine()),
  reply: procedure.input(Rating.reply.schema).mutation(({
    input
  }) => Rating.reply(input))
});

const settingsRouter = router({
  get: procedure.query(() => Settings.get()),
  update: procedure.input(Settings.update.schema).mutation(({
    input
  }) => Settings.update(input))
});

const uploadRouter = router({
  begin: procedure.input(beginUpload.schema).mutation(({
    input
  }) => beginUpload(input))
});

const villageRouter = router({
  list: procedure.input(Village.list.schema).query(({
    input
  }) => Village.list(input)),
  get: procedure.input(Village.get.schema).query(({
    input
  }) => Village.get(input)),
  create: procedure.input(Village.create.schema).mutation(({
    input
  }) => Village.create(input)),
  update: procedure.input(Village.update.schema).mutation(({
    input
  }) => Village.update(input)),
  archive: procedure.input(Village.archive.schema).mutation(({
    input
  }) => Village.archive(input)),
  restore: procedure.input(Village.restore.schema).mutation(({
    input
  }) => Village.restore(input)),
  assignOfficer: procedure.input(Village.assignOfficer.schema).mutation(({
    input
  }) => Village.assignOfficer(input)),
  unassignOfficer: procedure.input(Village.unassignOfficer.schema).mutation(({
    input
  }) => Village.unassignOfficer(input)),
  history: procedure.input(Village.history.schema).query(({
    input
  }) => Village.history(input)),
  withoutOfficer: procedure.query(() => Village.withoutOfficer())
});

const taskRouter = router({
  create: procedure.input(Task.create.schema).mutation(({
    input
  }) => Task.create(input)),
  list: procedure.input(Task.list.schema).query(({
    input
  }) => Task.list(input)),
  today: procedure.query(() => Task.today()),
  get: procedure.input(Task.get.schema).query(({
    input
  }) => Task.get(input)),
  overdue: procedure.input(Task.overdue.schema).query(({
    input
  }) => Task.overdue(input)),
  assignable: procedure.input(Task.assignable.schema).query(({
    input
  }) => Task.assignable(input)),
  transition: procedure.input(Task.transition.schema).mutation(({
    input
  }) => Task.transition(input)),
  cancel: procedure.input(Task.cancel.schema).mutation(({
    input
  }) => Task.cancel(input)),
  comment: procedure.input(Task.comment.schema).mutation(({
    input
  }) => Task.comment(input))
});

const userRouter = router({
  list: procedure.query(() => User.list()),
  invite: procedure.input(Invitation.create.schema).mutation(({
    input
  }) => Invitation.create(input)),
  setRole: procedure.input(User.setRole.schema).mutation(({
    input
  }) => User.setRole(input))
});

const workLogRouter = router({
  record: procedure.input(WorkLog.record.schema).mutation(({
    input
  }) => WorkLog.record(input)),
  recordBatch: procedure.input(WorkLog.recordBatch.schema).mutation(({
    input
  }) => WorkLog.recordBatch(input)),
  edit: procedure.input(WorkLog.edit.schema).mutation(({
    input
  }) => WorkLog.edit(input)),
  remove: procedure.input(WorkLog.remove.schema).mutation(({
    input
  }) => WorkLog.remove(input)),
  get: procedure.input(WorkLog.get.schema).query(({
    input
  }) => WorkLog.get(input)),
  byOfficer: procedure.input(WorkLog.byOfficer.schema).query(({
    input
  }) => WorkLog.byOfficer(input))
});

const appRouter = router({
  auth: authRouter,
  county: countyRouter,
  precinct: precinctRouter,
  village: villageRouter,
  grid: gridRouter,
  officer: officerRouter,
  import: importRouter,
  settings: settingsRouter,
  upload: uploadRouter,
  user: userRouter,
  workLog: workLogRouter,
  dashboard: dashboardRouter,
  task: taskRouter,
  rating: ratingRouter
});

function handleTrpcRequest(request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: request,
    router: appRouter,
    createContext: () => createContext({
      headers: request.headers,
      host: new URL(request.url).host
    }),
    onError: logError
  });
}

const ALL = ({
  request
}) => handleTrpcRequest(request);

const _page = /*#__PURE__*/Object.freeze(/*#__PURE__*/Object.defineProperty({
  __proto__: null,
  ALL
}, Symbol.toStringTag, { value: 'Module' }));

const page = () => _page;

export { page };
