/** `YYYY-MM-DDTHH:mm` in Asia/Shanghai (UTC+8, no daylight saving), for datetime-local inputs. */
export function shanghaiLocal(instant: number): string {
  return new Date(instant + 8 * 3600_000).toISOString().slice(0, 16);
}
