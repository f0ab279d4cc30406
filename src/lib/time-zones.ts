/**
 * Indonesia's time zones and UTC as publishers name them, by the ISO 8601 offset the ingest writes
 * for each: the ingest reads these names in datelines, the site prints them after a time.
 */
export const ZONE_NAMES: Readonly<Record<string, string>> = { '+07:00': 'WIB', '+08:00': 'WITA', '+09:00': 'WIT', '+00:00': 'UTC' };
