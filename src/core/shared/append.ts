// Adding many items to an array. `list.push(...items)` passes each item as an argument, and a
// call with a few hundred thousand arguments (the entries of one large log note, the warnings of
// a big vault) overflows the stack; this never does.

export function append<T>(list: T[], items: Iterable<T>): T[] {
  for (const item of items) list.push(item);
  return list;
}
