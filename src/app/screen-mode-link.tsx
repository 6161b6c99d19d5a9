/** Opens the big-screen mode (big-screen helper fills this in). */
export function ScreenModeLink() {
  return null;
}
