/** The big-screen mode, loaded on demand (big-screen helper fills this in). */
export function BigScreenSlot() {
  return null;
}
