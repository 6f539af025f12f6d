function assertCommitted(result, conflictFor = () => void 0) {
  if (!result.canceled) return;
  const rejectedIndex = result.data.findIndex((reason2) => reason2.rejected);
  const reason = result.data[rejectedIndex];
  if (reason?.code === "ConditionalCheckFailed") {
    const conflict = conflictFor(rejectedIndex);
    if (conflict) throw conflict;
  }
  throw new Error(`Transaction cancelled: ${result.data.map((r) => r.code).join(", ")}`);
}
async function withConflictRetry(run, attempts = 6) {
  for (let attempt = 1; ; attempt++) {
    const result = await run();
    const reasons = result.data;
    const onlyConflicts = result.canceled && reasons.some((r) => r.code === "TransactionConflict") && reasons.every((r) => r.code === "TransactionConflict" || r.code === "None");
    if (!onlyConflicts || attempt >= attempts) return result;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
  }
}

export { assertCommitted as a, withConflictRetry as w };
