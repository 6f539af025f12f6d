function setAndRemove(changes, required = []) {
  const set = {};
  const remove = [];
  for (const [key, value] of Object.entries(changes)) {
    if (value === void 0) continue;
    if (value === "" && !required.includes(key)) remove.push(key);
    else set[key] = value;
  }
  return {
    set,
    remove
  };
}

export { setAndRemove as s };
