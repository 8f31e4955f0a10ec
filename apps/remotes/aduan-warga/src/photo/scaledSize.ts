/** The long side of an uploaded photo: enough to see a pothole or a broken lamp, small enough for a slow network. */
export const maxPhotoSide = 1600;

/** A photo's size once its long side is at most `maxSide`, proportions kept; a smaller photo is never enlarged. */
export function scaledSize(
  width: number,
  height: number,
  maxSide = maxPhotoSide,
): { width: number; height: number } {
  const scale = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
