// `npm run seed`: seeds the demo into the DynamoDB Local named by DYNAMODB_ENDPOINT and TABLE_NAME.
// The alert worker's timers do not hold a process open (a server's socket does); this one waits for it.
const keepAlive = setInterval(() => undefined, 60_000);
const { seedDemo } = await import("./seed/index");
const { created } = await seedDemo();
clearInterval(keepAlive);
console.log(`Demo seed: ${created} items created`);
