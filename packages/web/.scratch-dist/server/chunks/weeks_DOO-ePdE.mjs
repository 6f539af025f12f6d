const dayMs = 864e5;
function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}
function weekStart(day) {
  const weekday = ((/* @__PURE__ */ new Date(`${day}T00:00:00Z`)).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}
function weeksBetween(from, to) {
  const weeks = [];
  for (let week = weekStart(from); week <= to; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}
function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs) + 1;
}

export { weekStart as a, addDays as b, daysBetween as d, weeksBetween as w };
