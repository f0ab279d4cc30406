/** A Map or a WeakMap: whatever keeps values by key. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value `store` keeps for `key`, made by `create` the first time it is asked for and kept. */
export function getOrCreate<K, V>(store: Store<K, V>, key: K, create: () => V): V {
  let value = store.get(key);
  if (value === undefined) store.set(key, (value = create()));
  return value;
}
