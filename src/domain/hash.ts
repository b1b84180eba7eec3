/**
 * FNV-1a (32 bit) over the UTF-16 code units of `value`, as 8 lowercase hex digits: short, deterministic
 * and fast, enough to keep distinct ids apart and to name URL fragments. Not for anything secret. The
 * sentence anchors (`#s-…`) in published links depend on these exact digits: never change the function.
 */
export function fnv1aHex(value: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < value.length; index += 1) {
    hash ^= value.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
