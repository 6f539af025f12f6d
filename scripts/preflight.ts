// Checks the tools the local stack needs (Node 20+, Java 17+ for DynamoDB Local).
// Run directly: `tsx scripts/preflight.ts`.
import { spawnSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

const MIN_NODE_MAJOR = 20;
const MIN_JAVA_MAJOR = 17;

const NODE_INSTALL_HINT =
  `Node.js ${MIN_NODE_MAJOR} or newer is required. Install it with: ` +
  "nvm install 20 (any OS), brew install node@20 (macOS), or the NodeSource packages (Debian/Ubuntu, https://github.com/nodesource/distributions)";
const JAVA_INSTALL_HINT =
  `Java ${MIN_JAVA_MAJOR} or newer is required for DynamoDB Local. Install it with: ` +
  "apt-get install -y default-jre-headless (Debian/Ubuntu), brew install openjdk@17 (macOS)";

/** The java binary used for DynamoDB Local: env JAVA if set, otherwise `java` from PATH. */
export function javaBinary(): string {
  return process.env.JAVA?.trim() || "java";
}

/** Major version from `java -version` output: `version "17.0.15"` -> 17, `version "1.8.0_292"` -> 8. */
export function parseJavaMajor(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export type JavaCheck = { ok: true; major: number } | { ok: false; problem: string };

export function checkJava(java = javaBinary()): JavaCheck {
  const result = spawnSync(java, ["-version"], { encoding: "utf8", timeout: 15_000 });
  if (result.error) {
    const reason =
      (result.error as NodeJS.ErrnoException).code === "ENOENT"
        ? "was not found"
        : `could not be run (${result.error.message})`;
    return { ok: false, problem: `Java (${java}) ${reason}.` };
  }
  // `java -version` writes to stderr.
  const output = `${result.stderr}\n${result.stdout}`;
  const major = parseJavaMajor(output);
  if (major === undefined) {
    return {
      ok: false,
      problem: `Could not read the Java version from \`${java} -version\`: ${output.trim().split("\n")[0] ?? ""}`,
    };
  }
  if (major < MIN_JAVA_MAJOR) return { ok: false, problem: `Java ${major} (${java}) is too old.` };
  return { ok: true, major };
}

/** Exits the process with status 1 and install instructions when Node or Java is missing or too old. */
export function preflight(): void {
  exitOnProblems(findProblems().problems);
}

function exitOnProblems(problems: string[]): void {
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
}

function findProblems(): { problems: string[]; javaMajor: number | undefined } {
  const problems: string[] = [];

  const nodeMajor = Number(process.versions.node.split(".")[0]);
  if (nodeMajor < MIN_NODE_MAJOR) {
    problems.push(`Node.js ${process.versions.node} is too old.`, NODE_INSTALL_HINT);
  }

  const java = checkJava();
  if (!java.ok) {
    problems.push(java.problem, JAVA_INSTALL_HINT, "To use a Java outside PATH, set JAVA=/path/to/bin/java.");
  }
  return { problems, javaMajor: java.ok ? java.major : undefined };
}

function isMainModule(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMainModule()) {
  const { problems, javaMajor } = findProblems();
  exitOnProblems(problems);
  console.log(`Preflight OK: Node ${process.versions.node}, Java ${javaMajor} (${javaBinary()})`);
}
