// `npm run seed`: seeds the demo into the DynamoDB Local named by DYNAMODB_ENDPOINT and TABLE_NAME.
const { seedDemo } = await import("./seed/index");
const { created } = await seedDemo();
console.log(`Demo seed: ${created} items created`);
