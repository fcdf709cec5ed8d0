/** Runs `call` on every item with at most `limit` calls at once; results in the items' order. */
export async function mapLimit(items, limit, call) {
  const results = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await call(items[index], index);
    }
  });
  await Promise.all(lanes);
  return results;
}
