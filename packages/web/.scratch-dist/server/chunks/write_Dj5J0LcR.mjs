const childPrefix = "child_";
function counterChanges(counter, changes) {
  const targets = /* @__PURE__ */ new Map();
  const countyIds = new Set(changes.map((change) => change.entry.countyId));
  if (countyIds.size > 1) throw new Error("Counter changes must stay within one county");
  const countyId = [...countyIds][0];
  for (const {
    entry,
    figure,
    delta,
    rank = true
  } of changes) {
    const scopes = [{
      scope: "county",
      child: rank ? entry.precinctId : void 0
    }, {
      scope: `precinct:${entry.precinctId}`,
      child: rank ? entry.officerId : void 0
    }, {
      scope: `village:${entry.villageId}`
    }, {
      scope: `officer:${entry.officerId}`
    }];
    for (const {
      scope,
      child
    } of scopes) {
      const key = `${scope}|${entry.day}`;
      const target = targets.get(key) ?? {
        scope,
        day: entry.day,
        figures: {},
        children: {}
      };
      target.figures[figure] = (target.figures[figure] ?? 0) + delta;
      if (child) target.children[child] = (target.children[child] ?? 0) + delta;
      targets.set(key, target);
    }
  }
  return [...targets.values()].flatMap(({
    scope,
    day,
    figures,
    children
  }) => {
    const moved = Object.fromEntries(Object.entries(figures).filter(([, delta]) => delta !== 0));
    const tallies = Object.entries(children).filter(([, delta]) => delta !== 0);
    if (!Object.keys(moved).length && !tallies.length) return [];
    const item = counter.update({
      countyId,
      scope,
      day
    }).add(moved).commit();
    const {
      Update
    } = item;
    tallies.forEach(([child, delta], index) => addToUpdate(Update, `${childPrefix}${child}`, delta, index));
    return [item];
  });
}
function addToUpdate(update, attribute, delta, index) {
  const name = `#rank_child${index}`;
  const value = `:rank_child${index}`;
  update.UpdateExpression = update.UpdateExpression.includes(" ADD ") ? update.UpdateExpression.replace(" ADD ", ` ADD ${name} ${value}, `) : `${update.UpdateExpression} ADD ${name} ${value}`;
  update.ExpressionAttributeNames[name] = attribute;
  update.ExpressionAttributeValues[value] = delta;
}

export { counterChanges as a, childPrefix as c };
